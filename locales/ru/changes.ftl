# Что изменилось, словами: строки истории, отчёт импорта и названия полей
# (со строчной буквы, внутри предложения).

## Названия полей

field-name = название
field-type = тип
field-client-type = тип клиента
field-level = уровень
field-level-now = уровень сейчас
field-target-level = целевой уровень
field-level-target = целевой уровень
field-status = статус
field-industry = отрасль
field-region = регион
field-headcount = число сотрудников
field-annual-sales = годовые продажи
field-cooperation-start = начало сотрудничества
field-description = описание
field-development-history = история развития
field-organisational-structure = организационная структура
field-org-structure = организационная структура
field-market-environment = рыночное окружение
field-preferred-products = предпочитаемые продукты
field-contact-frequency = периодичность контактов
field-contact-every-days = контакт каждые, дн.
field-created-on = создано
field-charter = хартия
field-situation-assessment = оценка ситуации
field-strategy = стратегия
field-year = год
field-product = продукт
field-planned-volume = плановый объём
field-expected-profit = ожидаемая прибыль
field-resources = ресурсы
field-title = название
field-due = срок
field-done = выполнено
field-note = примечание
field-job-title = должность
field-role = роль в закупке
field-influence = влияние
field-attitude = отношение
field-reports-to = подчиняется
field-channel = канал
field-e-mail = эл. почта
field-email = эл. почта
field-phone = телефон
field-birthday = день рождения
field-notes = заметки
field-position = позиция
field-strengths = сильные стороны
field-weaknesses = слабые стороны
field-date = дата
field-time = время
field-people = участники
field-summary = содержание
field-outcome = результат
field-reason = причина
field-next-step = следующий шаг
field-next-step-due = срок шага
field-next-step-done = шаг выполнен
field-followed-by = следующий контакт

## История, по строке на изменение

history-verb-created = создано
history-verb-changed = изменено
history-verb-deleted = удалено
history-verb-restored = восстановлено
history-verb-reviewed = пересмотрено
history-line-text = { $title }: { $verb } (+{ $added } −{ $removed } сл.)
history-line-review-taken-back = пересмотр от { $date } отменён
history-line-reviewed = план пересмотрен { $date }
history-line-reviewed-milestone = план пересмотрен { $date } (контрольная точка «{ $milestone }» выполнена)
history-line-snoozed = напоминание { $alert } отложено до { $date }
history-line-unsnoozed = напоминание { $alert } больше не отложено
history-line-record = { $kind } «{ $name }»: { $verb }
history-line-record-fields = { $kind } «{ $name }»: { $verb } { $fields }

## Отчёт импорта (--dry-run и после импорта)

import-add-account = клиент «{ $name }»: добавить
import-add-account-with = клиент «{ $name }»: добавить ({ $items })
import-into-account = клиент «{ $name }»:
import-merge-account = клиент «{ $name }», дополнить:
import-skip-account = клиент «{ $name }»: пропустить, ничего нового
import-fill = заполнить: { $fields }
import-keep = оставить как есть: { $fields } (в файле иначе)
import-item-add = { $kind } «{ $label }»: добавить
import-item-fill = { $kind } «{ $label }»: заполнить { $fields }
import-item-keep = ; оставить как есть: { $fields }
import-item-skip = { $kind } «{ $label }»: пропустить, уже есть
import-ignored = пропущено: { $what }
import-count-objective = целей на год: { $n }
import-count-milestone = контрольных точек: { $n }
import-count-person = людей: { $n }
import-count-competitor = конкурентов: { $n }
import-count-touchpoint = контактов: { $n }
import-summary-accounts = добавлено клиентов: { $added }, дополнено: { $merged }, уже были: { $same }
import-summary-accounts-would = будет добавлено клиентов: { $added }, дополнено: { $merged }, уже есть: { $same }
import-summary-people = добавлено людей: { $added }, дополнено: { $merged }, уже были: { $same } — клиент «{ $name }»
import-summary-people-would = будет добавлено людей: { $added }, дополнено: { $merged }, уже есть: { $same } — клиент «{ $name }»
import-summary-new-items = ; новое у имеющихся клиентов: { $items }
field-currency = валюта
field-closed-on = дата закрытия
field-loss-reason = причина потери
field-loss-note = примечание о потере
field-win-back = план возврата
