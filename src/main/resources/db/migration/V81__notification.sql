-- Projection (processing group "notifications", NotificationProjection): one in-app notification per alert
-- (临期 / 超期 of a track, a supervision order issued or overdue), keyed by the event's identifier so that a replay
-- writes nothing twice. Disposable: the reset truncates it and a replay rebuilds the same rows.
CREATE TABLE notification (
    event_id        VARCHAR(64)  PRIMARY KEY,
    case_number     VARCHAR(40)  NOT NULL,
    -- the event type: TrackDueSoon, TrackOverdue, SupervisionOrderIssued, SupervisionOrderOverdue
    kind            VARCHAR(40)  NOT NULL,
    -- addressed to: this utility's staff (service set), or the window (for_window: a whole-case order) ...
    service         VARCHAR(20),
    for_window      BOOLEAN      NOT NULL DEFAULT FALSE,
    -- ... and to the supervisors
    for_supervisors BOOLEAN      NOT NULL DEFAULT TRUE,
    due_date        DATE         NOT NULL,
    order_number    INT,
    occurred_on     DATE         NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL
);

-- Each audience reads its newest notifications first and counts its unread ones.
CREATE INDEX notification_service ON notification (service, recorded_at DESC) WHERE NOT for_window;
CREATE INDEX notification_window ON notification (recorded_at DESC) WHERE for_window;
CREATE INDEX notification_supervisors ON notification (recorded_at DESC) WHERE for_supervisors;
-- the projection finds the order's audience when its overdue event arrives
CREATE INDEX notification_order ON notification (case_number, order_number) WHERE order_number IS NOT NULL;

-- Who has read which notification. Not a projection: what users did is kept across a replay, and stays valid
-- because a rebuilt notification has the same event identifier.
CREATE TABLE notification_read (
    username  VARCHAR(100) NOT NULL,
    event_id  VARCHAR(64)  NOT NULL,
    read_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (username, event_id)
);
