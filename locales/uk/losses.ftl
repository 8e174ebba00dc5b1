## losses: lost customers: reasons, lapsing, the win-back list

loss-reason-price = Ціна
loss-reason-quality = Якість
loss-reason-service = Сервіс
loss-reason-competitor = Конкурент
loss-reason-relocation = Переїзд
loss-reason-other = Інше

win-back-means-special_offer = Спеціальна пропозиція
win-back-means-gift = Подарунок
win-back-means-discount = Знижка
win-back-means-meeting = Зустріч
win-back-means-other = Інше

## Попередження перевірки ($days і $lost_after — числа днів; $date уже
## записано по-мовному; $item — alert-quoted або порожньо; $means — назва
## з win-back-means).
losses-alert-lapsing = немає закупівель { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }; втрачений через { $lost_after }
losses-alert-lost = немає закупівель { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }; втрачений через { $lost_after }: закрийте як втраченого або сплануйте повернення
losses-alert-win-back-today = повернення клієнта сьогодні: { $means }{ $item }
losses-alert-win-back = повернення клієнта ({ $means }){ $item } прострочено на { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } (заплановано на { $date })

## Форма втраченого або колишнього клієнта (підписи до 17 знаків).
losses-label-reason = Чому втрачено
losses-label-loss-note = Про втрату
losses-label-closed-on = Закрито
losses-label-win-back = Повернути через
losses-label-win-back-due = Повернути до
losses-label-win-back-note = Про повернення
losses-form-reason-required = вкажіть, чому клієнта втрачено
losses-form-closed-after-today = дата закриття не може бути пізнішою за сьогодні
losses-form-win-back-needs-date = поверненню потрібна дата
losses-form-win-back-needs-means = виберіть, як повернути, або очистьте дату

## Огляд досьє і документи Markdown та текст.
losses-fact-currency = Валюта
losses-fact-closed = Закрито
losses-fact-win-back = Повернення
losses-closed = { $status } з { $date }: { $reason }
losses-closed-no-reason = { $status } з { $date }
losses-win-back-plan = { $means }, { $date }

## keyplan close і keyplan win-back.
cli-close-about = Закрити клієнта як втраченого або колишнього, з причиною
cli-close-after =
    Приклади:
      keyplan close acme --as lost --reason price --note "пішли до дешевшого постачальника"
      keyplan close 12 --as former --reason relocation --date 2026-10-31
    Причини: price, quality, service, competitor, relocation, other.
    Щоб відкрити клієнта знову, змініть його статус у робочому місці: дата
    закриття зникне, причина лишиться в історії.
cli-close-arg-account = Клієнт: його id, назва або початок назви чи одного з її слів
cli-close-arg-as = lost (клієнт пішов) або former (більше не наш клієнт, за домовленістю)
cli-close-arg-reason = Чому: price, quality, service, competitor, relocation або other
cli-close-arg-note = Що сталося, кількома словами
cli-close-arg-date = День закриття: 2026-12-31, 31.12.2026, yesterday, -3d [типово: сьогодні]
cli-win-back-about = Додати втраченого або колишнього клієнта до списку повернення або прибрати з нього
cli-win-back-after =
    Приклади:
      keyplan win-back acme --means special_offer --date 2027-02-01 --note "10% на весняне замовлення"
      keyplan win-back acme --clear
    Засоби: special_offer, gift, discount, meeting, other. Перевірка нагадує
    про план у його день, а після нього — як про прострочений.
cli-win-back-arg-account = Клієнт: його id, назва або початок назви чи одного з її слів
cli-win-back-arg-means = Як: special_offer, gift, discount, meeting або other
cli-win-back-arg-date = День дії: 2027-02-01, 01.02.2027, 1.2, +30d
cli-win-back-arg-note = Пропозиція або план, кількома словами
cli-win-back-arg-clear = Прибрати клієнта зі списку повернення
shell-close-done = { $name }: закрито зі статусом «{ $status }» { $date } (причина: { $reason }).
shell-close-already = { $name } вже має статус «{ $status }» (закрито { $date }): нічого не змінено; дату закриття, причину чи нотатку змініть у формі клієнта в робочому місці
shell-close-after-today = дата закриття { $date } пізніша за сьогодні ({ $today })
shell-win-back-done = { $name }: повернення — { $means }, { $date }.
shell-win-back-cleared = { $name } прибрано зі списку повернення.
shell-win-back-was-not = { $name } не було в списку повернення.
shell-win-back-open = { $name } відкритий (статус «{ $status }»): до списку повернення потрапляють лише втрачені й колишні клієнти; спершу закрийте його через `keyplan close`.
shell-win-back-needs = вкажіть, як і коли: --means і --date (або --clear)

## settings.toml: таблиця [analysis].
losses-settings-percent = { $name } має бути відсотком від { $min } до { $max }, а не { $found }; діє типове значення
losses-settings-analysis-table = analysis має бути таблицею ([analysis] з pareto_cutoff, abc_a, lost_after_days...); діють типові значення
losses-settings-by-type-table = analysis.lost_after_days_by_type має бути таблицею на кшталт { "{" } expert = 365 { "}" }; для всіх типів діє lost_after_days
losses-settings-unknown-type = невідомий тип ключового клієнта `analysis.lost_after_days_by_type.{ $name }` пропущено (типи: breadwinner, prospect, image_maker, expert)
losses-settings-out-of-order = { $high_name } ({ $high }) не може бути меншим за { $low_name } ({ $low }); для обох діють типові значення
losses-settings-template =
    # Аналіз історії продажів. Частки й варіації — у відсотках: 80 означає 80%.
    {"["}analysis]
    # Лінія Парето: клієнти, що дають цю частку продажів (від 1 до 100).
    pareto_cutoff = { $pareto }
    # ABC: A — до цієї накопиченої частки продажів, B — до наступної, C — решта.
    abc_a = { $abc_a }
    abc_b = { $abc_b }
    # XYZ: X — до цієї варіації місячних продажів (стандартне відхилення до
    # середнього), Y — до наступної, Z — більше (від 0 до 1000).
    xyz_x = { $xyz_x }
    xyz_y = { $xyz_y }
    # Менше місяців історії (від 1 до { $max_min_months }) — без класу XYZ.
    xyz_min_months = { $min_months }
    # Клієнт, чий середній місяць менший за цю суму (у цілих одиницях),
    # купує менше за мінімальне замовлення; 0 вимикає перевірку.
    minimum_order = { $minimum_order }
    # Критерій втраченого клієнта: стільки днів без закупівель — і клієнт
    # вважається втраченим (від 0 до { $max_lost_after }; 0 — ніколи). Перевірка попереджає
    # за lapsing_warn_days до того.
    lost_after_days = { $lost_after }
    lapsing_warn_days = { $warn }
    # Інший критерій для одного типу ключового клієнта:
    # {"["}analysis.lost_after_days_by_type]
    # expert = 365

# Стовпчик «Запізн.» портфеля: позначка клієнта без закупівель (один вузький знак).
losses-portfolio-lapsing = ↓
