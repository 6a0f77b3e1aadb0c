package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.RelatedEvent;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
    private final ObjectProvider<RelatedAggregates> related;

    public CaseFileQueries(EventStore eventStore, CalendarService calendar, TimeLimitPolicy limits, Clock clock,
                           ObjectProvider<RelatedAggregates> related) {
        this.eventStore = eventStore;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
        this.related = related;
    }

    /** The case now, its clocks read today. */
    public Optional<CaseDetails> find(String caseNumber) {
        return details(history(caseNumber));
    }

    /** The case from a history already read (a page showing both reads the events once), clocks read today. */
    public Optional<CaseDetails> details(List<HistoryEntry> history) {
        return CaseDetailsFold.fold(caseEvents(history.stream()).toList(), clocksOn(LocalDate.now(clock)));
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
        return CaseDetailsFold.fold(caseEvents(history.stream()
                        .filter(h -> !h.recordedAt().isAfter(moment))).toList(),
                clocksOn(day.isAfter(today) ? today : day));
    }

    /** A timeline may hold events of related aggregates; the case itself is folded from its own events only. */
    private static Stream<CaseEvent> caseEvents(Stream<HistoryEntry> history) {
        return history.map(HistoryEntry::event).filter(e -> !(e instanceof RelatedEvent));
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

    /**
     * The case's events and, in line with them by the time they were recorded, the events of the aggregates
     * related to it (complaints). Empty when there is no such case.
     */
    public List<HistoryEntry> timeline(String caseNumber) {
        List<HistoryEntry> own = history(caseNumber);
        if (own.isEmpty()) {
            return own;
        }
        List<HistoryEntry> others = related.orderedStream().flatMap(r -> r.of(caseNumber).stream())
                .filter(id -> !id.equals(caseNumber)).distinct()
                .flatMap(id -> eventStore.readEvents(id, 0).asStream())
                .filter(m -> m.getPayload() instanceof RelatedEvent e && caseNumber.equals(e.caseNumber()))
                .map(CaseFileQueries::entry).toList();
        if (others.isEmpty()) {
            return own;
        }
        return Stream.concat(own.stream(), others.stream())
                .sorted(Comparator.comparing(HistoryEntry::recordedAt)).toList();
    }

    private static HistoryEntry entry(DomainEventMessage<?> m) {
        CaseEvent e = (CaseEvent) m.getPayload();
        return new HistoryEntry(m.getSequenceNumber(), m.getPayloadType().getSimpleName(), e.occurredOn(),
                m.getTimestamp(), e.actor(), e.channel(), e);
    }
}
