# ფონური შემოწმების, `keyplan check`-ისა და დღის წესრიგის წინადადებები.
# ქართულში რიცხვის შემდეგ არსებითი სახელი მხოლობითშია: „34 დღე“.

alert-contact = კონტაქტი არ ყოფილა { $days } დღე (სტანდარტი { $standard })
alert-contact-never = დამატების შემდეგ კონტაქტი არ ყოფილა, { $days } დღის წინ (სტანდარტი { $standard })
alert-follow-up = შემდეგი ნაბიჯი{ $item } { $days } დღით აგვიანებს (ვადა { $date })
alert-milestone = საკონტროლო წერტილი{ $item } { $days } დღით აგვიანებს (ვადა { $date })
alert-birthday = { $person }: დაბადების დღე, ხდება { $age } წლის { $when } ({ $date })
alert-birthday-round = { $person }: დაბადების დღე, ხდება { $age } წლის { $when } ({ $date }), იუბილე
alert-birthday-no-age = { $person }: დაბადების დღე { $when } ({ $date })
alert-anniversary = თანამშრომლობის { $years } წელი { $when } ({ $date })
alert-when-today = დღეს
alert-when-tomorrow = ხვალ
alert-when-in = { $days } დღეში
alert-quoted = {" "}„{ $item }“
