# Робоче місце поза досьє та формами: портфель, порядок денний, пошук,
# вітання, рядок стану, запитання й невеликі вікна.

## Рядок стану
crumb-welcome = Вітаємо
crumb-portfolio = Портфель
crumb-agenda = Порядок денний
status-keys = клавіші
status-counts = { $overdue } простр. · { $due } на часі
status-drafts-waiting = { $count ->
        [one] { $count } чернетка чекає
        [few] { $count } чернетки чекають
        [many] { $count } чернеток чекають
       *[other] { $count } чернетки чекають
    }
screen-too-small = keyplan потрібне вікно щонайменше { $width }×{ $height }.

## Вітання
welcome-title = Вітаємо в keyplan
welcome-what = Ваші ключові клієнти, їхні плани відносин, люди, що ухвалюють рішення, і кожен контакт — в одному місці.
welcome-add = Натисніть { $key }, щоб додати першого ключового клієнта.
welcome-keys = { $help } — клавіші, { $quit } — вихід.
welcome-demo = Щоб спершу роздивитися зразок портфеля, вийдіть і запустіть:
welcome-demo-file = Він відкриється в тимчасовому файлі; ця база лишиться як є.

## Портфель
portfolio-title = Ключові клієнти ({ $count }) · { $order }
portfolio-order-share = за часткою продажів
portfolio-order-urgency = найпростроченіші спершу
portfolio-filter-count = { $shown } з { $total }
portfolio-empty = Клієнтів ще немає: натисніть a, щоб додати.
portfolio-no-match = Жоден клієнт не відповідає «{ $filter }». Esc очищає фільтр.
portfolio-column-late = Строк
portfolio-column-account = Клієнт
portfolio-column-type = Тип
portfolio-column-level = Рівень
portfolio-column-status = Статус
portfolio-column-share = Частка
portfolio-column-last = Останній
portfolio-column-next = Наступний
portfolio-days = д

## Порядок денний
agenda-title = Порядок денний · { $counts } · попереду: { $upcoming }
agenda-title-checking = Порядок денний · перевірка…
agenda-nothing-slipping = Нічого не вислизає: усі відносини в межах стандарту контактів, жоден наступний крок не прострочено, жодну контрольну точку не пропущено.
agenda-checking = Триває фонова перевірка…
agenda-group-today = Сьогодні
agenda-group-this-week = Цього тижня
agenda-group-later = Пізніше
agenda-days-late = прострочка { $days } дн.
agenda-in-days = через { $days } дн.
agenda-today = сьогодні
agenda-done = Виконано: { $subject }
agenda-x-hint = x позначає виконаним прострочений крок чи пройдену контрольну точку; контакт записує l

## Пошук
search-title = Пошук
search-hint = Шукайте слова в назвах, планах, людях, конкурентах і журналі.
search-nothing = Нічого не знайдено.
search-first = Перші { $count }
search-found = Знайдено: { $count }
search-keys = ↑↓ вибір · Enter відкрити · Esc закрити
status-search-nothing-to-open = Нічого відкрити: введіть слово, яке десь написано

## Вікна із запитанням
popup-sure = Ви впевнені?
popup-yes-no = { $yes } так    { $no } ні
popup-go-ahead-cancel = { $enter } виконати    { $esc } скасувати
popup-new-item-title = Додати до реалізації
popup-new-objective = { $key } задача на рік
popup-new-milestone = { $key } контрольна точка
popup-cancel = { $key } скасувати
popup-draft-title = Чекає чернетка
popup-draft-keys = { $from }: { $restore } відновити · { $discard } викинути
popup-draft-later = { $key } вирішити пізніше
ask-discard-form = Викинути те, що набрано в цій формі?
ask-discard-text = Викинути зміни в цьому тексті?
ask-quit = Вийти й викинути незбережене?
ask-delete = Видалити { $what }? (u повертає)
ask-purge = Стерти «{ $name }» разом з усім досьє? Цього не скасувати (спершу буде записано резервну копію бази). Щоб зберегти пам'ять про клієнта, краще встановіть статус «Втрачений» чи «Колишній». Введіть назву клієнта, щоб стерти:
ask-carry = Перенести на { $next } рік? Задачі { $year } року буде скопійовано з роком { $next }, а відкриті контрольні точки зі строком у { $year } році зсунуто на рік (u повертає)

## Чернетки
draft-from = Чернетка від { $when }
draft-from-machine = Чернетка від { $when } з { $machine }
draft-record-gone = { $kind ->
        [account] Клієнта
        [objective] Задачу
        [milestone] Контрольну точку
        [person] Особу
        [competitor] Конкурента
        [touchpoint] Контакт
       *[other] Запис ({ $kind })
    }, для якого набрано цю чернетку, відтоді видалено; r вставить її текст сюди.
status-draft-restored = Чернетку відновлено: Ctrl-S зберігає, Esc викидає
status-draft-discarded = Чернетку викинуто
status-draft-later = Чернетка лишається; її запропонують наступного разу
status-draft-not-kept = Не вдалося зберегти чернетку: { $reason }
status-draft-not-removed = Не вдалося видалити чернетку: { $reason }
status-drafts-not-read = Не вдалося прочитати чернетки: { $reason }

