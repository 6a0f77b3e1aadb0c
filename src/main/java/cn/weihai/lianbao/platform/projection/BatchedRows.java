package cn.weihai.lianbao.platform.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A projection's working copy of the rows it changes in one batch of events: a key's rows are read once per batch,
 * every event of the batch folds into the copy, and the changed rows are written together (one JDBC batch) when the
 * batch's transaction prepares to commit, in the same transaction as the processor's token. A failed batch rolls
 * back and drops the copy with its unit of work. Outside a unit of work (a direct call) reads and writes go
 * straight to the table.
 *
 * @param <K> the key the rows are read by (a case number)
 * @param <V> the key's rows as the projection folds them
 */
public final class BatchedRows<K, V> {
    private final String resource;
    private final Function<K, V> read;
    private final Consumer<List<V>> write;

    /**
     * @param name  unique among projections: the unit of work keeps the copy under it
     * @param read  the key's rows as stored (called at most once per key and batch)
     * @param write stores changed rows; must leave a row alone that the table holds in a newer state
     */
    public BatchedRows(String name, Function<K, V> read, Consumer<List<V>> write) {
        this.resource = BatchedRows.class.getName() + "." + Objects.requireNonNull(name);
        this.read = read;
        this.write = write;
    }

    /** The key's rows: this batch's copy, read from the table the first time. */
    public V get(K key) {
        Copy<K, V> copy = copy();
        return copy == null ? read.apply(key) : copy.rows.computeIfAbsent(key, read);
    }

    /** The key's new rows, written when the batch commits. */
    public void put(K key, V rows) {
        Copy<K, V> copy = copy();
        if (copy == null) {
            write.accept(List.of(rows));
            return;
        }
        copy.rows.put(key, rows);
        copy.changed.put(key, rows);
    }

    /**
     * Writes the batch's changes now and forgets the copy: before a statement that reads or updates the table
     * itself, whose changes the copy would not see.
     */
    public void flush() {
        Copy<K, V> copy = copy();
        if (copy != null) {
            copy.forget(write);
        }
    }

    private Copy<K, V> copy() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(resource, r -> {
            Copy<K, V> copy = new Copy<>();
            unitOfWork.onPrepareCommit(u -> copy.flush(write));
            return copy;
        });
    }

    private static final class Copy<K, V> {
        final Map<K, V> rows = new LinkedHashMap<>();
        final Map<K, V> changed = new LinkedHashMap<>();

        void flush(Consumer<List<V>> write) {
            if (!changed.isEmpty()) {
                List<V> batch = new ArrayList<>(changed.values());
                changed.clear();
                write.accept(batch);
            }
        }

        void forget(Consumer<List<V>> write) {
            flush(write);
            rows.clear();
        }
    }
}
