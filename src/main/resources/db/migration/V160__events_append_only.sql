-- The event store is append-only: the application never updates or deletes an event (README "Security").
-- Snapshots (SnapshotEventEntry) are derived and replaced by Axon, and event_chain_head is updated by design,
-- so only DomainEventEntry is guarded. A documented operator repair may lift the guard for ONE transaction:
--   BEGIN; SET LOCAL lianbao.allow_event_surgery = 'on'; UPDATE/DELETE ...; COMMIT;
-- Production should additionally give the application's role only INSERT and SELECT on DomainEventEntry.
CREATE FUNCTION refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('lianbao.allow_event_surgery', true), '') = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'events are append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'operator repair only: SET LOCAL lianbao.allow_event_surgery = ''on'' in the same transaction';
END
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON DomainEventEntry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON DomainEventEntry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();
