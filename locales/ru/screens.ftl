# Рабочее место вне досье и форм: портфель, повестка, поиск, приветствие,
# строка состояния, вопросы и небольшие окна.

## Строка состояния
crumb-welcome = Добро пожаловать
crumb-portfolio = Портфель
crumb-agenda = Повестка
status-keys = клавиши
status-counts = { $overdue } просроч. · { $due } к сроку
status-drafts-waiting = { $count ->
        [one] { $count } черновик ждёт
        [few] { $count } черновика ждут
        [many] { $count } черновиков ждут
       *[other] { $count } черновика ждут
    }
screen-too-small = keyplan нужно окно не меньше { $width }×{ $height }.

## Приветствие
welcome-title = Добро пожаловать в keyplan
welcome-what = Ваши ключевые клиенты, их планы отношений, люди, принимающие решения, и каждый контакт — в одном месте.
welcome-add = Нажмите { $key }, чтобы добавить первого ключевого клиента.
welcome-keys = { $help } — клавиши, { $quit } — выход.
welcome-demo = Чтобы сначала посмотреть пример портфеля, выйдите и запустите:
welcome-demo-file = Он откроется во временном файле; эта база останется как есть.

## Портфель
portfolio-title = Ключевые клиенты ({ $count }) · { $order }
portfolio-order-share = по доле продаж
portfolio-order-urgency = самые просроченные сначала
portfolio-filter-count = { $shown } из { $total }
portfolio-empty = Клиентов пока нет: нажмите a, чтобы добавить.
portfolio-no-match = Ни один клиент не подходит под «{ $filter }». Esc очищает фильтр.
portfolio-column-late = Срок
portfolio-column-account = Клиент
portfolio-column-type = Тип
portfolio-column-level = Уровень
portfolio-column-status = Статус
portfolio-column-share = Доля
portfolio-column-last = Последний
portfolio-column-next = Следующий
portfolio-days = д

## Повестка
agenda-title = Повестка · { $counts } · впереди: { $upcoming }
agenda-title-checking = Повестка · проверка…
agenda-nothing-slipping = Ничего не упущено: все отношения в пределах стандарта контактов, ни один следующий шаг не просрочен, ни одна контрольная точка не пропущена.
agenda-checking = Идёт фоновая проверка…
agenda-group-today = Сегодня
agenda-group-this-week = На этой неделе
agenda-group-later = Позже
agenda-days-late = просрочка { $days } дн.
agenda-in-days = через { $days } дн.
agenda-today = сегодня
agenda-done = Выполнено: { $subject }
agenda-x-hint = x отмечает выполненным просроченный шаг или пройденную контрольную точку; контакт записывает l

## Поиск
search-title = Поиск
search-hint = Ищите слова в названиях, планах, людях, конкурентах и журнале.
search-nothing = Ничего не найдено.
search-first = Первые { $count }
search-found = Найдено: { $count }
search-keys = ↑↓ выбор · Enter открыть · Esc закрыть
status-search-nothing-to-open = Нечего открыть: введите слово, которое где-то написано

## Окна с вопросом
popup-sure = Вы уверены?
popup-yes-no = { $yes } да    { $no } нет
popup-go-ahead-cancel = { $enter } выполнить    { $esc } отмена
popup-new-item-title = Добавить в реализацию
popup-new-objective = { $key } цель на год
popup-new-milestone = { $key } контрольная точка
popup-cancel = { $key } отмена
popup-draft-title = Ждёт черновик
popup-draft-keys = { $from }: { $restore } восстановить · { $discard } выбросить
popup-draft-later = { $key } решить позже
ask-discard-form = Выбросить то, что набрано в этой форме?
ask-discard-text = Выбросить изменения в этом тексте?
ask-quit = Выйти и выбросить несохранённое?
ask-delete = Удалить { $what }? (u возвращает)
ask-purge = Стереть «{ $name }» вместе со всем досье? Это нельзя отменить (сначала будет записана резервная копия базы). Чтобы сохранить память о клиенте, лучше поставьте статус «Потерянный» или «Бывший». Введите название клиента, чтобы стереть:
ask-carry = Перенести на { $next } год? Цели { $year } года будут скопированы с годом { $next }, а открытые контрольные точки со сроком в { $year } году сдвинуты на год (u возвращает)

## Черновики
draft-from = Черновик от { $when }
draft-from-machine = Черновик от { $when } с { $machine }
draft-record-gone = Запись, для которой набран этот черновик ({ $kind ->
        [account] клиент
        [objective] цель
        [milestone] контрольная точка
        [person] человек
        [competitor] конкурент
        [touchpoint] контакт
       *[other] { $kind }
    }), с тех пор удалена; r вставит её текст сюда.
status-draft-restored = Черновик восстановлен: Ctrl-S сохраняет, Esc выбрасывает
status-draft-discarded = Черновик выброшен
status-draft-later = Черновик остаётся; его предложат в следующий раз
status-draft-not-kept = Не удалось сохранить черновик: { $reason }
status-draft-not-removed = Не удалось удалить черновик: { $reason }
status-drafts-not-read = Не удалось прочитать черновики: { $reason }

