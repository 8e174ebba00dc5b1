-- keyplan schema 10: the analysis reads from indexes and small summaries
-- kept by triggers, never the whole log.

-- What the Pareto line, the ABC-XYZ classes and the health of the base
-- read of every account with a sales history, for the analysis window
-- (kept by the triggers of schema 8): a few pages instead of the whole
-- accounts table with its long texts.
CREATE INDEX accounts_window
    ON accounts (sales_first, id, name, client_type, status, sales_12m, profit_12m, sales_sq_12m,
                 buying_months_12m, buying_months)
    WHERE sales_first IS NOT NULL;

-- The contacts of a period by account, channel and outcome (the activity
-- report), without visiting the log's rows.
CREATE INDEX touchpoints_date ON touchpoints (date, account_id, channel, outcome);

-- A year's sales of every account by product (plan against actual) from
-- one range of an index, without visiting the rows.
DROP INDEX sales_month;
CREATE INDEX sales_month ON sales (month, account_id, product, amount, profit, volume);

-- The refusals and lost deals of a period (the loss report).
CREATE INDEX touchpoints_refusals ON touchpoints (date, id, account_id, outcome)
    WHERE outcome IN ('refusal', 'deal_lost');

-- Each person's last contact, kept by triggers inside the transaction that
-- changes the log (as each account's is): the coverage of the decision
-- map reads it instead of searching every person's contacts.
ALTER TABLE people ADD COLUMN last_contact TEXT;
UPDATE people
   SET last_contact = (SELECT max(t.date) FROM touchpoint_people tp JOIN touchpoints t ON t.id = tp.touchpoint_id
                        WHERE tp.person_id = people.id);

CREATE TRIGGER touchpoint_people_last_insert AFTER INSERT ON touchpoint_people BEGIN
    UPDATE people
       SET last_contact = (SELECT t.date FROM touchpoints t WHERE t.id = new.touchpoint_id)
     WHERE id = new.person_id
       AND (last_contact IS NULL OR last_contact < (SELECT t.date FROM touchpoints t WHERE t.id = new.touchpoint_id));
END;

CREATE TRIGGER touchpoint_people_last_delete AFTER DELETE ON touchpoint_people BEGIN
    UPDATE people
       SET last_contact = (SELECT max(t.date) FROM touchpoint_people tp JOIN touchpoints t ON t.id = tp.touchpoint_id
                            WHERE tp.person_id = old.person_id)
     WHERE id = old.person_id;
END;

CREATE TRIGGER touchpoints_people_last_update AFTER UPDATE OF date ON touchpoints BEGIN
    UPDATE people
       SET last_contact = (SELECT max(t.date) FROM touchpoint_people tp JOIN touchpoints t ON t.id = tp.touchpoint_id
                            WHERE tp.person_id = people.id)
     WHERE id IN (SELECT person_id FROM touchpoint_people WHERE touchpoint_id = new.id);
END;

-- The decision makers and influencers with what their coverage needs.
CREATE INDEX people_coverage ON people (account_id, id, name, role, last_contact)
    WHERE role IN ('decision_maker', 'influencer');

-- Contacts per month, channel and outcome ('' for none), kept by triggers:
-- the activity's mix of a period is a few dozen rows.
CREATE TABLE contact_months (
    month   TEXT    NOT NULL,
    channel TEXT    NOT NULL,
    outcome TEXT    NOT NULL,
    count   INTEGER NOT NULL,
    PRIMARY KEY (month, channel, outcome)
) WITHOUT ROWID;
INSERT INTO contact_months (month, channel, outcome, count)
SELECT substr(date, 1, 7), channel, coalesce(outcome, ''), count(*) FROM touchpoints GROUP BY 1, 2, 3;

CREATE TRIGGER touchpoints_mix_insert AFTER INSERT ON touchpoints BEGIN
    INSERT INTO contact_months (month, channel, outcome, count)
    VALUES (substr(new.date, 1, 7), new.channel, coalesce(new.outcome, ''), 1)
    ON CONFLICT (month, channel, outcome) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER touchpoints_mix_delete AFTER DELETE ON touchpoints BEGIN
    UPDATE contact_months SET count = count - 1
     WHERE month = substr(old.date, 1, 7) AND channel = old.channel AND outcome = coalesce(old.outcome, '');
    DELETE FROM contact_months
     WHERE month = substr(old.date, 1, 7) AND channel = old.channel AND outcome = coalesce(old.outcome, '')
       AND count <= 0;
END;

CREATE TRIGGER touchpoints_mix_update AFTER UPDATE OF date, channel, outcome ON touchpoints BEGIN
    UPDATE contact_months SET count = count - 1
     WHERE month = substr(old.date, 1, 7) AND channel = old.channel AND outcome = coalesce(old.outcome, '');
    DELETE FROM contact_months
     WHERE month = substr(old.date, 1, 7) AND channel = old.channel AND outcome = coalesce(old.outcome, '')
       AND count <= 0;
    INSERT INTO contact_months (month, channel, outcome, count)
    VALUES (substr(new.date, 1, 7), new.channel, coalesce(new.outcome, ''), 1)
    ON CONFLICT (month, channel, outcome) DO UPDATE SET count = count + 1;
END;

-- The portfolio's classes are drawn within each currency: its index, and
-- the analysis', carry the account's currency.
DROP INDEX accounts_portfolio;
CREATE INDEX accounts_portfolio
    ON accounts (ranked_sales DESC, name_key, id, name, client_type, level_now, status, last_touchpoint,
                 next_milestone, sales_12m, sales_sq_12m, sales_first, currency);
DROP INDEX accounts_window;
CREATE INDEX accounts_window
    ON accounts (sales_first, id, name, client_type, status, sales_12m, profit_12m, sales_sq_12m,
                 buying_months_12m, buying_months, currency)
    WHERE sales_first IS NOT NULL;
