package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.deadline.IndexedDeadlineManager;
import com.github.kagkarlsson.scheduler.exceptions.DbSchedulerException;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Replaces the current aggregate's planned deadline of one name, in the command's own transaction, tolerating a
 * planned deadline that is executing at this very moment.
 * <p>
 * The deadline manager defers a cancellation to the unit of work's prepare-commit phase, so a try/catch around the
 * call sees nothing: when the case's clock check fires while a step is being recorded, db-scheduler refuses to
 * cancel the executing check (or finds it already gone) and the step would fail. That running check ends by itself
 * and raises each alert once, so the refusal is harmless. This cancels and plans at prepare-commit itself, in that
 * order, and lets the refusal go.
 */
final class PlannedCheck {
    private static final Logger log = LoggerFactory.getLogger(PlannedCheck.class);

    private PlannedCheck() {
    }

    /** Cancels every planned {@code deadlineName} of the current aggregate and plans one at {@code at} (if any). */
    static void replan(DeadlineManager deadlines, String deadlineName, Instant at, Object payload) {
        replan(deadlines, deadlineName, at, payload, Scope.describeCurrentScope());
    }

    static void replan(DeadlineManager deadlines, String deadlineName, Instant at, Object payload,
                       ScopeDescriptor scope) {
        Runnable replan = deadlines instanceof IndexedDeadlineManager indexed
                ? () -> indexed.replan(deadlineName, at, payload, scope) : () -> {
            cancelAll(deadlines, deadlineName, scope);
            if (at != null) {
                deadlines.schedule(at, deadlineName, payload, scope);
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> outsideUnitOfWork(unitOfWork, replan));
        } else {
            replan.run();
        }
    }

    /** Without a current unit of work the manager acts at once (still in the same database transaction). */
    private static void outsideUnitOfWork(UnitOfWork<?> unitOfWork, Runnable task) {
        CurrentUnitOfWork.clear(unitOfWork);
        try {
            task.run();
        } finally {
            CurrentUnitOfWork.set(unitOfWork);
        }
    }

    private static void cancelAll(DeadlineManager deadlines, String deadlineName, ScopeDescriptor scope) {
        try {
            deadlines.cancelAllWithinScope(deadlineName, scope);
        } catch (DbSchedulerException executingOrGone) {
            log.debug("Planned '{}' of {} not cancelled: {}", deadlineName, scope.scopeDescription(),
                    executingOrGone.getMessage());
        }
    }
}
