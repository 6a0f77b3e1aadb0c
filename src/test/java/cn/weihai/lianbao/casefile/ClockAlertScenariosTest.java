package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RecheckClocks;
import cn.weihai.lianbao.casefile.api.Events.TrackAlertCleared;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.weihai.lianbao.casefile.CaseFixtures.*;
import static cn.weihai.lianbao.casefile.CombinedApplication.CLOCK_CHECK;

/** 临期 and 超期: raised once per due date by the case's clock-check deadline, moved by waits. */
class ClockAlertScenariosTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TUE_MAR_10 = LocalDate.of(2026, 3, 10);
    private static final List<ServiceSelection> RESIDENTIAL_POWER =
            List.of(new ServiceSelection(UtilityService.POWER, false, PowerCategory.RESIDENTIAL));

    private final MovableClock clock = new MovableClock();
    private AggregateTestFixture<CombinedApplication> fixture;

    @BeforeEach
    void setUp() {
        clock.today = TUE_MAR_10;
        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
    }

    private static Instant startOf(int month, int day) {
        return LocalDate.of(2026, month, day).atStartOfDay(SHANGHAI).toInstant();
    }

    private static AcceptApplication acceptToday(List<ServiceSelection> services) {
        return new AcceptApplication(CASE, TUE_MAR_10, Channel.GOV_SERVICE_CENTER, APPLICANT, PROJECT, services, CLERK);
    }

    @Test
    void acceptanceSchedulesTheCheckForTheFirstDueSoonDay() {
        // residential power, 3 working days from Tue 03-10: due Fri 03-13, due soon from Thu 03-12
        fixture.givenCurrentTime(startOf(3, 10))
                .when(acceptToday(RESIDENTIAL_POWER))
                .expectScheduledDeadlineWithName(startOf(3, 12), CLOCK_CHECK);
    }

    @Test
    void dueSoonIsRaisedBySystemAndTheNextCheckIsTheDayAfterTheDueDate() {
        fixture.givenCurrentTime(startOf(3, 10))
                .andGivenCommands(acceptToday(RESIDENTIAL_POWER))
                .whenThenTimeAdvancesTo(startOf(3, 12))
                .expectEvents(new TrackDueSoon(CASE, UtilityService.POWER, ClockKind.LIMIT, LocalDate.of(2026, 3, 13), 1,
                        LocalDate.of(2026, 3, 12), Actor.system(), Channel.SYSTEM))
                .expectScheduledDeadlineWithName(startOf(3, 14), CLOCK_CHECK);
    }

    @Test
    void overdueAfterTheDueDateHasClosedAndNothingAfterThat() {
        fixture.givenCurrentTime(startOf(3, 10))
                .andGivenCommands(acceptToday(RESIDENTIAL_POWER))
                .andGiven(new TrackDueSoon(CASE, UtilityService.POWER, ClockKind.LIMIT, LocalDate.of(2026, 3, 13), 1,
                        LocalDate.of(2026, 3, 12), Actor.system(), Channel.SYSTEM))
                .whenThenTimeAdvancesTo(startOf(3, 14))
                .expectEvents(new TrackOverdue(CASE, UtilityService.POWER, ClockKind.LIMIT, LocalDate.of(2026, 3, 13),
                                LocalDate.of(2026, 3, 14), Actor.system(), Channel.SYSTEM))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aBackdatedIntakeAlreadyOverdueIsCheckedAtOnce() {
        // accepted Mon 03-02 with 3 days: due 03-05, already past on 03-10
        fixture.givenCurrentTime(startOf(3, 10))
                .when(new AcceptApplication(CASE, LocalDate.of(2026, 3, 2), Channel.GOV_SERVICE_CENTER, APPLICANT,
                        PROJECT, RESIDENTIAL_POWER, CLERK))
                .expectScheduledDeadlineWithName(startOf(3, 10), CLOCK_CHECK);
    }

    @Test
    void aWaitCancelsTheCheckAndResumingPlansItFromTheMovedDueDate() {
        var executor = fixture.givenCurrentTime(startOf(3, 10)).andGivenCommands(acceptToday(RESIDENTIAL_POWER));
        clock.today = LocalDate.of(2026, 3, 11);
        executor.andGivenCommands(step(UtilityService.POWER, TrackStep.PAUSED, clock.today, "等待用户缴费", POWER_STAFF));
        clock.today = LocalDate.of(2026, 3, 16);
        // waited 03-12, 03-13, 03-16: due moves from 03-13 to Wed 03-18; 1 day used (03-11), due soon from 03-17
        executor.when(step(UtilityService.POWER, TrackStep.RESUMED, clock.today, null, POWER_STAFF))
                .expectScheduledDeadlineWithName(startOf(3, 17), CLOCK_CHECK);
    }

    @Test
    void whileWaitingNoCheckIsPlanned() {
        var executor = fixture.givenCurrentTime(startOf(3, 10)).andGivenCommands(acceptToday(RESIDENTIAL_POWER));
        executor.when(step(UtilityService.POWER, TrackStep.SUPPLEMENT_REQUESTED, TUE_MAR_10, "缺营业执照",
                        POWER_STAFF))
                .expectNoScheduledDeadlines();
    }

    @Test
    void connectedTrackRaisesNothing() {
        fixture.givenCurrentTime(startOf(3, 10))
                .andGivenCommands(acceptToday(RESIDENTIAL_POWER),
                        step(UtilityService.POWER, TrackStep.REJECTED, TUE_MAR_10, "不在直供区域", POWER_STAFF))
                .whenThenTimeAdvancesTo(startOf(3, 20))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void kv35RaisesThePlanReplyAlertsOnItsOwnClockAndStopsItWhenThePlanIsIssued() {
        // accepted Mon 03-02 (backdated), 35 kV single: plan reply 10 days → due 03-16, grid stage 22 → due 04-01
        var kv35 = List.of(new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV35_SINGLE));
        LocalDate mar2 = LocalDate.of(2026, 3, 2);
        var accept = new AcceptApplication(CASE, mar2, Channel.GOV_SERVICE_CENTER, APPLICANT, PROJECT, kv35, CLERK);
        clock.today = LocalDate.of(2026, 3, 17);
        fixture.givenCurrentTime(startOf(3, 17))
                .andGivenCommands(accept)
                .whenThenTimeAdvancesTo(startOf(3, 17).plusSeconds(1))
                .expectEvents(new TrackOverdue(CASE, UtilityService.POWER, ClockKind.PLAN_REPLY,
                        LocalDate.of(2026, 3, 16), clock.today, Actor.system(), Channel.SYSTEM))
                .expectScheduledDeadlineWithName(startOf(3, 31), CLOCK_CHECK); // grid stage due soon

        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
        var executor = fixture.givenCurrentTime(startOf(3, 17)).andGivenCommands(accept,
                step(UtilityService.POWER, TrackStep.SURVEYED, LocalDate.of(2026, 3, 3), null, POWER_STAFF),
                step(UtilityService.POWER, TrackStep.PLAN_ISSUED, LocalDate.of(2026, 3, 13), null, POWER_STAFF));
        executor.whenThenTimeAdvancesTo(startOf(3, 20))
                .expectNoEvents() // plan issued in time: the plan-reply clock stopped, nothing to raise
                .expectScheduledDeadlineWithName(startOf(3, 31), CLOCK_CHECK);
    }

    @Test
    void aCalendarCorrectionThatMovesTheDueDateLiftsTheStandingAlert() {
        var corrected = new WorkingDayCalendar[]{cn.weihai.lianbao.calendar.WorkingDayCalendar.shipped()};
        var calendar = new CalendarService() {
            @Override
            public WorkingDayCalendar current() {
                return corrected[0];
            }
        };
        fixture = fixture(new TrackClocks(clock, calendar, LIMITS));
        clock.today = LocalDate.of(2026, 3, 12);
        var executor = fixture.givenCurrentTime(startOf(3, 12))
                .andGivenCommands(acceptToday(RESIDENTIAL_POWER), new RecheckClocks(CASE)); // due soon: due 03-13
        // 03-11..03-13 turn out to be days off: no working day used yet, due moves to Wed 03-18
        corrected[0] = corrected[0].with(2026, new java.util.ArrayList<>(corrected[0].announcedYears().get(2026)) {{
            add(new HolidayArrangement("更正", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 13), List.of()));
        }});
        executor.when(new RecheckClocks(CASE))
                .expectEvents(new TrackAlertCleared(CASE, UtilityService.POWER, ClockKind.LIMIT,
                        LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 12), Actor.system(), Channel.SYSTEM));
    }
}
