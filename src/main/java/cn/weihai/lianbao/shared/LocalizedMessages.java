package cn.weihai.lianbao.shared;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Resolves message keys of the i18n bundles with arguments made readable first: an enum becomes its label
 * ({@code enum.<SimpleClassName>.<NAME>}), a collection its elements joined by {@code list.separator} ("、" / ", "),
 * a date {@code yyyy-MM-dd}. Everything reaches {@link java.text.MessageFormat} as text, so numbers such as
 * years are never grouped ("2,026").
 */
@Component
public class LocalizedMessages {
    private final MessageSource messageSource;

    public LocalizedMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(String key, List<Object> args, Locale locale) {
        Object[] texts = args == null ? new Object[0]
                : args.stream().map(a -> text(a, locale)).toArray();
        return messageSource.getMessage(key, texts, key, locale);
    }

    public String get(String key, Locale locale, Object... args) {
        return get(key, List.of(args), locale);
    }

    public String enumLabel(Enum<?> value, Locale locale) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messageSource.getMessage(key, null, fallbackLabel(value), locale);
    }

    private String text(Object arg, Locale locale) {
        return switch (arg) {
            case null -> "";
            case Enum<?> e -> enumLabel(e, locale);
            case Collection<?> c when c.isEmpty() -> messageSource.getMessage("list.empty", null, "-", locale);
            case Collection<?> c -> c.stream().map(o -> text(o, locale)).collect(Collectors.joining(separator(locale)));
            case LocalDate d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE);
            default -> String.valueOf(arg);
        };
    }

    /** Taken from the bundle, so a list reads like the language the message was actually found in. */
    private String separator(Locale locale) {
        return messageSource.getMessage("list.separator", null, "、", locale);
    }

    private static String fallbackLabel(Enum<?> value) {
        return value instanceof District d ? d.chineseName() : value.name();
    }
}
