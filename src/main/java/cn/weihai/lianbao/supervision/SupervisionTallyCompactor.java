package cn.weihai.lianbao.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Folds the tallies' delta rows, which the supervision_track triggers insert on every write (V180), into the tallies
 * every {@code lianbao.supervision.tally-compaction-interval}: the dashboard reads sum both, and fewer deltas keep
 * that sum quick. Every node runs one; an advisory lock lets one at a time through.
 */
@Component
class SupervisionTallyCompactor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SupervisionTallyCompactor.class);

    private static final long MANY = 10_000;

    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("supervision-tally").daemon().factory());

    SupervisionTallyCompactor(JdbcTemplate jdbc,
                              @Value("${lianbao.supervision.tally-compaction-interval:5s}") Duration interval) {
        this.jdbc = jdbc;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        executor.scheduleWithFixedDelay(this::compactQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The delta rows folded, or -1 when another session was compacting at that moment. */
    long compact() {
        Long moved = jdbc.queryForObject("SELECT supervision_tally_compact()", Long.class);
        return moved == null ? 0 : moved;
    }

    private void compactQuietly() {
        try {
            if (compact() > MANY) {
                // the dashboard scans the delta tables: their dead rows after a replay or bulk load would slow it
                // until autovacuum came by
                jdbc.execute("VACUUM ANALYZE supervision_tally_delta, supervision_statistics_delta");
            }
        } catch (RuntimeException e) {
            log.warn("Could not compact the supervision tallies", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
