-- Two figures a practice's list needs of every listed client, kept beside what they are read from (issue 18's
-- benchmark: reading them from their sources was most of the list's time):
-- each saved plan's sessions a week, beside its JSON. Plans saved before this version keep NULL and are read from it;
ALTER TABLE plan ADD COLUMN sessions_per_week INTEGER CHECK (sessions_per_week BETWEEN 0 AND 7);

-- each logged session's sets done over all its items (0: an attempt stopped before any set), beside its items.
ALTER TABLE session_log ADD COLUMN sets_done INTEGER CHECK (sets_done >= 0);
UPDATE session_log SET sets_done = (SELECT COALESCE(SUM(i.sets), 0) FROM session_log_item i WHERE i.session_log_id = session_log.id);

-- And what a client is found by in the list: the name's key from the start of each of its words to its end ("ana maria
-- lopez": "ana maria lopez", "maria lopez", "lopez"), so that a search by the beginning of a word is a range of one
-- index, whatever the number of clients. Compared in code point order (${byteOrder}) so that a prefix is exactly a
-- range. Words are separated as NameWords.SEPARATORS says; the rows for clients added before this version:
CREATE TABLE practice_client_word (
    practice_id VARCHAR(36)  NOT NULL,
    client_id   VARCHAR(36)  NOT NULL,
    word_key    VARCHAR(120) ${byteOrder} NOT NULL,
    PRIMARY KEY (practice_id, word_key, client_id),
    FOREIGN KEY (practice_id, client_id) REFERENCES practice_client (practice_id, client_id) ON DELETE CASCADE
);
WITH RECURSIVE at_character (practice_id, client_id, name_key, i) AS (
    SELECT practice_id, client_id, name_key, 1 FROM practice_client
    UNION ALL
    SELECT practice_id, client_id, name_key, i + 1 FROM at_character WHERE i < LENGTH(name_key)
)
INSERT INTO practice_client_word (practice_id, client_id, word_key)
SELECT DISTINCT practice_id, client_id, SUBSTR(name_key, i) FROM at_character
WHERE SUBSTR(name_key, i, 1) NOT IN (' ', '-', '''', '.', '@', '_')
  AND (i = 1 OR SUBSTR(name_key, i - 1, 1) IN (' ', '-', '''', '.', '@', '_'));
