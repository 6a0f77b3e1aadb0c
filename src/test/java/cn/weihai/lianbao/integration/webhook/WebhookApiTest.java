package cn.weihai.lianbao.integration.webhook;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookApiTest extends WebhookTestSupport {

    @Test
    void everyBadFieldOfASubscriptionIsNamedAtOnceAndNothingIsStored() {
        int before = count();
        Answer a = post("water", "/api/v1/webhooks/subscriptions",
                "{\"url\": \"javascript:alert(1)\", \"eventTypes\": [\"APPLICATION_SUBMITTED\", \"NO_SUCH_TYPE\"]}");
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("url",
                "eventTypes[1]");
        assertThat(a.body()).contains("http://").contains("NO_SUCH_TYPE");

        Answer none = post("admin", "/api/v1/webhooks/subscriptions", "{\"url\": \"https://\", \"eventTypes\": []}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "organisationId", "url", "eventTypes");
        assertThat(post("admin", "/api/v1/webhooks/subscriptions", "{not json").status()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void staffManageOnlyTheirOwnOrganisationsSubscriptionsAndTheAdministratorAny() {
        Answer other = post("water", "/api/v1/webhooks/subscriptions",
                "{\"organisationId\": \"power\", \"url\": \"https://power.example.cn/hook\","
                        + " \"eventTypes\": [\"TRACK_OVERDUE\"]}");
        assertThat(other.status()).isEqualTo(403);

        Answer byAdmin = post("admin", "/api/v1/webhooks/subscriptions",
                "{\"organisationId\": \"housing\", \"url\": \"https://housing.example.cn/hook\","
                        + " \"eventTypes\": [\"APPROVAL_OPINION_REQUESTED\"]}");
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
        long id = byAdmin.json().path("id").asLong();
        try {
            assertThat(byAdmin.json().path("organisationId").asString()).isEqualTo("housing");
            JsonNode own = get("housing", "/api/v1/webhooks/subscriptions").json();
            assertThat(own.findValuesAsString("url")).contains("https://housing.example.cn/hook");
            assertThat(own.findValuesAsString("secret")).allMatch(s -> s == null || s.isEmpty() || s.equals("null"));
            assertThat(get("power", "/api/v1/webhooks/subscriptions").body())
                    .doesNotContain("housing.example.cn");
            assertThat(post("power", "/api/v1/webhooks/subscriptions/" + id + "/disable", "").status())
                    .isEqualTo(404);
            Answer disabled = post("housing", "/api/v1/webhooks/subscriptions/" + id + "/disable", "");
            assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
            assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        } finally {
            disable(id);
        }
        assertThat(get("water", "/api/v1/webhooks/deliveries?status=LOST&limit=9999").json().path("errors")
                .findValuesAsString("field")).containsExactlyInAnyOrder("status", "limit");
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM webhook_subscription", Integer.class);
    }
}
