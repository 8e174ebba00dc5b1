-- keyplan schema 11: plan against actual and the loss report read small
-- summaries, never a year of sales rows or the refusals' rows.

-- Each account's sales per year and product, kept by triggers (as the
-- monthly totals are): the Plan vs actual tab reads a year of them, one
-- row per account and product, instead of twelve months of sales rows.
-- Profit and volume are known when some row of the year names them:
-- `profit_rows` and `volume_rows` count those rows (0: unknown).
CREATE TABLE sales_years (
    year        INTEGER NOT NULL,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    product     TEXT    NOT NULL,
    amount      INTEGER NOT NULL,
    profit      INTEGER NOT NULL,
    profit_rows INTEGER NOT NULL,
    volume      INTEGER NOT NULL,
    volume_rows INTEGER NOT NULL,
    rows        INTEGER NOT NULL,
    PRIMARY KEY (year, account_id, product)
) WITHOUT ROWID;
CREATE INDEX sales_years_account ON sales_years (account_id);

-- The objectives of one year (plan against actual) without reading them all.
CREATE INDEX objectives_year ON objectives (year, account_id);

INSERT INTO sales_years (year, account_id, product, amount, profit, profit_rows, volume, volume_rows, rows)
SELECT CAST(substr(month, 1, 4) AS INTEGER), account_id, product, sum(amount), coalesce(sum(profit), 0),
       count(profit), coalesce(sum(volume), 0), count(volume), count(*)
  FROM sales GROUP BY 1, 2, 3;

CREATE TRIGGER sales_years_insert AFTER INSERT ON sales BEGIN
    INSERT INTO sales_years (year, account_id, product, amount, profit, profit_rows, volume, volume_rows, rows)
    VALUES (CAST(substr(new.month, 1, 4) AS INTEGER), new.account_id, new.product, new.amount,
            coalesce(new.profit, 0), new.profit IS NOT NULL, coalesce(new.volume, 0), new.volume IS NOT NULL, 1)
    ON CONFLICT (year, account_id, product) DO UPDATE
       SET amount = amount + excluded.amount,
           profit = profit + excluded.profit, profit_rows = profit_rows + excluded.profit_rows,
           volume = volume + excluded.volume, volume_rows = volume_rows + excluded.volume_rows,
           rows = rows + 1;
END;

CREATE TRIGGER sales_years_delete AFTER DELETE ON sales BEGIN
    UPDATE sales_years
       SET amount = amount - old.amount,
           profit = profit - coalesce(old.profit, 0), profit_rows = profit_rows - (old.profit IS NOT NULL),
           volume = volume - coalesce(old.volume, 0), volume_rows = volume_rows - (old.volume IS NOT NULL),
           rows = rows - 1
     WHERE year = CAST(substr(old.month, 1, 4) AS INTEGER) AND account_id = old.account_id AND product = old.product;
    DELETE FROM sales_years
     WHERE year = CAST(substr(old.month, 1, 4) AS INTEGER) AND account_id = old.account_id AND product = old.product
       AND rows <= 0;
END;

CREATE TRIGGER sales_years_update AFTER UPDATE OF account_id, month, product, amount, profit, volume ON sales BEGIN
    UPDATE sales_years
       SET amount = amount - old.amount,
           profit = profit - coalesce(old.profit, 0), profit_rows = profit_rows - (old.profit IS NOT NULL),
           volume = volume - coalesce(old.volume, 0), volume_rows = volume_rows - (old.volume IS NOT NULL),
           rows = rows - 1
     WHERE year = CAST(substr(old.month, 1, 4) AS INTEGER) AND account_id = old.account_id AND product = old.product;
    DELETE FROM sales_years
     WHERE year = CAST(substr(old.month, 1, 4) AS INTEGER) AND account_id = old.account_id AND product = old.product
       AND rows <= 0;
    INSERT INTO sales_years (year, account_id, product, amount, profit, profit_rows, volume, volume_rows, rows)
    VALUES (CAST(substr(new.month, 1, 4) AS INTEGER), new.account_id, new.product, new.amount,
            coalesce(new.profit, 0), new.profit IS NOT NULL, coalesce(new.volume, 0), new.volume IS NOT NULL, 1)
    ON CONFLICT (year, account_id, product) DO UPDATE
       SET amount = amount + excluded.amount,
           profit = profit + excluded.profit, profit_rows = profit_rows + excluded.profit_rows,
           volume = volume + excluded.volume, volume_rows = volume_rows + excluded.volume_rows,
           rows = rows + 1;
END;

-- The refusals and lost deals of a period counted by their typed reason
-- from one range of an index, without visiting the log's rows.
DROP INDEX touchpoints_refusals;
CREATE INDEX touchpoints_refusals ON touchpoints (date, outcome, reason)
    WHERE outcome IN ('refusal', 'deal_lost');
