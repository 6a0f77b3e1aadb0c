-- Projection (processing group "complaints", ComplaintProjection): every complaint (工单) of the 12345 hotline,
-- for the complaint lists, the supervisor's open count per utility and the case timeline's lookup of a case's
-- complaints. The complaints themselves are event-sourced aggregates; this table is disposable and rebuilt by a
-- replay (its reset truncates it). last_sequence is the complaint event last applied: the replay guard.
CREATE TABLE complaint (
    ticket_number      VARCHAR(40)  PRIMARY KEY,
    case_number        VARCHAR(40)  NOT NULL,
    caller_name        TEXT         NOT NULL,
    category           VARCHAR(20)  NOT NULL,
    -- the track the complaint concerns; NULL: the case as a whole
    service            VARCHAR(20),
    status             VARCHAR(20)  NOT NULL,
    -- whom it was last forwarded to: a utility service, 'SUPERVISOR', or NULL while not yet forwarded
    addressee          VARCHAR(20),
    due_date           DATE,
    registered_on      DATE         NOT NULL,
    registered_at      TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    last_sequence      BIGINT       NOT NULL
);

-- A case's complaints (the case timeline, the hotline's trace view).
CREATE INDEX complaint_case ON complaint (case_number);
-- The lists, newest first: all (hotline), per addressee (a utility's staff), open ones (supervisor, with counts).
CREATE INDEX complaint_registered ON complaint (registered_at DESC);
CREATE INDEX complaint_addressee ON complaint (addressee, registered_at DESC);
CREATE INDEX complaint_open ON complaint (addressee, registered_at DESC) WHERE status <> 'CLOSED';
