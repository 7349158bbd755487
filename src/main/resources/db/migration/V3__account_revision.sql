-- Version 3: a revision per account, set to a new random value in the same transaction as every write
-- to the person's record (assessment, plan, session log, re-test, import). A web server reads it with
-- the sign-in session in one query and keeps today's plan and the drawn program page under it, so a
-- repeat visit costs one indexed read. A value is never reused (not even after an account is deleted
-- and imported again), so nothing kept under an old revision can be shown for a new state.
ALTER TABLE account ADD COLUMN revision VARCHAR(36) NOT NULL DEFAULT 'new';
