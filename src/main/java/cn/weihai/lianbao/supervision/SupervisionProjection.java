package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code supervision_track} in step with the case events. Events of one case arrive in order (one segment
 * per case), and rows only move forward, so a redelivered or replayed event changes nothing.
 */
@Component
@ProcessingGroup(SupervisionProjection.PROCESSING_GROUP)
class SupervisionProjection {
    static final String PROCESSING_GROUP = "supervision";

    private final SupervisionTable table;
    private final CalendarService calendar;
    private final int dueSoonDays;

    SupervisionProjection(SupervisionTable table, CalendarService calendar, TimeLimitPolicy limits) {
        this.table = table;
        this.calendar = calendar;
        this.dueSoonDays = limits.getDueSoonWorkingDays();
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        var before = table.ofCase(event.caseNumber());
        if (!before.isEmpty() && sequence < before.getFirst().eventCount()) {
            return; // already applied
        }
        var after = SupervisionFold.next(before, event, sequence, calendar.current(), dueSoonDays);
        if (after != before) {
            table.save(after);
        }
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }
}
