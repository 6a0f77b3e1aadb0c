-- Pre-aggregated counts of supervision_track (issue 8: dashboard tiles, row counts and statistics at 1,000,000
-- cases without scanning millions of rows). Kept by triggers in the same transaction as every write to
-- supervision_track, so SupervisionProjection does not know about them and a reader never sees the two disagree.
--
-- Writers only INSERT signed delta rows (+1 for a new row state, -1 for the old one): concurrent projection threads
-- and nodes never wait on, or deadlock over, a shared hot counter row. SupervisionTallyCompactor folds the deltas
-- into the tallies now and then (supervision_tally_compact(), one node at a time by an advisory lock). Readers sum
-- tally and delta together (the *_all views), which is exact at any moment.
--
-- Cases are counted by accepted month: a day range is answered from whole months here and its partial edge months
-- from supervision_track through its accepted_on indexes (SupervisionQueries / StatisticsQueries, AcceptedRange).

-- phase: OPEN (is_open), CONNECTED, ENDED (rejected or withdrawn); district '' when the case has none
CREATE TABLE supervision_tally (
    service        VARCHAR(20) NOT NULL,
    district       VARCHAR(40) NOT NULL,
    channel        VARCHAR(40) NOT NULL,
    accepted_month DATE        NOT NULL,
    warning        VARCHAR(10) NOT NULL,
    phase          VARCHAR(10) NOT NULL,
    tracks         BIGINT      NOT NULL,
    PRIMARY KEY (service, district, channel, accepted_month, warning, phase)
);
CREATE TABLE supervision_tally_delta (LIKE supervision_tally);

-- Statistics: connected tracks (phase CONNECTED) by service, month of connection ('infinity' without an end date)
-- and month of the due date (due_on: its first day); open tracks (phase OPEN, for the overdue trend, which depends on
-- today) by the due date itself, service '' and ended_month 'infinity'.
CREATE TABLE supervision_statistics_tally (
    service        VARCHAR(20) NOT NULL,
    district       VARCHAR(40) NOT NULL,
    accepted_month DATE        NOT NULL,
    phase          VARCHAR(10) NOT NULL,
    ended_month    DATE        NOT NULL,
    due_on         DATE        NOT NULL,
    tracks         BIGINT      NOT NULL,
    on_time        BIGINT      NOT NULL,
    late           BIGINT      NOT NULL,
    used_days      BIGINT      NOT NULL,
    PRIMARY KEY (service, district, accepted_month, phase, ended_month, due_on)
);
CREATE TABLE supervision_statistics_delta (LIKE supervision_statistics_tally);

CREATE VIEW supervision_tally_all AS
    SELECT * FROM supervision_tally UNION ALL SELECT * FROM supervision_tally_delta;
CREATE VIEW supervision_statistics_all AS
    SELECT * FROM supervision_statistics_tally UNION ALL SELECT * FROM supervision_statistics_delta;

-- One function for the INSERT, UPDATE and DELETE triggers (PostgreSQL allows transition tables only on single-event
-- triggers); an upsert fires the INSERT one for new rows and the UPDATE one for rows it changed.
CREATE FUNCTION supervision_tally_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes TEXT := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT n.*, 1 AS s FROM new_rows n'
        WHEN 'DELETE' THEN 'SELECT o.*, -1 AS s FROM old_rows o'
        ELSE 'SELECT n.*, 1 AS s FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o' END;
