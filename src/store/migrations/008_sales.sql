-- keyplan schema 8: sales history, and what the analysis reads from it.
--
-- Amounts, profits and volumes are kept in hundredths (of the account's
-- currency, or of a unit), so `1 250 000,50` is 125000050 and nothing is
-- rounded; a negative amount is a return. Months are "YYYY-MM".

-- Each account's currency (ISO 4217; NULL: the settings' default), why a
-- lost or former account was lost and since when, and its win-back plan
-- (NULL means: not on the win-back list).
ALTER TABLE accounts ADD COLUMN currency TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]');
ALTER TABLE accounts ADD COLUMN closed_on TEXT;
ALTER TABLE accounts ADD COLUMN loss_reason TEXT;
ALTER TABLE accounts ADD COLUMN loss_note TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN win_back_means TEXT;
ALTER TABLE accounts ADD COLUMN win_back_note TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN win_back_due TEXT;

-- One row per account, month and product ('' when the file names none).
CREATE TABLE sales (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    month      TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    product    TEXT    NOT NULL DEFAULT '',
    amount     INTEGER NOT NULL,
    profit     INTEGER,
    volume     INTEGER,
    UNIQUE (account_id, month, product)
);
CREATE INDEX sales_month ON sales (month, account_id);

-- Each account's monthly totals over all products, kept by the triggers
-- below inside the transaction that changes a sale. `profit` is NULL when
-- no row of the month names one.
CREATE TABLE sales_months (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    month      TEXT    NOT NULL,
    amount     INTEGER NOT NULL,
    profit     INTEGER,
    PRIMARY KEY (account_id, month)
) WITHOUT ROWID;
CREATE INDEX sales_months_month ON sales_months (month, account_id, amount, profit);

CREATE TRIGGER sales_insert AFTER INSERT ON sales BEGIN
    INSERT INTO sales_months (account_id, month, amount, profit)
    VALUES (new.account_id, new.month, new.amount, new.profit)
    ON CONFLICT (account_id, month) DO UPDATE
       SET amount = amount + excluded.amount,
           profit = CASE WHEN excluded.profit IS NULL THEN profit
                         ELSE coalesce(profit, 0) + excluded.profit END;
END;

CREATE TRIGGER sales_delete AFTER DELETE ON sales BEGIN
    UPDATE sales_months
       SET amount = amount - old.amount,
           profit = CASE WHEN old.profit IS NULL THEN profit ELSE profit - old.profit END
     WHERE account_id = old.account_id AND month = old.month;
    DELETE FROM sales_months
     WHERE account_id = old.account_id AND month = old.month
       AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.account_id = old.account_id AND s.month = old.month);
END;

CREATE TRIGGER sales_update AFTER UPDATE OF account_id, month, amount, profit ON sales BEGIN
    UPDATE sales_months
       SET amount = amount - old.amount,
           profit = CASE WHEN old.profit IS NULL THEN profit ELSE profit - old.profit END
     WHERE account_id = old.account_id AND month = old.month;
    DELETE FROM sales_months
     WHERE account_id = old.account_id AND month = old.month
       AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.account_id = old.account_id AND s.month = old.month);
    INSERT INTO sales_months (account_id, month, amount, profit)
    VALUES (new.account_id, new.month, new.amount, new.profit)
    ON CONFLICT (account_id, month) DO UPDATE
       SET amount = amount + excluded.amount,
           profit = CASE WHEN excluded.profit IS NULL THEN profit
                         ELSE coalesce(profit, 0) + excluded.profit END;
END;

-- The analysis window: the twelve complete calendar months before the
-- current one ("first" to "through"). keyplan moves it when a new month
-- begins (store/sales_window.rs), recomputing the sums below.
CREATE TABLE sales_window (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    first   TEXT NOT NULL,
    through TEXT NOT NULL
);
INSERT INTO sales_window (one, first, through) VALUES (1, '9999-12', '0000-01');

-- What the portfolio, the check and the analysis read of each account's
-- history without visiting it, kept by triggers on the monthly totals:
--   sales_first, sales_last   the first month with any row, the last month
--                             with a positive total (the last purchase);
--   buying_months             months with a positive total, ever;
--   sales_12m, profit_12m     totals over the window (NULL: no history);
--   sales_sq_12m              the sum of the squared monthly totals over
--                             the window (the spread of the XYZ analysis);
--   buying_months_12m         months of the window with a positive total.
ALTER TABLE accounts ADD COLUMN sales_first TEXT;
ALTER TABLE accounts ADD COLUMN sales_last TEXT;
ALTER TABLE accounts ADD COLUMN buying_months INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN sales_12m INTEGER;
ALTER TABLE accounts ADD COLUMN profit_12m INTEGER;
ALTER TABLE accounts ADD COLUMN sales_sq_12m REAL;
ALTER TABLE accounts ADD COLUMN buying_months_12m INTEGER NOT NULL DEFAULT 0;
-- What ranks the portfolio: the window's sales in whole units, or the typed
-- annual figure of an account without history.
ALTER TABLE accounts ADD COLUMN ranked_sales INTEGER
    GENERATED ALWAYS AS (CASE WHEN sales_12m IS NULL THEN annual_sales ELSE CAST(round(sales_12m / 100.0) AS INTEGER) END) VIRTUAL;

