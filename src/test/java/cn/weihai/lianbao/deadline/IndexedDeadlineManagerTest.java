package cn.weihai.lianbao.deadline;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each command replaces its case's one planned clock check by id, in the command's transaction. */
class IndexedDeadlineManagerTest extends IntegrationTest {
    @Autowired CommandGateway commands;
    @Autowired CaseNumberAllocator numbers;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void aStepReplacesTheCasesPlannedCheckInsteadOfAddingOne() {
        LocalDate today = LocalDate.now(clock);
        String caseNumber = numbers.allocate(today);
        commands.sendAndWait(TestCases.telecom(caseNumber, today, "威海期限索引测试有限公司", "期限索引测试项目"));
        List<String> first = planned(caseNumber);
        assertThat(first).hasSize(1);
        assertThat(scheduled(first.getFirst())).isEqualTo(1);

        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.SURVEYED, today, null));

        List<String> second = planned(caseNumber);
        assertThat(second).hasSize(1).doesNotContain(first.getFirst());
        assertThat(scheduled(first.getFirst())).isZero();
        assertThat(scheduled(second.getFirst())).isEqualTo(1);
    }

    private List<String> planned(String caseNumber) {
        return jdbc.queryForList("SELECT schedule_id FROM planned_deadline WHERE scope_id LIKE ?", String.class,
                "%:" + caseNumber);
    }

    private int scheduled(String scheduleId) {
        return jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Integer.class,
                scheduleId);
    }
}
