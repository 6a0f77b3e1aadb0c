package cn.weihai.lianbao.supervision;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers kept for a short while, per key: for aggregates over the whole projection (tiles' counts, statistics)
 * that cost a scan of millions of rows and that several supervisors open at once. The projection lags the
 * commands anyway; this adds at most {@code ttl}. A zero ttl keeps nothing.
 */
final class ShortLivedCache<K, V> {
    private static final int MAX_ENTRIES = 500;

    private record Entry<V>(V value, long loadedAt) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ShortLivedCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    ShortLivedCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    V get(K key, Supplier<V> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return entry.value();
        }
        V value = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // filters are few in practice; a flood of distinct ones just starts over
        }
        entries.put(key, new Entry<>(value, now));
        return value;
    }
}
