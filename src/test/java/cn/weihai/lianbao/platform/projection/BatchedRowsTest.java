package cn.weihai.lianbao.platform.projection;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedRowsTest {
    private final Map<String, Integer> table = new HashMap<>(Map.of("A", 1, "B", 10));
    private final List<String> reads = new ArrayList<>();
    private final List<List<Integer>> writes = new ArrayList<>();
    private final BatchedRows<String, Integer> rows = new BatchedRows<>("test", key -> {
        reads.add(key);
        return table.getOrDefault(key, 0);
    }, changed -> writes.add(List.copyOf(changed)));

    @Test
    void aBatchReadsEachKeyOnceAndWritesTheChangesTogetherAtCommit() {
        var batch = new BatchingUnitOfWork<>(Stream.of("A", "A", "C", "B", "A")
                .map(GenericEventMessage::asEventMessage).toList());
        List<Integer> writtenBeforeCommit = new ArrayList<>();
        batch.execute(() -> { // once per event of the batch, like a processor's handler
            String key = (String) CurrentUnitOfWork.get().getMessage().getPayload();
            if (!key.equals("B")) {
                rows.put(key, rows.get(key) + 1);
            } else {
                assertThat(rows.get("B")).isEqualTo(10);
            }
            writes.forEach(writtenBeforeCommit::addAll);
        });

        assertThat(writtenBeforeCommit).isEmpty();
        assertThat(reads).containsExactly("A", "C", "B");
        assertThat(writes).containsExactly(List.of(4, 1));
    }

    @Test
    void aFailedBatchWritesNothing() {
        var unit = DefaultUnitOfWork.startAndGet(null);
        var result = unit.executeWithResult(() -> {
            rows.put("A", rows.get("A") + 1);
            throw new IllegalStateException("handler failed");
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(writes).isEmpty();
    }

    @Test
    void flushWritesAtOnceAndRereadsAfterwards() {
        var unit = DefaultUnitOfWork.startAndGet(null);
        unit.execute(() -> {
            rows.put("A", rows.get("A") + 1);
            rows.flush();
            assertThat(writes).containsExactly(List.of(2));
            table.put("A", 7); // a statement changed the table itself
            rows.put("A", rows.get("A") + 1);
        });

        assertThat(writes).containsExactly(List.of(2), List.of(8));
        assertThat(reads).containsExactly("A", "A");
    }

    @Test
    void outsideAUnitOfWorkReadsAndWritesGoStraightToTheTable() {
        rows.put("A", rows.get("A") + 1);
        rows.put("A", rows.get("A") + 1);

        assertThat(reads).containsExactly("A", "A");
        assertThat(writes).containsExactly(List.of(2), List.of(2));
    }
}