CREATE TRIGGER sales_months_insert AFTER INSERT ON sales_months BEGIN
    UPDATE accounts
       SET sales_first = CASE WHEN sales_first IS NULL OR new.month < sales_first THEN new.month ELSE sales_first END,
           sales_last = CASE WHEN new.amount > 0 AND (sales_last IS NULL OR new.month > sales_last)
                             THEN new.month ELSE sales_last END,
           buying_months = buying_months + (new.amount > 0),
           sales_12m = coalesce(sales_12m, 0)
                       + (SELECT CASE WHEN new.month BETWEEN w.first AND w.through THEN new.amount ELSE 0 END
                            FROM sales_window w),
           profit_12m = coalesce(profit_12m, 0)
                       + (SELECT CASE WHEN new.month BETWEEN w.first AND w.through THEN coalesce(new.profit, 0) ELSE 0 END
                            FROM sales_window w),
           sales_sq_12m = coalesce(sales_sq_12m, 0.0)
                       + (SELECT CASE WHEN new.month BETWEEN w.first AND w.through
                                      THEN CAST(new.amount AS REAL) * new.amount ELSE 0.0 END
                            FROM sales_window w),
           buying_months_12m = buying_months_12m
                       + (SELECT new.amount > 0 AND new.month BETWEEN w.first AND w.through FROM sales_window w)
     WHERE id = new.account_id;
END;

CREATE TRIGGER sales_months_update AFTER UPDATE OF amount, profit ON sales_months BEGIN
    UPDATE accounts
       SET sales_last = CASE WHEN new.amount > 0 AND (sales_last IS NULL OR new.month > sales_last) THEN new.month
                             WHEN new.amount <= 0 AND sales_last = new.month
                             THEN (SELECT max(m.month) FROM sales_months m
                                    WHERE m.account_id = new.account_id AND m.amount > 0)
                             ELSE sales_last END,
           buying_months = buying_months + (new.amount > 0) - (old.amount > 0),
           sales_12m = sales_12m
                       + (SELECT CASE WHEN new.month BETWEEN w.first AND w.through THEN new.amount - old.amount ELSE 0 END
                            FROM sales_window w),
           profit_12m = profit_12m
                       + (SELECT CASE WHEN new.month BETWEEN w.first AND w.through
                                      THEN coalesce(new.profit, 0) - coalesce(old.profit, 0) ELSE 0 END
                            FROM sales_window w),
           sales_sq_12m = sales_sq_12m
                       + (SELECT CASE WHEN new.month BETWEEN w.first AND w.through
                                      THEN CAST(new.amount AS REAL) * new.amount - CAST(old.amount AS REAL) * old.amount
                                      ELSE 0.0 END
                            FROM sales_window w),
           buying_months_12m = buying_months_12m
                       + (SELECT CASE WHEN new.month BETWEEN w.first AND w.through
                                      THEN (new.amount > 0) - (old.amount > 0) ELSE 0 END
                            FROM sales_window w)
     WHERE id = new.account_id;
END;

CREATE TRIGGER sales_months_delete AFTER DELETE ON sales_months BEGIN
    UPDATE accounts
       SET sales_first = (SELECT min(m.month) FROM sales_months m WHERE m.account_id = old.account_id),
           sales_last = (SELECT max(m.month) FROM sales_months m WHERE m.account_id = old.account_id AND m.amount > 0),
           buying_months = buying_months - (old.amount > 0),
           sales_12m = CASE WHEN NOT EXISTS (SELECT 1 FROM sales_months m WHERE m.account_id = old.account_id) THEN NULL
                            ELSE sales_12m - (SELECT CASE WHEN old.month BETWEEN w.first AND w.through
                                                          THEN old.amount ELSE 0 END FROM sales_window w) END,
           profit_12m = CASE WHEN NOT EXISTS (SELECT 1 FROM sales_months m WHERE m.account_id = old.account_id) THEN NULL
                            ELSE profit_12m - (SELECT CASE WHEN old.month BETWEEN w.first AND w.through
                                                           THEN coalesce(old.profit, 0) ELSE 0 END FROM sales_window w) END,
           sales_sq_12m = CASE WHEN NOT EXISTS (SELECT 1 FROM sales_months m WHERE m.account_id = old.account_id) THEN NULL
                            ELSE sales_sq_12m - (SELECT CASE WHEN old.month BETWEEN w.first AND w.through
                                                             THEN CAST(old.amount AS REAL) * old.amount ELSE 0.0 END
                                                   FROM sales_window w) END,
           buying_months_12m = buying_months_12m
                       - (SELECT old.amount > 0 AND old.month BETWEEN w.first AND w.through FROM sales_window w)
     WHERE id = old.account_id;
END;

-- The portfolio's rows in rank order, now by the window's sales, with the
-- classes' inputs beside what the table shows.
DROP INDEX accounts_portfolio;
CREATE INDEX accounts_portfolio
    ON accounts (ranked_sales DESC, name_key, id, name, client_type, level_now, status, last_touchpoint,
                 next_milestone, sales_12m, sales_sq_12m, sales_first);

-- Lost and former accounts by the day they were closed (the loss report),
-- and the win-back list by its date (the check).
CREATE INDEX accounts_closed ON accounts (closed_on, loss_reason) WHERE closed_on IS NOT NULL;
CREATE INDEX accounts_win_back ON accounts (win_back_due, id) WHERE win_back_means IS NOT NULL;
