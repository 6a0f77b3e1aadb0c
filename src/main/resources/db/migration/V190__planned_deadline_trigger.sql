-- What each planned deadline is for: a command that plans its case's clock check for the same moment with the same
-- payload keeps the planned one instead of cancelling and rescheduling it (five statements saved per command, see
-- cn.weihai.lianbao.deadline.IndexedDeadlineManager#replan). Rows planned before have NULLs and are replaced once.
ALTER TABLE planned_deadline ADD COLUMN trigger_at TIMESTAMPTZ, ADD COLUMN payload_key TEXT;
