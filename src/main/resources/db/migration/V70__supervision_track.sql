-- Supervision (全过程监管): one row per track of every case, open and finished, kept by SupervisionProjection
-- (processing group "supervision"). Disposable: a replay truncates it and rebuilds it from the event store.
-- Case columns are copied onto each track row so the dashboard filters, searches and pages without a join.
-- Enum columns hold the enum names (UtilityService, TrackStatus, TrackStage, District, Channel, Warning).

-- trusted extension (PG 13+): a database owner may create it; the embedded PostgreSQL 17 ships it
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE supervision_track (
    case_number    VARCHAR(40) NOT NULL,
    service        VARCHAR(20) NOT NULL,
    power_category VARCHAR(40),
    accepted_on    DATE        NOT NULL,
    channel        VARCHAR(40) NOT NULL,
    district       VARCHAR(40),
    applicant_name TEXT        NOT NULL,
    project_name   TEXT,
    project_code   TEXT,
    status         VARCHAR(30) NOT NULL,
    stage          VARCHAR(30) NOT NULL,
    is_open        BOOLEAN GENERATED ALWAYS AS (status NOT IN ('CONNECTED', 'REJECTED', 'WITHDRAWN')) STORED,
    limit_days     INT         NOT NULL,
    -- the applicant's waits, "from/to" with an empty "to" while one goes on, separated by ';'
    waits          TEXT        NOT NULL DEFAULT '',
    -- the time limit's due date by deadline.TrackClock (as of the last event while the track waits)
    due_on         DATE        NOT NULL,
    provisional    BOOLEAN     NOT NULL,
    -- working days left at the last event: the time left of a waiting track (its clock stands still)
    remaining_days INT         NOT NULL,
    -- NONE | DUE_SOON | OVERDUE: the system's latest alert (TrackDueSoon / TrackOverdue / TrackAlertCleared)
    warning        VARCHAR(10) NOT NULL DEFAULT 'NONE',
    -- the day the track ended (connected, rejected, withdrawn); null while open
    ended_on       DATE,
    -- connected within the limit; null unless connected
    on_time        BOOLEAN,
    -- working days used (pauses excluded) up to the end or the last event
    used_days      INT         NOT NULL,
    search_text    TEXT GENERATED ALWAYS AS (lower(case_number || ' ' || applicant_name || ' '
        || coalesce(project_name, '') || ' ' || coalesce(project_code, ''))) STORED,
    -- events of the case applied so far (the same on every row of the case): a replayed event changes nothing
    event_count    INT         NOT NULL,
    PRIMARY KEY (case_number, service)
);

-- The dashboard pages in this order (newest accepted first); the accepted-date range filter uses it too.
CREATE INDEX supervision_track_newest ON supervision_track (accepted_on DESC, case_number DESC, service);
-- selective equality filters in front of the page order
CREATE INDEX supervision_track_service ON supervision_track (service, accepted_on DESC, case_number DESC);
CREATE INDEX supervision_track_district ON supervision_track (district, accepted_on DESC, case_number DESC);
CREATE INDEX supervision_track_channel ON supervision_track (channel, accepted_on DESC, case_number DESC);
-- warnings are rare: small partial indexes in page order serve the warning filter and the tiles' counts
CREATE INDEX supervision_track_due_soon ON supervision_track (accepted_on DESC, case_number DESC)
    WHERE warning = 'DUE_SOON';
CREATE INDEX supervision_track_overdue ON supervision_track (accepted_on DESC, case_number DESC)
    WHERE warning = 'OVERDUE';
CREATE INDEX supervision_track_open ON supervision_track (accepted_on DESC, case_number DESC) WHERE is_open;
-- free text anywhere in case number, applicant, project name or code (ILIKE '%…%')
CREATE INDEX supervision_track_search ON supervision_track USING gin (search_text gin_trgm_ops);
-- statistics: connected tracks by completion
CREATE INDEX supervision_track_connected ON supervision_track (ended_on)
    INCLUDE (service, district, accepted_on, on_time, used_days) WHERE status = 'CONNECTED';
