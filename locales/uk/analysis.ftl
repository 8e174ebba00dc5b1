## analysis: the analysis screen: Pareto, ABC-XYZ, plan against actual, lost and win-back, activity

analysis-title = Аналіз
analysis-keys-title = Клавіші: аналіз
analysis-tab-pareto = Парето
analysis-tab-matrix = ABC-XYZ
analysis-tab-plan = План і факт
analysis-tab-lost = Втрачені
analysis-tab-activity = Активність
analysis-basis-sales = за продажами
analysis-basis-profit = за прибутком
analysis-period-last-twelve = останні 12 місяців ({ $first } – { $through })
analysis-period-year = { $year }
analysis-percent = { $value } %
analysis-days = { $days } дн.

analysis-col-rank = №
analysis-col-account = Клієнт
analysis-col-sales = Продажі
analysis-col-profit = Прибуток
analysis-col-volume = Обсяг
analysis-col-share = Частка
analysis-col-cumulative = Нараст.
analysis-col-objective = Клієнт / продукт
analysis-col-month = Місяць
analysis-col-products = Продукти
analysis-col-last-purchase = Купив
analysis-col-days = Днів
analysis-col-means = Засіб
analysis-col-date = Дата
analysis-col-note = Примітка
analysis-col-person = Особа
analysis-col-last-contact = Ост. контакт
analysis-col-standard = Стандарт

analysis-empty-sales = Історії продажів ще немає: імпортуйте її командою keyplan sales import FILE або додайте продаж у розділі «Продажі» досьє (9, потім n).
analysis-empty-plan = На { $year } рік задач немає: додайте їх у розділі «Реалізація» досьє (5, потім n); [ і ] змінюють рік.
analysis-empty-lost = Ніхто не відпадає, жодного клієнта не втрачено, відмов у журналі немає.
analysis-empty-activity = За цей період контактів не записано.
analysis-without-history = { $count ->
    [one] ({ $count } клієнт без історії продажів)
    [few] ({ $count } клієнти без історії продажів)
    [many] ({ $count } клієнтів без історії продажів)
   *[other] ({ $count } клієнта без історії продажів)
}

analysis-pareto-headline = { $above } з { $total } клієнтів дають { $cutoff } продажів.
analysis-pareto-headline-profit = { $above } з { $total } клієнтів дають { $cutoff } прибутку.
analysis-pareto-line = межа { $cutoff }
analysis-pareto-not-key = вище межі, ще не ключовий
analysis-pareto-key-below = ключовий клієнт далеко нижче межі
analysis-pareto-curve = Наростаюча частка за рангом

analysis-xyz-x = X стабільні
analysis-xyz-y = Y мінливі
analysis-xyz-z = Z нерегулярні
analysis-xyz-none = замало історії
analysis-matrix-accounts = { $count ->
    [one] { $count } клієнт
    [few] { $count } клієнти
    [many] { $count } клієнтів
   *[other] { $count } клієнта
}
analysis-matrix-unclassified = { $count ->
    [one] { $count } клієнт без класу (немає історії продажів або продажів за період).
    [few] { $count } клієнти без класу (немає історії продажів або продажів за період).
    [many] { $count } клієнтів без класу (немає історії продажів або продажів за період).
   *[other] { $count } клієнта без класу (немає історії продажів або продажів за період).
}
analysis-matrix-rules = У клітинці: клієнти та їхня частка продажів. A — клієнти, що дають перші { $a } продажів (разом із тим, хто перетинає межу), B — наступні до { $b }, C — решта; X коливається до { $x } на місяць, Y — до { $y }, Z — більше. Enter показує клієнтів клітинки.
analysis-matrix-listing = { $class }: { $count ->
    [one] { $count } клієнт
    [few] { $count } клієнти
    [many] { $count } клієнтів
   *[other] { $count } клієнта
}
analysis-matrix-empty-cell = У цій клітинці немає клієнтів.

analysis-plan-headline = Задачі на { $year } рік · минуло { $gone } року (│ на смугах)
analysis-plan-no-number = без числа
analysis-plan-totals = { $objectives ->
    [one] { $objectives } задача
    [few] { $objectives } задачі
    [many] { $objectives } задач
   *[other] { $objectives } задачі
}: прибуток { $made } з { $planned } ({ $done }) · продажі { $sales }{ $currency ->
    [none] {""}
   *[other] {" "}{ $currency }
}

