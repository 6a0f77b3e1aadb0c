package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.AnswerSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.CloseSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.IssueSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.SendBackSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderAnswered;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderClosed;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderSentBack;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.weihai.lianbao.casefile.CaseFixtures.*;
import static cn.weihai.lianbao.casefile.CombinedApplication.CLOCK_CHECK;

/** 督办: issued by a supervisor, answered by the party it concerns, sent back or closed; flagged once overdue. */
class SupervisionOrderScenariosTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor SUPERVISOR = new Actor("supervisor", "孙监管", Role.SUPERVISOR, "威海市行政审批服务局");
    static final Channel WS = Channel.STAFF_WORKSPACE;
    static final List<ServiceSelection> WATER_AND_POWER = WATER_EXTERNAL_AND_POWER;
    // 3 working days after Tue 03-10, the issue day not counted: Fri 03-13
    static final LocalDate DUE = LocalDate.of(2026, 3, 13);

    private final MovableClock clock = new MovableClock();
    private AggregateTestFixture<CombinedApplication> fixture;

    @BeforeEach
    void setUp() {
        clock.today = TODAY;
        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
    }

    private static Instant startOf(int month, int day) {
        return LocalDate.of(2026, month, day).atStartOfDay(SHANGHAI).toInstant();
    }

    static IssueSupervisionOrder issuePower(int days) {
        return new IssueSupervisionOrder(CASE, UtilityService.POWER, "供电方案答复拖延，限期整改", days, SUPERVISOR, WS);
    }

    static SupervisionOrderIssued powerIssued() {
        return new SupervisionOrderIssued(CASE, 1, UtilityService.POWER, "供电方案答复拖延，限期整改", 3, DUE, TODAY,
                SUPERVISOR, WS);
    }

    static SupervisionOrderAnswered answered(LocalDate on) {
        return new SupervisionOrderAnswered(CASE, 1, "已安排专人答复方案", on, POWER_STAFF, WS);
    }

    static AnswerSupervisionOrder answerByPower() {
        return new AnswerSupervisionOrder(CASE, 1, "已安排专人答复方案", UtilityService.POWER, POWER_STAFF, WS);
    }

    @Test
    void theWholeLifeIssueAnswerSendBackAnswerAgainClose() {
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER))
                .when(issuePower(3))
                .expectEvents(powerIssued())
                .expectResultMessagePayload(1)
                .expectScheduledDeadlineWithName(startOf(3, 14), CLOCK_CHECK);

        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), powerIssued())
                .when(answerByPower())
                .expectEvents(answered(TODAY));

        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY))
                .when(new SendBackSupervisionOrder(CASE, 1, "未附整改材料", SUPERVISOR, WS))
                .expectEvents(new SupervisionOrderSentBack(CASE, 1, "未附整改材料", TODAY, SUPERVISOR, WS));

        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY),
                        new SupervisionOrderSentBack(CASE, 1, "未附整改材料", TODAY, SUPERVISOR, WS))
                .when(answerByPower())
                .expectEvents(answered(TODAY));

        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY),
                        new SupervisionOrderSentBack(CASE, 1, "未附整改材料", TODAY, SUPERVISOR, WS), answered(TODAY))
                .when(new CloseSupervisionOrder(CASE, 1, "整改到位", SUPERVISOR, WS))
                .expectEvents(new SupervisionOrderClosed(CASE, 1, "整改到位", TODAY, SUPERVISOR, WS));
    }

    @Test
    void theDueDateSkipsTheWeekendAndTheQingmingHoliday() {
        // from Tue 03-31, 5 working days: 04-01, 04-02, 04-03, (04-04..06 清明 off), 04-07, 04-08
        clock.today = LocalDate.of(2026, 3, 31);
        fixture.givenCurrentTime(startOf(3, 31))
                .andGiven(accepted(WATER_AND_POWER))
                .when(issuePower(5))
                .expectEvents(new SupervisionOrderIssued(CASE, 1, UtilityService.POWER, "供电方案答复拖延，限期整改", 5,
                        LocalDate.of(2026, 4, 8), clock.today, SUPERVISOR, WS));
    }

    @Test
    void aCaseOrderIsNumberedAfterTheTrackOrderAndAnsweredByTheWindow() {
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), powerIssued())
                .when(new IssueSupervisionOrder(CASE, null, "案件整体进度滞后", 1, SUPERVISOR, WS))
                .expectEvents(new SupervisionOrderIssued(CASE, 2, null, "案件整体进度滞后", 1,
                        LocalDate.of(2026, 3, 11), TODAY, SUPERVISOR, WS));

        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), new SupervisionOrderIssued(CASE, 1, null, "案件整体进度滞后", 1,
                        LocalDate.of(2026, 3, 11), TODAY, SUPERVISOR, WS))
                .when(new AnswerSupervisionOrder(CASE, 1, "已协调各单位", null, CLERK, WS))
                .expectEvents(new SupervisionOrderAnswered(CASE, 1, "已协调各单位", TODAY, CLERK, WS));
    }

    @Test
    void anUnansweredOrderIsFlaggedOverdueOnceTheDayAfterItsDueDate() {
        fixture.givenCurrentTime(startOf(3, 10))
                .andGivenCommands(new AcceptApplication(CASE, TODAY, Channel.GOV_SERVICE_CENTER, APPLICANT, PROJECT,
                        WATER_AND_POWER, CLERK), issuePower(3))
                .whenThenTimeAdvancesTo(startOf(3, 14))
                .expectEvents(new SupervisionOrderOverdue(CASE, 1, DUE, LocalDate.of(2026, 3, 14), Actor.system(),
                        Channel.SYSTEM));
    }

    @Test
    void anOrderAnsweredInTimeIsNeverFlagged() {
        var executor = fixture.givenCurrentTime(startOf(3, 10))
                .andGivenCommands(new AcceptApplication(CASE, TODAY, Channel.GOV_SERVICE_CENTER, APPLICANT, PROJECT,
                        WATER_AND_POWER, CLERK), issuePower(3));
        clock.today = LocalDate.of(2026, 3, 12);
        executor.andGivenCommands(answerByPower())
                .whenThenTimeAdvancesTo(startOf(3, 20))
                .expectNoEvents();
    }

    @Test
    void overdueIsNotRaisedTwice() {
        clock.today = LocalDate.of(2026, 3, 16);
        fixture.givenCurrentTime(startOf(3, 16))
                .andGiven(accepted(WATER_AND_POWER), powerIssued(),
                        new SupervisionOrderOverdue(CASE, 1, DUE, LocalDate.of(2026, 3, 14), Actor.system(),
                                Channel.SYSTEM),
                        answered(LocalDate.of(2026, 3, 16)))
                .when(new SendBackSupervisionOrder(CASE, 1, "仍未整改", SUPERVISOR, WS))
                .expectEvents(new SupervisionOrderSentBack(CASE, 1, "仍未整改", clock.today, SUPERVISOR, WS));
    }

    @Test
    void onlyASupervisorIssues() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER))
                .when(new IssueSupervisionOrder(CASE, UtilityService.POWER, "原因", 3, POWER_STAFF, WS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.supervisorOnly"));
    }

    @Test
    void aReasonAndAtLeastOneWorkingDayAreRequired() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER))
                .when(new IssueSupervisionOrder(CASE, UtilityService.POWER, "  ", 0, SUPERVISOR, WS))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("reason"),
                        org.hamcrest.Matchers.containsString("workingDays")))
                .expectNoEvents();
    }

    @Test
    void aTrackOrderNeedsATrackOfTheCase() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER))
                .when(new IssueSupervisionOrder(CASE, UtilityService.GAS, "原因", 3, SUPERVISOR, WS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.track.notSelected"));
    }

    @Test
    void anotherUtilityCannotAnswer() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued())
                .when(new AnswerSupervisionOrder(CASE, 1, "代为答复", UtilityService.WATER, WATER_STAFF, WS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.wrongUtility"));
    }

    @Test
    void aUtilityCannotAnswerACaseOrder() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER),
                        new SupervisionOrderIssued(CASE, 1, null, "案件整体进度滞后", 1, LocalDate.of(2026, 3, 11), TODAY,
                                SUPERVISOR, WS))
                .when(answerByPower())
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.windowAnswers"));
    }

    @Test
    void anAnswerNeedsText() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued())
                .when(new AnswerSupervisionOrder(CASE, 1, " ", UtilityService.POWER, POWER_STAFF, WS))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("answer"));
    }

    @Test
    void anAnsweredOrderIsNotAnsweredAgainUntilSentBack() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY))
                .when(answerByPower())
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.notAwaitingAnswer"));
    }

    @Test
    void aClosedOrderCannotBeAnswered() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY),
                        new SupervisionOrderClosed(CASE, 1, null, TODAY, SUPERVISOR, WS))
                .when(answerByPower())
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.notAwaitingAnswer"));
    }

    @Test
    void anOrderIsNotClosedBeforeAnAnswer() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued())
                .when(new CloseSupervisionOrder(CASE, 1, null, SUPERVISOR, WS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.noAnswer"));
    }

    @Test
    void aClosedOrderCannotBeSentBackOrClosedAgain() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY),
                        new SupervisionOrderClosed(CASE, 1, null, TODAY, SUPERVISOR, WS))
                .when(new SendBackSupervisionOrder(CASE, 1, "再查", SUPERVISOR, WS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.closed"));
    }

    @Test
    void sendingBackNeedsAReasonAndASupervisor() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY))
                .when(new SendBackSupervisionOrder(CASE, 1, "", SUPERVISOR, WS))
                .expectException(InvalidInputException.class);
        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY))
                .when(new CloseSupervisionOrder(CASE, 1, null, POWER_STAFF, WS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.supervisorOnly"));
    }

    @Test
    void anUnknownOrderNumberIsRefused() {
        fixture.givenCurrentTime(startOf(3, 10)).andGiven(accepted(WATER_AND_POWER), powerIssued())
                .when(new CloseSupervisionOrder(CASE, 7, null, SUPERVISOR, WS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.order.unknown"));
    }

    @Test
    void aWithdrawnCaseTakesNoNewOrderNorAnswerButNoLongerFlagsOverdue() {
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), powerIssued(),
                        new cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn(CASE, "不再报装", TODAY, CLERK, WS))
                .when(issuePower(3))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("rule.case.withdrawn"));

        fixture = fixture(new TrackClocks(clock, new CalendarService(), LIMITS));
        fixture.givenCurrentTime(startOf(3, 10))
                .andGivenCommands(new AcceptApplication(CASE, TODAY, Channel.GOV_SERVICE_CENTER, APPLICANT, PROJECT,
                                WATER_AND_POWER, CLERK), issuePower(3),
                        new WithdrawApplication(CASE, "不再报装", TODAY, CLERK, WS))
                .whenThenTimeAdvancesTo(startOf(3, 20))
                .expectNoEvents();
    }

    @Test
    void aCalendarCorrectionMovesTheDueDateOfAnOrderStillAwaitingItsAnswer() {
        var corrected = new cn.weihai.lianbao.calendar.WorkingDayCalendar[]{
                cn.weihai.lianbao.calendar.WorkingDayCalendar.shipped()};
        var calendar = new CalendarService() {
            @Override
            public cn.weihai.lianbao.calendar.WorkingDayCalendar current() {
                return corrected[0];
            }
        };
        // 03-11..03-13 turn out to be days off: 3 working days after Tue 03-10 end on Wed 03-18
        corrected[0] = corrected[0].with(2026, new java.util.ArrayList<>(corrected[0].announcedYears().get(2026)) {{
            add(new cn.weihai.lianbao.calendar.HolidayArrangement("更正", LocalDate.of(2026, 3, 11),
                    LocalDate.of(2026, 3, 13), List.of()));
        }});
        fixture = fixture(new TrackClocks(clock, calendar, LIMITS));
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), powerIssued())
                .when(new cn.weihai.lianbao.casefile.api.Commands.RecheckClocks(CASE))
                .expectEvents(new cn.weihai.lianbao.casefile.api.Events.SupervisionOrderDueDateMoved(CASE, 1,
                        LocalDate.of(2026, 3, 18), TODAY, Actor.system(), Channel.SYSTEM))
                .expectScheduledDeadlineWithName(startOf(3, 19), CLOCK_CHECK);

        fixture = fixture(new TrackClocks(clock, calendar, LIMITS));
        fixture.givenCurrentTime(startOf(3, 10))
                .andGiven(accepted(WATER_AND_POWER), powerIssued(), answered(TODAY))
                .when(new cn.weihai.lianbao.casefile.api.Commands.RecheckClocks(CASE))
                .expectNoEvents();
    }
}
