# The alert sentences of the background check, `keyplan check` and the agenda.
# $days, $years and $age are numbers (they choose the plural form); $date is
# already written the language's way; $standard is "ideal/maximum" days.

alert-contact = no touchpoint for { $days } { $days ->
        [one] day
       *[other] days
    } (standard { $standard })
alert-contact-never = no touchpoint since it was added { $days } { $days ->
        [one] day
       *[other] days
    } ago (standard { $standard })
# $item is alert-quoted, or empty when the item has no text.
alert-follow-up = follow-up{ $item } is { $days } { $days ->
        [one] day
       *[other] days
    } late (due { $date })
alert-milestone = milestone{ $item } is { $days } { $days ->
        [one] day
       *[other] days
    } late (due { $date })
alert-birthday = { $person } turns { $age } { $when } ({ $date })
alert-birthday-round = { $person } turns { $age } { $when } ({ $date }), a round birthday
alert-birthday-no-age = { $person } has a birthday { $when } ({ $date })
alert-anniversary = { $years } { $years ->
        [one] year
       *[other] years
    } of cooperation { $when } ({ $date })
alert-when-today = today
alert-when-tomorrow = tomorrow
alert-when-in = in { $days } { $days ->
        [one] day
       *[other] days
    }
alert-quoted = {" "}"{ $item }"
