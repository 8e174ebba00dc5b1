## reports: keyplan report: text, CSV, Markdown and HTML

## Довідка `keyplan report` (src/cli/help.rs).

cli-report-about = Аналіз портфеля: Парето, ABC-XYZ, план і факт, втрачені клієнти, активність — таблицею, JSON, CSV, Markdown або одним HTML-файлом
cli-report-after =
    Приклади:
      keyplan report pareto                          хто дає 80% продажів (останні 12 місяців)
      keyplan report abc-xyz --year 2025             матриця за календарний рік
      keyplan report abc-xyz --basis profit          класи за прибутком, а не за продажами
      keyplan report plan                            задачі цього року проти фактичних продажів
      keyplan report lost --format md > lost.md
      keyplan report abc-xyz --format json | jq '.accounts[] | select(.abc == "A")'
      keyplan report --format html --output report.html    усі п'ять звітів із графіками
cli-report-arg-report = Звіт: pareto, abc-xyz, plan, lost, activity або all (типово для HTML)
cli-report-arg-year = Календарний рік замість останніх 12 повних місяців (для plan: рік задач)
cli-report-arg-period = Період: last-12-months, дванадцять повних місяців перед поточним (типово)
cli-report-arg-basis = Класи ABC за продажами чи за прибутком
cli-report-arg-format = Як записати звіт
cli-report-arg-output = Записати в цей файл (приватний, 0600, замінюється атомарно), а не у стандартний вивід
cli-report-name-pareto = Клієнти за часткою в обсязі продажів, з лінією відсікання
cli-report-name-abc-xyz = Матриця ABC-XYZ і клас кожного клієнта
cli-report-name-plan = Задачі на рік проти фактичних продажів, з виконанням
cli-report-name-lost = Клієнти, що відпадають, втрати за кварталами й причинами, відмови, список для повернення
cli-report-name-activity = Контакти за каналами й результатами, ритм кожного клієнта, неохоплені особи, що приймають рішення
cli-report-name-all = Усі звіти один за одним
cli-report-format-text = Таблиці за шириною термінала (без підлаштування, коли вивід іде в конвеєр)
cli-report-format-json = Один об'єкт з англійськими назвами полів, суми в одиницях валюти, частки як дроби від 1
cli-report-format-csv = Рядки звіту з рядком заголовків, для електронних таблиць
cli-report-format-md = Таблиці Markdown
cli-report-format-html = Один самодостатній HTML-файл із графіками (з --output або з перенаправленням)

## Відмови.

report-name-one = Назвіть звіт: pareto, abc-xyz, plan, lost, activity або all.
report-csv-one = CSV вміщує один звіт за раз: назвіть його (pareto, abc-xyz, plan, lost або activity).
report-html-terminal = HTML-звіт не виводиться в термінал: додайте --output ФАЙЛ або перенаправте його у файл.
report-year-invalid = { $input } — не рік: --year чекає календарний рік, наприклад 2025
report-wrote = Звіт записано в { $path }.
report-no-history = Немає продажів за { $period }: замало історії для цього звіту.

## Спільні слова.

report-col-rank = №
report-col-account = Клієнт
report-col-status = Статус
report-col-sales = Продажі
report-col-profit = Прибуток
report-col-share = Частка
report-col-cumulative = Наростаючим
report-col-note = Примітка
report-col-class = Клас
report-col-cv = Варіація
report-col-type = Тип
report-col-total = Усього
report-col-count = Кількість
report-col-reason = Причина
report-reason-none = Причину не вказано
report-never = ніколи

## Парето.

report-pareto-title = Парето: хто дає продажі
report-pareto-summary = { $above ->
    [one] { $above } клієнт
    [few] { $above } клієнти
   *[other] { $above } клієнтів
    } з { $accounts } дають { $cutoff } продажів за { $period } (усього { $total }).
report-pareto-line = { $cutoff } продажів над цією лінією
report-pointer-not-key-above-line = над лінією, але не ведеться як ключовий
report-pointer-key-far-below-line = ведеться як ключовий, але далеко під лінією
report-axis-accounts = Клієнти, від найбільшого
report-axis-cumulative = Частка продажів наростаючим підсумком

## ABC-XYZ.

