-- Work orders (工单): every hotline call, recorded by the operator who took it. Leads, complaints and
-- real-name reports are routed to the township office where the person concerned lives, answered
-- there, and closed by the hotline after calling the caller back. Rules live in the hotline service;
-- the constraints here keep a row coherent whatever happens.
CREATE TABLE work_order (
    id                   uuid         PRIMARY KEY,
    hotline_office_code  varchar(32)  NOT NULL REFERENCES office (code),
    created_by           varchar(100) NOT NULL,
    -- The caller's numbers are stored whole (a call-back needs them); the API shows them masked.
    caller_name          varchar(50)  NOT NULL,
    caller_mobile        varchar(11)  NOT NULL,
    caller_id_number     varchar(18),
    category             varchar(30)  NOT NULL,
    summary              text         NOT NULL,
    region_code          varchar(12)  REFERENCES region (code),
    case_id              uuid         REFERENCES assistance_case (id),
    status               varchar(10)  NOT NULL,
    routed_office_code   varchar(32)  REFERENCES office (code),
    routed_office_name   varchar(100),
    due_on               date,
    answer               text,
    answered_by          varchar(100),
    answered_at          timestamptz,
    outcome              text,
    satisfaction         varchar(20),
    feedback_given       boolean      NOT NULL DEFAULT false,
    feedback             text,
    closed_at            timestamptz,
    -- The day of the call in China time, for the calls-per-day figures.
    created_on           date         NOT NULL,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    version              integer      NOT NULL DEFAULT 1,
    CONSTRAINT work_order_status_known CHECK (status IN ('OPEN', 'ROUTED', 'ANSWERED', 'CLOSED')),
    CONSTRAINT work_order_category_known CHECK (category IN ('POLICY_QUESTION', 'APPLICATION_ON_BEHALF', 'PROGRESS_ENQUIRY',
                                                            'LEAD', 'COMPLAINT', 'REAL_NAME_REPORT')),
    CONSTRAINT work_order_satisfaction_known CHECK (satisfaction IN ('SATISFIED', 'NEUTRAL', 'DISSATISFIED', 'UNREACHABLE')),
    CONSTRAINT work_order_routed_with_office CHECK ((routed_office_code IS NULL) = (due_on IS NULL)
                                                    AND (routed_office_code IS NULL) = (region_code IS NULL)),
    CONSTRAINT work_order_answered_with_answer CHECK (status NOT IN ('ANSWERED') OR (answer IS NOT NULL AND answered_at IS NOT NULL)),
    CONSTRAINT work_order_closed_with_outcome CHECK ((status = 'CLOSED') = (outcome IS NOT NULL AND closed_at IS NOT NULL)),
    CONSTRAINT work_order_report_fed_back CHECK (status <> 'CLOSED' OR category <> 'REAL_NAME_REPORT'
                                                 OR (feedback_given AND feedback IS NOT NULL))
);

-- An operator's open work orders, oldest first, keyset-paged on (created_at, id).
CREATE INDEX work_order_operator_open_idx ON work_order (created_by, created_at, id) WHERE status <> 'CLOSED';

-- Work orders waiting for an office's answer, due first: the office's list (routed_office_code) and
-- the hotline's overdue list (hotline_office_code, due_on before today), both keyset-paged on (due_on, id).
CREATE INDEX work_order_office_waiting_idx ON work_order (routed_office_code, due_on, id) WHERE status = 'ROUTED';
CREATE INDEX work_order_hotline_waiting_idx ON work_order (hotline_office_code, due_on, id) WHERE status = 'ROUTED';

-- Calls per category per day for one hotline.
CREATE INDEX work_order_hotline_day_idx ON work_order (hotline_office_code, created_on, category);

-- A lead about someone in need (a neighbour, an elderly person alone) becomes a visit for the township
-- where that person lives.
CREATE TABLE outreach_task (
    id                  uuid         PRIMARY KEY,
    work_order_id       uuid         NOT NULL UNIQUE REFERENCES work_order (id),
    office_code         varchar(32)  NOT NULL REFERENCES office (code),
    region_code         varchar(12)  NOT NULL REFERENCES region (code),
    person_description  text         NOT NULL,
    due_on              date         NOT NULL,
    status              varchar(10)  NOT NULL DEFAULT 'OPEN',
    result              text,
    visited_by          varchar(100),
    visited_at          timestamptz,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT outreach_task_status_known CHECK (status IN ('OPEN', 'VISITED')),
    CONSTRAINT outreach_task_visited_with_result CHECK ((status = 'VISITED') = (result IS NOT NULL AND visited_at IS NOT NULL))
);

-- A township's open outreach tasks, due first, keyset-paged on (due_on, id).
CREATE INDEX outreach_task_office_open_idx ON outreach_task (office_code, due_on, id) WHERE status = 'OPEN';
