# Імпорт файлів: що повідомляється про відхилений файл, одним реченням.

import-encoding-unknown = файл не в жодному з кодувань, які читає keyplan ({ $tried }): збережіть його як CSV UTF-8

import-line = рядок { $line }

## CSV

import-csv-column = стовпець «{ $column }»
import-csv-header = «{ $column }»
import-csv-no-headers = стовпців з назвами немає
import-csv-no-account-name = немає стовпця з назвою клієнта (назвіть його Назва, Компанія або Клієнт); у файлі: { $found }; keyplan читає: { $expected }
import-csv-no-person-name = немає стовпця з іменем людини (назвіть його ПІБ або Ім'я та Прізвище); у файлі: { $found }; keyplan читає: { $expected }
import-csv-account-name-empty = назва клієнта порожня
import-csv-person-name-empty = ім'я людини порожнє
import-csv-unclosed-quote = значення в лапках, що починається тут, не закрите (бракує ")
import-csv-not-a-number = «{ $value }» — не ціле число
import-csv-not-a-date = «{ $value }» — не дата (РРРР-ММ-ДД або ДД.ММ.РРРР)
import-csv-not-a-headcount = { $value } — не кількість працівників
import-csv-not-days = { $value } — не кількість днів (1 або більше)
import-csv-not-influence = вплив — від 1 до 5, а не { $value }
import-csv-not-a-choice = «{ $value }» — не { $what } (одне з: { $keys })
import-csv-what-type = тип ключового клієнта
import-csv-what-status = статус
import-csv-what-level = рівень відносин
import-csv-what-role = роль у закупівлі
import-csv-what-attitude = ставлення
import-csv-what-channel = канал

## vCard

import-vcard-not-utf8 = текст не в UTF-8: експортуйте картки в UTF-8
import-vcard-value-not-utf8 = { $property } у quoted-printable — не текст UTF-8
import-vcard-charset-unknown = { $property } у кодуванні { $charset }, якого keyplan не знає: експортуйте картки в UTF-8
import-vcard-charset = { $property } — не текст у кодуванні { $charset }: експортуйте картки в UTF-8
import-vcard-card-in-card = картка починається всередині картки з рядка { $begun } (бракує END:VCARD?)
import-vcard-end-without-begin = END:VCARD без BEGIN:VCARD перед ним
import-vcard-outside = { $property } поза BEGIN:VCARD … END:VCARD: це файл vCard?
import-vcard-unended = файл закінчується всередині картки з рядка { $begun } (немає END:VCARD)
import-vcard-no-cards = у файлі немає жодної картки (BEGIN:VCARD)
import-vcard-no-colon = «{ $start }» — не властивість vCard: немає двокрапки
import-vcard-bad-name = «{ $name }» — не назва властивості vCard
import-vcard-bad-qp = «{ $shown }» — не quoted-printable (= і дві шістнадцяткові цифри)
import-vcard-version = vCard версії { $version } не підтримується (підтримуються 2.1, 3.0 і 4.0)
import-vcard-bad-bday = BDAY «{ $text }» — не дата (РРРР-ММ-ДД або РРРРММДД)
import-vcard-no-name = картка, що починається в цьому рядку, не має імені (FN або N)

import-touchpoint-after-today = { $date } пізніше за сьогодні ({ $today }) більш ніж на { $days } { $days ->
    [one] день
    [few] дні
   *[many] днів
}: контакт записує те, що вже відбулося

## Власний JSON keyplan

import-json-two-refs = клієнт «{ $name }»: дві людини мають ref { $reference }
import-json-unknown-boss = клієнт «{ $name }»: { $person } підпорядковується ref { $boss }, але людини з таким ref немає
import-json-circle = клієнт «{ $name }»: { $person } через коло керівників підпорядковувався б сам собі
import-json-unknown-person = клієнт «{ $name }»: контакт від { $date } посилається на людину з ref { $reference }, але людини з таким ref немає
import-json-empty = файл порожній
import-json-newer = файл записано новішою версією keyplan (версія формату { $version }; ця читає до { $known })
import-json-no-version = немає поля "version"
import-json-not-ours = це не експорт keyplan (немає поля "format": "{ $format }")
import-json-ends-early = файл закінчується зарано ({ $message }): він повний?
import-json-touchpoint-place = клієнт «{ $name }», контакт { $n } («{ $summary }»)
import-not-utf8 = текст не в UTF-8: збережіть файл у кодуванні UTF-8
import-json-name-empty = назва чи ім'я не може бути порожнім
import-vcard-bday-text = BDAY як текст
