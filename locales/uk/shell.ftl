# Повідомлення команд оболонки.

shell-lang-unknown = keyplan розмовляє мовами en, uk, ru і ka, але не «{ $found }»

## Довідка `keyplan` і кожної команди (src/cli/help.rs). Самі команди в
## прикладах лишаються як є; пояснення перекладено.

cli-about = Робоче місце в терміналі для менеджерів по роботі з ключовими клієнтами.
cli-after =
    Приклади:
      keyplan --demo            ознайомитися з прикладом портфеля (тимчасовий файл)
      keyplan                   відкрити свій портфель клієнтів
      keyplan --db work.db      відкрити інший файл бази даних
cli-arg-db = Файл бази даних [типово: keyplan.db у каталозі даних системи]
cli-arg-today = Дата, яку keyplan вважає сьогоднішньою (31.12.2026 або 2026-12-31), для всіх екранів і команд
cli-arg-lang = Мова інтерфейсу: en, uk, ru або ka [типово: settings.toml, далі LC_ALL, LC_MESSAGES, LANG]
cli-arg-demo = Відкрити щойно створений приклад портфеля в тимчасовому файлі; вашу базу не зачеплено

cli-exit-codes = Коди завершення:
cli-exit-0 = успіх
cli-exit-1 = `check --exit-code` знайшов прострочене або `people --email` нікого не знайшов (інакше не вживається)
cli-exit-2 = помилка, яку можна виправити: виклик (і робоче місце без термінала), невідомий клієнт, відхилений файл чи значення, конфлікт з іншою зміною
cli-exit-3 = база даних пошкоджена або не читається, або збій самого keyplan

cli-demo-about = Заповнити порожню базу прикладом портфеля
cli-demo-after =
    Приклади:
      keyplan demo --db /tmp/sample.db && keyplan --db /tmp/sample.db
      keyplan demo --db /tmp/big.db --accounts 10000 --touchpoints 1000000   еталонний розмір для вимірювань швидкодії
cli-demo-arg-accounts = Замість прикладу створити синтетичний портфель із такою кількістю клієнтів
cli-demo-arg-touchpoints = Усього контактів у синтетичному портфелі [типово: 100 на клієнта]
cli-demo-arg-seed = Зерно синтетичного портфеля: те саме зерно дає той самий портфель

cli-check-about = Показати, що вислизає: прострочені контакти, запізнілі домовленості, пропущені контрольні точки, найближчі круглі дати
cli-check-after =
    Приклади:
      keyplan check                      один рядок на нагадування
      keyplan check --format json        для скриптів
      keyplan check --exit-code || echo 'something is overdue'
cli-check-arg-format = Як виводити нагадування: текстом, по рядку на кожне, або JSON для скриптів
cli-check-arg-exit-code = Завершитися зі статусом 1, якщо є хоч одне прострочене нагадування, інакше 0
cli-check-arg-within = За скільки днів попереджати про дні народження й річниці [типово: з налаштувань, 14]

cli-show-about = Вивести одне досьє (або один його розділ) текстом за шириною термінала, у Markdown чи JSON
cli-show-after =
    Приклади:
      keyplan show acme                         усе досьє
      keyplan show укрм --section people        хто ухвалює рішення і як з ними зв'язатися
      ssh host keyplan show acme                з телефона перед зустріччю
      keyplan show acme --format md > acme.md   документ для передачі справ
      keyplan show 12 --format json | jq '.touchpoints[0]'
cli-show-arg-account = Клієнт: його id, назва, початок назви або кілька її літер
cli-show-arg-format = Як виводити досьє
cli-show-arg-section = Лише один розділ: overview, charter, situation, strategy, implementation, people, log або competitors
cli-show-arg-log = Скільки найновіших контактів показати, або `all` [типово: 20 у тексті, усі в md і json]
cli-show-arg-since-review = Лише зміни плану від останнього перегляду (тексти слово за словом, додані, змінені, вилучені пункти)
cli-show-arg-since = Лише зміни плану від певного дня (31.12, 2026-12-31, -2т, вчора...)
cli-show-format-text = Простий текст за шириною термінала
cli-show-format-md = Markdown: документ для передачі справ
cli-show-format-json = JSON: досьє з id бази даних, для скриптів

