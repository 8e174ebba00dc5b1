# Досье: вкладки, заголовки и подписи разделов, пустые состояния, столбцы
# таблиц и то, как вопрос называет запись.

## Вкладки: полные названия и короткие для узкого окна.
dossier-tab-overview = Обзор
dossier-tab-charter = Хартия
dossier-tab-situation = Ситуация
dossier-tab-strategy = Стратегия
dossier-tab-implementation = Реализация
dossier-tab-people = Люди
dossier-tab-log = Журнал
dossier-tab-competitors = Конкуренты
dossier-tab-short-overview = Обзор
dossier-tab-short-charter = Хартия
dossier-tab-short-situation = Ситуация
dossier-tab-short-strategy = Стратегия
dossier-tab-short-implementation = Реализ.
dossier-tab-short-people = Люди
dossier-tab-short-log = Журнал
dossier-tab-short-competitors = Конкур.

dossier-review-changed = План изменён после пересмотра { $day }
dossier-review-unchanged = План пересмотрен { $day }, с тех пор без изменений

dossier-plan-charter = Хартия
dossier-plan-situation = Оценка ситуации
dossier-plan-strategy = Стратегия
dossier-hint-charter = Зачем мы работаем с этим клиентом и какими должны быть наши отношения.
dossier-hint-situation = Где мы сейчас: наша позиция, сильные и слабые стороны, угрозы, ситуация самого клиента.
dossier-hint-strategy = Долгосрочные цели отношений и ценность, которую наши продукты дают клиенту.
dossier-plan-empty = Нажмите { $here }, чтобы писать здесь, или { $editor }, чтобы писать в своём $EDITOR.

dossier-facts-heading = Факты (e — изменить)
dossier-text-description = Чем занимается компания
dossier-text-development-history = История развития
dossier-text-org-structure = Организационная структура
dossier-text-market-environment = Рыночное окружение
dossier-text-preferred-products = Предпочитаемые продукты и привычки закупок
dossier-text-empty = (пусто: выберите и нажмите e)
dossier-fact-type = Тип
dossier-fact-status = Статус
dossier-fact-level = Уровень
dossier-fact-industry = Отрасль
dossier-fact-region = Регион
dossier-fact-annual-sales = Годовые продажи
dossier-fact-headcount = Сотрудников
dossier-fact-cooperation-since = Сотрудничество с
dossier-fact-contact-every = Контакт каждые
dossier-contact-every-days =
    { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
dossier-contact-standard = стандарт типа
dossier-fact-in-keyplan-since = В keyplan с

dossier-empty-objectives = Целей на год пока нет. Нажмите { $key }, чтобы добавить.
dossier-empty-milestones = Контрольных точек пока нет. Нажмите { $key }, чтобы добавить.
dossier-empty-people = Людей пока нет. Нажмите { $key }, чтобы добавить.
dossier-empty-touchpoints = Контактов пока нет. Нажмите { $key }, чтобы добавить.
dossier-empty-competitors = Конкурентов пока нет. Нажмите { $key }, чтобы добавить.

dossier-objectives-title = Цели на год
dossier-milestones-title = Контрольные точки
dossier-col-year = Год
dossier-col-product = Продукт
dossier-col-volume = Объём
dossier-col-profit = Прибыль
dossier-col-resources = Ресурсы
dossier-col-due = Срок
dossier-col-milestone = Название
dossier-col-note = Примечание
dossier-done-on = выполнено { $date }
dossier-objective-title = Цель на { $year } год
dossier-milestone-title = Контрольная точка
dossier-fact-product = Продукт или предложение
dossier-fact-volume = Объём
dossier-fact-expected-profit = Ожидаемая прибыль
dossier-fact-resources = Ресурсы
dossier-fact-due = Срок
dossier-fact-milestone = Контрольная точка
dossier-fact-note = Примечание

dossier-col-date = Дата
dossier-col-channel = Канал
dossier-col-summary = Суть
dossier-col-outcome = Результат
dossier-col-next-step = След. шаг
dossier-followed = закрыто
dossier-done = выполнено
dossier-touchpoint-title = Контакт { $position } из { $total }
dossier-fact-when = Когда
dossier-fact-with = С кем
dossier-fact-summary = Содержание
dossier-fact-outcome = Результат
dossier-fact-reason = Причина
dossier-fact-next-step = Следующий шаг
dossier-next-step-due = { $step } (до { $date })
dossier-followed-up-on = закрыто контактом { $date }

dossier-col-name = Имя
dossier-col-job-title = Должность
dossier-col-role = Роль
dossier-col-influence = Влиян.
dossier-col-attitude = Отношение
dossier-fact-reports-to = Подчиняется
dossier-fact-prefers = Удобный канал
dossier-fact-phone = Телефон
dossier-fact-email = Эл. почта
dossier-fact-birthday = День рождения
dossier-fact-notes = Заметки
dossier-col-competitor = Конкурент
dossier-col-their-position = Их позиция
dossier-fact-position = Позиция
dossier-fact-strengths = Сильные стороны
dossier-fact-weaknesses = Слабые стороны

## После «Удалить …?»: винительный падеж.
dossier-describe-objective = цель { $year } { $product }
dossier-describe-milestone = контрольную точку { $title } от { $due }
dossier-describe-person = { $name } из списка людей
dossier-describe-touchpoint = контакт от { $date } { $summary }
dossier-describe-competitor = конкурента { $name }
dossier-describe-selected = выбранную запись

dossier-heading-overview = Общая информация
dossier-section-names = { $most } или { $last }
