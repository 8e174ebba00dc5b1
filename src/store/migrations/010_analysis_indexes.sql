-- keyplan schema 10: the analysis reads from indexes alone.

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
