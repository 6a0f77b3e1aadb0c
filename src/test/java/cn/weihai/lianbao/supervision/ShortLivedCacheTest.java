package cn.weihai.lianbao.supervision;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ShortLivedCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    private int load() {
        return loads.incrementAndGet();
    }

    @Test
    void keepsAnAnswerPerKeyForTheTtlThenLoadsAgain() {
        var cache = new ShortLivedCache<String, Integer>(Duration.ofSeconds(10), now::get);
        assertThat(cache.get("all", this::load)).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(cache.get("all", this::load)).isEqualTo(1);
        assertThat(cache.get("gas", this::load)).isEqualTo(2);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("all", this::load)).isEqualTo(3);
        assertThat(cache.get("gas", this::load)).isEqualTo(2);
    }

    @Test
    void aZeroTtlKeepsNothing() {
        var cache = new ShortLivedCache<String, Integer>(Duration.ZERO, now::get);
        assertThat(cache.get("all", this::load)).isEqualTo(1);
        assertThat(cache.get("all", this::load)).isEqualTo(2);
    }
}
