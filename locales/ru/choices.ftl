# Метки закрытых перечней: типы ключевых клиентов, уровни отношений, статусы,
# роли в принятии решений, отношение, каналы, результаты.

client-type-breadwinner = Кормилец
client-type-prospect = Перспективный
client-type-image_maker = Имиджмейкер
client-type-expert = Эксперт

level-basic = Базовый
level-reactive = Реагирующий
level-accountable = Ответственный
level-proactive = Проактивный
level-partnership = Партнёрский

status-active = Активный
status-prospect = Потенциальный
status-at_risk = Под угрозой
status-lost = Потерянный
status-former = Бывший

role-decision_maker = ЛПР
role-influencer = Влияющий
role-buyer = Закупщик
role-user = Пользователь
role-gatekeeper = Привратник
role-champion = Союзник

attitude-supporter = Сторонник
attitude-neutral = Нейтральный
attitude-opponent = Противник

reach-phone = Телефон
reach-email = Эл. почта
reach-meeting = Встреча
reach-messenger = Мессенджер

channel-meeting = Встреча
channel-call = Звонок
channel-email = Эл. почта
channel-message = Сообщение
channel-visit = Визит
channel-other = Другое

outcome-positive = Положительный
outcome-neutral = Нейтральный
outcome-negative = Отрицательный
outcome-refusal = Отказ
outcome-deal_won = Сделка заключена
outcome-deal_lost = Сделка сорвалась

found-in-account = Клиент
found-in-charter = Хартия
found-in-situation = Ситуация
found-in-strategy = Стратегия
found-in-objective = Цель
found-in-milestone = Контрольная точка
found-in-person = Человек
found-in-competitor = Конкурент
found-in-touchpoint = Контакт
