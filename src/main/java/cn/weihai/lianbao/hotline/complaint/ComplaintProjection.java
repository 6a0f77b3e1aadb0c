package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintClosed;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintForwarded;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintRegistered;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReopened;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplied;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code complaint} in step with the complaint events. A row changes only for a later event of its complaint
 * ({@code last_sequence}), so a redelivered or replayed event changes nothing.
 */
@Component
@ProcessingGroup(ComplaintProjection.PROCESSING_GROUP)
class ComplaintProjection {
    static final String PROCESSING_GROUP = "complaints";
    static final String TO_SUPERVISOR = "SUPERVISOR";

    private final JdbcTemplate jdbc;

    ComplaintProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintRegistered e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO complaint (ticket_number, case_number, caller_name, category, service, status,
                                       registered_on, registered_at, updated_at, last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_number) DO NOTHING""",
                e.ticketNumber(), e.caseNumber(), e.callerName(), e.category().name(),
                e.service() == null ? null : e.service().name(), ComplaintStatus.REGISTERED.name(),
                Date.valueOf(e.occurredOn()), time(at), time(at), sequence);
    }

    @EventHandler
    void on(ComplaintForwarded e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.ticketNumber(), sequence, at, "status = ?, addressee = ?, due_date = ?",
                ComplaintStatus.FORWARDED.name(), e.utility() == null ? TO_SUPERVISOR : e.utility().name(),
                Date.valueOf(e.dueDate()));
    }

    @EventHandler
    void on(ComplaintReplied e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.ticketNumber(), sequence, at, "status = ?", ComplaintStatus.REPLIED.name());
    }

    @EventHandler
    void on(ComplaintClosed e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.ticketNumber(), sequence, at, "status = ?", ComplaintStatus.CLOSED.name());
    }

    @EventHandler
    void on(ComplaintReopened e, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(e.ticketNumber(), sequence, at, "status = ?", ComplaintStatus.REOPENED.name());
    }

    private void update(String ticket, long sequence, Instant at, String set, Object... values) {
        List<Object> args = new ArrayList<>(List.of(values));
        args.addAll(List.of(time(at), sequence, ticket, sequence));
        jdbc.update("UPDATE complaint SET " + set + ", updated_at = ?, last_sequence = ?"
                + " WHERE ticket_number = ? AND last_sequence < ?", args.toArray());
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE complaint");
    }
}
