package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.hotline.ComplaintTickets;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;
import cn.weihai.lianbao.hotline.complaint.api.Satisfaction;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.StaffUserDetails;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.CommandFailures;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The done-when path at service level: an agent registers a complaint about a case, forwards it to power, power
 * replies, the agent closes it, and the case's timeline holds every complaint event in line with its own.
 */
class ComplaintLifeTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    Complaints complaints;
    @Autowired
    ComplaintQueries queries;
    @Autowired
    CaseFileQueries cases;
    @Autowired
    ComplaintTickets tickets;
    @Autowired
    ChainVerifier chains;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    ComplaintProjection projection;

    String caseNumber;
    String ticket;

    StaffUser user(String name) {
        return ((StaffUserDetails) users.loadUserByUsername(name)).staffUser();
    }

    @BeforeEach
    void acceptACase() {
        LocalDate acceptedOn = LocalDate.now(LianbaoApplication.ZONE).minusDays(2);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        caseNumber = caseNumbers.allocate(acceptedOn);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, acceptedOn, "工单公司" + unique, "工单项目" + unique));
        ticket = "WH12345-" + unique;
    }

    private void register() {
        complaints.register(ticket, new Complaints.Caller("张先生", "13906310001"), "供电报装迟迟没有踏勘",
                ComplaintCategory.SLOW, caseNumber, UtilityService.POWER, user("hotline"), Channel.HOTLINE);
    }

    @Test
    void registeredForwardedRepliedClosedAndAllOfItInTheCaseTimeline() {
        register();
        complaints.forward(ticket, UtilityService.POWER, 3, user("hotline"), Channel.HOTLINE);
        complaints.reply(ticket, "已安排明日踏勘", user("power"), Channel.STAFF_WORKSPACE);
        complaints.close(ticket, Satisfaction.BASICALLY_SATISFIED, "来电人认可", user("hotline"), Channel.HOTLINE);

        ComplaintDetails closed = complaints.find(ticket).orElseThrow();
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.reply()).isEqualTo("已安排明日踏勘");
        assertThat(closed.repliedBy().username()).isEqualTo("power");
        assertThat(closed.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
        assertThat(closed.dueDate()).isAfter(closed.forwardedOn());

        TestCases.await("the complaint in the projection", () -> queries.ticketsOf(caseNumber).contains(ticket));
        List<HistoryEntry> timeline = cases.timeline(caseNumber);
        assertThat(timeline).extracting(HistoryEntry::type).containsExactly("ApplicationAccepted",
                "ComplaintRegistered", "ComplaintForwarded", "ComplaintReplied", "ComplaintClosed");
        assertThat(timeline).extracting(HistoryEntry::recordedAt).isSorted();
        assertThat(timeline.get(3).actor().username()).isEqualTo("power");
        // the case itself is folded from its own events only
        assertThat(cases.details(timeline).orElseThrow().version()).isEqualTo(0);
        assertThat(cases.history(caseNumber)).hasSize(1);

        assertThat(tickets.isRegisteredFor(caseNumber, ticket)).isTrue();
        assertThat(tickets.isRegisteredFor("LB-OTHER", ticket)).isFalse();
        assertThat(chains.verifyOne(ticket).intact()).isTrue();
        assertThat(chains.verifyOne(ticket).eventsChecked()).isEqualTo(4);
    }

    @Test
    void aSecondRegistrationOfTheTicketIsRefusedAndTheFirstKept() {
        register();
        Throwable again = catchThrowable(() -> complaints.register(ticket, new Complaints.Caller("李女士",
                        "13906310002"), "另一诉求", ComplaintCategory.FEES, caseNumber, null, user("hotline"),
                Channel.HOTLINE));
        assertThat(CommandFailures.unwrap(again)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("rule.complaint.duplicate");
        assertThat(complaints.find(ticket).orElseThrow().callerName()).isEqualTo("张先生");
        // a case number is not a ticket number either
        assertThat(complaints.isTaken(caseNumber)).isTrue();
    }

    @Test
    void eachRoleSeesItsComplaintsAndSupervisorsCountOpenOnesPerUtility() {
        register();
        complaints.forward(ticket, UtilityService.POWER, 3, user("hotline"), Channel.HOTLINE);
        TestCases.await("forwarded in the projection", () -> queries.visibleTo(user("power")).stream()
                .anyMatch(r -> r.ticketNumber().equals(ticket)));
        assertThat(queries.visibleTo(user("water"))).noneMatch(r -> r.ticketNumber().equals(ticket));
        assertThat(queries.visibleTo(user("hotline"))).anyMatch(r -> r.ticketNumber().equals(ticket)
                && r.status() == ComplaintStatus.FORWARDED && r.addressee() == UtilityService.POWER);
        assertThat(queries.visibleTo(user("clerk"))).isEmpty();
        int openWithPower = queries.openPerUtility().getOrDefault(UtilityService.POWER, 0);
        assertThat(openWithPower).isPositive();

        complaints.reply(ticket, "已处理", user("supervisor"), Channel.STAFF_WORKSPACE);
        complaints.close(ticket, Satisfaction.DISSATISFIED, null, user("hotline"), Channel.HOTLINE);
        TestCases.await("closed in the projection", () -> queries.visibleTo(user("supervisor")).stream()
                .noneMatch(r -> r.ticketNumber().equals(ticket)));
        complaints.reopen(ticket, "来电人再次来电", user("hotline"), Channel.HOTLINE);
        TestCases.await("reopened in the projection", () -> queries.visibleTo(user("supervisor")).stream()
                .anyMatch(r -> r.ticketNumber().equals(ticket) && r.status() == ComplaintStatus.REOPENED));
        assertThat(complaints.find(ticket).orElseThrow().reopenCount()).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventChangesNothingInTheProjection() {
        register();
        complaints.forward(ticket, UtilityService.WATER, 2, user("hotline"), Channel.HOTLINE);
        TestCases.await("forwarded in the projection", () -> queries.visibleTo(user("water")).stream()
                .anyMatch(r -> r.ticketNumber().equals(ticket)));
        var registered = new cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintRegistered(ticket,
                caseNumber, "别人", "13906310009", "重放", ComplaintCategory.OTHER, null,
                LocalDate.now(LianbaoApplication.ZONE), user("hotline").actor(), Channel.HOTLINE);
        projection.on(registered, 0, java.time.Instant.now());
        projection.on(new cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplied(ticket,
                caseNumber, "旧答复", false, LocalDate.now(LianbaoApplication.ZONE), user("water").actor(),
                Channel.STAFF_WORKSPACE), 1, java.time.Instant.now());
        ComplaintRow row = queries.visibleTo(user("water")).stream().filter(r -> r.ticketNumber().equals(ticket))
                .findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(ComplaintStatus.FORWARDED);
        assertThat(row.callerName()).isEqualTo("张先生");
        assertThat(row.dueDate()).isNotNull();
    }
}
