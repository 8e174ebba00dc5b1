-- keyplan schema 5: the portfolio and the background check read their lists
-- from indexes alone, in the order they need.

-- Each account's next open milestone, kept by triggers inside the
-- transaction that changes the plan (as its last contact is): the portfolio
-- reads it with the account from one index instead of grouping every
-- open milestone.
ALTER TABLE accounts ADD COLUMN next_milestone TEXT;
UPDATE accounts
   SET next_milestone = (SELECT min(m.due) FROM milestones m WHERE m.account_id = accounts.id AND m.done IS NULL);

CREATE TRIGGER milestones_next_insert AFTER INSERT ON milestones WHEN new.done IS NULL BEGIN
    UPDATE accounts
       SET next_milestone = CASE WHEN next_milestone IS NULL OR new.due < next_milestone
                                 THEN new.due ELSE next_milestone END
     WHERE id = new.account_id;
END;

CREATE TRIGGER milestones_next_update AFTER UPDATE OF due, done, account_id ON milestones BEGIN
    UPDATE accounts
       SET next_milestone = (SELECT min(m.due) FROM milestones m WHERE m.account_id = accounts.id AND m.done IS NULL)
     WHERE id IN (old.account_id, new.account_id);
END;

CREATE TRIGGER milestones_next_delete AFTER DELETE ON milestones WHEN old.done IS NULL BEGIN
    UPDATE accounts
       SET next_milestone = (SELECT min(m.due) FROM milestones m WHERE m.account_id = accounts.id AND m.done IS NULL)
     WHERE id = old.account_id;
END;

DROP INDEX accounts_portfolio;
CREATE INDEX accounts_portfolio
    ON accounts (annual_sales DESC, name_key, id, name, client_type, level_now, status, last_touchpoint,
                 next_milestone);

-- Open follow-ups with the date of the touchpoint that promised them: the
-- check and the portfolio no longer visit a million-row table once per
-- follow-up. (next_step_done is always NULL here; listing it lets SQLite
-- see that the index covers the queries.)
DROP INDEX touchpoints_open_follow_up;
CREATE INDEX touchpoints_open_follow_up ON touchpoints (account_id, next_step_due, date, next_step, next_step_done)
    WHERE next_step_due IS NOT NULL AND next_step_done IS NULL;

-- Open accounts in name order (ignoring case), which is the order alerts
-- of equal urgency are listed in: the rules need not sort them again.
DROP INDEX accounts_standards;
CREATE INDEX accounts_standards
    ON accounts (name_key, id, name, client_type, status, contact_every_days, created_on, cooperation_start,
                 last_touchpoint)
    WHERE status NOT IN ('lost', 'former');