## Редактор, конфликт, история
editor-keys = Ctrl-S сохранить · Esc отмена
editor-placeholder = Начните печатать. Ctrl-S сохраняет, Esc отменяет.
conflict-title = { $what }: изменено в другом месте
conflict-keys = m оставить моё · t оставить их · e объединить в редакторе · Esc назад
conflict-keys-short = m моё · t их · e объединить · Esc назад
conflict-theirs = Сохранено сейчас
conflict-mine = Ваше (не сохранено)
history-title = { $what }: сохранённые версии, новые сначала
history-keys = Enter сравнить · r восстановить · Esc закрыть
history-column-saved = Сохранено
history-column-machine = Устройство
history-column-words = Слова
history-restored = восстановл.
history-saved = сохранено
history-version-title = { $what }: версия от { $when } ({ $machine }) против текущей
history-version-keys = r восстановить эту версию · Esc к версиям
history-then = Тогда, { $when }
history-now = Сейчас

## Сообщения
status-created = Создан клиент { $name }
status-saved-name = Сохранено: { $name }
status-objective-saved = Цель сохранена
status-milestone-saved = Контрольная точка сохранена
status-competitor-saved = Сохранён конкурент { $name }
status-snoozed = Отложено до { $date }
status-touchpoint-logged = Контакт от { $date } записан
status-text-saved = { $what }: сохранено
status-fix-fields = Не сохранено: исправьте поля, отмеченные красным
status-not-saved = Не сохранено: { $reason }
status-not-saved-gone = Не сохранено: { $reason } (удалено в другом месте). Набранное осталось здесь: Esc закрывает
status-editor-failed = Редактор завершился с ошибкой: ничего не изменено
status-no-change = Без изменений
status-milestone-done = Контрольная точка выполнена
status-milestone-reopened = Контрольная точка снова открыта
status-follow-up-done = Следующий шаг выполнен
status-follow-up-reopened = Следующий шаг снова открыт
status-x-hint = x отмечает выполненными контрольную точку (5) или следующий шаг контакта (7)
status-deleted = Удалено (u возвращает)
status-not-deleted-gone = Не удалено: это уже удалено в другом месте
status-not-deleted-changed = Не удалено: с тех пор это изменено в другом месте; посмотрите ещё раз
status-not-purged = Не стёрто: не удалось записать резервную копию ({ $reason })
status-purged = Клиент стёрт; база в прежнем виде сохранена в { $path }
status-cancelled = Отменено
status-changes-discarded = Изменения выброшены
status-still-unsaved = Всё ещё не сохранено: Ctrl-S сохраняет (и снова покажет конфликт)
status-check-failed = Фоновая проверка: { $reason }
status-backup-failed = Ежедневная резервная копия не записана, потому что { $reason }; ваши данные не затронуты, следующая попытка завтра.
status-sorted-rank = Упорядочено по рангу (доле продаж)
status-sorted-urgency = Упорядочено: самые просроченные сначала
status-no-account-selected = Клиент не выбран
status-edit-externally-hint = E редактирует текст: хартию, ситуацию, стратегию или текст обзора
status-delete-hint = Выберите элемент списка, чтобы удалить его
status-nothing-to-edit = Здесь пока нечего редактировать: n добавляет элемент
status-item-gone = Этого элемента уже нет: он удалён в другом месте
status-new-item-hint = n добавляет в список: Реализация (5), Люди (6), Журнал (7), Конкуренты (8)
status-prompt-mismatch = Ничего не сделано: набранное не совпадает с запрошенным
status-nothing-to-undo = В этом сеансе нечего отменять
status-nothing-to-redo = Нечего повторять
status-undone = Отменено (U повторяет)
status-redone = Повторено (u возвращает)
status-changed-since = с тех пор это изменено в другом месте
status-deleted-since = с тех пор это удалено в другом месте
status-cannot-undo = Не удалось отменить: { $reason }
status-cannot-redo = Не удалось повторить: { $reason }
status-review-hint = R записывает пересмотр плана: в разделе Реализация (5)
status-review-recorded = Пересмотр плана записан на { $date } (u возвращает)
status-not-recorded = Не записано: { $reason }
status-carry-hint = C переносит план на следующий год: в разделе Реализация (5)
status-carried = Перенесено на { $next } год: { $objectives ->
        [one] скопирована { $objectives } цель
        [few] скопированы { $objectives } цели
        [many] скопировано { $objectives } целей
       *[other] скопировано { $objectives } цели
    }, { $milestones ->
        [one] сдвинута { $milestones } открытая контрольная точка
        [few] сдвинуты { $milestones } открытые контрольные точки
        [many] сдвинуто { $milestones } открытых контрольных точек
       *[other] сдвинуто { $milestones } открытой контрольной точки
    } (u возвращает)
status-not-carried = Не перенесено: { $reason }
status-history-hint = h показывает версии текста: Хартия (2), Ситуация (3), Стратегия (4) или текст обзора
status-nothing-to-restore = Эта версия совпадает с текущим текстом: нечего восстанавливать
status-restored = { $what }: версия от { $when } возвращена как новая (u возвращает)
status-not-restored-changed = Не восстановлено: { $what } тем временем изменено в другом месте; h покажет снова
status-not-restored = Не восстановлено: { $reason }
status-conflict = Не сохранено: { $what } изменено в другом месте
status-kept-theirs = Оставлено сохранённое: { $what }
status-merge-text = Обе версии в редакторе: оставьте нужное, Ctrl-S сохраняет
status-merge-form = Снова ваша форма: её сохранение теперь заменит сохранённую версию
