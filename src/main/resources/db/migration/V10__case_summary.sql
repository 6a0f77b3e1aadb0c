-- The case list (案件列表): one row per case, kept by CaseSummaryProjection (processing group
-- "case-summary"). Disposable: a replay truncates it and rebuilds it from the event store.
-- Enum columns hold the enum names (UtilityService, TrackStatus, CaseStatus, District, Channel...).

CREATE TABLE case_summary (
    case_number           VARCHAR(40)  PRIMARY KEY,
    accepted_on           DATE         NOT NULL,
    channel               VARCHAR(40)  NOT NULL,
    applicant_name        TEXT         NOT NULL,
    credit_code           VARCHAR(18),
    contact_phone         VARCHAR(20),
    project_name          TEXT,
    project_code          TEXT,
    address               TEXT,
    district              VARCHAR(40),
    status                VARCHAR(20)  NOT NULL,
    -- the selected services, in the order of the application
    services              TEXT[]       NOT NULL,
    -- service -> TrackStatus name, e.g. {"WATER": "ACCEPTED", "POWER": "SURVEYED"}
    track_statuses        JSONB        NOT NULL DEFAULT '{}'::jsonb,
    -- service -> TrackStage name: the stage a track returns to when a pause ends
    track_stages          JSONB        NOT NULL DEFAULT '{}'::jsonb,
    -- ApprovalStatus name; null when no service needs external works
    external_works_status VARCHAR(30),
    last_occurred_on      DATE,
    last_recorded_at      TIMESTAMPTZ,
    -- events applied so far = the next expected sequence number (keeps a replayed event from counting twice)
    event_count           INT          NOT NULL DEFAULT 0
);

-- default order of the list: newest accepted first
CREATE INDEX case_summary_accepted_on ON case_summary (accepted_on DESC, case_number DESC);
CREATE INDEX case_summary_status ON case_summary (status, accepted_on DESC);
CREATE INDEX case_summary_district ON case_summary (district, accepted_on DESC);
