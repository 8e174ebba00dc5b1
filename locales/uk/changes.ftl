# Що змінилося, словами: рядки історії, звіт імпорту та назви полів
# (з малої літери, всередині речення).

## Назви полів

field-name = назва
field-type = тип
field-client-type = тип клієнта
field-level = рівень
field-level-now = рівень зараз
field-target-level = цільовий рівень
field-level-target = цільовий рівень
field-status = статус
field-industry = галузь
field-region = регіон
field-headcount = кількість працівників
field-annual-sales = річні продажі
field-cooperation-start = початок співпраці
field-description = опис
field-development-history = історія розвитку
field-organisational-structure = організаційна структура
field-org-structure = організаційна структура
field-market-environment = ринкове оточення
field-preferred-products = бажані продукти
field-contact-frequency = частота контактів
field-contact-every-days = контакт кожні, днів
field-created-on = створено
field-charter = хартія
field-situation-assessment = оцінка ситуації
field-strategy = стратегія
field-year = рік
field-product = продукт
field-planned-volume = плановий обсяг
field-expected-profit = очікуваний прибуток
field-resources = ресурси
field-title = назва
field-due = термін
field-done = виконано
field-note = примітка
field-job-title = посада
field-role = роль у закупівлі
field-influence = вплив
field-attitude = ставлення
field-reports-to = підпорядковується
field-channel = канал
field-e-mail = ел. пошта
field-email = ел. пошта
field-phone = телефон
field-birthday = день народження
field-notes = нотатки
field-position = позиція
field-strengths = сильні сторони
field-weaknesses = слабкі сторони
field-date = дата
field-time = час
field-people = учасники
field-summary = зміст
field-outcome = результат
field-reason = причина
field-next-step = наступний крок
field-next-step-due = термін кроку
field-next-step-done = крок виконано
field-followed-by = наступний контакт

## Історія, по рядку на зміну

history-verb-created = створено
history-verb-changed = змінено
history-verb-deleted = вилучено
history-verb-restored = відновлено
history-verb-reviewed = переглянуто
history-line-text = { $title }: { $verb } (+{ $added } −{ $removed } сл.)
history-line-review-taken-back = перегляд від { $date } скасовано
history-line-reviewed = план переглянуто { $date }
history-line-reviewed-milestone = план переглянуто { $date } (контрольну точку «{ $milestone }» виконано)
history-line-snoozed = нагадування { $alert } відкладено до { $date }
history-line-unsnoozed = нагадування { $alert } більше не відкладене
history-line-record = { $kind } «{ $name }»: { $verb }
history-line-record-fields = { $kind } «{ $name }»: { $verb } { $fields }

## Звіт імпорту (--dry-run і після імпорту)

import-add-account = клієнт «{ $name }»: додати
import-add-account-with = клієнт «{ $name }»: додати ({ $items })
import-into-account = клієнт «{ $name }»:
import-merge-account = клієнт «{ $name }», доповнити:
import-skip-account = клієнт «{ $name }»: пропустити, нічого нового
import-fill = заповнити: { $fields }
import-keep = залишити як є: { $fields } (у файлі інакше)
import-item-add = { $kind } «{ $label }»: додати
import-item-fill = { $kind } «{ $label }»: заповнити { $fields }
import-item-keep = ; залишити як є: { $fields }
import-item-skip = { $kind } «{ $label }»: пропустити, уже є
import-ignored = пропущено: { $what }
import-count-objective = задач на рік: { $n }
import-count-milestone = контрольних точок: { $n }
import-count-person = осіб: { $n }
import-count-competitor = конкурентів: { $n }
import-count-touchpoint = контактів: { $n }
import-summary-accounts = додано клієнтів: { $added }, доповнено: { $merged }, уже були: { $same }
import-summary-accounts-would = буде додано клієнтів: { $added }, доповнено: { $merged }, уже є: { $same }
import-summary-people = додано осіб: { $added }, доповнено: { $merged }, уже були: { $same } — клієнт «{ $name }»
import-summary-people-would = буде додано осіб: { $added }, доповнено: { $merged }, уже є: { $same } — клієнт «{ $name }»
import-summary-new-items = ; нове в наявних клієнтів: { $items }
field-currency = валюта
field-closed-on = дата закриття
field-loss-reason = причина втрати
field-loss-note = примітка про втрату
field-win-back = план повернення
