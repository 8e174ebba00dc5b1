## losses: lost customers: reasons, lapsing, the win-back list

loss-reason-price = Price
loss-reason-quality = Quality
loss-reason-service = Service
loss-reason-competitor = Competitor
loss-reason-relocation = Relocation
loss-reason-other = Other

win-back-means-special_offer = Special offer
win-back-means-gift = Gift
win-back-means-discount = Discount
win-back-means-meeting = Meeting
win-back-means-other = Other

## The alerts of the check ($days and $lost_after are numbers of days; $date
## is written the language's way; $item is alert-quoted or empty; $means is
## a label of win-back-means).
losses-alert-lapsing = no purchase for { $days } { $days ->
        [one] day
       *[other] days
    }; lost after { $lost_after }
losses-alert-lost = no purchase for { $days } { $days ->
        [one] day
       *[other] days
    }; lost after { $lost_after }: close it as lost or plan a win-back
losses-alert-win-back-today = win-back today: { $means }{ $item }
losses-alert-win-back = win-back ({ $means }){ $item } is { $days } { $days ->
        [one] day
       *[other] days
    } late (planned for { $date })

## The form of a lost or former account (labels at most 17 characters wide).
losses-label-reason = Why lost
losses-label-loss-note = Loss note
losses-label-closed-on = Closed on
losses-label-win-back = Win back with
losses-label-win-back-due = Win back on
losses-label-win-back-note = Win-back note
losses-form-reason-required = say why the customer was lost
losses-form-closed-after-today = a closing date after today cannot be
losses-form-win-back-needs-date = a win-back needs a date
losses-form-win-back-needs-means = choose how to win it back, or empty the date

## The dossier's Overview and the Markdown and text documents.
losses-fact-currency = Currency
losses-fact-closed = Closed
losses-fact-win-back = Win-back
# $status is the account's status (Lost, Former); $date the closing day; $reason a loss-reason label.
losses-closed = { $status } since { $date }: { $reason }
losses-closed-no-reason = { $status } since { $date }
losses-win-back-plan = { $means } on { $date }

## keyplan close and keyplan win-back.
cli-close-about = Close an account as lost or former, with the reason
cli-close-after =
    Examples:
      keyplan close acme --as lost --reason price --note "went with a cheaper supplier"
      keyplan close 12 --as former --reason relocation --date 2026-10-31
    Reasons: price, quality, service, competitor, relocation, other.
    Reopen an account by setting its status in the workbench: the closing
    date goes, the reason stays in the history.
cli-close-arg-account = The account: its id, its name, or the start of its name or of one of its words
cli-close-arg-as = lost (the customer left) or former (no longer a customer of ours, by agreement)
cli-close-arg-reason = Why: price, quality, service, competitor, relocation or other
cli-close-arg-note = What happened, in a few words
cli-close-arg-date = The day it was closed: 2026-12-31, 31.12.2026, yesterday, -3d [default: today]
cli-win-back-about = Put a lost or former account on the win-back list, or take it off
cli-win-back-after =
    Examples:
      keyplan win-back acme --means special_offer --date 2027-02-01 --note "10% on the spring order"
      keyplan win-back acme --clear
    Means: special_offer, gift, discount, meeting, other. The check alerts
    the plan on its date, and as overdue after it.
cli-win-back-arg-account = The account: its id, its name, or the start of its name or of one of its words
cli-win-back-arg-means = How: special_offer, gift, discount, meeting or other
cli-win-back-arg-date = The day to act: 2027-02-01, 01.02.2027, 1.2, +30d
cli-win-back-arg-note = The offer or the plan, in a few words
cli-win-back-arg-clear = Take the account off the win-back list
shell-close-done = { $name }: closed as { $status } on { $date } ({ $reason }).
shell-close-already = { $name } is already { $status } (closed on { $date }): nothing was changed; change its closing date, reason or note in the account's form in the workbench
shell-close-after-today = the closing date { $date } is after today ({ $today })
shell-win-back-done = { $name }: win-back with { $means } on { $date }.
shell-win-back-cleared = { $name } is off the win-back list.
shell-win-back-was-not = { $name } was not on the win-back list.
shell-win-back-open = { $name } is open ({ $status }): only lost and former accounts go on the win-back list; close it first with `keyplan close`.
shell-win-back-needs = say how and when: --means and --date (or --clear)

## settings.toml: the [analysis] table.
losses-settings-percent = { $name } must be a percentage from { $min } to { $max }, not { $found }; the default is used
losses-settings-analysis-table = analysis must be a table ([analysis] with pareto_cutoff, abc_a, lost_after_days...); the defaults are used
losses-settings-by-type-table = analysis.lost_after_days_by_type must be a table such as { "{" } expert = 365 { "}" }; lost_after_days is used for every type
losses-settings-unknown-type = unknown key-client type `analysis.lost_after_days_by_type.{ $name }` is ignored (the types are breadwinner, prospect, image_maker, expert)
losses-settings-out-of-order = { $high_name } ({ $high }) must not be less than { $low_name } ({ $low }); the defaults of both are used
losses-settings-template =
    # The analysis of the sales history. Shares and variations are in
    # percent: 80 means 80%.
    {"["}analysis]
    # The Pareto line: the accounts that make this share of sales (1 to 100).
    pareto_cutoff = { $pareto }
    # ABC: A up to this cumulative share of sales, B up to the next, C the rest.
    abc_a = { $abc_a }
    abc_b = { $abc_b }
    # XYZ: X up to this variation of monthly sales (standard deviation over
    # the mean), Y up to the next, Z above (0 to 1000).
    xyz_x = { $xyz_x }
    xyz_y = { $xyz_y }
    # Fewer months of history than this (1 to { $max_min_months }): no XYZ class.
    xyz_min_months = { $min_months }
    # A customer whose average month is below this amount (in whole units)
    # buys below the minimum order; 0 turns the check off.
    minimum_order = { $minimum_order }
    # The lost-client criterion: no purchase for this many days and the
    # account counts as lost (0 to { $max_lost_after }; 0: never). The check warns
    # lapsing_warn_days before that.
    lost_after_days = { $lost_after }
    lapsing_warn_days = { $warn }
    # Another criterion for one key-client type:
    # {"["}analysis.lost_after_days_by_type]
    # expert = 365

# The portfolio's Late column: after the days late, a mark for an account
# without a purchase for a while (one narrow character).
losses-portfolio-lapsing = ↓
