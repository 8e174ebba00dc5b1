# Документи досьє: `keyplan show` текстом і в Markdown, а також
# `keyplan export --format md` (src/interchange/markdown.rs і text.rs).

doc-as-of = Досьє станом на { $date }, з keyplan.
doc-portfolio-empty = Портфель клієнтів порожній.

doc-section-overview = Загальна інформація
doc-section-charter = Хартія
doc-section-situation = Оцінка ситуації
doc-section-strategy = Стратегія
doc-section-implementation = Реалізація
doc-section-people = Люди
doc-section-log = Журнал контактів
doc-section-competitors = Конкуренти

doc-fact-type = Тип
doc-fact-status = Статус
doc-fact-level = Рівень відносин
doc-level-target = { $now } (мета: { $target })
doc-fact-industry = Галузь
doc-fact-region = Регіон
doc-fact-headcount = Кількість працівників
doc-fact-annual-sales = Річні продажі
doc-fact-cooperation-since = Співпраця з
doc-since-years = { $date } ({ $years } { $years ->
        [one] рік
        [few] роки
       *[other] років
    })
doc-fact-contact-every = Контакт кожні
doc-days = { $days } { $days ->
        [one] день
        [few] дні
       *[other] днів
    }
doc-type-standard = стандарт для типу
doc-fact-last-contact = Останній контакт
doc-fact-in-keyplan-since = У keyplan з

doc-text-description = Чим займається компанія
doc-text-development = Історія розвитку
doc-text-structure = Організаційна структура
doc-text-market = Ринкове оточення
doc-text-products = Улюблені продукти та звички купівлі

doc-objectives = Задачі на рік
doc-objectives-header = | Рік | Продукт | Плановий обсяг | Очікуваний прибуток | Ресурси |
doc-milestones = Контрольні точки
doc-done-on = виконано { $date }
doc-due-on = до { $date }
doc-followed-up-on = опрацьовано { $date }
doc-late = ЗАПІЗНЕННЯ
doc-label-volume = Обсяг
doc-label-profit = Прибуток
doc-label-resources = Ресурси

doc-fact-role = Роль
doc-influence = вплив { $influence }/5
doc-fact-reports-to = Підпорядковується
doc-fact-direct-reports = Підлеглі
doc-fact-prefers = Віддає перевагу
doc-fact-phone = Телефон
doc-fact-email = E-mail
doc-fact-birthday = День народження

doc-newest-first = Найновіші першими.
doc-with = Учасники: { $people }.
doc-label-with = Учасники
doc-why = Чому
doc-next-step = Наступний крок
doc-not-described = (не описано)

doc-position = Позиція
doc-strengths = Сильні сторони
doc-weaknesses = Слабкі сторони

## Порожні розділи: у Markdown реченням, у тексті в дужках.

doc-none-recorded = Нічого не записано.
doc-not-written = Ще не написано.
doc-none-yet = Поки немає.
doc-people-empty = Ще нікого не записано.
doc-log-empty = Ще немає записаних контактів.
doc-text-none-recorded = нічого не записано
doc-text-not-written = ще не написано
doc-text-none-yet = поки немає
doc-text-people-empty = ще нікого не записано
doc-text-log-empty = ще немає записаних контактів

## Календар (export --format ics)

doc-ics-calendar-name = keyplan: домовленості та контрольні точки
doc-ics-milestone = Контрольна точка: { $title } — { $name }
doc-ics-follow-up = Домовленість: { $step } — { $name }
doc-ics-follow-up-default = зв'язатися
doc-ics-promised = Обіцяно { $date } після контакту: { $summary }
doc-ics-with = Учасники: { $people }.
