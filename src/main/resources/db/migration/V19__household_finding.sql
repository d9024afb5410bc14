-- 核实的家庭情况: the household as the township's home visit, the county's economic verification or a periodic
-- review found it (members, incomes by category, property, rigid expenditure), with every figure that differs from
-- what was declared and the source of that correction. The latest finding of a case is the household its amounts
-- are computed for; earlier ones stay on file.
CREATE TABLE household_finding (
    id                 bigserial    PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES assistance_case (id),
    source             varchar(24)  NOT NULL CHECK (source IN ('HOME_VISIT', 'ECONOMIC_VERIFICATION', 'PERIODIC_REVIEW')),
    evidence           text,
    household          jsonb        NOT NULL,
    corrections        jsonb        NOT NULL,
    recorded_by        varchar(100) NOT NULL,
    recorded_by_office varchar(32)  NOT NULL REFERENCES office (code),
    recorded_by_label  varchar(100) NOT NULL,
    recorded_at        timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX household_finding_case_idx ON household_finding (case_id, id);
