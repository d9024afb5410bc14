-- Notifications (mini-app message, SMS) written in the same transaction as the event that causes
-- them, then delivered by the dispatcher: an acknowledged event never loses its notification.
CREATE TABLE notification_outbox (
    id               bigserial    PRIMARY KEY,
    case_id          uuid         NOT NULL REFERENCES assistance_case (id),
    case_event_id    bigint       NOT NULL REFERENCES case_event (id),
    recipient        varchar(18)  NOT NULL,
    channel          varchar(20)  NOT NULL,
    title            varchar(100) NOT NULL,
    body             text         NOT NULL,
    status           varchar(10)  NOT NULL DEFAULT 'PENDING',
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL DEFAULT now(),
    last_error       text,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    CONSTRAINT notification_status_known CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT notification_channel_known CHECK (channel IN ('MINIAPP', 'SMS'))
);
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
