package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.hotline.HotlineCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the API too, the 12345 hotline reads a case's people masked; staff who handle the case read them whole. */
class HotlineMaskingApiTest extends ApiTestSupport {
    @Autowired
    HotlineCases cases;

    @Test
    void theHotlineReadsTheApplicantMaskedInTheCaseAndItsHistory() {
        HotlineCases.Case c = cases.accept(UUID.randomUUID().toString().substring(0, 8));

        JsonNode hotline = get("hotline", "/api/v1/applications/" + c.caseNumber()).json().path("applicant");
        JsonNode clerk = get("clerk", "/api/v1/applications/" + c.caseNumber()).json().path("applicant");
        String history = get("hotline", "/api/v1/applications/" + c.caseNumber() + "/history").body();

        assertThat(hotline.path("phone").asString()).isEqualTo(c.phone().substring(0, 3) + "****"
                + c.phone().substring(7));
        assertThat(hotline.path("creditCode").asString()).isNotEqualTo(c.creditCode()).contains("*");
        assertThat(hotline.path("contactName").asString()).isNotEqualTo(c.contact()).contains("*");
        assertThat(hotline.path("name").asString()).isEqualTo(c.applicant());
        assertThat(history).doesNotContain(c.phone(), c.creditCode(), c.contact()).contains(c.applicant());
        assertThat(clerk.path("phone").asString()).isEqualTo(c.phone());
        assertThat(clerk.path("creditCode").asString()).isEqualTo(c.creditCode());
    }
}
