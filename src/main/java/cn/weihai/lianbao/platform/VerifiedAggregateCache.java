package cn.weihai.lianbao.platform;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The cases most recently worked on, kept in memory so a command does not read and fold the case's snapshot and
 * events again. An entry is handed out only while it is still the case's newest state: before each use, one indexed
 * query asks the event store for the case's last sequence number and the entry is dropped when that differs (another
 * node, or a bulk load, appended since). Events are never changed or deleted and each (case, sequence) is stored
 * once, so equal numbers mean equal state. A command that fails is rolled back and Axon drops its entry; a stale entry
 * that slipped past (a write between the check and the append) loses on the events' unique key and is retried.
 * <p>
 * Least recently used entries go first beyond {@code capacity}.
 */
public class VerifiedAggregateCache implements Cache {
    private static final Logger log = LoggerFactory.getLogger(VerifiedAggregateCache.class);
    private static final VarHandle VERSION = versionHandle();

    private final int capacity;
    private final Function<String, Optional<Long>> lastSequenceNumber;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Object, Object> entries;

    /**
     * @param lastSequenceNumber the event store's last sequence number of an aggregate, read in the caller's
     *                           transaction
     */
    public VerifiedAggregateCache(int capacity, Function<String, Optional<Long>> lastSequenceNumber) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        if (!supported()) {
            throw new IllegalStateException("this Axon version's AggregateCacheEntry has no readable version");
        }
        this.capacity = capacity;
        this.lastSequenceNumber = lastSequenceNumber;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                boolean full = size() > VerifiedAggregateCache.this.capacity;
                if (full) {
                    listeners.forEach(l -> l.onEntryExpired(eldest.getKey()));
                }
                return full;
            }
        };
    }

    /** Whether this Axon version still lets the cache read an entry's version (otherwise use no cache). */
    public static boolean supported() {
        return VERSION != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value == null) {
            return null;
        }
        if (value instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            remove(key);
            return null;
        }
        listeners.forEach(l -> l.onEntryRead(key, value));
        return (V) value;
    }

    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        Long cached = (Long) VERSION.get(entry);
        return Objects.equals(cached, lastSequenceNumber.apply(key.toString()).orElse(null));
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        Object previous;
        synchronized (entries) {
            previous = entries.put(key, value);
        }
        listeners.forEach(previous == null ? l -> l.onEntryCreated(key, value) : l -> l.onEntryUpdated(key, value));
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (value == null) {
            return false;
        }
        Object previous;
        synchronized (entries) {
            previous = entries.putIfAbsent(key, value);
        }
        if (previous == null) {
            listeners.forEach(l -> l.onEntryCreated(key, value));
        }
        return previous == null;
    }

    @Override
    public boolean remove(Object key) {
        Object removed;
        synchronized (entries) {
            removed = entries.remove(key);
        }
        if (removed != null) {
            listeners.forEach(l -> l.onEntryRemoved(key));
        }
        return removed != null;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (entries) {
            keys = List.copyOf(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(l -> l.onEntryRemoved(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Axon keeps the aggregate's version in a private field of its cache entry and offers no getter. */
    private static VarHandle versionHandle() {
        try {
            return MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Aggregate cache off: this Axon version's AggregateCacheEntry has no readable version ({})",
                    e.toString());
            return null;
        }
    }
}
