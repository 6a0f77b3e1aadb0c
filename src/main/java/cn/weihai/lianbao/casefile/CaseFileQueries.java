package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads one case straight from its events in the event store, so a read right after a write always shows
 * that write, and the case can be shown as it stood at any moment.
 */
@Service
public class CaseFileQueries {
    private final EventStore eventStore;
    private final CalendarService calendar;
    private final TimeLimitPolicy limits;
    private final Clock clock;

    public CaseFileQueries(EventStore eventStore, CalendarService calendar, TimeLimitPolicy limits, Clock clock) {
        this.eventStore = eventStore;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
    }

    /** The case now, its clocks read today. */
    public Optional<CaseDetails> find(String caseNumber) {
        return details(history(caseNumber));
    }

    /** The case from a history already read (a page showing both reads the events once), clocks read today. */
    public Optional<CaseDetails> details(List<HistoryEntry> history) {
        return CaseDetailsFold.fold(history.stream().map(HistoryEntry::event).toList(),
                clocksOn(LocalDate.now(clock)));
    }

    /** The case as it stood at {@code moment}: only the events recorded up to then, clocks read on that day. */
    public Optional<CaseDetails> asOf(String caseNumber, Instant moment) {
        return asOf(history(caseNumber), moment);
    }

    /**
     * As {@link #asOf(String, Instant)} from a history already read. The clocks are read on the moment's date in
     * Weihai (business dates are Weihai's), never later than today: a moment still to come shows the case now.
     */
    public Optional<CaseDetails> asOf(List<HistoryEntry> history, Instant moment) {
        LocalDate day = LocalDate.ofInstant(moment, LianbaoApplication.ZONE);
        LocalDate today = LocalDate.now(clock.withZone(LianbaoApplication.ZONE));
        return CaseDetailsFold.fold(history.stream()
                        .filter(h -> !h.recordedAt().isAfter(moment)).map(HistoryEntry::event).toList(),
                clocksOn(day.isAfter(today) ? today : day));
    }

    private CaseDetailsFold.ClockContext clocksOn(LocalDate day) {
        return new CaseDetailsFold.ClockContext(calendar.current(), day, limits.getDueSoonWorkingDays());
    }

    public List<HistoryEntry> history(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return List.of();
        }
        // from sequence 0, so that a snapshot (should one ever be configured) never hides the events before it
        return eventStore.readEvents(caseNumber, 0).asStream()
                .filter(m -> m.getPayload() instanceof CaseEvent)
                .map(CaseFileQueries::entry)
                .toList();
    }

    private static HistoryEntry entry(DomainEventMessage<?> m) {
        CaseEvent e = (CaseEvent) m.getPayload();
        return new HistoryEntry(m.getSequenceNumber(), m.getPayloadType().getSimpleName(), e.occurredOn(),
                m.getTimestamp(), e.actor(), e.channel(), e);
    }
}
