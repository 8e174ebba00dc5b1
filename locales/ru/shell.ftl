# Сообщения команд оболочки.

shell-lang-unknown = keyplan говорит на en, uk, ru и ka, но не на «{ $found }»

## Справка `keyplan` и каждой команды (src/cli/help.rs). Сами команды в
## примерах остаются как есть; пояснения переведены.

cli-about = Рабочее место в терминале для менеджеров по работе с ключевыми клиентами.
cli-after =
    Примеры:
      keyplan --demo            посмотреть пример портфеля (временный файл)
      keyplan                   открыть свой портфель клиентов
      keyplan --db work.db      открыть другой файл базы данных
cli-arg-db = Файл базы данных [по умолчанию: keyplan.db в каталоге данных системы]
cli-arg-today = Дата, которую keyplan считает сегодняшней (31.12.2026 или 2026-12-31), для всех экранов и команд
cli-arg-lang = Язык интерфейса: en, uk, ru или ka [по умолчанию: settings.toml, затем LC_ALL, LC_MESSAGES, LANG]
cli-arg-demo = Открыть только что созданный пример портфеля во временном файле; ваша база не затрагивается

cli-exit-codes = Коды завершения:
cli-exit-0 = успех
cli-exit-1 = `check --exit-code` нашёл просроченное или `people --email` никого не нашёл (иначе не используется)
cli-exit-2 = ошибка, которую можно исправить: вызов (и рабочее место без терминала), неизвестный клиент, отклонённый файл или значение, конфликт с другим изменением
cli-exit-3 = база данных повреждена или не читается, либо сбой самого keyplan

cli-demo-about = Заполнить пустую базу примером портфеля
cli-demo-after =
    Примеры:
      keyplan demo --db /tmp/sample.db && keyplan --db /tmp/sample.db
      keyplan demo --db /tmp/big.db --accounts 10000 --touchpoints 1000000   эталонный размер для замеров скорости
cli-demo-arg-accounts = Вместо примера создать синтетический портфель с таким числом клиентов
cli-demo-arg-touchpoints = Всего контактов в синтетическом портфеле [по умолчанию: 100 на клиента]
cli-demo-arg-seed = Зерно синтетического портфеля: то же зерно даёт тот же портфель

cli-check-about = Показать, что упускается: просроченные контакты, опоздавшие договорённости, пропущенные контрольные точки, ближайшие круглые даты
cli-check-after =
    Примеры:
      keyplan check                      одна строка на напоминание
      keyplan check --format json        для скриптов
      keyplan check --exit-code || echo 'something is overdue'
cli-check-arg-format = Как выводить напоминания: текстом, по строке на каждое, или JSON для скриптов
cli-check-arg-exit-code = Завершиться со статусом 1, если есть хоть одно просроченное напоминание, иначе 0
cli-check-arg-within = За сколько дней предупреждать о днях рождения и годовщинах [по умолчанию: из настроек, 14]

cli-show-about = Вывести одно досье (или один его раздел) текстом по ширине терминала, в Markdown или JSON
cli-show-after =
    Примеры:
      keyplan show acme                         всё досье
      keyplan show укрм --section people        кто принимает решения и как с ними связаться
      ssh host keyplan show acme                с телефона перед встречей
      keyplan show acme --format md > acme.md   документ для передачи дел
      keyplan show 12 --format json | jq '.touchpoints[0]'
cli-show-arg-account = Клиент: его id, название, начало названия или несколько его букв
cli-show-arg-format = Как выводить досье
cli-show-arg-section = Только один раздел: overview, charter, situation, strategy, implementation, people, log или competitors
cli-show-arg-log = Сколько последних контактов показать, или `all` [по умолчанию: 20 в тексте, все в md и json]
cli-show-arg-since-review = Только изменения плана с последнего пересмотра (тексты слово за словом, добавленные, изменённые, удалённые пункты)
cli-show-arg-since = Только изменения плана с определённого дня (31.12, 2026-12-31, -2н, вчера...)
cli-show-format-text = Простой текст по ширине терминала
cli-show-format-md = Markdown: документ для передачи дел
cli-show-format-json = JSON: досье с id базы данных, для скриптов