cli-history-about = Вивести історію клієнта: кожну зміну, найновіші першими, коли, на якому комп'ютері і що змінено
cli-history-after =
    Приклади:
      keyplan history acme                       кожна зміна, найновіші першими (#N: її номер для `keyplan revert`)
      keyplan history acme --section charter     кожна версія хартії, слово за словом
      keyplan history acme --format json         для скриптів (час в UTC)
      keyplan show acme --since-review           що змінилося в плані від останнього перегляду
cli-history-arg-account = Клієнт: його id, назва, початок назви або кілька її літер
cli-history-arg-section = Лише один розділ: overview, charter, situation, strategy, implementation, people, log або competitors
cli-history-arg-format = Як виводити історію: текстом або JSON для скриптів

cli-export-about = Записати весь портфель у JSON, Markdown, CSV або календар iCalendar з домовленостями й контрольними точками
cli-export-after =
    Приклади:
      keyplan export --output portfolio.json        усе, щоб імпортувати на іншому комп'ютері
      keyplan export --format md --output handover.md
      keyplan export --format csv > portfolio.csv    для електронної таблиці
      keyplan export --format ics --output ~/public/keyplan.ics   для підписки в календарі
cli-export-arg-format = Що записати [типово: за розширенням вихідного файлу (.json, .md, .csv, .ics), інакше json]
cli-export-arg-output = Записати в цей файл (приватний, 0600, замінюється атомарно), а не в стандартний вивід
cli-export-format-json = Кожне поле кожного клієнта, з версією; `keyplan import` читає його назад
cli-export-format-md = Документ для передачі справ на кожного клієнта, в одному файлі
cli-export-format-csv = Таблиця портфеля, рядок на клієнта
cli-export-format-ics = Відкриті домовленості й контрольні точки як події на весь день, для підписки в календарі

cli-import-about = Прочитати клієнтів і людей з експорту keyplan у JSON, файлу CSV або vCard; усе або нічого
cli-import-after =
    Нічого не вилучається й не перезаписується: імпорт додає те, чого бракує, і
    заповнює порожнє, усе в одній транзакції; файл із будь-якою помилкою нічого
    не змінює, а помилка називає рядок. Повторний імпорт файлу нічого не додає:
      клієнти     за назвою (відкриті з відкритими, втрачені/колишні з такими ж)
      задачі      за роком і продуктом      контрольні точки  за назвою і терміном
      люди        за UID (vCard від keyplan), спільною e-mail, інакше за ім'ям (нові e-mail і телефони додаються)
      конкуренти  за назвою                 контакти          за датою і змістом
    Знайдений клієнт зберігає назву, тип, рівні й статус.

    Приклади:
      keyplan import portfolio.json --dry-run     що змінилося б
      keyplan import portfolio.json               портфель з `keyplan export`
      keyplan import accounts.csv                 стовпці на кшталт назва, галузь, місто, працівники, виручка
      keyplan import contacts.vcf --account acme  люди з телефона чи поштової програми
      keyplan import people.csv --account acme    стовпці на кшталт ім'я, посада, e-mail, телефон, день народження
cli-import-arg-file = Файл, який прочитати
cli-import-arg-format = Формат файлу [типово: за розширенням: .json, .csv, .vcf або .vcard]
cli-import-arg-dry-run = Показати, що буде додано, об'єднано чи пропущено, нічого не змінюючи
cli-import-arg-account = Клієнт, до якого належать люди з файлу vCard чи CSV
cli-import-format-json = Портфель, записаний `keyplan export`
cli-import-format-csv = Клієнти з рядком заголовків, або люди одного клієнта з --account
cli-import-format-vcf = Люди з vCard 2.1, 3.0 або 4.0, до клієнта, заданого --account

cli-list-about = Портфель клієнтів: кожен клієнт за річними продажами, таблицею, JSON чи CSV
cli-list-after =
    Приклади:
      keyplan list                               за річними продажами
      keyplan list --status at_risk              клієнти під загрозою
      keyplan list --format json | jq -r '.[].name'
      keyplan list --format csv > portfolio.csv
cli-list-arg-format = Як виводити портфель
cli-list-arg-status = Лише клієнти з цим статусом: active, prospect, at_risk, lost або former
cli-list-format-text = Таблиця за шириною термінала (проста, коли вивід іде в канал)
cli-list-format-json = Масив об'єктів, для скриптів
cli-list-format-csv = Рядок на клієнта з рядком заголовків, для електронних таблиць

cli-log-about = Записати контакт із клієнтом одним рядком; виводить записане
cli-log-after =
    Приклади:
      keyplan log acme -s 'Call about the renewal'
      keyplan log 'київ' -s 'Зустріч щодо поставки' --channel meeting --with олена --with андрій
      keyplan log 12 -s 'Tender lost' --date yesterday --outcome deal_lost --reason 'price 8% higher'
      keyplan log acme -s 'Demo' --next-step 'Send the offer' --due +3d
      keyplan log acme -s 'Offer sent' --channel email --follows-up 'Send the offer'

    Дати: 31.12.2026, 31.12.26, 31.12, 2026-12-31, сьогодні, вчора, завтра, +3д, -2т, +1м, +1р
    (і англійською: today, yesterday, tomorrow, +3d, -2w, +1m).
cli-log-arg-account = Клієнт: його id, назва або початок назви чи одного з її слів (кілька літер поспіль дають лише підказки, які не беруться самі)
cli-log-arg-summary = Що сталося, одним рядком
cli-log-arg-channel = meeting, call, email, message, visit або other [типово: канал останнього контакту з клієнтом, інакше останнього записаного]
cli-log-arg-with = Хтось від клієнта, хто брав участь: ім'я або його початок. Повторіть для кількох людей
cli-log-arg-date = День контакту: 31.12.2026, 31.12, 2026-12-31, вчора, -3д [типово: сьогодні]
cli-log-arg-time = Час контакту, ГГ:ХХ
cli-log-arg-outcome = positive, neutral, negative, refusal, deal_won або deal_lost
cli-log-arg-reason = Чому ми виграли, програли чи отримали відмову
cli-log-arg-next-step = Наступний крок, який ми пообіцяли
cli-log-arg-due = Коли наступний крок має бути зроблено: 31.12 (найближче), 31.12.2026, завтра, +3д, +2т, +1м
cli-log-arg-follows-up = Відкритий наступний крок клієнта, який цей контакт виконує і закриває: id контакту, що його пообіцяв, його текст або початок тексту. Повторіть для кількох

cli-done-about = Позначити виконаною обіцяну домовленість або контрольну точку плану клієнта
cli-done-after =
    Приклади:
      keyplan done acme                               показує, що відкрито
      keyplan done acme --follow-up 'Send the offer'
      keyplan done acme --follow-up 57 --date yesterday
      keyplan done acme --milestone 'Q1 review'

    Пізніший контакт, що виконує обіцянку, записують як `keyplan log ACCOUNT ... --follows-up ID-OR-TEXT`.
cli-done-arg-account = Клієнт: його id, назва або початок назви чи одного з її слів
cli-done-arg-follow-up = Відкрита домовленість (наступний крок із терміном): id контакту, що її пообіцяв, її текст або початок тексту
cli-done-arg-milestone = Контрольна точка: її id, назва або початок назви
cli-done-arg-date = День виконання: 31.12.2026, 31.12, 2026-12-31, вчора, -3д [типово: сьогодні]

cli-revert-about = Скасувати одну зміну з історії (#N з `keyplan history`): вилучений запис повертається
cli-revert-after =
    Приклади:
      keyplan history acme --section people   знайти вилучення: 2026-11-20 14:02  laptop  #812  person «Anna» deleted
      keyplan revert 812                      Анна повертається разом із контактами, де вона ще може бути
cli-revert-arg-change = Номер зміни, #N, який показує `keyplan history ACCOUNT`

cli-backup-about = Записати копію бази даних (навіть коли вона відкрита); виводить її шлях
cli-backup-after =
    Приклади:
      keyplan backup                     копія в backups/ поруч із базою; виводить її шлях
      keyplan backup ~/keyplan-copy.db   копія туди (ніколи поверх наявного файлу)
      keyplan backup /mnt/usb/           копія в цей каталог

    Робоче місце й саме робить одну копію на день (див. settings.toml). `keyplan restore PATH` повертає її.
cli-backup-arg-path = Куди записати копію: новий файл або каталог для неї [типово: backups/ поруч із базою]

cli-restore-about = Повернути резервну копію як базу даних, спершу записавши копію поточного файлу
cli-restore-after =
    Приклади:
      keyplan restore ~/.local/share/keyplan/backups/keyplan-daily-2026-12-01.db
      keyplan --db work.db restore work-copy.db

    Спершу база в поточному стані копіюється в backups/ (шлях виводиться). Копію з новішого keyplan, файл, що не є базою keyplan, або пошкоджений файл буде відхилено, і нічого не зміниться.
cli-restore-arg-path = Копія, яку повернути: записана `keyplan backup`, регулярна з backups/ або зроблена перед оновленням

cli-search-about = Знайти слова будь-де в усіх досьє й журналах: найкращі збіги першими, з текстом навколо
cli-search-after =
    Приклади:
      keyplan search поставки       кожне місце, де написано слово (або довше)
      keyplan search олена коваль   обидва слова будь-де в одному записі
      keyplan search tender -n 5    п'ять найкращих
      keyplan search -- -5%         запит, що починається з дефіса, пишуть після --
      keyplan search 'ціна' --format json | jq -r '.[] | "\(.account): \(.snippet)"'

    Текстовий вивід позначає кожен збіг [ось так]. JSON дає account_id, account, kind (account,
    charter, situation, strategy, objective, milestone, person, competitor, touchpoint),
    item_id, date, snippet (простий текст) і matches (позиції символів [start, end) у ньому).
cli-search-arg-query = Слова для пошуку, у будь-якому регістрі й письмі; кожне — початок слова (`постав` знаходить `поставки`), і результат містить їх усі
cli-search-arg-format = Як виводити результати: текстом або JSON для скриптів
cli-search-arg-limit = Щонайбільше стільки результатів

cli-people-about = Люди в клієнтів, одного клієнта чи всіх: таблиця, JSON, CSV або vCard для адресної книги
cli-people-after =
    Приклади:
      keyplan people acme                           люди одного клієнта
      keyplan people --format vcf > contacts.vcf    усі, для khard чи телефона (vCard 4.0)
      keyplan people --vcard 3.0 > contacts.vcf     vCard 3.0 для старіших телефонів
      keyplan people --email olena                  рядки адрес для поштової програми
    UID кожної картки — глобальний ідентифікатор людини: у новому експорті, з будь-якої
    машини, він той самий, і `keyplan import contacts.vcf --account acme` нічого не додає двічі.
    З --email перший рядок каже, скільки знайдено, далі по рядку
    `адреса<TAB>ім'я<TAB>клієнт` на адресу (mutt: set query_command =
    "keyplan people --email %s"); якщо нічого не знайдено, код завершення 1.
cli-people-arg-account = Лише люди цього клієнта (його номер, назва чи початок назви)
cli-people-arg-format = Як виводити людей [типово: text; vcf з --vcard]
cli-people-arg-vcard = Версія vCard: 4.0 або 3.0 для старіших телефонів [типово: 4.0]
cli-people-arg-email = Рядки адрес для поштової програми: люди, чиє ім'я, e-mail чи клієнт містить QUERY, у будь-якому регістрі
cli-people-format-text = Таблиця за шириною термінала (проста, коли вивід іде в канал)
cli-people-format-json = Масив об'єктів, для скриптів
cli-people-format-csv = Рядок на людину з рядком заголовків, для електронних таблиць
cli-people-format-vcf = vCard, по одній на людину, для khard, телефона чи поштової програми

cli-completions-about = Вивести автодоповнення для bash, zsh, fish, elvish або powershell: кожен Tab питає keyplan, тож пропонує ваших клієнтів і значення кожного параметра
cli-completions-after =
    Приклади:
      source <(keyplan completions bash)      у ~/.bashrc (або збережіть як ~/.local/share/bash-completion/completions/keyplan)
      source <(keyplan completions zsh)       у ~/.zshrc, після compinit
      keyplan completions fish > ~/.config/fish/completions/keyplan.fish
    Клієнти беруться з бази даних, яку називає командний рядок (--db, KEYPLAN_DB або типова).
cli-completions-arg-shell = bash, zsh, fish, elvish або powershell

cli-man-about = Вивести сторінку посібника (roff), створену з цих визначень
cli-man-after =
    Приклади:
      keyplan man | man -l -
      keyplan man > ~/.local/share/man/man1/keyplan.1

## keyplan check: серйозність кожного нагадування.

shell-check-overdue = прострочено
shell-check-due = на часі
shell-check-upcoming = незабаром

## Повідомлення команд.

shell-upgraded = { $path } оновлено; попередню версію збережено в { $backup }
shell-too-old-read-only = { $path } записано старішим keyplan (схема { $found }; цей читає { $known }), і оновити його на місці не можна, бо keyplan не може туди писати: скопіюйте його в каталог, де можна писати, і відкрийте там
shell-no-home = домашній каталог не знайдено: вкажіть, де база даних, через --db PATH
shell-account-unknown = жоден клієнт не відповідає «{ $wanted }»: `keyplan list` показує всіх
shell-account-guesses =
    жоден клієнт не називається «{ $wanted }» і не починається так; може, ви мали на увазі одного з цих? Назвіть його за id або початком назви:
    { $accounts }
shell-account-ambiguous =
    за «{ $wanted }» { $count ->
        [one] знайдено { $count } клієнта
        [few] знайдено { $count } клієнти
       *[other] знайдено { $count } клієнтів
    }; вкажіть, який саме, за id або довшою частиною назви:
    { $accounts }
shell-section-unknown = розділу «{ $found }» немає: виберіть { $names }
shell-show-older = … і ще { $count } { $count ->
        [one] старіший контакт
        [few] старіші контакти
       *[other] старіших контактів
    }: --log all покаже їх
shell-show-log-limit = --log приймає кількість контактів або «all», а не «{ $found }»

## keyplan log і keyplan done.

shell-choose-one-of = виберіть одне з: { $keys }
shell-due = до { $date }
shell-log-summary-empty = --summary порожній: одним рядком скажіть, що сталося
shell-log-time-invalid = --time: '{ $found }' — не час: пишіть ГГ:ХХ
shell-log-no-people = у нього ще немає людей
shell-log-its-people = його люди: { $people }
shell-log-next-step-empty = --next-step порожній: скажіть, який наступний крок
shell-log-saved = Записано контакт { $touchpoint } з { $name } (клієнт { $account }):
shell-log-with = учасники: { $people }
shell-log-outcome = Результат
shell-log-reason = Причина
shell-log-next-step = Наступний крок
shell-log-follows-up = Виконує: { $step } — закрито { $date }
shell-done-after-today = { $date } пізніше за сьогодні ({ $today }): позначте виконаним, коли буде зроблено
shell-done-follow-up = Виконано { $date }: домовленість { $step } клієнта { $name }
shell-done-milestone = Виконано { $date }: контрольна точка { $title } (до { $due }) клієнта { $name }
shell-done-none-open = у { $account } немає відкритих
shell-done-say-which =
    вкажіть, яку саме, за id:
    { $listed }
shell-done-not-one = { $found ->
        [none] { $what ->
            [milestone] жодна контрольна точка
           *[other] жодна відкрита домовленість
        } клієнта { $account } не є «{ $wanted }» і не починається так; { $choices }
       *[many] з «{ $wanted }» починається більше ніж одна { $what ->
            [milestone] контрольна точка
           *[other] відкрита домовленість
        } клієнта { $account }; { $choices }
    }
shell-done-nothing-open = у { $account } немає відкритих домовленостей чи контрольних точок
shell-done-say-what = скажіть, що виконано, через --follow-up ID або --milestone ID; відкрито в { $account }:
shell-done-follow-ups = домовленості
shell-done-milestones = контрольні точки

## export, import, backup, restore, revert, demo, list, search.

shell-cannot-write = не вдалося записати { $path } ({ $reason })
shell-cannot-read = не вдалося прочитати { $path } ({ $reason })
shell-import-file-changed = { $path } змінився під час імпорту: нічого не імпортовано; імпортуйте його ще раз
shell-no-such-file = немає такого файлу
shell-permission-denied = доступ заборонено
shell-export-into-database = { $path } — це сама база даних: запишіть експорт в інший файл
shell-export-wrote = Записано { $count } { $count ->
        [one] клієнта
        [few] клієнтів
       *[other] клієнтів
    } у { $path }.
shell-import-account-with-json = --account потрібен для людей з файлу vCard чи CSV; експорт JSON сам називає своїх клієнтів
shell-import-needs-account = у { $path } люди: вкажіть, до якого клієнта вони належать, через --account ACCOUNT
shell-import-format-unknown = з назви { $path } не зрозуміло, який це формат: вкажіть --format json, csv або vcf
shell-import-dry-run = Пробний запуск, нічого не змінено: { $summary }.
shell-import-done = Імпортовано { $path }: { $summary }.
shell-import-left-out = Пропущено: { $columns }.
shell-import-refused = { $path }: { $reason }; нічого не імпортовано
shell-restored = { $database } відновлено з { $backup }
shell-restore-kept = Базу в попередньому стані збережено в { $path }
shell-reverted = Скасовано: { $what } (#{ $change })
shell-revert-conflict = #{ $change } ({ $what }) не скасовано: запис відтоді змінився; `keyplan history` показує як
shell-demo-not-empty = у { $path } уже { $count } { $count ->
        [one] клієнт
        [few] клієнти
       *[other] клієнтів
    }: приклад портфеля додається лише в порожню базу
shell-demo-filled = { $path } заповнено прикладом портфеля: { $count } { $count ->
        [one] клієнт
        [few] клієнти
       *[other] клієнтів
    }.
shell-demo-open = Відкрийте його так: keyplan --db { $path }
shell-demo-generated = Створено { $count } клієнтів і { $touchpoints } контактів (зерно { $seed }) у { $path } за { $seconds } с.
shell-workbench-upgraded = Базу даних оновлено; попередню версію збережено в { $backup }
shell-workbench-sample = Приклад портфеля (тимчасова копія)
shell-workbench-needs-terminal = робочому місцю потрібен термінал (стандартні введення й виведення в терміналі, TERM не dumb); без нього користуйтеся командами list, show, log, check, search, export і report (keyplan --help перелічує всі)
shell-workbench-no-directory = каталогу { $path } не існує: спершу створіть його або дайте --db файл у наявному каталозі
shell-terminal-error = помилка термінала: { $reason }
shell-search-nothing = нічого не знайдено за «{ $query }»
shell-list-empty = клієнтів немає
shell-list-none-with-status = немає клієнтів зі статусом { $status }

## keyplan history і show --since-review / --since.

shell-history-no-review = план { $name } ще не переглядали: позначте виконаною контрольну точку перегляду або натисніть R у розділі «Реалізація»; --since DATE показує зміни від певного дня
shell-since-review = від перегляду { $date }
shell-since-day = від { $date }
shell-history-empty = { $name }: змін ще не збережено
shell-history-heading = Історія { $name }, найновіші першими
shell-since-nothing = { $name }: у плані нічого не змінилося { $since }
shell-since-heading = { $name }: що змінилося в плані { $since }

## settings.toml: що з ним не так (src/settings.rs).

shell-settings-no-config-directory = Каталог налаштувань не знайдено (чи задано HOME?); діють вбудовані налаштування.
shell-settings-cannot-create = Не вдалося створити { $path }: { $reason }; діють вбудовані налаштування.
shell-settings-cannot-read = Не вдалося прочитати { $path }: { $reason }; діють вбудовані налаштування.
shell-settings-line = { $file }, рядок { $line }: { $message }.
shell-settings-not-toml = { $reason }; увесь файл пропущено, діють вбудовані налаштування
shell-settings-unknown = невідоме налаштування `{ $name }` пропущено
shell-settings-number = { $name } має бути цілим числом від { $min } до { $max }, а не { $found }; діє типове значення
shell-settings-boolean = { $name } має бути true або false, а не { $found }; діє типове значення
shell-settings-language = language має бути одним із "en", "uk", "ru", "ka", а не { $found }; діє мова середовища
shell-settings-date-format = date_format має бути "local" або "iso", а не { $found }; діє типове значення
shell-settings-currency-invalid = currency має бути трьома літерами коду ISO 4217, як-от "UAH", а не { $found }; суми показано без валюти
shell-settings-backups-table = backups має бути таблицею ([backups] з routine, daily, weekly); діють типові значення
shell-settings-cadence-table = cadence має бути таблицею, як-от [cadence.breadwinner]; діють типові значення
shell-settings-unknown-type = невідомий тип ключового клієнта `cadence.{ $name }` пропущено (типи: breadwinner, prospect, image_maker, expert)
shell-settings-cadence-not-table = { $name } має бути таблицею з ideal_days і max_days; діє типове { $default }
shell-settings-cadence-problem = { $name } { $cadence }: { $problem }; діє типове { $default }

## settings.toml, що записується під час першого запуску: коментарі пояснюють
## кожне налаштування (кожен рядок коментаря починається з #); самі
## налаштування лишаються як є.

shell-settings-template =
    # Налаштування keyplan.
    # Рядки, що починаються з #, — коментарі. Вилучіть налаштування, щоб
    # повернути вбудоване значення. Про помилку буде сказано під час запуску
    # keyplan: хибне значення лишається типовим, а файл, що не є TOML, пропускається.

    # Мова інтерфейсу: "en", "uk", "ru" або "ka". Без цього мова береться
    # з LC_ALL, LC_MESSAGES або LANG (англійська для інших);
    # `keyplan --lang uk` перекриває обидва на один запуск.
    # language = "uk"

    # Дати так, як їх пише мова (31.12.2026 в uk, ru і ka), з "local",
    # або 2026-12-31 у кожній мові з "iso".
    date_format = "local"

    # Валюта, яку пишуть після сум (річні продажі, очікуваний прибуток): код
    # ISO 4217, як-от "UAH", "GEL", "KZT" чи "EUR". Без неї суми показано
    # без валюти.
    # currency = "UAH"

    # CSV-файли (export, list, report, sales list) для електронних таблиць:
    # мітка порядку байтів, крапка з комою між клітинками і кінці рядків CRLF,
    # як пише `--excel`. Клітинки, що починаються як формула, завжди
    # записуються з ' перед ними.
    csv_excel = { $excel }

    # Як часто фонова перевірка працює, поки відкрите робоче місце, у
    # секундах. Вона також працює під час запуску, після кожного збереження і
    # коли інша програма змінює базу. Від 1 до { $max_interval }.
    check_interval_secs = { $interval }

    # За скільки днів попереджати про дні народження й круглі річниці співпраці
    # (0 = лише в сам день). Від 0 до { $max_within }.
    within_days = { $within }

    # Прокручування таблиці на рядок надсилає в термінал один рядок (швидко
    # через повільне SSH-з'єднання) завдяки областям прокручування термінала.
    # Вкажіть false, якщо рядки під час прокручування зсуваються.
    scroll_regions = { $scroll }

    # Миша, якщо термінал її надсилає: коліщатко (прокручування дотиком на
    # телефоні) гортає, клік вибирає рядок, подвійний клік відкриває його.
    # Вкажіть false, щоб лишити мишу терміналу й виділяти нею текст.
    mouse = { $mouse }

    # Раз на день, коли відкривається робоче місце, копія бази записується
    # в backups/ поруч із нею (keyplan-daily-YYYY-MM-DD.db; перша копія
    # тижня зберігається довше як keyplan-weekly-YYYY-MM-DD.db). Зберігаються
    # лише найновіші `daily` (1 до { $max_daily }) і `weekly` (0 до { $max_weekly }) копії.
    # Вкажіть routine = false, щоб їх не робити; очищення і `keyplan restore` однаково пишуть свої.
    {"["}backups]
    routine = { $routine }
    daily = { $daily }
    weekly = { $weekly }

    # Стандарти частоти контактів: днів між контактами, за типом ключового клієнта.
    # Після ideal_days клієнтові час на контакт; після max_days контакт
    # прострочено. Власне «контакт кожні N днів» клієнта їх перекриває
    # (ідеал N, максимум N + N/2 з округленням угору). У втрачених і колишніх клієнтів їх немає.
shell-settings-breadwinner = приносить 10% прибутку чи більше, довгостроковий партнер.
shell-settings-prospect = новий, має бюджет, можливо, відвойований у конкурента.
shell-settings-image-maker = відоме ім'я, лідер своєї галузі чи регіону.
shell-settings-expert = вимогливий, знає ринок, підтягує нашу якість.
cli-man-one-of = Одне з: { $values }.
cli-man-env-db = Файл бази даних, як його задає --db (--db важливіший).
cli-man-env-today = Дата, яку keyplan вважає сьогоднішньою, як її задає --today, для кожного екрана й команди.
cli-man-env-editor = Редактор, у якому E відкриває текст (спершу VISUAL), з аргументами (VISUAL="code --wait"); без обох — vi.
cli-man-env-no-color = Задано й не порожня: жодних кольорів у виводі команд.
cli-man-env-lang = Мова інтерфейсу, коли її не обирають ні --lang, ні settings.toml; діє перша задана (uk_UA.UTF-8, ru_RU, ka_GE; будь-яка інша локаль — англійська).
cli-man-env-data-home = Де лежить база даних [типово: ~/.local/share].
cli-man-env-config-home = Де лежить settings.toml [типово: ~/.config].
cli-man-file-database = База даних (приватна, 0600, з файлами -wal і -shm), якщо --db чи KEYPLAN_DB не обирають іншу; оновлення спершу лишає поруч копію ({ $file }.before-vN-….bak). На macOS — у ~/Library/Application Support/keyplan/.
cli-man-file-settings = Налаштування: стандарти контактів, перевірка, резервні копії, аналіз, мова й формат дат; створюються з коментарями під час першого запуску.
cli-man-file-backups = Поруч із базою: щоденні й щотижневі копії, копії перед видаленням клієнта чи відновленням і копії keyplan backup (приватно, 0700).

## show --since-review: запис плану ($kind: задача, контрольна точка...).

shell-since-added = { $kind } «{ $label }»: додано
shell-since-removed = { $kind } «{ $label }»: вилучено
shell-since-changed = { $kind } «{ $label }»: змінено { $fields }

## keyplan list: заголовки таблиці.

shell-list-id = ID
shell-list-account = Клієнт
shell-list-type = Тип
shell-list-level = Рівень
shell-list-status = Статус
shell-list-last-contact = Останній контакт
shell-list-next-due = Наступний термін
shell-list-sales = Продажі

shell-import-people-need-account = людей можна імпортувати лише до клієнта

shell-people-empty = людей немає
shell-people-vcard-needs-vcf = --vcard обирає версію vCard: лише разом із --format vcf
shell-people-name = Ім'я
shell-people-title = Посада
shell-people-role = Роль
shell-people-email = E-mail
shell-people-phone = Телефон
shell-people-birthday = День народження
shell-people-query-found = keyplan: { $count ->
        [one] { $count } збіг
        [few] { $count } збіги
       *[other] { $count } збігів
    }
shell-people-query-none = keyplan: жодна адреса не відповідає «{ $query }»

## Long work: progress, Ctrl-C; export by extension; CSV for spreadsheets
shell-export-wrote-events = Записано { $count } { $count ->
        [one] подію
        [few] події
       *[other] подій
    } у { $path }.
shell-export-format-contradicts = --format { $format } суперечить назві { $path }, яка означає { $named }: вкажіть щось одне або узгодьте їх
shell-export-format-unwritable = export не вміє писати формат, який означає назва { $path }: назвіть файл .json, .md, .csv чи .ics або вкажіть --format
shell-export-progress = Експорт
shell-import-progress = Імпорт
shell-demo-progress = Створення
shell-interrupted = перервано: нічого не змінено
progress-left = лишилося
cli-exit-130 = перервано Ctrl-C (чи `kill -INT`): demo, імпорт чи експорт зупинено, нічого не змінено
cli-export-arg-excel = CSV для електронних таблиць: UTF-8 з міткою порядку байтів, крапка з комою, CRLF (також налаштування csv_excel)
cli-list-arg-excel = CSV для електронних таблиць: UTF-8 з міткою порядку байтів, крапка з комою, CRLF (також налаштування csv_excel)
cli-people-arg-excel = CSV для електронних таблиць: UTF-8 з міткою порядку байтів, крапка з комою, CRLF (також налаштування csv_excel)
