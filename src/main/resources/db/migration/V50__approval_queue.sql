-- The external-works approvals waiting for each department's opinion (待审批), and those already decided (已处理).
-- Kept by ApprovalQueueProjection (processing group "approval-queue"). Disposable: a replay truncates both tables
-- and rebuilds them from the event store. Enum columns hold the enum names (Department, District).

-- What the queue shows of a case that needs the joint approval, from its ApplicationAccepted.
CREATE TABLE approval_case (
    case_number         VARCHAR(40)  PRIMARY KEY,
    applicant_name      TEXT         NOT NULL,
    project_name        TEXT,
    district            VARCHAR(40),
    -- the approval's limit in working days, counted from each submission (the due date is read with TrackClock)
    limit_working_days  INT          NOT NULL
);

-- One row per department asked in a round. Pending while agreed IS NULL; a pending row disappears when another
-- department's refusal ends the round or the application is withdrawn.
CREATE TABLE approval_opinion (
    case_number   VARCHAR(40)  NOT NULL REFERENCES approval_case (case_number) ON DELETE CASCADE,
    round         INT          NOT NULL,
    department    VARCHAR(40)  NOT NULL,
    submitted_on  DATE         NOT NULL,
    agreed        BOOLEAN,
    reason        TEXT,
    decided_on    DATE,
    decided_by    TEXT,
    PRIMARY KEY (case_number, round, department)
);

-- 待审批 of one department and of all departments, oldest submission (= soonest due) first
CREATE INDEX approval_opinion_pending_department ON approval_opinion (department, submitted_on, case_number)
    WHERE agreed IS NULL;
CREATE INDEX approval_opinion_pending ON approval_opinion (submitted_on, case_number) WHERE agreed IS NULL;
-- 已处理 of one department and of all departments, latest decision first
CREATE INDEX approval_opinion_decided_department ON approval_opinion (department, decided_on DESC, case_number)
    WHERE agreed IS NOT NULL;
CREATE INDEX approval_opinion_decided ON approval_opinion (decided_on DESC, case_number) WHERE agreed IS NOT NULL;
