# Мітки закритих переліків: типи ключових клієнтів, рівні відносин, статуси,
# ролі в ухваленні рішень, ставлення, канали, результати.

client-type-breadwinner = Годувальник
client-type-prospect = Перспективний
client-type-image_maker = Іміджмейкер
client-type-expert = Експерт

level-basic = Базовий
level-reactive = Реагуючий
level-accountable = Відповідальний
level-proactive = Проактивний
level-partnership = Партнерський

status-active = Активний
status-prospect = Потенційний
status-at_risk = Під загрозою
status-lost = Втрачений
status-former = Колишній

role-decision_maker = ОПР
role-influencer = Впливова особа
role-buyer = Закупівельник
role-user = Користувач
role-gatekeeper = Фільтр
role-champion = Союзник

attitude-supporter = Прихильник
attitude-neutral = Нейтральний
attitude-opponent = Противник

reach-phone = Телефон
reach-email = Ел. пошта
reach-meeting = Зустріч
reach-messenger = Месенджер

channel-meeting = Зустріч
channel-call = Дзвінок
channel-email = Ел. пошта
channel-message = Повідомлення
channel-visit = Візит
channel-other = Інше

outcome-positive = Позитивний
outcome-neutral = Нейтральний
outcome-negative = Негативний
outcome-refusal = Відмова
outcome-deal_won = Угоду укладено
outcome-deal_lost = Угоду втрачено

found-in-account = Клієнт
found-in-charter = Хартія
found-in-situation = Ситуація
found-in-strategy = Стратегія
found-in-objective = Задача
found-in-milestone = Контрольна точка
found-in-person = Людина
found-in-competitor = Конкурент
found-in-touchpoint = Контакт
