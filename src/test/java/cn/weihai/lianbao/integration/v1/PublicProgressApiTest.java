package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's self-service API without a staff account. */
class PublicProgressApiTest extends ApiTestSupport {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseFileQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    String caseNumber;
    String creditCode;

    @BeforeEach
    void acceptATelecomCaseUpToFinishedWorks() {
        caseNumber = caseNumbers.allocate(daysAgo(3));
        String unique = UUID.randomUUID().toString().substring(0, 6);
        AcceptApplication accept = TestCases.telecom(caseNumber, daysAgo(3), "接口查询置业" + unique,
                "接口查询花园" + unique);
        creditCode = accept.applicant().creditCode();
        commands.sendAndWait(accept);
        for (TrackStep step : List.of(TrackStep.SURVEYED, TrackStep.PLAN_ISSUED, TrackStep.CONSTRUCTION_STARTED,
                TrackStep.CONSTRUCTION_FINISHED)) {
            commands.sendAndWait(TestCases.telecomStep(caseNumber, step, daysAgo(2), null));
        }
    }

    /** Failures from localhost would count against every test calling from there. */
    @AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM portal_lookup_failure WHERE case_number = ?", caseNumber);
    }

    private String pair(String code, String more) {
        return "{\"caseNumber\": \"%s\", \"creditCode\": \"%s\"%s}".formatted(caseNumber, code, more);
    }

    private HistoryEntry lastEvent() {
        return queries.history(caseNumber).getLast();
    }

    @Test
    void theRightPairAnswersTheApplicantsViewWithoutStaffData() {
        Response r = post(null, "/api/v1/public/progress", pair(creditCode, ""));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("caseNumber").asString()).isEqualTo(caseNumber);
        assertThat(r.json().path("tracks").path(0).path("service").asString()).isEqualTo("TELECOM");
        assertThat(r.json().path("tracks").path(0).path("stage").asString()).isEqualTo("CONSTRUCTION_FINISHED");
        assertThat(r.json().path("tracks").path(0).path("dueDate").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("周通信", "王窗口", "acceptedBy", "phone", "contactName");
    }

    @Test
    void aWrongCodeAndAnUnknownCaseAreTheSame401() {
        Response wrong = post(null, "/api/v1/public/progress", pair(TestCases.creditCode(), ""));
        Response unknown = post(null, "/api/v1/public/progress",
                "{\"caseNumber\": \"%s9\", \"creditCode\": \"%s\"}".formatted(caseNumber, creditCode));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.firstMessage()).isEqualTo("案件编号或统一社会信用代码不正确");
        jdbc.update("DELETE FROM portal_lookup_failure WHERE case_number = ?", caseNumber + "9");
    }

    @Test
    void connectionRequestAndRatingAreRecordedAsTheApplicantOnline() {
        Response early = post(null, "/api/v1/public/progress/TELECOM/rating", pair(creditCode, ", \"stars\": 5"));
        assertThat(early.status()).isEqualTo(409);

        Response requested = post(null, "/api/v1/public/progress/TELECOM/connection-request",
                pair(creditCode, ", \"note\": \"随时可验收\""));
        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.json().path("tracks").path(0).path("connectionRequestedOn").asString()).isNotBlank();
        assertThat(lastEvent().event()).isInstanceOf(ConnectionRequested.class);
        assertThat(lastEvent().channel()).isEqualTo(Channel.ONLINE);
        assertThat(lastEvent().actor().role()).isEqualTo(Role.APPLICANT);

        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.ACCEPTANCE_PASSED, null, null));
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.CONNECTED, null, null));
        Response poor = post(null, "/api/v1/public/progress/TELECOM/rating", pair(creditCode, ", \"stars\": 1"));
        assertThat(poor.status()).isEqualTo(400);
        assertThat(poor.errorFields()).containsExactly("comment");

        Response rated = post(null, "/api/v1/public/progress/TELECOM/rating",
                pair(creditCode, ", \"stars\": 4, \"comment\": \"不错\""));
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.json().path("tracks").path(0).path("stars").asInt()).isEqualTo(4);
        assertThat(lastEvent().event()).isInstanceOf(ServiceRated.class);
        assertThat(lastEvent().channel()).isEqualTo(Channel.ONLINE);
    }

    @Test
    void withdrawalNeedsAReasonAndTheRightPair() {
        Response noReason = post(null, "/api/v1/public/progress/TELECOM/withdrawal", pair(creditCode, ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");

        Response wrongPair = post(null, "/api/v1/public/progress/TELECOM/withdrawal",
                pair(TestCases.creditCode(), ", \"reason\": \"不需要了\""));
        assertThat(wrongPair.status()).isEqualTo(401);

        Response withdrawn = post(null, "/api/v1/public/progress/TELECOM/withdrawal",
                pair(creditCode, ", \"reason\": \"不需要了\""));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("tracks").path(0).path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(lastEvent().channel()).isEqualTo(Channel.ONLINE);
    }
}
