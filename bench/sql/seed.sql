-- Benchmark data: households with their cases, spread over every township of the country, and two
-- pools of households with a complete draft each, to be submitted by the load (API) and by pgbench.
--
--   psql -v households=1000000 -v api_pool=25000 -v pg_pool=60000 -v sample=10000 -f seed.sql
--
-- One transaction: it empties the application and case tables, loads them with INSERT ... SELECT,
-- and builds their secondary indexes and foreign keys after the load. If anything fails, nothing
-- changes. Runs as the schema owner (the jiuzhu role); needs no superuser.
--
-- Household n (1..households) has a case in one of the states of the dibao procedure, its timeline,
-- decision, amount and payment schedule where the state has them, and every fifth household also an
-- older withdrawn application. Pool households have a submittable 3-member dibao draft and no case.
-- bench.household keeps, per household, what the load needs (ID numbers, ids, mobile, offices).
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;
SET maintenance_work_mem = '512MB';
SET work_mem = '256MB';
SET synchronous_commit = off;

SELECT (:households + :api_pool + :pg_pool) > 1500000 AS too_many \gset
\if :too_many
\echo 'seed.sql: at most 1,500,000 households in all (ID numbers are unique up to there)'
\quit 3
\endif

BEGIN;

CREATE SCHEMA IF NOT EXISTS bench;

-- GB 11643 ID number: county of issue, birth date, sequence, ISO 7064 MOD 11-2 check character.
CREATE OR REPLACE FUNCTION bench.id_number(county text, born date, seq int) RETURNS varchar(18)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT s || substr('10X98765432', ((
        substr(s, 1, 1)::int * 7 + substr(s, 2, 1)::int * 9 + substr(s, 3, 1)::int * 10 + substr(s, 4, 1)::int * 5
      + substr(s, 5, 1)::int * 8 + substr(s, 6, 1)::int * 4 + substr(s, 7, 1)::int * 2 + substr(s, 8, 1)::int * 1
      + substr(s, 9, 1)::int * 6 + substr(s, 10, 1)::int * 3 + substr(s, 11, 1)::int * 7 + substr(s, 12, 1)::int * 9
      + substr(s, 13, 1)::int * 10 + substr(s, 14, 1)::int * 5 + substr(s, 15, 1)::int * 8 + substr(s, 16, 1)::int * 4
      + substr(s, 17, 1)::int * 2) % 11) + 1, 1)
      FROM (SELECT county || to_char(born, 'YYYYMMDD') || lpad(seq::text, 3, '0') AS s) x
$$;

-- The application form exactly as the service stores it (ApplicationForm written by Jackson): the
-- test suite's household (tests' Household.form()) with this household's people and place (its village: dibao
-- needs the residence at village level).
CREATE OR REPLACE FUNCTION bench.form(village text, mobile text, applicant text, spouse text, child text, surname text)
RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT jsonb_build_object(
        'residenceRegionCode', village, 'applyAtUsualResidence', NULL, 'usualResidenceRegionCode', NULL,
        'emergencyRegionCode', NULL, 'mobileNumber', mobile,
        'members', jsonb_build_array(
            jsonb_build_object('name', surname || '建国', 'idNumber', applicant, 'relation', 'SELF', 'disabilityType', NULL,
                               'disabilityGrade', NULL, 'seriousIllness', false, 'employment', 'UNEMPLOYED', 'student', false),
            jsonb_build_object('name', '李秀英', 'idNumber', spouse, 'relation', 'SPOUSE', 'disabilityType', 'PHYSICAL',
                               'disabilityGrade', 2, 'seriousIllness', false, 'employment', 'UNABLE_TO_WORK', 'student', false),
            jsonb_build_object('name', surname || '小明', 'idNumber', child, 'relation', 'CHILD', 'disabilityType', NULL,
                               'disabilityGrade', NULL, 'seriousIllness', false, 'employment', 'NOT_WORKING_AGE', 'student', true)),
        'incomes', jsonb_build_array(
            jsonb_build_object('category', 'WAGES', 'memberIdNumber', applicant, 'monthlyAmount', '800.00',
                               'monthlyEmploymentCost', '100.00', 'description', '打零工'),
            jsonb_build_object('category', 'SOCIAL_ASSISTANCE', 'memberIdNumber', NULL, 'monthlyAmount', '200.00',
                               'monthlyEmploymentCost', NULL, 'description', '残疾人补贴')),
        'properties', jsonb_build_array(jsonb_build_object('type', 'DEPOSIT', 'value', '3000.00', 'quantity', NULL, 'description', NULL)),
        'expenditures', jsonb_build_array(jsonb_build_object('type', 'REHABILITATION', 'memberIdNumber', spouse,
                               'amountLast12Months', '5600.00', 'description', NULL)),
        'answers', '[]'::jsonb,
        'declarations', jsonb_build_object('truthfulnessPromise', true, 'verificationAuthorisation', true,
                               'nearRelativeOfStaff', false, 'nearRelativeDetails', NULL),
        'agent', NULL)
