-- What the progression rule (SPEC §1.3, planning.Progression) reads, kept so that making today's plan reads a bounded
-- number of rows whatever the history (issue 19).
--
-- Each day's logs as the rule needs them (Progression.Day): how many, how many finished, how many raised pain (only
-- those logs are read one by one); and how many had a set done (the program's week and the adherence calendar count
-- such days). Written with every log, in its transaction; filled here for the logs before (sets_done is kept since V11).
CREATE TABLE session_day (
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    day        VARCHAR(10) NOT NULL,                      -- YYYY-MM-DD, as session_log.performed_on
    sessions   INTEGER     NOT NULL CHECK (sessions >= 1),
    finished   INTEGER     NOT NULL CHECK (finished >= 0),
    pain_up    INTEGER     NOT NULL CHECK (pain_up >= 0), -- sessions that ended with more pain than they began with
    done       INTEGER     NOT NULL CHECK (done >= 0),    -- sessions with at least one set done (not a stopped attempt)
    PRIMARY KEY (account_id, day)
);
INSERT INTO session_day (account_id, day, sessions, finished, pain_up, done)
SELECT account_id, performed_on, COUNT(*), SUM(CASE WHEN completed THEN 1 ELSE 0 END),
       SUM(CASE WHEN pain_after > pain_before THEN 1 ELSE 0 END), SUM(CASE WHEN sets_done > 0 THEN 1 ELSE 0 END)
FROM session_log GROUP BY account_id, performed_on;

-- Where the rule stood after whole weeks of an account's days (Progression.Counted), one row per sessions a week it was
-- counted for: a plan reads the days since next_week, not every day. A log saved for a day before next_week drops the
-- row, and it is counted again from the days. Rows are written when a plan is made, never by this migration.
CREATE TABLE progression_counted (
    account_id        VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    sessions_per_week INTEGER     NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 7),
    first_day         VARCHAR(10) NOT NULL,   -- the first log's day, YYYY-MM-DD: weeks count from it
    next_week         VARCHAR(10) NOT NULL,   -- the first day of the first week not counted
    step              INTEGER     NOT NULL CHECK (step >= 0),
    changes           TEXT        NOT NULL,   -- the latest changes (Progression.CHANGES_KEPT), JSON, oldest first
    PRIMARY KEY (account_id, sessions_per_week)
);
