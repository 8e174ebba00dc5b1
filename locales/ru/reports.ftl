## reports: keyplan report: text, CSV, Markdown and HTML

## Справка `keyplan report` (src/cli/help.rs).

cli-report-about = Анализ портфеля: Парето, ABC-XYZ, план и факт, потерянные клиенты, активность — таблицей, JSON, CSV, Markdown или одним HTML-файлом
cli-report-after =
    Примеры:
      keyplan report pareto                          кто даёт 80% продаж (последние 12 месяцев)
      keyplan report abc-xyz --year 2025             матрица за календарный год
      keyplan report abc-xyz --basis profit          классы по прибыли, а не по продажам
      keyplan report plan                            цели этого года против фактических продаж
      keyplan report lost --format md > lost.md
      keyplan report abc-xyz --format json | jq '.accounts[] | select(.abc == "A")'
      keyplan report --format html --output report.html    все пять отчётов с графиками
cli-report-arg-report = Отчёт: pareto, abc-xyz, plan, lost, activity или all (по умолчанию для HTML)
cli-report-arg-year = Календарный год вместо последних 12 полных месяцев (для plan: год целей)
cli-report-arg-period = Период: last-12-months, двенадцать полных месяцев перед текущим (по умолчанию)
cli-report-arg-basis = Классы ABC по продажам или по прибыли
cli-report-arg-format = Как записать отчёт
cli-report-arg-output = Записать в этот файл (личный, 0600, заменяется атомарно), а не в стандартный вывод
cli-report-name-pareto = Клиенты по доле в объёме продаж, с линией отсечения
cli-report-name-abc-xyz = Матрица ABC-XYZ и класс каждого клиента
cli-report-name-plan = Цели на год против фактических продаж, с выполнением
cli-report-name-lost = Уходящие клиенты, потери по кварталам и причинам, отказы, список на возврат
cli-report-name-activity = Контакты по каналам и результатам, ритм каждого клиента, неохваченные лица, принимающие решения
cli-report-name-all = Все отчёты один за другим
cli-report-format-text = Таблицы по ширине терминала (без подгонки, когда вывод идёт в конвейер)
cli-report-format-json = Один объект с английскими именами полей, суммы в единицах валюты, доли как дроби от 1
cli-report-format-csv = Строки отчёта со строкой заголовков, для электронных таблиц
cli-report-format-md = Таблицы Markdown
cli-report-format-html = Один самодостаточный HTML-файл с графиками (с --output или с перенаправлением)

## Отказы.

report-name-one = Назовите отчёт: pareto, abc-xyz, plan, lost, activity или all.
report-csv-one = CSV вмещает один отчёт за раз: назовите его (pareto, abc-xyz, plan, lost или activity).
report-html-terminal = HTML-отчёт не выводится в терминал: добавьте --output ФАЙЛ или перенаправьте его в файл.
report-year-invalid = { $input } — не год: --year ждёт календарный год, например 2025
report-wrote = Отчёт записан в { $path }.
report-no-history = Нет продаж за { $period }: слишком мало истории для этого отчёта.

## Общие слова.

report-col-rank = №
report-col-account = Клиент
report-col-status = Статус
report-col-sales = Продажи
report-col-profit = Прибыль
report-col-share = Доля
report-col-cumulative = Нарастающим
report-col-note = Примечание
report-col-class = Класс
report-col-cv = Вариация
report-col-type = Тип
report-col-total = Всего
report-col-count = Количество
report-col-reason = Причина
report-reason-none = Причина не указана
report-never = никогда

## Парето.

report-pareto-title = Парето: кто даёт продажи
report-pareto-summary = { $above ->
    [one] { $above } клиент
    [few] { $above } клиента
   *[other] { $above } клиентов
    } из { $accounts } дают { $cutoff } продаж за { $period } (всего { $total }).
report-pareto-line = { $cutoff } продаж над этой линией
report-pointer-not-key-above-line = над линией, но не ведётся как ключевой
report-pointer-key-far-below-line = ведётся как ключевой, но далеко под линией
report-axis-accounts = Клиенты, от крупнейшего
report-axis-cumulative = Доля продаж нарастающим итогом

## ABC-XYZ.

