package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission matrix of the v1 API (issue 9, part 5): every endpoint against every principal — each demo
 * account, the applicant (case number + credit code in the body, the public portal) and anonymous. Allowed: any
 * answer but 401/403 (a dummy body may well be a 400, 404 or 409). Denied: 401 for anonymous, 403 for a signed-in
 * account; on the public portal, whoever lacks the applicant's proof gets its 401.
 * <p>
 * One row per endpoint; {@link #everyApiEndpointHasARow()} fails when an {@code /api/**} endpoint has none.
 * Placeholders: {caseNumber} a fresh case per row (WATER with external works + POWER, a supervision order 1 on
 * WATER), {creditCode} its code (a wrong one for everybody but the applicant), {ticket} a fresh 12345 ticket,
 * {complaint} a complaint registered on the case.
 */
class PermissionMatrixApiTest extends ApiTestSupport {
    static final String APPLICANT = "(applicant)";
    static final String ANONYMOUS = "(anonymous)";
    static final List<String> UTILITIES = List.of("water", "drainage", "power", "gas", "heating", "telecom",
            "broadcast");
    static final List<String> DEPARTMENTS = List.of("housing", "police", "planning", "wateraffairs", "bigdata",
            "highway");
    static final List<String> STAFF = Stream.of(List.of("admin", "clerk", "supervisor", "hotline"), UTILITIES,
            DEPARTMENTS).flatMap(List::stream).toList();
    static final List<String> PRINCIPALS = Stream.concat(STAFF.stream(), Stream.of(APPLICANT, ANONYMOUS)).toList();

    static final String[] ALL_STAFF = STAFF.toArray(String[]::new);
    static final String[] NOT_HOTLINE = STAFF.stream().filter(s -> !s.equals("hotline")).toArray(String[]::new);
    static final String[] APPROVERS = DEPARTMENTS.toArray(String[]::new);

    record Row(String method, String path, String body, Set<String> allowed, String contentType) {
        boolean publicPortal() {
            return path.startsWith("/api/v1/public/");
        }

        String key() {
            return method + " " + path;
        }
    }

    static Row row(String endpoint, String body, String... allowed) {
        String[] parts = endpoint.split(" ", 2);
        return new Row(parts[0], parts[1], body, new LinkedHashSet<>(List.of(allowed)), "application/json");
    }

    static Row csv(String endpoint, String body, String... allowed) {
        Row json = row(endpoint, body, allowed);
        return new Row(json.method(), json.path(), body, json.allowed(), "text/csv; charset=UTF-8");
    }

    static String[] plus(String[] some, String... more) {
        return Stream.concat(Stream.of(some), Stream.of(more)).toArray(String[]::new);
    }

    static final String SUBMIT = """
            {"channel": "GOV_SERVICE_CENTER", "applicant": {"name": "矩阵测试公司", "creditCode": "{creditCode}",
             "contactName": "张三", "phone": "13800000000"}, "project": {"name": "矩阵项目", "code": "2603-371002-04-01-000009",
             "address": "环翠区某路1号", "district": "环翠区", "constructionType": "NEW"}, "services": [{"type": "TELECOM"}]}""";
    static final String PROOF = "{\"caseNumber\": \"{caseNumber}\", \"creditCode\": \"{creditCode}\"";

    /** THE MATRIX. A new endpoint: add its row here (method, path as mapped, sample body, who may call it). */
    static final List<Row> MATRIX = List.of(
            row("GET /api/v1/me", null, ALL_STAFF),
            row("POST /api/v1/applications", SUBMIT, "clerk", "admin"),
            row("GET /api/v1/applications/{caseNumber}", null, ALL_STAFF),
            row("GET /api/v1/applications/{caseNumber}/history", null, ALL_STAFF),
            row("POST /api/v1/applications/{caseNumber}/withdrawal", "{\"reason\": \"申请人撤回\"}", "clerk", "admin"),
            row("GET /api/v1/applications/{caseNumber}/form.pdf", null, NOT_HOTLINE),
            row("GET /api/v1/applications/{caseNumber}/history.csv", null, "supervisor", "admin"),
            row("GET /api/v1/applications/{caseNumber}/history.pdf", null, "supervisor", "admin"),
            row("POST /api/v1/applications/{caseNumber}/tracks/{service}/steps",
                    "{\"step\": \"SURVEYED\", \"note\": \"踏勘\"}", "water"),
            row("POST /api/v1/applications/{caseNumber}/tracks/{service}/withdrawal", "{\"reason\": \"不再需要\"}",
                    "clerk", "admin"),
            row("POST /api/v1/applications/{caseNumber}/external-works/materials",
                    "{\"preparedBy\": \"UTILITY\", \"commitmentApplies\": true}", "clerk", "water"),
            row("POST /api/v1/applications/{caseNumber}/external-works/commitment-letter",
                    "{\"documentName\": \"承诺书.pdf\", \"sha256\": \"" + "a".repeat(64) + "\"}", "clerk", "water"),
            row("POST /api/v1/applications/{caseNumber}/external-works/submission",
                    "{\"departments\": [\"HOUSING_CONSTRUCTION\"]}", "clerk", "water"),
            row("POST /api/v1/applications/{caseNumber}/external-works/opinions", "{\"agreed\": true}", APPROVERS),
            row("POST /api/v1/applications/{caseNumber}/external-works/permit", "{\"permitNumber\": \"XK-1\"}",
                    "housing"),
            row("GET /api/v1/applications/{caseNumber}/supervision-orders", null, ALL_STAFF),
            row("POST /api/v1/applications/{caseNumber}/supervision-orders",
                    "{\"service\": \"POWER\", \"reason\": \"进度慢\", \"workingDays\": 3}", "supervisor"),
            row("GET /api/v1/applications/{caseNumber}/supervision-orders/{orderId}", null, ALL_STAFF),
            row("POST /api/v1/applications/{caseNumber}/supervision-orders/{orderId}/answer",
                    "{\"answer\": \"已整改\"}", "water"),
            row("POST /api/v1/applications/{caseNumber}/supervision-orders/{orderId}/close", "{\"note\": \"办结\"}",
                    "supervisor"),
            row("POST /api/v1/applications/{caseNumber}/supervision-orders/{orderId}/send-back",
                    "{\"reason\": \"重办\"}", "supervisor"),
            row("GET /api/v1/supervision-orders", null, ALL_STAFF),
            row("GET /api/v1/approvals", null, plus(APPROVERS, "supervisor", "admin")),
            row("GET /api/v1/audit/chain-verification", null, "supervisor", "admin"),
            row("GET /api/v1/supervision/dashboard", null, "supervisor", "admin"),
            row("GET /api/v1/projections", null, "admin"),
            row("GET /api/v1/projections/{name}", null, "admin"),
            // calendar-recheck refuses a rebuild (409): the matrix must not replay a live projection
            row("POST /api/v1/projections/{name}/rebuild", null, "admin"),
            row("POST /api/v1/open311/requests", """
                    {"service_request_id": "{ticket}", "case_number": "{caseNumber}", "service_code": "SLOW",
                     "description": "没人联系", "name": "张先生", "phone": "13906310001"}""", "hotline", "admin"),
            row("GET /api/v1/open311/requests", null, "hotline", "supervisor", "admin"),
            row("GET /api/v1/open311/requests/{serviceRequestId}", null, "hotline", "supervisor", "admin"),
            row("POST /api/v1/public/progress", PROOF + "}", APPLICANT),
            row("POST /api/v1/public/progress/{service}/connection-request", PROOF + ", \"note\": \"已竣工\"}",
                    APPLICANT),
            row("POST /api/v1/public/progress/{service}/withdrawal", PROOF + ", \"reason\": \"不需要了\"}", APPLICANT),
            row("POST /api/v1/public/progress/{service}/rating", PROOF + ", \"stars\": 5}", APPLICANT),
            // organisations and their API keys: the administrator only (unknown ids: 404 for the allowed)
            row("GET /api/v1/organisations", null, "admin"),
            row("POST /api/v1/organisations", "{}", "admin"),
            row("GET /api/v1/organisations/{id}", null, "admin"),
            row("PUT /api/v1/organisations/{id}", "{\"name\": \"矩阵\"}", "admin"),
            row("GET /api/v1/organisations/{id}/api-keys", null, "admin"),
            row("POST /api/v1/organisations/{id}/api-keys", "{\"label\": \"矩阵\"}", "admin"),
            row("POST /api/v1/organisations/{id}/api-keys/{keyId}/revoke", null, "admin"),
            row("GET /api/v1/organisations/{id}/api-keys/{keyId}/calls", null, "admin"),
            // webhooks: every organisation manages its own subscriptions (a bad URL: 400), resending is the admin's
            row("GET /api/v1/webhooks/subscriptions", null, ALL_STAFF),
            row("POST /api/v1/webhooks/subscriptions", "{\"url\": \"ftp://matrix\", \"eventTypes\": []}",
                    ALL_STAFF),
            row("POST /api/v1/webhooks/subscriptions/{id}/disable", null, ALL_STAFF),
            row("GET /api/v1/webhooks/deliveries", null, ALL_STAFF),
            row("POST /api/v1/webhooks/deliveries/{id}/resend", null, "admin"),
            // feeds: demands for those who receive them, changes for utilities and supervision
            row("GET /api/v1/feeds/demands", null, plus(plus(APPROVERS, UTILITIES.toArray(String[]::new)))),
            row("GET /api/v1/feeds/changes", null, plus(UTILITIES.toArray(String[]::new), "supervisor", "admin")),
            // historical import: the window and the administrator (a header-only file: 400 for the allowed)
            csv("POST /api/v1/imports", "建设单位名称\n", "clerk", "admin"),
            row("GET /api/v1/imports/{id}", null, "clerk", "admin"),
            row("GET /api/v1/imports/template", null, "clerk", "admin"));

    /** A well-formed unified social credit code that is not the fixture's. */
    static final String WRONG_CODE = cn.weihai.lianbao.shared.CreditCode.complete("91371000MA3C9X9X9");
    private static final AtomicInteger TICKETS = new AtomicInteger();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyApiEndpointHasARow() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") && !pattern.equals("/api/**")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    assertThat(methods).as("an API endpoint without an HTTP method: %s", pattern).isNotEmpty();
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> rows = new TreeSet<>(MATRIX.stream().map(Row::key).toList());
        assertThat(rows).as("rows of the permission matrix without an endpoint").isSubsetOf(endpoints);
        assertThat(endpoints).as("API endpoints missing from the permission matrix").isSubsetOf(rows);
    }

    @TestFactory
    Stream<DynamicTest> everyPrincipalAgainstEveryEndpoint() {
        return MATRIX.stream().map(row -> DynamicTest.dynamicTest(row.key(), () -> check(row)));
    }

    private void check(Row row) {
        Fixture f = fixture();
        List<String> wrong = new ArrayList<>();
        // the denied first: a refused request must not have changed what the allowed then find
        List<String> order = Stream.concat(PRINCIPALS.stream().filter(p -> !row.allowed().contains(p)),
                PRINCIPALS.stream().filter(row.allowed()::contains)).toList();
        for (String principal : order) {
            Raw r = call(row, principal, f);
            boolean allowed = row.allowed().contains(principal);
            int denial = principal.startsWith("(") || row.publicPortal() ? 401 : 403;
            boolean ok = allowed ? r.status() != 401 && r.status() != 403 && r.status() != 429 && r.status() < 500
                    : r.status() == denial;
            if (!ok) {
                wrong.add("%s: %d (%s) %s".formatted(principal, r.status(), allowed ? "allowed" : "denied",
                        r.body().length() > 200 ? r.body().substring(0, 200) : r.body()));
            }
            if (row.publicPortal()) {
                jdbc.update("DELETE FROM portal_lookup_failure WHERE case_number = ?", f.caseNumber());
            }
        }
        assertThat(wrong).as(row.key()).isEmpty();
    }

    /** Status and body only: some answers are files (PDF, CSV), not JSON. */
    record Raw(int status, String body) {
    }

    private static final HttpClient RAW = HttpClient.newHttpClient();

    private Raw call(Row row, String principal, Fixture f) {
        boolean applicant = principal.equals(APPLICANT);
        String path = fill(row.path(), f, applicant);
        String body = row.body() == null ? null : fill(row.body(), f, applicant);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (row.method().equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", row.contentType()).method(row.method(), body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        if (!principal.startsWith("(")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((principal + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> r = RAW.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Raw(r.statusCode(), type.contains("json") ? new String(r.body(), StandardCharsets.UTF_8)
                    : type + " (" + r.body().length + " bytes)");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fill(String template, Fixture f, boolean applicant) {
        return template.replace("{caseNumber}", f.caseNumber())
                .replace("{creditCode}", applicant ? CREDIT_CODE : WRONG_CODE)
                .replace("{service}", "WATER")
                .replace("{orderId}", "1")
                .replace("{id}", "999999999")
                .replace("{keyId}", "ffffffff")
                .replace("{name}", template.endsWith("/rebuild") ? "calendar-recheck" : "case-views")
                .replace("{serviceRequestId}", f.complaint())
                .replace("{ticket}", "WH-M" + TICKETS.incrementAndGet() + "-" + UUID.randomUUID().toString()
                        .substring(0, 6));
    }

    /** A fresh case per row, so that what one row's allowed callers did (e.g. a withdrawal) never masks another. */
    record Fixture(String caseNumber, String complaint) {
    }

    private Fixture fixture() {
        String caseNumber = newCase(daysAgo(2),
                "[{\"type\": \"WATER\", \"externalWorks\": true}, {\"type\": \"POWER\", \"powerCategory\": \"KV10_SINGLE\"}]");
        Response order = post("supervisor", "/api/v1/applications/" + caseNumber + "/supervision-orders",
                "{\"service\": \"WATER\", \"reason\": \"矩阵测试督办\", \"workingDays\": 5}");
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        String ticket = "WH-MX-" + UUID.randomUUID().toString().substring(0, 8);
        Response complaint = post("hotline", "/api/v1/open311/requests", """
                {"service_request_id": "%s", "case_number": "%s", "service_code": "SLOW", "description": "矩阵",
                 "name": "张先生", "phone": "13906310001"}""".formatted(ticket, caseNumber));
        assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
        return new Fixture(caseNumber, ticket);
    }
}
