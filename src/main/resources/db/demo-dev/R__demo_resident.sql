-- Development only: the demo resident 11010519491231002X (token: /dev/tokens?role=resident&idNumber=11010519491231002X)
-- has a dibao case under investigation in 涧西区湖北路街道唐村社区 (410305001001) and an unfinished draft, so the
-- mini-app's screens have something to show at once. Idempotent.
INSERT INTO application (id, programme, owner_id_number, status, form, version, created_at, updated_at) VALUES
  ('00000000-0000-4000-8000-000000000001', 'DIBAO', '11010519491231002X', 'SUBMITTED', '{
     "residenceRegionCode": "410305001001", "applyAtUsualResidence": false, "usualResidenceRegionCode": null,
     "emergencyRegionCode": null, "mobileNumber": "13812345678",
     "members": [
       {"name": "张三", "idNumber": "11010519491231002X", "relation": "SELF", "disabilityType": null, "disabilityGrade": null,
        "seriousIllness": true, "employment": "UNABLE_TO_WORK", "student": false}],
     "incomes": [{"category": "TRANSFER", "memberIdNumber": "11010519491231002X", "monthlyAmount": "180.00",
                  "monthlyEmploymentCost": null, "description": "城乡居民养老金"}],
     "properties": [], "expenditures": [{"type": "MEDICAL", "memberIdNumber": "11010519491231002X",
                  "amountLast12Months": "8600.00", "description": "住院自付"}],
     "answers": [],
     "declarations": {"truthfulnessPromise": true, "verificationAuthorisation": true, "nearRelativeOfStaff": false,
                      "nearRelativeDetails": null},
     "agent": null}', 3, now() - interval '6 days', now() - interval '6 days'),
  ('00000000-0000-4000-8000-000000000002', 'LINSHI_EXPENSE', '11010519491231002X', 'DRAFT',
   '{"residenceRegionCode": "410305001001", "members": [], "incomes": [], "properties": [], "expenditures": [], "answers": []}',
   1, now() - interval '1 day', now() - interval '1 day')
ON CONFLICT (id) DO NOTHING;

INSERT INTO assistance_case (id, case_number, application_id, programme, owner_id_number, applicant_id_number, applicant_name,
                             household_size, region_code, county_code, state, state_since, via_agent, near_relative_flag, submitted_at,
                             assigned_office_code, routing_explanation, due_on)
VALUES ('00000000-0000-4000-8000-000000000101', 'DB-410305-2026-90001', '00000000-0000-4000-8000-000000000001', 'DIBAO',
        '11010519491231002X', '11010519491231002X', '张三', 1,
        -- the community once the villages are loaded (a database migrated only up to an earlier version has its street)
        (SELECT coalesce(max(code), '410305001') FROM region WHERE code = '410305001001'), '410305', 'INVESTIGATING',
        now() - interval '4 days', false, false, now() - interval '6 days',
        '410305001', '最低生活保障由户籍地（或经常居住地）的乡镇（街道）受理：涧西区湖北路街道办事处', current_date + 1)
ON CONFLICT (id) DO NOTHING;

INSERT INTO case_member (case_id, id_number, relation)
VALUES ('00000000-0000-4000-8000-000000000101', '11010519491231002X', 'SELF')
ON CONFLICT DO NOTHING;

INSERT INTO open_case_claim (programme, id_number, case_id)
VALUES ('DIBAO', '11010519491231002X', '00000000-0000-4000-8000-000000000101')
ON CONFLICT DO NOTHING;

INSERT INTO case_event (case_id, action, from_state, to_state, actor_role, actor_subject, actor_office, actor_label, reason, occurred_at)
SELECT * FROM (VALUES
  ('00000000-0000-4000-8000-000000000101'::uuid, 'SUBMIT', NULL, 'SUBMITTED', 'resident', 'resident-11010519491231002X', NULL, '申请人', NULL, now() - interval '6 days'),
  ('00000000-0000-4000-8000-000000000101'::uuid, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', 'caseworker', 'caseworker-410305001', '410305001', '涧西区湖北路街道办事处', NULL, now() - interval '5 days'),
  ('00000000-0000-4000-8000-000000000101'::uuid, 'START_INVESTIGATION', 'ACCEPTED', 'INVESTIGATING', 'caseworker', 'caseworker-410305001', '410305001', '涧西区湖北路街道办事处', NULL, now() - interval '4 days')
) AS demo(case_id, action, from_state, to_state, actor_role, actor_subject, actor_office, actor_label, reason, occurred_at)
WHERE NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = '00000000-0000-4000-8000-000000000101');

-- Development databases made before the villages were shipped had the demo household at its street only.
UPDATE application SET form = jsonb_set(form, '{residenceRegionCode}', '"410305001001"')
 WHERE id IN ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002')
   AND form->>'residenceRegionCode' = '410305001';
UPDATE assistance_case SET region_code = '410305001001'
 WHERE id = '00000000-0000-4000-8000-000000000101' AND region_code = '410305001'
   AND EXISTS (SELECT 1 FROM region WHERE code = '410305001001');
