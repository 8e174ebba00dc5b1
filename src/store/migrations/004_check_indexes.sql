-- keyplan schema 4: indexes that answer the background check and the portfolio by themselves,
-- so checking a large portfolio reads a few index pages instead of visiting
-- scattered rows.

-- Passed milestones: by due date, with what an alert says about them.
DROP INDEX milestones_open_due;
CREATE INDEX milestones_open_due ON milestones (due, account_id, title, done) WHERE done IS NULL;

-- Birthdays by month and day ("MM-DD"), so a two-week window is a range.
DROP INDEX people_birthday;
CREATE INDEX people_birthday_day ON people (substr(birthday, 6), account_id, name, birthday)
    WHERE birthday IS NOT NULL;

-- The portfolio and the check read a few short columns of every account:
-- from these indexes alone, never from rows that carry the plan's texts.
CREATE INDEX accounts_portfolio ON accounts (annual_sales DESC, name_key, id, name, client_type, level_now, status);
CREATE INDEX accounts_standards ON accounts
    (status, id, name, client_type, contact_every_days, created_on, cooperation_start);

-- Each account's next open milestone is the first entry of its range.
CREATE INDEX milestones_open_by_account ON milestones (account_id, due, done) WHERE done IS NULL;
