package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads codes and dates from request text, collecting a violation per bad field instead of stopping at the first. */
final class InputReader {
    private final List<FieldViolation> violations = new ArrayList<>();

    /** Blank means absent (null); an unknown code is a violation listing the allowed codes. */
    <E extends Enum<E>> E code(String field, String text, Class<E> type) {
        return code(field, text, type, List.of(type.getEnumConstants()));
    }

    /** As {@link #code(String, String, Class)}, naming only {@code offered} as the allowed codes. */
    <E extends Enum<E>> E code(String field, String text, Class<E> type, List<E> offered) {
        if (isBlank(text)) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        violations.add(FieldViolation.of(field, "validation.enum.unknown", text.strip(),
                offered.stream().map(Enum::name).toList()));
        return null;
    }

    /** Like {@link #code} with a parser of its own, e.g. one that accepts Chinese names. */
    <T> T parsed(String field, String text, Function<String, Optional<T>> parser, List<String> allowed) {
        if (isBlank(text)) {
            return null;
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            violations.add(FieldViolation.of(field, "validation.enum.unknown", text.strip(), allowed));
        }
        return value.orElse(null);
    }

    /** A business date {@code yyyy-MM-dd}; blank means "not given". */
    LocalDate date(String field, String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of(field, "validation.date.format"));
            return null;
        }
    }

    /** A moment, ISO-8601 with its offset (2026-03-02T10:00:00+08:00 or …Z); blank means "not given". */
    Instant instant(String field, String text, String messageKey) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of(field, messageKey));
            return null;
        }
    }

    /** A missing value, unless the field was given but could not be read (already reported). */
    void required(String field, Object value) {
        if (value == null && !hasViolationOn(field)) {
            violations.add(FieldViolation.of(field, "validation.required"));
        }
    }

    List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    boolean hasViolationOn(String field) {
        return violations.stream().anyMatch(v -> field.equals(v.field()));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
