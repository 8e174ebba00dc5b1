# დოსიეს დოკუმენტები: `keyplan show` ტექსტად და Markdown-ად, ასევე
# `keyplan export --format md` (src/interchange/markdown.rs და text.rs).

doc-as-of = დოსიე { $date }-ის მდგომარეობით, keyplan-იდან.
doc-portfolio-empty = კლიენტების პორტფელი ცარიელია.

doc-section-overview = ზოგადი ინფორმაცია
doc-section-charter = ქარტია
doc-section-situation = სიტუაციის შეფასება
doc-section-strategy = სტრატეგია
doc-section-implementation = განხორციელება
doc-section-people = ადამიანები
doc-section-log = კონტაქტების ჟურნალი
doc-section-competitors = კონკურენტები

doc-fact-type = ტიპი
doc-fact-status = სტატუსი
doc-fact-level = ურთიერთობის დონე
doc-level-target = { $now } (მიზანი: { $target })
doc-fact-industry = დარგი
doc-fact-region = რეგიონი
doc-fact-headcount = თანამშრომელთა რაოდენობა
doc-fact-annual-sales = წლიური გაყიდვები
doc-fact-cooperation-since = თანამშრომლობა
doc-since-years = { $date } ({ $years } წელი)
doc-fact-contact-every = კონტაქტი ყოველ
doc-days = { $days } დღეში
doc-type-standard = ტიპის სტანდარტით
doc-fact-last-contact = ბოლო კონტაქტი
doc-fact-in-keyplan-since = keyplan-ში

doc-text-description = რას აკეთებს კომპანია
doc-text-development = განვითარების ისტორია
doc-text-structure = ორგანიზაციული სტრუქტურა
doc-text-market = საბაზრო გარემო
doc-text-products = სასურველი პროდუქტები და შესყიდვის ჩვევები

doc-objectives = წლიური მიზნები
doc-objectives-header = | წელი | პროდუქტი | დაგეგმილი მოცულობა | მოსალოდნელი მოგება | რესურსები |
doc-milestones = საკონტროლო წერტილები
doc-done-on = შესრულდა { $date }
doc-due-on = ვადა { $date }
doc-followed-up-on = შესრულდა კონტაქტით { $date }
doc-late = დაგვიანებით
doc-label-volume = მოცულობა
doc-label-profit = მოგება
doc-label-resources = რესურსები

doc-fact-role = როლი
doc-influence = გავლენა { $influence }/5
doc-fact-reports-to = ექვემდებარება
doc-fact-direct-reports = ქვეშევრდომები
doc-fact-prefers = ურჩევნია
doc-fact-phone = ტელეფონი
doc-fact-email = E-mail
doc-fact-birthday = დაბადების დღე

doc-newest-first = ახლები პირველად.
doc-with = მონაწილეები: { $people }.
doc-label-with = მონაწილეები
doc-why = რატომ
doc-next-step = შემდეგი ნაბიჯი
doc-not-described = (არ არის აღწერილი)

doc-position = პოზიცია
doc-strengths = ძლიერი მხარეები
doc-weaknesses = სუსტი მხარეები

## ცარიელი განყოფილებები: Markdown-ში წინადადებით, ტექსტში ფრჩხილებში.

doc-none-recorded = არაფერია ჩაწერილი.
doc-not-written = ჯერ არ დაწერილა.
doc-none-yet = ჯერ არ არის.
doc-people-empty = ჯერ არავინაა ჩაწერილი.
doc-log-empty = ჯერ არცერთი კონტაქტი არ ჩაწერილა.
doc-text-none-recorded = არაფერია ჩაწერილი
doc-text-not-written = ჯერ არ დაწერილა
doc-text-none-yet = ჯერ არ არის
doc-text-people-empty = ჯერ არავინაა ჩაწერილი
doc-text-log-empty = ჯერ არცერთი კონტაქტი არ ჩაწერილა

## კალენდარი (export --format ics)

doc-ics-calendar-name = keyplan: შეთანხმებები და საკონტროლო წერტილები
doc-ics-milestone = საკონტროლო წერტილი: { $title } — { $name }
doc-ics-follow-up = შეთანხმება: { $step } — { $name }
doc-ics-follow-up-default = დაკავშირება
doc-ics-promised = დაპირდით { $date }, კონტაქტის შემდეგ: { $summary }
doc-ics-with = მონაწილეები: { $people }.
