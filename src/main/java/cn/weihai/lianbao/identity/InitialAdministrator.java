package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On an external database nobody could sign in at first (demo accounts are embedded-only): when
 * {@code lianbao.initial-admin-password} (env LIANBAO_INITIAL_ADMIN_PASSWORD) is set and there is no
 * administrator yet, account {@code admin} is created with that password.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final String password;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    InitialAdministrator(@Value("${lianbao.initial-admin-password:}") String password, JdbcTemplate jdbc,
                         PasswordEncoder passwordEncoder) {
        this.password = password;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank()) {
            return;
        }
        var weak = PasswordRules.check("admin", password, "LIANBAO_INITIAL_ADMIN_PASSWORD");
        if (!weak.isEmpty()) {
            // refusing to start is clearer than an administrator account anyone can guess
            throw new IllegalStateException("LIANBAO_INITIAL_ADMIN_PASSWORD breaks the password rules ("
                    + weak.stream().map(v -> v.messageKey()).toList() + "): at least " + PasswordRules.MIN_LENGTH
                    + " characters, not containing 'admin', not a common password");
        }
        int created = jdbc.update("""
                        INSERT INTO app_user (username, password_hash, display_name, role, organisation)
                        SELECT 'admin', ?, '系统管理员', ?, '威海市行政审批服务局'
                        WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE role = ?)
                        ON CONFLICT (username) DO NOTHING""",
                passwordEncoder.encode(password), Role.ADMIN.name(), Role.ADMIN.name());
        if (created > 0) {
            log.info("Created the initial administrator account 'admin'");
        }
    }
}
