package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.TrackAlertCleared;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.TrackClock;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue rows' rules without a database: due dates from TrackClock, waits, marks, ends. */
class QueueFoldTest {
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.shipped();
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final String CASE = "LB-TEST-0001";

    private final List<OpenTrack> rows = new ArrayList<>();
    private long sequence = 0;

    private void apply(CaseEvent event) {
        apply(event, CALENDAR);
    }

    private void apply(CaseEvent event, WorkingDayCalendar calendar) {
        List<OpenTrack> next = QueueFold.next(List.copyOf(rows), event, sequence++, calendar, 2);
        rows.clear();
        rows.addAll(next);
    }

    private OpenTrack row(UtilityService service) {
        return rows.stream().filter(r -> r.service() == service).findFirst().orElseThrow();
    }

    static ApplicationAccepted accepted(LocalDate on, List<ServiceSelection> services, List<TrackLimit> limits) {
        return new ApplicationAccepted(CASE, on, Channel.SHARED_HALL,
                new Applicant("待办测试公司", TestCases.creditCode(), "张经理", "13806310001"),
                new Project("待办测试项目", "P-1", "威海市环翠区", District.HUANCUI, ConstructionType.NEW),
                services, false, limits, 0, TestCases.CLERK);
    }

    private void waterAndHighVoltagePower(LocalDate on) {
        apply(accepted(on, List.of(ServiceSelection.of(UtilityService.WATER),
                        new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV35_SINGLE)),
                List.of(new TrackLimit(UtilityService.WATER, 7, null), new TrackLimit(UtilityService.POWER, 22, 10))));
    }

    @Test
    void acceptanceGivesOneRowPerServiceWithTheDueDateOfTheCountingRule() {
        waterAndHighVoltagePower(MONDAY);

        assertThat(rows).extracting(OpenTrack::service).containsExactly(UtilityService.WATER, UtilityService.POWER);
        OpenTrack water = row(UtilityService.WATER);
        assertThat(water.status()).isEqualTo(TrackStatus.ACCEPTED);
        assertThat(water.dueOn()).isEqualTo(LocalDate.of(2026, 3, 11)).isEqualTo(
                TrackClock.read(CALENDAR, MONDAY, 7, List.of(), null, MONDAY, 2).dueDate());
        assertThat(water.dueProvisional()).isFalse();
        assertThat(water.applicantName()).isEqualTo("待办测试公司");
        assertThat(water.district()).isEqualTo(District.HUANCUI);
        assertThat(water.eventCount()).isEqualTo(1);
        // 35 kV: the supply-plan reply (10 working days) is due before the grid stage (22)
        assertThat(row(UtilityService.POWER).dueOn()).isEqualTo(CALENDAR.workingDaysAfter(MONDAY, 10));
        assertThat(row(UtilityService.POWER).powerCategory()).isEqualTo(PowerCategory.KV35_SINGLE);
    }

    @Test
    void theIssuedPlanLeavesTheGridStageDueDate() {
        waterAndHighVoltagePower(MONDAY);
        apply(new TrackStepRecorded(CASE, UtilityService.POWER, TrackStage.SURVEYED, null, MONDAY.plusDays(1),
                TestCases.POWER_STAFF, Channel.STAFF_WORKSPACE));
        apply(new TrackStepRecorded(CASE, UtilityService.POWER, TrackStage.PLAN_ISSUED, null, MONDAY.plusDays(2),
                TestCases.POWER_STAFF, Channel.STAFF_WORKSPACE));

        OpenTrack power = row(UtilityService.POWER);
        assertThat(power.status()).isEqualTo(TrackStatus.PLAN_ISSUED);
        assertThat(power.dueOn()).isEqualTo(CALENDAR.workingDaysAfter(MONDAY, 22));
        assertThat(power.lastStepOn()).isEqualTo(MONDAY.plusDays(2));
        assertThat(row(UtilityService.WATER).status()).isEqualTo(TrackStatus.ACCEPTED);
        assertThat(rows).allMatch(r -> r.eventCount() == 3);
    }

    @Test
    void aPauseHoldsTheDueDateAndItsEndMovesItByTheWorkingDaysWaited() {
        waterAndHighVoltagePower(MONDAY);
        LocalDate wed = MONDAY.plusDays(2);
        LocalDate fri = MONDAY.plusDays(4);
        apply(new TrackPaused(CASE, UtilityService.WATER, "等待申请人提供用水点位", wed, TestCases.POWER_STAFF,
                Channel.STAFF_WORKSPACE));
        assertThat(row(UtilityService.WATER).status()).isEqualTo(TrackStatus.PAUSED);
        assertThat(row(UtilityService.WATER).isWaiting()).isTrue();
        assertThat(row(UtilityService.WATER).dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));

        apply(new TrackResumed(CASE, UtilityService.WATER, null, fri, TestCases.POWER_STAFF,
                Channel.STAFF_WORKSPACE));
        OpenTrack water = row(UtilityService.WATER);
        assertThat(water.status()).isEqualTo(TrackStatus.ACCEPTED);
        assertThat(water.isWaiting()).isFalse();
        assertThat(water.waits()).containsExactly(new Wait(wed, fri));
        // Thursday and Friday waited: two working days later
        assertThat(water.dueOn()).isEqualTo(LocalDate.of(2026, 3, 13)).isEqualTo(
                TrackClock.read(CALENDAR, MONDAY, 7, List.of(new Wait(wed, fri)), null, fri, 2).dueDate());
    }

    @Test
    void theSystemsAlertsMarkTheRowUntilClearedOrTheTrackWaits() {
        waterAndHighVoltagePower(MONDAY);
        LocalDate due = row(UtilityService.WATER).dueOn();
        apply(new TrackOverdue(CASE, UtilityService.WATER, ClockKind.LIMIT, due, due.plusDays(1),
                cn.weihai.lianbao.shared.Actor.system(), Channel.SYSTEM));
        assertThat(row(UtilityService.WATER).warning()).isEqualTo(Warning.OVERDUE);
        assertThat(row(UtilityService.POWER).warning()).isEqualTo(Warning.NONE);

        apply(new TrackStepRecorded(CASE, UtilityService.WATER, TrackStage.SURVEYED, null, due.plusDays(1),
                TestCases.POWER_STAFF, Channel.STAFF_WORKSPACE));
        assertThat(row(UtilityService.WATER).warning()).as("a step does not make it less late")
                .isEqualTo(Warning.OVERDUE);

        apply(new TrackAlertCleared(CASE, UtilityService.WATER, ClockKind.LIMIT, due.plusDays(5), due.plusDays(1),
                cn.weihai.lianbao.shared.Actor.system(), Channel.SYSTEM));
        assertThat(row(UtilityService.WATER).warning()).isEqualTo(Warning.NONE);
    }

    @Test
    void withdrawingTheApplicationClosesEveryOpenRow() {
        waterAndHighVoltagePower(MONDAY);
        apply(new ApplicationWithdrawn(CASE, "项目取消", MONDAY.plusDays(1), TestCases.CLERK, Channel.SHARED_HALL));

        assertThat(rows).extracting(OpenTrack::status).containsOnly(TrackStatus.WITHDRAWN);
        assertThat(rows).noneMatch(OpenTrack::isOpen);
    }

    @Test
    void eventsBeforeTheAcceptanceGiveNoRows() {
        apply(new TrackPaused(CASE, UtilityService.WATER, "x", MONDAY, TestCases.POWER_STAFF,
                Channel.STAFF_WORKSPACE));
        assertThat(rows).isEmpty();
    }

    @Test
    void aCorrectedCalendarMovesTheDueDateAndEndsItsProvisionalMark() {
        LocalDate beforeNewYear = LocalDate.of(2026, 12, 28);
        apply(accepted(beforeNewYear, List.of(ServiceSelection.of(UtilityService.WATER)),
                List.of(new TrackLimit(UtilityService.WATER, 7, null))));
        OpenTrack provisional = row(UtilityService.WATER);
        // 2027 is not announced: Friday 2027-01-01 counts as a working day for now
        assertThat(provisional.dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(provisional.dueProvisional()).isTrue();

        WorkingDayCalendar announced = CALENDAR.with(2027, List.of(new HolidayArrangement("元旦",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), List.of())));
        OpenTrack corrected = QueueDue.compute(provisional, announced, 2);
        assertThat(corrected.dueOn()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(corrected.dueProvisional()).isFalse();
    }
}
