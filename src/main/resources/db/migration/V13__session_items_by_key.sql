-- A logged session's items kept in their primary key's order (issue 19). On SQLite a table with a primary key other
-- than its rowid is two B-trees, the rows and the key's index, and a log's eight or so items were sixteen inserts on
-- the one writer every log waits for; a table WITHOUT ROWID is the key's B-tree alone. Every query here reads items by
-- that key. PostgreSQL (where the placeholder is empty) gets the same table again.
CREATE TABLE session_log_item_by_key (
    session_log_id VARCHAR(36) NOT NULL REFERENCES session_log (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL CHECK (position >= 1),
    item_id        VARCHAR(64) NOT NULL,
    side           VARCHAR(5)  NOT NULL CHECK (side IN ('left', 'right', 'both')),
    sets           INTEGER     NOT NULL CHECK (sets BETWEEN 0 AND 20),
    reps           INTEGER CHECK (reps BETWEEN 0 AND 200),
    hold_seconds   INTEGER CHECK (hold_seconds BETWEEN 0 AND 600),
    PRIMARY KEY (session_log_id, position)
) ${withoutRowid};
INSERT INTO session_log_item_by_key (session_log_id, position, item_id, side, sets, reps, hold_seconds)
SELECT session_log_id, position, item_id, side, sets, reps, hold_seconds FROM session_log_item;
DROP TABLE session_log_item;
ALTER TABLE session_log_item_by_key RENAME TO session_log_item;
