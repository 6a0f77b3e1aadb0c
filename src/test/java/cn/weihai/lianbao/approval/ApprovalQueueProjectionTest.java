package cn.weihai.lianbao.approval;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static cn.weihai.lianbao.approval.ApprovalCases.opinion;
import static cn.weihai.lianbao.approval.ApprovalCases.prepareAndSubmit;
import static cn.weihai.lianbao.approval.ApprovalCases.today;
import static cn.weihai.lianbao.casefile.TestCases.await;
import static cn.weihai.lianbao.casefile.api.Department.BIG_DATA;
import static cn.weihai.lianbao.casefile.api.Department.HOUSING_CONSTRUCTION;
import static cn.weihai.lianbao.casefile.api.Department.NATURAL_RESOURCES_PLANNING;
import static cn.weihai.lianbao.casefile.api.Department.TRAFFIC_POLICE;
import static cn.weihai.lianbao.casefile.api.Department.WATER_AFFAIRS;
import static org.assertj.core.api.Assertions.assertThat;

/** The approvals waiting per department follow the real command side on PostgreSQL. */
class ApprovalQueueProjectionTest extends IntegrationTest {
    private static final int ALL = 100_000;

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    ApprovalQueueQueries queries;
    @Autowired
    ApprovalQueueProjection projection;
    @Autowired
    EventStore eventStore;
    @Autowired
    CaseFileQueries cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachDepartmentWaitsUntilItsOpinionAndARefusalEndsTheRound() {
        String unique = ApprovalCases.unique();
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, unique);
        LocalDate submittedOn = today().minusDays(8);
        prepareAndSubmit(commands, caseNumber, submittedOn, HOUSING_CONSTRUCTION, TRAFFIC_POLICE);
        await("both departments asked", () -> queries.isPending(caseNumber, 1, HOUSING_CONSTRUCTION)
                && queries.isPending(caseNumber, 1, TRAFFIC_POLICE));

        ApprovalQueueItem housing = find(queries.pending(HOUSING_CONSTRUCTION, 0, ALL), caseNumber).orElseThrow();
        assertThat(housing.round()).isEqualTo(1);
        assertThat(housing.submittedOn()).isEqualTo(submittedOn);
        assertThat(housing.applicantName()).isEqualTo("审批测试建设单位" + unique);
        assertThat(housing.projectName()).isEqualTo("审批测试项目" + unique);
        assertThat(housing.district()).isEqualTo(District.ECONOMIC_TECH);
        assertThat(housing.pending()).isTrue();
        // the same clock as the case page, read the same day
        assertThat(housing.clock()).isEqualTo(cases.find(caseNumber).orElseThrow().approval().clock());
        assertThat(find(queries.pending(NATURAL_RESOURCES_PLANNING, 0, ALL), caseNumber)).isEmpty();
        assertThat(queries.pending(null, 0, ALL)).filteredOn(i -> i.caseNumber().equals(caseNumber))
                .extracting(ApprovalQueueItem::department).containsExactly(HOUSING_CONSTRUCTION, TRAFFIC_POLICE);

        opinion(commands, caseNumber, TRAFFIC_POLICE, true, null, today().minusDays(7));
        await("the police opinion", () -> !queries.isPending(caseNumber, 1, TRAFFIC_POLICE));
        ApprovalQueueItem police = find(queries.decided(TRAFFIC_POLICE, 0, ALL), caseNumber).orElseThrow();
        assertThat(police.agreed()).isTrue();
        assertThat(police.decidedOn()).isEqualTo(today().minusDays(7));
        assertThat(police.decidedBy()).isEqualTo("蒋勇");
        assertThat(police.clock()).isNull();
        assertThat(queries.isPending(caseNumber, 1, HOUSING_CONSTRUCTION)).isTrue();

        opinion(commands, caseNumber, HOUSING_CONSTRUCTION, false, "管线与规划道路冲突", today().minusDays(6));
        await("the refusal", () -> !queries.isPending(caseNumber, 1, HOUSING_CONSTRUCTION));
        ApprovalQueueItem refused = find(queries.decided(HOUSING_CONSTRUCTION, 0, ALL), caseNumber).orElseThrow();
        assertThat(refused.agreed()).isFalse();
        assertThat(refused.reason()).isEqualTo("管线与规划道路冲突");

