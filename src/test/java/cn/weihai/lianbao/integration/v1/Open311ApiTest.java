package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The 12345 platform pushes complaints and reads their status, Open311 style; every refusal with its status. */
class Open311ApiTest extends ApiTestSupport {
    private static final String REQUESTS = "/api/v1/open311/requests";
    private static final String POWER_AND_WATER =
            "[{\"type\": \"POWER\", \"powerCategory\": \"RESIDENTIAL\"}, {\"type\": \"WATER\"}]";

    static String ticket() {
        return "WH12345-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String push(String ticket, String caseNumber, String code) {
        return """
                {"service_request_id": "%s", "case_number": "%s", "service_code": "%s",
                 "description": "报装后一直没人联系", "name": "张先生", "phone": "13906310001",
                 "utility_service": "POWER"}""".formatted(ticket, caseNumber, code);
    }

    @Test
    void aPushedComplaintIsReadBackOpenThenClosed() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        String ticket = ticket();

        Response pushed = post("hotline", REQUESTS, push(ticket, caseNumber, "SLOW"));
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
        assertThat(pushed.json().path(0).path("service_request_id").asString()).isEqualTo(ticket);
        assertThat(pushed.headers().firstValue("Location").orElseThrow()).endsWith(REQUESTS + "/" + ticket);

        Response read = get("hotline", REQUESTS + "/" + ticket);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        var request = read.json().path(0);
        assertThat(request.path("status").asString()).isEqualTo("open");
        assertThat(request.path("service_code").asString()).isEqualTo("SLOW");
        assertThat(request.path("service_name").asString()).isEqualTo("办理缓慢");
        assertThat(request.path("status_notes").asString()).isEqualTo("已登记，待转办");
        assertThat(request.path("requested_datetime").asString()).endsWith("+08:00");
        assertThat(request.path("updated_datetime").asString()).isNotBlank();
        assertThat(request.path("expected_datetime").isNull()).isTrue();
        assertThat(request.path("case_number").asString()).isEqualTo(caseNumber);

        Response byQuery = get("supervisor", REQUESTS + "?service_request_id=" + ticket + ",WH-UNKNOWN-1");
        assertThat(byQuery.status()).isEqualTo(200);
        assertThat(byQuery.json().size()).isEqualTo(1);
        assertThat(byQuery.json().path(0).path("service_request_id").asString()).isEqualTo(ticket);
    }

    @Test
    void aDuplicateTicketIsRefusedWith409AndTheFirstIsKept() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        String ticket = ticket();
        assertThat(post("hotline", REQUESTS, push(ticket, caseNumber, "SLOW")).status()).isEqualTo(201);

        Response again = post("hotline", REQUESTS, push(ticket, caseNumber, "FEES"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.firstMessage()).contains(ticket, "已登记");
        assertThat(get("hotline", REQUESTS + "/" + ticket).json().path(0).path("service_code").asString())
                .isEqualTo("SLOW");
    }

    @Test
    void badFieldsAreNamedAsTheApiNamesThem() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        Response unknownCode = post("hotline", REQUESTS, push(ticket(), caseNumber, "NOISE"));
        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.errorFields()).containsExactly("service_code");

        Response bad = post("hotline", REQUESTS, """
                {"service_request_id": "#", "case_number": "LB-NO-SUCH", "service_code": "OTHER",
                 "description": " ", "name": "", "phone": "x"}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("service_request_id", "name", "phone", "description",
                "case_number");
        assertThat(bad.messageOf("case_number")).contains("LB-NO-SUCH");

        Response gas = post("hotline", REQUESTS, push(ticket(), caseNumber, "OTHER").replace("POWER", "GAS"));
        assertThat(gas.status()).isEqualTo(400);
        assertThat(gas.errorFields()).containsExactly("utility_service");

        assertThat(get("hotline", REQUESTS).status()).isEqualTo(400);
    }

    @Test
    void theEndpointIsInTheOpenApiDescription() {
        Response docs = get(null, "/v3/api-docs");
        assertThat(docs.json().path("paths").propertyNames()).contains(REQUESTS, REQUESTS + "/{serviceRequestId}");
        assertThat(docs.json().path("components").path("schemas").path("ServiceRequest").path("properties")
                .propertyNames()).contains("service_request_id", "status", "status_notes", "service_name",
                "requested_datetime", "updated_datetime", "expected_datetime");
    }

    @Test
    void anUnknownTicketIs404() {
        Response r = get("hotline", REQUESTS + "/WH-NO-SUCH-TICKET");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.firstMessage()).contains("WH-NO-SUCH-TICKET");
    }

    @Test
    void onlyTheHotlinePushesAndUtilitiesDoNotRead() {
        String caseNumber = newCase(daysAgo(3), POWER_AND_WATER);
        assertThat(post("power", REQUESTS, push(ticket(), caseNumber, "SLOW")).status()).isEqualTo(403);
        assertThat(post("clerk", REQUESTS, push(ticket(), caseNumber, "SLOW")).status()).isEqualTo(403);
        assertThat(get("power", REQUESTS + "/WH-ANY-TICKET").status()).isEqualTo(403);
        assertThat(anonymous().get().uri(REQUESTS + "/WH-ANY-TICKET").exchange().returnResult().getStatus().value())
                .isEqualTo(401);
    }
}
