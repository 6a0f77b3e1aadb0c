package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A signed-in user replaces their own password; the new one must follow {@link PasswordRules}. */
@Service
public class PasswordChange {
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    PasswordChange(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** Fields: {@code current}, {@code password}, {@code repeat}. */
    public void change(String username, String current, String password, String repeat) {
        List<FieldViolation> violations = new ArrayList<>();
        String hash = jdbc.query("SELECT password_hash FROM app_user WHERE username = ?", (rs, n) -> rs.getString(1),
                username).stream().findFirst().orElse(null);
        if (hash == null || current == null || !passwordEncoder.matches(current, hash)) {
            violations.add(FieldViolation.of("current", "security.password.wrongCurrent"));
        }
        violations.addAll(PasswordRules.check(username, password, "password"));
        if (!Objects.equals(password, repeat)) {
            violations.add(FieldViolation.of("repeat", "security.password.mismatch"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwordEncoder.encode(password),
                username);
    }
}
