-- Administrative divisions (行政区划): GB/T 2260 down to counties, statistical division codes
-- (统计用区划代码) for townships (9 digits) and villages (12 digits).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE region (
    code        varchar(12)  PRIMARY KEY,
    name        varchar(100) NOT NULL,
    level       varchar(10)  NOT NULL,
    parent_code varchar(12)  REFERENCES region (code),
    CONSTRAINT region_level_known CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    CONSTRAINT region_code_matches_level CHECK (
        code ~ '^[0-9]+$' AND length(code) = CASE level
            WHEN 'PROVINCE' THEN 2 WHEN 'CITY' THEN 4 WHEN 'COUNTY' THEN 6
            WHEN 'TOWNSHIP' THEN 9 ELSE 12 END),
    CONSTRAINT region_parent_is_prefix CHECK (
        (level = 'PROVINCE' AND parent_code IS NULL)
        OR (level <> 'PROVINCE' AND parent_code IS NOT NULL AND starts_with(code, parent_code)))
);

-- Children listed in code order; keyset pagination walks this index.
CREATE INDEX region_parent_code_idx ON region (parent_code, code);
-- Name search ("洛阳", "涧西") over 45k rows, 660k with villages loaded.
CREATE INDEX region_name_trgm_idx ON region USING gin (name gin_trgm_ops);
