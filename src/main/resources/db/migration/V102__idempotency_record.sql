-- Idempotency-Key on API writes: the first answer per (owner, key), replayed on a retry. A row without a status
-- is a request still in progress. Rows older than lianbao.idempotency.retention are purged.
CREATE TABLE idempotency_record (
    owner           VARCHAR(120)  NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    method          VARCHAR(10)   NOT NULL,
    path            VARCHAR(1000) NOT NULL,
    request_sha256  BYTEA         NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(200),
    location        VARCHAR(1000),
    body            BYTEA,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (owner, idempotency_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