$$;

-- Every township with its first village or community (where its households live), its office and its county's
-- civil affairs bureau, numbered for spreading households.
DROP TABLE IF EXISTS bench.township;
CREATE TABLE bench.township AS
SELECT (row_number() OVER (ORDER BY t.code) - 1)::int AS idx, t.code, v.village, c.code AS county, left(t.code, 4) AS city,
       o.name AS office_name, b.name AS bureau_name
  FROM region t
  JOIN (SELECT parent_code, min(code) AS village FROM region WHERE level = 'VILLAGE' GROUP BY parent_code) v
    ON v.parent_code = t.code
  JOIN region c ON c.code = t.parent_code
  JOIN office o ON o.code = t.code AND o.kind = 'TOWNSHIP_OFFICE'
  JOIN office b ON b.code = c.code || '-MZ' AND b.kind = 'COUNTY_CIVIL_AFFAIRS'
 WHERE t.level = 'TOWNSHIP';
CREATE UNIQUE INDEX ON bench.township (idx);

-- Households. kind: 'case' (has a case), 'api_pool' (draft, submitted by wrk), 'pg_pool' (draft, by pgbench).
-- sample: households whose residents read their case in the load (same ones for wrk and pgbench);
-- pool_rank: order in which a pool is submitted.
DROP TABLE IF EXISTS bench.household;
CREATE TABLE bench.household AS
WITH n AS (
    SELECT g AS n,
           CASE WHEN g <= :households THEN 'case' WHEN g <= :households + :api_pool THEN 'api_pool' ELSE 'pg_pool' END AS kind
      FROM generate_series(1, :households + :api_pool + :pg_pool) g
), placed AS (
    SELECT n.n, n.kind, t.code AS township, t.village, t.county, t.city, t.office_name, t.bureau_name,
           -- a state along the dibao procedure; most households are long-term recipients
           CASE WHEN n.kind <> 'case' THEN NULL ELSE (ARRAY[
                'IN_PAYMENT','IN_PAYMENT','IN_PAYMENT','IN_PAYMENT','IN_PAYMENT','IN_PAYMENT','IN_PAYMENT','IN_PAYMENT','IN_PAYMENT','IN_PAYMENT',
                'IN_PAYMENT','APPROVED','CONFIRMATION','PUBLICITY','INVESTIGATING','INVESTIGATING','ACCEPTED','SUBMITTED','REFUSED','TERMINATED',
                'RETURNED_FOR_DOCUMENTS','SUBMITTED','CONFIRMATION','PUBLICITY','ACCEPTED','IN_PAYMENT','TERMINATED','IN_PAYMENT','IN_PAYMENT','INVESTIGATING'
           ])[1 + (n.n * 7 + n.n / 30) % 30] END AS state,
           CASE WHEN n.kind <> 'case' THEN 'DIBAO' ELSE (ARRAY['DIBAO','DIBAO','DIBAO','DIBAO','DIBAO','DIBAO','DIBAO','DIBAO','DIBAO','DIBAO',
                'DIBAO','DIBAO','DIBAO','DIBAO','DIBAO','TEKUN','TEKUN','BIANYUAN','BIANYUAN','GANGXING'])[1 + n.n % 20] END AS programme,
           (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + (n.n / 7) % 20] AS surname
      FROM n JOIN bench.township t ON t.idx = (n.n::bigint * 7919) % (SELECT count(*) FROM bench.township)
)
SELECT p.n, p.kind, p.township, p.village, p.county, p.city, p.office_name, p.bureau_name, p.state, p.programme, p.surname,
       -- unique by (birth date, sequence) for up to 1.5 million households: applicants born from 1950
       -- (every 9th day), spouses a day later, children from 2008 (every 3rd day)
       bench.id_number(p.county, date '1950-01-01' + (p.n / 1000) * 9, (p.n % 1000)::int) AS applicant,
       bench.id_number(p.county, date '1950-01-02' + (p.n / 1000) * 9, (p.n % 1000)::int) AS spouse,
       bench.id_number(p.county, date '2008-01-01' + (p.n / 1000) * 3, (p.n % 1000)::int) AS child,
       ('13' || lpad(p.n::text, 9, '0'))::varchar(11) AS mobile,
       gen_random_uuid() AS application_id,
       CASE WHEN p.kind = 'case' THEN gen_random_uuid() END AS case_id,
       CASE WHEN p.kind = 'case' AND p.n % 5 = 0 THEN gen_random_uuid() END AS old_application_id,
       CASE WHEN p.kind = 'case' AND p.n % 5 = 0 THEN gen_random_uuid() END AS old_case_id,
       NULL::int AS sample, NULL::int AS pool_rank
  FROM placed p;

