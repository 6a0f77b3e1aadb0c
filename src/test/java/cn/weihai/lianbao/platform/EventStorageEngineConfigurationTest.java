package cn.weihai.lianbao.platform;

import cn.weihai.lianbao.IntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading stops at the first short batch, yet an aggregate of several full batches still loads completely. */
class EventStorageEngineConfigurationTest extends IntegrationTest {
    record BatchProbe(long n) {
    }

    @Autowired EventStore eventStore;

    @Test
    void aggregatesOfFullAndPartialBatchesLoadEveryEvent() {
        for (int count : new int[]{EventStorageEngineConfiguration.BATCH_SIZE,
                2 * EventStorageEngineConfiguration.BATCH_SIZE + 5}) {
            String id = "BATCH-" + UUID.randomUUID();
            eventStore.publish(LongStream.range(0, count)
                    .mapToObj(n -> new GenericDomainEventMessage<>("BatchProbe", id, n, new BatchProbe(n)))
                    .toList());

            List<Long> loaded = eventStore.readEvents(id).asStream().map(DomainEventMessage::getSequenceNumber)
                    .toList();

            assertThat(loaded).as("%d events", count).hasSize(count)
                    .containsExactlyElementsOf(LongStream.range(0, count).boxed().toList());
        }
    }
}
