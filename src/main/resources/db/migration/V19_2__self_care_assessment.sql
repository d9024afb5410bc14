-- 生活自理能力评估 [TK 20–22]: the township assesses each member of an extreme-poverty case while it investigates,
-- recording the items of the six (eating, dressing, getting in and out of bed, using the toilet, walking indoors,
-- bathing) the person cannot do on their own; none means self-reliant. The care tier and so the care support follow
-- from them. A new row re-assesses the person: the latest row per member counts, earlier ones stay as the history.
-- A member is a person of the case (case_member), so the key refuses anyone else.
CREATE TABLE case_self_care_assessment (
    id                 bigserial     PRIMARY KEY,
    case_id            uuid          NOT NULL,
    member_id_number   varchar(18)   NOT NULL,
    failed_items       varchar(20)[] NOT NULL
        CHECK (failed_items <@ ARRAY['EATING', 'DRESSING', 'TRANSFERRING', 'TOILETING', 'WALKING_INDOORS', 'BATHING']::varchar[]),
    assessed_on        date          NOT NULL,
    -- who assessed, by name, where the office gives them; the recording office always stands below
    assessors          varchar(50)[] NOT NULL DEFAULT '{}',
    recorded_by        varchar(100)  NOT NULL,
    recorded_by_office varchar(32)   NOT NULL REFERENCES office (code),
    recorded_by_label  varchar(100)  NOT NULL,
    recorded_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT case_self_care_assessment_member_fk FOREIGN KEY (case_id, member_id_number)
        REFERENCES case_member (case_id, id_number)
);
CREATE INDEX case_self_care_assessment_case_idx ON case_self_care_assessment (case_id, member_id_number, id);
