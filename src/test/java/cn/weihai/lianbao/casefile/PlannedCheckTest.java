package cn.weihai.lianbao.casefile;

import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A command that replans the case's clock check while that check executes still commits. */
class PlannedCheckTest {
    private static final ScopeDescriptor CASE = () -> "CombinedApplication LB-2026-000001";

    /** Like db-scheduler's manager: cancels at prepare-commit, and cannot cancel a check that is executing. */
    static class CheckExecutingNow extends AbstractDeadlineManager {
        int cancelAttempts;
        int planned;

        @Override
        public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
            runOnPrepareCommitOrNow(() -> {
                cancelAttempts++;
                throw new TaskInstanceCurrentlyExecutingException("AxonDeadline", "check-1");
            });
        }

        @Override
        public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                               ScopeDescriptor deadlineScope) {
            runOnPrepareCommitOrNow(() -> planned++);
            return "planned";
        }

        @Override
        public void cancelSchedule(String deadlineName, String scheduleId) {
        }

        @Override
        public void cancelAll(String deadlineName) {
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void theCommandCommitsAlthoughTheRunningCheckCannotBeCancelled() {
        CheckExecutingNow deadlines = new CheckExecutingNow();
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);

        PlannedCheck.replan(deadlines, "case-clock", Instant.now(), "check", CASE);
        command.commit();

        assertThat(deadlines.cancelAttempts).isEqualTo(1);
        assertThat(deadlines.planned).isEqualTo(1);
        assertThat(command.isRolledBack()).isFalse();
    }

    @Test
    void askedDirectlyTheManagerFailsTheCommandAtCommit() {
        CheckExecutingNow deadlines = new CheckExecutingNow();
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        try {
            deadlines.cancelAllWithinScope("case-clock", CASE); // a try/catch here would see nothing
        } catch (RuntimeException notThrownHere) {
            throw new AssertionError("cancelled at once", notThrownHere);
        }

        assertThatThrownBy(command::commit).isInstanceOf(TaskInstanceCurrentlyExecutingException.class);
    }

    @Test
    void withoutAUnitOfWorkTheRefusalIsIgnoredAtOnce() {
        CheckExecutingNow deadlines = new CheckExecutingNow();

        PlannedCheck.replan(deadlines, "case-clock", null, null, CASE);

        assertThat(deadlines.cancelAttempts).isEqualTo(1);
        assertThat(deadlines.planned).isZero();
    }
}
