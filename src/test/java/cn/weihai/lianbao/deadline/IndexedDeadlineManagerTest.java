package cn.weihai.lianbao.deadline;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each command replaces its case's one planned clock check by id, in the command's transaction. */
class IndexedDeadlineManagerTest extends IntegrationTest {
    private static final String NAME = "replan-probe";
    private static final Instant LATER = Instant.parse("2099-01-05T00:00:00Z");

    /** A deadline payload nobody handles (the probes are planned for 2099 and never fire). */
    record ProbeDue(String id, LocalDate day) {
    }

    @Autowired CommandGateway commands;
    @Autowired CaseNumberAllocator numbers;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired IndexedDeadlineManager deadlines;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aCaseKeepsExactlyOnePlannedCheckAcrossItsCommands() {
        LocalDate today = LocalDate.now(clock);
        String caseNumber = numbers.allocate(today);
        commands.sendAndWait(TestCases.telecom(caseNumber, today, "威海期限索引测试有限公司", "期限索引测试项目"));
        List<String> first = planned("%:" + caseNumber);
        assertThat(first).hasSize(1);
        assertThat(scheduled(first.getFirst())).isEqualTo(1);

        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.SURVEYED, today, null));

        List<String> second = planned("%:" + caseNumber);
        assertThat(second).hasSize(1);
        assertThat(scheduled(second.getFirst())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ANY (?)",
                Integer.class, (Object) List.of(first.getFirst(), second.getFirst()).toArray(String[]::new)))
                .isEqualTo(1);
    }

    @Test
    void theSameMomentAndPayloadKeepThePlannedDeadline() {
        var scope = probeScope();
        replan(LATER, new ProbeDue(scope.getIdentifier().toString(), LocalDate.of(2099, 1, 5)), scope);
        String first = planned(scope).getFirst();

        replan(LATER, new ProbeDue(scope.getIdentifier().toString(), LocalDate.of(2099, 1, 5)), scope);

        assertThat(planned(scope)).containsExactly(first);
        assertThat(scheduled(first)).isEqualTo(1);
    }

    @Test
    void anotherMomentOrPayloadReplacesIt() {
        var scope = probeScope();
        replan(LATER, new ProbeDue(scope.getIdentifier().toString(), LocalDate.of(2099, 1, 5)), scope);
        String first = planned(scope).getFirst();

        replan(LATER.plusSeconds(86_400), new ProbeDue(scope.getIdentifier().toString(), LocalDate.of(2099, 1, 5)), scope);
        String second = planned(scope).getFirst();
        replan(LATER.plusSeconds(86_400), new ProbeDue(scope.getIdentifier().toString(), LocalDate.of(2099, 1, 6)), scope);
        String third = planned(scope).getFirst();

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(planned(scope)).containsExactly(third);
        assertThat(scheduled(first) + scheduled(second)).isZero();
        assertThat(scheduled(third)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT execution_time FROM scheduled_tasks WHERE task_instance = ?",
                java.time.OffsetDateTime.class, third).toInstant()).isEqualTo(LATER.plusSeconds(86_400));

        replan(null, null, scope);
        assertThat(planned(scope)).isEmpty();
        assertThat(scheduled(third)).isZero();
    }

    @Test
    void aDeadlineBeingExecutedIsLeftToFinishAndAnotherPlanned() {
        var scope = probeScope();
        ProbeDue due = new ProbeDue(scope.getIdentifier().toString(), LocalDate.of(2099, 1, 5));
        replan(LATER, due, scope);
        String executing = planned(scope).getFirst();
        jdbc.update("UPDATE scheduled_tasks SET picked = true, picked_by = 'probe' WHERE task_instance = ?", executing);
        try {
            replan(LATER, due, scope);

            List<String> now = planned(scope);
            assertThat(now).hasSize(1).doesNotContain(executing);
            assertThat(scheduled(executing)).as("db-scheduler's run ends by itself").isEqualTo(1);
            assertThat(scheduled(now.getFirst())).isEqualTo(1);
        } finally {
            jdbc.update("DELETE FROM scheduled_tasks WHERE task_instance = ?", executing);
            replan(null, null, scope);
        }
    }

    private void replan(Instant at, Object payload, AggregateScopeDescriptor scope) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> deadlines.replan(NAME, at, payload, scope));
    }

    private static AggregateScopeDescriptor probeScope() {
        return new AggregateScopeDescriptor("ReplanProbe", "probe-" + UUID.randomUUID());
    }

    private List<String> planned(AggregateScopeDescriptor scope) {
        return jdbc.queryForList("SELECT schedule_id FROM planned_deadline WHERE scope_id = ? AND deadline_name = ?",
                String.class, scope.getType() + ":" + scope.getIdentifier(), NAME);
    }

    private List<String> planned(String scopeLike) {
        return jdbc.queryForList("SELECT schedule_id FROM planned_deadline WHERE scope_id LIKE ?", String.class,
                scopeLike);
    }

    private int scheduled(String scheduleId) {
        return jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Integer.class,
                scheduleId);
    }
}