UPDATE bench.household h SET sample = s.rank
  FROM (SELECT n, row_number() OVER (ORDER BY md5(n::text)) AS rank FROM bench.household WHERE kind = 'case') s
 WHERE s.n = h.n AND s.rank <= :sample;
UPDATE bench.household h SET pool_rank = s.rank
  FROM (SELECT n, row_number() OVER (PARTITION BY kind ORDER BY n) AS rank FROM bench.household WHERE kind <> 'case') s
 WHERE s.n = h.n;
ALTER TABLE bench.household ADD PRIMARY KEY (n);
CREATE UNIQUE INDEX household_sample_idx ON bench.household (sample) WHERE sample IS NOT NULL;
CREATE UNIQUE INDEX household_pool_idx ON bench.household (kind, pool_rank) WHERE pool_rank IS NOT NULL;

-- The steps that lead to each state (dibao procedure: Procedure.DIBAO), and who takes them.
DROP TABLE IF EXISTS bench.path;
CREATE TABLE bench.path (state text, step int, action text, from_state text, to_state text, actor text);
INSERT INTO bench.path
SELECT s.state, m.step, m.action, m.from_state, m.to_state, m.actor
  FROM (VALUES ('SUBMITTED', 1), ('ACCEPTED', 2), ('INVESTIGATING', 3), ('PUBLICITY', 4), ('CONFIRMATION', 5),
               ('APPROVED', 6), ('IN_PAYMENT', 7), ('TERMINATED', 8)) AS s (state, steps)
  JOIN (VALUES (1, 'SUBMIT', NULL, 'SUBMITTED', 'resident'), (2, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', 'township'),
               (3, 'START_INVESTIGATION', 'ACCEPTED', 'INVESTIGATING', 'township'),
               (4, 'START_PUBLICITY', 'INVESTIGATING', 'PUBLICITY', 'township'),
               (5, 'SEND_FOR_CONFIRMATION', 'PUBLICITY', 'CONFIRMATION', 'township'),
               (6, 'APPROVE', 'CONFIRMATION', 'APPROVED', 'county'), (7, 'START_PAYMENT', 'APPROVED', 'IN_PAYMENT', 'county'),
               (8, 'TERMINATE', 'IN_PAYMENT', 'TERMINATED', 'county')) AS m (step, action, from_state, to_state, actor)
    ON m.step <= s.steps;
INSERT INTO bench.path VALUES
    ('RETURNED_FOR_DOCUMENTS', 1, 'SUBMIT', NULL, 'SUBMITTED', 'resident'),
    ('RETURNED_FOR_DOCUMENTS', 2, 'RETURN_FOR_DOCUMENTS', 'SUBMITTED', 'RETURNED_FOR_DOCUMENTS', 'township');
INSERT INTO bench.path SELECT 'REFUSED', step, action, from_state, to_state, actor FROM bench.path WHERE state = 'CONFIRMATION';
INSERT INTO bench.path VALUES ('REFUSED', 6, 'REFUSE', 'CONFIRMATION', 'REFUSED', 'county');
-- older applications, withdrawn by the household
INSERT INTO bench.path VALUES ('WITHDRAWN', 1, 'SUBMIT', NULL, 'SUBMITTED', 'resident'),
                              ('WITHDRAWN', 2, 'WITHDRAW', 'SUBMITTED', 'WITHDRAWN', 'resident');

-- Every case, main and older, with its dates: the current step began within the last 20 days for
-- cases still being handled, up to 2.5 years ago for the others; 9 days between steps.
DROP TABLE IF EXISTS bench.case_plan;
CREATE TABLE bench.case_plan AS
WITH c AS (
    SELECT h.n, h.case_id AS id, h.application_id, h.programme, h.state,
           (SELECT max(step) FROM bench.path p WHERE p.state = h.state) AS steps,
           CASE WHEN h.state IN ('IN_PAYMENT', 'REFUSED', 'TERMINATED') THEN (h.n * 37) % 900 + 1 ELSE (h.n * 13) % 20 END AS idle_days
      FROM bench.household h WHERE h.kind = 'case'
    UNION ALL
    SELECT h.n, h.old_case_id, h.old_application_id, 'DIBAO', 'WITHDRAWN', 2, 1000 + (h.n * 11) % 300
      FROM bench.household h WHERE h.old_case_id IS NOT NULL
)
SELECT c.*, now() - make_interval(days => c.idle_days + 9 * (c.steps - 1), secs => (c.n % 86400)) AS submitted_at,
       now() - make_interval(days => c.idle_days, secs => (c.n % 86400)) AS state_since
  FROM c;

-- Empty the tables this fills, keep their definitions of secondary indexes and foreign keys, drop
-- those, load, and build them again at the end.
TRUNCATE application, assistance_case, case_member, open_case_claim, case_event, case_decision, case_amount_proposal,
         case_payment_schedule, case_home_visit, case_verification, notification_outbox, idempotency_record,
         case_number_sequence, referral, attachment, attachment_content, personal_data_access, work_order, outreach_task CASCADE;

CREATE TEMP TABLE deferred ON COMMIT DROP AS
SELECT 1 AS ord, format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop_sql,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS create_sql
  FROM pg_constraint
 WHERE contype = 'f' AND conrelid::regclass::text IN ('application', 'assistance_case', 'case_member', 'open_case_claim',
       'case_event', 'case_decision', 'case_amount_proposal', 'case_payment_schedule', 'idempotency_record')
UNION ALL
SELECT 0, format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid)
  FROM pg_index
 WHERE NOT indisprimary AND NOT indisunique AND indrelid::regclass::text IN ('application', 'assistance_case', 'case_member',
       'open_case_claim', 'case_event', 'case_decision', 'case_amount_proposal', 'case_payment_schedule', 'idempotency_record');
