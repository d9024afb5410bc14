-- 200,000 cases over the 194 townships of 洛阳市 (15 counties), for docs/worklist-query-plans.md.
-- Run by hand on a scratch database that has the migrations, never on a real one:
--   psql -v ON_ERROR_STOP=1 -d worklist_plans -f docs/worklist-query-plans-seed.sql
--
-- The mix follows a county's books rather than a busy intake week: 55% of the cases are households
-- in payment (在保, no due date), 15% are closed, and the rest sit at the steps of the procedure,
-- those with a time limit due from 15 days ago to 24 days ahead (so about a third of them are
-- overdue). Rows are deterministic in n, so two runs give the same data.

CREATE TEMP TABLE seed_township AS
SELECT row_number() OVER (ORDER BY code) - 1 AS slot, code
  FROM region WHERE level = 'TOWNSHIP' AND code LIKE '4103%';

CREATE TEMP TABLE seed_case AS
SELECT n,
       md5('case' || n)::uuid AS id,
       md5('application' || n)::uuid AS application_id,
       t.code AS township,
       substr(t.code, 1, 6) AS county,
       CASE WHEN n % 10 = 9 THEN 'TEKUN' ELSE 'DIBAO' END AS programme,
       CASE
           WHEN (n * 7919) % 100 < 55 THEN 'IN_PAYMENT'
           WHEN (n * 7919) % 100 < 62 THEN 'CLOSED'
           WHEN (n * 7919) % 100 < 66 THEN 'REFUSED'
           WHEN (n * 7919) % 100 < 70 THEN 'WITHDRAWN'
           WHEN (n * 7919) % 100 < 74 THEN 'SUBMITTED'
           WHEN (n * 7919) % 100 < 76 THEN 'RETURNED_FOR_DOCUMENTS'
           WHEN (n * 7919) % 100 < 79 THEN 'ACCEPTED'
           WHEN (n * 7919) % 100 < 85 THEN 'INVESTIGATING'
           WHEN (n * 7919) % 100 < 86 THEN 'VERIFICATION_FAILED'
           WHEN (n * 7919) % 100 < 87 THEN 'VERIFICATION_OBJECTED'
           WHEN (n * 7919) % 100 < 90 THEN 'PUBLICITY'
           WHEN (n * 7919) % 100 < 95 THEN 'CONFIRMATION'
           WHEN (n * 7919) % 100 < 98 THEN 'APPROVED'
           ELSE 'REFUSAL_OBJECTED'
       END AS state,
       now() - make_interval(days => n % 400) AS submitted_at
  FROM generate_series(1, 200000) AS n
  JOIN seed_township t ON t.slot = n % (SELECT count(*) FROM seed_township);

INSERT INTO application (id, programme, owner_id_number, status, form, created_at, updated_at)
SELECT application_id, programme, lpad(n::text, 18, '0'), 'SUBMITTED', '{}'::jsonb, submitted_at, submitted_at
  FROM seed_case;

INSERT INTO assistance_case (id, case_number, application_id, programme, owner_id_number, applicant_id_number,
        applicant_name, household_size, region_code, county_code, state, state_since, via_agent, near_relative_flag,
        submitted_at, closed_at, version, assigned_office_code, routing_explanation, due_on)
SELECT id,
       CASE programme WHEN 'TEKUN' THEN 'TK-' ELSE 'DB-' END || county || '-2026-' || lpad(n::text, 6, '0'),
       application_id, programme, lpad(n::text, 18, '0'), lpad(n::text, 18, '0'),
       '申请人' || n, 1 + n % 5, township, county, state, submitted_at + interval '1 day', false, n % 50 = 0,
       submitted_at,
       CASE WHEN state IN ('CLOSED', 'REFUSED', 'WITHDRAWN') THEN submitted_at + interval '20 days' END,
       1 + n % 7, township, '按户籍地确定',
       CASE WHEN state IN ('IN_PAYMENT', 'CLOSED', 'REFUSED', 'WITHDRAWN', 'APPROVED', 'REFUSAL_OBJECTED') THEN NULL
            ELSE current_date + ((n * 31) % 40 - 15) END
  FROM seed_case;

ANALYZE application;
ANALYZE assistance_case;

SELECT state, count(*) AS cases, count(*) FILTER (WHERE due_on < current_date) AS overdue
  FROM assistance_case GROUP BY state ORDER BY cases DESC;
