## sales: the sales history: the dossier section, the shell and the import

err-currency-code = валюта — це три літери коду ISO 4217, як-от «UAH», а не «{ $code }»
err-sales-too-large = продажі за { $month } містять завелику для місяця суму: перевірте десятковий знак
err-sales-changed-since = продажі за { $month } змінено деінде, відколи їх прочитано: нічого не записано; прочитайте їх знову

## The shell: keyplan sales

cli-sales-about = Історія продажів: додати продажі за місяць, переглянути їх, імпортувати CSV з облікової системи
cli-sales-after =
    Приклади:
      keyplan sales add Укрмережа --month 2026-10 --amount "1 250,50" --product Датчики
      keyplan sales list Укрмережа --format csv > ukrmerezha.csv
      keyplan sales import vyvantazhennia-1c.csv --dry-run
      keyplan sales import vyvantazhennia-1c.csv

    Файл продажів має стовпці «Клієнт» (id або точна назва), «Дата» або «Місяць», «Сума», а за
    потреби «Прибуток», «Обсяг», «Товар» і «Валюта»; заголовки також англійською, російською й
    грузинською. У кожному місяці клієнта з файлу кожен товар, названий у файлі, отримує підсумок
    файлу за нього, а інші товари лишаються: повторний імпорт того самого файлу нічого не
    змінює, виправлений файл замінює товари й місяці, які охоплює.
cli-sales-add-about = Додати продаж до місяця клієнта (до рядка його товару, якщо такий є)
cli-sales-add-arg-account = Клієнт: його id, назва або початок назви
cli-sales-add-arg-month = Місяць: 2026-10, 10/2026 або дата в ньому (31.10.2026); не пізніше цього місяця
cli-sales-add-arg-amount = Сума, як ви її пишете (1 250,50); від'ємна для повернення
cli-sales-add-arg-profit = Прибуток від продажу, якщо відомий
cli-sales-add-arg-volume = Продана кількість, якщо відома
cli-sales-add-arg-product = Товар, якщо продажі ведуться за товарами
cli-sales-add-arg-currency = Валюта суми (ISO 4217, як-от UAH); має збігатися з валютою клієнта
cli-sales-list-about = Продажі клієнта помісячно, найновіші першими
cli-sales-list-arg-account = Клієнт: його id, назва або її частина
cli-sales-list-arg-format = Як виводити: таблицею або JSON чи CSV для скриптів (суми — десяткові числа)
cli-sales-import-about = Імпортувати продажі з CSV-файлу: усе або нічого, з переліком кожного відхиленого рядка
cli-sales-import-arg-file = CSV-файл (UTF-8, UTF-16 або Windows-1251; коми або крапки з комою)
cli-sales-import-arg-dry-run = Показати, що буде додано й замінено, нічого не записуючи

sales-added = { $name }: продажі за { $month } тепер { $total } ({ $products ->
        [one] { $products } рядок товару
        [few] { $products } рядки товарів
       *[many] { $products } рядків товарів
    })
sales-month-invalid = «{ $found }» — не місяць: напишіть 2026-10, 10/2026 або дату, як-от 31.10.2026
sales-month-future = { $month } ще не настав: продажі вносять за цей місяць або раніші
sales-currency-other = { $name } веде продажі в { $have }, а не в { $given }: спершу перерахуйте суми
sales-list-empty = У { $name } ще немає історії продажів
sales-list-title = Продажі: { $name }
sales-list-title-in = Продажі: { $name }, у { $currency }
sales-list-total = { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
       *[many] { $months } місяців
    }, разом { $total }
sales-column-month = Місяць
sales-column-product = Товар
sales-column-amount = Сума
sales-column-profit = Прибуток
sales-column-volume = Обсяг

## The sales import

sales-import-reading = Читання
sales-import-checking = Перевірка
sales-import-writing = Запис
sales-import-columns-missing = у файлі немає стовпця { $missing }: знайдено { $found }; очікувано { $expected }
sales-import-too-many-fields = у рядку значень: { $fields }, а в заголовку стовпців: { $columns }; можливо, десяткова кома у файлі, розділеному комами? Візьміть такі суми в лапки ("1250,5") або розділіть стовпці крапкою з комою
sales-import-account-empty = клієнта не вказано
sales-import-month-empty = місяць (або дату) не вказано
sales-import-amount-empty = суму не вказано
sales-import-account-unknown = немає клієнта з id або точною назвою «{ $account }»
sales-import-account-ambiguous = «{ $account }» — назва кількох клієнтів ({ $count }): напишіть id клієнта
sales-import-more-refused = … і ще { $count ->
        [one] { $count } відхилений рядок
        [few] { $count } відхилені рядки
       *[many] { $count } відхилених рядків
    }
sales-import-refused = { $path }: { $count ->
        [one] відхилено { $count } рядок
        [few] відхилено { $count } рядки
       *[many] відхилено { $count } рядків
    }; нічого не імпортовано
sales-import-rows = { $rows ->
        [one] { $rows } рядок
        [few] { $rows } рядки
       *[many] { $rows } рядків
    } зведено в { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
       *[many] { $months } місяців
    } { $accounts ->
        [one] { $accounts } клієнта
       *[other] { $accounts } клієнтів
    }
sales-import-repeated = { $lines ->
        [one] { $lines } рядок точно повторює
        [few] { $lines } рядки точно повторюють
       *[many] { $lines } рядків точно повторюють
    } попередній: їх додано, як у файлі, що перелічує кожен продаж
sales-import-currency-set = { $name } не мав валюти й отримує { $currency } з файлу
sales-import-would-add = додати   { $name }, { $month }: { $after }
sales-import-would-replace = замінити { $name }, { $month }: { $before } → { $after }
sales-import-product-added = { $product }: { $after } (додано)
sales-import-product-replaced = { $product }: { $before } → { $after }
sales-import-product-kept = { $product }: { $amount } (лишається)
sales-import-no-product = (без товару)
sales-import-dry-run = Нічого не записано (пробний запуск): буде додано { $added ->
        [one] { $added } місяць
        [few] { $added } місяці
       *[many] { $added } місяців
    }, замінено — { $replaced }, без змін — { $same }
sales-import-done = { $path }: додано { $added ->
        [one] { $added } місяць
        [few] { $added } місяці
       *[many] { $added } місяців
    }, замінено — { $replaced }, вже як у файлі — { $same }
sales-import-months-added = продажі: { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
       *[many] { $months } місяців
    }
sales-import-months-changed = продажі: додано { $added ->
        [one] { $added } місяць
        [few] { $added } місяці
       *[many] { $added } місяців
    }, замінено — { $replaced }
sales-json-amount-too-large = сума { $amount } завелика для продажів за місяць

## Sales in the history and in import reports

sales-kind = продажі
sales-history-line = Продажі за { $month }: { $before } → { $after }
sales-field-total = разом
cli-sales-list-arg-excel = CSV для електронних таблиць: UTF-8 з міткою порядку байтів, крапка з комою, CRLF (також налаштування csv_excel)
