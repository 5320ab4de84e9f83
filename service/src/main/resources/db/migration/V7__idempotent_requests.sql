-- The answers to the API's changes sent with an Idempotency-Key, kept a day: a retry of the same
-- request with the same key (after a timeout, a lost connection, an answer whose outcome was in
-- doubt) is answered with the stored answer instead of being made again. Written in the same
-- transaction as the change it answers: there is a row exactly when the change is stored.

CREATE TABLE idempotent_request (
    caller          VARCHAR(60)     NOT NULL,
    idempotency_key VARCHAR(100)    NOT NULL,
    request_hash    VARCHAR(64)     NOT NULL,
    status          INTEGER         NOT NULL,
    location        VARCHAR(500),
    response_body   VARCHAR(100000) NOT NULL,
    created_at      TIMESTAMP       NOT NULL,
    CONSTRAINT pk_idempotent_request PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);
