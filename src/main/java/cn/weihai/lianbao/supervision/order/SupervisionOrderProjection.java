package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderAnswered;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderClosed;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderDueDateMoved;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderSentBack;
import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code supervision_order} in step with the order events. A row changes only for a later event of its
 * case ({@code last_sequence}), so a redelivered or replayed event changes nothing.
 */
@Component
@ProcessingGroup(SupervisionOrderProjection.PROCESSING_GROUP)
class SupervisionOrderProjection {
    static final String PROCESSING_GROUP = "supervision-orders";

    private final JdbcTemplate jdbc;

    SupervisionOrderProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SupervisionOrderIssued e, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO supervision_order (case_number, order_number, service, reason, working_days, issued_on,
                                               due_date, issued_by, status, last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_number, order_number) DO NOTHING""",
                e.caseNumber(), e.orderNumber(), e.service() == null ? null : e.service().name(), e.reason(),
                e.workingDays(), Date.valueOf(e.occurredOn()), Date.valueOf(e.dueDate()), e.actor().displayName(),
                SupervisionOrderStatus.OPEN.name(), sequence);
    }

    @EventHandler
    void on(SupervisionOrderAnswered e, @SequenceNumber long sequence) {
        update(e.caseNumber(), e.orderNumber(), sequence, "status = ?, answered_on = ?",
                SupervisionOrderStatus.ANSWERED.name(), Date.valueOf(e.occurredOn()));
    }

    @EventHandler
    void on(SupervisionOrderSentBack e, @SequenceNumber long sequence) {
        update(e.caseNumber(), e.orderNumber(), sequence, "status = ?", SupervisionOrderStatus.SENT_BACK.name());
    }

    @EventHandler
    void on(SupervisionOrderClosed e, @SequenceNumber long sequence) {
        update(e.caseNumber(), e.orderNumber(), sequence, "status = ?, closed_on = ?",
                SupervisionOrderStatus.CLOSED.name(), Date.valueOf(e.occurredOn()));
    }

    @EventHandler
    void on(SupervisionOrderDueDateMoved e, @SequenceNumber long sequence) {
        update(e.caseNumber(), e.orderNumber(), sequence, "due_date = ?", Date.valueOf(e.dueDate()));
    }

    @EventHandler
    void on(SupervisionOrderOverdue e, @SequenceNumber long sequence) {
        update(e.caseNumber(), e.orderNumber(), sequence, "overdue_flagged = TRUE");
    }

    private void update(String caseNumber, int order, long sequence, String set, Object... values) {
        List<Object> args = new ArrayList<>(List.of(values));
        args.addAll(List.of(sequence, caseNumber, order, sequence));
        jdbc.update("UPDATE supervision_order SET " + set + ", last_sequence = ?"
                + " WHERE case_number = ? AND order_number = ? AND last_sequence < ?", args.toArray());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE supervision_order");
    }
}
