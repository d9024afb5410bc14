-- 低保标准 and the figures set with it, as dated versions (OpenFisca-style parameters): per county or city,
-- urban, rural or unified; each from the first day of a month, citing the document that set it. A version
-- is never edited: a new one replaces it from its own date, so the history stays as it was paid.
CREATE TABLE standard_version (
    id                           uuid          PRIMARY KEY,
    region_code                  varchar(12)   NOT NULL REFERENCES region (code),
    area                         varchar(8)    NOT NULL CHECK (area IN ('URBAN', 'RURAL', 'UNIFIED')),
    effective_from               date          NOT NULL CHECK (extract(day FROM effective_from) = 1),
    reference                    varchar(300)  NOT NULL CHECK (length(btrim(reference)) > 0),
    dibao_monthly                numeric(9,2)  NOT NULL CHECK (dibao_monthly > 0),
    method                       varchar(5)    NOT NULL CHECK (method IN ('GAP', 'TIERS')),
    -- [{"maxPerCapitaIncome": "200.00", "amountPerPerson": "669.00"}, ...] ascending, with TIERS only
    tiers                        jsonb         NOT NULL DEFAULT '[]',
    marginal_multiple            numeric(4,2)  NOT NULL DEFAULT 1.5 CHECK (marginal_multiple > 1),
    rigid_expenditure_ratio      numeric(5,4)  CHECK (rigid_expenditure_ratio > 0),
    last_year_disposable_income  numeric(11,2) CHECK (last_year_disposable_income > 0),
    last_year_consumption        numeric(11,2) CHECK (last_year_consumption > 0),
    tekun_basic_monthly          numeric(9,2)  CHECK (tekun_basic_monthly > 0),
    -- {"SELF_RELIANT": "60.00", "PARTLY_DEPENDENT": "330.00", "FULLY_DEPENDENT": "990.00"}
    tekun_care_monthly           jsonb         NOT NULL DEFAULT '{}',
    -- [{"code": "GENERAL", "label": "一般困难", "maxMultiple": "2"}, ...]
    temporary_aid_bands          jsonb         NOT NULL DEFAULT '[]',
    filing_id                    uuid,
    recorded_at                  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT standard_version_tiers_with_method CHECK ((method = 'TIERS') = (jsonb_array_length(tiers) > 0)),
    CONSTRAINT standard_version_one_per_month UNIQUE (region_code, area, effective_from)
);
-- The version in force: the latest effective_from on or before a date, for a region and area.
CREATE INDEX standard_version_lookup_idx ON standard_version (region_code, area, effective_from DESC);

-- 备案: a county's (or city's) new standard filed with the province before it takes effect. The impact on
-- today's cases is computed when it is filed and kept with it: households and people covered now and under
-- the new standard, the monthly total before and after, and the 提标减人 flag (a higher standard covering
-- fewer households). Only an accepted filing becomes a standard_version.
CREATE TABLE standard_filing (
    id                   uuid          PRIMARY KEY,
    region_code          varchar(12)   NOT NULL REFERENCES region (code),
    area                 varchar(8)    NOT NULL CHECK (area IN ('URBAN', 'RURAL', 'UNIFIED')),
    effective_from       date          NOT NULL CHECK (extract(day FROM effective_from) = 1),
    -- the proposed version, in standard_version's terms (camelCase keys)
    proposal             jsonb         NOT NULL,
    status               varchar(10)   NOT NULL CHECK (status IN ('FILED', 'ACCEPTED', 'RETURNED')),
    impact               jsonb         NOT NULL,
    reduces_coverage     boolean       NOT NULL, -- 提标减人
    filed_by             varchar(100)  NOT NULL,
    filed_by_office      varchar(32)   NOT NULL REFERENCES office (code),
    filed_at             timestamptz   NOT NULL DEFAULT now(),
    reviewed_by          varchar(100),
    reviewed_by_office   varchar(32)   REFERENCES office (code),
    reviewed_at          timestamptz,
    review_note          text,
    standard_id          uuid          REFERENCES standard_version (id),
    CONSTRAINT standard_filing_review_complete CHECK ((status = 'FILED') = (reviewed_at IS NULL)),
    CONSTRAINT standard_filing_return_has_note CHECK (status <> 'RETURNED' OR review_note IS NOT NULL),
    CONSTRAINT standard_filing_accept_has_standard CHECK ((status = 'ACCEPTED') = (standard_id IS NOT NULL))
);
-- One filing waiting for the province per region and area: a second would be decided against stale figures.
CREATE UNIQUE INDEX standard_filing_one_pending_idx ON standard_filing (region_code, area) WHERE status = 'FILED';
CREATE INDEX standard_filing_province_idx ON standard_filing (left(region_code, 2), status, filed_at);
ALTER TABLE standard_version ADD CONSTRAINT standard_version_filing_fk FOREIGN KEY (filing_id) REFERENCES standard_filing (id);

-- What a case in payment is paid each month from when: the decision sets the first period, each accepted
-- standard after it adds one from its month. Every period keeps the version it used and its trace.
CREATE TABLE case_benefit_period (
    case_id          uuid          NOT NULL REFERENCES assistance_case (id),
    from_month       date          NOT NULL CHECK (extract(day FROM from_month) = 1),
    monthly_amount   numeric(11,2) NOT NULL CHECK (monthly_amount >= 0),
    standard_id      uuid          NOT NULL REFERENCES standard_version (id),
    reason           varchar(16)   NOT NULL CHECK (reason IN ('DECISION', 'STANDARD_CHANGE')),
    household_size   smallint      NOT NULL CHECK (household_size > 0),
    trace            jsonb         NOT NULL,
    recorded_at      timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, from_month)
);

-- The standard version a dibao decision's amount was computed with.
ALTER TABLE case_decision ADD COLUMN standard_id uuid REFERENCES standard_version (id);

-- Cases in payment of a county, for a filing's impact and for recomputing amounts when it is accepted.
CREATE INDEX assistance_case_in_payment_idx ON assistance_case (county_code, programme) WHERE state IN ('APPROVED', 'IN_PAYMENT');
