-- 慈善帮扶衔接: a household referred by the township handling its case, or the county bureau, to an emergency fund
-- (救急难基金: the township's own or the county's) or a charity organisation, with its need and the amount asked; the
-- fund answers outside the service (its committee, the charity's board) and the referring office records the answer:
-- the amount granted, or declined with a reason. Shown on the case to the household. Rules live in the charity
-- service; the constraints here keep a row coherent whatever happens.
CREATE TABLE charity_referral (
    id                 uuid          PRIMARY KEY,
    case_id            uuid          NOT NULL REFERENCES assistance_case (id),
    -- The case's county when referred: its bureau may record the answer to any referral of its townships.
    county_code        varchar(6)    NOT NULL REFERENCES region (code),
    fund_kind          varchar(30)   NOT NULL,
    fund_name          varchar(100)  NOT NULL,
    need               text          NOT NULL,
    amount_asked       numeric(12,2) NOT NULL,
    status             varchar(10)   NOT NULL DEFAULT 'REFERRED',
    amount_granted     numeric(12,2),
    answer_reason      text,
    referred_by_office varchar(32)   NOT NULL REFERENCES office (code),
    referred_by_label  varchar(100)  NOT NULL,
    created_by         varchar(100)  NOT NULL,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    answered_by        varchar(100),
    answered_by_office varchar(32)   REFERENCES office (code),
    answered_by_label  varchar(100),
    answered_at        timestamptz,
    CONSTRAINT charity_referral_fund_kind_known CHECK (fund_kind IN ('TOWNSHIP_EMERGENCY_FUND', 'COUNTY_EMERGENCY_FUND',
                                                                     'CHARITY_ORGANISATION')),
    CONSTRAINT charity_referral_status_known CHECK (status IN ('REFERRED', 'GRANTED', 'DECLINED')),
    CONSTRAINT charity_referral_amount_asked_positive CHECK (amount_asked > 0),
    CONSTRAINT charity_referral_amount_granted_positive CHECK (amount_granted > 0),
    CONSTRAINT charity_referral_granted_with_amount CHECK ((status = 'GRANTED') = (amount_granted IS NOT NULL)),
    CONSTRAINT charity_referral_declined_with_reason CHECK (status <> 'DECLINED' OR answer_reason IS NOT NULL),
    CONSTRAINT charity_referral_answer_recorded CHECK ((status = 'REFERRED') = (answered_at IS NULL)
                                                       AND (answered_at IS NULL) = (answered_by_office IS NULL)
                                                       AND (answered_at IS NULL) = (answered_by_label IS NULL))
);

-- A case's charity referrals, in the order they were made (Case.charityReferrals).
CREATE INDEX charity_referral_case_idx ON charity_referral (case_id, created_at);

-- One referral per case and fund waits for an answer at a time: a double tap, or a second person referring the same
-- need, does not ask the same fund twice for the same household.
CREATE UNIQUE INDEX charity_referral_one_pending_idx ON charity_referral (case_id, fund_kind, fund_name) WHERE status = 'REFERRED';
