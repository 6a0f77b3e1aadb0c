package cn.weihai.lianbao.deadline;

import com.github.kagkarlsson.scheduler.exceptions.DbSchedulerException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/**
 * Axon's db-scheduler deadline manager, with an index of the deadlines planned per aggregate
 * ({@code planned_deadline}): cancelling an aggregate's deadlines looks up their ids instead of reading and
 * deserializing every scheduled deadline of the system (what the base class does, once per command: linear in
 * the open cases). Other scopes keep the base behaviour.
 */
public class IndexedDeadlineManager extends DbSchedulerDeadlineManager {
    private static final Logger log = LoggerFactory.getLogger(IndexedDeadlineManager.class);

    private final JdbcTemplate jdbc;

    public IndexedDeadlineManager(Builder builder, JdbcTemplate jdbc) {
        super(builder);
        this.jdbc = jdbc;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        String id = super.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        String scope = scopeId(deadlineScope);
        if (scope != null) {
            jdbc.update("INSERT INTO planned_deadline (schedule_id, scope_id, deadline_name) VALUES (?, ?, ?)",
                    id, scope, deadlineName);
        }
        return id;
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        String scopeId = scopeId(scope);
        if (scopeId == null) {
            super.cancelAllWithinScope(deadlineName, scope);
            return;
        }
        List<String> ids = jdbc.queryForList("DELETE FROM planned_deadline WHERE scope_id = ? AND deadline_name = ?"
                + " RETURNING schedule_id", String.class, scopeId, deadlineName);
        for (String id : ids) {
            try {
                super.cancelSchedule(deadlineName, id);
            } catch (DbSchedulerException executingOrGone) {
                // fired already (gone) or firing now: that run ends by itself
                log.debug("Deadline {} of {} not cancelled: {}", id, scopeId, executingOrGone.getMessage());
            }
        }
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        jdbc.update("DELETE FROM planned_deadline WHERE schedule_id = ?", scheduleId);
        super.cancelSchedule(deadlineName, scheduleId);
    }

    @Override
    public void cancelAll(String deadlineName) {
        jdbc.update("DELETE FROM planned_deadline WHERE deadline_name = ?", deadlineName);
        super.cancelAll(deadlineName);
    }

    private static String scopeId(ScopeDescriptor scope) {
        return scope instanceof AggregateScopeDescriptor a ? a.getType() + ":" + a.getIdentifier() : null;
    }
}
