package cn.weihai.lianbao.platform;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command again when its events lost the race for their sequence numbers to another writer of the same case.
 * On one node Axon's per-aggregate lock already serialises writers; the race is between nodes sharing the event
 * store. The command is re-run on the case as it now stands: applied if it still fits, otherwise refused with the
 * usual answer (409). Every other failure is the command's own answer and is returned at once, never retried.
 */
public class ConflictRetry implements RetryScheduler, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long backoffMillis;

    public ConflictRetry(int maxRetries, Duration backoff) {
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("command-retry")
                .daemon().factory());
        this.maxRetries = maxRetries;
        this.backoffMillis = Math.max(1, backoff.toMillis());
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (failures.size() > maxRetries || !isConflict(lastFailure)) {
            return false;
        }
        // the losers of one race must not collide again in lockstep
        long delay = backoffMillis * failures.size() + ThreadLocalRandom.current().nextLong(backoffMillis + 1);
        try {
            executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            return false;
        }
        log.debug("{} lost a concurrent write (attempt {}), retrying in {} ms", commandMessage.getCommandName(),
                failures.size(), delay);
        return true;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
