package cn.weihai.lianbao.platform.projection;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.platform.projection.ProjectionStatus.Mode;
import cn.weihai.lianbao.platform.projection.ProjectionStatus.State;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rebuilding a projection by replay on the real event store gives back exactly the rows it had. */
class ProjectionRebuildTest extends IntegrationTest {
    static final String CASE_SUMMARY = "case-summary";

    @Autowired
    Projections projections;
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCaseListRebuiltByReplayHasTheSameRows() {
        String caseNumber = newCase();
        await("case in the list", () -> count("case_number = '" + caseNumber + "'") == 1);
        await("case-summary caught up", () -> projections.status(CASE_SUMMARY).state() == State.CAUGHT_UP);
        List<String> before = rows();
        // a row no event stands behind: a replay that truly starts from an empty table drops it
        jdbc.update("INSERT INTO case_summary (case_number, accepted_on, channel, applicant_name, status, services) "
                + "VALUES ('ZZ-NOT-AN-EVENT', DATE '2020-01-01', 'API', 'x', 'IN_PROGRESS', '{}')");

        ProjectionStatus started = projections.rebuild(CASE_SUMMARY);

        assertThat(started.running()).isTrue();
        await("rebuilt case list", () -> count("case_number = 'ZZ-NOT-AN-EVENT'") == 0 && rows().equals(before)
                && projections.status(CASE_SUMMARY).state() == State.CAUGHT_UP);
        ProjectionStatus done = projections.status(CASE_SUMMARY);
        assertThat(done.percentCaughtUp()).isEqualTo(100);
        assertThat(done.position()).isGreaterThanOrEqualTo(0L);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void everyProcessorIsListedWithItsMode() {
        newCase();
        List<ProjectionStatus> all = projections.all();

        assertThat(all).extracting(ProjectionStatus::name).contains(CASE_SUMMARY, "materials", "calendar-recheck");
        ProjectionStatus summary = all.stream().filter(p -> p.name().equals(CASE_SUMMARY)).findFirst().orElseThrow();
        assertThat(summary.mode()).isEqualTo(Mode.POOLED);
        assertThat(summary.resettable()).isTrue();
        assertThat(summary.segmentsClaimed()).isPositive();
        assertThat(summary.head()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aProcessorThatSendsCommandsIsNotRebuilt() {
        assertThat(projections.status("calendar-recheck").resettable()).isFalse();
        assertThatThrownBy(() -> projections.rebuild("calendar-recheck"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(projections.status("calendar-recheck").running()).isTrue();
    }

    @Test
    void anUnknownProcessorIsRefused() {
        assertThatThrownBy(() -> projections.rebuild("no-such-projection")).isInstanceOf(InvalidInputException.class);
    }

    private String newCase() {
        LocalDate accepted = LocalDate.now(LianbaoApplication.ZONE).minusDays(2);
        String caseNumber = caseNumbers.allocate(accepted);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(TestCases.telecom(caseNumber, accepted, "重建测试公司" + unique, "重建测试项目" + unique));
        return caseNumber;
    }

    private List<String> rows() {
        return jdbc.queryForList("SELECT row_to_json(c)::text FROM case_summary c ORDER BY case_number", String.class);
    }

    private int count(String where) {
        return jdbc.queryForObject("SELECT count(*) FROM case_summary WHERE " + where, Integer.class);
    }
}
