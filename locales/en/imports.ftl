# Importing files: what a refused file is told, in one sentence.

import-encoding-unknown = the file is in none of the encodings keyplan reads ({ $tried }): save it as UTF-8 CSV

# Where in the file: "people.csv line 3, column ...".
import-line = line { $line }

## CSV

import-csv-column = column "{ $column }"
import-csv-header = "{ $column }"
import-csv-no-headers = no named columns
import-csv-no-account-name = there is no column for the account's name (call it name, company or account); the file has { $found }; keyplan reads { $expected }
import-csv-no-person-name = there is no column for the person's name (call it name or full name, or first name and last name); the file has { $found }; keyplan reads { $expected }
import-csv-account-name-empty = the account's name is empty
import-csv-person-name-empty = the person's name is empty
import-csv-unclosed-quote = a quoted value that starts here is never closed (a " is missing)
import-csv-not-a-number = "{ $value }" is not a whole number
import-csv-not-a-date = "{ $value }" is not a date (YYYY-MM-DD or DD.MM.YYYY)
import-csv-not-a-headcount = { $value } is not a headcount
import-csv-not-days = { $value } is not a number of days (1 or more)
import-csv-not-influence = influence is 1 to 5, not { $value }
import-csv-not-a-choice = "{ $value }" is not a { $what } (one of { $keys })
import-csv-what-type = key-client type
import-csv-what-status = status
import-csv-what-level = relationship level
import-csv-what-role = buying role
import-csv-what-attitude = attitude
import-csv-what-channel = channel

## vCard

import-vcard-not-utf8 = the text is not UTF-8: export the cards as UTF-8
import-vcard-value-not-utf8 = the quoted-printable { $property } is not UTF-8 text
import-vcard-charset-unknown = { $property } is in the charset { $charset }, which keyplan does not know: export the cards as UTF-8
import-vcard-charset = { $property } is not text in the charset { $charset }: export the cards as UTF-8
import-vcard-card-in-card = a card begins inside the card begun on line { $begun } (is END:VCARD missing?)
import-vcard-end-without-begin = END:VCARD without a BEGIN:VCARD before it
import-vcard-outside = { $property } is outside BEGIN:VCARD … END:VCARD: is this a vCard file?
import-vcard-unended = the file ends inside the card begun on line { $begun } (no END:VCARD)
import-vcard-no-cards = there is no card (BEGIN:VCARD) in the file
import-vcard-no-colon = "{ $start }" is not a vCard property: it has no colon
import-vcard-bad-name = "{ $name }" is not a vCard property name
import-vcard-bad-qp = "{ $shown }" is not quoted-printable (= and two hex digits)
import-vcard-version = vCard version { $version } is not supported (2.1, 3.0 and 4.0 are)
import-vcard-bad-bday = BDAY "{ $text }" is not a date (YYYY-MM-DD or YYYYMMDD)
import-vcard-no-name = the card begun on this line has no name (FN or N)

import-touchpoint-after-today = { $date } is more than { $days } days after today ({ $today }): a touchpoint records a contact that took place

## keyplan's own JSON

import-json-two-refs = account "{ $name }": two people have ref { $reference }
import-json-unknown-boss = account "{ $name }": { $person } reports to ref { $boss }, but no person has that ref
import-json-circle = account "{ $name }": { $person } would report to themselves through a circle of bosses
import-json-unknown-person = account "{ $name }": the touchpoint of { $date } refers to person ref { $reference }, but no person has that ref
import-json-empty = the file is empty
import-json-newer = it was written by a newer keyplan (format version { $version }; this one reads up to { $known })
import-json-no-version = the "version" field is missing
import-json-not-ours = it is not a keyplan export (it has no "format": "{ $format }" field)
import-json-ends-early = the file ends too early ({ $message }): is it complete?
import-json-touchpoint-place = account "{ $name }", touchpoint { $n } ("{ $summary }")
import-not-utf8 = the text is not UTF-8: save the file as UTF-8
import-json-name-empty = a name or title must not be empty
import-vcard-bday-text = BDAY as text
