# Документы досье: `keyplan show` текстом и в Markdown, а также
# `keyplan export --format md` (src/interchange/markdown.rs и text.rs).

doc-as-of = Досье по состоянию на { $date }, из keyplan.
doc-portfolio-empty = Портфель клиентов пуст.

doc-section-overview = Общая информация
doc-section-charter = Хартия
doc-section-situation = Оценка ситуации
doc-section-strategy = Стратегия
doc-section-implementation = Реализация
doc-section-people = Люди
doc-section-log = Журнал контактов
doc-section-competitors = Конкуренты

doc-fact-type = Тип
doc-fact-status = Статус
doc-fact-level = Уровень отношений
doc-level-target = { $now } (цель: { $target })
doc-fact-industry = Отрасль
doc-fact-region = Регион
doc-fact-headcount = Число сотрудников
doc-fact-annual-sales = Годовые продажи
doc-fact-cooperation-since = Сотрудничество с
doc-since-years = { $date } ({ $years } { $years ->
        [one] год
        [few] года
       *[other] лет
    })
doc-fact-contact-every = Контакт каждые
doc-days = { $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    }
doc-type-standard = стандарт для типа
doc-fact-last-contact = Последний контакт
doc-fact-in-keyplan-since = В keyplan с

doc-text-description = Чем занимается компания
doc-text-development = История развития
doc-text-structure = Организационная структура
doc-text-market = Рыночное окружение
doc-text-products = Предпочитаемые продукты и привычки покупки

doc-objectives = Цели на год
doc-objectives-header = | Год | Продукт | Плановый объём | Ожидаемая прибыль | Ресурсы |
doc-milestones = Контрольные точки
doc-done-on = выполнено { $date }
doc-due-on = до { $date }
doc-followed-up-on = отработано { $date }
doc-late = ОПОЗДАНИЕ
doc-label-volume = Объём
doc-label-profit = Прибыль
doc-label-resources = Ресурсы

doc-fact-role = Роль
doc-influence = влияние { $influence }/5
doc-fact-reports-to = Подчиняется
doc-fact-direct-reports = Подчинённые
doc-fact-prefers = Предпочитает
doc-fact-phone = Телефон
doc-fact-email = E-mail
doc-fact-birthday = День рождения

doc-newest-first = Новые первыми.
doc-with = Участники: { $people }.
doc-label-with = Участники
doc-why = Почему
doc-next-step = Следующий шаг
doc-not-described = (не описан)

doc-position = Позиция
doc-strengths = Сильные стороны
doc-weaknesses = Слабые стороны

## Пустые разделы: в Markdown предложением, в тексте в скобках.

doc-none-recorded = Ничего не записано.
doc-not-written = Ещё не написано.
doc-none-yet = Пока нет.
doc-people-empty = Ещё никто не записан.
doc-log-empty = Ещё нет записанных контактов.
doc-text-none-recorded = ничего не записано
doc-text-not-written = ещё не написано
doc-text-none-yet = пока нет
doc-text-people-empty = ещё никто не записан
doc-text-log-empty = ещё нет записанных контактов

## Календарь (export --format ics)

doc-ics-calendar-name = keyplan: договорённости и контрольные точки
doc-ics-milestone = Контрольная точка: { $title } — { $name }
doc-ics-follow-up = Договорённость: { $step } — { $name }
doc-ics-follow-up-default = связаться
doc-ics-promised = Обещано { $date } после контакта: { $summary }
doc-ics-with = Участники: { $people }.
