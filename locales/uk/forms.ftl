# Форми: заголовки, підписи полів і проблеми біля поля.

form-footer = Ctrl-S зберегти · Tab далі · Esc скасувати
form-edit-named = Редагування: { $name }
form-account-new = Новий клієнт
form-person-new = Нова людина
form-objective-new = Нова задача на рік
form-objective-edit = Редагування задачі на рік
form-milestone-new = Нова контрольна точка
form-milestone-edit = Редагування контрольної точки
form-competitor-new = Новий конкурент
form-competitor-edit = Редагування конкурента
form-touchpoint-new = Записати контакт
form-touchpoint-edit = Редагування контакту
form-snooze-title = Відкласти: { $about }

## Підписи полів: не довші за 19 знаків.
form-label-name = Назва
form-label-person-name = Ім'я
form-label-client-type = Тип клієнта
form-label-status = Статус
form-label-level-now = Рівень зараз
form-label-level-target = Цільовий рівень
form-label-industry = Галузь
form-label-region = Регіон
form-label-headcount = Працівників
form-label-annual-sales = Річні продажі
form-label-cooperation-since = Співпраця з
form-label-contact-every = Контакт кожні, днів
form-label-year = Рік
form-label-product = Продукт/пропозиція
form-label-planned-volume = Плановий обсяг
form-label-expected-profit = Очікуваний прибуток
form-label-resources = Ресурси
form-label-title = Назва
form-label-due = Термін
form-label-done-on = Виконано
form-label-note = Примітка
form-label-their-position = Їхня позиція
form-label-strengths = Сильні сторони
form-label-weaknesses = Слабкі сторони
form-label-job-title = Посада
form-label-buying-role = Роль у закупівлі
form-label-influence = Вплив (1-5)
form-label-attitude = Ставлення
form-label-reports-to = Підпорядковується
form-label-preferred-channel = Бажаний канал
form-label-phone = Телефон
form-label-email = Ел. пошта
form-label-birthday = День народження
form-label-notes = Нотатки
form-label-snooze-until = Відкласти до
form-label-summary = Зміст
form-label-date = Дата
form-label-time = Час (ГГ:ХХ)
form-label-channel = Канал
form-label-with = З ким (імена, a, b)
form-label-outcome = Результат
form-label-reason = Причина
form-label-next-step = Наступний крок
form-label-next-step-due = Термін кроку
form-label-next-step-done = Крок виконано
form-label-follows-up = Закриває крок
form-follows-due = { $step } · до { $date }

form-required-name = вкажіть назву
form-required-person-name = вкажіть ім'я
form-required-product = вкажіть продукт або пропозицію
form-required-title = вкажіть назву
form-required-summary = вкажіть зміст
form-required-date = вкажіть дату
form-time-invalid = «{ $value }» — не час: пишіть ГГ:ХХ
form-email-without-at = адреса має містити @
form-birthday-ahead = день народження не може бути в майбутньому
form-snooze-past = сьогодні або пізніше
form-next-step-missing = який наступний крок?
form-fix-fields = Виправте поля, позначені червоним, і збережіть знову.

## Правила предметної області (форма контакту і `keyplan log`)

form-touchpoint-after-today = { $date } пізніше за сьогодні ({ $today }): записуйте контакт, коли він відбувся; запланований — це наступний крок
form-with-nobody = у цього клієнта немає нікого на ім'я «{ $name }»
form-with-several = «{ $name }» підходить кільком людям
form-step-no-text = (без тексту)
form-step-due-promised = { $step } (до { $due }, обіцяно { $promised })
form-step-promised = { $step } (обіцяно { $promised })
