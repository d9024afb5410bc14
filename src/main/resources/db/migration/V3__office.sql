-- Offices (经办机构): township/street offices, county civil affairs bureaus, other departments,
-- hotline centres. A staff token names its office; jurisdiction follows the office's region.
CREATE TABLE office (
    code        varchar(32)  PRIMARY KEY,
    name        varchar(100) NOT NULL,
    kind        varchar(30)  NOT NULL,
    region_code varchar(12)  NOT NULL REFERENCES region (code),
    department  varchar(40),
    CONSTRAINT office_kind_known CHECK (kind IN
        ('TOWNSHIP_OFFICE', 'COUNTY_CIVIL_AFFAIRS', 'DEPARTMENT', 'HOTLINE_CENTRE', 'PROVINCE_CIVIL_AFFAIRS')),
    CONSTRAINT office_department_only_for_departments CHECK ((kind = 'DEPARTMENT') = (department IS NOT NULL))
);
CREATE INDEX office_region_code_idx ON office (region_code);
