-- Applications (申请) and the cases (案件) they become. Rules live in Java; the table constraints
-- here are the last line of defence: nothing half-saved, one open case per person per programme.

-- A resident's application: a draft (暂存) until submitted. The form is one JSON document, validated
-- by the application service on every save and fully on submission.
CREATE TABLE application (
    id              uuid         PRIMARY KEY,
    programme       varchar(30)  NOT NULL,
    owner_id_number varchar(18)  NOT NULL,
    status          varchar(20)  NOT NULL,
    form            jsonb        NOT NULL,
    version         integer      NOT NULL DEFAULT 1,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT application_status_known CHECK (status IN ('DRAFT', 'SUBMITTED', 'DISCARDED'))
);
CREATE INDEX application_owner_idx ON application (owner_id_number, updated_at DESC);

CREATE TABLE assistance_case (
    id                  uuid         PRIMARY KEY,
    case_number         varchar(32)  NOT NULL UNIQUE,
    application_id      uuid         NOT NULL UNIQUE REFERENCES application (id),
    programme           varchar(30)  NOT NULL,
    owner_id_number     varchar(18)  NOT NULL,
    applicant_id_number varchar(18)  NOT NULL,
    applicant_name      varchar(50)  NOT NULL,
    household_size      smallint     NOT NULL CHECK (household_size BETWEEN 1 AND 20),
    region_code         varchar(12)  NOT NULL REFERENCES region (code),
    county_code         varchar(6)   NOT NULL REFERENCES region (code),
    state               varchar(40)  NOT NULL,
    state_since         timestamptz  NOT NULL,
    via_agent           boolean      NOT NULL,
    near_relative_flag  boolean      NOT NULL,
    submitted_at        timestamptz  NOT NULL,
    closed_at           timestamptz,
    version             integer      NOT NULL DEFAULT 1
);
CREATE INDEX assistance_case_owner_idx ON assistance_case (owner_id_number, submitted_at DESC);

-- Household members of a case: residents see the cases of their household.
CREATE TABLE case_member (
    case_id   uuid        NOT NULL REFERENCES assistance_case (id),
    id_number varchar(18) NOT NULL,
    relation  varchar(20) NOT NULL,
    PRIMARY KEY (case_id, id_number)
);
CREATE INDEX case_member_id_number_idx ON case_member (id_number);

-- One open case per household per programme: a person may belong to one open case of a programme.
-- Rows are removed when the case closes (withdrawn, refused and not objected, terminated).
CREATE TABLE open_case_claim (
    programme varchar(30) NOT NULL,
    id_number varchar(18) NOT NULL,
    case_id   uuid        NOT NULL REFERENCES assistance_case (id),
    PRIMARY KEY (programme, id_number)
);
CREATE INDEX open_case_claim_case_idx ON open_case_claim (case_id);

-- Everything that happened to a case, in order: the resident's timeline and the audit trail.
CREATE TABLE case_event (
    id            bigserial    PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES assistance_case (id),
    action        varchar(40)  NOT NULL,
    from_state    varchar(40),
    to_state      varchar(40)  NOT NULL,
    actor_role    varchar(30)  NOT NULL,
    actor_subject varchar(100) NOT NULL,
    actor_office  varchar(32),
    reason        text,
    occurred_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX case_event_case_idx ON case_event (case_id, id);

-- Case numbers a person can read over the phone: DB-410305-2026-00042.
CREATE TABLE case_number_sequence (
    prefix      varchar(4)  NOT NULL,
    county_code varchar(6)  NOT NULL,
    year        smallint    NOT NULL,
    last_value  integer     NOT NULL,
    PRIMARY KEY (prefix, county_code, year)
);

-- A retried request with the same key gets the first answer, never a second effect.
CREATE TABLE idempotency_record (
    subject     varchar(100) NOT NULL,
    key         varchar(100) NOT NULL,
    operation   varchar(40)  NOT NULL,
    result_id   uuid         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, key)
);
