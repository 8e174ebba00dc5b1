#!/bin/sh
# Makes the HTML report of the sample portfolio and photographs it in a real
# headless browser, to read how it looks:
#
#   scripts/html-report-screenshot.sh [OUT_DIR] [LANG]
#
# OUT_DIR (default target/report-screenshot) receives keyplan.db,
# report.html and report.png (the whole page, 1280 pixels wide); LANG is
# en, uk, ru or ka (default uk). Needs Chromium (Debian: `apt-get install
# chromium`). The date is fixed (2026-11-23) so two runs give the same page.
# The sample portfolio carries three years of monthly sales (a steady
# breadwinner, a seasonal account, an irregular expert, one that stopped
# buying and lapses, a fading account that was lost), loss reasons and a
# win-back plan, so every chart has something to draw.
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

cargo build --quiet
KEYPLAN=target/debug/keyplan
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
rm -f "$OUT/keyplan.db" "$OUT/report.html" "$OUT/report.png"
# Settings and home of their own: the user's settings play no part.
export HOME="$OUT" XDG_CONFIG_HOME="$OUT"

"$KEYPLAN" demo --db "$OUT/keyplan.db" --today "$TODAY" >/dev/null
"$KEYPLAN" report --format html --output "$OUT/report.html" --db "$OUT/keyplan.db" --today "$TODAY" --lang "$LANGUAGE"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,5200 \
    --screenshot="$OUT/report.png" "file://$OUT/report.html" 2>/dev/null
echo "$OUT/report.png"
