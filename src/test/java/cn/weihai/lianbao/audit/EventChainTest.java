package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.audit.ChainReport.BrokenChain;
import cn.weihai.lianbao.audit.ChainReport.Reason;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hash chain on the real event store: events written by the application are chained, and editing or deleting
 * rows in PostgreSQL behind its back is found and located. Each test tampers only with cases it created and puts
 * the rows back, so verifications by other tests over all cases are unaffected.
 */
class EventChainTest extends IntegrationTest {
    /** A payload nobody handles, for aggregates made directly on the event store. */
    record ChainProbe(String text) {
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    ChainHeads heads;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyNewEventCarriesItsHashAndThePreviousOne() {
        String caseNumber = ChainTestSupport.caseWithFourEvents(commands, caseNumbers);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(caseNumber, 0).asStream().toList();
        assertThat(events).hasSize(4);
        String previous = EventChain.GENESIS;
        for (DomainEventMessage<?> event : events) {
            assertThat(event.getMetaData().get(EventChain.PREV_HASH)).as("prevHash of %s", event.getSequenceNumber())
                    .isEqualTo(previous);
            assertThat((String) event.getMetaData().get(EventChain.HASH)).matches("[0-9a-f]{64}");
            previous = (String) event.getMetaData().get(EventChain.HASH);
        }
        assertThat(heads.find(caseNumber)).contains(new ChainHeads.Head(3, previous));
    }

    @Test
    void untouchedDataVerifies() {
        String caseNumber = ChainTestSupport.caseWithFourEvents(commands, caseNumbers);

        ChainReport one = verifier.verifyOne(caseNumber);
        assertThat(one.intact()).isTrue();
        assertThat(one.aggregatesChecked()).isEqualTo(1);
        assertThat(one.eventsChecked()).isEqualTo(4);

        // every event any test has written so far, of every type, hashes to what was stored
        ChainReport all = verifier.verifyAll();
        assertThat(all.broken()).isEmpty();
        assertThat(all.aggregatesChecked()).isGreaterThanOrEqualTo(1);
        assertThat(all.eventsChecked()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anEditedPayloadIsLocatedAtItsSequence() {
        String caseNumber = ChainTestSupport.caseWithFourEvents(commands, caseNumbers);
        String bystander = ChainTestSupport.caseWithFourEvents(commands, caseNumbers);
        Map<String, Object> original = ChainTestSupport.row(jdbc, caseNumber, 1);
        String json = new String((byte[]) original.get("payload"), StandardCharsets.UTF_8);
        try {
            String edited = json.replaceFirst("\"occurredOn\":\"\\d{4}", "\"occurredOn\":\"1999");
            assertThat(edited).isNotEqualTo(json);
            EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 1",
                    edited.getBytes(StandardCharsets.UTF_8), caseNumber);

            assertThat(verifier.verifyOne(caseNumber).broken()).containsExactly(new BrokenChain(caseNumber,
                    "CombinedApplication", 1, (String) original.get("eventidentifier"),
                    (String) original.get("payloadtype"), Reason.PAYLOAD_CHANGED));
            ChainReport all = verifier.verifyAll();
            assertThat(all.broken()).extracting(BrokenChain::aggregateId).contains(caseNumber)
                    .doesNotContain(bystander);
            assertThat(verifier.verifyOne(bystander).intact()).isTrue();
        } finally {
            ChainTestSupport.restore(jdbc, original);
        }
        assertThat(verifier.verifyOne(caseNumber).intact()).isTrue();
    }

    @Test
    void aDeletedMiddleRowIsLocated() {
        String caseNumber = ChainTestSupport.caseWithFourEvents(commands, caseNumbers);
        Map<String, Object> deleted = ChainTestSupport.row(jdbc, caseNumber, 2);
        Map<String, Object> next = ChainTestSupport.row(jdbc, caseNumber, 3);
        try {
            EventSurgery.update(jdbc, "DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 2",
                    caseNumber);

            BrokenChain broken = verifier.verifyOne(caseNumber).broken().getFirst();
            assertThat(broken.sequence()).isEqualTo(2);
            assertThat(broken.reason()).isEqualTo(Reason.ROW_MISSING);
            assertThat(broken.eventId()).isEqualTo(next.get("eventidentifier"));
        } finally {
            ChainTestSupport.restore(jdbc, deleted);
        }
        assertThat(verifier.verifyOne(caseNumber).intact()).isTrue();
    }

    @Test
    void aDeletedLastRowIsDetectedByTheChainHead() {
        String caseNumber = ChainTestSupport.caseWithFourEvents(commands, caseNumbers);
        Map<String, Object> last = ChainTestSupport.row(jdbc, caseNumber, 3);
        try {
            EventSurgery.update(jdbc, "DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 3",
                    caseNumber);

            ChainReport report = verifier.verifyOne(caseNumber);
            assertThat(report.broken()).singleElement().satisfies(b -> {
                assertThat(b.sequence()).isEqualTo(3);
                assertThat(b.reason()).isEqualTo(Reason.HEAD_MISMATCH);
            });
            assertThat(report.eventsChecked()).isEqualTo(3);
        } finally {
            ChainTestSupport.restore(jdbc, last);
        }
        assertThat(verifier.verifyOne(caseNumber).intact()).isTrue();
    }

    @Test
    void anAggregateWhoseRowsAreAllDeletedIsDetected() {
        String id = "CHAIN-" + UUID.randomUUID();
        probe(id, 0);
        Map<String, Object> only = ChainTestSupport.row(jdbc, id, 0);
        try {
            EventSurgery.update(jdbc, "DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ?", id);

            assertThat(verifier.verifyOne(id).broken()).extracting(BrokenChain::reason)
                    .containsExactly(Reason.HEAD_MISMATCH);
        } finally {
            ChainTestSupport.restore(jdbc, only);
        }
        assertThat(verifier.verifyOne(id).intact()).isTrue();
    }

    @Test
    void severalEventsInOneUnitOfWorkChainOntoEachOther() {
        String id = "CHAIN-" + UUID.randomUUID();
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            eventStore.publish(message(id, 0));
            eventStore.publish(message(id, 1));
            eventStore.publish(message(id, 2));
        });

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        assertThat(events).hasSize(3);
        assertThat(events.get(1).getMetaData().get(EventChain.PREV_HASH))
                .isEqualTo(events.get(0).getMetaData().get(EventChain.HASH));
        assertThat(events.get(2).getMetaData().get(EventChain.PREV_HASH))
                .isEqualTo(events.get(1).getMetaData().get(EventChain.HASH));
        assertThat(verifier.verifyOne(id).intact()).isTrue();
    }

