# Даты и числа, как их вводит человек: отказы.
# $input — то, что введено (управляющие символы показаны видимыми).

input-date-unrecognised = «{$input}» — не дата: введите ГГГГ-ММ-ДД, ДД.ММ.ГГГГ, ДД.ММ.ГГ, ДД.ММ, сегодня, вчера, завтра, +3д, -2н или +1м
input-date-no-such-day = «{$input}» — не дата: в этом месяце нет такого дня
input-date-out-of-range = «{$input}» — за пределами календаря
input-date-needs-year = «{$input}»: добавьте год, например 31.12.1980

input-amount-not-a-number = «{$input}» — не число: введите цифры, например 1 250 000 или 1 250 000,50
input-amount-too-precise = «{$input}»: больше двух знаков после запятой
input-amount-too-large = «{$input}» — слишком большое число
input-amount-ambiguous = «{$input}» можно прочитать двояко: тысячи отделяйте пробелом (1 250), дробную часть — запятой (1,25)
input-amount-negative = не может быть отрицательным

input-number-not-whole = «{$input}» — не целое число
input-number-between = должно быть от {$min} до {$max}
