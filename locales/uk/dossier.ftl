# Досьє: вкладки, заголовки й підписи розділів, порожні стани, стовпці
# таблиць і те, як запитання називає запис.

## Вкладки: повні назви і короткі для вузького вікна.
dossier-tab-overview = Огляд
dossier-tab-charter = Хартія
dossier-tab-situation = Ситуація
dossier-tab-strategy = Стратегія
dossier-tab-implementation = Реалізація
dossier-tab-people = Люди
dossier-tab-log = Журнал
dossier-tab-competitors = Конкуренти
dossier-tab-short-overview = Огляд
dossier-tab-short-charter = Хартія
dossier-tab-short-situation = Ситуація
dossier-tab-short-strategy = Стратегія
dossier-tab-short-implementation = Реаліз.
dossier-tab-short-people = Люди
dossier-tab-short-log = Журнал
dossier-tab-short-competitors = Конкур.

dossier-review-changed = План змінено після перегляду { $day }
dossier-review-unchanged = План переглянуто { $day }, відтоді без змін

dossier-plan-charter = Хартія
dossier-plan-situation = Оцінка ситуації
dossier-plan-strategy = Стратегія
dossier-hint-charter = Навіщо ми працюємо з цим клієнтом і якими мають бути наші відносини.
dossier-hint-situation = Де ми зараз: наша позиція, сильні та слабкі сторони, загрози, ситуація самого клієнта.
dossier-hint-strategy = Довгострокові цілі відносин і цінність, яку наші продукти дають клієнту.
dossier-plan-empty = Натисніть { $here }, щоб писати тут, або { $editor }, щоб писати у своєму $EDITOR.

dossier-facts-heading = Факти (e — змінити)
dossier-text-description = Чим займається компанія
dossier-text-development-history = Історія розвитку
dossier-text-org-structure = Організаційна структура
dossier-text-market-environment = Ринкове оточення
dossier-text-preferred-products = Бажані продукти та звички закупівель
dossier-text-empty = (порожньо: виберіть і натисніть e)
dossier-fact-type = Тип
dossier-fact-status = Статус
dossier-fact-level = Рівень
dossier-fact-industry = Галузь
dossier-fact-region = Регіон
dossier-fact-annual-sales = Річні продажі
dossier-fact-headcount = Працівників
dossier-fact-cooperation-since = Співпраця з
dossier-fact-contact-every = Контакт кожні
dossier-contact-every-days =
    { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
dossier-contact-standard = стандарт типу
dossier-fact-in-keyplan-since = У keyplan з

dossier-empty-objectives = Задач на рік ще немає. Натисніть { $key }, щоб додати.
dossier-empty-milestones = Контрольних точок ще немає. Натисніть { $key }, щоб додати.
dossier-empty-people = Людей ще немає. Натисніть { $key }, щоб додати.
dossier-empty-touchpoints = Контактів ще немає. Натисніть { $key }, щоб додати.
dossier-empty-competitors = Конкурентів ще немає. Натисніть { $key }, щоб додати.

dossier-objectives-title = Задачі на рік
dossier-milestones-title = Контрольні точки
dossier-col-year = Рік
dossier-col-product = Продукт
dossier-col-volume = Обсяг
dossier-col-profit = Прибуток
dossier-col-resources = Ресурси
dossier-col-due = Термін
dossier-col-milestone = Назва
dossier-col-note = Примітка
dossier-done-on = виконано { $date }
dossier-objective-title = Задача на { $year } рік
dossier-milestone-title = Контрольна точка
dossier-fact-product = Продукт або пропозиція
dossier-fact-volume = Обсяг
dossier-fact-expected-profit = Очікуваний прибуток
dossier-fact-resources = Ресурси
dossier-fact-due = Термін
dossier-fact-milestone = Контрольна точка
dossier-fact-note = Примітка

dossier-col-date = Дата
dossier-col-channel = Канал
dossier-col-summary = Зміст
dossier-col-outcome = Результат
dossier-col-next-step = Наст. крок
dossier-followed = закрито
dossier-done = виконано
dossier-touchpoint-title = Контакт { $position } з { $total }
dossier-fact-when = Коли
dossier-fact-with = З ким
dossier-fact-summary = Зміст
dossier-fact-outcome = Результат
dossier-fact-reason = Причина
dossier-fact-next-step = Наступний крок
dossier-next-step-due = { $step } (до { $date })
dossier-followed-up-on = закрито контактом { $date }

dossier-col-name = Ім'я
dossier-col-job-title = Посада
dossier-col-role = Роль
dossier-col-influence = Вплив
dossier-col-attitude = Ставлення
dossier-fact-reports-to = Підпорядковується
dossier-fact-prefers = Бажаний канал
dossier-fact-phone = Телефон
dossier-fact-email = Ел. пошта
dossier-fact-birthday = День народження
dossier-fact-notes = Нотатки
dossier-col-competitor = Конкурент
dossier-col-their-position = Їхня позиція
dossier-fact-position = Позиція
dossier-fact-strengths = Сильні сторони
dossier-fact-weaknesses = Слабкі сторони

## Після «Видалити …?»: знахідний відмінок.
dossier-describe-objective = задачу { $year } { $product }
dossier-describe-milestone = контрольну точку { $title } від { $due }
dossier-describe-person = { $name } зі списку людей
dossier-describe-touchpoint = контакт від { $date } { $summary }
dossier-describe-competitor = конкурента { $name }
dossier-describe-selected = вибраний запис

dossier-heading-overview = Загальна інформація
dossier-section-names = { $most } або { $last }
