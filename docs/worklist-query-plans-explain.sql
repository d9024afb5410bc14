-- The worklist statements of WorklistRepository on the data of worklist-query-plans-seed.sql, for
-- docs/worklist-query-plans.md:  psql -d worklist_plans -f docs/worklist-query-plans-explain.sql
-- The statements are copied from the repository; WorklistQueryPlanTest explains the originals.
\pset pager off
PREPARE office_queue AS
SELECT q.* FROM unnest($2::varchar[]) AS s (state) CROSS JOIN LATERAL (
SELECT c.id, c.case_number, c.application_id, c.programme, c.state, c.state_since, c.submitted_at,
       c.applicant_name, c.household_size, c.region_code, c.via_agent, c.near_relative_flag,
       c.owner_id_number, c.county_code, c.version, c.assigned_office_code, c.routing_explanation,
       c.due_on, c.spot_check_required
  FROM assistance_case c
 WHERE c.assigned_office_code = $1 AND c.state = s.state AND c.closed_at IS NULL
   AND (COALESCE(c.due_on, 'infinity'::date), c.id) > ($3, $4)
 ORDER BY COALESCE(c.due_on, 'infinity'::date), c.id
 LIMIT $5) q
 ORDER BY COALESCE(q.due_on, 'infinity'::date), q.id
 LIMIT $5;
PREPARE county_queue AS
SELECT q.* FROM unnest($2::varchar[]) AS s (state) CROSS JOIN LATERAL (
SELECT c.id, c.case_number, c.application_id, c.programme, c.state, c.state_since, c.submitted_at,
       c.applicant_name, c.household_size, c.region_code, c.via_agent, c.near_relative_flag,
       c.owner_id_number, c.county_code, c.version, c.assigned_office_code, c.routing_explanation,
       c.due_on, c.spot_check_required
  FROM assistance_case c
 WHERE c.county_code = $1 AND c.state = s.state AND c.closed_at IS NULL
   AND (COALESCE(c.due_on, 'infinity'::date), c.id) > ($3, $4)
 ORDER BY COALESCE(c.due_on, 'infinity'::date), c.id
 LIMIT $5) q
 ORDER BY COALESCE(q.due_on, 'infinity'::date), q.id
 LIMIT $5;
PREPARE overdue AS
SELECT c.id, c.case_number, c.application_id, c.programme, c.state, c.state_since, c.submitted_at,
       c.applicant_name, c.household_size, c.region_code, c.via_agent, c.near_relative_flag,
       c.owner_id_number, c.county_code, c.version, c.assigned_office_code, c.routing_explanation,
       c.due_on, c.spot_check_required
  FROM assistance_case c
 WHERE c.county_code = $1 AND c.closed_at IS NULL AND c.due_on < $2
   AND (c.due_on, c.id) > ($3, $4)
 ORDER BY c.due_on, c.id
 LIMIT $5;
SELECT count(*) FILTER (WHERE assigned_office_code = '410305001') AS office_open,
       count(*) FILTER (WHERE county_code = '410305') AS county_open,
       count(*) FILTER (WHERE county_code = '410305' AND state IN ('INVESTIGATING', 'CONFIRMATION', 'REFUSAL_OBJECTED', 'APPROVED')) AS county_steps,
       count(*) FILTER (WHERE county_code = '410305' AND due_on < current_date) AS county_overdue
  FROM assistance_case WHERE closed_at IS NULL;
-- Cursors as a client holds them after some pages.
SELECT COALESCE(due_on, 'infinity') AS office_due, id AS office_id FROM assistance_case
 WHERE assigned_office_code = '410305001' AND closed_at IS NULL
 ORDER BY COALESCE(due_on, 'infinity'), id OFFSET 499 LIMIT 1 \gset
SELECT COALESCE(due_on, 'infinity') AS county_due, id AS county_id FROM assistance_case
 WHERE county_code = '410305' AND closed_at IS NULL AND state IN ('INVESTIGATING', 'CONFIRMATION', 'REFUSAL_OBJECTED', 'APPROVED')
 ORDER BY COALESCE(due_on, 'infinity'), id OFFSET 1499 LIMIT 1 \gset
SELECT due_on AS overdue_due, id AS overdue_id FROM assistance_case
 WHERE county_code = '410305' AND closed_at IS NULL AND due_on < current_date
 ORDER BY due_on, id OFFSET 299 LIMIT 1 \gset
\echo '### office queue, every open state, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE office_queue('410305001', '{SUBMITTED,RETURNED_FOR_DOCUMENTS,ACCEPTED,INVESTIGATING,VERIFICATION_FAILED,VERIFICATION_OBJECTED,PUBLICITY,CONFIRMATION,APPROVED,IN_PAYMENT,REFUSAL_OBJECTED,FIRST_AID_GRANTED}', '-infinity', '00000000-0000-0000-0000-000000000000', 21);
\echo '### office queue, every open state, after 500 cases'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE office_queue('410305001', '{SUBMITTED,RETURNED_FOR_DOCUMENTS,ACCEPTED,INVESTIGATING,VERIFICATION_FAILED,VERIFICATION_OBJECTED,PUBLICITY,CONFIRMATION,APPROVED,IN_PAYMENT,REFUSAL_OBJECTED,FIRST_AID_GRANTED}', :'office_due', :'office_id', 21);
\echo '### office queue, states SUBMITTED and ACCEPTED'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE office_queue('410305001', '{SUBMITTED,ACCEPTED}', '-infinity', '00000000-0000-0000-0000-000000000000', 21);
\echo '### county queue, default states, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE county_queue('410305', '{INVESTIGATING,CONFIRMATION,REFUSAL_OBJECTED,APPROVED}', '-infinity', '00000000-0000-0000-0000-000000000000', 21);
\echo '### county queue, default states, after 1500 cases'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE county_queue('410305', '{INVESTIGATING,CONFIRMATION,REFUSAL_OBJECTED,APPROVED}', :'county_due', :'county_id', 21);
\echo '### overdue cases, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE overdue('410305', current_date, '-infinity', '00000000-0000-0000-0000-000000000000', 21);
\echo '### overdue cases, after 300 cases'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE overdue('410305', current_date, :'overdue_due', :'overdue_id', 21);
\echo '### for comparison: the same county page on the V8 index instead of V11s'
BEGIN;
DROP INDEX assistance_case_county_worklist_idx;
CREATE INDEX assistance_case_county_queue_idx ON assistance_case (county_code, state, due_on, id) WHERE closed_at IS NULL;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE county_queue('410305', '{INVESTIGATING,CONFIRMATION,REFUSAL_OBJECTED,APPROVED}', :'county_due', :'county_id', 21);
ROLLBACK;
