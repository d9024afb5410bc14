-- Puts both submission pools back as seeded: removes the cases that the last run's submissions
-- opened (with their members, claims, events, notifications and idempotency keys) and turns the
-- pool applications back into drafts. The households with cases are not touched.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
BEGIN;
CREATE TEMP TABLE submitted ON COMMIT DROP AS
SELECT c.id FROM assistance_case c JOIN bench.household h ON h.application_id = c.application_id WHERE h.kind <> 'case';
CREATE INDEX ON submitted (id);
ANALYZE submitted;
DELETE FROM notification_outbox WHERE case_id IN (SELECT id FROM submitted);
DELETE FROM case_event WHERE case_id IN (SELECT id FROM submitted);
DELETE FROM open_case_claim WHERE case_id IN (SELECT id FROM submitted);
DELETE FROM case_member WHERE case_id IN (SELECT id FROM submitted);
DELETE FROM assistance_case WHERE id IN (SELECT id FROM submitted);
DELETE FROM idempotency_record WHERE subject IN (SELECT 'resident-' || applicant FROM bench.household WHERE kind <> 'case');
UPDATE application SET status = 'DRAFT', version = 2
 WHERE id IN (SELECT application_id FROM bench.household WHERE kind <> 'case') AND status <> 'DRAFT';
SELECT count(*) AS removed FROM submitted;
COMMIT;
VACUUM ANALYZE application, assistance_case, case_member, open_case_claim, case_event, notification_outbox, idempotency_record;
