-- STANDARDS: every county urban and rural, in force since the start of the year, as counties file them
-- (Shanxi's averages stand in for every county's: urban 669, rural 555 yuan per person per month).
INSERT INTO standard_version (id, region_code, area, effective_from, reference, dibao_monthly, method, marginal_multiple,
        rigid_expenditure_ratio, last_year_disposable_income, last_year_consumption, tekun_basic_monthly, tekun_care_monthly,
        temporary_aid_bands)
SELECT md5(r.code || a.area || '2026-01-01')::uuid, r.code, a.area, DATE '2026-01-01', r.name || '城乡低保标准（压测数据）',
       a.dibao, 'GAP', 1.5, 0.5, a.disposable, a.consumption, a.tekun,
       jsonb_build_object('SELF_RELIANT', '80.00', 'PARTLY_DEPENDENT', '330.00', 'FULLY_DEPENDENT', '990.00'),
       '[{"code": "GENERAL", "label": "一般困难", "maxMultiple": "2"}, {"code": "MAJOR", "label": "重大困难", "maxMultiple": "12"}]'::jsonb
  FROM region r
 CROSS JOIN (VALUES ('URBAN', 669.00, 42000.00, 27000.00, 870.00), ('RURAL', 555.00, 19000.00, 15500.00, 722.00))
       AS a (area, dibao, disposable, consumption, tekun)
 WHERE r.level = 'COUNTY'
ON CONFLICT (region_code, area, effective_from) DO NOTHING;
