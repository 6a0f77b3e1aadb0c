package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalWorksApiTest extends ApiTestSupport {
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Response externalWorks(String user, String caseNumber, String action, String json) {
        return post(user, "/api/v1/applications/" + caseNumber + "/external-works/" + action, json);
    }

    @Test
    void jointApprovalWithARefusalThenThePermitThenConstruction() {
        String caseNumber = newCase(daysAgo(20), """
                [{"type": "WATER", "externalWorks": true}, {"type": "POWER", "powerCategory": "KV10_SINGLE"}]""");
        assertThat(get("clerk", "/api/v1/applications/" + caseNumber).json()
                .path("externalWorksApproval").path("status").asString()).isEqualTo("PREPARING");

        // the water utility surveys and plans; construction must wait for the permit
        step("water", caseNumber, "WATER", "SURVEYED", daysAgo(19), null);
        step("water", caseNumber, "WATER", "PLAN_ISSUED", daysAgo(18), null);
        Response tooEarly = step("water", caseNumber, "WATER", "CONSTRUCTION_STARTED", daysAgo(17), null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.firstMessage()).contains("供水", "许可", "准备审批材料");

        // round 1: materials under notification-commitment, touching a highway
        assertThat(externalWorks("power", caseNumber, "materials", "{\"preparedBy\": \"UTILITY\"}").status())
                .isEqualTo(403);
        assertThat(externalWorks("housing", caseNumber, "materials", "{\"preparedBy\": \"UTILITY\"}").status())
                .isEqualTo(403);
        Response badMaterials = externalWorks("water", caseNumber, "materials", "{\"preparedBy\": \"NEIGHBOUR\"}");
        assertThat(badMaterials.status()).isEqualTo(400);
        assertThat(badMaterials.errorFields()).containsExactly("preparedBy");
        Response prepared = externalWorks("water", caseNumber, "materials", """
                {"preparedBy": "CONTRACTOR", "commitmentApplies": true, "touchesHighway": true,
                 "note": "外线管道穿越省道", "occurredOn": "%s"}""".formatted(daysAgo(16)));
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(200);
        JsonNode approval = prepared.json().path("externalWorksApproval");
        assertThat(approval.path("status").asString()).isEqualTo("MATERIALS_PREPARED");
        assertThat(approval.path("preparedBy").asString()).isEqualTo("CONTRACTOR");
        assertThat(approval.path("commitmentApplies").asBoolean()).isTrue();

        Response withoutLetter = externalWorks("water", caseNumber, "submission",
                "{\"departments\": [\"HOUSING_CONSTRUCTION\"]}");
        assertThat(withoutLetter.status()).isEqualTo(409);
        assertThat(withoutLetter.firstMessage()).contains("告知承诺书");

        Response badLetter = externalWorks("clerk", caseNumber, "commitment-letter",
                "{\"documentName\": \" \", \"sha256\": \"abc\"}");
        assertThat(badLetter.status()).isEqualTo(400);
        assertThat(badLetter.errorFields()).containsExactlyInAnyOrder("documentName", "sha256");
        Response letter = externalWorks("clerk", caseNumber, "commitment-letter", """
                {"documentName": "告知承诺书.pdf", "sha256": "%s", "occurredOn": "%s"}""".formatted(SHA256, daysAgo(16)));
        assertThat(letter.status()).as(letter.body()).isEqualTo(200);
        assertThat(letter.json().path("externalWorksApproval").path("commitmentLetter").asString())
                .isEqualTo("告知承诺书.pdf");

        Response unknownDepartment = externalWorks("water", caseNumber, "submission",
                "{\"departments\": [\"HOUSING_CONSTRUCTION\", \"ARMY\"]}");
        assertThat(unknownDepartment.status()).isEqualTo(400);
        assertThat(unknownDepartment.errorFields()).containsExactly("departments[1]");
        Response noDepartments = externalWorks("water", caseNumber, "submission", "{\"departments\": []}");
        assertThat(noDepartments.status()).isEqualTo(400);
        assertThat(noDepartments.errorFields()).containsExactly("departments");

        Response submitted = externalWorks("water", caseNumber, "submission", """
                {"departments": ["HOUSING_CONSTRUCTION", "TRAFFIC_POLICE"], "occurredOn": "%s"}""".formatted(daysAgo(15)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        approval = submitted.json().path("externalWorksApproval");
        assertThat(approval.path("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(approval.path("opinions")).hasSize(3); // the highway department joins because a highway is touched
        assertThat(approval.path("opinions").path(2).path("department").asString()).isEqualTo("HIGHWAY");
        assertThat(approval.path("opinions").path(0).path("departmentName").asString()).isEqualTo("市住房城乡建设局");
        assertThat(approval.path("opinions").path(0).path("agreed").isNull()).isTrue();

        assertThat(externalWorks("highway", caseNumber, "opinions", "{\"agreed\": true, \"occurredOn\": \"%s\"}"
                .formatted(daysAgo(15))).status()).isEqualTo(200);
        Response again = externalWorks("highway", caseNumber, "opinions", "{\"agreed\": true}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.firstMessage()).contains("公路管理部门");
        Response notConcerned = externalWorks("planning", caseNumber, "opinions", "{\"agreed\": true}");
        assertThat(notConcerned.status()).isEqualTo(409);
        assertThat(externalWorks("water", caseNumber, "opinions", "{\"agreed\": true}").status()).isEqualTo(403);
        Response refusalWithoutReason = externalWorks("police", caseNumber, "opinions", "{\"agreed\": false}");
        assertThat(refusalWithoutReason.status()).isEqualTo(400);
        assertThat(refusalWithoutReason.errorFields()).containsExactly("reason");
        assertThat(externalWorks("police", caseNumber, "opinions", "{}").errorFields()).containsExactly("agreed");
        Response pending = externalWorks("housing", caseNumber, "permit", "{\"permitNumber\": \"威住建外线〔2026〕1号\"}");
        assertThat(pending.status()).isEqualTo(409);
        assertThat(pending.firstMessage()).contains("市住房城乡建设局", "市公安局交警支队");

        // the police refuses: back to preparing, round 2
        Response refused = externalWorks("police", caseNumber, "opinions", """
                {"agreed": false, "reason": "施工占道方案不完整", "occurredOn": "%s"}""".formatted(daysAgo(14)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        approval = refused.json().path("externalWorksApproval");
        assertThat(approval.path("status").asString()).isEqualTo("PREPARING");
        assertThat(approval.path("round").asInt()).isEqualTo(2);
        assertThat(approval.path("earlierRounds").toString()).contains("施工占道方案不完整");

        // round 2 without notification-commitment; opinions arrive in any order
        assertThat(externalWorks("clerk", caseNumber, "materials", """
                {"preparedBy": "UTILITY", "occurredOn": "%s"}""".formatted(daysAgo(12))).status()).isEqualTo(200);
        assertThat(externalWorks("water", caseNumber, "submission", """
                {"departments": ["TRAFFIC_POLICE", "HOUSING_CONSTRUCTION"], "occurredOn": "%s"}"""
                .formatted(daysAgo(12))).status()).isEqualTo(200);
        assertThat(externalWorks("police", caseNumber, "opinions", "{\"agreed\": true, \"occurredOn\": \"%s\"}"
                .formatted(daysAgo(11))).status()).isEqualTo(200);
        assertThat(externalWorks("housing", caseNumber, "opinions", "{\"agreed\": true, \"occurredOn\": \"%s\"}"
                .formatted(daysAgo(10))).status()).isEqualTo(200);

        assertThat(externalWorks("police", caseNumber, "permit", "{\"permitNumber\": \"X\"}").status()).isEqualTo(403);
        assertThat(externalWorks("housing", caseNumber, "permit", "{}").errorFields()).containsExactly("permitNumber");
        Response permit = externalWorks("housing", caseNumber, "permit",
                "{\"permitNumber\": \"威住建外线〔2026〕1号\", \"occurredOn\": \"%s\"}".formatted(daysAgo(9)));
        assertThat(permit.status()).as(permit.body()).isEqualTo(200);
        approval = permit.json().path("externalWorksApproval");
        assertThat(approval.path("status").asString()).isEqualTo("PERMIT_ISSUED");
        assertThat(approval.path("permitNumber").asString()).isEqualTo("威住建外线〔2026〕1号");
        assertThat(approval.path("permitIssuedOn").asString()).isEqualTo(daysAgo(9).toString());

        assertThat(step("water", caseNumber, "WATER", "CONSTRUCTION_STARTED", daysAgo(8), null).status())
                .isEqualTo(200);
        assertThat(externalWorks("water", caseNumber, "materials", "{\"preparedBy\": \"UTILITY\"}").status())
                .isEqualTo(409);

        Response history = get("supervisor", "/api/v1/applications/" + caseNumber + "/history");
        StringBuilder types = new StringBuilder();
        history.json().forEach(h -> types.append(h.path("type").asString()).append(' '));
        assertThat(types.toString()).contains("ExternalWorksMaterialsPrepared", "CommitmentLetterUploaded",
                "ExternalWorksSubmitted", "ExternalWorksOpinionGiven", "ExternalWorksReturnedForPreparation",
                "ExternalWorksPermitIssued");
        JsonNode refusal = null;
        for (JsonNode h : history.json()) {
            if (h.path("type").asString().equals("ExternalWorksOpinionGiven") && !h.path("agreed").asBoolean()) {
                refusal = h;
            }
        }
        assertThat(refusal).isNotNull();
        assertThat(refusal.path("actor").asString()).isEqualTo("police");
        assertThat(refusal.path("role").asString()).isEqualTo("APPROVAL_STAFF");
        assertThat(refusal.path("department").asString()).isEqualTo("TRAFFIC_POLICE");
        assertThat(refusal.path("departmentName").asString()).isEqualTo("市公安局交警支队");
        assertThat(refusal.path("reason").asString()).isEqualTo("施工占道方案不完整");
    }

    @Test
    void aCaseWithoutExternalWorksHasNoJointApproval() {
        String caseNumber = newCase(daysAgo(3), "[{\"type\": \"WATER\"}]");

        Response r = externalWorks("clerk", caseNumber, "materials", "{\"preparedBy\": \"UTILITY\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.firstMessage()).contains(caseNumber, "不涉及外线工程");
        assertThat(externalWorks("water", caseNumber, "materials", "{\"preparedBy\": \"UTILITY\"}").status())
                .isEqualTo(403);
    }
}
