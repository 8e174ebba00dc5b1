-- keyplan schema 4: indexes that answer the background check by themselves,
-- so checking a large portfolio reads a few index pages instead of visiting
-- scattered rows.

-- Passed milestones: by due date, with what an alert says about them.
DROP INDEX milestones_open_due;
CREATE INDEX milestones_open_due ON milestones (due, account_id, title, done) WHERE done IS NULL;

-- Birthdays by month and day ("MM-DD"), so a two-week window is a range.
DROP INDEX people_birthday;
CREATE INDEX people_birthday_day ON people (substr(birthday, 6), account_id, name, birthday)
    WHERE birthday IS NOT NULL;