SELECT drop_sql FROM deferred ORDER BY ord DESC \gexec

INSERT INTO application (id, programme, owner_id_number, status, form, version, created_at, updated_at, channel)
SELECT h.application_id, h.programme, h.applicant, 'SUBMITTED', bench.form(h.village, h.mobile, h.applicant, h.spouse, h.child, h.surname),
       2, p.submitted_at - interval '1 day', p.submitted_at, 'MINIAPP'
  FROM bench.household h JOIN bench.case_plan p ON p.id = h.case_id
UNION ALL
SELECT h.old_application_id, 'DIBAO', h.applicant, 'SUBMITTED', bench.form(h.village, h.mobile, h.applicant, h.spouse, h.child, h.surname),
       2, p.submitted_at - interval '1 day', p.submitted_at, 'MINIAPP'
  FROM bench.household h JOIN bench.case_plan p ON p.id = h.old_case_id
UNION ALL
SELECT h.application_id, 'DIBAO', h.applicant, 'DRAFT', bench.form(h.village, h.mobile, h.applicant, h.spouse, h.child, h.surname),
       2, now() - interval '2 days', now() - interval '1 day', 'MINIAPP'
  FROM bench.household h WHERE h.kind <> 'case';

INSERT INTO assistance_case (id, case_number, application_id, programme, owner_id_number, applicant_id_number, applicant_name,
       household_size, region_code, county_code, state, state_since, via_agent, near_relative_flag, submitted_at, closed_at,
       version, assigned_office_code, routing_explanation, due_on, spot_check_required, unstable_income, contact_mobile)
