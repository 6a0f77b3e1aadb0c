-- Two-character searches (issue 8): "置业", "海景" — most Chinese words are two characters, and the trigram indexes
-- cannot serve a text shorter than three, so each such search read the whole table: the dashboard's 469 ms at
-- 100,000 cases, the 12345 search's 610 ms at 200,000, seconds at 1,000,000. text_pairs holds every pair of
-- neighbouring characters of the row's texts with at least one non-ASCII character (shared.TextPairs). The projections
-- write it with every write of the row: an unchanged value changes nothing, and a row an older node wrote without
-- pairs during a rolling upgrade gets them with its case's next event.

-- The same pairs in SQL (of a lower-case text), for the rows already there (an existing installation) and for rows
-- written by SQL alone (the benchmark's synthetic fill). ~40 µs a row: too slow for every write, so the projections
-- compute them in Java. The tallies do not change, so their trigger stays off meanwhile.
CREATE FUNCTION pairs_of(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT p), '{}')
    FROM (SELECT substr(t, i, 2) AS p FROM generate_series(1, length(t) - 1) AS i) s
    WHERE octet_length(p) > 2 AND p !~ '\s' $$;

-- the dashboard: case number, applicant, project name and code (search_text)
ALTER TABLE supervision_track ADD COLUMN text_pairs TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE supervision_track DISABLE TRIGGER supervision_tally_row;
UPDATE supervision_track SET text_pairs = pairs_of(search_text);
ALTER TABLE supervision_track ENABLE TRIGGER supervision_tally_row;
CREATE INDEX supervision_track_text_pairs ON supervision_track USING gin (text_pairs);

-- the 12345 search and the case list: applicant, project name and address (the case list checks its own columns on
-- the rows the pairs find)
ALTER TABLE case_summary ADD COLUMN text_pairs TEXT[] NOT NULL DEFAULT '{}';
UPDATE case_summary SET text_pairs = pairs_of(lower(applicant_name || ' ' || coalesce(project_name, '') || ' '
    || coalesce(address, '')));
CREATE INDEX case_summary_text_pairs ON case_summary USING gin (text_pairs);
