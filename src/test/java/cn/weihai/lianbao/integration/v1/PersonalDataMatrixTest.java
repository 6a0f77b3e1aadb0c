package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.hotline.HotlineCases;
import cn.weihai.lianbao.hotline.PersonalDataReveals;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data by role (issue 9, part 7): masked for the 12345 hotline only, and every reveal is an event. */
class PersonalDataMatrixTest extends ApiTestSupport {
    @Autowired
    HotlineCases cases;
    @Autowired
    PersonalDataReveals reveals;
    @Autowired
    StaffUserDetailsService users;

    @Test
    void everyAccountReadsPeopleMaskedExactlyWhenItIsTheHotline() {
        HotlineCases.Case c = cases.accept(UUID.randomUUID().toString().substring(0, 8));
        List<String> wrong = new ArrayList<>();
        for (String account : PermissionMatrixApiTest.STAFF) {
            boolean masked = account.equals("hotline");
            JsonNode applicant = get(account, "/api/v1/applications/" + c.caseNumber()).json().path("applicant");
            String history = get(account, "/api/v1/applications/" + c.caseNumber() + "/history").body();
            boolean phoneWhole = c.phone().equals(applicant.path("phone").asString());
            boolean codeWhole = c.creditCode().equals(applicant.path("creditCode").asString());
            boolean contactWhole = c.contact().equals(applicant.path("contactName").asString());
            boolean historyWhole = history.contains(c.phone()) && history.contains(c.contact());
            if (masked == (phoneWhole || codeWhole || contactWhole || historyWhole)) {
                wrong.add(account + (masked ? " reads people unmasked" : " reads people masked"));
            }
            if (!c.applicant().equals(applicant.path("name").asString())) {
                wrong.add(account + " does not see the applicant company");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRevealLeavesAnEventBeforeAnythingIsShown() {
        HotlineCases.Case c = cases.accept(UUID.randomUUID().toString().substring(0, 8));
        String ticket = "WH-PD-" + UUID.randomUUID().toString().substring(0, 8);
        Response complaint = post("hotline", "/api/v1/open311/requests", """
                {"service_request_id": "%s", "case_number": "%s", "service_code": "SLOW", "description": "查询",
                 "name": "张先生", "phone": "13906310001"}""".formatted(ticket, c.caseNumber()));
        assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
        var agent = users.find("hotline").orElseThrow();

        reveals.reveal(c.caseNumber(), ticket, "来电人核实身份", agent);
        reveals.reveal(c.caseNumber(), ticket, "再次来电", agent);

        JsonNode history = get("supervisor", "/api/v1/applications/" + c.caseNumber() + "/history").json();
        List<JsonNode> revealed = new ArrayList<>();
        history.forEach(e -> {
            if (e.path("type").asString().contains("PersonalDataRevealed")) {
                revealed.add(e);
            }
        });
        assertThat(revealed).hasSize(2).allSatisfy(e -> assertThat(e.path("actor").asString()).isEqualTo("hotline"));
        assertThat(get("hotline", "/api/v1/applications/" + c.caseNumber()).json().path("applicant")
                .path("phone").asString()).as("a reveal unmasks one UI session, never the API").contains("*");
    }
}
