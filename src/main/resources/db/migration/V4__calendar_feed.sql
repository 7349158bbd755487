-- Version 4: the reminders feed. Each account may have one secret calendar address; only the SHA-256 of its
-- token is kept (like sign-in sessions), so a copy of the database subscribes nobody. Making a new address
-- replaces the row, and revoking deletes it: the old address answers 404 from then on.
CREATE TABLE calendar_feed (
    account_id  VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at  VARCHAR(24) NOT NULL
);
