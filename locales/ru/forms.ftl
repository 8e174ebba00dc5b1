# Формы: заголовки, подписи полей и проблемы рядом с полем.

form-footer = Ctrl-S сохранить · Tab далее · Esc отмена
form-edit-named = Редактирование: { $name }
form-account-new = Новый клиент
form-person-new = Новый человек
form-objective-new = Новая цель на год
form-objective-edit = Редактирование цели на год
form-milestone-new = Новая контрольная точка
form-milestone-edit = Редактирование контрольной точки
form-competitor-new = Новый конкурент
form-competitor-edit = Редактирование конкурента
form-touchpoint-new = Записать контакт
form-touchpoint-edit = Редактирование контакта
form-snooze-title = Отложить: { $about }

## Подписи полей: не длиннее 19 знаков.
form-label-name = Название
form-label-person-name = Имя
form-label-client-type = Тип клиента
form-label-status = Статус
form-label-level-now = Уровень сейчас
form-label-level-target = Целевой уровень
form-label-industry = Отрасль
form-label-region = Регион
form-label-headcount = Сотрудников
form-label-annual-sales = Годовые продажи
form-label-cooperation-since = Сотрудничество с
form-label-contact-every = Контакт каждые, дн.
form-label-year = Год
form-label-product = Продукт/предложение
form-label-planned-volume = Плановый объём
form-label-expected-profit = Ожидаемая прибыль
form-label-resources = Ресурсы
form-label-title = Название
form-label-due = Срок
form-label-done-on = Выполнено
form-label-note = Примечание
form-label-their-position = Их позиция
form-label-strengths = Сильные стороны
form-label-weaknesses = Слабые стороны
form-label-job-title = Должность
form-label-buying-role = Роль в закупке
form-label-influence = Влияние (1-5)
form-label-attitude = Отношение
form-label-reports-to = Подчиняется
form-label-preferred-channel = Удобный канал
form-label-phone = Телефон
form-label-email = Эл. почта
form-label-birthday = День рождения
form-label-notes = Заметки
form-label-snooze-until = Отложить до
form-label-summary = Содержание
form-label-date = Дата
form-label-time = Время (ЧЧ:ММ)
form-label-channel = Канал
form-label-with = С кем (имена, a, b)
form-label-outcome = Результат
form-label-reason = Причина
form-label-next-step = Следующий шаг
form-label-next-step-due = Срок шага
form-label-next-step-done = Шаг выполнен
form-label-follows-up = Закрывает шаг
form-follows-due = { $step } · до { $date }

form-required-name = укажите название
form-required-person-name = укажите имя
form-required-product = укажите продукт или предложение
form-required-title = укажите название
form-required-summary = укажите содержание
form-required-date = укажите дату
form-time-invalid = «{ $value }» — не время: пишите ЧЧ:ММ
form-email-without-at = адрес должен содержать @
form-birthday-ahead = день рождения не может быть в будущем
form-snooze-past = сегодня или позже
form-next-step-missing = какой следующий шаг?
form-fix-fields = Исправьте поля, отмеченные красным, и сохраните снова.

## Правила предметной области (форма контакта и `keyplan log`)

form-touchpoint-after-today = { $date } позже сегодняшнего дня ({ $today }): записывайте контакт, когда он состоялся; запланированный — это следующий шаг
form-with-nobody = у этого клиента нет никого с именем «{ $name }»
form-with-several = «{ $name }» подходит нескольким людям
form-step-no-text = (без текста)
form-step-due-promised = { $step } (до { $due }, обещано { $promised })
form-step-promised = { $step } (обещано { $promised })
