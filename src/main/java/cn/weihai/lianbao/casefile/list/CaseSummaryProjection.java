package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.casefile.api.CaseEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps {@code case_summary} in step with the case events. Events of one case arrive in order (one
 * segment per case), and a row only moves forward, so a redelivered or replayed event changes nothing.
 */
@Component
@ProcessingGroup(CaseSummaryProjection.PROCESSING_GROUP)
class CaseSummaryProjection {
    static final String PROCESSING_GROUP = "case-summary";

    private final CaseSummaryTable table;

    CaseSummaryProjection(CaseSummaryTable table) {
        this.table = table;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        var before = table.find(event.caseNumber()).orElse(null);
        if (before != null && sequence < before.eventCount()) {
            return; // already applied
        }
        var after = CaseSummaryFold.next(before, event, sequence, recordedAt);
        if (after != null) {
            table.save(after);
        }
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }
}
