package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionsApiTest extends ApiTestSupport {

    @Test
    void anAdministratorSeesTheProcessorsAndTheirProgress() {
        Response list = get("admin", "/api/v1/projections");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("name")).contains("case-views", "supervision-views");

        Response one = get("admin", "/api/v1/projections/case-views");
        assertThat(one.json().path("mode").asString()).isEqualTo("POOLED");
        assertThat(one.json().path("resettable").asBoolean()).isTrue();
        assertThat(one.json().has("percentCaughtUp")).isTrue();
    }

    @Test
    void rebuildingAProcessorThatMustNotReplayIs409() {
        Response refused = post("admin", "/api/v1/projections/calendar-recheck/rebuild", "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.firstMessage()).contains("calendar-recheck");
    }

    @Test
    void anUnknownProcessorIs400WithTheField() {
        Response unknown = send("admin", HttpRequest.newBuilder(uri("/api/v1/projections/nothing/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("name");
    }

    @Test
    void onlyAdministratorsMayListOrRebuild() {
        assertThat(get("supervisor", "/api/v1/projections").status()).isEqualTo(403);
        assertThat(post("clerk", "/api/v1/projections/case-views/rebuild", "").status()).isEqualTo(403);
    }
}
