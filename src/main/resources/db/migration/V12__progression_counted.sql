-- Where the progression rule stood after whole weeks of an account's logs (SPEC §1.3; planning.Progression.Counted),
-- one row per sessions a week it was counted for, so that making today's plan reads the logs since then instead of every
-- log ever made (issue 19). What the logs say, kept: a log saved for a day before next_week drops the row, and it is
-- counted again from the logs. Rows are written when a plan is made, never by this migration: until then, all logs are read.
CREATE TABLE progression_counted (
    account_id        VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    sessions_per_week INTEGER     NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 7),
    first_day         VARCHAR(10) NOT NULL,   -- the first log's day, YYYY-MM-DD: weeks count from it
    next_week         VARCHAR(10) NOT NULL,   -- the first day of the first week not counted
    step              INTEGER     NOT NULL CHECK (step >= 0),
    changes           TEXT        NOT NULL,   -- the latest changes (Progression.CHANGES_KEPT), JSON, oldest first
    PRIMARY KEY (account_id, sessions_per_week)
);
