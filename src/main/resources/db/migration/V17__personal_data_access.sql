-- Every read of full personal data (个人信息查阅记录), shown or refused: who, from which office, whose
-- data, what, why, and the outcome. Owned by the audit capability. A row says everything as it was at
-- the moment of the read (office name, the case's place and handling office, the person's masked ID
-- number), so it stays true when offices are renamed or cases transferred, and an auditor's query
-- needs no other table. It never holds a full ID number or phone number.
CREATE TABLE personal_data_access (
    id                       bigserial    PRIMARY KEY,
    accessed_at              timestamptz  NOT NULL DEFAULT now(),
    actor_role               varchar(30)  NOT NULL,
    actor_subject            varchar(100) NOT NULL,
    actor_display_name       varchar(100),
    actor_office_code        varchar(32),
    actor_office_name        varchar(100),
    actor_office_region_code varchar(12),
    kind                     varchar(30)  NOT NULL,
    fields                   varchar(30)[] NOT NULL DEFAULT '{}',
    document_type            varchar(40),
    attachment_id            uuid,
    case_id                  uuid,
    case_number              varchar(32),
    case_county_code         varchar(6),
    case_region_code         varchar(12),
    case_office_code         varchar(32),
    subject_masked_id_number varchar(18),
    reason                   text,
    outcome                  varchar(10)  NOT NULL,
    refusal_code             varchar(60),
    CONSTRAINT personal_data_access_kind_known CHECK (kind IN ('CASE_CONTACT', 'DOCUMENT')),
    CONSTRAINT personal_data_access_outcome_known CHECK (outcome IN ('SHOWN', 'REFUSED')),
    CONSTRAINT personal_data_access_refusal_coded CHECK ((outcome = 'REFUSED') = (refusal_code IS NOT NULL))
);

-- An auditor's list, newest first; the hourly cap on unmaskings (reads of a kind shown to one token subject).
CREATE INDEX personal_data_access_newest_idx ON personal_data_access (accessed_at DESC, id DESC);
CREATE INDEX personal_data_access_cap_idx ON personal_data_access (actor_subject, kind, accessed_at)
    WHERE outcome = 'SHOWN';

-- A record of reads is written once and never changed: the service only inserts, and the table refuses the rest.
CREATE FUNCTION personal_data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'personal_data_access is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER personal_data_access_append_only BEFORE UPDATE OR DELETE ON personal_data_access
    FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_append_only();

-- The hotline's unmaskings recorded so far, with the case and office as they are now (the nearest to
-- how they were). The old table goes: one record of reads, written and read in one place.
INSERT INTO personal_data_access (accessed_at, actor_role, actor_subject, actor_office_code, actor_office_name,
        actor_office_region_code, kind, fields, case_id, case_number, case_county_code, case_region_code,
        case_office_code, subject_masked_id_number, reason, outcome)
SELECT u.unmasked_at, u.actor_role, u.actor_subject, u.actor_office, o.name, o.region_code, 'CASE_CONTACT',
       string_to_array(u.fields, ','), c.id, c.case_number, c.county_code, c.region_code, c.assigned_office_code,
       left(c.applicant_id_number, 3) || repeat('*', 11) || right(c.applicant_id_number, 4), u.reason, 'SHOWN'
  FROM unmask_audit u
  JOIN assistance_case c ON c.id = u.case_id
  JOIN office o ON o.code = u.actor_office
 ORDER BY u.id;

DROP TABLE unmask_audit;
