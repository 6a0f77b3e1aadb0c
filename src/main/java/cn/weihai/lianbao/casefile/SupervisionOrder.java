package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;

/**
 * One supervision order (督办) of a case, as the aggregate decides with it. A track order is answered by that
 * utility's staff; a case order by the window (综合窗口), which took the combined application and coordinates it
 * across the utilities (帮办代办), since no single utility answers for the whole case.
 */
final class SupervisionOrder {
    private final int number;
    private final UtilityService service;
    private final LocalDate issuedOn;
    private final int workingDays;
    private LocalDate dueDate;
    private SupervisionOrderStatus status = SupervisionOrderStatus.OPEN;
    private boolean overdueRaised;

    SupervisionOrder(int number, UtilityService service, LocalDate issuedOn, int workingDays, LocalDate dueDate) {
        this.number = number;
        this.service = service;
        this.issuedOn = issuedOn;
        this.workingDays = workingDays;
        this.dueDate = dueDate;
    }

    int number() {
        return number;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    /**
     * The due date counted again with the calendar now in force, when it differs from the recorded one; only while
     * an answer is owed and the order has not gone overdue (a flagged order stays flagged).
     */
    LocalDate correctedDueDate(TrackClocks clocks) {
        if (overdueRaised || !status.awaitsAnswer()) {
            return null;
        }
        LocalDate counted = clocks.workingDaysAfter(issuedOn, workingDays);
        return counted.equals(dueDate) ? null : counted;
    }

    void dueDateMoved(LocalDate to) {
        dueDate = to;
    }

    void requireAnswerable(Role role, UtilityService answeringFor) {
        if (!status.awaitsAnswer()) {
            throw new RuleViolationException("rule.order.notAwaitingAnswer", number, status);
        }
        if (service == null && role != Role.CLERK) {
            throw new RuleViolationException("rule.order.windowAnswers", number);
        }
        if (service != null && (role != Role.UTILITY_STAFF || answeringFor != service)) {
            throw new RuleViolationException("rule.order.wrongUtility", number, service);
        }
    }

    /** Closing and sending back judge an answer: there must be one waiting. */
    void requireAnswered() {
        if (status == SupervisionOrderStatus.CLOSED) {
            throw new RuleViolationException("rule.order.closed", number);
        }
        if (status != SupervisionOrderStatus.ANSWERED) {
            throw new RuleViolationException("rule.order.noAnswer", number, status);
        }
    }

    /** Overdue: the due date has closed while an answer is still owed, and that was not yet raised. */
    boolean becomesOverdue(LocalDate today) {
        return !overdueRaised && status.awaitsAnswer() && today.isAfter(dueDate);
    }

    /** The day this order next needs a look, or null when it can raise nothing more. */
    LocalDate nextCheck(LocalDate today) {
        if (overdueRaised || !status.awaitsAnswer()) {
            return null;
        }
        return today.isAfter(dueDate) ? today : dueDate.plusDays(1);
    }

    void answered() {
        status = SupervisionOrderStatus.ANSWERED;
    }

    void sentBack() {
        status = SupervisionOrderStatus.SENT_BACK;
    }

    void closed() {
        status = SupervisionOrderStatus.CLOSED;
    }

    void overdueRaised() {
        overdueRaised = true;
    }

    /** State equality, so that Axon's fixture can compare the aggregate built by commands and by sourcing. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SupervisionOrder other && number == other.number && service == other.service
                && issuedOn.equals(other.issuedOn) && workingDays == other.workingDays
                && dueDate.equals(other.dueDate) && status == other.status && overdueRaised == other.overdueRaised;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(number, service, issuedOn, workingDays, dueDate, status, overdueRaised);
    }
}
