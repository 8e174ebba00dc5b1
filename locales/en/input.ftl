# Dates and numbers as a person types them: the refusals.
# $input is what was typed, shown as typed (control characters made visible).

input-date-unrecognised = '{$input}' is not a date: use YYYY-MM-DD, DD.MM.YYYY, DD.MM.YY, DD.MM, today, yesterday, tomorrow, +3d, -2w or +1m
input-date-no-such-day = '{$input}' is not a date: the month has no such day
input-date-out-of-range = '{$input}' is out of range
input-date-needs-year = '{$input}' needs a year, like 31.12.1980

input-amount-not-a-number = '{$input}' is not a number: type digits, like 1 250 000 or 1 250 000.50
input-amount-too-precise = '{$input}' has more than two decimals
input-amount-too-large = '{$input}' is too large
input-amount-ambiguous = '{$input}' is ambiguous: group thousands with spaces (1 250), decimals after a point or comma (1.25)
input-amount-negative = must not be negative

input-number-not-whole = '{$input}' is not a whole number
# $min and $max: the bounds of the field.
input-number-between = must be between {$min} and {$max}
