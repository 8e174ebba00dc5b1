-- keyplan schema 13: the portfolio's first screen is drawn from its first
-- rows and these totals, never from every account. Per currency ('' for
-- accounts that name none): how many accounts, the annual sales of the
-- open ones (the whole their "Share" is of) and the sales of the analysis
-- window counted towards the ABC classes (each account's positive window
-- total). Kept by the triggers below in the transaction that changes an
-- account, so reading them costs one page however large the portfolio.
CREATE TABLE portfolio_totals (
    currency     TEXT    NOT NULL PRIMARY KEY,
    accounts     INTEGER NOT NULL DEFAULT 0,
    open_sales   INTEGER NOT NULL DEFAULT 0,
    window_sales INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO portfolio_totals (currency, accounts, open_sales, window_sales)
SELECT coalesce(currency, ''), count(*),
       coalesce(sum(CASE WHEN status NOT IN ('lost', 'former') THEN ranked_sales END), 0),
       coalesce(sum(CASE WHEN sales_first IS NOT NULL AND sales_12m > 0 THEN sales_12m END), 0)
  FROM accounts
 GROUP BY coalesce(currency, '');

CREATE TRIGGER portfolio_totals_insert AFTER INSERT ON accounts BEGIN
    INSERT INTO portfolio_totals (currency, accounts, open_sales, window_sales)
    VALUES (coalesce(new.currency, ''), 1,
            CASE WHEN new.status NOT IN ('lost', 'former') THEN coalesce(new.ranked_sales, 0) ELSE 0 END,
            CASE WHEN new.sales_first IS NOT NULL AND new.sales_12m > 0 THEN new.sales_12m ELSE 0 END)
    ON CONFLICT (currency) DO UPDATE
       SET accounts = accounts + excluded.accounts,
           open_sales = open_sales + excluded.open_sales,
           window_sales = window_sales + excluded.window_sales;
END;

CREATE TRIGGER portfolio_totals_delete AFTER DELETE ON accounts BEGIN
    UPDATE portfolio_totals
       SET accounts = accounts - 1,
           open_sales = open_sales
               - CASE WHEN old.status NOT IN ('lost', 'former') THEN coalesce(old.ranked_sales, 0) ELSE 0 END,
           window_sales = window_sales
               - CASE WHEN old.sales_first IS NOT NULL AND old.sales_12m > 0 THEN old.sales_12m ELSE 0 END
     WHERE currency = coalesce(old.currency, '');
END;

CREATE TRIGGER portfolio_totals_update
AFTER UPDATE OF status, annual_sales, sales_12m, sales_first, currency ON accounts BEGIN
    UPDATE portfolio_totals
       SET accounts = accounts - 1,
           open_sales = open_sales
               - CASE WHEN old.status NOT IN ('lost', 'former') THEN coalesce(old.ranked_sales, 0) ELSE 0 END,
           window_sales = window_sales
               - CASE WHEN old.sales_first IS NOT NULL AND old.sales_12m > 0 THEN old.sales_12m ELSE 0 END
     WHERE currency = coalesce(old.currency, '');
    INSERT INTO portfolio_totals (currency, accounts, open_sales, window_sales)
    VALUES (coalesce(new.currency, ''), 1,
            CASE WHEN new.status NOT IN ('lost', 'former') THEN coalesce(new.ranked_sales, 0) ELSE 0 END,
            CASE WHEN new.sales_first IS NOT NULL AND new.sales_12m > 0 THEN new.sales_12m ELSE 0 END)
    ON CONFLICT (currency) DO UPDATE
       SET accounts = accounts + excluded.accounts,
           open_sales = open_sales + excluded.open_sales,
           window_sales = window_sales + excluded.window_sales;
END;
