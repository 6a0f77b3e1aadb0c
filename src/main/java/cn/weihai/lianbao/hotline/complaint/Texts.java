package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.shared.FieldViolation;

import java.util.List;

/** Free text as a complaint keeps it: trimmed, blank as absent, within its length. */
final class Texts {
    private Texts() {
    }

    static String normalize(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String required(List<FieldViolation> violations, String field, String value, int max) {
        String text = normalize(value);
        if (text == null) {
            violations.add(FieldViolation.of(field, "validation.required"));
        } else if (text.length() > max) {
            violations.add(FieldViolation.of(field, "validation.tooLong", max));
        }
        return text;
    }
}
