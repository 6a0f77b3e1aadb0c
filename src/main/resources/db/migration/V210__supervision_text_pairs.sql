-- Two-character searches on the dashboard (issue 8): "置业", "海景" — most Chinese words are two characters, and the
-- trigram index cannot serve a text shorter than three, so each such search read the whole table (469 ms at 100,000
-- cases, seconds at 1,000,000). text_pairs holds every pair of neighbouring characters of the case's texts with at
-- least one non-ASCII character (supervision.TextPairs, with every write of the row; an unchanged value changes nothing,
-- and a row an older node wrote without pairs during a rolling upgrade gets them with its case's next event).
ALTER TABLE supervision_track ADD COLUMN text_pairs TEXT[] NOT NULL DEFAULT '{}';

-- The same pairs in SQL (of a lower-case text), for the rows already there (an existing installation) and for rows
-- written by SQL alone (the benchmark's synthetic fill). ~40 µs a row: too slow for every upsert, so the projection
-- computes them in Java. The tallies do not change, so their trigger stays off meanwhile.
CREATE FUNCTION supervision_text_pairs(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT p), '{}')
    FROM (SELECT substr(t, i, 2) AS p FROM generate_series(1, length(t) - 1) AS i) s
    WHERE octet_length(p) > 2 AND p !~ '\s' $$;
ALTER TABLE supervision_track DISABLE TRIGGER supervision_tally_row;
UPDATE supervision_track SET text_pairs = supervision_text_pairs(search_text);
ALTER TABLE supervision_track ENABLE TRIGGER supervision_tally_row;

CREATE INDEX supervision_track_text_pairs ON supervision_track USING gin (text_pairs);
