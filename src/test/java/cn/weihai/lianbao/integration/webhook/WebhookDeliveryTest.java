package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.integration.feed.FeedCursor;
import cn.weihai.lianbao.integration.webhook.TestReceiver.Received;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WebhookDeliveryTest extends WebhookTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebhookProperties properties;

    @Autowired
    WebhookOutbox outbox;

    @Test
    void theWaterUtilityReceivesASignedWebhookForANewApplicationWithWater() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            JsonNode subscription = subscribe("water", receiver.url(), "APPLICATION_SUBMITTED", "STEP_RECORDED");
            String secret = subscription.path("secret").asString();
            assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(60);
            assertThat(subscription.path("organisationId").asString()).isEqualTo("water");
            try {
                String caseNumber = newCase("[{\"type\": \"WATER\", \"externalWorks\": true}, {\"type\": \"POWER\","
                        + " \"powerCategory\": \"RESIDENTIAL\"}]");

                Received hook = receiver.await(r -> r.body().contains("\"" + caseNumber + "\""), WAIT);

                assertThat(hook.header("X-Lianbao-Event")).isEqualTo("APPLICATION_SUBMITTED");
                String timestamp = hook.header("X-Lianbao-Timestamp");
                assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(60L));
                assertThat(hook.header("X-Lianbao-Signature")).isEqualTo("sha256=" + hmac(secret, timestamp + "."
                        + hook.body()));
                assertThat(hook.header("X-Lianbao-Signature")).isNotEqualTo("sha256=" + hmac("other", timestamp
                        + "." + hook.body()));
                JsonNode body = JSON.readTree(hook.body());
                assertThat(body.path("eventType").asString()).isEqualTo("APPLICATION_SUBMITTED");
                assertThat(body.path("organisationId").asString()).isEqualTo("water");
                assertThat(body.path("data").path("service").asString()).isEqualTo("WATER");
                assertThat(body.path("data").path("externalWorks").asBoolean()).isTrue();
                assertThat(body.path("data").path("limitWorkingDays").asInt()).isEqualTo(25);

                long deliveryId = Long.parseLong(hook.header("X-Lianbao-Delivery"));
                JsonNode delivery = eventually(() -> get("water", "/api/v1/webhooks/deliveries?caseNumber="
                                + caseNumber).json(), list -> list.size() == 1
                                && "DELIVERED".equals(list.path(0).path("status").asString()), WAIT).path(0);
                assertThat(delivery.path("id").asLong()).isEqualTo(deliveryId);
                assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
                assertThat(delivery.path("eventType").asString()).isEqualTo("APPLICATION_SUBMITTED");
                assertThat(delivery.path("deliveredAt").asString()).isNotBlank();
                // only the water case's service went to water: one webhook for this case
                assertThat(receiver.matching(r -> r.body().contains("\"" + caseNumber + "\""))).hasSize(1);
                // the power utility neither sees water's deliveries nor may ask for them
                assertThat(get("power", "/api/v1/webhooks/deliveries?caseNumber=" + caseNumber).json()).isEmpty();
                assertThat(get("power", "/api/v1/webhooks/deliveries?organisationId=water").status())
                        .isEqualTo(403);
                assertThat(get("water", "/api/v1/webhooks/subscriptions").body()).contains(receiver.url())
                        .doesNotContain(secret);
            } finally {
                disable(subscription.path("id").asLong());
            }
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffUntilItFailsAndTheAdministratorResendsIt() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            receiver.status.set(500);
            JsonNode subscription = subscribe("gas", receiver.url(), "APPLICATION_SUBMITTED");
            try {
                String caseNumber = newCase("[{\"type\": \"GAS\"}]");
                long id = ((Number) eventually(() -> deliveryOf(caseNumber),
                        d -> d != null && (int) d.get("attempts") == 1, WAIT).get("id")).longValue();

                Map<String, Object> first = row(id);
                assertThat(first.get("status")).isEqualTo("PENDING");
                assertThat((String) first.get("last_error")).startsWith("HTTP 500").contains("receiver broken");
                assertThat(first.get("last_status")).isEqualTo(500);
                assertThat(secondsUntil(first)).isCloseTo(properties.backoff(1).toSeconds(), within(3L));

                jdbc.update("UPDATE webhook_delivery SET next_attempt_at = now() WHERE id = ?", id);
                Map<String, Object> second = eventually(() -> row(id), r -> (int) r.get("attempts") == 2, WAIT);
                assertThat(second.get("status")).isEqualTo("PENDING");
                assertThat(secondsUntil(second)).isCloseTo(properties.backoff(2).toSeconds(), within(3L));
                assertThat(properties.backoff(2)).isEqualTo(properties.backoff(1).multipliedBy(2));

                // the last try allowed
                jdbc.update("UPDATE webhook_delivery SET attempts = ?, next_attempt_at = now() WHERE id = ?",
                        properties.maxAttempts() - 1, id);
                Map<String, Object> failed = eventually(() -> row(id), r -> "FAILED".equals(r.get("status")), WAIT);
                assertThat(failed.get("attempts")).isEqualTo(properties.maxAttempts());
                assertThat(receiver.matching(r -> r.body().contains(caseNumber))).hasSizeGreaterThanOrEqualTo(3);

                assertThat(post("gas", "/api/v1/webhooks/deliveries/" + id + "/resend", "").status())
                        .isEqualTo(403);
                assertThat(post("admin", "/api/v1/webhooks/deliveries/999999999/resend", "").status())
                        .isEqualTo(404);
                receiver.status.set(204);
                Answer resent = post("admin", "/api/v1/webhooks/deliveries/" + id + "/resend", "");
                assertThat(resent.status()).as(resent.body()).isEqualTo(200);
                assertThat(resent.json().path("attempts").asInt()).isZero();
                Map<String, Object> delivered = eventually(() -> row(id), r -> "DELIVERED".equals(r.get("status")),
                        WAIT);
                assertThat(delivered.get("attempts")).isEqualTo(1);
                assertThat(delivered.get("last_status")).isEqualTo(204);
            } finally {
                disable(subscription.path("id").asLong());
            }
        }
    }

    /**
     * A node claimed a delivery (SENDING, lease running) and died before settling it. Nobody touches it while
     * its lease runs; once the lease has run out, a dispatcher that never saw it before (a restarted node: a new
     * instance whose clock reads past the lease, so the running worker of this test application cannot race it)
     * sends it, exactly once, and the dead node's late answer changes nothing.
     */
    @Test
    void aDeliveryLeftMidSendByADeadNodeIsSentByAFreshDispatcherOnceItsLeaseRunsOut() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            JsonNode subscription = subscribe("heating", receiver.url(), "TRACK_OVERDUE");
            long subscriptionId = subscription.path("id").asLong();
            try {
                long id = jdbc.queryForObject("""
                        INSERT INTO webhook_delivery (subscription_id, event_id, event_type, case_number, payload,
                                                      status, attempts, next_attempt_at, lease_until, claim, created_at)
                        VALUES (?, ?, 'TRACK_OVERDUE', 'RESTART-1', '{"eventType":"TRACK_OVERDUE","restart":true}',
                                'SENDING', 0, now(), now() + interval '60 seconds', 'node-that-died', now())
                        RETURNING id""", Long.class, subscriptionId, "restart-" + System.nanoTime());

                WebhookSubscriptions subscriptions = new WebhookSubscriptions(jdbc, null, Clock.systemUTC());
                WebhookDispatcher sameTime = new WebhookDispatcher(new WebhookDeliveries(jdbc, Clock.systemUTC()),
                        subscriptions, properties, Clock.systemUTC());
                sameTime.dispatchDue();
                assertThat(row(id).get("status")).isEqualTo("SENDING");
                assertThat(receiver.matching(r -> r.body().contains("restart"))).isEmpty();

                Clock afterLease = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
                WebhookDispatcher restarted = new WebhookDispatcher(new WebhookDeliveries(jdbc, afterLease),
                        subscriptions, properties, afterLease);
                eventually(() -> {
                    restarted.dispatchDue();
                    return row(id);
                }, r -> "DELIVERED".equals(r.get("status")), WAIT);

                assertThat(receiver.matching(r -> String.valueOf(id).equals(r.header("X-Lianbao-Delivery"))))
                        .hasSize(1);
                WebhookDeliveries.Claimed stale = new WebhookDeliveries.Claimed(id, subscriptionId, receiver.url(),
                        "x", WebhookEventType.TRACK_OVERDUE, "{}", 0, "node-that-died");
                assertThat(new WebhookDeliveries(jdbc, Clock.systemUTC()).failed(stale, 500, "late", false,
                        Duration.ZERO)).isFalse();
                assertThat(row(id).get("status")).isEqualTo("DELIVERED");
            } finally {
                disable(subscriptionId);
            }
        }
    }

    @Test
    void aDepartmentIsAskedForItsOpinionByWebhookAndInItsDemandsFeed() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            JsonNode subscription = subscribe("planning", receiver.url(), "APPROVAL_OPINION_REQUESTED");
            String start = new FeedCursor(jdbc.queryForObject(
                    "SELECT coalesce(max(globalIndex), 0) FROM DomainEventEntry", Long.class)).encode();
            try {
                String caseNumber = newCase("[{\"type\": \"WATER\", \"externalWorks\": true}]");
                String path = "/api/v1/applications/" + caseNumber + "/external-works/";
                Answer prepared = post("water", path + "materials", "{\"preparedBy\": \"UTILITY\"}");
                assertThat(prepared.status()).as(prepared.body()).isEqualTo(200);
                Answer submitted = post("water", path + "submission",
                        "{\"departments\": [\"NATURAL_RESOURCES_PLANNING\", \"BIG_DATA\"]}");
                assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

                Received hook = receiver.await(r -> r.body().contains("\"" + caseNumber + "\""), WAIT);
                assertThat(hook.header("X-Lianbao-Event")).isEqualTo("APPROVAL_OPINION_REQUESTED");
                JsonNode data = JSON.readTree(hook.body()).path("data");
                assertThat(data.path("department").asString()).isEqualTo("NATURAL_RESOURCES_PLANNING");
                assertThat(data.path("round").asInt()).isEqualTo(1);

                Answer demands = eventually(() -> get("planning", "/api/v1/feeds/demands?after=" + start),
                        a -> a.body().contains(caseNumber), WAIT);
                JsonNode demand = demands.json().path("items").path(0);
                assertThat(demand.path("kind").asString()).isEqualTo("APPROVAL_OPINION");
                assertThat(demand.path("department").asString()).isEqualTo("NATURAL_RESOURCES_PLANNING");
                assertThat(get("housing", "/api/v1/feeds/demands?after=" + start).body()).doesNotContain(caseNumber);
            } finally {
                disable(subscription.path("id").asLong());
            }
        }
    }

    /**
     * If the application stops after the outbox wrote its rows but before its token moved, the event is handled
     * again: the unique (subscription, event) key makes the second pass insert nothing. An event recorded before a
     * subscription existed gives that subscription nothing.
     */
    @Test
    void anEventHandledTwiceMakesOneDeliveryAndEarlierEventsNone() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            JsonNode subscription = subscribe("telecom", receiver.url(), "TRACK_OVERDUE");
            long subscriptionId = subscription.path("id").asLong();
            try {
                String eventId = "outbox-" + System.nanoTime();
                var overdue = new TrackOverdue("OUTBOX-1", UtilityService.TELECOM, ClockKind.LIMIT,
                        LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), Actor.system(), Channel.GOV_SERVICE_CENTER);
                Instant now = Instant.now();
                outbox.on(overdue, eventId, now);
                outbox.on(overdue, eventId, now);
                outbox.on(overdue, eventId + "-old", now.minus(Duration.ofDays(1)));

                assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ?",
                        Integer.class, subscriptionId)).isEqualTo(1);
                Received hook = receiver.await(r -> r.body().contains(eventId), WAIT);
                assertThat(hook.header("X-Lianbao-Event")).isEqualTo("TRACK_OVERDUE");
                assertThat(JSON.readTree(hook.body()).path("data").path("dueDate").asString()).isEqualTo("2026-03-09");
            } finally {
                disable(subscriptionId);
            }
        }
    }

    private Map<String, Object> deliveryOf(String caseNumber) {
        return jdbc.queryForList("SELECT * FROM webhook_delivery WHERE case_number = ?", caseNumber).stream()
                .findFirst().orElse(null);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM webhook_delivery WHERE id = ?", id);
    }

    private long secondsUntil(Map<String, Object> row) {
        return Duration.between(Instant.now(), ((java.sql.Timestamp) row.get("next_attempt_at")).toInstant())
                .toSeconds();
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
