-- keyplan schema 15: the Lost tab reads what it shows, not the whole
-- portfolio and a year of the log; the Plan tab reads a year's objectives
-- from one index.
--
-- A year's objectives with what the Plan tab measures of each, in account
-- order: one range of an index instead of a row looked up per objective.
CREATE INDEX objectives_plan ON objectives (year, account_id, id, product, planned_volume, expected_profit);
--
-- The accounts that may be lapsing are those whose last purchase is old
-- enough: the open accounts that bought, oldest last purchase first, with
-- what the list shows, so that only the oldest part of the index is read.
CREATE INDEX accounts_lapsing ON accounts (sales_last, name_key, id, name, status, client_type)
    WHERE sales_last IS NOT NULL AND status NOT IN ('lost', 'former');

-- The lost and former accounts in the order the loss report reads them,
-- with what it shows: a few rows, not a scan of every account.
CREATE INDEX accounts_lost
    ON accounts (closed_on, name_key, id, name, status, loss_reason, loss_note, win_back_means, win_back_note,
                 win_back_due)
    WHERE status IN ('lost', 'former');

-- The refusals and lost deals per month and reason as typed (the earliest
-- day of each kept for the order reasons are first written in), kept by
-- triggers: a period's refusals by reason are a few rows per month instead
-- of every refusal of the period.
CREATE TABLE refusal_months (
    month  TEXT    NOT NULL,
    reason TEXT    NOT NULL,
    count  INTEGER NOT NULL,
    first  TEXT    NOT NULL,
    PRIMARY KEY (month, reason)
) WITHOUT ROWID;
INSERT INTO refusal_months (month, reason, count, first)
SELECT substr(date, 1, 7), reason, count(*), min(date) FROM touchpoints
 WHERE outcome IN ('refusal', 'deal_lost') GROUP BY 1, 2;

CREATE TRIGGER touchpoints_refusals_insert AFTER INSERT ON touchpoints
WHEN new.outcome IN ('refusal', 'deal_lost') BEGIN
    INSERT INTO refusal_months (month, reason, count, first)
    VALUES (substr(new.date, 1, 7), new.reason, 1, new.date)
    ON CONFLICT (month, reason) DO UPDATE SET count = count + 1, first = min(first, excluded.first);
END;

-- A refusal gone: one fewer, and the month's earliest day of its reason
-- found again from the refusals' index when it was that one's.
CREATE TRIGGER touchpoints_refusals_delete AFTER DELETE ON touchpoints
WHEN old.outcome IN ('refusal', 'deal_lost') BEGIN
    DELETE FROM refusal_months
     WHERE month = substr(old.date, 1, 7) AND reason = old.reason AND count <= 1;
    UPDATE refusal_months
       SET count = count - 1,
           first = CASE WHEN first < old.date THEN first ELSE
                   (SELECT min(date) FROM touchpoints INDEXED BY touchpoints_refusals
                     WHERE date BETWEEN substr(old.date, 1, 7) || '-01' AND substr(old.date, 1, 7) || '-31'
                       AND outcome IN ('refusal', 'deal_lost') AND reason = old.reason) END
     WHERE month = substr(old.date, 1, 7) AND reason = old.reason;
END;

CREATE TRIGGER touchpoints_refusals_update AFTER UPDATE OF date, outcome, reason ON touchpoints
WHEN old.outcome IN ('refusal', 'deal_lost') OR new.outcome IN ('refusal', 'deal_lost') BEGIN
    DELETE FROM refusal_months
     WHERE old.outcome IN ('refusal', 'deal_lost')
       AND month = substr(old.date, 1, 7) AND reason = old.reason AND count <= 1;
    UPDATE refusal_months
       SET count = count - 1,
           first = CASE WHEN first < old.date THEN first ELSE
                   (SELECT min(date) FROM touchpoints INDEXED BY touchpoints_refusals
                     WHERE date BETWEEN substr(old.date, 1, 7) || '-01' AND substr(old.date, 1, 7) || '-31'
                       AND outcome IN ('refusal', 'deal_lost') AND reason = old.reason
                       AND id <> new.id) END
     WHERE old.outcome IN ('refusal', 'deal_lost')
       AND month = substr(old.date, 1, 7) AND reason = old.reason;
    INSERT INTO refusal_months (month, reason, count, first)
    SELECT substr(new.date, 1, 7), new.reason, 1, new.date WHERE new.outcome IN ('refusal', 'deal_lost')
    ON CONFLICT (month, reason) DO UPDATE SET count = count + 1, first = min(first, excluded.first);
END;
