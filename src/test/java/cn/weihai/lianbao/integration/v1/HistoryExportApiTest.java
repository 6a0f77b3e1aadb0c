package cn.weihai.lianbao.integration.v1;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET …/history.csv and …/history.pdf, and the case read with {@code asOf}, over real HTTP. */
class HistoryExportApiTest extends ApiTestSupport {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void supervisorsAndAdministratorsExportTheHistoryAsCsvAndPdf() throws Exception {
        String caseNumber = newCase(daysAgo(2), "[{\"type\": \"TELECOM\"}]");
        assertThat(step("telecom", caseNumber, "TELECOM", "SURVEYED", daysAgo(1), "踏勘，已联系\"物业\"").status())
                .isEqualTo(200);

        for (String user : List.of("supervisor", "admin")) {
            HttpResponse<byte[]> csv = download(user, caseNumber, "csv");
            assertThat(csv.statusCode()).as(user).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(csv.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"" + caseNumber + "-history.csv\"");
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF序号,事项,办理情况");
            assertThat(text).contains("\"通信：已踏勘 — 踏勘，已联系\"\"物业\"\"\"", "业务系统接口");

            HttpResponse<byte[]> pdf = download(user, caseNumber, "pdf");
            assertThat(pdf.statusCode()).as(user).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                        .contains(caseNumber, "受理", "通信：已踏勘");
            }
        }
    }

    @Test
    void othersMayNotExportEvenAnUnknownCase() throws Exception {
        String caseNumber = newCase(daysAgo(1), "[{\"type\": \"TELECOM\"}]");

        for (String user : List.of("clerk", "hotline", "telecom", "planning")) {
            for (String extension : List.of("csv", "pdf")) {
                HttpResponse<byte[]> r = download(user, caseNumber, extension);
                assertThat(r.statusCode()).as(user + " " + extension).isEqualTo(403);
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                        t -> assertThat(t).startsWith("application/json"));
                assertThat(download(user, "LB-1999-777777", extension).statusCode()).isEqualTo(403);
            }
        }
        assertThat(download(null, caseNumber, "csv").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownCaseIs404() throws Exception {
        for (String extension : List.of("csv", "pdf")) {
            HttpResponse<byte[]> r = download("supervisor", "LB-1999-777777", extension);

            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(r.body()).path("errors").path(0).path("message").asString())
                    .isEqualTo("未找到案件 LB-1999-777777");
        }
    }

    @Test
    void theCaseReadAsOfAMomentShowsItThen() throws Exception {
        String caseNumber = newCase(daysAgo(2), "[{\"type\": \"TELECOM\"}]");
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        assertThat(step("telecom", caseNumber, "TELECOM", "SURVEYED", daysAgo(1), null).status()).isEqualTo(200);

        Response then = get("hotline", path(caseNumber, between.atOffset(ZoneOffset.ofHours(8)).toString()));
        Response now = get("hotline", path(caseNumber, OffsetDateTime.now().toString()));

        assertThat(then.status()).as(then.body()).isEqualTo(200);
        assertThat(track(then, "TELECOM").path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(now.status()).isEqualTo(200);
        assertThat(track(now, "TELECOM").path("status").asString()).isEqualTo("SURVEYED");
        assertThat(get("hotline", "/api/v1/applications/" + caseNumber).json()).isEqualTo(now.json());
    }

    @Test
    void aBadAsOfIsA400OnThatField() {
        String caseNumber = newCase(daysAgo(1), "[{\"type\": \"TELECOM\"}]");

        Response unreadable = get("clerk", path(caseNumber, "2026-03-02"));
        Response future = get("clerk", path(caseNumber, OffsetDateTime.now().plusDays(1).toString()));
        Response beforeCase = get("clerk", path(caseNumber, "2020-01-01T00:00:00+08:00"));

        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.messageOf("asOf")).contains("ISO-8601", "2026-03-02T10:00:00+08:00");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.messageOf("asOf")).isEqualTo("不能晚于当前时刻");
        assertThat(beforeCase.status()).isEqualTo(400);
        assertThat(beforeCase.messageOf("asOf")).startsWith("该时刻案件尚未受理");
        assertThat(get("clerk", path("LB-1999-777777", "2026-03-02T10:00:00+08:00")).status()).isEqualTo(404);
    }

    @Test
    void theApiDescriptionListsTheExportsAndAsOf() {
        Response docs = get(null, "/v3/api-docs");

        assertThat(docs.json().path("paths").has("/api/v1/applications/{caseNumber}/history.csv")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/applications/{caseNumber}/history.pdf")).isTrue();
        assertThat(docs.json().path("paths").path("/api/v1/applications/{caseNumber}").path("get")
                .path("parameters").toString()).contains("\"asOf\"");
    }

    private static String path(String caseNumber, String asOf) {
        return "/api/v1/applications/" + caseNumber + "?asOf=" + URLEncoder.encode(asOf, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> download(String user, String caseNumber, String extension) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                uri("/api/v1/applications/" + caseNumber + "/history." + extension));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
