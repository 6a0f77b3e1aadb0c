-- Failed sign-ins (UI form and API Basic auth) per user name and client address, for the sign-in throttle.
-- In PostgreSQL, so that the lock holds across nodes and restarts; rows older than the window are deleted.
CREATE TABLE login_failure (
    id             BIGSERIAL    PRIMARY KEY,
    username       VARCHAR(200) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    failed_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_failure_user_address ON login_failure (username, client_address, failed_at);
CREATE INDEX login_failure_failed_at ON login_failure (failed_at);
