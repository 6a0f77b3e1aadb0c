package cn.weihai.lianbao.integration.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link WebhookDispatcher} every {@code lianbao.webhooks.poll-interval} (default 1 s) on one background
 * thread, draining full batches at once. Off with {@code lianbao.webhooks.dispatcher-enabled=false} (e.g. on a
 * node that must not call out).
 */
@Component
class WebhookWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final int MAX_ROUNDS_PER_TICK = 50;

    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;
    private ScheduledExecutorService timer;

    WebhookWorker(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions, WebhookProperties properties,
                  Clock clock) {
        this.dispatcher = new WebhookDispatcher(deliveries, subscriptions, properties, clock);
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.dispatcherEnabled() || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = properties.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
        log.info("Webhook dispatcher polling every {} ms", millis);
    }

    private void tick() {
        try {
            for (int round = 0; round < MAX_ROUNDS_PER_TICK; round++) {
                if (dispatcher.dispatchDue() < properties.batchSize()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // e.g. the database is briefly unreachable: the next tick tries again
            log.warn("Webhook dispatch round failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
