package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.CloseComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ForwardComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.RegisterComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReopenComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReplyToComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintClosed;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintForwarded;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintRegistered;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReopened;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplied;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplyOverdue;
import cn.weihai.lianbao.hotline.complaint.api.Satisfaction;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The life of a complaint (工单) and each refusal, given-when-then on the aggregate alone. */
class ComplaintScenariosTest {
    static final String TICKET = "WH12345-0001";
    static final String CASE = "LB-2026-000042";
    // a Tuesday; Friday 13 March is the third working day after it, the weekend is not counted
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Actor AGENT = new Actor("hotline", "孙热线", Role.HOTLINE, "威海12345政务服务便民热线");
    static final Actor POWER = new Actor("power", "李供电", Role.UTILITY_STAFF, "国网威海供电公司");
    static final Actor WATER = new Actor("water", "赵供水", Role.UTILITY_STAFF, "威海市水务集团有限公司");
    static final Actor SUPERVISOR = new Actor("supervisor", "刘监管", Role.SUPERVISOR, "威海市行政审批服务局");
    static final Actor CLERK = new Actor("clerk", "王窗口", Role.CLERK, "威海市政务服务中心");

    AggregateTestFixture<Complaint> fixture;
    LocalDate today = TODAY;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        Map<String, Set<UtilityService>> cases = Map.of(CASE, EnumSet.of(UtilityService.WATER, UtilityService.POWER));
        fixture.registerInjectableResource((CaseLookup) n -> Optional.ofNullable(cases.get(n)));
        WorkingDayCalendar calendar = WorkingDayCalendar.shipped();
        fixture.registerInjectableResource(new ComplaintDays() {
            @Override
            public LocalDate today() {
                return today;
            }

            @Override
            public LocalDate workingDaysAfter(LocalDate start, int workingDays) {
                return calendar.workingDaysAfter(start, workingDays);
            }

            @Override
            public java.time.Instant startOf(LocalDate day) {
                return ComplaintScenariosTest.startOf(day);
            }
        });
    }

    static RegisterComplaint register(UtilityService service) {
        return new RegisterComplaint(TICKET, "张先生", "13906310001", "供电报装一个月没人联系", ComplaintCategory.SLOW,
                CASE, service, AGENT, Channel.HOTLINE);
    }

    static ComplaintRegistered registered() {
        return new ComplaintRegistered(TICKET, CASE, "张先生", "13906310001", "供电报装一个月没人联系",
                ComplaintCategory.SLOW, UtilityService.POWER, TODAY, AGENT, Channel.HOTLINE);
    }

    static ComplaintForwarded forwardedToPower() {
        return new ComplaintForwarded(TICKET, CASE, UtilityService.POWER, 3, LocalDate.of(2026, 3, 13), TODAY, AGENT,
                Channel.HOTLINE);
    }

    static ComplaintReplied replied() {
        return new ComplaintReplied(TICKET, CASE, "已联系客户，明日踏勘", false, TODAY, POWER, Channel.STAFF_WORKSPACE);
    }

    static ComplaintClosed closed() {
        return new ComplaintClosed(TICKET, CASE, Satisfaction.SATISFIED, null, TODAY, AGENT, Channel.HOTLINE);
    }

    @Test
    void theWholeLife() {
        fixture.givenNoPriorActivity().when(register(UtilityService.POWER)).expectEvents(registered());
        fixture.given(registered())
                .when(new ForwardComplaint(TICKET, UtilityService.POWER, 3, AGENT, Channel.HOTLINE))
                .expectEvents(forwardedToPower());
        fixture.given(registered(), forwardedToPower())
                .when(new ReplyToComplaint(TICKET, " 已联系客户，明日踏勘 ", UtilityService.POWER, POWER,
                        Channel.STAFF_WORKSPACE))
                .expectEvents(replied());
        fixture.given(registered(), forwardedToPower(), replied())
                .when(new CloseComplaint(TICKET, Satisfaction.SATISFIED, "  ", AGENT, Channel.HOTLINE))
                .expectEvents(closed());
        fixture.given(registered(), forwardedToPower(), replied(), closed())
                .when(new ReopenComplaint(TICKET, "来电人再次反映仍未踏勘", AGENT, Channel.HOTLINE))
                .expectEvents(new ComplaintReopened(TICKET, CASE, "来电人再次反映仍未踏勘", TODAY, AGENT,
                        Channel.HOTLINE));
    }

    @Test
    void aReopenedComplaintIsForwardedAgainToTheSupervisorWhoReplies() {
        ComplaintReopened reopened = new ComplaintReopened(TICKET, CASE, "仍未解决", TODAY, AGENT, Channel.HOTLINE);
        ComplaintForwarded toSupervisor = new ComplaintForwarded(TICKET, CASE, null, 1, LocalDate.of(2026, 3, 11),
                TODAY, AGENT, Channel.HOTLINE);
        fixture.given(registered(), forwardedToPower(), replied(), closed(), reopened)
                .when(new ForwardComplaint(TICKET, null, 1, AGENT, Channel.HOTLINE))
                .expectEvents(toSupervisor);
        fixture.given(registered(), forwardedToPower(), replied(), closed(), reopened, toSupervisor)
                .when(new ReplyToComplaint(TICKET, "已督促供电公司", null, SUPERVISOR, Channel.STAFF_WORKSPACE))
                .expectEvents(new ComplaintReplied(TICKET, CASE, "已督促供电公司", false, TODAY, SUPERVISOR,
                        Channel.STAFF_WORKSPACE));
    }

    static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void forwardingSetsTheReplyDeadlineForTheDayAfterTheDueDate() {
        fixture.given(registered())
                .when(new ForwardComplaint(TICKET, UtilityService.POWER, 3, AGENT, Channel.HOTLINE))
                .expectScheduledDeadline(startOf(LocalDate.of(2026, 3, 14)),
                        new ReplyDue(TICKET, LocalDate.of(2026, 3, 13)));
    }

    @Test
    void noReplyByTheDueDateIsFlaggedOnceByTheSystem() {
        fixture.givenCurrentTime(startOf(TODAY))
                .andGivenCommands(register(UtilityService.POWER),
                        new ForwardComplaint(TICKET, UtilityService.POWER, 3, AGENT, Channel.HOTLINE))
                .whenTimeAdvancesTo(startOf(LocalDate.of(2026, 3, 14)))
                .expectEvents(new ComplaintReplyOverdue(TICKET, CASE, LocalDate.of(2026, 3, 13),
                        LocalDate.of(2026, 3, 14), Actor.system(), Channel.SYSTEM));
    }

    @Test
    void aReplyInTimeLeavesTheDeadlineWithNothingToFlag() {
        fixture.givenCurrentTime(startOf(TODAY))
                .andGivenCommands(register(UtilityService.POWER),
                        new ForwardComplaint(TICKET, UtilityService.POWER, 3, AGENT, Channel.HOTLINE),
                        new ReplyToComplaint(TICKET, "已处理", UtilityService.POWER, POWER, Channel.STAFF_WORKSPACE))
                .whenTimeAdvancesTo(startOf(LocalDate.of(2026, 3, 14)))
                .expectNoEvents();
    }

    @Test
    void aReplyAfterTheDueDateIsMarkedLate() {
        today = LocalDate.of(2026, 3, 16);
        fixture.given(registered(), forwardedToPower())
                .when(new ReplyToComplaint(TICKET, "已处理", UtilityService.POWER, POWER, Channel.API))
                .expectEvents(new ComplaintReplied(TICKET, CASE, "已处理", true, today, POWER, Channel.API));
    }

    @Test
    void registrationRefusesEveryBadFieldAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterComplaint("#1", " ", "abc", " ", null, "LB-NOPE", null, AGENT, Channel.HOTLINE))
                .expectNoEvents()
                .expectExceptionMessage(new InvalidInputException(List.of(
                        FieldViolation.of("ticketNumber", "validation.complaint.ticket"),
                        FieldViolation.of("caller.name", "validation.required"),
                        FieldViolation.of("caller.phone", "validation.complaint.phone"),
                        FieldViolation.of("content", "validation.required"),
                        FieldViolation.of("category", "validation.required"),
                        FieldViolation.of("caseNumber", "validation.complaint.noSuchCase", "LB-NOPE")))
                        .getMessage());
    }

    @Test
    void theServiceMustBeOnTheCase() {
        fixture.givenNoPriorActivity().when(register(UtilityService.GAS)).expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("invalid input: [" + FieldViolation.of("service",
                        "validation.complaint.serviceNotOnCase", UtilityService.GAS) + "]");
    }

    @Test
    void onlyTheHotlineRegisters() {
        RegisterComplaint byClerk = new RegisterComplaint(TICKET, "张先生", "13906310001", "内容",
                ComplaintCategory.FEES, CASE, null, CLERK, Channel.STAFF_WORKSPACE);
        fixture.givenNoPriorActivity().when(byClerk).expectNoEvents().expectException(rule("agentsOnly"));
    }

    @Test
    void forwardingNeedsAReplyLimitOfAtLeastOneWorkingDayAndAServiceOfTheCase() {
        fixture.given(registered()).when(new ForwardComplaint(TICKET, UtilityService.POWER, 0, AGENT,
                Channel.HOTLINE)).expectNoEvents().expectException(InvalidInputException.class);
        fixture.given(registered()).when(new ForwardComplaint(TICKET, UtilityService.GAS, 3, AGENT,
                Channel.HOTLINE)).expectNoEvents().expectException(InvalidInputException.class);
        fixture.given(registered()).when(new ForwardComplaint(TICKET, UtilityService.POWER, 3, POWER,
                Channel.HOTLINE)).expectNoEvents().expectException(rule("agentsOnly"));
    }

    @Test
    void aForwardedComplaintIsNotForwardedAgainUntilReopened() {
        fixture.given(registered(), forwardedToPower())
                .when(new ForwardComplaint(TICKET, UtilityService.WATER, 3, AGENT, Channel.HOTLINE))
                .expectNoEvents().expectException(rule("notForwardable"));
    }

    @Test
    void onlyTheAddressedUtilityOrASupervisorReplies() {
        fixture.given(registered(), forwardedToPower())
                .when(new ReplyToComplaint(TICKET, "不归我们", UtilityService.WATER, WATER, Channel.STAFF_WORKSPACE))
                .expectNoEvents().expectException(rule("notAddressed"));
        fixture.given(registered(), forwardedToPower())
                .when(new ReplyToComplaint(TICKET, "代答", null, AGENT, Channel.HOTLINE))
                .expectNoEvents().expectException(rule("notAddressed"));
        fixture.given(registered(), forwardedToPower())
                .when(new ReplyToComplaint(TICKET, " ", UtilityService.POWER, POWER, Channel.STAFF_WORKSPACE))
                .expectNoEvents().expectException(InvalidInputException.class);
    }

    @Test
    void aComplaintNotForwardedCannotBeReplied() {
        fixture.given(registered())
                .when(new ReplyToComplaint(TICKET, "答复", UtilityService.POWER, POWER, Channel.STAFF_WORKSPACE))
                .expectNoEvents().expectException(rule("notAwaitingReply"));
    }

    @Test
    void closingNeedsAReplyAndTheCallersSatisfaction() {
        fixture.given(registered(), forwardedToPower())
                .when(new CloseComplaint(TICKET, Satisfaction.SATISFIED, null, AGENT, Channel.HOTLINE))
                .expectNoEvents().expectException(rule("notReplied"));
        fixture.given(registered(), forwardedToPower(), replied())
                .when(new CloseComplaint(TICKET, null, null, AGENT, Channel.HOTLINE))
                .expectNoEvents().expectException(InvalidInputException.class);
        fixture.given(registered(), forwardedToPower(), replied())
                .when(new CloseComplaint(TICKET, Satisfaction.SATISFIED, null, POWER, Channel.HOTLINE))
                .expectNoEvents().expectException(rule("agentsOnly"));
    }

    @Test
    void onlyAClosedComplaintIsReopenedAndWithAReason() {
        fixture.given(registered(), forwardedToPower())
                .when(new ReopenComplaint(TICKET, "再次来电", AGENT, Channel.HOTLINE))
                .expectNoEvents().expectException(rule("notClosed"));
        fixture.given(registered(), forwardedToPower(), replied(), closed())
                .when(new ReopenComplaint(TICKET, "", AGENT, Channel.HOTLINE))
                .expectNoEvents().expectException(InvalidInputException.class);
    }

    @Test
    void theCalendarSkipsTheWeekendForTheDueDate() {
        assertThat(forwardedToPower().dueDate()).isEqualTo(WorkingDayCalendar.shipped().workingDaysAfter(TODAY, 3));
    }

    private static org.hamcrest.Matcher<RuleViolationException> rule(String name) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.messageKey().equals("rule.complaint." + name);
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText("rule.complaint." + name);
            }
        };
    }
}
