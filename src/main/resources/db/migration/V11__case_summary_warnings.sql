-- The case list's 临期/超期 marks: per track the system's latest alert (TrackDueSoon / TrackOverdue), cleared
-- when the track pauses, resumes or ends (see CaseSummaryFold). Two generated flags serve the list's warning
-- filter through partial indexes in the list's default order.
ALTER TABLE case_summary
    -- service -> DUE_SOON | OVERDUE; a track without a mark has no entry, e.g. {"TELECOM": "OVERDUE"}
    ADD COLUMN track_warnings JSONB NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN has_due_soon BOOLEAN GENERATED ALWAYS AS
        (jsonb_path_exists(track_warnings, '$.* ? (@ == "DUE_SOON")')) STORED,
    ADD COLUMN has_overdue BOOLEAN GENERATED ALWAYS AS
        (jsonb_path_exists(track_warnings, '$.* ? (@ == "OVERDUE")')) STORED;

CREATE INDEX case_summary_due_soon ON case_summary (accepted_on DESC, case_number DESC) WHERE has_due_soon;
CREATE INDEX case_summary_overdue ON case_summary (accepted_on DESC, case_number DESC) WHERE has_overdue;

-- Rows written before this column know nothing of alerts already raised: rebuild the list from the event store.
-- Without its tokens the pooled processor "case-summary" starts again from the first event.
TRUNCATE TABLE case_summary;
DELETE FROM TokenEntry WHERE processorName = 'case-summary';
