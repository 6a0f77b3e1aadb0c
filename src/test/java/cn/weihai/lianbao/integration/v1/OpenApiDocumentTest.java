package cn.weihai.lianbao.integration.v1;

import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description is complete: every API handler of the application is in it, summarised, with errors. */
class OpenApiDocumentTest extends ApiTestSupport {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void everyApiHandlerIsDescribedWithASummaryAndItsErrors() {
        JsonNode paths = get(null, "/v3/api-docs").json().path("paths");
        List<String> operations = new ArrayList<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().isAnnotationPresent(Hidden.class) || method.hasMethodAnnotation(Hidden.class)) {
                return;
            }
            for (String path : patterns(info)) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as("HTTP method of %s", path).isNotEmpty();
                methods.forEach(m -> operations.add(m.name().toLowerCase(Locale.ROOT) + " " + path));
            }
        });

        assertThat(operations).hasSizeGreaterThan(30);
        for (String operation : operations) {
            String[] parts = operation.split(" ");
            JsonNode described = paths.path(parts[1]).path(parts[0]);
            assertThat(described.isMissingNode()).as("%s is in the OpenAPI description", operation).isFalse();
            assertThat(described.path("summary").asString("")).as("summary of %s", operation).isNotBlank();
            assertThat(described.path("responses").propertyNames()).as("responses of %s", operation)
                    .anyMatch(status -> status.startsWith("4"));
            assertThat(described.path("responses").path("400").path("content").path("application/json")
                    .path("schema").path("$ref").asString("")).as("400 of %s", operation).isNotBlank();
        }
    }

    @Test
    void theV1ContractPathsKeepTheirNamesAndTheErrorsHaveTheirSchema() {
        JsonNode docs = get(null, "/v3/api-docs").json();
        JsonNode paths = docs.path("paths");

        assertThat(paths.path("/api/v1/applications").has("post")).isTrue();
        assertThat(paths.path("/api/v1/applications/{caseNumber}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/applications/{caseNumber}/tracks/{service}/steps").has("post")).isTrue();
        assertThat(paths.path("/api/v1/applications/{caseNumber}/history").has("get")).isTrue();
        JsonNode step = paths.path("/api/v1/applications/{caseNumber}/tracks/{service}/steps").path("post");
        assertThat(step.path("responses").propertyNames()).contains("200", "400", "401", "403", "404", "409");
        assertThat(docs.path("components").path("schemas").path("ApiErrors").path("properties").has("errors"))
                .isTrue();
        assertThat(docs.path("components").path("securitySchemes").propertyNames())
                .contains("basicAuth", "apiKey", "bearerApiKey");
        // the applicant's progress look-up needs no account
        assertThat(paths.path("/api/v1/public/progress").path("post").path("security").isEmpty()).isTrue();
        assertThat(paths.path("/api/v1/imports").path("post").path("responses").has("202")).isTrue();
    }

    @Test
    void theBrowsablePageIsServedAsHtml() throws Exception {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = following.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }
}
