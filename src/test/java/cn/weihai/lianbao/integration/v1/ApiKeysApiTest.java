package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations' API keys: a system acts as its organisation's staff, every call is logged, revoked keys fail. */
class ApiKeysApiTest extends ApiTestSupport {
    private static final String POWER_AND_WATER =
            "[{\"type\": \"POWER\", \"powerCategory\": \"RESIDENTIAL\"}, {\"type\": \"WATER\"}]";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aUtilityPushesAStepWithItsKeyAndTheHistoryShowsItsOrganisationThroughTheApi() {
        String caseNumber = newCase(daysAgo(5), POWER_AND_WATER);
        JsonNode issued = issueKey("power", "营销系统");
        String key = issued.path("apiKey").asString();
        String keyId = issued.path("key").path("id").asString();
        assertThat(key).startsWith("lbk_" + keyId + "_");
        assertThat(issued.path("key").path("prefix").asString()).isEqualTo("lbk_" + keyId + "_…");

        Response me = withKey(key, HttpRequest.newBuilder(uri("/api/v1/me")).GET());
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("role").asString()).isEqualTo("UTILITY_STAFF");
        assertThat(me.json().path("utility").asString()).isEqualTo("POWER");
        assertThat(me.json().path("organisation").asString()).isEqualTo("国网威海供电公司");

        Response step = withKey(key, stepRequest(caseNumber, "POWER", "{\"step\": \"SURVEYED\"}"));
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        assertThat(track(step, "POWER").path("status").asString()).isEqualTo("SURVEYED");

        JsonNode recorded = lastOfType(caseNumber, "TrackStepRecorded");
        assertThat(recorded.path("organisation").asString()).isEqualTo("国网威海供电公司");
        assertThat(recorded.path("actorName").asString()).isEqualTo("国网威海供电公司（接口）");
        assertThat(recorded.path("actor").asString()).isEqualTo("apikey:" + keyId);
        assertThat(recorded.path("channel").asString()).isEqualTo("API");

        // the same key as a bearer token
        Response bearer = send(null, stepRequest(caseNumber, "POWER", "{\"step\": \"PLAN_ISSUED\"}")
                .header("Authorization", "Bearer " + key), null);
        assertThat(bearer.status()).as(bearer.body()).isEqualTo(200);

        Response keys = get("admin", "/api/v1/organisations/power/api-keys");
        JsonNode listed = find(keys.json(), keyId);
        assertThat(listed.path("lastUsedAt").isNull()).isFalse();
        assertThat(keys.body()).doesNotContain(key.substring(key.lastIndexOf('_') + 1));

