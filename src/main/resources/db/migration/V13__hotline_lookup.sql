-- The hotline finds a caller's cases by mobile number, ID number or case number, shows them masked,
-- and unmasks only with a stated reason, each time written down (who, when, what, why).

-- The contact number given on the application, normalised (11 digits), kept on the case for lookup.
ALTER TABLE assistance_case ADD COLUMN contact_mobile varchar(11);
UPDATE assistance_case c
   SET contact_mobile = right(regexp_replace(a.form ->> 'mobileNumber', '[^0-9]', '', 'g'), 11)
  FROM application a
 WHERE a.id = c.application_id AND a.form ->> 'mobileNumber' IS NOT NULL;
CREATE INDEX assistance_case_contact_mobile_idx ON assistance_case (contact_mobile);

CREATE TABLE unmask_audit (
    id            bigserial    PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES assistance_case (id),
    fields        varchar(100) NOT NULL,
    reason        text         NOT NULL,
    actor_role    varchar(30)  NOT NULL,
    actor_subject varchar(100) NOT NULL,
    actor_office  varchar(32)  NOT NULL REFERENCES office (code),
    unmasked_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX unmask_audit_case_idx ON unmask_audit (case_id, unmasked_at);
CREATE INDEX unmask_audit_actor_idx ON unmask_audit (actor_subject, unmasked_at);
