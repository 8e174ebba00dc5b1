# რა შეიცვალა, სიტყვებით: ისტორიის სტრიქონები, იმპორტის ანგარიში და
# ველების სახელები (პატარა ასოთი, წინადადების შიგნით).

## ველების სახელები

field-name = დასახელება
field-type = ტიპი
field-client-type = კლიენტის ტიპი
field-level = დონე
field-level-now = დონე ახლა
field-target-level = სამიზნე დონე
field-level-target = სამიზნე დონე
field-status = სტატუსი
field-industry = დარგი
field-region = რეგიონი
field-headcount = თანამშრომელთა რაოდენობა
field-annual-sales = წლიური გაყიდვები
field-cooperation-start = თანამშრომლობის დასაწყისი
field-description = აღწერა
field-development-history = განვითარების ისტორია
field-organisational-structure = ორგანიზაციული სტრუქტურა
field-org-structure = ორგანიზაციული სტრუქტურა
field-market-environment = საბაზრო გარემო
field-preferred-products = სასურველი პროდუქტები
field-contact-frequency = კონტაქტის სიხშირე
field-contact-every-days = კონტაქტი ყოველ N დღეში
field-created-on = შეიქმნა
field-charter = ქარტია
field-situation-assessment = სიტუაციის შეფასება
field-strategy = სტრატეგია
field-year = წელი
field-product = პროდუქტი
field-planned-volume = დაგეგმილი მოცულობა
field-expected-profit = მოსალოდნელი მოგება
field-resources = რესურსები
field-title = დასახელება
field-due = ვადა
field-done = შესრულდა
field-note = შენიშვნა
field-job-title = თანამდებობა
field-role = როლი შესყიდვაში
field-influence = გავლენა
field-attitude = განწყობა
field-reports-to = ექვემდებარება
field-channel = არხი
field-e-mail = ელფოსტა
field-email = ელფოსტა
field-phone = ტელეფონი
field-birthday = დაბადების დღე
field-notes = შენიშვნები
field-position = პოზიცია
field-strengths = ძლიერი მხარეები
field-weaknesses = სუსტი მხარეები
field-date = თარიღი
field-time = დრო
field-people = მონაწილეები
field-summary = შინაარსი
field-outcome = შედეგი
field-reason = მიზეზი
field-next-step = შემდეგი ნაბიჯი
field-next-step-due = ნაბიჯის ვადა
field-next-step-done = ნაბიჯი შესრულდა
field-followed-by = შემდეგი კონტაქტი

## ისტორია, თითო სტრიქონი თითო ცვლილებაზე

history-verb-created = შეიქმნა
history-verb-changed = შეიცვალა
history-verb-deleted = წაიშალა
history-verb-restored = აღდგა
history-verb-reviewed = გადაიხედა
history-line-text = { $title }: { $verb } (+{ $added } −{ $removed } სიტყვა)
history-line-review-taken-back = { $date }-ის გადახედვა გაუქმდა
history-line-reviewed = გეგმა გადაიხედა { $date }
history-line-reviewed-milestone = გეგმა გადაიხედა { $date } (საკონტროლო წერტილი „{ $milestone }“ შესრულდა)
history-line-snoozed = შეხსენება { $alert } გადაიდო { $date }-მდე
history-line-unsnoozed = შეხსენება { $alert } აღარ არის გადადებული
history-line-record = { $kind } „{ $name }“: { $verb }
history-line-record-fields = { $kind } „{ $name }“: { $verb } { $fields }

## იმპორტის ანგარიში (--dry-run და იმპორტის შემდეგ)

import-add-account = კლიენტი „{ $name }“: დამატება
import-add-account-with = კლიენტი „{ $name }“: დამატება ({ $items })
import-into-account = კლიენტი „{ $name }“:
import-merge-account = კლიენტი „{ $name }“, შევსება:
import-skip-account = კლიენტი „{ $name }“: გამოტოვება, ახალი არაფერია
import-fill = შევსება: { $fields }
import-keep = უცვლელად რჩება: { $fields } (ფაილში სხვაა)
import-item-add = { $kind } „{ $label }“: დამატება
import-item-fill = { $kind } „{ $label }“: შევსება: { $fields }
import-item-keep = ; უცვლელად რჩება: { $fields }
import-item-skip = { $kind } „{ $label }“: გამოტოვება, უკვე არის
import-ignored = გამოტოვებულია: { $what }
import-count-objective = { $n } წლიური მიზანი
import-count-milestone = { $n } საკონტროლო წერტილი
import-count-person = { $n } პიროვნება
import-count-competitor = { $n } კონკურენტი
import-count-touchpoint = { $n } კონტაქტი
import-summary-accounts = დაემატა კლიენტი: { $added }, შეივსო: { $merged }, უკვე იყო: { $same }
import-summary-accounts-would = დაემატება კლიენტი: { $added }, შეივსება: { $merged }, უკვე არის: { $same }
import-summary-people = დაემატა პიროვნება: { $added }, შეივსო: { $merged }, უკვე იყო: { $same } — კლიენტი „{ $name }“
import-summary-people-would = დაემატება პიროვნება: { $added }, შეივსება: { $merged }, უკვე არის: { $same } — კლიენტი „{ $name }“
import-summary-new-items = ; ახალი არსებულ კლიენტებში: { $items }
field-currency = ვალუტა
field-closed-on = დახურვის თარიღი
field-loss-reason = დაკარგვის მიზეზი
field-loss-note = შენიშვნა დაკარგვაზე
field-win-back = დაბრუნების გეგმა
