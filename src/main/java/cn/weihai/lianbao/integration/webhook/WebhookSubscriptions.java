package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.integration.webhook.WebhookSubscription.CreatedSubscription;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The webhook_subscription table (V110). */
@Repository
public class WebhookSubscriptions {
    static final int MAX_URL = 2000;
    private static final String COLUMNS = "id, organisation_id, url, event_types, enabled, created_by, created_at";

    private static final RowMapper<WebhookSubscription> ROW = (rs, i) -> new WebhookSubscription(
            rs.getLong("id"), rs.getString("organisation_id"), rs.getString("url"),
            eventTypes(rs.getArray("event_types")), rs.getBoolean("enabled"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;
    private final Organisations organisations;
    private final Clock clock;

    WebhookSubscriptions(JdbcTemplate jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Validates every field at once (400 with each), then stores it with a new secret. */
    public CreatedSubscription create(String organisationId, String url, Collection<WebhookEventType> eventTypes,
                                      String createdBy) {
        return create(organisationId, url, eventTypes, createdBy, List.of());
    }

    /** As above, adding {@code earlier} violations found while reading the request (all are answered together). */
    public CreatedSubscription create(String organisationId, String url, Collection<WebhookEventType> eventTypes,
                                      String createdBy, List<FieldViolation> earlier) {
        List<FieldViolation> violations = new ArrayList<>();
        if (organisationId == null || organisationId.isBlank()) {
            violations.add(FieldViolation.of("organisationId", "webhook.validation.organisation.required"));
        } else if (organisations.find(organisationId).isEmpty()) {
            violations.add(FieldViolation.of("organisationId", "webhook.validation.organisation.unknown",
                    organisationId));
        }
        String cleanUrl = url == null ? null : url.strip();
        urlViolation(cleanUrl).ifPresent(violations::add);
        if ((eventTypes == null || eventTypes.isEmpty()) && earlier.isEmpty()) {
            violations.add(FieldViolation.of("eventTypes", "webhook.validation.eventTypes.required"));
        }
        violations.addAll(earlier);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("""
                INSERT INTO webhook_subscription (organisation_id, url, secret, event_types, created_by, created_at)
                VALUES (?, ?, ?, ?::text[], ?, ?) RETURNING id""", Long.class, organisationId, cleanUrl, secret,
                arrayLiteral(EnumSet.copyOf(eventTypes)), createdBy, Timestamp.from(now));
        return new CreatedSubscription(find(id).orElseThrow(), secret);
    }

    /** http or https with a host; nothing else may be called by the dispatcher. */
    static Optional<FieldViolation> urlViolation(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(FieldViolation.of("url", "webhook.validation.url.required"));
        }
        if (url.length() > MAX_URL) {
            return Optional.of(FieldViolation.of("url", "webhook.validation.url.tooLong", MAX_URL));
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return Optional.of(FieldViolation.of("url", "webhook.validation.url.invalid"));
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(FieldViolation.of("url", "webhook.validation.url.invalid"));
        }
    }

    public Optional<WebhookSubscription> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?", ROW, id).stream()
                .findFirst();
    }

    /** Every subscription, or one organisation's (null: all), newest first. */
    public List<WebhookSubscription> list(String organisationId) {
        return organisationId == null
                ? jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY id DESC", ROW)
                : jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE organisation_id = ?"
                + " ORDER BY id DESC", ROW, organisationId);
    }

    /** The enabled subscriptions, oldest first: those new events become deliveries for. */
    List<WebhookSubscription> enabled() {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE enabled ORDER BY id", ROW);
    }

    /** Stops new deliveries; those already waiting are not sent while it stays disabled. */
    public boolean setEnabled(long id, boolean enabled) {
        return jdbc.update("UPDATE webhook_subscription SET enabled = ? WHERE id = ?", enabled, id) == 1;
    }

    String secret(long id) {
        return jdbc.queryForObject("SELECT secret FROM webhook_subscription WHERE id = ?", String.class, id);
    }

    private static String arrayLiteral(Set<WebhookEventType> types) {
        return "{" + String.join(",", types.stream().map(Enum::name).toList()) + "}";
    }

    private static Set<WebhookEventType> eventTypes(Array array) throws java.sql.SQLException {
        EnumSet<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream((String[]) array.getArray()).map(WebhookEventType::valueOf).forEach(types::add);
        return types;
    }
}
