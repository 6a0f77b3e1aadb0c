package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiTest extends ApiTestSupport {
    @Test
    void theApiDescriptionIsPublicAndCoversTheV1Paths() {
        Response docs = get(null, "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").propertyNames()).contains("/api/v1/applications",
                "/api/v1/applications/{caseNumber}", "/api/v1/applications/{caseNumber}/history",
                "/api/v1/applications/{caseNumber}/tracks/{service}/steps",
                "/api/v1/applications/{caseNumber}/external-works/permit");
        assertThat(docs.json().path("components").path("securitySchemes").has("basicAuth")).isTrue();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = following.send(HttpRequest.newBuilder(uri("/swagger-ui.html")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
