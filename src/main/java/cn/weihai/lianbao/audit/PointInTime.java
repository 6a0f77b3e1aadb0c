package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.HistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case as it stood at a moment, rebuilt from its events recorded up to then (never a stored copy), with how many
 * of its events that was. {@code details} is empty when the case had not been accepted yet at that moment.
 */
public record PointInTime(Instant moment, Optional<CaseDetails> details, int eventsUpTo, int eventsInAll,
                          Instant firstRecordedAt) {

    public static PointInTime of(CaseFileQueries queries, List<HistoryEntry> history, Instant moment) {
        int upTo = (int) history.stream().filter(h -> !h.recordedAt().isAfter(moment)).count();
        return new PointInTime(moment, queries.asOf(history, moment), upTo, history.size(),
                history.isEmpty() ? null : history.getFirst().recordedAt());
    }

    /** Whether the case existed at the moment (its acceptance was recorded by then). */
    public boolean existed() {
        return details.isPresent();
    }
}