    @Test
    void eventsFromBeforeTheChainAreUnchainedOnlyAsALeadingPrefix() {
        String id = "CHAIN-" + UUID.randomUUID();
        probe(id, 0);
        probe(id, 1);
        // as a database from before the chain: no hashes, no head
        EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET metaData = ? WHERE aggregateIdentifier = ?",
                "{}".getBytes(StandardCharsets.UTF_8), id);
        jdbc.update("DELETE FROM event_chain_head WHERE aggregate_id = ?", id);
        heads.forgetCommitted(); // as the application started on that database
        probe(id, 2);
        probe(id, 3);

        ChainReport report = verifier.verifyOne(id);
        assertThat(report.intact()).isTrue();
        assertThat(report.unchainedEvents()).isEqualTo(2);
        assertThat(report.eventsChecked()).isEqualTo(4);

        Map<String, Object> chained = ChainTestSupport.row(jdbc, id, 3);
        try {
            EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET metaData = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 3",
                    "{}".getBytes(StandardCharsets.UTF_8), id);
            assertThat(verifier.verifyOne(id).broken()).extracting(BrokenChain::sequence, BrokenChain::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Reason.HASH_MISSING));
        } finally {
            ChainTestSupport.restore(jdbc, chained);
        }
    }

    @Test
    void aHashRecomputedWithoutTheKeyDoesNotPass() {
        String id = "CHAIN-" + UUID.randomUUID();
        probe(id, 0);
        Map<String, Object> original = ChainTestSupport.row(jdbc, id, 0);
        EventChain otherKey = new EventChain("someone-elses-key");
        byte[] forgedPayload = "{\"text\":\"forged\"}".getBytes(StandardCharsets.UTF_8);
        String forgedHash = otherKey.hash(new EventChain.Link(id, 0, (String) original.get("eventidentifier"),
                (String) original.get("type"), (String) original.get("payloadtype"), null, forgedPayload,
                (String) original.get("timestamp"), EventChain.GENESIS));
        try {
            EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET payload = ?, metaData = ? WHERE aggregateIdentifier = ?",
                    forgedPayload, ("{\"prevHash\":\"\",\"hash\":\"" + forgedHash + "\"}")
                            .getBytes(StandardCharsets.UTF_8), id);

            assertThat(verifier.verifyOne(id).broken()).extracting(BrokenChain::reason)
                    .containsExactly(Reason.PAYLOAD_CHANGED);
        } finally {
            ChainTestSupport.restore(jdbc, original);
        }
    }

    @Test
    void anAppendRolledBackIsNotChainedOnto() {
        String id = "CHAIN-" + UUID.randomUUID();
        probe(id, 0);
        probe(id, 1);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            eventStore.publish(new GenericDomainEventMessage<>("ChainProbe", id, 2, new ChainProbe("rolled back")));
            throw new IllegalStateException("the command failed after its events were appended");
        })).isInstanceOf(IllegalStateException.class);
        probe(id, 2);
        probe(id, 3);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).noneMatch(e -> new ChainProbe("rolled back").equals(e.getPayload()));
        assertThat(events.get(2).getMetaData().get(EventChain.PREV_HASH))
                .isEqualTo(events.get(1).getMetaData().get(EventChain.HASH));
        assertThat(verifier.verifyOne(id).intact()).isTrue();
        assertThat(heads.find(id)).contains(new ChainHeads.Head(3, (String) events.get(3).getMetaData()
                .get(EventChain.HASH)));
    }

    private void probe(String id, long sequence) {
        eventStore.publish(message(id, sequence));
    }

    private static GenericDomainEventMessage<ChainProbe> message(String id, long sequence) {
        return new GenericDomainEventMessage<>("ChainProbe", id, sequence, new ChainProbe("probe " + sequence));
    }
}
