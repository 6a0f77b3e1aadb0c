package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.importing.ImportColumn;
import cn.weihai.lianbao.casefile.importing.ImportFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportsApiTest extends ApiTestSupport {

    @Test
    void aFileWithBadRowsIsA400ListingEachBadRowAndNothingIsImported() {
        Map<ImportColumn, String> good = ImportFiles.validRow(daysAgo(30));
        Map<ImportColumn, String> bad = ImportFiles.validRow(daysAgo(30));
        bad.put(ImportColumn.CREDIT_CODE, "123");
        Map<ImportColumn, String> alsoBad = ImportFiles.validRow(daysAgo(30));
        alsoBad.put(ImportColumn.SERVICES, "");
        String csv = new ImportFiles().row(good).row(bad).row(alsoBad).text();

        Response r = postCsv("clerk", csv, "en");

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("rows[3].creditCode", "rows[4].services");
        assertThat(r.json().path("rejectedRows")).hasSize(2);
        JsonNode first = r.json().path("rejectedRows").path(0);
        assertThat(first.path("row").asInt()).isEqualTo(3);
        assertThat(first.path("column").asString()).isEqualTo("统一社会信用代码");
        assertThat(first.path("value").asString()).isEqualTo("123");
        assertThat(first.path("message").asString()).contains("18");
        // the good row was not imported: on its own it is accepted now
        Response alone = postCsv("clerk", new ImportFiles().row(good).text(), null);
        assertThat(alone.status()).as(alone.body()).isEqualTo(202);
    }

    @Test
    void aGoodMultipartFileIsImportedInTheBackgroundAndItsProgressCanBeFollowed() {
        Map<ImportColumn, String> row = ImportFiles.validRow(daysAgo(60));
        row.put(ImportColumn.WATER_CONNECTED_ON, daysAgo(55).toString());
        byte[] file = new ImportFiles().row(row).row(ImportFiles.validRow(daysAgo(59))).utf8();

        Response started = postMultipart("admin", "历史案件.csv", file);

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().path("rows").asInt()).isEqualTo(2);
        assertThat(started.json().path("fileName").asString()).isEqualTo("历史案件.csv");
        String id = started.json().path("id").asString();
        Response done = awaitDone(id);
        assertThat(done.json().path("imported").asInt()).isEqualTo(2);
        assertThat(done.json().path("cases")).hasSize(2);
        String caseNumber = done.json().path("cases").path(0).path("caseNumber").asString();
        Response water = get("clerk", "/api/v1/applications/" + caseNumber);
        assertThat(track(water, "WATER").path("completedOn").asString()).isEqualTo(daysAgo(55).toString());
        assertThat(water.json().path("acceptedOn").asString()).isEqualTo(daysAgo(60).toString());

        Response again = postMultipart("admin", "again.csv", file);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.firstMessage()).contains(id);
    }

    @Test
    void onlyTheWindowImportsAndUnknownImportsAre404() {
        String csv = new ImportFiles().row(ImportFiles.validRow(daysAgo(10))).text();

        assertThat(postCsv("water", csv, null).status()).isEqualTo(403);
        assertThat(postCsv(null, csv, null).status()).isEqualTo(401);
        assertThat(get("clerk", "/api/v1/imports/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(get("clerk", "/api/v1/imports/not-an-id").status()).isEqualTo(404);
        assertThat(postCsv("clerk", "", null).status()).isEqualTo(400);
    }

    @Test
    void theTemplateIsACsvWithTheChineseHeader() throws Exception {
        HttpResponse<String> template = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri("/api/v1/imports/template")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(template.body()).startsWith("\uFEFF建设单位名称,统一社会信用代码").contains("供水接通日期");
    }

    private Response postCsv(String user, String csv, String language) {
        return send(user, HttpRequest.newBuilder(uri("/api/v1/imports?fileName=history.csv"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)), language);
    }

    private Response postMultipart(String user, String fileName, byte[] content) {
        String boundary = "----lianbao" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, HttpRequest.newBuilder(uri("/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null);
    }

    private Response awaitDone(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Response r = get("clerk", "/api/v1/imports/" + id);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            if (!"RUNNING".equals(r.json().path("status").asString())) {
                assertThat(r.json().path("status").asString()).isEqualTo("DONE");
                return r;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
