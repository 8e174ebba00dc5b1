-- keyplan schema 4: the portfolio and the background check answered from
-- indexes alone, so their cost stays flat as the log grows to millions.

-- Each account's last contact and the length of its log, kept by triggers
-- inside the transaction that changes the log: the portfolio, the check and
-- a dossier's first page read them without a pass over the touchpoints.
ALTER TABLE accounts ADD COLUMN last_touchpoint TEXT;
ALTER TABLE accounts ADD COLUMN touchpoint_count INTEGER NOT NULL DEFAULT 0;
UPDATE accounts SET last_touchpoint = (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = accounts.id),
                    touchpoint_count = (SELECT count(*) FROM touchpoints t WHERE t.account_id = accounts.id);

CREATE TRIGGER touchpoints_last_insert AFTER INSERT ON touchpoints BEGIN
    UPDATE accounts
       SET touchpoint_count = touchpoint_count + 1,
           last_touchpoint = CASE WHEN last_touchpoint IS NULL OR last_touchpoint < new.date
                                  THEN new.date ELSE last_touchpoint END
     WHERE id = new.account_id;
END;

CREATE TRIGGER touchpoints_last_update AFTER UPDATE OF date, account_id ON touchpoints BEGIN
    UPDATE accounts SET last_touchpoint = (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = accounts.id),
                        touchpoint_count = (SELECT count(*) FROM touchpoints t WHERE t.account_id = accounts.id)
     WHERE id IN (old.account_id, new.account_id);
END;

CREATE TRIGGER touchpoints_last_delete AFTER DELETE ON touchpoints BEGIN
    UPDATE accounts SET last_touchpoint = (SELECT max(t.date) FROM touchpoints t WHERE t.account_id = accounts.id),
                        touchpoint_count = touchpoint_count - 1
     WHERE id = old.account_id;
END;

-- The portfolio's rows, in rank order, with what the table shows.
CREATE INDEX accounts_portfolio
    ON accounts (annual_sales DESC, name_key, id, name, client_type, level_now, status, last_touchpoint);

-- What the contact standards need of every open account.
CREATE INDEX accounts_standards
    ON accounts (id, name, client_type, status, contact_every_days, created_on, cooperation_start, last_touchpoint)
    WHERE status NOT IN ('lost', 'former');

-- Passed milestones: by due date, with what an alert says about them.
DROP INDEX milestones_open_due;
CREATE INDEX milestones_open_due ON milestones (due, account_id, title, done) WHERE done IS NULL;

-- Each account's next open milestone is the first entry of its range.
CREATE INDEX milestones_open_by_account ON milestones (account_id, due, done) WHERE done IS NULL;

-- Birthdays by month and day ("MM-DD"), so a two-week window is a range.
DROP INDEX people_birthday;
CREATE INDEX people_birthday_day ON people (substr(birthday, 6), account_id, name, birthday)
    WHERE birthday IS NOT NULL;
