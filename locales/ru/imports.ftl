# Импорт файлов: что сообщается об отклонённом файле, одним предложением.

import-encoding-unknown = файл не в одной из кодировок, которые читает keyplan ({ $tried }): сохраните его как CSV UTF-8

import-line = строка { $line }

## CSV

import-csv-column = столбец «{ $column }»
import-csv-header = «{ $column }»
import-csv-no-headers = столбцов с названиями нет
import-csv-no-account-name = нет столбца с названием клиента (назовите его Название, Компания или Клиент); в файле: { $found }; keyplan читает: { $expected }
import-csv-no-person-name = нет столбца с именем человека (назовите его ФИО или Имя и Фамилия); в файле: { $found }; keyplan читает: { $expected }
import-csv-account-name-empty = название клиента пустое
import-csv-person-name-empty = имя человека пустое
import-csv-unclosed-quote = значение в кавычках, которое начинается здесь, не закрыто (не хватает ")
import-csv-not-a-number = «{ $value }» — не целое число
import-csv-not-a-date = «{ $value }» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)
import-csv-not-a-headcount = { $value } — не численность сотрудников
import-csv-not-days = { $value } — не число дней (1 или больше)
import-csv-not-influence = влияние — от 1 до 5, а не { $value }
import-csv-not-a-choice = «{ $value }» — не { $what } (одно из: { $keys })
import-csv-what-type = тип ключевого клиента
import-csv-what-status = статус
import-csv-what-level = уровень отношений
import-csv-what-role = роль в закупке
import-csv-what-attitude = отношение
import-csv-what-channel = канал

## vCard

import-vcard-not-utf8 = текст не в UTF-8: экспортируйте карточки в UTF-8
import-vcard-value-not-utf8 = { $property } в quoted-printable — не текст UTF-8
import-vcard-charset-unknown = { $property } в кодировке { $charset }, которой keyplan не знает: экспортируйте карточки в UTF-8
import-vcard-charset = { $property } — не текст в кодировке { $charset }: экспортируйте карточки в UTF-8
import-vcard-card-in-card = карточка начинается внутри карточки со строки { $begun } (не хватает END:VCARD?)
import-vcard-end-without-begin = END:VCARD без BEGIN:VCARD перед ним
import-vcard-outside = { $property } вне BEGIN:VCARD … END:VCARD: это файл vCard?
import-vcard-unended = файл заканчивается внутри карточки со строки { $begun } (нет END:VCARD)
import-vcard-no-cards = в файле нет ни одной карточки (BEGIN:VCARD)
import-vcard-no-colon = «{ $start }» — не свойство vCard: нет двоеточия
import-vcard-bad-name = «{ $name }» — не название свойства vCard
import-vcard-bad-qp = «{ $shown }» — не quoted-printable (= и две шестнадцатеричные цифры)
import-vcard-version = vCard версии { $version } не поддерживается (поддерживаются 2.1, 3.0 и 4.0)
import-vcard-bad-bday = BDAY «{ $text }» — не дата (ГГГГ-ММ-ДД или ГГГГММДД)
import-vcard-no-name = у карточки, которая начинается в этой строке, нет имени (FN или N)

import-touchpoint-after-today = { $date } позже сегодняшнего дня ({ $today }) более чем на { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
}: контакт записывает то, что уже состоялось

## Собственный JSON keyplan

import-json-two-refs = клиент «{ $name }»: у двух человек ref { $reference }
import-json-unknown-boss = клиент «{ $name }»: { $person } подчиняется ref { $boss }, но человека с таким ref нет
import-json-circle = клиент «{ $name }»: { $person } через круг руководителей подчинялся бы сам себе
import-json-unknown-person = клиент «{ $name }»: контакт от { $date } ссылается на человека с ref { $reference }, но человека с таким ref нет
import-json-empty = файл пуст
import-json-newer = файл записан более новой версией keyplan (версия формата { $version }; эта читает до { $known })
import-json-no-version = нет поля "version"
import-json-not-ours = это не экспорт keyplan (нет поля "format": "{ $format }")
import-json-ends-early = файл заканчивается раньше времени ({ $message }): он полный?
import-json-touchpoint-place = клиент «{ $name }», контакт { $n } («{ $summary }»)
import-not-utf8 = текст не в UTF-8: сохраните файл в кодировке UTF-8
import-json-name-empty = название или имя не может быть пустым
import-vcard-bday-text = BDAY как текст
