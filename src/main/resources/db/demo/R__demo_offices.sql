-- Demo offices in Luoyang (洛阳市), loaded in the dev and test profiles only. Idempotent.
INSERT INTO office (code, name, kind, region_code, department) VALUES
    ('410305001', '涧西区湖北路街道办事处', 'TOWNSHIP_OFFICE', '410305001', NULL),
    ('410305002', '涧西区天津路街道办事处', 'TOWNSHIP_OFFICE', '410305002', NULL),
    ('410305-MZ', '洛阳市涧西区民政局', 'COUNTY_CIVIL_AFFAIRS', '410305', NULL),
    ('410305-JY', '洛阳市涧西区教育局', 'DEPARTMENT', '410305', 'EDUCATION'),
    ('410302001', '老城区西关街道办事处', 'TOWNSHIP_OFFICE', '410302001', NULL),
    ('410302-MZ', '洛阳市老城区民政局', 'COUNTY_CIVIL_AFFAIRS', '410302', NULL),
    ('4103-12345', '洛阳市12345政务服务便民热线', 'HOTLINE_CENTRE', '4103', NULL),
    ('41-MZ', '河南省民政厅', 'PROVINCE_CIVIL_AFFAIRS', '41', NULL)
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
    region_code = EXCLUDED.region_code, department = EXCLUDED.department;
