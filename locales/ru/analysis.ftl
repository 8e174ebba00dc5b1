## analysis: the analysis screen: Pareto, ABC-XYZ, plan against actual, lost and win-back, activity

analysis-title = Анализ
analysis-keys-title = Клавиши: анализ
analysis-tab-pareto = Парето
analysis-tab-matrix = ABC-XYZ
analysis-tab-plan = План и факт
analysis-tab-lost = Потерянные
analysis-tab-activity = Активность
analysis-basis-sales = по продажам
analysis-basis-profit = по прибыли
analysis-period-last-twelve = последние 12 месяцев ({ $first } – { $through })
analysis-period-year = { $year }
analysis-percent = { $value } %
analysis-days = { $days } дн.

analysis-col-rank = №
analysis-col-account = Клиент
analysis-col-sales = Продажи
analysis-col-profit = Прибыль
analysis-col-volume = Объём
analysis-col-share = Доля
analysis-col-cumulative = Нараст.
analysis-col-objective = Клиент / продукт
analysis-col-month = Месяц
analysis-col-products = Продукты
analysis-col-last-purchase = Купил
analysis-col-days = Дней
analysis-col-means = Средство
analysis-col-date = Дата
analysis-col-note = Заметка
analysis-col-person = Лицо
analysis-col-last-contact = Посл. контакт
analysis-col-standard = Стандарт

analysis-empty-sales = Истории продаж ещё нет: импортируйте её командой keyplan sales import FILE или добавьте продажу в разделе «Продажи» досье (9, затем n).
analysis-empty-plan = Целей на { $year } год нет: добавьте их в разделе «Реализация» досье (5, затем n); [ и ] меняют год.
analysis-empty-lost = Никто не уходит, ни один клиент не потерян, отказов в журнале нет.
analysis-empty-activity = За этот период контактов не записано.
analysis-without-history = { $count ->
    [one] ({ $count } клиент без истории продаж)
    [few] ({ $count } клиента без истории продаж)
    [many] ({ $count } клиентов без истории продаж)
   *[other] ({ $count } клиента без истории продаж)
}

analysis-pareto-headline = { $above } из { $total } клиентов дают { $cutoff } продаж.
analysis-pareto-headline-profit = { $above } из { $total } клиентов дают { $cutoff } прибыли.
analysis-pareto-line = граница { $cutoff }
analysis-pareto-not-key = выше границы, ещё не ключевой
analysis-pareto-key-below = ключевой клиент далеко ниже границы
analysis-pareto-curve = Нарастающая доля по рангу

analysis-xyz-x = X стабильные
analysis-xyz-y = Y изменчивые
analysis-xyz-z = Z нерегулярные
analysis-xyz-none = мало истории
analysis-matrix-accounts = { $count ->
    [one] { $count } клиент
    [few] { $count } клиента
    [many] { $count } клиентов
   *[other] { $count } клиента
}
analysis-matrix-unclassified = { $count ->
    [one] { $count } клиент без класса (нет истории продаж или продаж за период).
    [few] { $count } клиента без класса (нет истории продаж или продаж за период).
    [many] { $count } клиентов без класса (нет истории продаж или продаж за период).
   *[other] { $count } клиента без класса (нет истории продаж или продаж за период).
}
analysis-matrix-rules = В клетке: клиенты и их доля продаж. A — клиенты, дающие первые { $a } продаж (вместе с тем, кто пересекает границу), B — следующие до { $b }, C — остальные; X колеблется до { $x } в месяц, Y — до { $y }, Z — больше. Enter показывает клиентов клетки.
analysis-matrix-listing = { $class }: { $count ->
    [one] { $count } клиент
    [few] { $count } клиента
    [many] { $count } клиентов
   *[other] { $count } клиента
}
analysis-matrix-empty-cell = В этой клетке нет клиентов.

analysis-plan-headline = Цели на { $year } год · прошло { $gone } года (│ на полосах)
analysis-plan-no-number = без числа
analysis-plan-totals = { $objectives ->
    [one] { $objectives } цель
    [few] { $objectives } цели
    [many] { $objectives } целей
   *[other] { $objectives } цели
}: прибыль { $made } из { $planned } ({ $done }) · продажи { $sales }{ $currency ->
    [none] {""}
   *[other] {" "}{ $currency }
}

