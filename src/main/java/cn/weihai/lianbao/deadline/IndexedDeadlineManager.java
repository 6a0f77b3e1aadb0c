package cn.weihai.lianbao.deadline;

import com.github.kagkarlsson.scheduler.exceptions.DbSchedulerException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Axon's db-scheduler deadline manager, with an index of the deadlines planned per aggregate
 * ({@code planned_deadline}): cancelling an aggregate's deadlines looks up their ids instead of reading and
 * deserializing every scheduled deadline of the system (what the base class does, once per command: linear in
 * the open cases). Other scopes keep the base behaviour.
 */
public class IndexedDeadlineManager extends DbSchedulerDeadlineManager {
    private static final Logger log = LoggerFactory.getLogger(IndexedDeadlineManager.class);
    /** db-scheduler's task name of every Axon deadline ({@code DbSchedulerDeadlineToken.TASK_NAME}). */
    static final String TASK_NAME = "AxonDeadline";

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
            jdbc.update("INSERT INTO planned_deadline (schedule_id, scope_id, deadline_name, trigger_at, payload_key)"
                            + " VALUES (?, ?, ?, ?, ?)", id, scope, deadlineName, triggerDateTime.atOffset(ZoneOffset.UTC),
                    payloadKey(messageOrPayload));
        }
        return id;
    }

    /**
     * Makes {@code at} (or nothing, when null) the one planned {@code deadlineName} of the aggregate, at once and in
     * the current transaction. Most commands plan their case's next clock check for the moment already planned: that
     * one is kept (one statement) instead of being cancelled and planned anew (six). It is kept only while it waits
     * in db-scheduler unpicked, with the same moment and an equal payload (a record, compared by its value text).
     * Call it outside a unit of work (as {@code PlannedCheck} does at prepare-commit), so nothing is deferred.
     */
    public void replan(String deadlineName, Instant at, Object payload, ScopeDescriptor scope) {
        String scopeId = scopeId(scope);
        if (scopeId == null) {
            cancelAllWithinScope(deadlineName, scope);
            if (at != null) {
                schedule(at, deadlineName, payload, scope);
            }
            return;
        }
        List<Planned> planned = jdbc.query("""
                        SELECT p.schedule_id, p.trigger_at, p.payload_key, t.picked
                        FROM planned_deadline p
                        LEFT JOIN scheduled_tasks t ON t.task_name = ? AND t.task_instance = p.schedule_id
                        WHERE p.scope_id = ? AND p.deadline_name = ?""",
                (rs, n) -> new Planned(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getObject(4)),
                TASK_NAME, scopeId, deadlineName);
        String key = payloadKey(payload);
        if (at != null && key != null && planned.size() == 1 && planned.getFirst().waitsFor(at, key)) {
            return;
        }
        if (!planned.isEmpty()) {
            // a picked check is executing: db-scheduler would refuse to cancel it, and that run ends by itself
            jdbc.update("""
                            WITH gone AS (DELETE FROM planned_deadline WHERE schedule_id = ANY (?) RETURNING schedule_id)
                            DELETE FROM scheduled_tasks WHERE task_name = ? AND NOT picked
                                AND task_instance IN (SELECT schedule_id FROM gone)""",
                    planned.stream().map(Planned::scheduleId).toArray(String[]::new), TASK_NAME);
        }
        if (at != null) {
            schedule(at, deadlineName, payload, scope);
        }
    }

    private record Planned(String scheduleId, OffsetDateTime triggerAt, String payloadKey, Object picked) {
        boolean waitsFor(Instant at, String key) {
            return Boolean.FALSE.equals(picked) && triggerAt != null && triggerAt.toInstant().equals(at)
                    && key.equals(payloadKey);
        }
    }

    /** A record's text is its components' values; any other payload is never taken as equal. */
    private static String payloadKey(Object payload) {
        return payload instanceof Record r ? r.getClass().getName() + Objects.toString(r) : null;
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
