-- Scenario (a) without the service: the statements the service runs for the mini-app's CaseDetail
-- query (one case with its timeline), in the order it sends them, with the same parameters.
-- The service runs the seven after the first in parallel on several connections; here they run one
-- after the other on one. (The payment schedule and the attachments, each shown by two fields, are
-- read once per request: common/batch/OncePerRequest.) Only the first statement (pick a household) is pgbench's own: pgbench can
-- pass numbers, not strings, so it reads the ids of a random household of the same sample the load
-- reads (bench.household.sample).
\set k random(1, :sample)
SELECT case_id, applicant, '{' || case_id || '}' AS case_ids, '{' || application_id || '}' AS application_ids FROM bench.household WHERE sample = :k \gset
SELECT c.id, c.case_number, c.application_id, c.programme, c.state, c.state_since, c.submitted_at,
       c.applicant_name, c.household_size, c.region_code, c.via_agent, c.near_relative_flag,
       c.owner_id_number, c.county_code, c.version, c.assigned_office_code, c.routing_explanation,
       c.due_on, c.spot_check_required
  FROM assistance_case c
WHERE c.id = :case_id AND (c.owner_id_number = :applicant OR EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.id_number = :applicant));
SELECT id, application_id, document_type, file_name, content_type, size_bytes, sha256, uploaded_at FROM attachment WHERE application_id = ANY(:application_ids) ORDER BY uploaded_at, id;
SELECT DISTINCT ON (case_id) case_id, decision, reasons, decided_by_label, decided_at, monthly_amount, notice_due_on
  FROM case_decision WHERE case_id = ANY(:case_ids) AND revoked_at IS NULL ORDER BY case_id, id DESC;
SELECT DISTINCT ON (case_id) case_id, monthly_amount
  FROM case_amount_proposal WHERE case_id = ANY(:case_ids) ORDER BY case_id, id DESC;
SELECT case_id, first_payment_month, review_every_months, next_review_on FROM case_payment_schedule
WHERE case_id = ANY(:case_ids);
SELECT id, programme, status, form::text AS form, version, created_at, updated_at, channel, owner_id_number, filed_by, filed_by_office FROM application WHERE id = ANY(:application_ids);
SELECT id, case_id, case_number, applicant_name, programme, department, office_code, office_name, need, status,
       outcome, answer, decline_reason, referred_by_label, created_by, created_at, due_on, accepted_at,
       answered_at, declined_at, version
  FROM referral
WHERE case_id = ANY(:case_ids) ORDER BY case_id, created_at, id;
SELECT id, case_id, action, from_state, to_state, actor_role, actor_label, reason, occurred_at
  FROM case_event
WHERE case_id = ANY(:case_ids) ORDER BY id;
