## losses: lost customers: reasons, lapsing, the win-back list

loss-reason-price = Цена
loss-reason-quality = Качество
loss-reason-service = Сервис
loss-reason-competitor = Конкурент
loss-reason-relocation = Переезд
loss-reason-other = Другое

win-back-means-special_offer = Специальное предложение
win-back-means-gift = Подарок
win-back-means-discount = Скидка
win-back-means-meeting = Встреча
win-back-means-other = Другое

## Предупреждения проверки ($days и $lost_after — числа дней; $date уже
## записана по правилам языка; $item — alert-quoted или пусто; $means —
## название из win-back-means).
losses-alert-lapsing = нет закупок { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }; потерян через { $lost_after }
losses-alert-lost = нет закупок { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }; потерян через { $lost_after }: закройте как потерянного или запланируйте возврат
losses-alert-win-back-today = возврат клиента сегодня: { $means }{ $item }
losses-alert-win-back = возврат клиента ({ $means }){ $item } просрочен на { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } (запланирован на { $date })

## Форма потерянного или бывшего клиента (подписи до 17 знаков).
losses-label-reason = Почему потерян
losses-label-loss-note = О потере
losses-label-closed-on = Закрыт
losses-label-win-back = Вернуть через
losses-label-win-back-due = Вернуть к
losses-label-win-back-note = О возврате
losses-form-reason-required = укажите, почему клиент потерян
losses-form-closed-after-today = дата закрытия не может быть позже сегодняшней
losses-form-win-back-needs-date = возврату нужна дата
losses-form-win-back-needs-means = выберите, как вернуть, или очистите дату

## Обзор досье и документы Markdown и текст.
losses-fact-currency = Валюта
losses-fact-closed = Закрыт
losses-fact-win-back = Возврат
losses-closed = { $status } с { $date }: { $reason }
losses-closed-no-reason = { $status } с { $date }
losses-win-back-plan = { $means }, { $date }

## keyplan close и keyplan win-back.
cli-close-about = Закрыть клиента как потерянного или бывшего, с причиной
cli-close-after =
    Примеры:
      keyplan close acme --as lost --reason price --note "ушли к более дешёвому поставщику"
      keyplan close 12 --as former --reason relocation --date 2026-10-31
    Причины: price, quality, service, competitor, relocation, other.
    Чтобы снова открыть клиента, смените его статус в рабочем месте: дата
    закрытия исчезнет, причина останется в истории.
cli-close-arg-account = Клиент: его id, название или начало названия либо одного из его слов
cli-close-arg-as = lost (клиент ушёл) или former (больше не наш клиент, по договорённости)
cli-close-arg-reason = Почему: price, quality, service, competitor, relocation или other
cli-close-arg-note = Что случилось, в нескольких словах
cli-close-arg-date = День закрытия: 2026-12-31, 31.12.2026, yesterday, -3d [по умолчанию: сегодня]
cli-win-back-about = Добавить потерянного или бывшего клиента в список возврата или убрать из него
cli-win-back-after =
    Примеры:
      keyplan win-back acme --means special_offer --date 2027-02-01 --note "10% на весенний заказ"
      keyplan win-back acme --clear
    Средства: special_offer, gift, discount, meeting, other. Проверка напоминает
    о плане в его день, а после него — как о просроченном.
cli-win-back-arg-account = Клиент: его id, название или начало названия либо одного из его слов
cli-win-back-arg-means = Как: special_offer, gift, discount, meeting или other
cli-win-back-arg-date = День действия: 2027-02-01, 01.02.2027, 1.2, +30d
cli-win-back-arg-note = Предложение или план, в нескольких словах
cli-win-back-arg-clear = Убрать клиента из списка возврата
shell-close-done = { $name }: закрыт со статусом «{ $status }» { $date } (причина: { $reason }).
shell-close-already = { $name } уже имеет статус «{ $status }» (закрыт { $date }): ничего не изменено; дату закрытия, причину или заметку измените в форме клиента в рабочем месте
shell-close-after-today = дата закрытия { $date } позже сегодняшней ({ $today })
shell-win-back-done = { $name }: возврат — { $means }, { $date }.
shell-win-back-cleared = { $name } убран из списка возврата.
shell-win-back-was-not = { $name } не было в списке возврата.
shell-win-back-open = { $name } открыт (статус «{ $status }»): в список возврата попадают только потерянные и бывшие клиенты; сначала закройте его через `keyplan close`.
shell-win-back-needs = укажите, как и когда: --means и --date (или --clear)

## settings.toml: таблица [analysis].
losses-settings-percent = { $name } должно быть процентом от { $min } до { $max }, а не { $found }; действует значение по умолчанию
losses-settings-analysis-table = analysis должно быть таблицей ([analysis] с pareto_cutoff, abc_a, lost_after_days...); действуют значения по умолчанию
losses-settings-by-type-table = analysis.lost_after_days_by_type должно быть таблицей вроде { "{" } expert = 365 { "}" }; для всех типов действует lost_after_days
losses-settings-unknown-type = неизвестный тип ключевого клиента `analysis.lost_after_days_by_type.{ $name }` пропущен (типы: breadwinner, prospect, image_maker, expert)
losses-settings-out-of-order = { $high_name } ({ $high }) не может быть меньше { $low_name } ({ $low }); для обоих действуют значения по умолчанию
losses-settings-template =
    # Анализ истории продаж. Доли и вариации — в процентах: 80 означает 80%.
    {"["}analysis]
    # Линия Парето: клиенты, дающие эту долю продаж (от 1 до 100).
    pareto_cutoff = { $pareto }
    # ABC: A — до этой накопленной доли продаж, B — до следующей, C — остальные.
    abc_a = { $abc_a }
    abc_b = { $abc_b }
    # XYZ: X — до этой вариации месячных продаж (стандартное отклонение к
    # среднему), Y — до следующей, Z — больше (от 0 до 1000).
    xyz_x = { $xyz_x }
    xyz_y = { $xyz_y }
    # Меньше месяцев истории (от 1 до { $max_min_months }) — без класса XYZ.
    xyz_min_months = { $min_months }
    # Клиент, чей средний месяц меньше этой суммы (в целых единицах),
    # покупает меньше минимального заказа; 0 выключает проверку.
    minimum_order = { $minimum_order }
    # Критерий потерянного клиента: столько дней без закупок — и клиент
    # считается потерянным (от 0 до { $max_lost_after }; 0 — никогда). Проверка предупреждает
    # за lapsing_warn_days до этого.
    lost_after_days = { $lost_after }
    lapsing_warn_days = { $warn }
    # Другой критерий для одного типа ключевого клиента:
    # {"["}analysis.lost_after_days_by_type]
    # expert = 365

# Столбец «Опозд.» портфеля: отметка клиента без закупок (один узкий знак).
losses-portfolio-lapsing = ↓
