# Предложения фоновой проверки, `keyplan check` и повестки дня.

alert-contact = нет контакта уже { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } (стандарт { $standard })
alert-contact-never = ни одного контакта с тех пор, как клиента добавили, { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } назад (стандарт { $standard })
alert-follow-up = следующий шаг{ $item } просрочен на { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } (срок { $date })
alert-milestone = контрольная точка{ $item } просрочена на { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    } (срок { $date })
alert-birthday = { $person }: день рождения, { $age } { $age ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    } { $when } ({ $date })
alert-birthday-round = { $person }: день рождения, { $age } { $age ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    } { $when } ({ $date }), круглая дата
alert-birthday-no-age = { $person }: день рождения { $when } ({ $date })
alert-anniversary = { $years } { $years ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    } сотрудничества { $when } ({ $date })
alert-when-today = сегодня
alert-when-tomorrow = завтра
alert-when-in = через { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }
alert-quoted = {" "}«{ $item }»
