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
    private final LocalDate dueDate;
    private SupervisionOrderStatus status = SupervisionOrderStatus.OPEN;
    private boolean overdueRaised;

    SupervisionOrder(int number, UtilityService service, LocalDate dueDate) {
        this.number = number;
        this.service = service;
        this.dueDate = dueDate;
    }

    int number() {
        return number;
    }

    LocalDate dueDate() {
        return dueDate;
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
                && dueDate.equals(other.dueDate) && status == other.status && overdueRaised == other.overdueRaised;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(number, service, dueDate, status, overdueRaised);
    }
}
