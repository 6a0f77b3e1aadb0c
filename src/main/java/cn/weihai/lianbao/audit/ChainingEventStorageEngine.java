package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.audit.ChainHeads.Head;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Wraps the JDBC storage engine: every domain event appended gets {@code prevHash} and {@code hash} in its metadata,
 * and the aggregate's chain head moves, in the transaction that writes the events. This is the one place all events
 * pass, whatever published them (aggregates, several events in one unit of work, deadline handlers, tests calling
 * the store); snapshots are derived data and are stored unchained.
 */
public class ChainingEventStorageEngine implements EventStorageEngine {
    private final EventStorageEngine delegate;
    private final Supplier<Serializer> eventSerializer;
    private final Supplier<EventChain> chain;
    private final Supplier<ChainHeads> heads;
    private final Supplier<TransactionTemplate> transactions;

    public ChainingEventStorageEngine(EventStorageEngine delegate, Supplier<Serializer> eventSerializer,
                                      Supplier<EventChain> chain, Supplier<ChainHeads> heads,
                                      Supplier<TransactionTemplate> transactions) {
        this.delegate = delegate;
        this.eventSerializer = eventSerializer;
        this.chain = chain;
        this.heads = heads;
        this.transactions = transactions;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.get().executeWithoutResult(status -> {
            Map<String, Head> moved = new LinkedHashMap<>();
            Map<String, String> lastHash = new HashMap<>();
            List<EventMessage<?>> chained = new ArrayList<>(events.size());
            for (EventMessage<?> event : events) {
                if (!(event instanceof DomainEventMessage<?> domain) || domain.getType() == null) {
                    chained.add(event);
                    continue;
                }
                String aggregateId = domain.getAggregateIdentifier();
                String prevHash = lastHash.computeIfAbsent(aggregateId, id -> prevHashOf(domain));
                Serializer serializer = eventSerializer.get();
                SerializedObject<byte[]> payload = domain.serializePayload(serializer, byte[].class);
                String hash = chain.get().hash(linkOf(domain, payload, prevHash));
                chained.add(new ChainedEvent<>(domain, Map.of(EventChain.PREV_HASH, prevHash, EventChain.HASH, hash),
                        serializer, payload));
                lastHash.put(aggregateId, hash);
                moved.put(aggregateId, new Head(domain.getSequenceNumber(), hash));
            }
            ChainedAppendStatement.clearWritten();
            delegate.appendEvents(chained);
            Set<String> written = ChainedAppendStatement.takeWritten();
            moved.forEach((aggregateId, head) -> {
                if (written.contains(aggregateId)) {
                    heads.get().remember(aggregateId, head);
                } else {
                    heads.get().save(aggregateId, head);
                }
            });
        });
    }

    /**
     * A domain event with its chain metadata that hands the storage engine the payload already serialized for the
     * hash, instead of serializing it a second time (7 % of a command's time on the command thread, issue 8).
     */
    private static final class ChainedEvent<T> extends GenericDomainEventMessage<T> {
        private final transient Serializer serializer;
        private final transient SerializedObject<byte[]> payload;

        ChainedEvent(DomainEventMessage<T> event, Map<String, ?> chainMetaData, Serializer serializer,
                     SerializedObject<byte[]> payload) {
            super(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                    event.andMetaData(chainMetaData), event.getTimestamp());
            this.serializer = serializer;
            this.payload = payload;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S> SerializedObject<S> serializePayload(Serializer requested, Class<S> representation) {
            return requested == serializer && representation == byte[].class ? (SerializedObject<S>) payload
                    : super.serializePayload(requested, representation);
        }
    }

    /**
     * The hash the aggregate's first appended event chains onto: none before its first event (a second writer of
     * sequence 0 loses on the events' unique key), the head this node committed just before it, or else the stored
     * head, locked.
     */
    private String prevHashOf(DomainEventMessage<?> first) {
        if (first.getSequenceNumber() == 0) {
            return EventChain.GENESIS;
        }
        ChainHeads h = heads.get();
        return h.committedBefore(first.getAggregateIdentifier(), first.getSequenceNumber())
                .or(() -> h.lockAndRead(first.getAggregateIdentifier()))
                .map(Head::lastHash).orElse(EventChain.GENESIS);
    }

    /** The row as the JDBC engine will write it: the same serializer's bytes and the same timestamp text. */
    private static EventChain.Link linkOf(DomainEventMessage<?> event, SerializedObject<byte[]> payload,
                                          String prevHash) {
        return new EventChain.Link(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                event.getType(), payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                DateTimeUtils.formatInstant(event.getTimestamp()), prevHash);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return delegate.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        // read here, where Axon's event store falls back to all the events when a snapshot cannot be read: lazily, a
        // snapshot that no longer fits the aggregate's class would fail every command on its case instead
        return delegate.readSnapshot(aggregateIdentifier).map(snapshot -> {
            snapshot.getPayload();
            return snapshot;
        });
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
