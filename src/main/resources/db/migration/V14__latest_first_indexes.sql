-- Every log reads the account's latest test day and plan, and the practitioner's changes to its program, on the one
-- writer every log waits for (issue 19). Each read orders by time and then by id; with indexes on the time alone SQLite
-- sorted every read in a temporary B-tree, even for one row or none. Indexes in that whole order let it read the first
-- entry in order instead. Each replaces the index it extends, whose every use it serves too.
DROP INDEX assessment_by_account;
CREATE INDEX assessment_by_account ON assessment (account_id, taken_at, id);
DROP INDEX plan_by_account;
CREATE INDEX plan_by_account ON plan (account_id, created_at, id);
CREATE INDEX program_adjustment_by_client ON program_adjustment (client_id, made_at, id);