cli-history-about = Вывести историю клиента: каждое изменение, новые первыми, когда, на каком компьютере и что изменено
cli-history-after =
    Примеры:
      keyplan history acme                       каждое изменение, новые первыми (#N: его номер для `keyplan revert`)
      keyplan history acme --section charter     каждая версия хартии, слово за словом
      keyplan history acme --format json         для скриптов (время в UTC)
      keyplan show acme --since-review           что изменилось в плане с последнего пересмотра
cli-history-arg-account = Клиент: его id, название, начало названия или несколько его букв
cli-history-arg-section = Только один раздел: overview, charter, situation, strategy, implementation, people, log или competitors
cli-history-arg-format = Как выводить историю: текстом или JSON для скриптов

cli-export-about = Записать весь портфель в JSON, Markdown, CSV или календарь iCalendar с договорённостями и контрольными точками
cli-export-after =
    Примеры:
      keyplan export --output portfolio.json        всё, чтобы импортировать на другом компьютере
      keyplan export --format md --output handover.md
      keyplan export --format csv > portfolio.csv    для электронной таблицы
      keyplan export --format ics --output ~/public/keyplan.ics   для подписки в календаре
cli-export-arg-format = Что записать [по умолчанию: по расширению выходного файла (.json, .md, .csv, .ics), иначе json]
cli-export-arg-output = Записать в этот файл (закрытый, 0600, заменяется атомарно), а не в стандартный вывод
cli-export-format-json = Каждое поле каждого клиента, с версией; `keyplan import` читает его обратно
cli-export-format-md = Документ для передачи дел на каждого клиента, в одном файле
cli-export-format-csv = Таблица портфеля, строка на клиента
cli-export-format-ics = Открытые договорённости и контрольные точки как события на весь день, для подписки в календаре

cli-import-about = Прочитать клиентов и людей из экспорта keyplan в JSON, файла CSV или vCard; всё или ничего
cli-import-after =
    Ничего не удаляется и не перезаписывается: импорт добавляет недостающее и
    заполняет пустое, всё в одной транзакции; файл с любой ошибкой ничего
    не меняет, а ошибка называет строку. Повторный импорт файла ничего не добавляет:
      клиенты     по названию (открытые с открытыми, потерянные/бывшие с такими же)
      цели        по году и продукту        контрольные точки  по названию и сроку
      люди        по UID (vCard от keyplan), общему e-mail, иначе по имени (новые e-mail и телефоны добавляются)
      конкуренты  по названию               контакты           по дате и содержанию
    Найденный клиент сохраняет название, тип, уровни и статус.

    Примеры:
      keyplan import portfolio.json --dry-run     что изменилось бы
      keyplan import portfolio.json               портфель из `keyplan export`
      keyplan import accounts.csv                 столбцы вроде название, отрасль, город, сотрудники, выручка
      keyplan import contacts.vcf --account acme  люди из телефона или почтовой программы
      keyplan import people.csv --account acme    столбцы вроде имя, должность, e-mail, телефон, день рождения
cli-import-arg-file = Файл, который прочитать
cli-import-arg-format = Формат файла [по умолчанию: по расширению: .json, .csv, .vcf или .vcard]
cli-import-arg-dry-run = Показать, что будет добавлено, объединено или пропущено, ничего не меняя
cli-import-arg-account = Клиент, к которому относятся люди из файла vCard или CSV
cli-import-format-json = Портфель, записанный `keyplan export`
cli-import-format-csv = Клиенты со строкой заголовков, или люди одного клиента с --account
cli-import-format-vcf = Люди из vCard 2.1, 3.0 или 4.0, к клиенту, заданному --account

cli-list-about = Портфель клиентов: каждый клиент по годовым продажам, таблицей, JSON или CSV
cli-list-after =
    Примеры:
      keyplan list                               по годовым продажам
      keyplan list --status at_risk              клиенты под угрозой
      keyplan list --format json | jq -r '.[].name'
      keyplan list --format csv > portfolio.csv
cli-list-arg-format = Как выводить портфель
cli-list-arg-status = Только клиенты с этим статусом: active, prospect, at_risk, lost или former
cli-list-format-text = Таблица по ширине терминала (простая при выводе в канал)
cli-list-format-json = Массив объектов, для скриптов
cli-list-format-csv = Строка на клиента со строкой заголовков, для электронных таблиц

cli-log-about = Записать контакт с клиентом одной строкой; выводит записанное
cli-log-after =
    Примеры:
      keyplan log acme -s 'Call about the renewal'
      keyplan log 'київ' -s 'Зустріч щодо поставки' --channel meeting --with олена --with андрій
      keyplan log 12 -s 'Tender lost' --date yesterday --outcome deal_lost --reason 'price 8% higher'
      keyplan log acme -s 'Demo' --next-step 'Send the offer' --due +3d
      keyplan log acme -s 'Offer sent' --channel email --follows-up 'Send the offer'

    Даты: 31.12.2026, 31.12.26, 31.12, 2026-12-31, сегодня, вчера, завтра, +3д, -2н, +1м, +1г
    (и по-английски: today, yesterday, tomorrow, +3d, -2w, +1m).
cli-log-arg-account = Клиент: его id, название или начало названия либо одного из его слов (несколько букв подряд дают только подсказки, которые сами не выбираются)
cli-log-arg-summary = Что произошло, одной строкой
cli-log-arg-channel = meeting, call, email, message, visit или other [по умолчанию: канал последнего контакта с клиентом, иначе последнего записанного]
cli-log-arg-with = Кто-то от клиента, кто участвовал: имя или его начало. Повторите для нескольких человек
cli-log-arg-date = День контакта: 31.12.2026, 31.12, 2026-12-31, вчера, -3д [по умолчанию: сегодня]
cli-log-arg-time = Время контакта, ЧЧ:ММ
cli-log-arg-outcome = positive, neutral, negative, refusal, deal_won или deal_lost
cli-log-arg-reason = Почему мы выиграли, проиграли или получили отказ
cli-log-arg-next-step = Следующий шаг, который мы пообещали
cli-log-arg-due = Когда следующий шаг должен быть сделан: 31.12 (ближайшее), 31.12.2026, завтра, +3д, +2н, +1м
cli-log-arg-follows-up = Открытый следующий шаг клиента, который этот контакт выполняет и закрывает: id контакта, где его пообещали, его текст или начало текста. Повторите для нескольких

cli-done-about = Отметить выполненной обещанную договорённость или контрольную точку плана клиента
cli-done-after =
    Примеры:
      keyplan done acme                               показывает, что открыто
      keyplan done acme --follow-up 'Send the offer'
      keyplan done acme --follow-up 57 --date yesterday
      keyplan done acme --milestone 'Q1 review'

    Более поздний контакт, выполняющий обещание, записывают как `keyplan log ACCOUNT ... --follows-up ID-OR-TEXT`.
cli-done-arg-account = Клиент: его id, название или начало названия либо одного из его слов
cli-done-arg-follow-up = Открытая договорённость (следующий шаг со сроком): id контакта, где её пообещали, её текст или начало текста
cli-done-arg-milestone = Контрольная точка: её id, название или начало названия
cli-done-arg-date = День выполнения: 31.12.2026, 31.12, 2026-12-31, вчера, -3д [по умолчанию: сегодня]

cli-revert-about = Отменить одно изменение из истории (#N из `keyplan history`): удалённая запись возвращается
cli-revert-after =
    Примеры:
      keyplan history acme --section people   найти удаление: 2026-11-20 14:02  laptop  #812  person «Anna» deleted
      keyplan revert 812                      Анна возвращается вместе с контактами, где она ещё может быть
cli-revert-arg-change = Номер изменения, #N, который показывает `keyplan history ACCOUNT`

cli-backup-about = Записать копию базы данных (даже когда она открыта); выводит её путь
cli-backup-after =
    Примеры:
      keyplan backup                     копия в backups/ рядом с базой; выводит её путь
      keyplan backup ~/keyplan-copy.db   копия туда (никогда поверх существующего файла)
      keyplan backup /mnt/usb/           копия в этот каталог

    Рабочее место и само делает одну копию в день (см. settings.toml). `keyplan restore PATH` возвращает её.
cli-backup-arg-path = Куда записать копию: новый файл или каталог для неё [по умолчанию: backups/ рядом с базой]

cli-restore-about = Вернуть резервную копию как базу данных, сперва записав копию текущего файла
cli-restore-after =
    Примеры:
      keyplan restore ~/.local/share/keyplan/backups/keyplan-daily-2026-12-01.db
      keyplan --db work.db restore work-copy.db

    Сначала база в текущем виде копируется в backups/ (путь выводится). Копия из более нового keyplan, файл, не являющийся базой keyplan, или повреждённый файл отклоняются, и ничего не меняется.
cli-restore-arg-path = Копия, которую вернуть: записанная `keyplan backup`, регулярная из backups/ или сделанная перед обновлением

cli-search-about = Найти слова где угодно во всех досье и журналах: лучшие совпадения первыми, с текстом вокруг
cli-search-after =
    Примеры:
      keyplan search поставки       каждое место, где написано слово (или длиннее)
      keyplan search олена коваль   оба слова где угодно в одной записи
      keyplan search tender -n 5    пять лучших
      keyplan search -- -5%         запрос, начинающийся с дефиса, пишут после --
      keyplan search 'ціна' --format json | jq -r '.[] | "\(.account): \(.snippet)"'

    Текстовый вывод помечает каждое совпадение [вот так]. JSON даёт account_id, account, kind (account,
    charter, situation, strategy, objective, milestone, person, competitor, touchpoint),
    item_id, date, snippet (простой текст) и matches (позиции символов [start, end) в нём).
cli-search-arg-query = Слова для поиска, в любом регистре и письме; каждое — начало слова (`постав` находит `поставки`), и результат содержит их все
cli-search-arg-format = Как выводить результаты: текстом или JSON для скриптов
cli-search-arg-limit = Не больше стольких результатов

cli-people-about = Люди у клиентов, одного клиента или всех: таблица, JSON, CSV или vCard для адресной книги
cli-people-after =
    Примеры:
      keyplan people acme                           люди одного клиента
      keyplan people --format vcf > contacts.vcf    все, для khard или телефона (vCard 4.0)
      keyplan people --vcard 3.0 > contacts.vcf     vCard 3.0 для старых телефонов
      keyplan people --email olena                  строки адресов для почтовой программы
    UID каждой карточки — глобальный идентификатор человека: в новом экспорте, с любой
    машины, он тот же, и `keyplan import contacts.vcf --account acme` ничего не добавляет дважды.
    С --email первая строка говорит, сколько найдено, затем по строке
    `адрес<TAB>имя<TAB>клиент` на адрес (mutt: set query_command =
    "keyplan people --email %s"); если ничего не найдено, код завершения 1.
cli-people-arg-account = Только люди этого клиента (его номер, название или начало названия)
cli-people-arg-format = Как выводить людей [по умолчанию: text; vcf с --vcard]
cli-people-arg-vcard = Версия vCard: 4.0 или 3.0 для старых телефонов [по умолчанию: 4.0]
cli-people-arg-email = Строки адресов для почтовой программы: люди, чьё имя, e-mail или клиент содержит QUERY, в любом регистре
cli-people-format-text = Таблица по ширине терминала (простая при выводе в канал)
cli-people-format-json = Массив объектов, для скриптов
cli-people-format-csv = Строка на человека со строкой заголовков, для электронных таблиц
cli-people-format-vcf = vCard, по одной на человека, для khard, телефона или почтовой программы

cli-completions-about = Вывести автодополнение для bash, zsh, fish, elvish или powershell: каждый Tab спрашивает keyplan, поэтому предлагает ваших клиентов и значения каждого параметра
cli-completions-after =
    Примеры:
      source <(keyplan completions bash)      в ~/.bashrc (или сохраните как ~/.local/share/bash-completion/completions/keyplan)
      source <(keyplan completions zsh)       в ~/.zshrc, после compinit
      keyplan completions fish > ~/.config/fish/completions/keyplan.fish
    Клиенты берутся из базы данных, которую называет командная строка (--db, KEYPLAN_DB или по умолчанию).
cli-completions-arg-shell = bash, zsh, fish, elvish или powershell

cli-man-about = Вывести страницу руководства (roff), созданную из этих определений
cli-man-after =
    Примеры:
      keyplan man | man -l -
      keyplan man > ~/.local/share/man/man1/keyplan.1

## keyplan check: серьёзность каждого напоминания.

shell-check-overdue = просрочено
shell-check-due = пора
shell-check-upcoming = скоро

## Сообщения команд.

shell-upgraded = { $path } обновлён; предыдущая версия сохранена в { $backup }
shell-too-old-read-only = { $path } записан более старым keyplan (схема { $found }; этот читает { $known }), и обновить его на месте нельзя, так как keyplan не может туда писать: скопируйте его в каталог, где можно писать, и откройте там
shell-no-home = домашний каталог не найден: укажите, где база данных, через --db PATH
shell-account-unknown = ни один клиент не соответствует «{ $wanted }»: `keyplan list` показывает всех
shell-account-guesses =
    ни один клиент не называется «{ $wanted }» и не начинается так; может быть, вы имели в виду одного из этих? Назовите его по id или началу названия:
    { $accounts }
shell-account-ambiguous =
    по «{ $wanted }» { $count ->
        [one] найден { $count } клиент
        [few] найдено { $count } клиента
       *[other] найдено { $count } клиентов
    }; укажите, какой именно, по id или более длинной части названия:
    { $accounts }
shell-section-unknown = раздела «{ $found }» нет: выберите { $names }
shell-show-older = … и ещё { $count } { $count ->
        [one] более старый контакт
        [few] более старых контакта
       *[other] более старых контактов
    }: --log all покажет их
shell-show-log-limit = --log принимает число контактов или «all», а не «{ $found }»

## keyplan log и keyplan done.

shell-choose-one-of = выберите одно из: { $keys }
shell-due = до { $date }
shell-log-summary-empty = --summary пуст: одной строкой скажите, что произошло
shell-log-time-invalid = --time: '{ $found }' — не время: пишите ЧЧ:ММ
shell-log-no-people = у него ещё нет людей
shell-log-its-people = его люди: { $people }
shell-log-next-step-empty = --next-step пуст: скажите, какой следующий шаг
shell-log-saved = Записан контакт { $touchpoint } с { $name } (клиент { $account }):
shell-log-with = участники: { $people }
shell-log-outcome = Результат
shell-log-reason = Причина
shell-log-next-step = Следующий шаг
shell-log-follows-up = Выполняет: { $step } — закрыто { $date }
shell-done-after-today = { $date } позже сегодняшнего дня ({ $today }): отметьте выполненным, когда будет сделано
shell-done-follow-up = Выполнено { $date }: договорённость { $step } клиента { $name }
shell-done-milestone = Выполнено { $date }: контрольная точка { $title } (до { $due }) клиента { $name }
shell-done-none-open = у { $account } нет открытых
shell-done-say-which =
    укажите, какую именно, по id:
    { $listed }
shell-done-not-one = { $found ->
        [none] { $what ->
            [milestone] ни одна контрольная точка
           *[other] ни одна открытая договорённость
        } клиента { $account } не является «{ $wanted }» и не начинается так; { $choices }
       *[many] с «{ $wanted }» начинается больше одной { $what ->
            [milestone] контрольной точки
           *[other] открытой договорённости
        } клиента { $account }; { $choices }
    }
shell-done-nothing-open = у { $account } нет открытых договорённостей или контрольных точек
shell-done-say-what = скажите, что выполнено, через --follow-up ID или --milestone ID; открыто у { $account }:
shell-done-follow-ups = договорённости
shell-done-milestones = контрольные точки

## export, import, backup, restore, revert, demo, list, search.

shell-cannot-write = не удалось записать { $path } ({ $reason })
shell-cannot-read = не удалось прочитать { $path } ({ $reason })
shell-import-file-changed = { $path } изменился во время импорта: ничего не импортировано; импортируйте его ещё раз
shell-no-such-file = нет такого файла
shell-permission-denied = доступ запрещён
shell-export-into-database = { $path } — это сама база данных: запишите экспорт в другой файл
shell-export-wrote = Записано { $count } { $count ->
        [one] клиент
        [few] клиента
       *[other] клиентов
    } в { $path }.
shell-import-account-with-json = --account нужен для людей из файла vCard или CSV; экспорт JSON сам называет своих клиентов
shell-import-needs-account = в { $path } люди: укажите, к какому клиенту они относятся, через --account ACCOUNT
shell-import-format-unknown = по названию { $path } не понять формат: укажите --format json, csv или vcf
shell-import-dry-run = Пробный запуск, ничего не изменено: { $summary }.
shell-import-done = Импортировано { $path }: { $summary }.
shell-import-left-out = Пропущено: { $columns }.
shell-import-refused = { $path }: { $reason }; ничего не импортировано
shell-restored = { $database } восстановлен из { $backup }
shell-restore-kept = База в прежнем виде сохранена в { $path }
shell-reverted = Отменено: { $what } (#{ $change })
shell-revert-conflict = #{ $change } ({ $what }) не отменено: запись с тех пор изменилась; `keyplan history` показывает как
shell-demo-not-empty = в { $path } уже { $count } { $count ->
        [one] клиент
        [few] клиента
       *[other] клиентов
    }: пример портфеля добавляется только в пустую базу
shell-demo-filled = { $path } заполнен примером портфеля: { $count } { $count ->
        [one] клиент
        [few] клиента
       *[other] клиентов
    }.
shell-demo-open = Откройте его так: keyplan --db { $path }
shell-demo-generated = Создано { $count } клиентов и { $touchpoints } контактов (зерно { $seed }) в { $path } за { $seconds } с.
shell-workbench-upgraded = База данных обновлена; предыдущая версия сохранена в { $backup }
shell-workbench-sample = Пример портфеля (временная копия)
shell-workbench-needs-terminal = рабочему месту нужен терминал (стандартные ввод и вывод в терминале, TERM не dumb); без него пользуйтесь командами list, show, log, check, search, export и report (keyplan --help перечисляет все)
shell-workbench-no-directory = каталога { $path } не существует: сначала создайте его или дайте --db файл в существующем каталоге
shell-terminal-error = ошибка терминала: { $reason }
shell-search-nothing = ничего не найдено по «{ $query }»
shell-list-empty = клиентов нет
shell-list-none-with-status = нет клиентов со статусом { $status }

## keyplan history и show --since-review / --since.

shell-history-no-review = план { $name } ещё не пересматривали: отметьте выполненной контрольную точку пересмотра или нажмите R в разделе «Реализация»; --since DATE показывает изменения с определённого дня
shell-since-review = с пересмотра { $date }
shell-since-day = с { $date }
shell-history-empty = { $name }: изменений ещё не сохранено
shell-history-heading = История { $name }, новые первыми
shell-since-nothing = { $name }: в плане ничего не изменилось { $since }
shell-since-heading = { $name }: что изменилось в плане { $since }

## settings.toml: что с ним не так (src/settings.rs).

shell-settings-no-config-directory = Каталог настроек не найден (задан ли HOME?); действуют встроенные настройки.
shell-settings-cannot-create = Не удалось создать { $path }: { $reason }; действуют встроенные настройки.
shell-settings-cannot-read = Не удалось прочитать { $path }: { $reason }; действуют встроенные настройки.
shell-settings-line = { $file }, строка { $line }: { $message }.
shell-settings-not-toml = { $reason }; весь файл пропущен, действуют встроенные настройки
shell-settings-unknown = неизвестная настройка `{ $name }` пропущена
shell-settings-number = { $name } должно быть целым числом от { $min } до { $max }, а не { $found }; действует значение по умолчанию
shell-settings-boolean = { $name } должно быть true или false, а не { $found }; действует значение по умолчанию
shell-settings-language = language должно быть одним из "en", "uk", "ru", "ka", а не { $found }; действует язык окружения
shell-settings-date-format = date_format должно быть "local" или "iso", а не { $found }; действует значение по умолчанию
shell-settings-currency-invalid = currency должно быть тремя буквами кода ISO 4217, например "UAH", а не { $found }; суммы показаны без валюты
shell-settings-backups-table = backups должно быть таблицей ([backups] с routine, daily, weekly); действуют значения по умолчанию
shell-settings-cadence-table = cadence должно быть таблицей, например [cadence.breadwinner]; действуют значения по умолчанию
shell-settings-unknown-type = неизвестный тип ключевого клиента `cadence.{ $name }` пропущен (типы: breadwinner, prospect, image_maker, expert)
shell-settings-cadence-not-table = { $name } должно быть таблицей с ideal_days и max_days; действует значение по умолчанию { $default }
shell-settings-cadence-problem = { $name } { $cadence }: { $problem }; действует значение по умолчанию { $default }

## settings.toml, записываемый при первом запуске: комментарии объясняют
## каждую настройку (каждая строка комментария начинается с #); сами
## настройки остаются как есть.

shell-settings-template =
    # Настройки keyplan.
    # Строки, начинающиеся с #, — комментарии. Удалите настройку, чтобы
    # вернуть встроенное значение. Об ошибке будет сказано при запуске
    # keyplan: неверное значение остаётся по умолчанию, а файл не в формате TOML пропускается.

    # Язык интерфейса: "en", "uk", "ru" или "ka". Без этого язык берётся
    # из LC_ALL, LC_MESSAGES или LANG (английский для остальных);
    # `keyplan --lang uk` перекрывает оба на один запуск.
    # language = "uk"

    # Даты так, как их пишет язык (31.12.2026 в uk, ru и ka), с "local",
    # или 2026-12-31 на любом языке с "iso".
    date_format = "local"

    # Валюта, которую пишут после сумм (годовые продажи, ожидаемая прибыль):
    # код ISO 4217, например "UAH", "GEL", "KZT" или "EUR". Без неё суммы
    # показаны без валюты.
    # currency = "UAH"

    # CSV-файлы (export, list, report, sales list) для электронных таблиц:
    # метка порядка байтов, точка с запятой между ячейками и концы строк CRLF,
    # как пишет `--excel`. Ячейки, которые начинаются как формула, всегда
    # записываются с ' перед ними.
    csv_excel = { $excel }

    # Как часто фоновая проверка работает, пока открыто рабочее место, в
    # секундах. Она также работает при запуске, после каждого сохранения и
    # когда другая программа меняет базу. От 1 до { $max_interval }.
    check_interval_secs = { $interval }

    # За сколько дней предупреждать о днях рождения и круглых датах сотрудничества
    # (0 = только в сам день). От 0 до { $max_within }.
    within_days = { $within }

    # Прокрутка таблицы на строку отправляет в терминал одну строку (быстро
    # через медленное SSH-соединение) благодаря областям прокрутки терминала.
    # Укажите false, если строки при прокрутке смещаются.
    scroll_regions = { $scroll }

    # Мышь, если терминал её присылает: колесо (прокрутка касанием на
    # телефоне) прокручивает, щелчок выбирает строку, двойной щелчок открывает её.
    # Укажите false, чтобы оставить мышь терминалу и выделять ею текст.
    mouse = { $mouse }

    # Раз в день, когда открывается рабочее место, копия базы записывается
    # в backups/ рядом с ней (keyplan-daily-YYYY-MM-DD.db; первая копия
    # недели хранится дольше как keyplan-weekly-YYYY-MM-DD.db). Хранятся
    # только последние `daily` (1 до { $max_daily }) и `weekly` (0 до { $max_weekly }) копии.
    # Укажите routine = false, чтобы их не делать; очистка и `keyplan restore` всё равно пишут свои.
    {"["}backups]
    routine = { $routine }
    daily = { $daily }
    weekly = { $weekly }

    # Стандарты периодичности контактов: дней между контактами, по типу ключевого клиента.
    # После ideal_days клиенту пора на контакт; после max_days контакт
    # просрочен. Собственное «контакт каждые N дней» клиента их перекрывает
    # (идеал N, максимум N + N/2 с округлением вверх). У потерянных и бывших клиентов их нет.
shell-settings-breadwinner = приносит 10% прибыли или больше, долгосрочный партнёр.
shell-settings-prospect = новый, с бюджетом, возможно, отвоёван у конкурента.
shell-settings-image-maker = известное имя, лидер своей отрасли или региона.
shell-settings-expert = требовательный, знает рынок, подтягивает наше качество.
cli-man-one-of = Одно из: { $values }.
cli-man-env-db = Файл базы данных, как его задаёт --db (--db важнее).
cli-man-env-today = Дата, которую keyplan считает сегодняшней, как её задаёт --today, для каждого экрана и команды.
cli-man-env-editor = Редактор, в котором E открывает текст (сначала VISUAL), с аргументами (VISUAL="code --wait"); без обоих — vi.
cli-man-env-no-color = Задана и не пуста: никаких цветов в выводе команд.
cli-man-env-lang = Язык интерфейса, когда его не выбирают ни --lang, ни settings.toml; действует первая заданная (uk_UA.UTF-8, ru_RU, ka_GE; любая другая локаль — английский).
cli-man-env-data-home = Где лежит база данных [по умолчанию: ~/.local/share].
cli-man-env-config-home = Где лежит settings.toml [по умолчанию: ~/.config].
cli-man-file-database = База данных (закрытая, 0600, с файлами -wal и -shm), если --db или KEYPLAN_DB не выбирают другую; обновление сначала оставляет рядом копию ({ $file }.before-vN-….bak). На macOS — в ~/Library/Application Support/keyplan/.
cli-man-file-settings = Настройки: стандарты контактов, проверка, резервные копии, анализ, язык и формат дат; создаются с комментариями при первом запуске.
cli-man-file-backups = Рядом с базой: ежедневные и еженедельные копии, копии перед удалением клиента или восстановлением и копии keyplan backup (закрыто, 0700).

## show --since-review: запись плана ($kind: цель, контрольная точка...).

shell-since-added = { $kind } «{ $label }»: добавлено
shell-since-removed = { $kind } «{ $label }»: удалено
shell-since-changed = { $kind } «{ $label }»: изменено { $fields }

## keyplan list: заголовки таблицы.

shell-list-id = ID
shell-list-account = Клиент
shell-list-type = Тип
shell-list-level = Уровень
shell-list-status = Статус
shell-list-last-contact = Последний контакт
shell-list-next-due = Ближайший срок
shell-list-sales = Продажи

shell-import-people-need-account = людей можно импортировать только к клиенту

shell-people-empty = людей нет
shell-people-vcard-needs-vcf = --vcard выбирает версию vCard: только вместе с --format vcf
shell-people-name = Имя
shell-people-title = Должность
shell-people-role = Роль
shell-people-email = E-mail
shell-people-phone = Телефон
shell-people-birthday = День рождения
shell-people-query-found = keyplan: { $count ->
        [one] { $count } совпадение
        [few] { $count } совпадения
       *[other] { $count } совпадений
    }
shell-people-query-none = keyplan: ни один адрес не подходит к «{ $query }»

## Long work: progress, Ctrl-C; export by extension; CSV for spreadsheets
shell-export-wrote-events = Записано { $count } { $count ->
        [one] событие
        [few] события
       *[other] событий
    } в { $path }.
shell-export-format-contradicts = --format { $format } противоречит имени { $path }, которое означает { $named }: укажите что-то одно или согласуйте их
shell-export-format-unwritable = export не умеет писать формат, который означает имя { $path }: назовите файл .json, .md, .csv или .ics либо укажите --format
shell-export-progress = Экспорт
shell-import-progress = Импорт
shell-demo-progress = Создание
shell-interrupted = прервано: ничего не изменено
progress-left = осталось
cli-exit-130 = прервано Ctrl-C (или `kill -INT`): demo, импорт или экспорт остановлен, ничего не изменено
cli-export-arg-excel = CSV для электронных таблиц: UTF-8 с меткой порядка байтов, точка с запятой, CRLF (также настройка csv_excel)
cli-list-arg-excel = CSV для электронных таблиц: UTF-8 с меткой порядка байтов, точка с запятой, CRLF (также настройка csv_excel)
cli-people-arg-excel = CSV для электронных таблиц: UTF-8 с меткой порядка байтов, точка с запятой, CRLF (также настройка csv_excel)
