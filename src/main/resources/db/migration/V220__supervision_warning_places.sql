-- A warning (临期/超期) with a district, a utility or both (issue 8). A district and a utility hold a few hundred of
-- the overdue tracks, but the planner reached them by ANDing the warning's index with the district's whole index (an
-- eighth of all 3,000,000 tracks at 1,000,000 cases), then looked each one up among the two-character words:
-- "置业" + district + utility + overdue took 85-100 ms. Small partial indexes per warning, led by the district or
-- the utility and then in page order, find those tracks directly, page a district's warned tracks without a sort,
-- and hold what the tiles count (open, status) so the counts need not read the rows. Only warned tracks are in them.
CREATE INDEX supervision_track_overdue_place ON supervision_track (district, accepted_on DESC, case_number DESC, service)
    INCLUDE (is_open, status) WHERE warning = 'OVERDUE';
CREATE INDEX supervision_track_overdue_service ON supervision_track (service, accepted_on DESC, case_number DESC)
    INCLUDE (is_open, status) WHERE warning = 'OVERDUE';
CREATE INDEX supervision_track_due_soon_place ON supervision_track (district, accepted_on DESC, case_number DESC, service)
    INCLUDE (is_open, status) WHERE warning = 'DUE_SOON';
CREATE INDEX supervision_track_due_soon_service ON supervision_track (service, accepted_on DESC, case_number DESC)
    INCLUDE (is_open, status) WHERE warning = 'DUE_SOON';