## Редактор, конфлікт, історія
editor-keys = Ctrl-S зберегти · Esc скасувати
editor-placeholder = Почніть писати. Ctrl-S зберігає, Esc скасовує.
conflict-title = { $what }: змінено деінде
conflict-keys = m лишити моє · t лишити їхнє · e об'єднати в редакторі · Esc назад
conflict-keys-short = m моє · t їхнє · e об'єднати · Esc назад
conflict-theirs = Збережене зараз
conflict-mine = Ваше (не збережено)
history-title = { $what }: збережені версії, новіші спершу
history-keys = Enter порівняти · r відновити · Esc закрити
history-column-saved = Збережено
history-column-machine = Пристрій
history-column-words = Слова
history-restored = відновлено
history-saved = збережено
history-version-title = { $what }: версія від { $when } ({ $machine }) проти чинної
history-version-keys = r відновити цю версію · Esc до версій
history-then = Тоді, { $when }
history-now = Зараз

## Повідомлення
status-created = Створено { $name }
status-saved-name = Збережено { $name }
status-objective-saved = Задачу збережено
status-milestone-saved = Контрольну точку збережено
status-competitor-saved = Збережено конкурента { $name }
status-snoozed = Відкладено до { $date }
status-touchpoint-logged = Контакт від { $date } записано
status-text-saved = { $what }: збережено
status-fix-fields = Не збережено: виправте поля, позначені червоним
status-not-saved = Не збережено: { $reason }
status-not-saved-gone = Не збережено: { $reason } (видалено деінде). Набране лишилося тут: Esc закриває
status-editor-failed = Редактор завершився з помилкою: нічого не змінено
status-no-change = Без змін
status-milestone-done = Контрольну точку виконано
status-milestone-reopened = Контрольну точку знову відкрито
status-follow-up-done = Наступний крок виконано
status-follow-up-reopened = Наступний крок знову відкрито
status-x-hint = x позначає виконаними контрольну точку (5) чи наступний крок контакту (7)
status-deleted = Видалено (u повертає)
status-not-deleted-gone = Не видалено: це вже видалено деінде
status-not-deleted-changed = Не видалено: відтоді це змінено деінде; перегляньте ще раз
status-not-purged = Не стерто: не вдалося записати резервну копію ({ $reason })
status-purged = Клієнта стерто; базу в попередньому стані збережено в { $path }
status-cancelled = Скасовано
status-changes-discarded = Зміни викинуто
status-still-unsaved = Досі не збережено: Ctrl-S зберігає (і знову покаже конфлікт)
status-check-failed = Фонова перевірка: { $reason }
status-backup-failed = Щоденну резервну копію не записано, бо { $reason }; ваші дані неушкоджені, наступна спроба завтра.
status-sorted-rank = Упорядковано за рангом (часткою продажів)
status-sorted-urgency = Упорядковано: найпростроченіші спершу
status-no-account-selected = Клієнта не вибрано
status-edit-externally-hint = E редагує текст: хартію, ситуацію, стратегію чи текст огляду
status-delete-hint = Виберіть елемент списку, щоб видалити його
status-nothing-to-edit = Тут ще нічого редагувати: n додає елемент
status-item-gone = Цього елемента вже немає: його видалено деінде
status-new-item-hint = n додає до списку: Реалізація (5), Люди (6), Журнал (7), Конкуренти (8)
status-prompt-mismatch = Нічого не зроблено: набране не збігається із запитаним
status-nothing-to-undo = У цьому сеансі нічого скасовувати
status-nothing-to-redo = Нічого повторювати
status-undone = Скасовано (U повторює)
status-redone = Повторено (u повертає)
status-changed-since = відтоді це змінено деінде
status-deleted-since = відтоді це видалено деінде
status-cannot-undo = Не вдалося скасувати: { $reason }
status-cannot-redo = Не вдалося повторити: { $reason }
status-review-hint = R записує перегляд плану: у розділі Реалізація (5)
status-review-recorded = Перегляд плану записано на { $date } (u повертає)
status-not-recorded = Не записано: { $reason }
status-carry-hint = C переносить план на наступний рік: у розділі Реалізація (5)
status-carried = Перенесено на { $next } рік: скопійовано { $objectives } { $objectives ->
        [one] задачу
        [few] задачі
        [many] задач
       *[other] задачі
    }, зсунуто { $milestones } { $milestones ->
        [one] відкриту контрольну точку
        [few] відкриті контрольні точки
        [many] відкритих контрольних точок
       *[other] відкритої контрольної точки
    } (u повертає)
status-not-carried = Не перенесено: { $reason }
status-history-hint = h показує версії тексту: Хартія (2), Ситуація (3), Стратегія (4) чи текст огляду
status-nothing-to-restore = Ця версія збігається з чинним текстом: нічого відновлювати
status-restored = { $what }: версію від { $when } повернуто як нову (u повертає)
status-not-restored-changed = Не відновлено: { $what } тим часом змінено деінде; h покаже ще раз
status-not-restored = Не відновлено: { $reason }
status-conflict = Не збережено: { $what } змінено деінде
status-kept-theirs = Лишено збережене: { $what }
status-merge-text = Обидві версії в редакторі: лиште потрібне, Ctrl-S зберігає
status-merge-form = Знову ваша форма: її збереження тепер замінить збережену версію
