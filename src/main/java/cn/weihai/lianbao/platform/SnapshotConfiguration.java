package cn.weihai.lianbao.platform;

import cn.weihai.lianbao.casefile.CombinedApplication;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregate snapshots by event count ({@code lianbao.snapshots.threshold}; 0 or less: none). A case is loaded from
 * its latest snapshot and the events after it instead of from its first event. Snapshots are derived data: they are
 * written after the command's transaction commits, replaced by newer ones, and a snapshot of another revision of the
 * aggregate is ignored (the case is then folded from its events), so deleting them all is always safe.
 * Only the aggregate loads from them: the case page, history and audit chain read the events from sequence 0.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {
    public static final String CASE_TRIGGER = "caseSnapshotTrigger";
    public static final String CASE_FILTER = "caseSnapshotFilter";

    /** Takes the snapshots, in the thread that committed the command, in a transaction of its own. */
    @Bean
    SpringAggregateSnapshotterFactoryBean snapshotter() {
        return new SpringAggregateSnapshotterFactoryBean();
    }

    @Bean(CASE_TRIGGER)
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${lianbao.snapshots.threshold:20}") int threshold) {
        return threshold > 0 ? new EventCountSnapshotTriggerDefinition(snapshotter, threshold)
                : NoSnapshotTriggerDefinition.INSTANCE;
    }

    @Bean(CASE_FILTER)
    SnapshotFilter caseSnapshotFilter() {
        // the filter compares the snapshot's aggregate type, which Axon names by the class's simple name
        return RevisionSnapshotFilter.builder().type(CombinedApplication.class.getSimpleName())
                .revision(new AnnotationRevisionResolver().revisionOf(CombinedApplication.class)).build();
    }
}
