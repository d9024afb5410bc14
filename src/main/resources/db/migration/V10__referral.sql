-- Referrals (转介): a household's special-assistance need (medical, education, housing, employment…)
-- sent by the township or the county bureau handling its case to the county department that runs
-- that programme, which accepts it and answers (or declines it). Shown on the case to the household.
-- Rules live in the referral service; the constraints here keep a row coherent whatever happens.
CREATE TABLE referral (
    id                 uuid         PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES assistance_case (id),
    -- Copied from the case when referred: what the department needs to know whom it is helping,
    -- without reading the case itself.
    case_number        varchar(32)  NOT NULL,
    applicant_name     varchar(50)  NOT NULL,
    programme          varchar(30)  NOT NULL,
    department         varchar(40)  NOT NULL,
    office_code        varchar(32)  NOT NULL REFERENCES office (code),
    office_name        varchar(100) NOT NULL,
    need               text         NOT NULL,
    status             varchar(10)  NOT NULL DEFAULT 'OPEN',
    outcome            varchar(20),
    answer             text,
    decline_reason     text,
    referred_by_label  varchar(100) NOT NULL,
    created_by         varchar(100) NOT NULL,
    created_by_office  varchar(32)  NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    due_on             date         NOT NULL,
    accepted_at        timestamptz,
    answered_at        timestamptz,
    declined_at        timestamptz,
    version            integer      NOT NULL DEFAULT 1,
    CONSTRAINT referral_status_known CHECK (status IN ('OPEN', 'ACCEPTED', 'ANSWERED', 'DECLINED')),
    CONSTRAINT referral_outcome_known CHECK (outcome IN ('HELP_GRANTED', 'NOT_ELIGIBLE', 'REFERRED_ELSEWHERE')),
    CONSTRAINT referral_answered_with_outcome CHECK ((status = 'ANSWERED') = (outcome IS NOT NULL AND answer IS NOT NULL
                                                                              AND answered_at IS NOT NULL)),
    CONSTRAINT referral_declined_with_reason CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL AND declined_at IS NOT NULL)),
    CONSTRAINT referral_accepted_before_answer CHECK (status NOT IN ('ACCEPTED', 'ANSWERED') OR accepted_at IS NOT NULL)
);

-- A case's referrals, in the order they were made (Case.referrals).
CREATE INDEX referral_case_idx ON referral (case_id, created_at);

-- A department's worklist: one status, oldest due first, keyset-paged on (due_on, id).
CREATE INDEX referral_office_queue_idx ON referral (office_code, status, due_on, id);

-- One referral per case and department waits for an answer at a time: a double tap or a second
-- person referring the same need does not put it twice on the department's desk.
CREATE UNIQUE INDEX referral_one_pending_idx ON referral (case_id, department) WHERE status IN ('OPEN', 'ACCEPTED');
