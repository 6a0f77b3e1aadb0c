package cn.weihai.lianbao.platform;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC event store exactly as Axon's {@code JdbcAutoConfiguration} builds it, except that loading an aggregate
 * stops at the first batch with fewer events than the batch size. Axon's JDBC engine otherwise always reads one more,
 * empty batch to cover gaps in an aggregate's sequence numbers; here there are none (each append takes the next
 * number, a lost race is refused by the unique key, and stored events are never deleted, V160), so the second query
 * only cost every command one more round trip. Also Axon's embedded event store, with one stream per processor
 * (see {@link #eventStore}). Not under Axon Server, which has no storage engine here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EventStoreLocation.PROPERTY, havingValue = "false")
class EventStorageEngineConfiguration {
    /** Axon's default batch size of the JDBC engine, stated so the final-batch rule uses the same number. */
    static final int BATCH_SIZE = 100;

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          ObjectProvider<AppendEventsStatementBuilder> appendEvents) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder();
        appendEvents.ifAvailable(builder::appendEvents); // the audit chain's insert, moving chain heads with it
        return builder
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema()) // Axon's default tables, as its autoconfiguration
                .batchSize(BATCH_SIZE)
                .finalAggregateBatchPredicate(batch -> batch.size() < BATCH_SIZE)
                .build();
    }

    /**
     * Axon's embedded event store as its autoconfiguration builds it, except that each processor reads the store
     * through its own stream. With the shared stream ("optimized consumption") the cached events are a linked list,
     * and a processor that falls behind (one waiting for its work queues, one doing a durable commit per event)
     * keeps every event after its position reachable: a bulk load of 40,000 cases ran a 1 GB heap out that way.
     * Own streams cost each processor its own reads, which it does in a replay anyway.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }
}
