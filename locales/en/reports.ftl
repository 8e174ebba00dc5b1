## reports: keyplan report: text, CSV, Markdown and HTML

## The help of `keyplan report` (src/cli/help.rs).

cli-report-about = The portfolio analysis: Pareto, ABC-XYZ, plan vs actual, lost customers, activity — as a table, JSON, CSV, Markdown or one HTML file
cli-report-after =
    Examples:
      keyplan report pareto                          who carries 80% of the sales (the last 12 months)
      keyplan report abc-xyz --year 2025             the matrix of a calendar year
      keyplan report abc-xyz --basis profit          classes by profit instead of sales
      keyplan report plan                            this year's objectives against actual sales
      keyplan report lost --format md > lost.md
      keyplan report abc-xyz --format json | jq '.accounts[] | select(.abc == "A")'
      keyplan report --format html --output report.html    all five reports, with charts
cli-report-arg-report = The report: pareto, abc-xyz, plan, lost, activity, or all (the default for HTML)
cli-report-arg-year = A calendar year instead of the last 12 complete months (for plan: the objectives' year)
cli-report-arg-period = The period: last-12-months, the twelve complete months before this one (the default)
cli-report-arg-basis = Rank ABC classes by sales or by profit
cli-report-arg-format = How to write the report
cli-report-arg-output = Write to this file (private, 0600, replaced atomically) instead of standard output
cli-report-name-pareto = Accounts ranked by share of sales, with the cut-off line
cli-report-name-abc-xyz = The ABC-XYZ matrix and each account's class
cli-report-name-plan = Annual objectives against actual sales, with progress
cli-report-name-lost = Lapsing accounts, losses per quarter and reason, refusals, the win-back list
cli-report-name-activity = Contacts per channel and outcome, each account's rhythm, uncovered decision makers
cli-report-name-all = Every report, one after another
cli-report-format-text = Tables fitted to the terminal's width (plain when piped)
cli-report-format-json = One object with English field names, amounts in currency units, shares as fractions of 1
cli-report-format-csv = The report's rows with a header row, for spreadsheets
cli-report-format-md = Markdown tables
cli-report-format-html = One self-contained HTML file with charts (with --output, or redirected)

## Refusals.

report-name-one = Name the report: pareto, abc-xyz, plan, lost, activity or all.
report-csv-one = CSV holds one report at a time: name it (pareto, abc-xyz, plan, lost or activity).
report-html-terminal = An HTML report is not written to a terminal: add --output FILE, or redirect it to a file.
report-year-invalid = { $input } is not a year: --year wants a calendar year such as 2025
report-wrote = Wrote the report to { $path }.
report-no-history = No sales recorded for { $period }: not enough history for this report.

## Shared words.

report-col-rank = #
report-col-account = Account
report-col-status = Status
report-col-sales = Sales
report-col-profit = Profit
report-col-share = Share
report-col-cumulative = Cumulative
report-col-note = Note
report-col-class = Class
report-col-cv = Variation
report-col-type = Type
report-col-total = Total
report-col-count = Count
report-col-reason = Reason
report-reason-none = No reason given
report-never = never

## Pareto.

report-pareto-title = Pareto: who carries the sales
report-pareto-summary = { $above ->
    [one] { $above } account
   *[other] { $above } accounts
    } of { $accounts } carry { $cutoff } of sales in { $period } (total { $total }).
report-pareto-line = { $cutoff } of sales above this line
report-pointer-not-key-above-line = above the line, not key
report-pointer-key-far-below-line = key, far below the line
report-axis-accounts = Accounts, largest first
report-axis-cumulative = Cumulative share of sales

## ABC-XYZ.

report-abc-xyz-title = ABC-XYZ matrix
report-abc-xyz-summary = By { $basis } in { $period }: A up to { $a } of the cumulative share, B up to { $b }; X when monthly sales vary up to { $x }, Y up to { $y }, Z above. Each cell: accounts · share of sales.
report-without-xyz = No XYZ
report-unclassified = { $count ->
    [one] { $count } account is unclassified (too little history or nothing sold).
   *[other] { $count } accounts are unclassified (too little history or nothing sold).
    }
report-classes-title = Accounts and their classes

## Plan vs actual.

report-plan-title = Plan vs actual { $year }
report-plan-none = No annual objectives for { $year }.
report-plan-pace = { $gone } of the year has gone: an objective on pace is that far along.
report-plan-totals = { $currency ->
    [none] Totals: expected profit { $planned }, actual profit { $actual }, sales { $sales }.
   *[other] Totals in { $currency }: expected profit { $planned }, actual profit { $actual }, sales { $sales }.
}
report-col-product = Product
report-col-planned-volume = Planned volume
report-col-actual-volume = Actual volume
report-col-volume-done = Volume done
report-col-expected-profit = Expected profit
report-col-profit-done = Profit done
report-chart-plan-profit = Profit made against expected profit
report-chart-pace = Pace: { $gone }

## Lost customers.

report-lost-title = Lost customers and win-back
report-lapsing-title = Lapsing: open accounts without a recent purchase
report-lapsing-none = No open account is lapsing.
report-lapsing-lost = lost by the rule
report-lapsing-warn = lapsing
report-col-last-purchase = Last purchase
report-col-days = Days without
report-col-state = State
report-days = { $days } of { $limit }
report-losses-title = Lost and former accounts per quarter and reason
report-losses-none = No account has been lost.
report-losses-undated = { $count ->
    [one] { $count } closed account has no closing date.
   *[other] { $count } closed accounts have no closing date.
    }
report-col-quarter = Quarter
report-refusals-title = Refusals and lost deals by reason, { $period }
report-refusals-none = No refusals or lost deals logged in this period.
report-win-back-title = Win-back list
report-win-back-none = No account is chosen for win-back.
report-col-due = Due
report-col-means = Means

## Activity.

report-activity-title = Activity and coverage
report-activity-summary = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
    } logged in { $period }.
report-col-channel = Channel
report-col-outcome = Outcome
report-col-contacts = Contacts
report-outcome-none = Not recorded
report-rhythm-title = Contacts per account and month
report-rhythm-none = No open accounts.
report-col-rhythm = Rhythm
report-uncovered-title = Decision makers and influencers not contacted within the standard
report-uncovered-none = Every decision maker and influencer is covered.
report-col-person = Person
report-col-role = Role
report-col-last-contact = Last contact
report-col-standard = Standard, days

## The HTML report.

report-html-title = Key account portfolio: analysis
report-html-prepared = Prepared on { $date }.
report-html-footer = Made with keyplan from the portfolio's sales history and contact log.
cli-report-arg-currency = Analyse the accounts in this currency (ISO 4217 code); by default the currency of most accounts
report-currency-note = Amounts in { $currency }. Accounts in other currencies are never added to them; analyse them with --currency: { $others }.
report-currency-none = no currency
cli-report-arg-excel = CSV for spreadsheet programs: UTF-8 with a byte order mark, semicolons, CRLF (also the setting csv_excel)
