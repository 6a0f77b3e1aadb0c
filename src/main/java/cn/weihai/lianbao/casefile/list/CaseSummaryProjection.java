package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.platform.projection.BatchedRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps {@code case_summary} in step with the case events. Events of one case arrive in order (one
 * segment per case), and a row only moves forward, so a redelivered or replayed event changes nothing. A batch of
 * events reads each case's row once and writes the changed rows together ({@link BatchedRows}).
 */
@Component
@ProcessingGroup(CaseSummaryProjection.PROCESSING_GROUP)
class CaseSummaryProjection {
    static final String PROCESSING_GROUP = "case-summary";

    private final CaseSummaryTable table;
    private final BatchedRows<String, Optional<CaseSummary>> rows;

    CaseSummaryProjection(CaseSummaryTable table) {
        this.table = table;
        this.rows = new BatchedRows<>(PROCESSING_GROUP, table::find,
                changed -> table.save(changed.stream().flatMap(Optional::stream).toList()));
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        var before = rows.get(event.caseNumber()).orElse(null);
        if (before != null && sequence < before.eventCount()) {
            return; // already applied
        }
        var after = CaseSummaryFold.next(before, event, sequence, recordedAt);
        if (after != null) {
            rows.put(event.caseNumber(), Optional.of(after));
        }
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }
}
