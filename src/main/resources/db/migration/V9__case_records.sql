-- Investigation and decision records (调查、公示、审核确认的书面记录) kept on a case, besides its events:
-- the home visit, the county's verification of the household's finances, the amount the township
-- proposes, the decision with its reasons, and when payment starts and the case is next reviewed.
-- Each row names who recorded it as the resident reads it (the office) and as the audit needs it
-- (the token subject and office code).

-- 入户调查: at least two staff go [DB]; the service refuses fewer, the table too.
CREATE TABLE case_home_visit (
    id                 bigserial    PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES assistance_case (id),
    visited_on         date         NOT NULL,
    staff_names        varchar(50)[] NOT NULL CHECK (cardinality(staff_names) >= 2),
    findings           text         NOT NULL,
    recorded_by        varchar(100) NOT NULL,
    recorded_by_office varchar(32)  NOT NULL REFERENCES office (code),
    recorded_by_label  varchar(100) NOT NULL,
    recorded_at        timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX case_home_visit_case_idx ON case_home_visit (case_id, id);

-- 家庭经济状况核对 by the county bureau. A case may be verified again after an objection: the latest counts.
CREATE TABLE case_verification (
    id                 bigserial    PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES assistance_case (id),
    passed             boolean      NOT NULL,
    summary            text         NOT NULL,
    recorded_by        varchar(100) NOT NULL,
    recorded_by_office varchar(32)  NOT NULL REFERENCES office (code),
    recorded_by_label  varchar(100) NOT NULL,
    recorded_at        timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX case_verification_case_idx ON case_verification (case_id, id);

-- 拟保障金额: the monthly amount the township proposes before publicity (yuan, per household). Latest counts.
CREATE TABLE case_amount_proposal (
    id                 bigserial     PRIMARY KEY,
    case_id            uuid          NOT NULL REFERENCES assistance_case (id),
    monthly_amount     numeric(11,2) NOT NULL CHECK (monthly_amount >= 0),
    recorded_by        varchar(100)  NOT NULL,
    recorded_by_office varchar(32)   NOT NULL REFERENCES office (code),
    recorded_by_label  varchar(100)  NOT NULL,
    recorded_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX case_amount_proposal_case_idx ON case_amount_proposal (case_id, id);

-- 确认同意 / 不予确认, written in the transaction of the step that decides. A refusal always has its
-- written reasons and, where the programme sets one, the day the notice is due. A refusal reversed on
-- review (复核撤销) is revoked, not deleted: the latest decision in force is the case's decision.
CREATE TABLE case_decision (
    id                bigserial     PRIMARY KEY,
    case_id           uuid          NOT NULL REFERENCES assistance_case (id),
    decision          varchar(10)   NOT NULL,
    reasons           text,
    decided_by        varchar(100)  NOT NULL,
    decided_by_office varchar(32),
    decided_by_label  varchar(100)  NOT NULL,
    decided_at        timestamptz   NOT NULL DEFAULT now(),
    monthly_amount    numeric(11,2) CHECK (monthly_amount >= 0),
    notice_due_on     date,
    revoked_at        timestamptz,
    CONSTRAINT case_decision_known CHECK (decision IN ('APPROVED', 'REFUSED')),
    CONSTRAINT case_decision_refusal_has_reasons CHECK (decision = 'APPROVED' OR reasons IS NOT NULL),
    CONSTRAINT case_decision_amount_on_approval CHECK (decision = 'APPROVED' OR monthly_amount IS NULL)
);
CREATE INDEX case_decision_case_idx ON case_decision (case_id, id);

-- Decisions taken before this migration, from their events, so every decided case has its row.
INSERT INTO case_decision (case_id, decision, reasons, decided_by, decided_by_office, decided_by_label, decided_at)
SELECT case_id, CASE WHEN action = 'APPROVE' THEN 'APPROVED' ELSE 'REFUSED' END, reason, actor_subject, actor_office,
       actor_label, occurred_at
  FROM case_event
 WHERE action = 'APPROVE' OR (action IN ('REFUSE', 'UPHOLD_REFUSAL') AND reason IS NOT NULL)
 ORDER BY id;
UPDATE case_decision d SET revoked_at = e.occurred_at
  FROM case_event e
 WHERE e.case_id = d.case_id AND e.action = 'REVERSE_REFUSAL' AND e.occurred_at >= d.decided_at AND d.decision = 'REFUSED';

-- 从下月起发放 and 定期核查: set when payment starts, moved on by each review.
CREATE TABLE case_payment_schedule (
    case_id             uuid        PRIMARY KEY REFERENCES assistance_case (id),
    first_payment_month date        NOT NULL CHECK (extract(day FROM first_payment_month) = 1),
    review_every_months smallint    CHECK (review_every_months > 0),
    next_review_on      date,
    scheduled_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT case_payment_schedule_review_complete CHECK ((review_every_months IS NULL) = (next_review_on IS NULL))
);

-- 收入不稳定: read from the application form when the case is opened (casework never reads the form);
-- such households are reviewed every 6 months instead of every year [DB].
ALTER TABLE assistance_case ADD COLUMN unstable_income boolean NOT NULL DEFAULT false;

-- The village noticeboard: cases in publicity under a village or township code.
CREATE INDEX assistance_case_publicity_idx ON assistance_case (region_code varchar_pattern_ops) WHERE state = 'PUBLICITY';
