-- Two figures a practice's list needs of every listed client, kept beside what they are read from (issue 18's
-- benchmark: reading them from their sources was most of the list's time):
-- each saved plan's sessions a week, beside its JSON. Plans saved before this version keep NULL and are read from it;
ALTER TABLE plan ADD COLUMN sessions_per_week INTEGER CHECK (sessions_per_week BETWEEN 0 AND 7);

-- each logged session's sets done over all its items (0: an attempt stopped before any set), beside its items.
ALTER TABLE session_log ADD COLUMN sets_done INTEGER CHECK (sets_done >= 0);
UPDATE session_log SET sets_done = (SELECT COALESCE(SUM(i.sets), 0) FROM session_log_item i WHERE i.session_log_id = session_log.id);
