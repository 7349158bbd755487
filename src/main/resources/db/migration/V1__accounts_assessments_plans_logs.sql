-- Psoas Coach schema, version 1. Runs unchanged on SQLite and PostgreSQL, so it keeps to the SQL both
-- understand: text ids (UUIDs made by the application, so an export re-imports with the same ids),
-- instants as fixed-width UTC text (2026-11-21T07:30:00.000Z, sorts as it reads), local dates as
-- YYYY-MM-DD text, booleans as BOOLEAN. Every personal row hangs off an account with ON DELETE CASCADE,
-- so deleting the account deletes everything that was theirs.
-- Forward-only: a released migration is never edited (MigrationTest pins the checksums).

CREATE TABLE account (
    id            VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(254),
    email_key     VARCHAR(254) UNIQUE,           -- the email lower-cased: one account per address, whatever the case
    password_hash VARCHAR(255),                  -- Argon2id, PHC string; null for the local terminal profile
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('person', 'practitioner', 'client')),
    time_zone     VARCHAR(64)  NOT NULL,
    created_at    VARCHAR(24)  NOT NULL,
    CHECK ((email IS NULL) = (email_key IS NULL)),
    CHECK (password_hash IS NULL OR email IS NOT NULL)
);

CREATE TABLE practitioner_client (
    practitioner_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    client_id       VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    linked_at       VARCHAR(24) NOT NULL,
    PRIMARY KEY (practitioner_id, client_id),
    CHECK (practitioner_id <> client_id)
);
CREATE INDEX practitioner_client_by_client ON practitioner_client (client_id);

-- One test day: the answers, the pain, and (below) every test result per side and every code chosen.
CREATE TABLE assessment (
    id                    VARCHAR(36) PRIMARY KEY,
    account_id            VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    taken_at              VARCHAR(24) NOT NULL,
    taken_on              VARCHAR(10) NOT NULL,  -- the local date in the person's time zone
    age                   INTEGER CHECK (age BETWEEN 0 AND 120),
    sitting_hours_per_day DOUBLE PRECISION CHECK (sitting_hours_per_day BETWEEN 0 AND 24),
    pregnancy_week        INTEGER CHECK (pregnancy_week BETWEEN 1 AND 42),
    cleared_by_clinician  BOOLEAN     NOT NULL,
    pain_now              INTEGER CHECK (pain_now BETWEEN 0 AND 10),
    pain_chronic          BOOLEAN     NOT NULL,
    pain_worsening        BOOLEAN     NOT NULL,
    minutes_per_session   INTEGER     NOT NULL CHECK (minutes_per_session BETWEEN 5 AND 60)
);
CREATE INDEX assessment_by_account ON assessment (account_id, taken_at);

CREATE TABLE assessment_answer (
    assessment_id VARCHAR(36) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    kind          VARCHAR(16) NOT NULL CHECK (kind IN ('activity', 'condition', 'symptom', 'equipment')),
    code          VARCHAR(40) NOT NULL,
    PRIMARY KEY (assessment_id, kind, code)
);

CREATE TABLE test_result (
    assessment_id        VARCHAR(36) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    test                 VARCHAR(40) NOT NULL CHECK (test IN ('standing-hip-flexion-hold', 'modified-thomas-test',
                                                              'prone-leg-raise-test', 'resisted-hip-flexion-test')),
    side                 VARCHAR(5)  NOT NULL CHECK (side IN ('left', 'right')),
    seconds              DOUBLE PRECISION CHECK (seconds BETWEEN 0 AND 300),
    pelvis_stable        BOOLEAN,
    thigh_rests_on_table BOOLEAN,
    low_back_arched      BOOLEAN,
    hip_angle_deg        DOUBLE PRECISION CHECK (hip_angle_deg BETWEEN -30 AND 60),
    knee_angle_deg       DOUBLE PRECISION CHECK (knee_angle_deg BETWEEN 30 AND 180),
    height_cm            DOUBLE PRECISION CHECK (height_cm BETWEEN 0 AND 150),
    grade                INTEGER CHECK (grade BETWEEN 0 AND 5),
    PRIMARY KEY (assessment_id, test, side)
);

-- A generated plan, kept as the plan contract's JSON, with the intake it came from and the catalog it used.
-- A new row is written when an assessment makes a plan and whenever the progression or the catalog changes it.
CREATE TABLE plan (
    id               VARCHAR(36) PRIMARY KEY,
    account_id       VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    assessment_id    VARCHAR(36) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    created_at       VARCHAR(24) NOT NULL,
    reason           VARCHAR(16) NOT NULL CHECK (reason IN ('assessment', 'progression', 'catalog')),
    triage_level     VARCHAR(16) NOT NULL CHECK (triage_level IN ('urgent', 'see-doctor', 'modify', 'proceed')),
    progression_step INTEGER     NOT NULL CHECK (progression_step >= 0),
    catalog_version  VARCHAR(64) NOT NULL,
    intake_json      TEXT        NOT NULL,
    plan_json        TEXT        NOT NULL
);
CREATE INDEX plan_by_account ON plan (account_id, created_at);

-- A logged session. The idempotency key is chosen by the client before it first submits, so a retried
-- submit (a lost answer, a queued offline log) finds the first one instead of making a second.
CREATE TABLE session_log (
    id              VARCHAR(36) PRIMARY KEY,
    account_id      VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    plan_id         VARCHAR(36) REFERENCES plan (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(64) NOT NULL,
    performed_on    VARCHAR(10) NOT NULL,
    started_at      VARCHAR(24),
    finished_at     VARCHAR(24),
    completed       BOOLEAN     NOT NULL,
    pain_before     INTEGER     NOT NULL CHECK (pain_before BETWEEN 0 AND 10),
    pain_after      INTEGER     NOT NULL CHECK (pain_after BETWEEN 0 AND 10),
    notes           TEXT,
    recorded_at     VARCHAR(24) NOT NULL,
    UNIQUE (account_id, idempotency_key),
    CHECK (started_at IS NULL OR finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX session_log_by_account ON session_log (account_id, performed_on);

CREATE TABLE session_log_item (
    session_log_id VARCHAR(36) NOT NULL REFERENCES session_log (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL CHECK (position >= 1),
    item_id        VARCHAR(64) NOT NULL,
    side           VARCHAR(5)  NOT NULL CHECK (side IN ('left', 'right', 'both')),
    sets           INTEGER     NOT NULL CHECK (sets BETWEEN 0 AND 20),
    reps           INTEGER CHECK (reps BETWEEN 0 AND 200),
    hold_seconds   INTEGER CHECK (hold_seconds BETWEEN 0 AND 600),
    PRIMARY KEY (session_log_id, position)
);

-- The re-test schedule: each assessment that made a plan books the next test day; the next assessment closes it.
CREATE TABLE retest (
    id                 VARCHAR(36) PRIMARY KEY,
    account_id         VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    scheduled_by       VARCHAR(36) NOT NULL UNIQUE REFERENCES assessment (id) ON DELETE CASCADE,
    due_on             VARCHAR(10) NOT NULL,
    done_by            VARCHAR(36) REFERENCES assessment (id) ON DELETE CASCADE
);
CREATE INDEX retest_by_account ON retest (account_id, due_on);
