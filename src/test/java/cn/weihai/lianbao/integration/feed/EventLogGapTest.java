package cn.weihai.lianbao.integration.feed;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogGapTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant SETTLED_BEFORE = NOW.minusSeconds(10);

    private static StoredEvent event(long index, Instant recordedAt) {
        return new StoredEvent(index, "C", index, "CombinedApplication", "x.Events$ApplicationAccepted", recordedAt,
                null);
    }

    @Test
    void readingStopsBeforeAYoungGapWhichMayStillFill() {
        List<StoredEvent> batch = List.of(event(11, NOW), event(12, NOW), event(14, NOW), event(15, NOW));
        assertThat(EventLog.settled(batch, 10, SETTLED_BEFORE)).extracting(StoredEvent::globalIndex)
                .containsExactly(11L, 12L);
    }

    @Test
    void aGapRightAfterTheCursorHoldsEverythingBack() {
        assertThat(EventLog.settled(List.of(event(13, NOW)), 10, SETTLED_BEFORE)).isEmpty();
    }

    @Test
    void anOldGapIsARolledBackTransactionAndIsPassed() {
        Instant old = NOW.minusSeconds(60);
        List<StoredEvent> batch = List.of(event(11, old), event(14, old), event(15, NOW));
        assertThat(EventLog.settled(batch, 10, SETTLED_BEFORE)).extracting(StoredEvent::globalIndex)
                .containsExactly(11L, 14L, 15L);
    }

    @Test
    void theEventNameIsTheRecordsSimpleName() {
        assertThat(event(1, NOW).eventName()).isEqualTo("ApplicationAccepted");
    }
}
