-- The utilities' work queue (待办): one row per case and service, kept by WorkQueueProjection (processing group
-- "work-queue"). Disposable: a replay truncates it and rebuilds it from the event store. Enum columns hold the
-- enum names. Finished tracks stay (is_open = false) so that a redelivered event of their case is still recognised.

CREATE TABLE work_queue (
    case_number           VARCHAR(40)  NOT NULL,
    service               VARCHAR(20)  NOT NULL,
    power_category        VARCHAR(40),
    status                VARCHAR(30)  NOT NULL,
    stage                 VARCHAR(30)  NOT NULL,
    is_open               BOOLEAN      NOT NULL,
    -- earliest due date of the running clocks (TrackClock), and whether it rests on a provisional calendar year
    due_on                DATE         NOT NULL,
    due_provisional       BOOLEAN      NOT NULL,
    -- NONE | DUE_SOON | OVERDUE: the system's latest alert (临期/超期)
    warning               VARCHAR(10)  NOT NULL,
    accepted_on           DATE         NOT NULL,
    applicant_name        TEXT         NOT NULL,
    project_name          TEXT,
    district              VARCHAR(40),
    channel               VARCHAR(40)  NOT NULL,
    -- what the due date is computed from, so a calendar correction can compute it again
    limit_days            INT          NOT NULL,
    plan_reply_limit_days INT,
    plan_issued           BOOLEAN      NOT NULL,
    -- closed applicant-side waits, e.g. [{"from": "2026-03-02", "to": "2026-03-05"}]
    waits                 JSONB        NOT NULL DEFAULT '[]'::jsonb,
    waiting_since         DATE,
    last_step_on          DATE         NOT NULL,
    -- events of the case applied so far (the same on every row of the case): a replayed event changes nothing
    event_count           INT          NOT NULL,
    PRIMARY KEY (case_number, service)
);

-- A utility's queue, soonest due first; the filters narrow it further within the same order.
CREATE INDEX work_queue_due ON work_queue (service, due_on, case_number) WHERE is_open;
CREATE INDEX work_queue_warning ON work_queue (service, warning, due_on, case_number) WHERE is_open;
CREATE INDEX work_queue_status ON work_queue (service, status, due_on, case_number) WHERE is_open;
CREATE INDEX work_queue_district ON work_queue (service, district, due_on, case_number) WHERE is_open;
-- a calendar correction recomputes the open rows
CREATE INDEX work_queue_open ON work_queue (case_number, service) WHERE is_open;
