package cn.weihai.lianbao.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * After {@code lianbao.login.max-failures} failed sign-ins for one user name from one client address within
 * {@code lianbao.login.failure-window}, that pair is locked until the failures leave the window, even with the
 * right password. Per address as well as per name, so that a guesser elsewhere cannot lock a colleague out.
 */
@Component
public class LoginThrottle {
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, @Value("${lianbao.login.max-failures:5}") int maxFailures,
                  @Value("${lianbao.login.failure-window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean isLocked(String username, String clientAddress) {
        Integer failures = jdbc.queryForObject("""
                        SELECT count(*) FROM login_failure
                        WHERE username = ? AND client_address = ? AND failed_at > ?""", Integer.class,
                key(username), clientAddress, Timestamp.from(clock.instant().minus(window)));
        return failures != null && failures >= maxFailures;
    }

    public void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM login_failure WHERE failed_at <= ?", Timestamp.from(now.minus(window)));
        jdbc.update("INSERT INTO login_failure (username, client_address, failed_at) VALUES (?, ?, ?)",
                key(username), clientAddress, Timestamp.from(now));
    }

    public long windowMinutes() {
        return window.toMinutes();
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
