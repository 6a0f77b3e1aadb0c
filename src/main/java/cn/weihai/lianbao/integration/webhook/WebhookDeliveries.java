package cn.weihai.lianbao.integration.webhook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook_delivery table (V110): the outbox rows, their claims by dispatchers, and what the admin sees. */
@Repository
public class WebhookDeliveries {
    public static final int LIST_LIMIT = 500;
    private static final int MAX_ERROR = 500;
    private static final String COLUMNS = """
            d.id, d.subscription_id, s.organisation_id, s.url, d.event_id, d.event_type, d.case_number, d.status,
            d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.created_at, d.delivered_at""";

    private static final RowMapper<WebhookDelivery> ROW = (rs, i) -> new WebhookDelivery(
            rs.getLong("id"), rs.getLong("subscription_id"), rs.getString("organisation_id"), rs.getString("url"),
            rs.getString("event_id"), WebhookEventType.valueOf(rs.getString("event_type")),
            rs.getString("case_number"), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            instant(rs.getTimestamp("next_attempt_at")), (Integer) rs.getObject("last_status"),
            rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("delivered_at")));

    /** Filters of the list; null fields do not filter. */
    public record Filter(String organisationId, DeliveryStatus status, WebhookEventType eventType, Long subscriptionId,
                         String caseNumber) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** A row a dispatcher holds: it alone may settle it, by its {@code claim}. */
    record Claimed(long id, long subscriptionId, String url, String eventId, WebhookEventType eventType,
                   String payload, int attempts, String claim) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WebhookDeliveries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** In the outbox processor's transaction; a second insert of the same event for the subscription is a no-op. */
    int add(long subscriptionId, String eventId, WebhookEventType type, String caseNumber, String payload) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update("""
                INSERT INTO webhook_delivery (subscription_id, event_id, event_type, case_number, payload, status,
                                              next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)
                ON CONFLICT (subscription_id, event_id) DO NOTHING""",
                subscriptionId, eventId, type.name(), caseNumber, payload, now, now);
    }

    public List<WebhookDelivery> list(Filter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
                + " FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (filter.organisationId() != null) {
            sql.append(" AND s.organisation_id = ?");
            args.add(filter.organisationId());
        }
        if (filter.status() != null) {
            sql.append(" AND d.status = ?");
            args.add(filter.status().name());
        }
        if (filter.eventType() != null) {
            sql.append(" AND d.event_type = ?");
            args.add(filter.eventType().name());
        }
        if (filter.subscriptionId() != null) {
            sql.append(" AND d.subscription_id = ?");
            args.add(filter.subscriptionId());
        }
        if (filter.caseNumber() != null) {
            sql.append(" AND d.case_number = ?");
            args.add(filter.caseNumber());
        }
        sql.append(" ORDER BY d.id DESC LIMIT ?");
        args.add(Math.min(Math.max(limit, 1), LIST_LIMIT));
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    public Optional<WebhookDelivery> find(long id) {
        return jdbc.query("SELECT " + COLUMNS
                + " FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id WHERE d.id = ?",
                ROW, id).stream().findFirst();
    }

    /**
     * Sends it again as soon as a dispatcher looks: PENDING, due now, with a fresh round of attempts. A row being
     * sent right now is left alone (its sender settles it). Answers whether the row was changed.
     */
    public boolean resend(long id) {
        return jdbc.update("""
                UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_until = NULL,
                                            claim = NULL
                WHERE id = ? AND status <> 'SENDING'""", Timestamp.from(clock.instant()), id) == 1;
    }

    /**
     * Claims up to {@code max} due rows for {@code lease}: PENDING ones whose time has come and SENDING ones whose
     * lease ran out (their dispatcher died mid-send). SKIP LOCKED lets several nodes claim side by side; the row
     * locks last only for this statement, never for the HTTP call.
     */
    List<Claimed> claim(int max, Duration lease) {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        return jdbc.query("""
                UPDATE webhook_delivery d SET status = 'SENDING', lease_until = ?, claim = ?
                FROM webhook_subscription s
                WHERE s.id = d.subscription_id AND d.id IN (
                    SELECT w.id FROM webhook_delivery w JOIN webhook_subscription ws ON ws.id = w.subscription_id
                    WHERE ws.enabled AND ((w.status = 'PENDING' AND w.next_attempt_at <= ?)
                                          OR (w.status = 'SENDING' AND w.lease_until < ?))
                    ORDER BY w.next_attempt_at, w.id
                    LIMIT ? FOR UPDATE OF w SKIP LOCKED)
                RETURNING d.id, d.subscription_id, s.url, d.event_id, d.event_type, d.payload, d.attempts, d.claim""",
                (rs, i) -> new Claimed(rs.getLong("id"), rs.getLong("subscription_id"), rs.getString("url"),
                        rs.getString("event_id"), WebhookEventType.valueOf(rs.getString("event_type")),
                        rs.getString("payload"), rs.getInt("attempts"), rs.getString("claim")),
                Timestamp.from(now.plus(lease)), claim, Timestamp.from(now), Timestamp.from(now), max);
    }

    /** Settles a claimed row as delivered; false if the claim was lost (lease ran out and another node took it). */
    boolean delivered(Claimed row, int httpStatus) {
        return jdbc.update("""
                UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?,
                                            last_status = ?, lease_until = NULL, claim = NULL
                WHERE id = ? AND claim = ?""", Timestamp.from(clock.instant()), httpStatus, row.id(),
                row.claim()) == 1;
    }

    /** Counts a failed try: PENDING again after {@code retryIn}, or FAILED when no try is left. */
    boolean failed(Claimed row, Integer httpStatus, String error, boolean giveUp, Duration retryIn) {
        Instant now = clock.instant();
        return jdbc.update("""
                UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, next_attempt_at = ?, last_status = ?,
                                            last_error = ?, lease_until = NULL, claim = NULL
                WHERE id = ? AND claim = ?""", giveUp ? "FAILED" : "PENDING", Timestamp.from(now.plus(retryIn)),
                httpStatus, shorten(error), row.id(), row.claim()) == 1;
    }

    static String shorten(String error) {
        if (error == null) {
            return null;
        }
        String oneLine = error.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_ERROR ? oneLine : oneLine.substring(0, MAX_ERROR - 1) + "…";
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
