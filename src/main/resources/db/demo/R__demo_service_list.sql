-- A demo service list (服务清单) for 涧西区 (410305), one service of each class, loaded in the dev and test profiles
-- only, so the township's arrangeServices has something to arrange. Providers and figures are plausible, not real.
-- Idempotent: fixed ids, an entry already there is left as it is. Skipped on a database migrated only part of the
-- way (a test of an older migration), where the table does not exist yet.
DO $demo$
BEGIN
    IF to_regclass('service_item') IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO service_item (id, county_code, name, category, provider, unit, frequency_count, frequency_period, created_by,
            created_by_office)
    SELECT md5('demo-service-' || s.name)::uuid, '410305', s.name, s.category, s.provider, s.unit, s.count, s.period,
           'demo-data', '410305-MZ'
      FROM (VALUES
            ('上门照料', 'CARE', '涧西区颐康居家养老服务中心', '小时', 6, 'WEEK'),
            ('助餐服务', 'DAILY_LIVING', '涧西区湖北路社区长者食堂', '餐', 1, 'DAY'),
            ('居家康复护理', 'REHABILITATION', '涧西区残疾人康复服务站', '次', 2, 'WEEK'),
            ('心理疏导', 'COUNSELLING', '涧西区心晴社会工作服务中心', '次', 2, 'MONTH'),
            ('就业技能培训', 'CAPACITY_BUILDING', '涧西区公共就业服务中心', '期', 1, 'ONCE'),
            ('社区融入活动', 'SOCIAL_INTEGRATION', '涧西区心晴社会工作服务中心', '次', 1, 'MONTH'),
            ('慈善资源链接', 'RESOURCE_LINKING', '涧西区慈善总会', '次', 1, 'ONCE'),
            ('探访关爱', 'SAFETY_PROTECTION', '涧西区颐康居家养老服务中心', '次', 1, 'WEEK'),
            ('陪同就医', 'OTHER', '涧西区志愿服务联合会', '次', 2, 'MONTH')
           ) AS s (name, category, provider, unit, count, period)
    ON CONFLICT (id) DO NOTHING;
END
$demo$;
