package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.shared.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP calls to the running application as the demo accounts, and polling with a deadline. */
public abstract class WebhookTestSupport extends IntegrationTest {
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    protected JdbcTemplate jdbc;

    protected record Answer(int status, JsonNode json, String body) {
    }

    protected Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    protected Answer post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private Answer send(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
            return new Answer(r.statusCode(), json, r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Subscribes as {@code user} (its own organisation) and answers the creation (with the secret). */
    protected JsonNode subscribe(String user, String url, String... types) {
        Answer a = post(user, "/api/v1/webhooks/subscriptions", JSON.writeValueAsString(
                java.util.Map.of("url", url, "eventTypes", java.util.List.of(types))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }

    protected void disable(long subscriptionId) {
        jdbc.update("UPDATE webhook_subscription SET enabled = FALSE WHERE id = ?", subscriptionId);
    }

    /** Submits a case as the clerk with the given services JSON array and answers its number. */
    protected String newCase(String services) {
        String body = """
                {"channel": "GOV_SERVICE_CENTER", "acceptedOn": "%s",
                 "applicant": {"name": "威海某某置业有限公司", "creditCode": "%s", "contactName": "张三",
                               "phone": "13800000000"},
                 "project": {"name": "某某花园二期", "code": "2603-371002-04-01-000001", "address": "环翠区某路1号",
                             "district": "环翠区", "constructionType": "NEW"},
                 "services": %s}
                """.formatted(LocalDate.now(LianbaoApplication.ZONE).minusDays(1),
                CreditCode.complete("91371000MA3C0A0B1"), services);
        Answer a = post("clerk", "/api/v1/applications", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("caseNumber").asString();
    }

    protected static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        T value = read.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout + "; last value: " + value);
            }
            Thread.sleep(50);
            value = read.get();
        }
        return value;
    }
}
