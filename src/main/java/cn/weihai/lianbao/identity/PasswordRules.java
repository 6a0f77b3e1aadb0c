package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.shared.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for the password of a real account, wherever one is set (initial administrator, password change):
 * at least {@value #MIN_LENGTH} characters, not containing the user name, not one of a small list of
 * passwords every guesser tries first. The demo accounts' {@code demo} exists only on the embedded database.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;

    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "123456123456",
            "password1234", "password123!", "passw0rd1234", "qwertyuiop12", "qwerty123456", "1q2w3e4r5t6y",
            "1qaz2wsx3edc", "aaaaaaaaaaaa", "111111111111", "000000000000", "administrator", "admin1234567",
            "admin@123456", "welcome12345", "iloveyou1234", "abc123456789", "abcd12345678", "woaini123456",
            "woaini1314520", "a123456789012", "zxcvbnm12345", "changeme1234", "lianbao12345", "weihai123456",
            "demo12345678", "p@ssw0rd1234", "letmein12345");

    private PasswordRules() {
    }

    /** What is wrong with {@code password} for {@code username}, reported on {@code field}; empty when fine. */
    public static List<FieldViolation> check(String username, String password, String field) {
        List<FieldViolation> violations = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            violations.add(FieldViolation.of(field, "security.password.tooShort", MIN_LENGTH));
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            violations.add(FieldViolation.of(field, "security.password.sameAsUsername"));
        }
        if (COMMON.contains(lower) || p.codePoints().distinct().count() <= 2 && !p.isEmpty()) {
            violations.add(FieldViolation.of(field, "security.password.common"));
        }
        return violations;
    }
}
