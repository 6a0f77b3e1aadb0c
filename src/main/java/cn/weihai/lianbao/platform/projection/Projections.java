package cn.weihai.lianbao.platform.projection;

import cn.weihai.lianbao.platform.projection.ProjectionStatus.Mode;
import cn.weihai.lianbao.platform.projection.ProjectionStatus.State;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The application's event processors and the rebuild of a projection: stop the processor, reset its tokens to the
 * start of the event store (its {@code @ResetHandler} empties the projection's tables) and start it again, so it
 * replays every event. Processors that must not see events twice (they send commands) carry
 * {@code @DisallowReplay} and are refused.
 */
@Service
public class Projections {
    private static final Logger log = LoggerFactory.getLogger(Projections.class);
    private static final long SHUTDOWN_SECONDS = 30;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    Projections(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public List<ProjectionStatus> all() {
        long head = head();
        return processing.eventProcessors().values().stream()
                .map(p -> status(p, head))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    public ProjectionStatus status(String name) {
        return status(processor(name), head());
    }

    /** Starts the rebuild and returns at once; the processor then catches up in the background. */
    public ProjectionStatus rebuild(String name) {
        EventProcessor processor = processor(name);
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new RuleViolationException("projections.error.notResettable", name);
        }
        log.info("Rebuilding projection {}: shutting down, resetting tokens, replaying from the start", name);
        try {
            streaming.shutdownAsync().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
            streaming.resetTokens();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + name, e);
        } catch (Exception e) {
            log.warn("Rebuild of {} failed; starting it again without reset", name, e);
            throw new RuleViolationException("projections.error.resetFailed", name);
        } finally {
            streaming.start();
        }
        return status(name);
    }

    private EventProcessor processor(String name) {
        return processing.eventProcessor(name)
                .orElseThrow(() -> new InvalidInputException(
                        List.of(FieldViolation.of("name", "projections.error.unknown", name))));
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private static ProjectionStatus status(EventProcessor processor, long head) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionStatus(processor.getName(), mode(processor), processor.isRunning(), false, 0, null,
                    head, null, processor.isRunning() ? State.LIVE : State.STOPPED, null);
        }
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        OptionalLong least = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        Long position = least.isPresent() ? least.getAsLong() : null;
        String error = segments.stream().filter(EventTrackerStatus::isErrorState).findFirst()
                .map(s -> s.getError() == null ? "error" : String.valueOf(s.getError().getMessage())).orElse(null);
        boolean replaying = segments.stream().anyMatch(Projections::replaying);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(s -> s.isCaughtUp() && !replaying(s));
        State state = !streaming.isRunning() ? State.STOPPED
                : error != null ? State.ERROR
                : replaying ? State.REPLAYING
                : caughtUp ? State.CAUGHT_UP : State.CATCHING_UP;
        Integer percent = state == State.CAUGHT_UP ? Integer.valueOf(100) : percent(position, head);
        return new ProjectionStatus(streaming.getName(), mode(processor), streaming.isRunning(),
                streaming.supportsReset(), segments.size(), position, head, percent, state, error);
    }

    /**
     * A segment still wraps its token in a replay token until an event after the reset point arrives, even when it
     * has replayed everything up to that point: the replay is over once its position reaches the reset position.
     */
    private static boolean replaying(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        OptionalLong reset = segment.getResetPosition();
        OptionalLong current = segment.getCurrentPosition();
        return reset.isEmpty() || current.isEmpty() || current.getAsLong() < reset.getAsLong();
    }

    private static Integer percent(Long position, long head) {
        if (position == null || head < 0) {
            return null;
        }
        return (int) Math.min(100, Math.max(0, Math.floorDiv(Math.max(position, 0) * 100, Math.max(head, 1))));
    }

    private static Mode mode(EventProcessor processor) {
        return switch (processor) {
            case PooledStreamingEventProcessor p -> Mode.POOLED;
            case TrackingEventProcessor p -> Mode.TRACKING;
            case SubscribingEventProcessor p -> Mode.SUBSCRIBING;
            default -> Mode.OTHER;
        };
    }
}