analysis-lost-lapsing = Відпадають: давно не купували
analysis-lost-none-lapsing = Усі відкриті клієнти купували нещодавно.
analysis-lost-lost = втрачений
analysis-lost-warning = відпадає
analysis-lost-by-quarter = Втрачені клієнти за кварталами й причинами
analysis-lost-none-closed = Жодного клієнта не закрито як втраченого чи колишнього.
analysis-lost-no-reason = причину не вказано
analysis-lost-undated = { $count ->
    [one] { $count } закритий клієнт без дати закриття
    [few] { $count } закриті клієнти без дати закриття
    [many] { $count } закритих клієнтів без дати закриття
   *[other] { $count } закритого клієнта без дати закриття
}
analysis-lost-refusals = Відмови та програні угоди за причинами
analysis-lost-none-refused = За цей період відмов і програних угод не записано.
analysis-lost-more-reasons = { $count ->
    [one] … і ще { $count } причина: усі причини — у keyplan report lost
    [few] … і ще { $count } причини: усі причини — у keyplan report lost
    [many] … і ще { $count } причин: усі причини — у keyplan report lost
   *[other] … і ще { $count } причини: усі причини — у keyplan report lost
}
analysis-lost-win-back = Список для повернення
analysis-lost-none-win-back = Жодного втраченого клієнта не обрано для повернення.

analysis-activity-by-channel = { $total ->
    [one] { $total } контакт за каналами
    [few] { $total } контакти за каналами
    [many] { $total } контактів за каналами
   *[other] { $total } контакту за каналами
}
analysis-activity-by-outcome = За результатом
analysis-activity-no-outcome = без результату
analysis-activity-uncovered = ОПР і впливові особи без контакту в межах стандарту
analysis-activity-all-covered = З усіма ОПР і впливовими особами був контакт у межах стандарту.
analysis-activity-rhythm = Контакти за місяцями

analysis-dossier-rhythm = контакти
analysis-dossier-sales-empty = Історії продажів ще немає: { $key } додає продаж, або імпортуйте командою keyplan sales import FILE.
analysis-dossier-sales-headline = { $currency ->
    [none] За 12 місяців { $total } · { $key } додає продаж
   *[other] У { $currency } · за 12 місяців { $total } · { $key } додає продаж
}
analysis-people-last-contact = Ост. контакт
analysis-people-uncovered = без контакту понад { $days } дн.
analysis-plan-actual-title = План і факт за задачами
analysis-plan-actual-line = { $year }: прибуток { $made } з { $planned } ({ $done }) · обсяг { $volume } · продажі { $sales }

dossier-tab-sales = Продажі
dossier-tab-short-sales = Продажі

sale-form-title = Новий продаж
sale-form-title-in = Новий продаж (у { $currency })
sale-label-month = Місяць
sale-label-amount = Сума
sale-label-profit = Прибуток
sale-label-volume = Обсяг
sale-label-product = Продукт
sale-month-required = місяць, наприклад 2026-10 або 10/2026
sale-month-invalid = «{ $input }» — не місяць: напишіть 2026-10 або 10/2026
sale-month-future = { $month } ще не настав
sale-amount-required = сума (повернення — від'ємна)
sale-status-added = Продаж додано: за { $month } тепер { $total }

key-analysis = аналіз: Парето, ABC-XYZ, план і факт, втрачені, активність
key-analysis-tab-next = наступна / попередня вкладка
key-analysis-tabs = до вкладки 1 Парето … 5 Активність
key-analysis-cell = між клітинками матриці
key-analysis-open = клієнти клітинки / відкрити клієнта
key-analysis-period = раніший / пізніший період: календарні роки, потім останні 12 місяців
key-analysis-basis = ранжувати за продажами чи за прибутком
key-analysis-back = назад (зі списку клітинки до матриці)

analysis-column-class = Кл
key-analysis-currency = клієнти в наступній валюті
analysis-currency-note = У { $currency } · c: { $others }
analysis-currency-none = без валюти
