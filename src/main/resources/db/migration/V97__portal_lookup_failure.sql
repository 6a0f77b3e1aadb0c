-- Failed applicant progress look-ups (进度查询), to throttle guessing of case numbers and credit codes per client
-- address and per case number across nodes and restarts. Not a projection: not rebuilt from events, and rows
-- older than the throttling window carry no meaning (they are deleted as new failures come in).
CREATE TABLE portal_lookup_failure (
    id             BIGSERIAL    PRIMARY KEY,
    client_address VARCHAR(64)  NOT NULL,
    -- the case number as typed (normalised), whether or not such a case exists
    case_number    VARCHAR(64)  NOT NULL,
    failed_at      TIMESTAMPTZ  NOT NULL
);

-- "failures of this address / of this case number within the window", and the clean-up of old rows
CREATE INDEX portal_lookup_failure_address ON portal_lookup_failure (client_address, failed_at);
CREATE INDEX portal_lookup_failure_case ON portal_lookup_failure (case_number, failed_at);
CREATE INDEX portal_lookup_failure_time ON portal_lookup_failure (failed_at);
