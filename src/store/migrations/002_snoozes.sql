-- keyplan schema 2: alerts snoozed until a date, by their stable key
-- ("contact:12", "follow_up:40", "milestone:7", "birthday:3", "anniversary:12").
CREATE TABLE snoozes (
    key   TEXT PRIMARY KEY,
    until TEXT NOT NULL
) WITHOUT ROWID;
