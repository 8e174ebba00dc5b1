## sales: the sales history: the dossier section, the shell and the import

err-currency-code = валюта — это три буквы кода ISO 4217, например «UAH», а не «{ $code }»
err-sales-too-large = продажи за { $month } содержат слишком большую для месяца сумму: проверьте десятичный знак
err-sales-changed-since = продажи за { $month } изменены в другом месте после чтения: ничего не записано; прочитайте их снова

## The shell: keyplan sales

cli-sales-about = История продаж: добавить продажи за месяц, посмотреть их, импортировать CSV из учётной системы
cli-sales-after =
    Примеры:
      keyplan sales add Укрмережа --month 2026-10 --amount "1 250,50" --product Датчики
      keyplan sales list Укрмережа --format csv > ukrmerezha.csv
      keyplan sales import vygruzka-1c.csv --dry-run
      keyplan sales import vygruzka-1c.csv

    Файл продаж содержит столбцы «Клиент» (id или точное название), «Дата» или «Месяц»,
    «Сумма», а при необходимости «Прибыль», «Объем», «Продукт» и «Валюта»; заголовки также
    на английском, украинском и грузинском. В каждом месяце клиента из файла каждый продукт,
    названный в файле, получает итог файла за него, а другие продукты остаются: повторный
    импорт того же файла ничего не меняет, исправленный файл заменяет продукты и месяцы,
    которые охватывает.
cli-sales-add-about = Добавить продажу к месяцу клиента (к строке её продукта, если такая есть)
cli-sales-add-arg-account = Клиент: его id, название или начало названия
cli-sales-add-arg-month = Месяц: 2026-10, 10/2026 или дата в нём (31.10.2026); не позже текущего месяца
cli-sales-add-arg-amount = Сумма, как вы её пишете (1 250,50); отрицательная для возврата
cli-sales-add-arg-profit = Прибыль от продажи, если известна
cli-sales-add-arg-volume = Проданное количество, если известно
cli-sales-add-arg-product = Продукт, если продажи ведутся по продуктам
cli-sales-add-arg-currency = Валюта суммы (ISO 4217, например UAH); должна совпадать с валютой клиента
cli-sales-list-about = Продажи клиента по месяцам, сначала новые
cli-sales-list-arg-account = Клиент: его id, название или его часть
cli-sales-list-arg-format = Как выводить: таблицей или JSON либо CSV для скриптов (суммы — десятичные числа)
cli-sales-import-about = Импортировать продажи из CSV-файла: всё или ничего, с перечнем каждой отклонённой строки
cli-sales-import-arg-file = CSV-файл (UTF-8, UTF-16 или Windows-1251; запятые или точки с запятой)
cli-sales-import-arg-dry-run = Показать, что будет добавлено и заменено, ничего не записывая

sales-added = { $name }: продажи за { $month } теперь { $total } ({ $products ->
        [one] { $products } строка продукта
        [few] { $products } строки продуктов
       *[many] { $products } строк продуктов
    })
sales-month-invalid = «{ $found }» — не месяц: напишите 2026-10, 10/2026 или дату, например 31.10.2026
sales-month-future = { $month } ещё не наступил: продажи вносят за текущий месяц или более ранние
sales-currency-other = { $name } ведёт продажи в { $have }, а не в { $given }: сначала пересчитайте суммы
sales-list-empty = У { $name } ещё нет истории продаж
sales-list-title = Продажи: { $name }
sales-list-title-in = Продажи: { $name }, в { $currency }
sales-list-total = { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[many] { $months } месяцев
    }, всего { $total }
sales-column-month = Месяц
sales-column-product = Продукт
sales-column-amount = Сумма
sales-column-profit = Прибыль
sales-column-volume = Объем

## The sales import

sales-import-reading = Чтение
sales-import-checking = Проверка
sales-import-writing = Запись
sales-import-columns-missing = в файле нет столбца { $missing }: найдено { $found }; ожидалось { $expected }
sales-import-too-many-fields = в строке значений: { $fields }, а в заголовке столбцов: { $columns }; возможно, десятичная запятая в файле, разделенном запятыми? Возьмите такие суммы в кавычки ("1250,5") или разделите столбцы точкой с запятой
sales-import-account-empty = клиент не указан
sales-import-month-empty = месяц (или дата) не указан
sales-import-amount-empty = сумма не указана
sales-import-account-unknown = нет клиента с id или точным названием «{ $account }»
sales-import-account-ambiguous = «{ $account }» — название нескольких клиентов ({ $count }): укажите id клиента
sales-import-more-refused = … и ещё { $count ->
        [one] { $count } отклонённая строка
        [few] { $count } отклонённые строки
       *[many] { $count } отклонённых строк
    }
sales-import-refused = { $path }: { $count ->
        [one] отклонена { $count } строка
        [few] отклонены { $count } строки
       *[many] отклонено { $count } строк
    }; ничего не импортировано
sales-import-rows = { $rows ->
        [one] { $rows } строка сведена
        [few] { $rows } строки сведены
       *[many] { $rows } строк сведены
    } в { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[many] { $months } месяцев
    } { $accounts ->
        [one] { $accounts } клиента
       *[other] { $accounts } клиентов
    }
sales-import-repeated = { $lines ->
        [one] { $lines } строка точно повторяет
        [few] { $lines } строки точно повторяют
       *[many] { $lines } строк точно повторяют
    } предыдущую: они сложены, как в файле, где перечислена каждая продажа
sales-import-currency-set = У { $name } не было валюты, теперь { $currency } из файла
sales-import-would-add = добавить { $name }, { $month }: { $after }
sales-import-would-replace = заменить { $name }, { $month }: { $before } → { $after }
sales-import-product-added = { $product }: { $after } (добавлено)
sales-import-product-replaced = { $product }: { $before } → { $after }
sales-import-product-kept = { $product }: { $amount } (остается)
sales-import-no-product = (без продукта)
sales-import-dry-run = Ничего не записано (пробный запуск): { $added ->
        [one] будет добавлен { $added } месяц
        [few] будут добавлены { $added } месяца
       *[many] будет добавлено { $added } месяцев
    }, заменено — { $replaced }, без изменений — { $same }
sales-import-done = { $path }: { $added ->
        [one] добавлен { $added } месяц
        [few] добавлены { $added } месяца
       *[many] добавлено { $added } месяцев
    }, заменено — { $replaced }, уже как в файле — { $same }
sales-import-months-added = продажи: { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[many] { $months } месяцев
    }
sales-import-months-changed = продажи: { $added ->
        [one] добавлен { $added } месяц
        [few] добавлены { $added } месяца
       *[many] добавлено { $added } месяцев
    }, заменено — { $replaced }
sales-json-amount-too-large = сумма { $amount } слишком велика для продаж за месяц

## Sales in the history and in import reports

sales-kind = продажи
sales-history-line = Продажи за { $month }: { $before } → { $after }
sales-field-total = всего
cli-sales-list-arg-excel = CSV для электронных таблиц: UTF-8 с меткой порядка байтов, точка с запятой, CRLF (также настройка csv_excel)
