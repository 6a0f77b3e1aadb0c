-- Two-character words of each case (search.TextPairs, issue 8): the supervision dashboard and the 12345 search answer
-- a two-character text ("置业") here, which the trigram indexes cannot (a trigram needs three characters; the
-- search read every row, 3–5 s at 1,000,000 cases). One row per pair of neighbouring characters (one beyond ASCII)
-- of the builder's name, project name and code (fields bit 1) and address (bit 2). Written once per case when it is
-- accepted and never updated, so it costs the projections that rewrite a case's rows nothing.
-- The key is in page order (newest accepted first, read backwards), so a page walks a pair's cases in order and
-- stops at its last row. Kept by the "search-views" processor, which has no token yet and so fills the table from
-- the first event; the searches fall back to nothing for a pair until it has caught up (see the projections page).
CREATE TABLE case_text_pair (
    pair        TEXT        NOT NULL,
    accepted_on DATE        NOT NULL,
    case_number VARCHAR(40) NOT NULL,
    fields      SMALLINT    NOT NULL,
    PRIMARY KEY (pair, accepted_on, case_number) INCLUDE (fields)
);
-- ~2,000 distinct pairs at 1,000,000 cases: with the default 100 most common values, a pair in 8 % of the names
-- ("置业") was estimated at 6,500 rows instead of 85,000 and the planner walked all of them for a warning's few tracks
ALTER TABLE case_text_pair ALTER COLUMN pair SET STATISTICS 1000;
