package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.shared.CreditCode;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP calls to the running application with the demo accounts (password {@code demo}). */
abstract class ApiTestSupport extends IntegrationTest {
    static final String CREDIT_CODE = CreditCode.complete("91371000MA3C0A0B1");
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Response(int status, JsonNode json, HttpHeaders headers, String body) {
        /** The fields of a 400 answer, in order. */
        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json.path("errors").forEach(e -> fields.add(e.path("field").isNull() ? null : e.path("field").asString()));
            return fields;
        }

        String firstMessage() {
            return json.path("errors").path(0).path("message").asString();
        }

        String messageOf(String field) {
            for (JsonNode e : json.path("errors")) {
                if (field.equals(e.path("field").asString())) {
                    return e.path("message").asString();
                }
            }
            throw new AssertionError("no error on " + field + " in " + body);
        }
    }

    static LocalDate daysAgo(int days) {
        return LocalDate.now(LianbaoApplication.ZONE).minusDays(days);
    }

    Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), null);
    }

    Response post(String user, String path, String json) {
        return post(user, path, json, null);
    }

    Response post(String user, String path, String json, String acceptLanguage) {
        return send(user, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), acceptLanguage);
    }

    Response send(String user, HttpRequest.Builder request, String acceptLanguage) {
        return send(user, "demo", request, acceptLanguage);
    }

    Response send(String user, String password, HttpRequest.Builder request, String acceptLanguage) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
            return new Response(r.statusCode(), json, r.headers(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A valid submission accepted {@code acceptedOn} with the given {@code services} JSON array. */
    static String submission(LocalDate acceptedOn, String services) {
        return """
                {"channel": "GOV_SERVICE_CENTER", "acceptedOn": "%s",
                 "applicant": {"name": "威海某某置业有限公司", "creditCode": "%s", "contactName": "张三",
                               "phone": "13800000000"},
                 "project": {"name": "某某花园二期", "code": "2603-371002-04-01-000001", "address": "环翠区某路1号",
                             "district": "环翠区", "constructionType": "NEW"},
                 "services": %s}
                """.formatted(acceptedOn, CREDIT_CODE, services);
    }

    /** Submits as the clerk and answers the new case number. */
    String newCase(LocalDate acceptedOn, String services) {
        Response r = post("clerk", "/api/v1/applications", submission(acceptedOn, services));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("caseNumber").asString();
    }

    Response step(String user, String caseNumber, String service, String step, LocalDate on, String note) {
        return post(user, "/api/v1/applications/" + caseNumber + "/tracks/" + service + "/steps",
                JSON.writeValueAsString(new StepBody(step, on == null ? null : on.toString(), note)));
    }

    record StepBody(String step, String occurredOn, String note) {
    }

    static JsonNode track(Response r, String service) {
        for (JsonNode t : r.json().path("tracks")) {
            if (service.equals(t.path("service").asString())) {
                return t;
            }
        }
        throw new AssertionError("no track " + service + " in " + r.body());
    }
}
