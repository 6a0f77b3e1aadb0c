-- Alert e-mails already sent (AlertMailer, processing group "alert-mail"; only when spring.mail.host is set).
-- Not a projection: it is never truncated, so a replay of the events sends no e-mail twice.
CREATE TABLE alert_mail_sent (
    event_id    VARCHAR(64)  PRIMARY KEY,
    recipients  TEXT         NOT NULL,
    sent_at     TIMESTAMPTZ  NOT NULL
);
