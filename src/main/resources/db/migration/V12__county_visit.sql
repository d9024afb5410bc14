-- The county's own home visit during confirmation: the spot check of extreme-poverty cases drawn for it
-- [TK], and the visit required before deciding a case registered separately because a member is a
-- close relative of staff [DB 11]. Same record as the township's visit, marked as the county's.
ALTER TABLE case_home_visit ADD COLUMN by_county boolean NOT NULL DEFAULT false;
