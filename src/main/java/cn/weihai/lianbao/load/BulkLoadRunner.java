package cn.weihai.lianbao.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --lianbao.bulk-load=N}: once the application is up, bulk-loads N seeded cases in the background
 * ({@code --lianbao.bulk-load-seed=S}, default 1; {@code --lianbao.bulk-load-from=K}, default 0, the first plan
 * index, so a second load with another K adds other cases). The projections catch up by themselves afterwards.
 */
@Component
@ConditionalOnProperty("lianbao.bulk-load")
class BulkLoadRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoadRunner.class);

    private final BulkLoader loader;
    private final int count;
    private final long seed;
    private final long from;

    BulkLoadRunner(BulkLoader loader, @Value("${lianbao.bulk-load}") int count,
                   @Value("${lianbao.bulk-load-seed:1}") long seed, @Value("${lianbao.bulk-load-from:0}") long from) {
        this.loader = loader;
        this.count = count;
        this.seed = seed;
        this.from = from;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofPlatform().name("bulk-load").start(() -> {
            BulkLoader.Result r = loader.load(seed, from, count, false);
            LOG.info("bulk-loaded {} cases: {} events, {} aggregates, {} clock checks planned, {} s ({} events/s)",
                    r.cases(), r.events(), r.aggregates(), r.clockChecks(), Math.round(r.seconds()),
                    Math.round(r.eventsPerSecond()));
        });
    }
}
