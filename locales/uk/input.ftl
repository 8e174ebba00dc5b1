# Дати й числа, як їх вводить людина: відмови.
# $input — те, що введено (керівні символи показано видимими).

input-date-unrecognised = «{$input}» — не дата: введіть РРРР-ММ-ДД, ДД.ММ.РРРР, ДД.ММ.РР, ДД.ММ, сьогодні, вчора, завтра, +3д, -2т або +1м
input-date-no-such-day = «{$input}» — не дата: у цьому місяці немає такого дня
input-date-out-of-range = «{$input}» — поза межами календаря
input-date-needs-year = «{$input}»: додайте рік, як-от 31.12.1980

input-amount-not-a-number = «{$input}» — не число: введіть цифри, як-от 1 250 000 або 1 250 000,50
input-amount-too-precise = «{$input}»: більше двох знаків після коми
input-amount-too-large = «{$input}» — завелике число
input-amount-ambiguous = «{$input}» можна прочитати двояко: тисячі відокремлюйте пробілом (1 250), дробову частину — комою (1,25)
input-amount-negative = не може бути від’ємним

input-number-not-whole = «{$input}» — не ціле число
input-number-between = має бути від {$min} до {$max}
