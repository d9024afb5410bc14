-- Scenario (b) without the service: the statements the service runs for the mini-app's
-- SubmitApplication mutation (a 3-member dibao draft becomes a case), in order, with the same
-- parameters, each transaction on another household's draft (pgbench's own pool, bench.household
-- kind 'pg_pool'; each client takes the next of its share: -D i=0 -D share=N).
-- pgbench's own work, besides the service's statements: the first statement (it reads the
-- household's values and the values the service computes in Java: a case id, today's due date),
-- the RETURNING of the case-number upsert formats the number the service formats in Java, and the
-- pg_notify payload is concatenated in SQL.
\set i :i + 1
\set rank :client_id * :share + :i
SELECT application_id, applicant, spouse, child, township, village, county, mobile, surname || '建国' AS applicant_name,
       'resident-' || applicant AS subject, gen_random_uuid() AS key, gen_random_uuid() AS new_case_id, now() AS now,
       '{' || applicant || ',' || spouse || ',' || child || '}' AS member_ids, '{' || village || '}' AS region_codes,
       '最低生活保障由户籍地（或经常居住地）的乡镇（街道）受理：' || office_name AS explanation,
       current_date + 1 AS due_on, '{' || application_id || '}' AS application_ids
  FROM bench.household WHERE kind = 'pg_pool' AND pool_rank = :rank \gset
SELECT operation, result_id FROM idempotency_record WHERE subject = :subject AND key = :key;
SELECT id, programme, status, form::text AS form, version, created_at, updated_at, channel, owner_id_number, filed_by, filed_by_office FROM application WHERE id = :application_id;
SELECT code, name, parent_code FROM region WHERE code = ANY(:region_codes) ORDER BY code;
SELECT code, name, kind, region_code, department, delegates_dibao_confirmation FROM office WHERE region_code = :township AND kind = 'TOWNSHIP_OFFICE' AND department IS NOT DISTINCT FROM NULL ORDER BY code LIMIT 1;
BEGIN;
INSERT INTO idempotency_record (subject, key, operation, result_id) VALUES (:subject, :key, 'SUBMIT_APPLICATION', :new_case_id)
ON CONFLICT (subject, key) DO NOTHING;
SELECT id, programme, status, form::text AS form, version, created_at, updated_at, channel, owner_id_number, filed_by, filed_by_office FROM application WHERE id = :application_id FOR UPDATE;
INSERT INTO case_number_sequence (prefix, county_code, year, last_value) VALUES ('DB', :county, extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::smallint, 1)
ON CONFLICT (prefix, county_code, year) DO UPDATE SET last_value = case_number_sequence.last_value + 1
RETURNING format('%s-%s-%s-%s', prefix, county_code, year, lpad(last_value::text, 5, '0')) AS case_number \gset
INSERT INTO assistance_case AS c (id, case_number, application_id, programme, owner_id_number, applicant_id_number,
    applicant_name, household_size, region_code, county_code, state, state_since, via_agent,
    near_relative_flag, submitted_at, assigned_office_code, routing_explanation, due_on, unstable_income,
    contact_mobile)
VALUES (:new_case_id, :case_number, :application_id, 'DIBAO', :applicant, :applicant, :applicant_name, 3, :village, :county, 'SUBMITTED', :now, false, false, :now, :township, :explanation, :due_on, true, :mobile)
RETURNING c.id, c.case_number, c.application_id, c.programme, c.state, c.state_since, c.submitted_at,
       c.applicant_name, c.household_size, c.region_code, c.via_agent, c.near_relative_flag,
       c.owner_id_number, c.county_code, c.version, c.assigned_office_code, c.routing_explanation,
       c.due_on, c.spot_check_required;
INSERT INTO case_member (case_id, id_number, relation) SELECT :new_case_id, * FROM unnest(:member_ids::varchar[], '{SELF,SPOUSE,CHILD}'::varchar[]);
INSERT INTO open_case_claim (programme, id_number, case_id)
SELECT 'DIBAO', id_number, case_id FROM case_member WHERE case_id = :new_case_id
ON CONFLICT (programme, id_number) DO NOTHING;
SELECT count(*) FROM open_case_claim WHERE case_id = :new_case_id;
INSERT INTO case_event (case_id, action, from_state, to_state, actor_role, actor_subject, actor_office, actor_label, reason)
VALUES (:new_case_id, 'SUBMIT', NULL, 'SUBMITTED', 'resident', :subject, NULL, '申请人或家庭成员', NULL)
RETURNING id, case_id, action, from_state, to_state, actor_role, actor_label, reason, occurred_at \gset event_
INSERT INTO notification_outbox (case_id, case_event_id, recipient, channel, title, body)
VALUES (:new_case_id, :event_id, :applicant, 'MINIAPP', '申请已提交', '您的最低生活保障申请已提交，编号' || :case_number || '。乡镇（街道）将尽快受理，请保持电话畅通。');
SELECT pg_notify('case_event', :new_case_id || ':' || :event_id);
UPDATE application SET status = 'SUBMITTED', updated_at = now() WHERE id = :application_id;
COMMIT;
SELECT id, programme, status, form::text AS form, version, created_at, updated_at, channel, owner_id_number, filed_by, filed_by_office FROM application WHERE id = ANY(:application_ids);
SELECT id, application_id, document_type, file_name, content_type, size_bytes, sha256, uploaded_at FROM attachment WHERE application_id = ANY(:application_ids) ORDER BY uploaded_at, id;
