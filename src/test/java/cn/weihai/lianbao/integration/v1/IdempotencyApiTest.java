package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A retried write with the same Idempotency-Key answers the first answer and changes nothing. */
class IdempotencyApiTest extends ApiTestSupport {
    private static final String POWER = "[{\"type\": \"POWER\", \"powerCategory\": \"RESIDENTIAL\"}]";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSubmissionRetriedWithTheSameKeyCreatesOneCase() {
        String marker = unique();
        String body = submission(daysAgo(3), POWER).replace("某某花园二期", "重试花园" + marker);
        String key = "submit-" + marker;

        Response first = postWithKey("clerk", "/api/v1/applications", body, key);
        Response retry = postWithKey("clerk", "/api/v1/applications", body, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.json().path("caseNumber").asString()).isEqualTo(first.json().path("caseNumber").asString());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(acceptedCasesNamed(marker)).isEqualTo(1);

        // without a key, the same body is a new case
        Response again = post("clerk", "/api/v1/applications", body);
        assertThat(again.json().path("caseNumber").asString()).isNotEqualTo(first.json().path("caseNumber").asString());
        assertThat(acceptedCasesNamed(marker)).isEqualTo(2);
    }

    @Test
    void aStepRetriedWithTheSameKeyIsRecordedOnce() {
        String caseNumber = newCase(daysAgo(5), POWER);
        String path = "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps";
        String key = "step-" + unique();

        Response first = postWithKey("power", path, "{\"step\": \"SURVEYED\"}", key);
        Response retry = postWithKey("power", path, "{\"step\": \"SURVEYED\"}", key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200); // not 409 "already surveyed": nothing ran again
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(stepsRecorded(caseNumber)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefusedAndChangesNothing() {
        String caseNumber = newCase(daysAgo(5), POWER);
        String path = "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps";
        String key = "mismatch-" + unique();
        assertThat(postWithKey("power", path, "{\"step\": \"SURVEYED\"}", key).status()).isEqualTo(200);

        Response otherBody = postWithKey("power", path, "{\"step\": \"PLAN_ISSUED\"}", key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.errorFields()).containsExactly("Idempotency-Key");
        assertThat(otherBody.firstMessage()).contains("已用于另一个请求");
        Response otherPath = postWithKey("power", "/api/v1/applications/" + caseNumber + "/withdrawal", "{}", key);
        assertThat(otherPath.status()).isEqualTo(422);
        assertThat(stepsRecorded(caseNumber)).isEqualTo(1);
        assertThat(get("power", "/api/v1/applications/" + caseNumber).json().path("tracks").path(0)
                .path("status").asString()).isEqualTo("SURVEYED");
    }

    @Test
    void keysBelongToTheCallerSoTwoCallersMayUseTheSameOne() {
        String key = "shared-" + unique();
        String marker = unique();
        String body = submission(daysAgo(3), POWER).replace("某某花园二期", "共用键花园" + marker);
        Response byClerk = postWithKey("clerk", "/api/v1/applications", body, key);
        Response byAdmin = postWithKey("admin", "/api/v1/applications", body, key);
        assertThat(byClerk.status()).isEqualTo(201);
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(acceptedCasesNamed(marker)).isEqualTo(2);
    }

    @Test
    void anInvalidAnswerIsReplayedTooAndABadKeyIs400() {
        String key = "invalid-" + unique();
        Response first = postWithKey("clerk", "/api/v1/applications", "{\"channel\": \"FAX\"}", key);
        Response retry = postWithKey("clerk", "/api/v1/applications", "{\"channel\": \"FAX\"}", key);
        assertThat(first.status()).isEqualTo(400);
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");

        Response tooLong = postWithKey("clerk", "/api/v1/applications", submission(daysAgo(3), POWER), "k".repeat(256));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsExactly("Idempotency-Key");
        assertThat(tooLong.firstMessage()).contains("255");
    }

    @Test
    void aRefusedCallerReservesNoKey() {
        String key = "refused-" + unique();
        String caseNumber = newCase(daysAgo(5), POWER);
        String path = "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps";
        assertThat(postWithKey("water", path, "{\"step\": \"SURVEYED\"}", key).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?",
                Integer.class, key)).isZero();
    }

    @Test
    void aRetryWhileTheFirstIsStillRunningIs409() throws Exception {
        String caseNumber = newCase(daysAgo(5), POWER);
        String path = "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps";
        String body = "{\"step\": \"SURVEYED\"}";
        String key = "running-" + unique();
        jdbc.update("""
                INSERT INTO idempotency_record (owner, idempotency_key, method, path, request_sha256)
                VALUES ('power', ?, 'POST', ?, ?)""", key, path,
                MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));

        Response retry = postWithKey("power", path, body, key);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.firstMessage()).contains("仍在处理中");
        assertThat(stepsRecorded(caseNumber)).isZero();
    }

    @Test
    void aReservationLeftUnansweredByADeadNodeIsHandedToTheRetry() throws Exception {
        String caseNumber = newCase(daysAgo(5), POWER);
        String path = "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps";
        String body = "{\"step\": \"SURVEYED\"}";
        String key = "abandoned-" + unique();
        jdbc.update("""
                INSERT INTO idempotency_record (owner, idempotency_key, method, path, request_sha256, created_at)
                VALUES ('power', ?, 'POST', ?, ?, now() - INTERVAL '10 minutes')""", key, path,
                MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));

        Response retry = postWithKey("power", path, body, key);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(stepsRecorded(caseNumber)).isEqualTo(1);
        assertThat(postWithKey("power", path, body, key).headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void aKeyOlderThanTheRetentionMayBeUsedAgain() {
        String caseNumber = newCase(daysAgo(5), POWER);
        String path = "/api/v1/applications/" + caseNumber + "/tracks/POWER/steps";
        String key = "expired-" + unique();
        jdbc.update("""
                INSERT INTO idempotency_record (owner, idempotency_key, method, path, request_sha256, status, body,
                                                created_at)
                VALUES ('power', ?, 'POST', '/elsewhere', ?, 200, ?, now() - INTERVAL '25 hours')""",
                key, new byte[32], "{}".getBytes(StandardCharsets.UTF_8));

        Response fresh = postWithKey("power", path, "{\"step\": \"SURVEYED\"}", key);
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(fresh.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(stepsRecorded(caseNumber)).isEqualTo(1);
    }

    @Test
    void aMultipartUploadIsComparedPartByPart() {
        String key = "upload-" + unique();
        Response first = upload(key, "内容A");
        Response retry = upload(key, "内容A");
        assertThat(first.status()).isBetween(400, 499);
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(upload(key, "内容B").status()).isEqualTo(422);
    }

    private Response upload(String key, String content) {
        String boundary = "lianbao-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"letter.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send("clerk", HttpRequest.newBuilder(uri("/api/v1/applications"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), null);
    }

    private Response postWithKey(String user, String path, String json, String key) {
        return send(user, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), null);
    }

    private int acceptedCasesNamed(String marker) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype LIKE '%ApplicationAccepted' AND convert_from(payload, 'UTF8') LIKE ?""",
                Integer.class, "%" + marker + "%");
    }

    private long stepsRecorded(String caseNumber) {
        JsonNode history = get("supervisor", "/api/v1/applications/" + caseNumber + "/history").json();
        long steps = 0;
        for (JsonNode h : history) {
            if ("TrackStepRecorded".equals(h.path("type").asString())) {
                steps++;
            }
        }
        return steps;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
