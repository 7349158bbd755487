-- Version 8: practices. A practitioner works in one practice; each of its clients has a lead practitioner and the
-- name the practice knows them by (a client made in the clinic has no email until they claim their record).
-- Invitations are single-use links for a client or a colleague, valid 7 days, of which only the SHA-256 is kept.
-- Every read or change of a client's record by a practitioner is logged, for the client to see.
-- The first model, practitioner_client (V1), was never written by the product; its rows, if any, become practices
-- whose id is the practitioner's own.
CREATE TABLE practice (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    created_at  VARCHAR(24)  NOT NULL
);

CREATE TABLE practice_member (
    account_id  VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    practice_id VARCHAR(36) NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    joined_at   VARCHAR(24) NOT NULL
);
CREATE INDEX practice_member_by_practice ON practice_member (practice_id);

-- name_key (the name lower-cased) and last_session_on (the client's latest session, '0000-00-00' before any, kept up
-- to date by every log) let the practice's list be ordered and paged by an index: a page costs the same with 100
-- clients or 10,000.
CREATE TABLE practice_client (
    practice_id     VARCHAR(36)  NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    client_id       VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    lead_id         VARCHAR(36)  REFERENCES account (id) ON DELETE SET NULL,
    name            VARCHAR(120) NOT NULL,
    name_key        VARCHAR(120) NOT NULL,
    last_session_on VARCHAR(10)  NOT NULL DEFAULT '0000-00-00',
    linked_at       VARCHAR(24)  NOT NULL,
    PRIMARY KEY (practice_id, client_id)
);
CREATE INDEX practice_client_by_client ON practice_client (client_id);
CREATE INDEX practice_client_by_name ON practice_client (practice_id, name_key, client_id);
CREATE INDEX practice_client_by_last_session ON practice_client (practice_id, last_session_on DESC, name_key);
CREATE INDEX practice_client_by_linked ON practice_client (practice_id, linked_at);

CREATE TABLE invitation (
    token_hash  VARCHAR(64) PRIMARY KEY,
    practice_id VARCHAR(36) NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('client', 'colleague')),
    client_id   VARCHAR(36) REFERENCES account (id) ON DELETE CASCADE,
    created_by  VARCHAR(36) REFERENCES account (id) ON DELETE SET NULL,
    created_at  VARCHAR(24) NOT NULL,
    expires_at  VARCHAR(24) NOT NULL,
    used_at     VARCHAR(24)
);

CREATE TABLE record_access (
    id              VARCHAR(36)  PRIMARY KEY,
    client_id       VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    practitioner_id VARCHAR(36)  REFERENCES account (id) ON DELETE SET NULL,
    who             VARCHAR(254) NOT NULL,
    practice_name   VARCHAR(120) NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    at              VARCHAR(24)  NOT NULL
);
CREATE INDEX record_access_by_client ON record_access (client_id, at);

INSERT INTO practice (id, name, created_at)
    SELECT practitioner_id, 'Practice', MIN(linked_at) FROM practitioner_client GROUP BY practitioner_id;
INSERT INTO practice_member (account_id, practice_id, joined_at)
    SELECT practitioner_id, practitioner_id, MIN(linked_at) FROM practitioner_client GROUP BY practitioner_id;
INSERT INTO practice_client (practice_id, client_id, lead_id, name, name_key, last_session_on, linked_at)
    SELECT pc.practitioner_id, pc.client_id, pc.practitioner_id, COALESCE(a.email, 'Client'), LOWER(COALESCE(a.email, 'Client')),
           COALESCE((SELECT MAX(s.performed_on) FROM session_log s WHERE s.account_id = pc.client_id), '0000-00-00'), pc.linked_at
    FROM practitioner_client pc JOIN account a ON a.id = pc.client_id;
DROP TABLE practitioner_client;