SELECT p.id,
       format('%s-%s-%s-%s', pr.prefix, h.county, extract(year FROM p.submitted_at AT TIME ZONE 'Asia/Shanghai'),
              lpad((row_number() OVER (PARTITION BY pr.prefix, h.county, extract(year FROM p.submitted_at AT TIME ZONE 'Asia/Shanghai')
                                       ORDER BY p.submitted_at, p.id))::text, 5, '0')),
       p.application_id, p.programme, h.applicant, h.applicant, h.surname || '建国', 3, h.village, h.county, p.state,
       p.state_since, false, false, p.submitted_at,
       CASE WHEN p.state IN ('REFUSED', 'TERMINATED', 'WITHDRAWN') THEN p.state_since END,
       p.steps, h.township, r.explanation || '：' || h.office_name,
       CASE WHEN p.state IN ('SUBMITTED', 'RETURNED_FOR_DOCUMENTS', 'ACCEPTED', 'INVESTIGATING', 'PUBLICITY', 'CONFIRMATION', 'APPROVED')
            THEN (p.state_since AT TIME ZONE 'Asia/Shanghai')::date + 15 END,
       false, true, h.mobile
  FROM bench.case_plan p
  JOIN bench.household h ON h.n = p.n
  JOIN routing_rule r ON r.programme = p.programme
  JOIN (VALUES ('DIBAO', 'DB'), ('TEKUN', 'TK'), ('BIANYUAN', 'BY'), ('GANGXING', 'GX')) AS pr (programme, prefix) ON pr.programme = p.programme;

INSERT INTO case_number_sequence (prefix, county_code, year, last_value)
SELECT split_part(case_number, '-', 1), county_code, split_part(case_number, '-', 3)::smallint, max(split_part(case_number, '-', 4)::int)
  FROM assistance_case GROUP BY 1, 2, 3;

INSERT INTO case_member (case_id, id_number, relation)
SELECT p.id, m.id_number, m.relation
  FROM bench.case_plan p JOIN bench.household h ON h.n = p.n
 CROSS JOIN LATERAL (VALUES (h.applicant, 'SELF'), (h.spouse, 'SPOUSE'), (h.child, 'CHILD')) AS m (id_number, relation);

INSERT INTO open_case_claim (programme, id_number, case_id)
SELECT p.programme, m.id_number, p.id
  FROM bench.case_plan p JOIN bench.household h ON h.n = p.n
 CROSS JOIN LATERAL (VALUES (h.applicant), (h.spouse), (h.child)) AS m (id_number)
 WHERE p.state NOT IN ('REFUSED', 'TERMINATED', 'WITHDRAWN');

