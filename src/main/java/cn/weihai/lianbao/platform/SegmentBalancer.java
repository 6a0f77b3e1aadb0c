package cn.weihai.lianbao.platform;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the projections' segments between the nodes on one database. Axon's streaming processors claim every free
 * segment, so the first node to start would keep them all and a second one would only stand by. Each node announces
 * itself in {@code app_node}; a node holding more than its fair share (segments / live nodes, rounded up) releases the
 * rest for a while, and another node claims them. When a node dies its claims lapse and the survivors take its
 * segments over, as before: a release is temporary, never a limit.
 */
@Component
class SegmentBalancer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Duration interval;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("segment-balancer").daemon().factory());

    SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing,
                    @Value("${lianbao.projections.balance-interval:10s}") Duration interval) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        executor.scheduleWithFixedDelay(this::balance, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void balance() {
        try {
            jdbc.update("INSERT INTO app_node (name, seen_at) VALUES (?, now()) "
                    + "ON CONFLICT (name) DO UPDATE SET seen_at = now()", node);
            int live = jdbc.queryForObject("SELECT count(*) FROM app_node WHERE seen_at > now() - ?::interval",
                    Integer.class, Math.max(30, interval.toSeconds() * 3) + " seconds");
            jdbc.update("DELETE FROM app_node WHERE seen_at < now() - interval '1 day'");
            if (live > 1) {
                processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                        .forEach(p -> shareOut(p, live));
            }
        } catch (RuntimeException e) {
            log.warn("Could not balance the projection segments between the nodes", e);
        }
    }

    private void shareOut(StreamingEventProcessor processor, int live) {
        int segments = jdbc.queryForObject("SELECT count(*) FROM TokenEntry WHERE processorName = ?", Integer.class,
                processor.getName());
        int fair = (segments + live - 1) / live;
        var claimed = processor.processingStatus().keySet();
        int excess = claimed.size() - fair;
        if (excess <= 0) {
            return;
        }
        claimed.stream().sorted(Comparator.reverseOrder()).limit(excess).forEach(segment ->
                processor.releaseSegment(segment, interval.toMillis() * 3, TimeUnit.MILLISECONDS));
        log.info("{}: released {} of {} segments for the other {} node(s) (fair share {})", processor.getName(),
                excess, claimed.size(), live - 1, fair);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            jdbc.update("DELETE FROM app_node WHERE name = ?", node);
        } catch (RuntimeException e) {
            log.debug("Could not sign off from app_node", e);
        }
    }
}
