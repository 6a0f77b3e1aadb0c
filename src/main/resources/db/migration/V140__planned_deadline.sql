-- Which db-scheduler deadline (scheduled_tasks.task_instance) belongs to which aggregate: lets a command replace
-- its case's planned clock check by id. Axon's own cancelAllWithinScope reads and deserializes EVERY scheduled
-- deadline to find the case's, once per command (see cn.weihai.lianbao.deadline.IndexedDeadlineManager).
-- Written in the command's transaction, with the deadline itself. Deadlines planned before this table existed
-- have no row: they are not cancelled and fire once more at their planned day, which only re-reads the clocks.
CREATE TABLE planned_deadline (
    schedule_id   VARCHAR(255) PRIMARY KEY,
    scope_id      VARCHAR(255) NOT NULL,
    deadline_name VARCHAR(255) NOT NULL
);
CREATE INDEX planned_deadline_scope ON planned_deadline (scope_id, deadline_name);
