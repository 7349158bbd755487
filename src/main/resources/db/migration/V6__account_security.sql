-- Version 6: trust in accounts. Everything here is shared by every `psoas serve` on one database, never kept in one
-- server's memory: the idle end of sign-in sessions, the counters that slow down password guessing, the devices a
-- person signed in from before, single-use password-reset links, and the server's secret for signing form tokens.

-- A sign-in ends after 14 days without use, and after 90 days in any case (created_at).
ALTER TABLE sign_in_session ADD COLUMN last_seen_at VARCHAR(24);
UPDATE sign_in_session SET last_seen_at = created_at;
ALTER TABLE sign_in_session ADD COLUMN device VARCHAR(200);  -- the browser as it named itself, for the list of devices

-- One row per wrong password (and, while a password is being checked, per try): "account:<email key>" or
-- "client:<address>". Rows older than the window are cleared.
CREATE TABLE sign_in_failure (
    id         VARCHAR(36)  PRIMARY KEY,
    subject    VARCHAR(300) NOT NULL,
    failed_at  VARCHAR(24)  NOT NULL
);
CREATE INDEX sign_in_failure_by_subject ON sign_in_failure (subject, failed_at);

-- A device that signed in to the account before (a long-lived cookie; only its SHA-256 here): the person's right
-- password still works from it while guessing has locked the account elsewhere.
CREATE TABLE known_device (
    token_hash  VARCHAR(64) PRIMARY KEY,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  VARCHAR(24) NOT NULL
);
CREATE INDEX known_device_by_account ON known_device (account_id);

-- A password-reset link: valid 30 minutes, once; only the SHA-256 of its token is kept.
CREATE TABLE password_reset (
    token_hash  VARCHAR(64) PRIMARY KEY,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  VARCHAR(24) NOT NULL,
    expires_at  VARCHAR(24) NOT NULL,
    used_at     VARCHAR(24)
);
CREATE INDEX password_reset_by_account ON password_reset (account_id);

-- Secrets of the deployment, made on first start by whichever server comes first (the key of the form tokens
-- given before sign-in). Not personal, and never exported.
CREATE TABLE app_secret (
    name   VARCHAR(64)  PRIMARY KEY,
    value  VARCHAR(200) NOT NULL
);
