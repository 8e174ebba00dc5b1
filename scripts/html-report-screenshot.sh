#!/bin/sh
# Makes the HTML report of the sample portfolio and photographs it in a real
# headless browser, to read how it looks:
#
#   scripts/html-report-screenshot.sh [OUT_DIR] [LANG]
#
# OUT_DIR (default target/report-screenshot) receives keyplan.db,
# report.html and report.png (the whole page, 1280 pixels wide); LANG is
# en, uk, ru or ka (default uk). Needs sqlite3 and Chromium (Debian:
# `apt-get install chromium sqlite3`). The date is fixed (2026-11-23) so
# two runs give the same page. When the sample portfolio carries no sales
# history, three years of monthly sales are added with sqlite3 (a steady
# breadwinner, a seasonal account, an irregular one, a fading account that
# was lost), with loss reasons and a win-back plan, so every chart has
# something to draw.
set -eu

cd "$(dirname "$0")/.."
OUT=${1:-target/report-screenshot}
LANGUAGE=${2:-uk}
TODAY=2026-11-23

CHROMIUM=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$CHROMIUM" ]; then
    echo "Chromium is needed: apt-get install chromium" >&2
    exit 2
fi
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install sqlite3" >&2; exit 2; }

cargo build --quiet
KEYPLAN=target/debug/keyplan
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
rm -f "$OUT/keyplan.db" "$OUT/report.html" "$OUT/report.png"
# Settings and home of their own: the user's settings play no part.
export HOME="$OUT" XDG_CONFIG_HOME="$OUT"

"$KEYPLAN" demo --db "$OUT/keyplan.db" --today "$TODAY" >/dev/null

if [ "$(sqlite3 "$OUT/keyplan.db" 'SELECT count(*) FROM sales')" = 0 ]; then
    sqlite3 "$OUT/keyplan.db" <<'SQL'
WITH RECURSIVE months(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM months WHERE i < 35),
m AS (SELECT i, strftime('%Y-%m', date('2023-11-01', '+' || i || ' months')) AS month,
             CAST(strftime('%m', date('2023-11-01', '+' || i || ' months')) AS INTEGER) AS mo FROM months),
rows AS (
  SELECT a.id AS account, m.month, m.i, m.mo, CASE a.id
    WHEN 1 THEN 900000000 + (abs(random()) % 40000000)                                  -- steady breadwinner
    WHEN 2 THEN CASE WHEN m.mo IN (11, 12, 1) THEN 450000000 ELSE 120000000 END
                + (abs(random()) % 20000000)                                            -- seasonal
    WHEN 3 THEN 380000000 + (abs(random()) % 30000000)                                  -- steady
    WHEN 4 THEN CASE WHEN abs(random()) % 3 = 0 THEN 260000000 ELSE 15000000 END        -- irregular
    WHEN 5 THEN CASE WHEN m.i <= 30 THEN 200000000 - m.i * 5000000 ELSE 0 END         -- stopped buying: lapsing
    WHEN 6 THEN 20000000 + m.i * 4000000                                                -- growing prospect
    WHEN 7 THEN 60000000 + (abs(random()) % 50000000)
    WHEN 8 THEN CASE WHEN m.i >= 33 THEN 30000000 ELSE 0 END                            -- too new to judge
    WHEN 9 THEN CASE WHEN m.i <= 28 THEN 300000000 - m.i * 9000000 ELSE 0 END           -- fading, then lost
    WHEN 10 THEN CASE WHEN m.i <= 19 THEN 150000000 ELSE 0 END                          -- former
  END AS amount
  FROM accounts a, m)
INSERT INTO sales (account_id, month, product, amount, profit)
SELECT account, month, '', amount, amount / 5 FROM rows WHERE amount > 0;
UPDATE accounts SET closed_on = coalesce(closed_on, '2026-05-14'), loss_reason = coalesce(loss_reason, 'competitor'),
       win_back_means = coalesce(win_back_means, 'meeting'), win_back_due = coalesce(win_back_due, '2026-12-10')
 WHERE status = 'lost';
UPDATE accounts SET closed_on = coalesce(closed_on, '2025-08-02'), loss_reason = coalesce(loss_reason, 'price')
 WHERE status = 'former';
SQL
fi

"$KEYPLAN" report --format html --output "$OUT/report.html" --db "$OUT/keyplan.db" --today "$TODAY" --lang "$LANGUAGE"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,5200 \
    --screenshot="$OUT/report.png" "file://$OUT/report.html" 2>/dev/null
echo "$OUT/report.png"
