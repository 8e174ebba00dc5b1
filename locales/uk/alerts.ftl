# Речення фонової перевірки, `keyplan check` і порядку денного.

alert-contact = немає контакту вже { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } (стандарт { $standard })
alert-contact-never = жодного контакту відтоді, як клієнта додано, { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } тому (стандарт { $standard })
alert-follow-up = наступний крок{ $item } прострочено на { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } (термін { $date })
alert-milestone = контрольну точку{ $item } прострочено на { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } (термін { $date })
alert-birthday = { $person }: день народження, { $age } { $age ->
        [one] рік
        [few] роки
        [many] років
       *[other] року
    } { $when } ({ $date })
alert-birthday-round = { $person }: день народження, { $age } { $age ->
        [one] рік
        [few] роки
        [many] років
       *[other] року
    } { $when } ({ $date }), кругла дата
alert-birthday-no-age = { $person }: день народження { $when } ({ $date })
alert-anniversary = { $years } { $years ->
        [one] рік
        [few] роки
        [many] років
       *[other] року
    } співпраці { $when } ({ $date })
alert-when-today = сьогодні
alert-when-tomorrow = завтра
alert-when-in = через { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }
alert-quoted = {" "}«{ $item }»