analysis-lost-lapsing = Уходят: давно не покупали
analysis-lost-none-lapsing = Все открытые клиенты покупали недавно.
analysis-lost-lost = потерян
analysis-lost-warning = уходит
analysis-lost-by-quarter = Потерянные клиенты по кварталам и причинам
analysis-lost-none-closed = Ни один клиент не закрыт как потерянный или бывший.
analysis-lost-no-reason = причина не указана
analysis-lost-undated = { $count ->
    [one] { $count } закрытый клиент без даты закрытия
    [few] { $count } закрытых клиента без даты закрытия
    [many] { $count } закрытых клиентов без даты закрытия
   *[other] { $count } закрытого клиента без даты закрытия
}
analysis-lost-refusals = Отказы и проигранные сделки по причинам
analysis-lost-none-refused = За этот период отказов и проигранных сделок не записано.
analysis-lost-more-reasons = { $count ->
    [one] … и ещё { $count } причина: все причины — в keyplan report lost
    [few] … и ещё { $count } причины: все причины — в keyplan report lost
    [many] … и ещё { $count } причин: все причины — в keyplan report lost
   *[other] … и ещё { $count } причины: все причины — в keyplan report lost
}
analysis-lost-win-back = Список на возврат
analysis-lost-none-win-back = Ни один потерянный клиент не выбран для возврата.

analysis-activity-by-channel = { $total ->
    [one] { $total } контакт по каналам
    [few] { $total } контакта по каналам
    [many] { $total } контактов по каналам
   *[other] { $total } контакта по каналам
}
analysis-activity-by-outcome = По результату
analysis-activity-no-outcome = без результата
analysis-activity-uncovered = ЛПР и влиятельные лица без контакта в пределах стандарта
analysis-activity-all-covered = Со всеми ЛПР и влиятельными лицами был контакт в пределах стандарта.
analysis-activity-rhythm = Контакты по месяцам

analysis-dossier-rhythm = контакты
analysis-dossier-sales-empty = Истории продаж ещё нет: { $key } добавляет продажу, или импортируйте командой keyplan sales import FILE.
analysis-dossier-sales-headline = { $currency ->
    [none] За 12 месяцев { $total } · { $key } добавляет продажу
   *[other] В { $currency } · за 12 месяцев { $total } · { $key } добавляет продажу
}
analysis-people-last-contact = Посл. контакт
analysis-people-uncovered = без контакта дольше { $days } дн.
analysis-plan-actual-title = План и факт по целям
analysis-plan-actual-line = { $year }: прибыль { $made } из { $planned } ({ $done }) · объём { $volume } · продажи { $sales }

dossier-tab-sales = Продажи
dossier-tab-short-sales = Продажи

sale-form-title = Новая продажа
sale-form-title-in = Новая продажа (в { $currency })
sale-label-month = Месяц
sale-label-amount = Сумма
sale-label-profit = Прибыль
sale-label-volume = Объём
sale-label-product = Продукт
sale-month-required = месяц, например 2026-10 или 10/2026
sale-month-invalid = «{ $input }» — не месяц: напишите 2026-10 или 10/2026
sale-month-future = { $month } ещё не наступил
sale-amount-required = сумма (возврат — отрицательная)
sale-status-added = Продажа добавлена: за { $month } теперь { $total }

key-analysis = анализ: Парето, ABC-XYZ, план и факт, потерянные, активность
key-analysis-tab-next = следующая / предыдущая вкладка
key-analysis-tabs = к вкладке 1 Парето … 5 Активность
key-analysis-cell = между клетками матрицы
key-analysis-open = клиенты клетки / открыть клиента
key-analysis-period = более ранний / поздний период: календарные годы, затем последние 12 месяцев
key-analysis-basis = ранжировать по продажам или по прибыли
key-analysis-back = назад (из списка клетки к матрице)

analysis-column-class = Кл
key-analysis-currency = клиенты в следующей валюте
analysis-currency-note = В { $currency } · c: { $others }
analysis-currency-none = без валюты
