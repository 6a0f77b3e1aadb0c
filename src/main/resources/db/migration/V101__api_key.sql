-- Per-organisation API keys (issue 7): the key is shown once; only the SHA-256 of its secret is kept.
-- id is the key's public prefix (lbk_<id>_<secret>), used to find the row before the constant-time comparison.
CREATE TABLE api_key (
    id              VARCHAR(16)  PRIMARY KEY,
    organisation_id VARCHAR(64)  NOT NULL REFERENCES organisation (id),
    label           VARCHAR(100) NOT NULL,
    secret_sha256   BYTEA        NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at    TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ,
    revoked_by      VARCHAR(100),
    CONSTRAINT api_key_id_format CHECK (id ~ '^[0-9a-f]{8,16}$')
);
CREATE INDEX api_key_organisation ON api_key (organisation_id);

-- Every call made with an API key, with the key's organisation (the audit of issue 7).
CREATE TABLE api_call_log (
    id              BIGSERIAL    PRIMARY KEY,
    called_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    key_id          VARCHAR(16)  NOT NULL,
    organisation_id VARCHAR(64),
    method          VARCHAR(10)  NOT NULL,
    path            VARCHAR(1000) NOT NULL,
    status          INTEGER      NOT NULL,
    duration_ms     INTEGER      NOT NULL
);
CREATE INDEX api_call_log_key ON api_call_log (key_id, called_at DESC);
