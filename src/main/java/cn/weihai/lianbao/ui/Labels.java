package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.LianbaoApplication;
import com.vaadin.flow.i18n.I18NProvider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Texts for the current UI's language: message keys, enum labels ({@code enum.<SimpleClassName>.<NAME>}, from
 * the domain bundle) and dates. Dates are written the same way in every language (ISO), times in Weihai's zone.
 */
public final class Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LianbaoApplication.ZONE);

    private Labels() {
    }

    public static String text(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    /** The label of an enum constant, or "—" for null. */
    public static String of(Enum<?> value) {
        return value == null ? empty() : text(key(value));
    }

    /** The short label ({@code short.<SimpleClassName>.<NAME>}) for tight spaces such as grid cells. */
    public static String shortOf(Enum<?> value) {
        return value == null ? empty()
                : text("short." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public static String of(Collection<? extends Enum<?>> values) {
        return values.stream().map(Labels::of).collect(Collectors.joining(text("list.separator")));
    }

    public static String yesNo(boolean value) {
        return text(value ? "common.yes" : "common.no");
    }

    public static String orEmpty(String value) {
        return value == null || value.isBlank() ? empty() : value;
    }

    public static String date(LocalDate date) {
        return date == null ? empty() : DATE.format(date);
    }

    /** A moment as Weihai's local date and time. */
    public static String dateTime(Instant moment) {
        return moment == null ? empty() : DATE_TIME.format(moment);
    }

    public static String empty() {
        return text("common.empty");
    }
}
