-- One door, coordinated handling (一门受理、协同办理): an office for every county and township of the
-- country, routing as data, and what casework needs on a case.

-- Offices generated from the divisions. Codes: a township office carries its township's code; a
-- county's civil affairs bureau <county>-MZ; its departments <county>-JY/-ZJ/-YB/-RS/-CL; a city's
-- hotline <city>-12345; a province's civil affairs department <province>-MZ. Routing never parses
-- codes: it looks offices up by (region, kind, department).
INSERT INTO office (code, name, kind, region_code, department)
SELECT code || '-MZ', name || '民政厅', 'PROVINCE_CIVIL_AFFAIRS', code, NULL FROM region WHERE level = 'PROVINCE'
ON CONFLICT (code) DO NOTHING;

INSERT INTO office (code, name, kind, region_code, department)
SELECT code || '-12345', name || '12345政务服务便民热线', 'HOTLINE_CENTRE', code, NULL FROM region WHERE level = 'CITY'
ON CONFLICT (code) DO NOTHING;

INSERT INTO office (code, name, kind, region_code, department)
SELECT code || '-MZ', name || '民政局', 'COUNTY_CIVIL_AFFAIRS', code, NULL FROM region WHERE level = 'COUNTY'
ON CONFLICT (code) DO NOTHING;

INSERT INTO office (code, name, kind, region_code, department)
SELECT c.code || '-' || d.suffix, c.name || d.office_name, 'DEPARTMENT', c.code, d.department
  FROM region c
 CROSS JOIN (VALUES ('JY', '教育局', 'EDUCATION'),
                    ('ZJ', '住房和城乡建设局', 'HOUSING'),
                    ('YB', '医疗保障局', 'MEDICAL_INSURANCE'),
                    ('RS', '人力资源和社会保障局', 'HUMAN_RESOURCES'),
                    ('CL', '残疾人联合会', 'DISABLED_PERSONS_FEDERATION')) AS d (suffix, office_name, department)
 WHERE c.level = 'COUNTY'
ON CONFLICT (code) DO NOTHING;

-- A street office (街道办事处) or a town/township government (镇/乡人民政府), named with its county.
INSERT INTO office (code, name, kind, region_code, department)
SELECT t.code,
       c.name || t.name || CASE WHEN substr(t.code, 7, 3)::int BETWEEN 1 AND 99 THEN '办事处' ELSE '人民政府' END,
       'TOWNSHIP_OFFICE', t.code, NULL
  FROM region t JOIN region c ON c.code = t.parent_code
 WHERE t.level = 'TOWNSHIP'
ON CONFLICT (code) DO NOTHING;

-- Routing looks an office up by where and what; this index makes that one index probe.
CREATE INDEX office_routing_idx ON office (region_code, kind, department);

-- A county may delegate dibao confirmation (审核确认) to its townships [DB].
ALTER TABLE office ADD COLUMN delegates_dibao_confirmation boolean NOT NULL DEFAULT false;

-- Routing rules (谁来办): per programme, which place decides and which kind of office handles it.
CREATE TABLE routing_rule (
    programme   varchar(30) PRIMARY KEY,
    basis       varchar(30) NOT NULL,
    office_kind varchar(30) NOT NULL,
    department  varchar(40),
    explanation text        NOT NULL,
    CONSTRAINT routing_basis_known CHECK (basis IN ('RESIDENCE', 'EMERGENCY_LOCATION')),
    CONSTRAINT routing_office_kind_known CHECK (office_kind IN ('TOWNSHIP_OFFICE', 'COUNTY_CIVIL_AFFAIRS', 'DEPARTMENT'))
);
INSERT INTO routing_rule (programme, basis, office_kind, department, explanation) VALUES
    ('DIBAO', 'RESIDENCE', 'TOWNSHIP_OFFICE', NULL, '最低生活保障由户籍地（或经常居住地）的乡镇（街道）受理'),
    ('TEKUN', 'RESIDENCE', 'TOWNSHIP_OFFICE', NULL, '特困人员救助供养由户籍地（或经常居住地）的乡镇（街道）受理'),
    ('BIANYUAN', 'RESIDENCE', 'TOWNSHIP_OFFICE', NULL, '低保边缘家庭认定由户籍地（或经常居住地）的乡镇（街道）受理'),
    ('GANGXING', 'RESIDENCE', 'TOWNSHIP_OFFICE', NULL, '刚性支出困难家庭认定由户籍地（或经常居住地）的乡镇（街道）受理'),
    ('LINSHI_EXPENSE', 'RESIDENCE', 'TOWNSHIP_OFFICE', NULL, '支出型临时救助由户籍地（或经常居住地）的乡镇（街道）受理'),
    ('LINSHI_URGENT', 'EMERGENCY_LOCATION', 'TOWNSHIP_OFFICE', NULL, '急难型临时救助由急难发生地的乡镇（街道）受理，不受户籍限制'),
    ('SERVICE', 'RESIDENCE', 'TOWNSHIP_OFFICE', NULL, '服务类社会救助由户籍地（或经常居住地）的乡镇（街道）受理'),
    ('SPECIAL_MEDICAL', 'RESIDENCE', 'DEPARTMENT', 'MEDICAL_INSURANCE', '医疗救助由所在县（市、区）医疗保障部门办理'),
    ('SPECIAL_EDUCATION', 'RESIDENCE', 'DEPARTMENT', 'EDUCATION', '教育救助由所在县（市、区）教育部门办理'),
    ('SPECIAL_HOUSING', 'RESIDENCE', 'DEPARTMENT', 'HOUSING', '住房救助由所在县（市、区）住房城乡建设部门办理'),
    ('SPECIAL_EMPLOYMENT', 'RESIDENCE', 'DEPARTMENT', 'HUMAN_RESOURCES', '就业救助由所在县（市、区）人力资源社会保障部门办理');

-- What casework needs on a case: who handles it and why, and when the current step is due.
ALTER TABLE assistance_case
    ADD COLUMN assigned_office_code varchar(32) REFERENCES office (code),
    ADD COLUMN routing_explanation  text,
    ADD COLUMN due_on               date,
    ADD COLUMN spot_check_required  boolean NOT NULL DEFAULT false;
UPDATE assistance_case c SET assigned_office_code = substr(c.region_code, 1, 9),
       routing_explanation = '按户籍地确定'
 WHERE assigned_office_code IS NULL AND length(c.region_code) >= 9;
ALTER TABLE assistance_case ALTER COLUMN assigned_office_code SET NOT NULL;

-- Worklists: an office's queue and a county's queue, overdue first, keyset-paged.
CREATE INDEX assistance_case_office_queue_idx ON assistance_case (assigned_office_code, due_on, id) WHERE closed_at IS NULL;
CREATE INDEX assistance_case_county_queue_idx ON assistance_case (county_code, state, due_on, id) WHERE closed_at IS NULL;

-- Who acted, as the resident reads it (申请人本人, 代理人, 涧西区湖北路街道办事处): kept as it was then.
ALTER TABLE case_event ADD COLUMN actor_label varchar(100);
UPDATE case_event SET actor_label = CASE WHEN actor_role = 'resident' THEN '申请人' ELSE '经办机构' END WHERE actor_label IS NULL;
ALTER TABLE case_event ALTER COLUMN actor_label SET NOT NULL;
