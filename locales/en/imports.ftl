# Importing files: what a refused file is told, in one sentence.

import-encoding-unknown = the file is in none of the encodings keyplan reads ({ $tried }): save it as UTF-8 CSV

## CSV

import-csv-column = column "{ $column }"
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
import-vcard-charset = { $property } is not text in the charset { $charset }: export the cards as UTF-8
