package cn.weihai.lianbao.integration.idempotency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The idempotency_record table. Each statement commits on its own: a reservation must be visible to a concurrent
 * retry before the first request is processed.
 */
@Repository
class IdempotencyRecords {
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Duration abandonAfter;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    IdempotencyRecords(JdbcTemplate jdbc, @Value("${lianbao.idempotency.retention:24h}") Duration retention,
                       @Value("${lianbao.idempotency.abandon-after:5m}") Duration abandonAfter) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.abandonAfter = abandonAfter;
    }

    /** True when this request now holds the key; false when the key was already used (see {@link #find}). */
    boolean reserve(String owner, String key, String method, String path, byte[] requestHash) {
        purgeExpired();
        // a reservation never answered for this long belongs to a request whose node died mid-way: the client's
        // retry is then the request's only chance to run, so the key is handed over instead of blocked for a day
        jdbc.update("""
                        DELETE FROM idempotency_record WHERE owner = ? AND idempotency_key = ?
                        AND (created_at < ? OR (status IS NULL AND created_at < ?))""",
                owner, key, expiry(), Timestamp.from(clock.instant().minus(abandonAfter)));
        return jdbc.update("""
                        INSERT INTO idempotency_record (owner, idempotency_key, method, path, request_sha256)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                owner, key, method, path, requestHash) == 1;
    }

    Optional<StoredAnswer> find(String owner, String key) {
        return jdbc.query("""
                        SELECT method, path, request_sha256, status, content_type, location, body
                        FROM idempotency_record WHERE owner = ? AND idempotency_key = ?""",
                (rs, i) -> new StoredAnswer(rs.getString("method"), rs.getString("path"), rs.getBytes("request_sha256"),
                        (Integer) rs.getObject("status"), rs.getString("content_type"), rs.getString("location"),
                        rs.getBytes("body")),
                owner, key).stream().findFirst();
    }

    void complete(String owner, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("""
                        UPDATE idempotency_record SET status = ?, content_type = ?, location = ?, body = ?
                        WHERE owner = ? AND idempotency_key = ?""",
                status, contentType, location, body, owner, key);
    }

    /** The request failed on our side: a retry with the same key should run it again. */
    void release(String owner, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE owner = ? AND idempotency_key = ?", owner, key);
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (last.plus(PURGE_EVERY).isBefore(now) && lastPurge.compareAndSet(last, now)) {
            jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?", expiry());
        }
    }

    private Timestamp expiry() {
        return Timestamp.from(clock.instant().minus(retention));
    }
}
