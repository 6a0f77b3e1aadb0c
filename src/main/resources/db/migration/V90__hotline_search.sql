-- 12345 hotline search (cn.weihai.lianbao.hotline.HotlineSearch) on the case list projection case_summary.
-- One box searches case number, applicant, credit code, phone, project and address; newest first, at most 50.
-- pg_trgm (created by V70) serves partial matches ('%…%') on free text: a GIN trigram index per column lets the
-- planner OR the columns' bitmaps instead of reading the table. Phone and credit code are matched exactly or by
-- their end (a caller says "尾号 0000"; credit codes upper-cased): a btree on the reversed value answers "ends with" as a prefix scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX case_summary_applicant_trgm ON case_summary USING gin (applicant_name gin_trgm_ops);
CREATE INDEX case_summary_project_trgm ON case_summary USING gin (project_name gin_trgm_ops);
CREATE INDEX case_summary_address_trgm ON case_summary USING gin (address gin_trgm_ops);
CREATE INDEX case_summary_case_number_trgm ON case_summary USING gin (case_number gin_trgm_ops);
CREATE INDEX case_summary_phone_reversed ON case_summary (reverse(contact_phone) text_pattern_ops);
CREATE INDEX case_summary_credit_code_reversed ON case_summary (reverse(upper(credit_code)) text_pattern_ops);
-- digits only ("尾号 0042") match the end of phone, credit code or case number, not free text (see HotlineSearch)
CREATE INDEX case_summary_case_number_reversed ON case_summary (reverse(upper(case_number)) text_pattern_ops);