BEGIN
    -- an upsert fires both its triggers, one of them with no rows
    IF TG_OP = 'DELETE' THEN
        IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
    ELSIF NOT EXISTS (SELECT FROM new_rows) THEN
        RETURN NULL;
    END IF;
    EXECUTE 'WITH c AS (' || changes || '),
        dashboard AS (
            INSERT INTO supervision_tally_delta (service, district, channel, accepted_month, warning, phase, tracks)
            SELECT service, coalesce(district, ''''), channel, date_trunc(''month'', accepted_on)::date, warning,
                   CASE WHEN is_open THEN ''OPEN'' WHEN status = ''CONNECTED'' THEN ''CONNECTED'' ELSE ''ENDED'' END,
                   sum(s)
            FROM c GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(s) <> 0)
        INSERT INTO supervision_statistics_delta (service, district, accepted_month, phase, ended_month, due_on,
            tracks, on_time, late, used_days)
        SELECT CASE WHEN is_open THEN '''' ELSE service END, coalesce(district, ''''),
               date_trunc(''month'', accepted_on)::date, CASE WHEN is_open THEN ''OPEN'' ELSE ''CONNECTED'' END,
               coalesce(date_trunc(''month'', ended_on)::date, ''infinity''),
               CASE WHEN is_open THEN due_on ELSE date_trunc(''month'', due_on)::date END,
               sum(s), coalesce(sum(s) FILTER (WHERE on_time), 0), coalesce(sum(s) FILTER (WHERE NOT on_time), 0),
               sum(s * used_days::bigint)
        FROM c WHERE is_open OR status = ''CONNECTED''
        GROUP BY 1, 2, 3, 4, 5, 6
        HAVING sum(s) <> 0 OR sum(s) FILTER (WHERE on_time) <> 0 OR sum(s) FILTER (WHERE NOT on_time) <> 0
            OR sum(s * used_days::bigint) <> 0';
    RETURN NULL;
END $$;

CREATE TRIGGER supervision_tally_insert AFTER INSERT ON supervision_track
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION supervision_tally_track();
CREATE TRIGGER supervision_tally_update AFTER UPDATE ON supervision_track
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION supervision_tally_track();
CREATE TRIGGER supervision_tally_delete AFTER DELETE ON supervision_track
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION supervision_tally_track();

-- a replay truncates supervision_track: the tallies go with it
CREATE FUNCTION supervision_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- in the order supervision_tally_compact() locks them
    TRUNCATE supervision_tally_delta, supervision_tally, supervision_statistics_delta, supervision_statistics_tally;
    RETURN NULL;
END $$;
CREATE TRIGGER supervision_tally_truncate AFTER TRUNCATE ON supervision_track
    FOR EACH STATEMENT EXECUTE FUNCTION supervision_tally_truncate();

-- Folds the deltas into the tallies; returns false when another session is doing it right now. The DELETE takes
-- only committed deltas (and waits for none): deltas of transactions still running stay for the next time.
CREATE FUNCTION supervision_tally_compact() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('supervision_tally_compact')) THEN
        RETURN false;
    END IF;
    WITH moved AS (DELETE FROM supervision_tally_delta RETURNING *)
    INSERT INTO supervision_tally AS t
    SELECT service, district, channel, accepted_month, warning, phase, sum(tracks) FROM moved
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (service, district, channel, accepted_month, warning, phase)
        DO UPDATE SET tracks = t.tracks + EXCLUDED.tracks;
    DELETE FROM supervision_tally WHERE tracks = 0;

    WITH moved AS (DELETE FROM supervision_statistics_delta RETURNING *)
    INSERT INTO supervision_statistics_tally AS t
    SELECT service, district, accepted_month, phase, ended_month, due_on, sum(tracks), sum(on_time), sum(late),
           sum(used_days) FROM moved
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (service, district, accepted_month, phase, ended_month, due_on)
        DO UPDATE SET tracks = t.tracks + EXCLUDED.tracks, on_time = t.on_time + EXCLUDED.on_time,
                      late = t.late + EXCLUDED.late, used_days = t.used_days + EXCLUDED.used_days;
    DELETE FROM supervision_statistics_tally WHERE tracks = 0 AND on_time = 0 AND late = 0 AND used_days = 0;
    RETURN true;
END $$;

-- The tallies of the rows already there (an existing installation).
INSERT INTO supervision_tally_delta
SELECT service, coalesce(district, ''), channel, date_trunc('month', accepted_on)::date, warning,
       CASE WHEN is_open THEN 'OPEN' WHEN status = 'CONNECTED' THEN 'CONNECTED' ELSE 'ENDED' END, count(*)
FROM supervision_track GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO supervision_statistics_delta
SELECT CASE WHEN is_open THEN '' ELSE service END, coalesce(district, ''), date_trunc('month', accepted_on)::date,
       CASE WHEN is_open THEN 'OPEN' ELSE 'CONNECTED' END, coalesce(date_trunc('month', ended_on)::date, 'infinity'),
       CASE WHEN is_open THEN due_on ELSE date_trunc('month', due_on)::date END, count(*), count(*) FILTER (WHERE on_time),
       count(*) FILTER (WHERE NOT on_time), sum(used_days)
FROM supervision_track WHERE is_open OR status = 'CONNECTED'
GROUP BY 1, 2, 3, 4, 5, 6;
SELECT supervision_tally_compact();

-- The partial edge months of a day range, from supervision_track: connected tracks by acceptance (the statistics),
-- replacing the index by completion, which the tally now answers.
DROP INDEX IF EXISTS supervision_track_connected;
CREATE INDEX supervision_track_connected ON supervision_track (accepted_on)
    INCLUDE (service, district, ended_on, due_on, on_time, used_days) WHERE status = 'CONNECTED';
-- open tracks by acceptance (edge months of the overdue trend)
CREATE INDEX supervision_track_open_accepted ON supervision_track (accepted_on) INCLUDE (due_on, district)
    WHERE is_open;
