package cn.weihai.lianbao.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Throttles guessing on the applicant look-up: after {@code maxFailures} failed look-ups within {@code window}
 * from one client address, or for one case number from anywhere, further look-ups are refused until the oldest
 * failures leave the window. Kept in PostgreSQL so that it holds across nodes and restarts; a successful look-up
 * clears nothing.
 */
@Component
public class LookupThrottle {
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LookupThrottle(JdbcTemplate jdbc, Clock clock,
                   @Value("${lianbao.portal.max-failures:5}") int maxFailures,
                   @Value("${lianbao.portal.failure-window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    public boolean isLocked(String clientAddress, String caseNumber) {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        Boolean locked = jdbc.queryForObject("""
                        SELECT count(*) FILTER (WHERE client_address = ?) >= ?
                            OR count(*) FILTER (WHERE case_number = ?) >= ?
                        FROM portal_lookup_failure
                        WHERE failed_at > ? AND (client_address = ? OR case_number = ?)""", Boolean.class,
                clientAddress, maxFailures, caseNumber, maxFailures, since, clientAddress, caseNumber);
        return Boolean.TRUE.equals(locked);
    }

    public void failed(String clientAddress, String caseNumber) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM portal_lookup_failure WHERE failed_at <= ?", Timestamp.from(now.minus(window)));
        jdbc.update("INSERT INTO portal_lookup_failure (client_address, case_number, failed_at) VALUES (?, ?, ?)",
                clientAddress, caseNumber, Timestamp.from(now));
    }
}
