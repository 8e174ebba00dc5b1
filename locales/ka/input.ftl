# თარიღები და რიცხვები, როგორც ადამიანი წერს: უარის შეტყობინებები.
# $input — რაც შეიყვანეს (მმართველი სიმბოლოები ხილულადაა ნაჩვენები).

input-date-unrecognised = „{$input}“ არ არის თარიღი: შეიყვანეთ წწწწ-თთ-დდ, დდ.თთ.წწწწ, დდ.თთ.წწ, დდ.თთ, დღეს, გუშინ, ხვალ, +3დ, -2კ ან +1თ
input-date-no-such-day = „{$input}“ არ არის თარიღი: ამ თვეში ასეთი დღე არ არის
input-date-out-of-range = „{$input}“ კალენდრის ფარგლებს გარეთაა
input-date-needs-year = „{$input}“: მიუთითეთ წელიც, მაგალითად 31.12.1980

input-amount-not-a-number = „{$input}“ არ არის რიცხვი: შეიყვანეთ ციფრები, მაგალითად 1 250 000 ან 1 250 000,50
input-amount-too-precise = „{$input}“: მძიმის შემდეგ ორ ციფრზე მეტია
input-amount-too-large = „{$input}“ ზედმეტად დიდი რიცხვია
input-amount-ambiguous = „{$input}“ ორაზროვანია: ათასეულები გამოყავით ჰარით (1 250), წილადი ნაწილი — მძიმით (1,25)
input-amount-negative = უარყოფითი ვერ იქნება

input-number-not-whole = „{$input}“ არ არის მთელი რიცხვი
input-number-between = უნდა იყოს {$min}-დან {$max}-მდე
