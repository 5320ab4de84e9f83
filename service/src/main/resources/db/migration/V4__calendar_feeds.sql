-- Calendar feeds: secret, revocable links to an iCalendar of rotation dates, for one person or
-- one PMO. Only a hash of the secret is kept: a stolen database does not give the links away.

CREATE TABLE calendar_feed (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    owner       VARCHAR(100) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    subject     VARCHAR(40)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    revoked_at  TIMESTAMP,
    CONSTRAINT pk_calendar_feed PRIMARY KEY (id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT ck_calendar_feed_kind CHECK (kind IN ('PERSON', 'PMO'))
);
CREATE INDEX ix_calendar_feed_owner ON calendar_feed (owner, created_at);
