package cn.weihai.lianbao.platform;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Capacity, least-recently-used order and listeners; the version check is AggregateCacheTest's. */
class VerifiedAggregateCacheTest {
    private final VerifiedAggregateCache cache = new VerifiedAggregateCache(2, id -> Optional.empty());

    @Test
    void thisAxonVersionLetsTheCacheReadAnEntrysVersion() {
        assertThat(VerifiedAggregateCache.supported()).isTrue();
    }

    @Test
    void theLeastRecentlyUsedEntryGoesFirst() {
        List<String> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key.toString());
            }
        });
        cache.put("a", "A");
        cache.put("b", "B");
        assertThat((Object) cache.get("a")).isEqualTo("A");
        cache.put("c", "C");
        assertThat(expired).containsExactly("b");
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void putIfAbsentRemoveAndRemoveAll() {
        assertThat(cache.putIfAbsent("a", "A")).isTrue();
        assertThat(cache.putIfAbsent("a", "other")).isFalse();
        assertThat((Object) cache.get("a")).isEqualTo("A");
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        cache.put("b", "B");
        cache.put("b", null);
        assertThat(cache.containsKey("b")).as("null removes").isFalse();
        cache.put("c", "C");
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new VerifiedAggregateCache(0, id -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
