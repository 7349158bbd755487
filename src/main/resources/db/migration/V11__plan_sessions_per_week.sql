-- Each saved plan's sessions a week beside its JSON: a practice's list needs this one number per client, and reading
-- every listed client's whole plan to find it was most of the list's time (issue 18's benchmark). Plans saved before
-- this version keep NULL here and are read from their JSON.
ALTER TABLE plan ADD COLUMN sessions_per_week INTEGER CHECK (sessions_per_week BETWEEN 0 AND 7);
