# What changed, in words: the history's lines, the import report, and the
# names of the fields they mention (lower case, inside a sentence).

## Field names

field-name = name
field-type = type
field-client-type = client type
field-level = level
field-level-now = level now
field-target-level = target level
field-level-target = level target
field-status = status
field-industry = industry
field-region = region
field-headcount = headcount
field-annual-sales = annual sales
field-cooperation-start = cooperation start
field-description = description
field-development-history = development history
field-organisational-structure = organisational structure
field-org-structure = org structure
field-market-environment = market environment
field-preferred-products = preferred products
field-contact-frequency = contact frequency
field-contact-every-days = contact every days
field-created-on = created on
field-charter = charter
field-situation-assessment = situation assessment
field-strategy = strategy
field-year = year
field-product = product
field-planned-volume = planned volume
field-expected-profit = expected profit
field-resources = resources
field-title = title
field-due = due
field-done = done
field-note = note
field-job-title = job title
field-role = role
field-influence = influence
field-attitude = attitude
field-reports-to = reports to
field-channel = channel
field-e-mail = e-mail
field-email = email
field-phone = phone
field-birthday = birthday
field-notes = notes
field-position = position
field-strengths = strengths
field-weaknesses = weaknesses
field-date = date
field-time = time
field-people = people
field-summary = summary
field-outcome = outcome
field-reason = reason
field-next-step = next step
field-next-step-due = next step due
field-next-step-done = next step done
field-followed-by = followed by

## The history, one line per change

history-verb-created = created
history-verb-changed = changed
history-verb-deleted = deleted
history-verb-restored = restored
history-verb-reviewed = reviewed
history-line-text = { $title } { $verb } (+{ $added } −{ $removed } words)
history-line-review-taken-back = review of { $date } taken back
history-line-reviewed = plan reviewed on { $date }
history-line-reviewed-milestone = plan reviewed on { $date } (milestone «{ $milestone }» done)
history-line-snoozed = alert { $alert } snoozed until { $date }
history-line-unsnoozed = alert { $alert } no longer snoozed
history-line-record = { $kind } «{ $name }» { $verb }
history-line-record-fields = { $kind } «{ $name }» { $verb }: { $fields }

## The import report (--dry-run, and after an import)

import-add-account = add account "{ $name }"
import-add-account-with = add account "{ $name }" with { $items }
import-into-account = into account "{ $name }":
import-merge-account = merge into account "{ $name }":
import-skip-account = skip account "{ $name }": nothing new
import-fill = fill { $fields }
import-keep = keep { $fields } (the file differs)
import-item-add = add { $kind } "{ $label }"
import-item-fill = fill { $kind } "{ $label }": { $fields }
import-item-keep = ; keep { $fields }
import-item-skip = skip { $kind } "{ $label }": already there
import-ignored = ignored: { $what }
import-count-objective = { $n ->
    [one] { $n } objective
   *[other] { $n } objectives
}
import-count-milestone = { $n ->
    [one] { $n } milestone
   *[other] { $n } milestones
}
import-count-person = { $n ->
    [one] { $n } person
   *[other] { $n } people
}
import-count-competitor = { $n ->
    [one] { $n } competitor
   *[other] { $n } competitors
}
import-count-touchpoint = { $n ->
    [one] { $n } touchpoint
   *[other] { $n } touchpoints
}
import-summary-accounts = { $added ->
    [one] { $added } account
   *[other] { $added } accounts
} added, { $merged } merged, { $same } already there
import-summary-accounts-would = { $added ->
    [one] { $added } account
   *[other] { $added } accounts
} would be added, { $merged } merged, { $same } already there
import-summary-people = { $added ->
    [one] { $added } person
   *[other] { $added } people
} added, { $merged } merged, { $same } already there, in account "{ $name }"
import-summary-people-would = { $added ->
    [one] { $added } person
   *[other] { $added } people
} would be added, { $merged } merged, { $same } already there, in account "{ $name }"
import-summary-new-items = ; new in existing accounts: { $items }
field-currency = currency
field-closed-on = closed on
field-loss-reason = reason for the loss
field-loss-note = loss note
field-win-back = win-back plan
