package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Commands.RecheckClocks;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.StaffUserDetails;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import static cn.weihai.lianbao.casefile.TestCases.await;

/**
 * Real cases with alerts for the order and notification tests: a telecom case accepted long ago (its 超期 comes
 * from the persistent deadline) and, written straight into its history, a supervision order issued long ago.
 */
@Component
public class OrderTestCases {
    private final CommandGateway commands;
    private final CaseNumberAllocator caseNumbers;
    private final EventStore eventStore;
    private final CaseFileQueries cases;
    private final StaffUserDetailsService users;

    OrderTestCases(CommandGateway commands, CaseNumberAllocator caseNumbers, EventStore eventStore,
                   CaseFileQueries cases, StaffUserDetailsService users) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.eventStore = eventStore;
        this.cases = cases;
        this.users = users;
    }

    public static LocalDate daysAgo(int days) {
        return LocalDate.now(LianbaoApplication.ZONE).minusDays(days);
    }

    public StaffUser staff(String username) {
        return ((StaffUserDetails) users.loadUserByUsername(username)).staffUser();
    }

    /** Telecom accepted 30 days ago: its 5 working days are long past, so the system raises TrackOverdue. */
    public String overdueTelecomCase(String unique) {
        String caseNumber = caseNumbers.allocate(daysAgo(30));
        commands.sendAndWait(TestCases.telecom(caseNumber, daysAgo(30), "督办测试公司" + unique, "督办测试项目" + unique));
        await("the system's TrackOverdue on " + caseNumber, () -> cases.history(caseNumber).stream()
                .anyMatch(h -> h.type().equals("TrackOverdue")));
        return caseNumber;
    }

    /**
     * Writes an order issued 20 days ago with a 3-day limit into the case's history (a command can only issue
     * today), then lets the case re-read its clocks: the order is overdue and the case raises it.
     */
    public void backdatedOverdueOrder(String caseNumber, UtilityService service) {
        long next = eventStore.lastSequenceNumberFor(caseNumber).orElseThrow() + 1;
        int number = (int) cases.history(caseNumber).stream().filter(h -> h.type().equals("SupervisionOrderIssued"))
                .count() + 1;
        eventStore.publish(new GenericDomainEventMessage<>("CombinedApplication", caseNumber, next,
                new SupervisionOrderIssued(caseNumber, number, service, "逾期整改测试", 3, daysAgo(17), daysAgo(20),
                        staff("supervisor").actor(), Channel.STAFF_WORKSPACE)));
        commands.sendAndWait(new RecheckClocks(caseNumber));
    }
}
