package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.deadline.TrackClock;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The work queue follows the real command side on PostgreSQL. */
class WorkQueueProjectionTest extends IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(LianbaoApplication.ZONE);
    static final Actor WATER_STAFF = new Actor("water", "赵供水", Role.UTILITY_STAFF, "威海水务集团");

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    WorkQueueQueries queries;
    @Autowired
    WorkQueueProjection projection;
    @Autowired
    EventStore eventStore;
    @Autowired
    CalendarService calendar;

    private List<OpenTrack> awaitEvents(String caseNumber, int count) {
        await(count + " events of " + caseNumber + " in the queue", () -> queries.rowsOf(caseNumber).stream()
                .anyMatch(r -> r.eventCount() == count));
        return queries.rowsOf(caseNumber);
    }

    private static OpenTrack row(List<OpenTrack> rows, UtilityService service) {
        return rows.stream().filter(r -> r.service() == service).findFirst().orElseThrow();
    }

    @Test
    void aCaseReachesTheQueuesOfItsUtilitiesAndAPauseMovesItsDueDate() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDate acceptedOn = TODAY.minusDays(3);
        String caseNumber = caseNumbers.allocate(acceptedOn);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, acceptedOn, "待办投影公司" + unique, "待办投影项目"));
        List<OpenTrack> rows = awaitEvents(caseNumber, 1);
        assertThat(rows).extracting(OpenTrack::service)
                .containsExactlyInAnyOrder(UtilityService.WATER, UtilityService.POWER);
        assertThat(row(rows, UtilityService.POWER).dueOn()).isEqualTo(TrackClock.read(calendar.current(),
                acceptedOn, 11, List.of(), null, TODAY, 2).dueDate());

        QueueFilter power = QueueFilter.of(UtilityService.POWER).withText(unique);
        assertThat(queries.page(power, 0, 10)).extracting(OpenTrack::caseNumber).containsExactly(caseNumber);
        assertThat(queries.count(power.withDistrict(District.HUANCUI))).isEqualTo(1);
        assertThat(queries.count(power.withDistrict(District.WENDENG))).isZero();
        assertThat(queries.count(power.withStatus(TrackStatus.ACCEPTED))).isEqualTo(1);
        assertThat(queries.count(power.withStatus(TrackStatus.SURVEYED))).isZero();
        assertThat(queries.count(QueueFilter.of(UtilityService.GAS).withText(unique))).isZero();
        assertThat(queries.count(power.withText(caseNumber))).isEqualTo(1);

        commands.sendAndWait(pause(caseNumber, acceptedOn.plusDays(1)));
        commands.sendAndWait(new RecordTrackStep(caseNumber, UtilityService.POWER, TrackStep.RESUMED, TODAY, null,
                TestCases.POWER_STAFF, Channel.STAFF_WORKSPACE));
        OpenTrack resumed = row(awaitEvents(caseNumber, 3), UtilityService.POWER);
        assertThat(resumed.status()).isEqualTo(TrackStatus.ACCEPTED);
        assertThat(resumed.waits()).containsExactly(new Wait(acceptedOn.plusDays(1), TODAY));
        assertThat(resumed.dueOn()).isEqualTo(TrackClock.read(calendar.current(), acceptedOn, 11,
                List.of(new Wait(acceptedOn.plusDays(1), TODAY)), null, TODAY, 2).dueDate());
        assertThat(row(queries.rowsOf(caseNumber), UtilityService.WATER).waits()).isEmpty();
    }

    private static RecordTrackStep pause(String caseNumber, LocalDate on) {
        return new RecordTrackStep(caseNumber, UtilityService.POWER, TrackStep.PAUSED, on, "等待申请人确认用电容量",
                TestCases.POWER_STAFF, Channel.STAFF_WORKSPACE);
    }

    @Test
    void theQueueIsSortedByDueDateSoonestFirst() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        for (int daysAgo : new int[]{1, 5, 3}) {
            String caseNumber = caseNumbers.allocate(TODAY.minusDays(daysAgo));
            commands.sendAndWait(TestCases.waterAndPower(caseNumber, TODAY.minusDays(daysAgo), "待办排序公司" + unique,
                    "待办排序项目"));
        }
        QueueFilter mine = QueueFilter.of(UtilityService.WATER).withText("待办排序公司" + unique);
        await("three sorting cases", () -> queries.count(mine) == 3);
        List<OpenTrack> page = queries.page(mine, 0, 10);
        assertThat(page).extracting(OpenTrack::dueOn).isSorted();
        assertThat(page).extracting(OpenTrack::acceptedOn).isSorted();
        assertThat(queries.page(mine, 1, 1)).containsExactly(page.get(1));
    }

    @Test
    void aRedeliveredEventChangesNothingAndAFinishedTrackLeavesTheQueue() {
        String caseNumber = caseNumbers.allocate(TODAY.minusDays(2));
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, TODAY.minusDays(2), "待办重放公司", "待办重放项目"));
        commands.sendAndWait(new RecordTrackStep(caseNumber, UtilityService.WATER, TrackStep.REJECTED, TODAY,
                "不具备供水条件", WATER_STAFF, Channel.STAFF_WORKSPACE));
        List<OpenTrack> before = awaitEvents(caseNumber, 2);
        assertThat(row(before, UtilityService.WATER).isOpen()).isFalse();
        assertThat(queries.count(QueueFilter.of(UtilityService.WATER).withText(caseNumber))).isZero();
        assertThat(queries.count(QueueFilter.of(UtilityService.POWER).withText(caseNumber))).isEqualTo(1);

        var accepted = (ApplicationAccepted) eventStore.readEvents(caseNumber, 0).asStream().findFirst()
                .orElseThrow().getPayload();
        projection.on(accepted, 0);

        assertThat(queries.rowsOf(caseNumber)).isEqualTo(before);
    }

    @Test
    void theSystemsOverdueAlertMarksTheRowAndTheWarningFilterFindsIt() {
        LocalDate longAgo = TODAY.minusDays(30);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = caseNumbers.allocate(longAgo);
        commands.sendAndWait(TestCases.telecom(caseNumber, longAgo, "待办超期公司" + unique, "待办超期项目"));

        QueueFilter mine = QueueFilter.of(UtilityService.TELECOM).withText(unique);
        await("the overdue mark of " + caseNumber,
                () -> queries.count(mine.withWarning(Warning.OVERDUE)) == 1);
        OpenTrack row = queries.page(mine, 0, 10).getFirst();
        assertThat(row.dueOn()).isBefore(TODAY);
        assertThat(queries.count(mine.withWarning(Warning.DUE_SOON))).isZero();
    }
}
