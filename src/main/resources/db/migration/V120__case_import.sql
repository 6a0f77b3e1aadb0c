-- Bulk imports of historical cases (关联历史数据, CSV). Not a projection: the record of who imported what, and the
-- bookkeeping that lets an interrupted import resume without creating any case twice.
CREATE TABLE import_batch (
    id             UUID         PRIMARY KEY,
    file_name      VARCHAR(255) NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    -- the file itself: an interrupted import re-reads its rows from here when the application starts again
    content        BYTEA        NOT NULL,
    row_count      INT          NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    started_by     VARCHAR(100) NOT NULL,
    started_by_name VARCHAR(200) NOT NULL,
    started_by_role VARCHAR(32) NOT NULL,
    started_by_organisation VARCHAR(200) NOT NULL,
    channel        VARCHAR(32)  NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    failure        TEXT
);
-- the same file twice is one import
CREATE UNIQUE INDEX import_batch_sha256 ON import_batch (sha256);

CREATE TABLE import_row (
    batch_id    UUID         NOT NULL REFERENCES import_batch (id),
    row_number  INT          NOT NULL,
    -- project code | credit code | accepted on: one historical case is imported once, whatever the file
    dedupe_key  VARCHAR(500) NOT NULL UNIQUE,
    -- allocated just before the case is accepted, so a resumed import finishes that case instead of making another
    case_number VARCHAR(32),
    done        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (batch_id, row_number)
);
