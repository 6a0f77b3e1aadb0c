package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderAnswered;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderClosed;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderDueDateMoved;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderSentBack;
import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds a case's events, oldest first, into its supervision orders, read on {@code today}. */
public final class SupervisionOrderFold {
    private SupervisionOrderFold() {
    }

    public static List<SupervisionOrderDetails> fold(List<? extends CaseEvent> events, LocalDate today) {
        Map<Integer, SupervisionOrderDetails> orders = new LinkedHashMap<>();
        for (CaseEvent event : events) {
            switch (event) {
                case SupervisionOrderIssued e -> orders.put(e.orderNumber(), new SupervisionOrderDetails(
                        e.caseNumber(), e.orderNumber(), e.service(), e.reason(), e.workingDays(), e.occurredOn(),
                        e.dueDate(), e.actor(), SupervisionOrderStatus.OPEN, null, null, null, null, null, false));
                case SupervisionOrderAnswered e -> orders.computeIfPresent(e.orderNumber(), (n, o) ->
                        with(o, SupervisionOrderStatus.ANSWERED, e.answer(), e.occurredOn(), e.actor(),
                                o.sentBackReason(), null, o.overdue()));
                case SupervisionOrderSentBack e -> orders.computeIfPresent(e.orderNumber(), (n, o) ->
                        with(o, SupervisionOrderStatus.SENT_BACK, o.answer(), o.answeredOn(), o.answeredBy(),
                                e.reason(), null, o.overdue()));
                case SupervisionOrderClosed e -> orders.computeIfPresent(e.orderNumber(), (n, o) ->
                        with(o, SupervisionOrderStatus.CLOSED, o.answer(), o.answeredOn(), o.answeredBy(),
                                o.sentBackReason(), e.occurredOn(), o.overdue()));
                case SupervisionOrderDueDateMoved e -> orders.computeIfPresent(e.orderNumber(), (n, o) ->
                        new SupervisionOrderDetails(o.caseNumber(), o.number(), o.service(), o.reason(),
                                o.workingDays(), o.issuedOn(), e.dueDate(), o.issuedBy(), o.status(), o.answer(),
                                o.answeredOn(), o.answeredBy(), o.sentBackReason(), o.closedOn(), o.overdue()));
                case SupervisionOrderOverdue e -> orders.computeIfPresent(e.orderNumber(), (n, o) ->
                        with(o, o.status(), o.answer(), o.answeredOn(), o.answeredBy(), o.sentBackReason(),
                                o.closedOn(), true));
                default -> { }
            }
        }
        return orders.values().stream().map(o -> o.status().awaitsAnswer() && today.isAfter(o.dueDate())
                ? with(o, o.status(), o.answer(), o.answeredOn(), o.answeredBy(), o.sentBackReason(), o.closedOn(),
                true) : o).toList();
    }

    private static SupervisionOrderDetails with(SupervisionOrderDetails o, SupervisionOrderStatus status,
                                                String answer, LocalDate answeredOn,
                                                cn.weihai.lianbao.shared.Actor answeredBy, String sentBackReason,
                                                LocalDate closedOn, boolean overdue) {
        return new SupervisionOrderDetails(o.caseNumber(), o.number(), o.service(), o.reason(), o.workingDays(),
                o.issuedOn(), o.dueDate(), o.issuedBy(), status, answer, answeredOn, answeredBy, sentBackReason,
                closedOn, overdue);
    }
}
