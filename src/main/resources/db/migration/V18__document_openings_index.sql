-- Which offices opened a household's documents (Attachment.openedBy) is read with every case the household
-- opens in the mini-app; without this the query scans the whole record of personal data reads, which only grows.
CREATE INDEX personal_data_access_document_opened_idx ON personal_data_access (attachment_id, actor_office_name)
    WHERE kind = 'DOCUMENT' AND outcome = 'SHOWN';
