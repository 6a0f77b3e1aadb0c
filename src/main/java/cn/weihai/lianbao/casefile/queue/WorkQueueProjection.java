package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.api.YearAnnounced;
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
 * Keeps {@code work_queue} in step with the case events. Events of one case arrive in order (one segment per
 * case), and the rows of a case only move forward, so a redelivered or replayed event changes nothing. A batch of
 * events reads each case's rows once and writes the changed ones together ({@link BatchedRows}). A calendar
 * year entered or corrected ({@link YearAnnounced}; the calendar projection has already taken it in, in the
 * announcing transaction) moves the due dates of every open row.
 */
@Component
@ProcessingGroup(WorkQueueProjection.PROCESSING_GROUP)
class WorkQueueProjection {
    static final String PROCESSING_GROUP = "work-queue";
    private static final int PAGE = 500;

    private final WorkQueueTable table;
    private final BatchedRows<String, List<OpenTrack>> rows;
    private final CalendarService calendar;
    private final int dueSoonWorkingDays;

    WorkQueueProjection(WorkQueueTable table, CalendarService calendar, TimeLimitPolicy limits) {
        this.table = table;
        this.rows = new BatchedRows<>(PROCESSING_GROUP, table::rowsOf,
                changed -> table.save(changed.stream().flatMap(List::stream).toList()));
        this.calendar = calendar;
        this.dueSoonWorkingDays = limits.getDueSoonWorkingDays();
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        List<OpenTrack> before = rows.get(event.caseNumber());
        if (!before.isEmpty() && sequence < before.getFirst().eventCount()) {
            return; // already applied
        }
        List<OpenTrack> after = QueueFold.next(before, event, sequence, calendar.current(), dueSoonWorkingDays);
        if (!after.isEmpty()) {
            rows.put(event.caseNumber(), after);
        }
    }

    @EventHandler
    void on(YearAnnounced event) {
        rows.flush(); // the walk below reads and updates the table itself
        String caseNumber = "";
        String service = "";
        while (true) {
            List<OpenTrack> page = table.openRowsAfter(caseNumber, service, PAGE);
            if (page.isEmpty()) {
                return;
            }
            table.updateDue(page.stream().map(r -> QueueDue.compute(r, calendar.current(), dueSoonWorkingDays))
                    .toList());
            caseNumber = page.getLast().caseNumber();
            service = page.getLast().service().name();
        }
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }
}
