-- keyplan schema 9: the check reads each open account's last purchase (the
-- lapsing alert) and the win-back list from indexes alone, as it reads the
-- rest of its input.
DROP INDEX accounts_standards;
CREATE INDEX accounts_standards
    ON accounts (name_key, id, name, client_type, status, contact_every_days, created_on, cooperation_start,
                 last_touchpoint, sales_last)
    WHERE status NOT IN ('lost', 'former');

-- The win-back list by its date, with what its alert says.
DROP INDEX accounts_win_back;
CREATE INDEX accounts_win_back ON accounts (win_back_due, id, name, status, win_back_means, win_back_note)
    WHERE win_back_means IS NOT NULL;