report-abc-xyz-title = Матрица ABC-XYZ
report-abc-xyz-summary = По показателю «{ $basis }», { $period }: A — до { $a } накопленной доли, B — до { $b }; X, когда месячные продажи колеблются до { $x }, Y — до { $y }, Z — больше. В клетке: клиенты · доля продаж.
report-without-xyz = Без XYZ
report-unclassified = { $count ->
    [one] { $count } клиент без класса (мало истории или нет продаж).
    [few] { $count } клиента без класса (мало истории или нет продаж).
   *[other] { $count } клиентов без класса (мало истории или нет продаж).
    }
report-classes-title = Клиенты и их классы

## План и факт.

report-plan-title = План и факт { $year }
report-plan-none = Нет целей на { $year } год.
report-plan-pace = Прошло { $gone } года: цель, идущая по графику, выполнена настолько же.
report-plan-totals = { $currency ->
    [none] Итого: ожидаемая прибыль { $planned }, фактическая прибыль { $actual }, продажи { $sales }.
   *[other] Итого в { $currency }: ожидаемая прибыль { $planned }, фактическая прибыль { $actual }, продажи { $sales }.
}
report-col-product = Продукт
report-col-planned-volume = Плановый объём
report-col-actual-volume = Фактический объём
report-col-volume-done = Выполнение объёма
report-col-expected-profit = Ожидаемая прибыль
report-col-profit-done = Выполнение прибыли
report-chart-plan-profit = Фактическая прибыль относительно ожидаемой
report-chart-pace = График: { $gone }

## Потерянные клиенты.

report-lost-title = Потерянные клиенты и возврат
report-lapsing-title = Уходящие: активные клиенты без недавних закупок
report-lapsing-none = Ни один активный клиент не уходит.
report-lapsing-lost = потерян по правилу
report-lapsing-warn = уходит
report-col-last-purchase = Последняя закупка
report-col-days = Дней без закупок
report-col-state = Состояние
report-days = { $days } из { $limit }
report-losses-title = Потерянные и бывшие клиенты по кварталам и причинам
report-losses-none = Ни один клиент не потерян.
report-losses-undated = { $count ->
    [one] { $count } закрытый клиент без даты закрытия.
    [few] { $count } закрытых клиента без даты закрытия.
   *[other] { $count } закрытых клиентов без даты закрытия.
    }
report-col-quarter = Квартал
report-refusals-title = Отказы и проигранные сделки по причинам, { $period }
report-refusals-none = За этот период не записано ни отказов, ни проигранных сделок.
report-win-back-title = Список на возврат
report-win-back-none = Ни один клиент не выбран для возврата.
report-col-due = Срок
report-col-means = Средство

## Активность.

report-activity-title = Активность и охват
report-activity-summary = { $contacts ->
    [one] { $contacts } контакт записан
    [few] { $contacts } контакта записано
   *[other] { $contacts } контактов записано
    } за { $period }.
report-col-channel = Канал
report-col-outcome = Результат
report-col-contacts = Контакты
report-outcome-none = Не указан
report-rhythm-title = Контакты по клиентам и месяцам
report-rhythm-none = Нет активных клиентов.
report-col-rhythm = Ритм
report-uncovered-title = Лица, принимающие решения, и влиятельные лица без контакта в пределах стандарта
report-uncovered-none = Все лица, принимающие решения, и влиятельные лица охвачены.
report-col-person = Лицо
report-col-role = Роль
report-col-last-contact = Последний контакт
report-col-standard = Стандарт, дней

## HTML-отчёт.

report-html-title = Портфель ключевых клиентов: анализ
report-html-prepared = Подготовлено { $date }.
report-html-footer = Создано keyplan по истории продаж и журналу контактов портфеля.
cli-report-arg-currency = Анализировать клиентов в этой валюте (код ISO 4217); по умолчанию — валюта большинства клиентов
report-currency-note = Суммы в { $currency }. Клиенты в других валютах к ним не добавлены; проанализируйте их с --currency: { $others }.
report-currency-none = без валюты
cli-report-arg-excel = CSV для электронных таблиц: UTF-8 с меткой порядка байтов, точка с запятой, CRLF (также настройка csv_excel)
