# The forms: titles, field labels, and the problems written beside a field.

form-footer = Ctrl-S save · Tab next · Esc cancel
# $name is the record's name as stored.
form-edit-named = Edit { $name }
form-account-new = New account
form-person-new = New person
form-objective-new = New annual objective
form-objective-edit = Edit annual objective
form-milestone-new = New milestone
form-milestone-edit = Edit milestone
form-competitor-new = New competitor
form-competitor-edit = Edit competitor
form-touchpoint-new = Log a touchpoint
form-touchpoint-edit = Edit touchpoint
# $about names the alert's subject.
form-snooze-title = Snooze: { $about }

## Field labels. The label column is as wide as the longest label of all
## forms: keep them short (19 characters fit a 60-column window).
form-label-name = Name
form-label-person-name = Name
form-label-client-type = Key-client type
form-label-status = Status
form-label-level-now = Level now
form-label-level-target = Level target
form-label-industry = Industry
form-label-region = Region
form-label-headcount = Headcount
form-label-annual-sales = Annual sales
form-label-cooperation-since = Cooperation since
form-label-contact-every = Contact every (days)
form-label-year = Year
form-label-product = Product or offer
form-label-planned-volume = Planned volume
form-label-expected-profit = Expected profit
form-label-resources = Resources
form-label-title = Title
form-label-due = Due
form-label-done-on = Done on
form-label-note = Note
form-label-their-position = Their position
form-label-strengths = Strengths
form-label-weaknesses = Weaknesses
form-label-job-title = Job title
form-label-buying-role = Buying role
form-label-influence = Influence (1-5)
form-label-attitude = Attitude
form-label-reports-to = Reports to
form-label-preferred-channel = Preferred channel
form-label-phone = Phone
form-label-email = Email
form-label-birthday = Birthday
form-label-notes = Notes
form-label-snooze-until = Snooze until
form-label-summary = Summary
form-label-date = Date
form-label-time = Time (HH:MM)
form-label-channel = Channel
form-label-with = With (names, a, b)
form-label-outcome = Outcome
form-label-reason = Reason
form-label-next-step = Next step
form-label-next-step-due = Next step due
form-label-next-step-done = Next step done on
form-label-follows-up = Follows up
# An open next step this contact may close, and when it was due.
form-follows-due = { $step } · due { $date }

## Problems beside a field.
form-required-name = a name is required
form-required-person-name = a name is required
form-required-product = a product or offer is required
form-required-title = a title is required
form-required-summary = a summary is required
form-required-date = a date is required
form-time-invalid = '{ $value }' is not a time: use HH:MM
form-email-without-at = an email address has an @
form-birthday-ahead = a birthday cannot be in the future
form-snooze-past = pick today or a later date
form-next-step-missing = say what the next step is
form-fix-fields = Fix the fields marked in red, then save again.

## Said by the domain's rules (the touchpoint form and `keyplan log`)

form-touchpoint-after-today = { $date } is after today ({ $today }): log a contact once it took place; plan one as a next step
form-with-nobody = no one called '{ $name }' at this account
form-with-several = '{ $name }' matches several people
form-step-no-text = (no text)
form-step-due-promised = { $step } (due { $due }, promised { $promised })
form-step-promised = { $step } (promised { $promised })
