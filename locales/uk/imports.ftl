# Імпорт файлів: що повідомляється про відхилений файл, одним реченням.

import-encoding-unknown = файл не в жодному з кодувань, які читає keyplan ({ $tried }): збережіть його як CSV UTF-8

## CSV

import-csv-column = стовпець «{ $column }»
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
import-vcard-charset = { $property } — не текст у кодуванні { $charset }: експортуйте картки в UTF-8
