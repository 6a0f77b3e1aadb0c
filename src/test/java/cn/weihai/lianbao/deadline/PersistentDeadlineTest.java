package cn.weihai.lianbao.deadline;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overdue alert comes from a deadline stored in PostgreSQL and fired by the db-scheduler. */
class PersistentDeadlineTest extends IntegrationTest {
    @Autowired CommandGateway commands;
    @Autowired EventStore eventStore;
    @Autowired CaseNumberAllocator numbers;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void anOverdueTrackIsRecordedOnceBySystemFromAStoredDeadline() throws Exception {
        LocalDate acceptedOn = LocalDate.now(clock).minusDays(30); // telecom's 5 working days are long past
        String caseNumber = numbers.allocate(acceptedOn);
        commands.sendAndWait(new AcceptApplication(caseNumber, acceptedOn, Channel.SHARED_HALL,
                new Applicant("威海逾期测试有限公司", CreditCode.complete("91371000MA3D0LATE"), "李四", "13906310001"),
                new Project("超期测试项目", "DL-" + caseNumber, "文登区测试路1号", District.WENDENG, ConstructionType.NEW),
                List.of(ServiceSelection.of(UtilityService.TELECOM)),
                new Actor("clerk", "窗口", Role.CLERK, "威海市政务服务中心")));

        List<TrackOverdue> overdue = List.of();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (overdue.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            overdue = overdueEvents(caseNumber);
        }
        assertThat(overdue).hasSize(1);
        assertThat(overdue.getFirst().service()).isEqualTo(UtilityService.TELECOM);
        assertThat(overdue.getFirst().actor().role()).isEqualTo(Role.SYSTEM);
        assertThat(overdue.getFirst().occurredOn()).isEqualTo(LocalDate.now(clock));

        Thread.sleep(2500); // a few more polls: nothing is raised twice, and nothing stays scheduled
        assertThat(overdueEvents(caseNumber)).hasSize(1);
        // as after a restart: the case is rebuilt from its stored events and checked again; nothing new
        commands.sendAndWait(new cn.weihai.lianbao.casefile.api.Commands.RecheckClocks(caseNumber));
        assertThat(overdueEvents(caseNumber)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_data is not null "
                + "and execution_time < now() - interval '5 seconds' and not picked", Integer.class)).isZero();
    }

    private List<TrackOverdue> overdueEvents(String caseNumber) {
        return eventStore.readEvents(caseNumber, 0).asStream().map(DomainEventMessage::getPayload)
                .filter(TrackOverdue.class::isInstance).map(TrackOverdue.class::cast).toList();
    }
}
