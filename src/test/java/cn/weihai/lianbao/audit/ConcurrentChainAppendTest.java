package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.IntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers that bypass the in-process aggregate lock (as two nodes do) race for the same sequence number of one
 * aggregate: exactly one wins each time, the losers get a {@link ConcurrencyException}, and the chain head always
 * names the winner, so the chain still verifies.
 */
class ConcurrentChainAppendTest extends IntegrationTest {
    private static final int WRITERS = 6;
    private static final int ROUNDS = 10;

    record RaceProbe(String writer) {
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    ChainHeads heads;

    @Test
    void racingAppendsOnOneAggregateLeaveOneWinnerPerSequenceAndAnIntactChain() throws Exception {
        String id = "race-" + UUID.randomUUID();
        eventStore.publish(probe(id, 0, "first"));

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (long sequence = 1; sequence <= ROUNDS; sequence++) {
                long seq = sequence;
                CyclicBarrier together = new CyclicBarrier(WRITERS);
                List<Future<Boolean>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    String writer = "writer-" + w;
                    writers.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        try {
                            eventStore.publish(probe(id, seq, writer));
                            return true;
                        } catch (ConcurrencyException lost) {
                            return false;
                        }
                    }));
                }
                int won = 0;
                for (Future<Boolean> f : writers) {
                    won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("winners of sequence %d", seq).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }

        var events = eventStore.readEvents(id, 0).asStream().toList();
        assertThat(events).extracting(e -> e.getSequenceNumber())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(heads.find(id)).contains(new ChainHeads.Head(ROUNDS,
                (String) events.getLast().getMetaData().get(EventChain.HASH)));
        ChainReport report = verifier.verifyOne(id);
        assertThat(report.intact()).as("%s", report.broken()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(ROUNDS + 1);
    }

    private static GenericDomainEventMessage<RaceProbe> probe(String id, long sequence, String writer) {
        return new GenericDomainEventMessage<>("RaceProbe", id, sequence, new RaceProbe(writer));
    }
}
