package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.platform.projection.BatchedRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps {@code supervision_track} in step with the case events. Events of one case arrive in order (one segment
 * per case), and rows only move forward, so a redelivered or replayed event changes nothing. A batch of events
 * reads each case's rows once and writes the changed ones together ({@link BatchedRows}).
 */
@Component
@ProcessingGroup(SupervisionProjection.PROCESSING_GROUP)
class SupervisionProjection {
    static final String PROCESSING_GROUP = "supervision";

    private final SupervisionTable table;
    private final BatchedRows<String, List<SupervisedTrack>> rows;
    private final CalendarService calendar;
    private final int dueSoonDays;

    SupervisionProjection(SupervisionTable table, CalendarService calendar, TimeLimitPolicy limits) {
        this.table = table;
        this.rows = new BatchedRows<>(PROCESSING_GROUP, table::ofCase,
                changed -> table.save(changed.stream().flatMap(List::stream).toList()));
        this.calendar = calendar;
        this.dueSoonDays = limits.getDueSoonWorkingDays();
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        var before = rows.get(event.caseNumber());
        if (!before.isEmpty() && sequence < before.getFirst().eventCount()) {
            return; // already applied
        }
        var after = SupervisionFold.next(before, event, sequence, calendar.current(), dueSoonDays);
        if (after != before) {
            rows.put(event.caseNumber(), after);
        }
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }
}
