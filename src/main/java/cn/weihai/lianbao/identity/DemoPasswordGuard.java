package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Predicate;

/**
 * Demo passwords are for the embedded demo database only. On any other database (e.g. one restored from a
 * demo's dump), every enabled account whose password is still {@code demo} is disabled at start-up and an
 * error logged; an administrator sets a real password (and re-enables it) before it can sign in again.
 */
@Component
class DemoPasswordGuard implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final DatabaseMode databaseMode;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    DemoPasswordGuard(DatabaseMode databaseMode, JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.databaseMode = databaseMode;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!databaseMode.embedded()) {
            disableDemoPasswords(username -> true);
        }
    }

    /** Disables the enabled accounts chosen by {@code which} whose password is the demo password; answers them. */
    List<String> disableDemoPasswords(Predicate<String> which) {
        List<String> disabled = jdbc.query("SELECT username, password_hash FROM app_user WHERE enabled",
                        (rs, n) -> rs.getString(1) + "\n" + rs.getString(2)).stream()
                .map(row -> row.split("\n", 2))
                .filter(row -> which.test(row[0]) && passwordEncoder.matches(DemoAccounts.PASSWORD, row[1]))
                .map(row -> row[0]).toList();
        for (String username : disabled) {
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", username);
            log.error("Account '{}' still has the demo password on a non-embedded database: disabled", username);
        }
        return disabled;
    }
}
