package cn.weihai.lianbao.integration.v1;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/applications/{caseNumber}/form.pdf over real HTTP. */
class ApplicationFormApiTest extends ApiTestSupport {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anyStaffMemberDownloadsTheFormAsAPdfAttachment() throws Exception {
        String caseNumber = newCase(daysAgo(1), """
                [{"type": "WATER"}, {"type": "POWER", "powerCategory": "RESIDENTIAL"}]""");

        assertThat(download("hotline", caseNumber, null).statusCode()).as("hotline: people unmasked").isEqualTo(403);
        for (String user : List.of("clerk", "power", "planning", "supervisor")) {
            HttpResponse<byte[]> r = download(user, caseNumber, null);

            assertThat(r.statusCode()).as(user).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(r.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"" + caseNumber + ".pdf\"");
            assertThat(new String(r.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument doc = Loader.loadPDF(r.body())) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                        .contains(caseNumber, "威海某某置业有限公司", CREDIT_CODE, "供水报装", "供电报装", "居民");
            }
        }
    }

    @Test
    void withoutCredentialsTheAnswerIs401() throws Exception {
        String caseNumber = newCase(daysAgo(1), "[{\"type\": \"TELECOM\"}]");

        HttpResponse<byte[]> r = download(null, caseNumber, null);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotStartWith("%PDF");
    }

    @Test
    void anUnknownCaseIs404AsJsonWhateverTheClientAccepts() throws Exception {
        for (String accept : java.util.Arrays.asList(null, "application/pdf", "*/*")) {
            HttpResponse<byte[]> r = download("clerk", "LB-1999-999999", accept);

            assertThat(r.statusCode()).as(accept).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(accept)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(JSON.readTree(r.body()).path("errors").path(0).path("message").asString())
                    .isEqualTo("未找到案件 LB-1999-999999");
        }
    }

    @Test
    void theApiDescriptionListsTheDownload() {
        Response docs = get(null, "/v3/api-docs");

        assertThat(docs.json().path("paths").has("/api/v1/applications/{caseNumber}/form.pdf")).isTrue();
    }

    private HttpResponse<byte[]> download(String user, String caseNumber, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/applications/" + caseNumber + "/form.pdf"));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
