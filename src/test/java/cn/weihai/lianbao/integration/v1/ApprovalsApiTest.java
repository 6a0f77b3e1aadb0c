package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.approval.ApprovalCases;
import cn.weihai.lianbao.approval.ApprovalQueueQueries;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/approvals: a department's queue for its own systems, every department's for supervisors. */
class ApprovalsApiTest extends ApiTestSupport {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    ApprovalQueueQueries queries;

    @Test
    void aDepartmentReadsItsOwnQueueAndWhatItDecided() {
        String unique = ApprovalCases.unique();
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, unique);
        ApprovalCases.prepareAndSubmit(commands, caseNumber, daysAgo(3), Department.WATER_AFFAIRS,
                Department.TRAFFIC_POLICE);
        await("asked", () -> queries.isPending(caseNumber, 1, Department.WATER_AFFAIRS));

        Response waiting = get("wateraffairs", "/api/v1/approvals?limit=200");
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        JsonNode entry = entry(waiting, caseNumber);
        assertThat(entry.path("department").asString()).isEqualTo("WATER_AFFAIRS");
        assertThat(entry.path("departmentName").asString()).isEqualTo("市水务局");
        assertThat(entry.path("round").asInt()).isEqualTo(1);
        assertThat(entry.path("submittedOn").asString()).isEqualTo(daysAgo(3).toString());
        assertThat(entry.path("dueDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(entry.path("applicantName").asString()).isEqualTo("审批测试建设单位" + unique);
        assertThat(entry.path("district").asString()).isEqualTo("ECONOMIC_TECH");
        assertThat(entry.path("agreed").isNull()).isTrue();
        assertThat(items(waiting)).allMatch(i -> i.path("department").asString().equals("WATER_AFFAIRS"));
        assertThat(waiting.json().path("total").asInt()).isGreaterThanOrEqualTo(1);

        ApprovalCases.opinion(commands, caseNumber, Department.WATER_AFFAIRS, true, null, daysAgo(1));
        await("decided", () -> !queries.isPending(caseNumber, 1, Department.WATER_AFFAIRS));
        assertThat(items(get("wateraffairs", "/api/v1/approvals?limit=200")))
                .noneMatch(i -> i.path("caseNumber").asString().equals(caseNumber));
        JsonNode decided = entry(get("wateraffairs", "/api/v1/approvals?decided=true&limit=200"), caseNumber);
        assertThat(decided.path("agreed").asBoolean()).isTrue();
        assertThat(decided.path("decidedOn").asString()).isEqualTo(daysAgo(1).toString());
        assertThat(decided.path("decidedBy").asString()).isEqualTo("韩冰");
        assertThat(decided.path("dueDate").isNull()).isTrue();

        // supervisors choose the department; the police still wait
        Response police = get("supervisor", "/api/v1/approvals?department=traffic_police&limit=200");
        assertThat(police.status()).isEqualTo(200);
        assertThat(entry(police, caseNumber).path("department").asString()).isEqualTo("TRAFFIC_POLICE");
    }

    @Test
    void othersAreRefusedAndBadParametersNamed() {
        assertThat(get("clerk", "/api/v1/approvals").status()).isEqualTo(403);
        assertThat(get("water", "/api/v1/approvals").status()).isEqualTo(403);
        Response other = get("police", "/api/v1/approvals?department=HIGHWAY");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.firstMessage()).contains("本部门");
        assertThat(get(null, "/api/v1/approvals").status()).isEqualTo(401);

        Response bad = get("supervisor", "/api/v1/approvals?department=ARMY&limit=0&offset=-1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("department", "offset", "limit");
        assertThat(get("supervisor", "/api/v1/approvals?decided=maybe").errorFields()).containsExactly("decided");
        Response page = get("supervisor", "/api/v1/approvals?limit=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").size()).isLessThanOrEqualTo(1);
        assertThat(page.json().path("limit").asInt()).isEqualTo(1);
    }

    private static List<JsonNode> items(Response r) {
        List<JsonNode> items = new ArrayList<>();
        r.json().path("items").forEach(items::add);
        return items;
    }

    private static JsonNode entry(Response r, String caseNumber) {
        return items(r).stream().filter(i -> i.path("caseNumber").asString().equals(caseNumber)).findFirst()
                .orElseThrow(() -> new AssertionError(caseNumber + " not in " + r.body()));
    }
}
