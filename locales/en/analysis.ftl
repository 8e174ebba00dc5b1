## analysis: the analysis screen: Pareto, ABC-XYZ, plan against actual, lost and win-back, activity

analysis-title = Analysis
analysis-keys-title = Keys: analysis
analysis-tab-pareto = Pareto
analysis-tab-matrix = ABC-XYZ
analysis-tab-plan = Plan vs actual
analysis-tab-lost = Lost
analysis-tab-activity = Activity
analysis-basis-sales = by sales
analysis-basis-profit = by profit
analysis-period-last-twelve = last 12 months ({ $first } – { $through })
analysis-period-year = { $year }
analysis-percent = { $value } %
analysis-days = { $days } d

analysis-col-rank = #
analysis-col-account = Account
analysis-col-sales = Sales
analysis-col-profit = Profit
analysis-col-volume = Volume
analysis-col-share = Share
analysis-col-cumulative = Cum.
analysis-col-objective = Account / product
analysis-col-month = Month
analysis-col-products = Products
analysis-col-last-purchase = Bought
analysis-col-days = Days
analysis-col-means = Means
analysis-col-date = Date
analysis-col-note = Note
analysis-col-person = Person
analysis-col-last-contact = Last contact
analysis-col-standard = Standard

analysis-empty-sales = No sales history yet: import it with keyplan sales import FILE, or add a sale in a dossier's Sales section (9, then n).
analysis-empty-plan = No objectives for { $year }: add them in a dossier's Implementation section (5, then n); [ and ] change the year.
analysis-empty-lost = Nobody is lapsing, no account was lost and no refusal is logged.
analysis-empty-activity = No contacts logged in this period.
analysis-without-history = { $count ->
    [one] (1 account without sales history)
   *[other] ({ $count } accounts without sales history)
}

analysis-pareto-headline = { $above } of { $total } accounts carry { $cutoff } of sales.
analysis-pareto-headline-profit = { $above } of { $total } accounts carry { $cutoff } of profit.
analysis-pareto-line = { $cutoff } line
analysis-pareto-not-key = above the line, not worked as key yet
analysis-pareto-key-below = key account far below the line
analysis-pareto-curve = Cumulative share by rank

analysis-xyz-x = X steady
analysis-xyz-y = Y varying
analysis-xyz-z = Z irregular
analysis-xyz-none = too little history
analysis-matrix-accounts = { $count ->
    [one] 1 account
   *[other] { $count } accounts
}
analysis-matrix-unclassified = { $count ->
    [one] 1 account unclassified (no sales history, or nothing sold in the period).
   *[other] { $count } accounts unclassified (no sales history, or nothing sold in the period).
}
analysis-matrix-rules = Each cell: its accounts and their share of sales. A: the accounts that make the first { $a } of sales (the one crossing it included), B the next up to { $b }, C the rest; X varies up to { $x } a month, Y up to { $y }, Z more. Enter lists a cell.
analysis-matrix-listing = { $class }: { $count ->
    [one] 1 account
   *[other] { $count } accounts
}
analysis-matrix-empty-cell = No account in this cell.

analysis-plan-headline = Objectives of { $year } · { $gone } of the year gone (│ on the bars)
analysis-plan-no-number = no number
analysis-plan-totals = { $objectives ->
    [one] 1 objective
   *[other] { $objectives } objectives
}: profit { $made } of { $planned } ({ $done }) · sales { $sales }{ $currency ->
    [none] {""}
   *[other] {" "}{ $currency }
}

analysis-lost-lapsing = Lapsing: no purchase for a while
analysis-lost-none-lapsing = Every open account bought recently.
analysis-lost-lost = lost
analysis-lost-warning = lapsing
analysis-lost-by-quarter = Lost accounts by quarter and reason
analysis-lost-none-closed = No account was closed as lost or former.
analysis-lost-no-reason = no reason given
analysis-lost-undated = { $count ->
    [one] 1 closed account without a closing date
   *[other] { $count } closed accounts without a closing date
}
analysis-lost-refusals = Refusals and lost deals by reason
analysis-lost-none-refused = No refusal or lost deal logged in this period.
analysis-lost-more-reasons = { $count ->
    [one] … and 1 more reason: keyplan report lost lists them all
   *[other] … and { $count } more reasons: keyplan report lost lists them all
}
analysis-lost-win-back = Win-back list
analysis-lost-none-win-back = No lost account is chosen for win-back.

analysis-activity-by-channel = { $total ->
    [one] 1 contact by channel
   *[other] { $total } contacts by channel
}
analysis-activity-by-outcome = By outcome
analysis-activity-no-outcome = none
analysis-activity-uncovered = Decision makers and influencers not contacted within the standard
analysis-activity-all-covered = Every decision maker and influencer was contacted within the standard.
analysis-activity-rhythm = Contacts per month

analysis-dossier-rhythm = contacts
analysis-dossier-sales-empty = No sales history yet: { $key } adds a sale, or import with keyplan sales import FILE.
analysis-dossier-sales-headline = { $currency ->
    [none] Last 12 months { $total } · { $key } adds a sale
   *[other] In { $currency } · last 12 months { $total } · { $key } adds a sale
}
analysis-people-last-contact = Last contact
analysis-people-uncovered = not contacted within { $days } days
analysis-plan-actual-title = Plan vs actual, by objective
analysis-plan-actual-line = { $year }: profit { $made } of { $planned } ({ $done }) · volume { $volume } · sales { $sales }

dossier-tab-sales = Sales
dossier-tab-short-sales = Sales

sale-form-title = New sale
sale-form-title-in = New sale (in { $currency })
sale-label-month = Month
sale-label-amount = Amount
sale-label-profit = Profit
sale-label-volume = Volume
sale-label-product = Product
sale-month-required = a month, such as 2026-10 or 10/2026
sale-month-invalid = "{ $input }" is not a month: write 2026-10 or 10/2026
sale-month-future = { $month } has not begun yet
sale-amount-required = an amount (a return is negative)
sale-status-added = Sale added: { $month } now totals { $total }

key-analysis = the analysis: Pareto, ABC-XYZ, plan vs actual, lost, activity
key-analysis-tab-next = next / previous tab
key-analysis-tabs = go to tab 1 Pareto … 5 Activity
key-analysis-cell = move between the matrix's cells
key-analysis-open = list the cell's accounts / open the account
key-analysis-period = earlier / later period: calendar years, then the last 12 months
key-analysis-basis = rank by sales or by profit
key-analysis-back = back (from a cell's list to the matrix)

analysis-column-class = Cl
key-analysis-currency = the accounts in the next currency
analysis-currency-note = In { $currency } · c: { $others }
analysis-currency-none = no currency
