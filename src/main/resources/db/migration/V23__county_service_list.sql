-- 服务清单: each county's list of the services its service-type assistance (服务类社会救助) arranges, kept by the county's
-- civil affairs bureau. An entry is retired, never deleted, so the arrangements made from it keep their reference.
CREATE TABLE service_item (
    id                uuid         PRIMARY KEY,
    county_code       varchar(6)   NOT NULL REFERENCES region (code),
    name              varchar(50)  NOT NULL,
    category          varchar(20)  NOT NULL CHECK (category IN ('CARE', 'DAILY_LIVING', 'REHABILITATION', 'COUNSELLING',
                                          'CAPACITY_BUILDING', 'SOCIAL_INTEGRATION', 'RESOURCE_LINKING', 'SAFETY_PROTECTION', 'OTHER')),
    provider          varchar(100) NOT NULL,
    unit              varchar(10)  NOT NULL,
    -- a quantity of the unit per period (每周2次), or in all for ONCE
    frequency_count   smallint     NOT NULL CHECK (frequency_count BETWEEN 1 AND 99),
    frequency_period  varchar(5)   NOT NULL CHECK (frequency_period IN ('DAY', 'WEEK', 'MONTH', 'ONCE')),
    created_by        varchar(100) NOT NULL,
    created_by_office varchar(32)  NOT NULL REFERENCES office (code),
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_by        varchar(100),
    updated_by_office varchar(32)  REFERENCES office (code),
    updated_at        timestamptz,
    retired_by        varchar(100),
    retired_by_office varchar(32)  REFERENCES office (code),
    retired_at        timestamptz
);
-- One offered entry per name and provider in a county; the list as read, by category and name.
CREATE UNIQUE INDEX service_item_offered_name_idx ON service_item (county_code, name, provider) WHERE retired_at IS NULL;
CREATE INDEX service_item_county_idx ON service_item (county_code) WHERE retired_at IS NULL;

-- Services arranged on a case from its county's list: a service case's decision, or services beside the money of a
-- dibao or tekun case (物质+服务). Ending one keeps the row, with who ended it and why; an end before the start is a
-- cancellation.
CREATE TABLE case_service_arrangement (
    id                 uuid         PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES assistance_case (id),
    service_item_id    uuid         NOT NULL REFERENCES service_item (id),
    starts_on          date         NOT NULL,
    ends_on            date,
    note               varchar(500),
    -- the order of the request that arranged it, so a household's plan reads as the office entered it
    position           smallint     NOT NULL CHECK (position >= 0),
    arranged_by        varchar(100) NOT NULL,
    arranged_by_office varchar(32)  NOT NULL REFERENCES office (code),
    arranged_by_label  varchar(100) NOT NULL,
    arranged_at        timestamptz  NOT NULL DEFAULT now(),
    ended_by           varchar(100),
    ended_by_office    varchar(32)  REFERENCES office (code),
    ended_by_label     varchar(100),
    ended_at           timestamptz,
    end_reason         varchar(500),
    CONSTRAINT case_service_arrangement_dates CHECK (ended_at IS NOT NULL OR ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT case_service_arrangement_ended CHECK ((ended_at IS NULL) = (end_reason IS NULL)
                                                     AND (ended_at IS NULL OR ends_on IS NOT NULL))
);
CREATE INDEX case_service_arrangement_case_idx ON case_service_arrangement (case_id, arranged_at, position);
CREATE INDEX case_service_arrangement_item_idx ON case_service_arrangement (service_item_id);
