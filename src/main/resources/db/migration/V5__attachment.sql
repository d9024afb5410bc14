-- Documents a resident uploads (photos or PDFs), stored in PostgreSQL so there is no extra server to
-- run. Metadata and content are apart so lists never read the bytes.
CREATE TABLE attachment (
    id              uuid         PRIMARY KEY,
    application_id  uuid         NOT NULL REFERENCES application (id),
    document_type   varchar(40)  NOT NULL,
    file_name       varchar(200) NOT NULL,
    content_type    varchar(50)  NOT NULL,
    size_bytes      integer      NOT NULL CHECK (size_bytes > 0),
    sha256          char(64)     NOT NULL,
    uploaded_by     varchar(100) NOT NULL,
    uploaded_at     timestamptz  NOT NULL DEFAULT now(),
    -- the same file sent twice (a retry on a bad network) is one attachment
    CONSTRAINT attachment_once_per_application UNIQUE (application_id, document_type, sha256)
);
CREATE INDEX attachment_application_idx ON attachment (application_id, uploaded_at);

CREATE TABLE attachment_content (
    attachment_id uuid  PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    content       bytea NOT NULL
);
