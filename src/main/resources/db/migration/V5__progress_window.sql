-- Version 5: the progress page reads a window of days (the last year), so its cost stays the same after ten
-- years of logs. Session logs are already indexed by (account_id, performed_on); this does the same for the
-- test days, which the window looks up by their local date.
CREATE INDEX assessment_by_account_day ON assessment (account_id, taken_on);