-- Timelines, inserted in the order things happened (as the service writes them): one case's events
-- lie apart in the table, as they do in production.
INSERT INTO case_event (case_id, action, from_state, to_state, actor_role, actor_subject, actor_office, actor_label, reason, occurred_at)
SELECT p.id, s.action, s.from_state, s.to_state,
       CASE s.actor WHEN 'resident' THEN 'resident' WHEN 'township' THEN 'caseworker' ELSE 'county_officer' END,
       CASE s.actor WHEN 'resident' THEN 'resident-' || h.applicant WHEN 'township' THEN 'caseworker-' || h.township
            ELSE 'county_officer-' || h.county || '-MZ' END,
       CASE s.actor WHEN 'resident' THEN NULL WHEN 'township' THEN h.township ELSE h.county || '-MZ' END,
       CASE s.actor WHEN 'resident' THEN '申请人或家庭成员' WHEN 'township' THEN h.office_name ELSE h.bureau_name END,
       CASE s.action WHEN 'REFUSE' THEN '家庭人均收入高于当地低保标准' WHEN 'RETURN_FOR_DOCUMENTS' THEN '请补充户口簿和收入证明'
                     WHEN 'TERMINATE' THEN '家庭收入已超过低保标准，停止保障' END,
       p.submitted_at + make_interval(days => 9 * (s.step - 1))
  FROM bench.case_plan p
  JOIN bench.household h ON h.n = p.n
  JOIN bench.path s ON s.state = p.state
 ORDER BY 10;

INSERT INTO case_amount_proposal (case_id, monthly_amount, recorded_by, recorded_by_office, recorded_by_label, recorded_at)
SELECT p.id, 480 + (p.n % 40) * 10, 'caseworker-' || h.township, h.township, h.office_name, p.submitted_at + interval '26 days'
  FROM bench.case_plan p JOIN bench.household h ON h.n = p.n
 WHERE p.state IN ('PUBLICITY', 'CONFIRMATION', 'APPROVED', 'IN_PAYMENT', 'REFUSED', 'TERMINATED');

INSERT INTO case_decision (case_id, decision, reasons, decided_by, decided_by_office, decided_by_label, decided_at, monthly_amount,
       notice_due_on)
SELECT p.id, CASE WHEN p.state = 'REFUSED' THEN 'REFUSED' ELSE 'APPROVED' END,
       CASE WHEN p.state = 'REFUSED' THEN '家庭人均收入高于当地低保标准' END,
       'county_officer-' || h.county || '-MZ', h.county || '-MZ', h.bureau_name, p.submitted_at + interval '45 days',
       CASE WHEN p.state = 'REFUSED' THEN NULL ELSE 480 + (p.n % 40) * 10 END,
       CASE WHEN p.state = 'REFUSED' THEN (p.submitted_at + interval '48 days')::date END
  FROM bench.case_plan p JOIN bench.household h ON h.n = p.n
 WHERE p.state IN ('APPROVED', 'IN_PAYMENT', 'REFUSED', 'TERMINATED');

INSERT INTO case_payment_schedule (case_id, first_payment_month, review_every_months, next_review_on, scheduled_at)
SELECT p.id, (date_trunc('month', p.submitted_at + interval '45 days') + interval '1 month')::date, 6,
       (p.submitted_at + interval '45 days' + interval '6 months')::date + (p.n % 180), p.submitted_at + interval '54 days'
  FROM bench.case_plan p
 WHERE p.state IN ('IN_PAYMENT', 'TERMINATED');

-- Each submission left its idempotency key, as the service records it.
INSERT INTO idempotency_record (subject, key, operation, result_id, created_at)
SELECT 'resident-' || h.applicant, md5(p.id::text), 'SUBMIT_APPLICATION', p.id, p.submitted_at
  FROM bench.case_plan p JOIN bench.household h ON h.n = p.n;

SELECT create_sql FROM deferred ORDER BY ord \gexec


-- Standards: bench/sql/standards.sql, run by bench/run after every seed check.

DROP TABLE IF EXISTS bench.seed;
CREATE TABLE bench.seed AS
SELECT :households::int AS households, :api_pool::int AS api_pool, :pg_pool::int AS pg_pool, :sample::int AS sample,
       2 AS layout, now() AS seeded_at;

COMMIT;

-- As a database that has been running for a while: statistics, and the visibility map set.
VACUUM (ANALYZE) application, assistance_case, case_member, open_case_claim, case_event, case_decision, case_amount_proposal,
        case_payment_schedule, idempotency_record, case_number_sequence, bench.household;
