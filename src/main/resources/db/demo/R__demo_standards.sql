-- Demo standards, loaded in the dev and test profiles only. Shanxi's averages (urban 669, rural 555
-- yuan/person/month) for every Shanxi county; 涧西区 with the same figures and its 2025 versions as history;
-- a Luoyang city-wide standard for the city's other counties. The other figures (extreme-poverty support,
-- temporary-aid bands, disposable income, consumption) are plausible, not official. Idempotent.
INSERT INTO standard_version (id, region_code, area, effective_from, reference, dibao_monthly, method, marginal_multiple,
        rigid_expenditure_ratio, last_year_disposable_income, last_year_consumption, tekun_basic_monthly, tekun_care_monthly,
        temporary_aid_bands)
SELECT md5(s.region_code || s.area || s.effective_from)::uuid, s.region_code, s.area, s.effective_from::date, s.reference,
       s.dibao, 'GAP', 1.5, 0.5, s.disposable, s.consumption, s.tekun,
       jsonb_build_object('SELF_RELIANT', s.care1, 'PARTLY_DEPENDENT', s.care2, 'FULLY_DEPENDENT', s.care3),
       '[{"code": "GENERAL", "label": "一般困难", "maxMultiple": "2"},
         {"code": "SERIOUS", "label": "较大困难", "maxMultiple": "6"},
         {"code": "MAJOR", "label": "重大困难", "maxMultiple": "12"}]'::jsonb
  FROM (
        SELECT code AS region_code, 'URBAN' AS area, '2026-01-01' AS effective_from,
               '山西省城乡低保标准（演示数据：全省城市平均标准）' AS reference, 669.00 AS dibao, 42000.00 AS disposable,
               27000.00 AS consumption, 870.00 AS tekun, '80.00' AS care1, '330.00' AS care2, '990.00' AS care3
          FROM region WHERE level = 'COUNTY' AND code LIKE '14%'
        UNION ALL
        SELECT code, 'RURAL', '2026-01-01', '山西省城乡低保标准（演示数据：全省农村平均标准）', 555.00, 19000.00, 15500.00, 722.00,
               '60.00', '250.00', '750.00'
          FROM region WHERE level = 'COUNTY' AND code LIKE '14%'
        UNION ALL
        VALUES ('410305', 'URBAN', '2025-01-01', '涧西区城乡低保标准（演示数据，2025年）', 640.00, 40500.00, 26000.00, 832.00, '80.00', '330.00', '990.00'),
               ('410305', 'RURAL', '2025-01-01', '涧西区城乡低保标准（演示数据，2025年）', 530.00, 18200.00, 15000.00, 689.00, '60.00', '250.00', '750.00'),
               ('410305', 'URBAN', '2026-01-01', '涧西区城乡低保标准（演示数据，2026年）', 669.00, 42000.00, 27000.00, 870.00, '80.00', '330.00', '990.00'),
               ('410305', 'RURAL', '2026-01-01', '涧西区城乡低保标准（演示数据，2026年）', 555.00, 19000.00, 15500.00, 722.00, '60.00', '250.00', '750.00'),
               ('4103', 'URBAN', '2026-01-01', '洛阳市城乡低保标准（演示数据，2026年）', 700.00, 43000.00, 27500.00, 910.00, '80.00', '330.00', '990.00'),
               ('4103', 'RURAL', '2026-01-01', '洛阳市城乡低保标准（演示数据，2026年）', 560.00, 19500.00, 15800.00, 728.00, '60.00', '250.00', '750.00')
       ) s
ON CONFLICT (region_code, area, effective_from) DO NOTHING;
