-- Version 2: what the web app needs to be stateless. Sign-in sessions and unfinished assessments live in
-- the database, so any number of `psoas serve` instances on one PostgreSQL can serve the same person.

CREATE TABLE sign_in_session (
    token_hash  VARCHAR(64) PRIMARY KEY,         -- SHA-256 of the cookie value: a copy of this table signs nobody in
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    csrf_token  VARCHAR(64) NOT NULL,            -- the token every form of this session must send back
    created_at  VARCHAR(24) NOT NULL,
    expires_at  VARCHAR(24) NOT NULL
);

CREATE INDEX sign_in_session_by_account ON sign_in_session (account_id);
CREATE INDEX sign_in_session_by_expiry ON sign_in_session (expires_at);

-- One assessment in progress per account: the answers so far as intake JSON (SPEC §2) and the step reached.
CREATE TABLE assessment_draft (
    account_id   VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    step         VARCHAR(32) NOT NULL,
    answers_json TEXT        NOT NULL,
    updated_at   VARCHAR(24) NOT NULL
);
