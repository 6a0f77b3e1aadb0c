package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 督办 through the v1 API: the whole life, who may do what, and every refusal with its status. */
class SupervisionOrdersApiTest extends ApiTestSupport {
    private static final String POWER_AND_WATER =
            "[{\"type\": \"POWER\", \"powerCategory\": \"RESIDENTIAL\"}, {\"type\": \"WATER\"}]";

    private String orders(String caseNumber) {
        return "/api/v1/applications/" + caseNumber + "/supervision-orders";
    }

    private Response issue(String user, String caseNumber, String json) {
        return post(user, orders(caseNumber), json);
    }

    @Test
    void anOrderRunsThroughItsWholeLife() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);

        Response issued = issue("supervisor", caseNumber,
                "{\"service\": \"POWER\", \"reason\": \"方案答复拖延\", \"workingDays\": 3}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Location").orElseThrow()).endsWith(orders(caseNumber) + "/1");
        assertThat(issued.json().path("orderId").asInt()).isEqualTo(1);
        assertThat(issued.json().path("scope").asString()).isEqualTo("TRACK");
        assertThat(issued.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(issued.json().path("dueDate").asString()).isNotBlank();
        assertThat(issued.json().path("overdue").asBoolean()).isFalse();

        Response answered = post("power", orders(caseNumber) + "/1/answer", "{\"answer\": \"已派专人答复方案\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().path("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().path("answeredBy").asString()).isEqualTo("power");

        Response sentBack = post("supervisor", orders(caseNumber) + "/1/send-back", "{\"reason\": \"未附材料\"}");
        assertThat(sentBack.json().path("status").asString()).isEqualTo("SENT_BACK");
        assertThat(sentBack.json().path("sentBackReason").asString()).isEqualTo("未附材料");

        assertThat(post("power", orders(caseNumber) + "/1/answer", "{\"answer\": \"已补充材料\"}").status())
                .isEqualTo(200);
        Response closed = post("supervisor", orders(caseNumber) + "/1/close", "{\"note\": \"整改到位\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("closedOn").asString()).isNotBlank();

        Response list = get("hotline", orders(caseNumber));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(get("clerk", "/api/v1/applications/" + caseNumber + "/history").body())
                .contains("SupervisionOrderIssued", "SupervisionOrderAnswered", "SupervisionOrderSentBack",
                        "SupervisionOrderClosed");
    }

    @Test
    void aWholeCaseOrderIsAnsweredByTheWindow() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        Response issued = issue("supervisor", caseNumber, "{\"reason\": \"整体进度滞后\", \"workingDays\": 2}");
        assertThat(issued.json().path("scope").asString()).isEqualTo("CASE");

        Response byUtility = post("power", orders(caseNumber) + "/1/answer", "{\"answer\": \"x\"}");
        assertThat(byUtility.status()).isEqualTo(403);
        assertThat(byUtility.firstMessage()).contains("综合窗口");
        assertThat(post("clerk", orders(caseNumber) + "/1/answer", "{\"answer\": \"已协调\"}").status())
                .isEqualTo(200);
    }

    @Test
    void onlySupervisorsIssueSendBackAndClose() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        for (String user : new String[]{"clerk", "power", "hotline", "admin"}) {
            assertThat(issue(user, caseNumber, "{\"reason\": \"r\", \"workingDays\": 2}").status()).as(user)
                    .isEqualTo(403);
        }
        issue("supervisor", caseNumber, "{\"service\": \"POWER\", \"reason\": \"r\", \"workingDays\": 2}");
        assertThat(post("water", orders(caseNumber) + "/1/answer", "{\"answer\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(post("hotline", orders(caseNumber) + "/1/answer", "{\"answer\": \"x\"}").status())
                .isEqualTo(403);
        post("power", orders(caseNumber) + "/1/answer", "{\"answer\": \"x\"}");
        assertThat(post("power", orders(caseNumber) + "/1/close", "{}").status()).isEqualTo(403);
        assertThat(post("clerk", orders(caseNumber) + "/1/send-back", "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
    }

    @Test
    void badInputIs400WithEveryField() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        Response bad = issue("supervisor", caseNumber, "{\"service\": \"SEWER\", \"reason\": \" \"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("service", "workingDays");

        Response zero = issue("supervisor", caseNumber, "{\"reason\": \" \", \"workingDays\": 0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.errorFields()).containsExactlyInAnyOrder("reason", "workingDays");
        assertThat(zero.messageOf("workingDays")).contains("1", "60");

        issue("supervisor", caseNumber, "{\"service\": \"WATER\", \"reason\": \"r\", \"workingDays\": 2}");
        Response noAnswer = post("water", orders(caseNumber) + "/1/answer", "{\"answer\": \"\"}");
        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(noAnswer.errorFields()).containsExactly("answer");
        assertThat(post("supervisor", orders(caseNumber) + "/abc/close", "{}").status()).isEqualTo(400);
    }

    @Test
    void unknownCaseOrOrderIs404AndAStateConflictIs409() {
        assertThat(get("supervisor", orders("LB-1999-999999")).status()).isEqualTo(404);
        assertThat(issue("supervisor", "LB-1999-999999", "{\"reason\": \"r\", \"workingDays\": 2}").status())
                .isEqualTo(404);
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        Response unknown = post("supervisor", orders(caseNumber) + "/9/close", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.firstMessage()).contains("9");

        issue("supervisor", caseNumber, "{\"service\": \"POWER\", \"reason\": \"r\", \"workingDays\": 2}");
        Response early = post("supervisor", orders(caseNumber) + "/1/close", "{}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.firstMessage()).contains("待答复");
        Response gas = issue("supervisor", caseNumber, "{\"service\": \"GAS\", \"reason\": \"r\", \"workingDays\": 2}");
        assertThat(gas.status()).isEqualTo(409);
    }

    @Test
    void theOpenApiDescriptionListsTheOrderPaths() {
        Response docs = get(null, "/v3/api-docs");
        assertThat(docs.json().path("paths").propertyNames()).contains(
                "/api/v1/applications/{caseNumber}/supervision-orders",
                "/api/v1/applications/{caseNumber}/supervision-orders/{orderId}/answer",
                "/api/v1/applications/{caseNumber}/supervision-orders/{orderId}/close",
                "/api/v1/applications/{caseNumber}/supervision-orders/{orderId}/send-back");
    }

    @Test
    void theListAcrossCasesFollowsTheAudienceAndTheFilter() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        issue("supervisor", caseNumber, "{\"service\": \"WATER\", \"reason\": \"r\", \"workingDays\": 2}");
        cn.weihai.lianbao.casefile.TestCases.await("the order of " + caseNumber + " in the list",
                () -> get("supervisor", "/api/v1/supervision-orders?filter=ALL").body().contains(caseNumber));
        Response water = get("water", "/api/v1/supervision-orders");
        assertThat(water.body()).contains(caseNumber);
        tools.jackson.databind.JsonNode listed = null;
        for (tools.jackson.databind.JsonNode o : water.json()) {
            if (caseNumber.equals(o.path("caseNumber").asString())) {
                listed = o;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("orderId").asInt()).isEqualTo(1);
        assertThat(listed.path("scope").asString()).isEqualTo("TRACK");
        assertThat(listed.path("status").asString()).isEqualTo("OPEN");
        assertThat(listed.path("dueDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(get("power", "/api/v1/supervision-orders").body()).doesNotContain(caseNumber);
        assertThat(get("supervisor", "/api/v1/supervision-orders?filter=OVERDUE").body()).doesNotContain(caseNumber);
        Response bad = get("supervisor", "/api/v1/supervision-orders?filter=LATE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("filter");
        assertThat(get(null, "/api/v1/supervision-orders").status()).isEqualTo(401);
    }
}
