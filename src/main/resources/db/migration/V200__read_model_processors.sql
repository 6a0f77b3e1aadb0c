-- The eight pure projections no longer run in eight event processors but in two (issue 8): "case-views" (case_summary,
-- work_queue, approval_case/approval_opinion, material_case/case_material, complaint) and "supervision-views"
-- (supervision_track with its tallies, supervision_order, notification). Each event is then read, deserialised and
-- committed with a token twice instead of eight times. The two processors start without tokens, so they replay every
-- event from the start: their tables are emptied here (exactly what each projection's reset does; the tallies go with
-- supervision_track by its truncate trigger) and the eight old processors' tokens are dropped. Nothing here is source
-- data: the events are. notification_read (who has read what) is not a projection and is kept.
TRUNCATE case_summary, work_queue, approval_opinion, approval_case, case_material, material_case, complaint,
    supervision_track, supervision_order, notification;
DELETE FROM TokenEntry WHERE processorName IN ('case-summary', 'work-queue', 'approval-queue', 'materials',
    'complaints', 'supervision', 'supervision-orders', 'notifications');
