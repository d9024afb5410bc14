-- 定期核查: the township reviews a household in payment (the household as found, the amount recomputed, the outcome
-- and its written reasons); the county decides, with a notice date and effect from the next month; the household may
-- object, and the county upholds or reverses. One pending review per case at a time: a new one supersedes it.
CREATE TABLE case_review (
    id                  bigserial     PRIMARY KEY,
    case_id             uuid          NOT NULL REFERENCES assistance_case (id),
    outcome             varchar(10)   NOT NULL CHECK (outcome IN ('CONTINUE', 'INCREASE', 'DECREASE', 'STOP')),
    reasons             text          NOT NULL,
    previous_amount     numeric(11,2) CHECK (previous_amount >= 0),
    new_amount          numeric(11,2) CHECK (new_amount >= 0),
    review_every_months smallint      NOT NULL CHECK (review_every_months > 0),
    recorded_by         varchar(100)  NOT NULL,
    recorded_by_office  varchar(32)   NOT NULL REFERENCES office (code),
    recorded_by_label   varchar(100)  NOT NULL,
    recorded_at         timestamptz   NOT NULL DEFAULT now(),
    superseded_at       timestamptz,
    decided_by_label    varchar(100),
    decided_at          timestamptz,
    decision_reasons    text,
    notice_due_on       date,
    effective_from      date          CHECK (extract(day FROM effective_from) = 1),
    objected_at         timestamptz,
    objection_ruled_at  timestamptz,
    revoked_at          timestamptz,
    CONSTRAINT case_review_decision_complete CHECK ((decided_at IS NULL) = (effective_from IS NULL))
);
CREATE INDEX case_review_case_idx ON case_review (case_id, id);

-- What the rules gave for a review of a computed programme: the amount, the standard and the trace, paid from the
-- decision's month once the county decides.
CREATE TABLE case_review_assessment (
    review_id      bigint        PRIMARY KEY REFERENCES case_review (id),
    finding_id     bigint        NOT NULL REFERENCES household_finding (id),
    monthly_amount numeric(11,2) NOT NULL CHECK (monthly_amount >= 0),
    standard_id    uuid          NOT NULL REFERENCES standard_version (id),
    household_size smallint      NOT NULL CHECK (household_size > 0),
    trace          jsonb         NOT NULL
);

ALTER TABLE case_benefit_period DROP CONSTRAINT case_benefit_period_reason_check;
ALTER TABLE case_benefit_period ADD CONSTRAINT case_benefit_period_reason_check
    CHECK (reason IN ('DECISION', 'STANDARD_CHANGE', 'REVIEW'));

-- The reviews due and overdue of an office or a county, soonest first.
CREATE INDEX case_payment_schedule_review_idx ON case_payment_schedule (next_review_on) WHERE next_review_on IS NOT NULL;
