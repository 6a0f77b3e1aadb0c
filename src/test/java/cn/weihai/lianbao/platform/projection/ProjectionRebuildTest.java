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

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rebuilding a projection by replay on the real event store gives back exactly the rows it had. */
class ProjectionRebuildTest extends IntegrationTest {
    static final String CASE_SUMMARY = ReadModelProcessors.CASE_VIEWS;

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
        Instant snapshot = Instant.now();
        await("case-summary caught up", () -> projections.status(CASE_SUMMARY).state() == State.CAUGHT_UP);
        Map<String, String> before = rows();
        // a row no event stands behind: a replay that truly starts from an empty table drops it
        jdbc.update("INSERT INTO case_summary (case_number, accepted_on, channel, applicant_name, status, services) "
                + "VALUES ('ZZ-NOT-AN-EVENT', DATE '2020-01-01', 'API', 'x', 'IN_PROGRESS', '{}')");

        ProjectionStatus started = projections.rebuild(CASE_SUMMARY);

        assertThat(started.running()).isTrue();
        await("rebuilt case list", () -> count("case_number = 'ZZ-NOT-AN-EVENT'") == 0
                && sameRowsExceptRecentlyChanged(before, snapshot) && projections.status(CASE_SUMMARY).state() == State.CAUGHT_UP);
        ProjectionStatus done = projections.status(CASE_SUMMARY);
        assertThat(done.percentCaughtUp()).isEqualTo(100);
        assertThat(done.position()).isGreaterThanOrEqualTo(0L);
        assertThat(sameRowsExceptRecentlyChanged(before, snapshot)).isTrue();
        assertThat(rows()).containsKey(caseNumber);
    }

    /**
     * Every row comes back identical, except rows of cases that moved around the snapshot (other tests' cases get
     * deadline alerts every second): a row may differ only if its last event was recorded shortly before or after.
     */
    private boolean sameRowsExceptRecentlyChanged(Map<String, String> before, Instant snapshot) {
        Map<String, String> after = rows();
        Set<String> moving = new HashSet<>(jdbc.queryForList(
                "SELECT case_number FROM case_summary WHERE last_recorded_at > ?", String.class,
                Timestamp.from(snapshot.minusSeconds(10))));
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        return all.stream().allMatch(k -> Objects.equals(before.get(k), after.get(k))
                || (after.containsKey(k) && moving.contains(k)));
    }

    @Test
    void everyProcessorIsListedWithItsMode() {
        newCase();
        List<ProjectionStatus> all = projections.all();

        assertThat(all).extracting(ProjectionStatus::name).contains(CASE_SUMMARY, ReadModelProcessors.SUPERVISION_VIEWS, "calendar-recheck");
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

    private Map<String, String> rows() {
        Map<String, String> rows = new TreeMap<>();
        jdbc.query("SELECT case_number, row_to_json(c)::text FROM case_summary c",
                (ResultSet r) -> { rows.put(r.getString(1), r.getString(2)); });
        return rows;
    }

    private int count(String where) {
        return jdbc.queryForObject("SELECT count(*) FROM case_summary WHERE " + where, Integer.class);
    }
}
