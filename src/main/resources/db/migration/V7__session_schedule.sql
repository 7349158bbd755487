-- Version 7: the person's own week. Which days they train and at what time of day the calendar reminds them.
-- Days are stored as ISO weekday numbers (1 = Monday) separated by commas; the time as HH:MM in the person's zone.
-- When the days chosen are not as many as the program's sessions a week (a re-test changed it), the program's
-- evenly spread days apply until the person chooses again.
CREATE TABLE session_schedule (
    account_id  VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    days        VARCHAR(13) NOT NULL,
    remind_at   VARCHAR(5)  NOT NULL,
    updated_at  VARCHAR(24) NOT NULL
);
