# დოსიე: ჩანართები, განყოფილებების სათაურები და წარწერები, ცარიელი
# მდგომარეობები, ცხრილის სვეტები და როგორ ასახელებს კითხვა ჩანაწერს.

## ჩანართები: სრული სახელები და მოკლე — ვიწრო ფანჯრისთვის.
dossier-tab-overview = მიმოხილვა
dossier-tab-charter = ქარტია
dossier-tab-situation = სიტუაცია
dossier-tab-strategy = სტრატეგია
dossier-tab-implementation = განხორციელება
dossier-tab-people = პირები
dossier-tab-log = ჟურნალი
dossier-tab-competitors = კონკურენტები
dossier-tab-short-overview = ზოგადი
dossier-tab-short-charter = ქარტია
dossier-tab-short-situation = სიტუაცია
dossier-tab-short-strategy = სტრატ.
dossier-tab-short-implementation = განხორც.
dossier-tab-short-people = პირები
dossier-tab-short-log = ჟურნალი
dossier-tab-short-competitors = კონკურ.

dossier-review-changed = გეგმა შეიცვალა განხილვის ({ $day }) შემდეგ
dossier-review-unchanged = გეგმა განხილულია { $day }; მას შემდეგ არ შეცვლილა

dossier-plan-charter = ქარტია
dossier-plan-situation = სიტუაციის შეფასება
dossier-plan-strategy = სტრატეგია
dossier-hint-charter = რატომ ვმუშაობთ ამ კლიენტთან და როგორი უნდა იყოს ჩვენი ურთიერთობა.
dossier-hint-situation = სად ვდგავართ დღეს: ჩვენი პოზიცია, ძლიერი და სუსტი მხარეები, საფრთხეები, თავად კლიენტის მდგომარეობა.
dossier-hint-strategy = ურთიერთობის გრძელვადიანი მიზნები და ღირებულება, რომელსაც ჩვენი პროდუქტები კლიენტს აძლევს.
dossier-plan-empty = დააჭირეთ { $here }-ს აქ დასაწერად, ან { $editor }-ს თქვენს $EDITOR-ში დასაწერად.

dossier-facts-heading = ფაქტები (e — რედაქტირება)
dossier-text-description = რას საქმიანობს კომპანია
dossier-text-development-history = განვითარების ისტორია
dossier-text-org-structure = ორგანიზაციული სტრუქტურა
dossier-text-market-environment = საბაზრო გარემო
dossier-text-preferred-products = სასურველი პროდუქტები და შესყიდვის ჩვევები
dossier-text-empty = (ცარიელია: აირჩიეთ და დააჭირეთ e-ს)
dossier-fact-type = ტიპი
dossier-fact-status = სტატუსი
dossier-fact-level = დონე
dossier-fact-industry = დარგი
dossier-fact-region = რეგიონი
dossier-fact-annual-sales = წლიური გაყიდვები
dossier-fact-headcount = თანამშრომლები
dossier-fact-cooperation-since = თანამშრომლობა
dossier-fact-contact-every = კონტაქტის სიხშირე
dossier-contact-every-days = ყოველ { $days } დღეში
dossier-contact-standard = ტიპის სტანდარტი
dossier-fact-in-keyplan-since = დამატებულია

dossier-empty-objectives = წლიური მიზნები ჯერ არ არის. დასამატებლად დააჭირეთ { $key }-ს.
dossier-empty-milestones = საკონტროლო წერტილები ჯერ არ არის. დასამატებლად დააჭირეთ { $key }-ს.
dossier-empty-people = პირები ჯერ არ არის. დასამატებლად დააჭირეთ { $key }-ს.
dossier-empty-touchpoints = კონტაქტები ჯერ არ არის. დასამატებლად დააჭირეთ { $key }-ს.
dossier-empty-competitors = კონკურენტები ჯერ არ არის. დასამატებლად დააჭირეთ { $key }-ს.

dossier-objectives-title = წლიური მიზნები
dossier-milestones-title = საკონტროლო წერტილები
dossier-col-year = წელი
dossier-col-product = პროდუქტი
dossier-col-volume = მოცულობა
dossier-col-profit = მოგება
dossier-col-resources = რესურსები
dossier-col-due = ვადა
dossier-col-milestone = დასახელება
dossier-col-note = შენიშვნა
dossier-done-on = შესრულდა { $date }
dossier-objective-title = { $year } წლის მიზანი
dossier-milestone-title = საკონტროლო წერტილი
dossier-fact-product = პროდუქტი ან შეთავაზება
dossier-fact-volume = მოცულობა
dossier-fact-expected-profit = მოსალოდნელი მოგება
dossier-fact-resources = რესურსები
dossier-fact-due = ვადა
dossier-fact-milestone = საკონტროლო წერტილი
dossier-fact-note = შენიშვნა

dossier-col-date = თარიღი
dossier-col-channel = არხი
dossier-col-summary = არსი
dossier-col-outcome = შედეგი
dossier-col-next-step = შემდ. ნაბიჯი
dossier-followed = დაიხურა
dossier-done = შესრულდა
dossier-touchpoint-title = კონტაქტი { $position } / { $total }
dossier-fact-when = როდის
dossier-fact-with = ვისთან
dossier-fact-summary = შინაარსი
dossier-fact-outcome = შედეგი
dossier-fact-reason = მიზეზი
dossier-fact-next-step = შემდეგი ნაბიჯი
dossier-next-step-due = { $step } (ვადა { $date })
dossier-followed-up-on = დაიხურა კონტაქტით { $date }

dossier-col-name = სახელი
dossier-col-job-title = თანამდებობა
dossier-col-role = როლი
dossier-col-influence = გავლ.
dossier-col-attitude = განწყობა
dossier-fact-reports-to = ექვემდებარება
dossier-fact-prefers = სასურველი არხი
dossier-fact-phone = ტელეფონი
dossier-fact-email = ელფოსტა
dossier-fact-birthday = დაბადების დღე
dossier-fact-notes = შენიშვნები
dossier-col-competitor = კონკურენტი
dossier-col-their-position = მათი პოზიცია
dossier-fact-position = პოზიცია
dossier-fact-strengths = ძლიერი მხარეები
dossier-fact-weaknesses = სუსტი მხარეები

dossier-describe-objective = მიზანი { $year } { $product }
dossier-describe-milestone = საკონტროლო წერტილი { $title } ({ $due })
dossier-describe-person = { $name } პირების სიიდან
dossier-describe-touchpoint = კონტაქტი { $date } { $summary }
dossier-describe-competitor = კონკურენტი { $name }
dossier-describe-selected = არჩეული ჩანაწერი

dossier-heading-overview = ზოგადი ინფორმაცია
dossier-section-names = { $most } ან { $last }
