-- Objections made while a case is in publicity (公示期间的异议) and the democratic appraisal (民主评议) held on
-- them or on facts the township judges unclear [DB]. An objection stays open until the step that ends its
-- publicity answers it (an appraisal, a re-investigation, a withdrawal, a termination); while one is open the
-- case is not sent for confirmation. Rules live in casework (Procedure, StepRecords, AppraisalRules); the
-- constraints keep a row coherent whatever happens.

-- An objection comes from a real-name report to the hotline (its work order) or is recorded by the township
-- itself (a villager at the office, a letter). The reporter's identity stays on the work order: nothing here
-- names them, and the household never reads an objection's content.
CREATE TABLE case_publicity_objection (
    id                 bigserial    PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES assistance_case (id),
    source             varchar(20)  NOT NULL,
    -- The hotline's work order, for a report. No foreign key: the hotline stands above casework and owns
    -- work_order; one report is one objection.
    work_order_id      uuid         UNIQUE,
    content            text         NOT NULL,
    received_on        date         NOT NULL,
    recorded_by        varchar(100) NOT NULL,
    recorded_by_office varchar(32)  NOT NULL REFERENCES office (code),
    recorded_by_label  varchar(100) NOT NULL,
    recorded_at        timestamptz  NOT NULL DEFAULT now(),
    -- The step that ended the publicity, and what it tells whoever objected.
    answered_by_action varchar(40),
    answer             text,
    answered_at        timestamptz,
    CONSTRAINT case_publicity_objection_source_known CHECK (source IN ('HOTLINE_REPORT', 'TOWNSHIP')),
    CONSTRAINT case_publicity_objection_report_has_work_order CHECK ((source = 'HOTLINE_REPORT') = (work_order_id IS NOT NULL)),
    CONSTRAINT case_publicity_objection_answer_complete CHECK ((answered_at IS NULL) = (answer IS NULL)
                                                              AND (answered_at IS NULL) = (answered_by_action IS NULL))
);
CREATE INDEX case_publicity_objection_case_idx ON case_publicity_objection (case_id, id);
-- What every step asks before sending a case for confirmation: its open objections.
CREATE INDEX case_publicity_objection_open_idx ON case_publicity_objection (case_id) WHERE answered_at IS NULL;

-- 民主评议: the day it was held, how many took part, the opinion. case_version is the case's version when the
-- appraisal was recorded: the step HOLD_APPRAISAL taken on that version is the one it belongs to, so the step
-- cannot be taken without a record of its own. The minimum number of participants is the service's rule (a
-- province may set another); the table only refuses nonsense.
CREATE TABLE case_appraisal (
    id                 bigserial    PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES assistance_case (id),
    held_on            date         NOT NULL,
    participants       smallint     NOT NULL CHECK (participants > 0),
    opinion            text         NOT NULL,
    case_version       integer      NOT NULL,
    recorded_by        varchar(100) NOT NULL,
    recorded_by_office varchar(32)  NOT NULL REFERENCES office (code),
    recorded_by_label  varchar(100) NOT NULL,
    recorded_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT case_appraisal_once_per_step UNIQUE (case_id, case_version)
);

-- A real-name report about a case in publicity, recorded as that case's objection, waits for the objection's
-- answer instead of the office's: OBJECTION_RECORDED (已登记为公示异议).
ALTER TABLE work_order ALTER COLUMN status TYPE varchar(20);
ALTER TABLE work_order DROP CONSTRAINT work_order_status_known;
ALTER TABLE work_order ADD CONSTRAINT work_order_status_known
    CHECK (status IN ('OPEN', 'ROUTED', 'OBJECTION_RECORDED', 'ANSWERED', 'CLOSED'));
