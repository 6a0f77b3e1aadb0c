package cn.weihai.lianbao.platform;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The threshold switches snapshots off at 0 or below; the filter drops snapshots of another aggregate revision. */
class SnapshotConfigurationTest {
    private final SnapshotConfiguration configuration = new SnapshotConfiguration();
    private final Snapshotter snapshotter = (type, id) -> {
    };

    @Test
    void aPositiveThresholdCountsEventsAndZeroOrLessTakesNoSnapshots() {
        assertThat(configuration.caseSnapshotTrigger(snapshotter, 20))
                .isInstanceOf(EventCountSnapshotTriggerDefinition.class);
        assertThat(configuration.caseSnapshotTrigger(snapshotter, 0)).isSameAs(NoSnapshotTriggerDefinition.INSTANCE);
        assertThat(configuration.caseSnapshotTrigger(snapshotter, -1)).isSameAs(NoSnapshotTriggerDefinition.INSTANCE);
    }

    @Test
    void onlySnapshotsOfTheCurrentRevisionAreUsed() {
        SnapshotFilter filter = configuration.caseSnapshotFilter();
        assertThat(filter.allow(snapshot("CombinedApplication", "1"))).isTrue();
        assertThat(filter.allow(snapshot("CombinedApplication", "0"))).isFalse();
        assertThat(filter.allow(snapshot("CombinedApplication", null))).isFalse();
        assertThat(filter.allow(snapshot("Complaint", null))).isTrue();
    }

    private static GenericDomainEventEntry<byte[]> snapshot(String aggregateType, String revision) {
        return new GenericDomainEventEntry<>(aggregateType, "LB-2026-000001", 20, "id", Instant.now(),
                "cn.weihai.lianbao." + aggregateType, revision, new byte[0], new byte[0]);
    }
}
