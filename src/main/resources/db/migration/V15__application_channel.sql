-- Where an application came from. A hotline operator (12349/12345) can start and fill a draft for a
-- caller; the draft belongs to the caller (owner_id_number), who completes it, gives the declarations
-- and submits it in the mini-app. filed_by is the operator's token subject and filed_by_office their
-- hotline centre, kept so that only the operator who filed a draft can go on filling it.
ALTER TABLE application
    ADD COLUMN channel         varchar(20)  NOT NULL DEFAULT 'MINIAPP',
    ADD COLUMN filed_by        varchar(100),
    ADD COLUMN filed_by_office varchar(32)  REFERENCES office (code),
    ADD CONSTRAINT application_channel_known CHECK (channel IN ('MINIAPP', 'HOTLINE')),
    ADD CONSTRAINT application_filed_by_only_on_hotline CHECK ((channel = 'HOTLINE') = (filed_by IS NOT NULL));

CREATE INDEX application_filed_by_idx ON application (filed_by, updated_at DESC) WHERE filed_by IS NOT NULL;