report-abc-xyz-title = Матриця ABC-XYZ
report-abc-xyz-summary = За показником «{ $basis }», { $period }: A — до { $a } наростаючої частки, B — до { $b }; X, коли місячні продажі коливаються до { $x }, Y — до { $y }, Z — більше. У клітинці: клієнти · частка продажів.
report-without-xyz = Без XYZ
report-unclassified = { $count ->
    [one] { $count } клієнт без класу (замало історії або немає продажів).
    [few] { $count } клієнти без класу (замало історії або немає продажів).
   *[other] { $count } клієнтів без класу (замало історії або немає продажів).
    }
report-classes-title = Клієнти та їхні класи

## План і факт.

report-plan-title = План і факт { $year }
report-plan-none = Немає задач на { $year } рік.
report-plan-pace = Минуло { $gone } року: задача, що йде за графіком, виконана настільки ж.
report-plan-totals = { $currency ->
    [none] Разом: очікуваний прибуток { $planned }, фактичний прибуток { $actual }, продажі { $sales }.
   *[other] Разом у { $currency }: очікуваний прибуток { $planned }, фактичний прибуток { $actual }, продажі { $sales }.
}
report-col-product = Продукт
report-col-planned-volume = Плановий обсяг
report-col-actual-volume = Фактичний обсяг
report-col-volume-done = Виконання обсягу
report-col-expected-profit = Очікуваний прибуток
report-col-profit-done = Виконання прибутку
report-chart-plan-profit = Фактичний прибуток щодо очікуваного
report-chart-pace = Графік: { $gone }

## Втрачені клієнти.

report-lost-title = Втрачені клієнти та повернення
report-lapsing-title = Відпадають: активні клієнти без недавніх закупівель
report-lapsing-none = Жоден активний клієнт не відпадає.
report-lapsing-lost = втрачений за правилом
report-lapsing-warn = відпадає
report-col-last-purchase = Остання закупівля
report-col-days = Днів без закупівель
report-col-state = Стан
report-days = { $days } з { $limit }
report-losses-title = Втрачені й колишні клієнти за кварталами та причинами
report-losses-none = Жодного клієнта не втрачено.
report-losses-undated = { $count ->
    [one] { $count } закритий клієнт без дати закриття.
    [few] { $count } закриті клієнти без дати закриття.
   *[other] { $count } закритих клієнтів без дати закриття.
    }
report-col-quarter = Квартал
report-refusals-title = Відмови та програні угоди за причинами, { $period }
report-refusals-none = За цей період не записано ні відмов, ні програних угод.
report-win-back-title = Список для повернення
report-win-back-none = Жодного клієнта не обрано для повернення.
report-col-due = Термін
report-col-means = Засіб

## Активність.

report-activity-title = Активність і охоплення
report-activity-summary = { $contacts ->
    [one] { $contacts } контакт записано
    [few] { $contacts } контакти записано
   *[other] { $contacts } контактів записано
    } за { $period }.
report-col-channel = Канал
report-col-outcome = Результат
report-col-contacts = Контакти
report-outcome-none = Не вказано
report-rhythm-title = Контакти за клієнтами й місяцями
report-rhythm-none = Немає активних клієнтів.
report-col-rhythm = Ритм
report-uncovered-title = Особи, що приймають рішення, та впливові особи без контакту в межах стандарту
report-uncovered-none = Усі особи, що приймають рішення, і впливові особи охоплені.
report-col-person = Особа
report-col-role = Роль
report-col-last-contact = Останній контакт
report-col-standard = Стандарт, днів

## HTML-звіт.

report-html-title = Портфель ключових клієнтів: аналіз
report-html-prepared = Підготовлено { $date }.
report-html-footer = Створено keyplan з історії продажів і журналу контактів портфеля.
cli-report-arg-currency = Аналізувати клієнтів у цій валюті (код ISO 4217); типово — валюта більшості клієнтів
report-currency-note = Суми в { $currency }. Клієнтів в інших валютах до них не додано; проаналізуйте їх із --currency: { $others }.
report-currency-none = без валюти
cli-report-arg-excel = CSV для електронних таблиць: UTF-8 з міткою порядку байтів, крапка з комою, CRLF (також налаштування csv_excel)
