-- Webhooks (issue 7, part 3): subscriptions of organisations and the transactional outbox of deliveries.
-- The secret is stored in clear because the application must sign every delivery with it (HMAC-SHA256);
-- it is shown once on creation and never again through the UI or API. Protect backups of this table.
CREATE TABLE webhook_subscription (
    id              BIGSERIAL    PRIMARY KEY,
    organisation_id VARCHAR(64)  NOT NULL REFERENCES organisation (id),
    url             VARCHAR(2000) NOT NULL,
    secret          VARCHAR(128) NOT NULL,
    event_types     TEXT[]       NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT webhook_url_scheme CHECK (url ~* '^https?://'),
    CONSTRAINT webhook_has_event_types CHECK (cardinality(event_types) > 0)
);
CREATE INDEX webhook_subscription_organisation ON webhook_subscription (organisation_id);

-- Written by the "webhook-outbox" event processor in the transaction that moves its token, so each event becomes
-- its deliveries exactly once; the unique key also makes a redelivered event insert nothing. Not a projection:
-- never truncated, never replayed.
CREATE TABLE webhook_delivery (
    id              BIGSERIAL    PRIMARY KEY,
    subscription_id BIGINT       NOT NULL REFERENCES webhook_subscription (id),
    event_id        VARCHAR(64)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    case_number     VARCHAR(64),
    payload         TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    lease_until     TIMESTAMPTZ,
    claim           VARCHAR(36),
    last_status     INT,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    delivered_at    TIMESTAMPTZ,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id),
    CONSTRAINT webhook_delivery_status CHECK (status IN ('PENDING', 'SENDING', 'DELIVERED', 'FAILED'))
);
-- The dispatcher's claim: due PENDING rows and SENDING rows whose lease ran out.
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_leased ON webhook_delivery (lease_until) WHERE status = 'SENDING';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, id DESC);
CREATE INDEX webhook_delivery_recent ON webhook_delivery (id DESC);