        Response calls = get("admin", "/api/v1/organisations/power/api-keys/" + keyId + "/calls");
        assertThat(calls.status()).isEqualTo(200);
        assertThat(calls.json().size()).isEqualTo(3);
        JsonNode newest = calls.json().path(0);
        assertThat(newest.path("organisationId").asString()).isEqualTo("power");
        assertThat(newest.path("method").asString()).isEqualTo("POST");
        assertThat(newest.path("path").asString()).endsWith("/tracks/POWER/steps");
        assertThat(newest.path("status").asInt()).isEqualTo(200);
        assertThat(calls.json().path(2).path("path").asString()).isEqualTo("/api/v1/me");
    }

    @Test
    void aUtilitySystemRetriesAStepWithItsKeyAndTheSameIdempotencyKeyAndNothingChanges() {
        String caseNumber = newCase(daysAgo(5), POWER_AND_WATER);
        JsonNode issued = issueKey("water", "供水营业系统");
        String key = issued.path("apiKey").asString();
        String idempotencyKey = UUID.randomUUID().toString();

        Response first = withKey(key, stepRequest(caseNumber, "WATER", "{\"step\": \"SURVEYED\"}")
                .header("Idempotency-Key", idempotencyKey));
        Response retry = withKey(key, stepRequest(caseNumber, "WATER", "{\"step\": \"SURVEYED\"}")
                .header("Idempotency-Key", idempotencyKey));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        long steps = 0;
        for (JsonNode h : get("supervisor", "/api/v1/applications/" + caseNumber + "/history").json()) {
            if ("TrackStepRecorded".equals(h.path("type").asString())) {
                steps++;
                assertThat(h.path("organisation").asString()).isEqualTo("威海市水务集团有限公司");
                assertThat(h.path("channel").asString()).isEqualTo("API");
            }
        }
        assertThat(steps).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT owner FROM idempotency_record WHERE idempotency_key = ?", String.class,
                idempotencyKey)).isEqualTo("apikey:" + issued.path("key").path("id").asString());

        post("admin", "/api/v1/organisations/water/api-keys/" + issued.path("key").path("id").asString() + "/revoke", "");
        Response afterRevoke = withKey(key, stepRequest(caseNumber, "WATER", "{\"step\": \"SURVEYED\"}")
                .header("Idempotency-Key", idempotencyKey));
        assertThat(afterRevoke.status()).isEqualTo(401);
    }

    @Test
    void anotherUtilitysKeyIsForbiddenOnTheTrack() {
        String caseNumber = newCase(daysAgo(5), POWER_AND_WATER);
        String waterKey = issueKey("water", "供水系统").path("apiKey").asString();

        Response other = withKey(waterKey, stepRequest(caseNumber, "POWER", "{\"step\": \"SURVEYED\"}"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.firstMessage()).contains("供水");
        assertThat(withKey(waterKey, stepRequest(caseNumber, "WATER", "{\"step\": \"SURVEYED\"}")).status())
                .isEqualTo(200);
    }

    @Test
    void revokedUnknownWrongAndMalformedKeysAre401() {
        JsonNode issued = issueKey("gas", "燃气系统");
        String key = issued.path("apiKey").asString();
        String keyId = issued.path("key").path("id").asString();
        assertThat(me(key).status()).isEqualTo(200);

        Response revoked = post("admin", "/api/v1/organisations/gas/api-keys/" + keyId + "/revoke", "");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("revokedAt").isNull()).isFalse();
        Response refused = me(key);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.firstMessage()).contains("接口密钥无效");
        assertThat(post("admin", "/api/v1/organisations/gas/api-keys/" + keyId + "/revoke", "").status())
                .isEqualTo(409);

        String wrongSecret = key.substring(0, key.length() - 1) + (key.endsWith("0") ? "1" : "0");
        assertThat(me(wrongSecret).status()).isEqualTo(401);
        assertThat(me("lbk_00000000_" + "0".repeat(64)).status()).isEqualTo(401);
        assertThat(me("not-a-key").status()).isEqualTo(401);
        // the refused calls of a known key are logged with its organisation
        List<Integer> statuses = jdbc.queryForList(
                "SELECT status FROM api_call_log WHERE key_id = ? AND organisation_id = 'gas' ORDER BY id", Integer.class,
                keyId);
        assertThat(statuses).containsExactly(200, 401, 401);
    }

    @Test
    void aDisabledOrganisationsKeysAreRefusedUntilItIsEnabledAgain() {
        String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = post("admin", "/api/v1/organisations", """
                {"id": "%s", "name": "测试政务服务分中心 %s", "kind": "SERVICE_CENTRE"}""".formatted(id, id));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String key = issueKey(id, "窗口系统").path("apiKey").asString();
        assertThat(me(key).json().path("role").asString()).isEqualTo("CLERK");

        Response disabled = send("admin", HttpRequest.newBuilder(uri("/api/v1/organisations/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"测试政务服务分中心 %s\", \"kind\": \"SERVICE_CENTRE\", \"enabled\": false}"
                                .formatted(id), StandardCharsets.UTF_8)), null);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(me(key).status()).isEqualTo(401);

        send("admin", HttpRequest.newBuilder(uri("/api/v1/organisations/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"测试政务服务分中心 %s\", \"kind\": \"SERVICE_CENTRE\", \"enabled\": true}"
                                .formatted(id), StandardCharsets.UTF_8)), null);
        assertThat(me(key).status()).isEqualTo(200);
    }

    @Test
    void onlyTheSecretsHashIsStored() throws Exception {
        JsonNode issued = issueKey("heating", "供热系统");
        String key = issued.path("apiKey").asString();
        String secret = key.substring(key.lastIndexOf('_') + 1);
        byte[] stored = jdbc.queryForObject("SELECT secret_sha256 FROM api_key WHERE id = ?", byte[].class,
                issued.path("key").path("id").asString());
        assertThat(HexFormat.of().formatHex(stored)).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_key WHERE encode(secret_sha256, 'escape') LIKE ?",
                Integer.class, "%" + secret + "%")).isZero();
    }

    @Test
    void onlyAdministratorsManageOrganisationsAndKeys() {
        assertThat(get("clerk", "/api/v1/organisations").status()).isEqualTo(403);
        assertThat(post("supervisor", "/api/v1/organisations/power/api-keys", "{\"label\": \"x\"}").status())
                .isEqualTo(403);
        String windowKey = issueKey("service-centre", "窗口系统").path("apiKey").asString();
        assertThat(withKey(windowKey, HttpRequest.newBuilder(uri("/api/v1/organisations")).GET()).status())
                .isEqualTo(403);
        Response list = get("admin", "/api/v1/organisations");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":\"power\"").contains("国网威海供电公司");
    }

    @Test
    void organisationInputIsCheckedFieldByField() {
        Response bad = post("admin", "/api/v1/organisations",
                "{\"id\": \"Power Co\", \"name\": \" \", \"kind\": \"UTILITY\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("id", "name", "utility");
        assertThat(bad.messageOf("utility")).isEqualTo("市政公用企业须选择其报装事项");

        Response taken = post("admin", "/api/v1/organisations",
                "{\"id\": \"power\", \"name\": \"国网威海供电公司\", \"kind\": \"UTILITY\", \"utility\": \"POWER\"}");
        assertThat(taken.errorFields()).containsExactly("id", "name", "utility");

        Response unknownKind = post("admin", "/api/v1/organisations", "{\"id\": \"x-1\", \"name\": \"x\", \"kind\": \"BANK\"}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.errorFields()).containsExactly("kind");

        Response noLabel = post("admin", "/api/v1/organisations/power/api-keys", "{\"label\": \"\"}");
        assertThat(noLabel.status()).isEqualTo(400);
        assertThat(noLabel.errorFields()).containsExactly("label");

        assertThat(post("admin", "/api/v1/organisations/no-such-org/api-keys", "{\"label\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(post("admin", "/api/v1/organisations/power/api-keys/ffffffff/revoke", "").status())
                .isEqualTo(404);
    }

    private JsonNode issueKey(String organisationId, String label) {
        Response r = post("admin", "/api/v1/organisations/" + organisationId + "/api-keys",
                "{\"label\": \"" + label + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private Response me(String key) {
        return withKey(key, HttpRequest.newBuilder(uri("/api/v1/me")).GET());
    }

    Response withKey(String key, HttpRequest.Builder request) {
        return send(null, request.header("X-Api-Key", key), null);
    }

    HttpRequest.Builder stepRequest(String caseNumber, String service, String json) {
        return HttpRequest.newBuilder(uri("/api/v1/applications/" + caseNumber + "/tracks/" + service + "/steps"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private JsonNode lastOfType(String caseNumber, String type) {
        JsonNode found = null;
        for (JsonNode h : get("supervisor", "/api/v1/applications/" + caseNumber + "/history").json()) {
            if (type.equals(h.path("type").asString())) {
                found = h;
            }
        }
        assertThat(found).as(type).isNotNull();
        return found;
    }

    private static JsonNode find(JsonNode keys, String id) {
        for (JsonNode k : keys) {
            if (id.equals(k.path("id").asString())) {
                return k;
            }
        }
        throw new AssertionError("no key " + id + " in " + keys);
    }
}
