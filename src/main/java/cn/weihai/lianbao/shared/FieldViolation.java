package cn.weihai.lianbao.shared;

import java.util.List;

/** One invalid field: its JSON path (e.g. {@code applicant.creditCode}) and a message key of the i18n bundle. */
public record FieldViolation(String field, String messageKey, List<Object> args) {
    public FieldViolation {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldViolation of(String field, String messageKey, Object... args) {
        return new FieldViolation(field, messageKey, List.of(args));
    }
}
