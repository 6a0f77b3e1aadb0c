package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.integration.webhook.TestReceiver.Received;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's round trip as a gas utility's business system lives it, with nothing but its API key: it subscribes,
 * hears of a new application by a signed webhook, pushes its first step (retrying it with the same
 * Idempotency-Key changes nothing), and once the administrator revokes the key it is refused.
 */
class UtilitySystemRoundTripTest extends WebhookTestSupport {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aUtilitySystemHearsOfANewApplicationAndPushesItsStepWithItsKeyUntilTheKeyIsRevoked() throws Exception {
        Answer issued = post("admin", "/api/v1/organisations/gas/api-keys", "{\"label\": \"燃气营业系统\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String key = issued.json().path("apiKey").asString();
        String keyId = issued.json().path("key").path("id").asString();

        try (TestReceiver receiver = new TestReceiver()) {
            Answer subscribed = withKey(key, "/api/v1/webhooks/subscriptions", JSON.writeValueAsString(
                    java.util.Map.of("url", receiver.url(), "eventTypes", java.util.List.of("APPLICATION_SUBMITTED"))),
                    null);
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
            assertThat(subscribed.json().path("organisationId").asString()).isEqualTo("gas");
            String secret = subscribed.json().path("secret").asString();
            try {
                String submitted = newCase("[{\"type\": \"GAS\"}]");

                Received hook = receiver.await(r -> r.body().contains("\"" + submitted + "\""), Duration.ofSeconds(30));
                assertThat(hook.header("X-Lianbao-Signature")).isEqualTo("sha256="
                        + hmac(secret, hook.header("X-Lianbao-Timestamp") + "." + hook.body()));
                JsonNode event = JSON.readTree(hook.body());
                String caseNumber = event.path("caseNumber").asString();
                assertThat(caseNumber).isEqualTo(submitted);
                assertThat(event.path("data").path("service").asString()).isEqualTo("GAS");

                String step = "/api/v1/applications/" + caseNumber + "/tracks/GAS/steps";
                String body = "{\"step\": \"SURVEYED\", \"note\": \"营业系统推送\"}";
                String idempotencyKey = UUID.randomUUID().toString();
                Answer first = withKey(key, step, body, idempotencyKey);
                Answer retried = withKey(key, step, body, idempotencyKey);
                assertThat(first.status()).as(first.body()).isEqualTo(200);
                assertThat(retried.status()).isEqualTo(200);
                assertThat(retried.body()).isEqualTo(first.body());
                assertThat(surveyedSteps(caseNumber)).isEqualTo(1);

                Answer revoked = post("admin", "/api/v1/organisations/gas/api-keys/" + keyId + "/revoke", "");
                assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
                Answer refused = withKey(key, step, "{\"step\": \"PLAN_ISSUED\"}", UUID.randomUUID().toString());
                assertThat(refused.status()).isEqualTo(401);
                assertThat(get("supervisor", "/api/v1/applications/" + caseNumber).json().path("tracks").path(0)
                        .path("status").asString()).isEqualTo("SURVEYED");
            } finally {
                disable(subscribed.json().path("id").asLong());
            }
        }
    }

    private long surveyedSteps(String caseNumber) {
        long steps = 0;
        for (JsonNode h : get("supervisor", "/api/v1/applications/" + caseNumber + "/history").json()) {
            if ("TrackStepRecorded".equals(h.path("type").asString())) {
                assertThat(h.path("channel").asString()).isEqualTo("API");
                assertThat(h.path("organisation").asString()).isEqualTo("威海港华燃气有限公司");
                steps++;
            }
        }
        return steps;
    }

    private Answer withKey(String key, String path, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Api-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body()), r.body());
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
