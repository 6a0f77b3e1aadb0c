package cn.weihai.lianbao.notification;

import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes one notification per alert, addressed to the responsible utility (the window for a whole-case order)
 * and to the supervisors. Keyed by the event's identifier: a redelivered or replayed event writes nothing.
 */
@Component
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
class NotificationProjection {
    static final String PROCESSING_GROUP = "notifications";

    private final JdbcTemplate jdbc;

    NotificationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrackDueSoon e, @MessageIdentifier String id, @org.axonframework.eventhandling.Timestamp Instant at) {
        insert(id, e.caseNumber(), "TrackDueSoon", e.service(), e.dueDate(), null, e.occurredOn(), at);
    }

    @EventHandler
    void on(TrackOverdue e, @MessageIdentifier String id, @org.axonframework.eventhandling.Timestamp Instant at) {
        insert(id, e.caseNumber(), "TrackOverdue", e.service(), e.dueDate(), null, e.occurredOn(), at);
    }

    @EventHandler
    void on(SupervisionOrderIssued e, @MessageIdentifier String id,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        insert(id, e.caseNumber(), "SupervisionOrderIssued", e.service(), e.dueDate(), e.orderNumber(),
                e.occurredOn(), at);
    }

    /** Goes to the same audience as the order's issue, found from its notification (same case, so earlier). */
    @EventHandler
    void on(SupervisionOrderOverdue e, @MessageIdentifier String id,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String service = jdbc.query("""
                        SELECT service FROM notification
                        WHERE case_number = ? AND order_number = ? AND kind = 'SupervisionOrderIssued'""",
                rs -> rs.next() ? rs.getString(1) : null, e.caseNumber(), e.orderNumber());
        insert(id, e.caseNumber(), "SupervisionOrderOverdue", service == null ? null : UtilityService.valueOf(service),
                e.dueDate(), e.orderNumber(), e.occurredOn(), at);
    }

    private void insert(String eventId, String caseNumber, String kind, UtilityService service, LocalDate dueDate,
                        Integer orderNumber, LocalDate occurredOn, Instant recordedAt) {
        jdbc.update("""
                INSERT INTO notification (event_id, case_number, kind, service, for_window, for_supervisors,
                                          due_date, order_number, occurred_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                eventId, caseNumber, kind, service == null ? null : service.name(), service == null,
                Date.valueOf(dueDate), orderNumber, Date.valueOf(occurredOn), Timestamp.from(recordedAt));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE notification");
    }
}