        // round 2 goes to other departments; round 1 stays in the decided ones
        prepareAndSubmit(commands, caseNumber, today().minusDays(5), HOUSING_CONSTRUCTION, WATER_AFFAIRS);
        await("round 2", () -> queries.isPending(caseNumber, 2, WATER_AFFAIRS));
        assertThat(queries.pending(null, 0, ALL)).filteredOn(i -> i.caseNumber().equals(caseNumber))
                .extracting(ApprovalQueueItem::round, ApprovalQueueItem::department)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, HOUSING_CONSTRUCTION),
                        org.assertj.core.groups.Tuple.tuple(2, WATER_AFFAIRS));
        assertThat(queries.decided(null, 0, ALL)).filteredOn(i -> i.caseNumber().equals(caseNumber))
                .extracting(ApprovalQueueItem::round).containsOnly(1).hasSize(2);
    }

    @Test
    void aRefusalTakesTheOtherDepartmentsOfItsRoundOutOfTheQueue() {
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        prepareAndSubmit(commands, caseNumber, today().minusDays(8), NATURAL_RESOURCES_PLANNING, BIG_DATA);
        await("asked", () -> queries.isPending(caseNumber, 1, BIG_DATA));
        opinion(commands, caseNumber, NATURAL_RESOURCES_PLANNING, false, "红线图缺失", today().minusDays(7));
        await("the round ended", () -> !queries.isPending(caseNumber, 1, BIG_DATA));
        assertThat(find(queries.pending(BIG_DATA, 0, ALL), caseNumber)).isEmpty();
        assertThat(find(queries.decided(BIG_DATA, 0, ALL), caseNumber)).isEmpty();
    }

    @Test
    void theOldestSubmissionComesFirst() {
        String newer = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        prepareAndSubmit(commands, newer, today().minusDays(2), BIG_DATA);
        String older = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        prepareAndSubmit(commands, older, today().minusDays(9), BIG_DATA);
        await("both asked", () -> queries.isPending(newer, 1, BIG_DATA) && queries.isPending(older, 1, BIG_DATA));
        List<String> order = queries.pending(BIG_DATA, 0, ALL).stream().map(ApprovalQueueItem::caseNumber)
                .filter(c -> c.equals(newer) || c.equals(older)).toList();
        assertThat(order).containsExactly(older, newer);
        assertThat(queries.countPending(BIG_DATA)).isEqualTo(queries.pending(BIG_DATA, 0, ALL).size());
        assertThat(queries.pending(BIG_DATA, 0, 1)).hasSize(1);
    }

    @Test
    void aWithdrawnApplicationLeavesTheQueue() {
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        prepareAndSubmit(commands, caseNumber, today().minusDays(8), WATER_AFFAIRS);
        await("asked", () -> queries.isPending(caseNumber, 1, WATER_AFFAIRS));
        commands.sendAndWait(new WithdrawApplication(caseNumber, "项目暂缓", today().minusDays(1), TestCases.CLERK,
                Channel.GOV_SERVICE_CENTER));
        await("withdrawn", () -> !queries.isPending(caseNumber, 1, WATER_AFFAIRS));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        prepareAndSubmit(commands, caseNumber, today().minusDays(8), HOUSING_CONSTRUCTION, TRAFFIC_POLICE);
        opinion(commands, caseNumber, TRAFFIC_POLICE, true, null, today().minusDays(7));
        opinion(commands, caseNumber, HOUSING_CONSTRUCTION, false, "材料不全", today().minusDays(6));
        prepareAndSubmit(commands, caseNumber, today().minusDays(5), HOUSING_CONSTRUCTION);
        await("round 2", () -> queries.isPending(caseNumber, 2, HOUSING_CONSTRUCTION));
        List<String> before = rows(caseNumber);
        assertThat(before).hasSize(3);

        // every event once more, in order, as a redelivery after a failed batch would bring them
        eventStore.readEvents(caseNumber, 0).asStream().forEach(m -> {
            switch (m.getPayload()) {
                case ApplicationAccepted e -> projection.on(e);
                case ExternalWorksSubmitted e -> projection.on(e);
                case ExternalWorksOpinionGiven e -> projection.on(e);
                case ExternalWorksReturnedForPreparation e -> projection.on(e);
                case ApplicationWithdrawn e -> projection.on(e);
                default -> {
                }
            }
        });
        assertThat(rows(caseNumber)).isEqualTo(before);
    }

    private List<String> rows(String caseNumber) {
        return jdbc.queryForList("""
                SELECT concat_ws('|', round, department, submitted_on, agreed, reason, decided_on, decided_by)
                FROM approval_opinion WHERE case_number = ? ORDER BY round, department""", String.class, caseNumber);
    }

    private static Optional<ApprovalQueueItem> find(List<ApprovalQueueItem> items, String caseNumber) {
        return items.stream().filter(i -> i.caseNumber().equals(caseNumber)).findFirst();
    }
}
