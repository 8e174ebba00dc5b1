# ფორმები: სათაურები, ველების წარწერები და პრობლემები ველის გვერდით.

form-footer = Ctrl-S შენახვა · Tab შემდეგი · Esc გაუქმება
form-edit-named = რედაქტირება: { $name }
form-account-new = ახალი კლიენტი
form-person-new = ახალი პირი
form-objective-new = ახალი წლიური მიზანი
form-objective-edit = წლიური მიზნის რედაქტირება
form-milestone-new = ახალი საკონტროლო წერტილი
form-milestone-edit = საკონტროლო წერტილის რედაქტირება
form-competitor-new = ახალი კონკურენტი
form-competitor-edit = კონკურენტის რედაქტირება
form-touchpoint-new = კონტაქტის ჩაწერა
form-touchpoint-edit = კონტაქტის რედაქტირება
form-snooze-title = გადადება: { $about }

## ველების წარწერები: არაუმეტეს 19 სიმბოლოსი.
form-label-name = დასახელება
form-label-person-name = სახელი
form-label-client-type = კლიენტის ტიპი
form-label-status = სტატუსი
form-label-level-now = დონე ახლა
form-label-level-target = სამიზნე დონე
form-label-industry = დარგი
form-label-region = რეგიონი
form-label-headcount = თანამშრომლები
form-label-annual-sales = წლიური გაყიდვები
form-label-cooperation-since = თანამშრომლობა
form-label-contact-every = სიხშირე (დღეები)
form-label-year = წელი
form-label-product = პროდუქტი/შეთავაზება
form-label-planned-volume = დაგეგმილი მოცულობა
form-label-expected-profit = მოსალოდნელი მოგება
form-label-resources = რესურსები
form-label-title = დასახელება
form-label-due = ვადა
form-label-done-on = შესრულდა
form-label-note = შენიშვნა
form-label-their-position = მათი პოზიცია
form-label-strengths = ძლიერი მხარეები
form-label-weaknesses = სუსტი მხარეები
form-label-job-title = თანამდებობა
form-label-buying-role = როლი შესყიდვაში
form-label-influence = გავლენა (1-5)
form-label-attitude = განწყობა
form-label-reports-to = ექვემდებარება
form-label-preferred-channel = სასურველი არხი
form-label-phone = ტელეფონი
form-label-email = ელფოსტა
form-label-birthday = დაბადების დღე
form-label-notes = შენიშვნები
form-label-snooze-until = გადადება თარიღამდე
form-label-summary = შინაარსი
form-label-date = თარიღი
form-label-time = დრო (სს:წწ)
form-label-channel = არხი
form-label-with = მონაწილეები (a, b)
form-label-outcome = შედეგი
form-label-reason = მიზეზი
form-label-next-step = შემდეგი ნაბიჯი
form-label-next-step-due = ნაბიჯის ვადა
form-label-next-step-done = ნაბიჯი შესრულდა
form-label-follows-up = ხურავს ნაბიჯს
form-follows-due = { $step } · ვადა { $date }

form-required-name = მიუთითეთ დასახელება
form-required-person-name = მიუთითეთ სახელი
form-required-product = მიუთითეთ პროდუქტი ან შეთავაზება
form-required-title = მიუთითეთ დასახელება
form-required-summary = მიუთითეთ შინაარსი
form-required-date = მიუთითეთ თარიღი
form-time-invalid = „{ $value }“ არ არის დრო: ჩაწერეთ სს:წწ
form-email-without-at = მისამართს აკლია @
form-birthday-ahead = დაბადების დღე მომავალში ვერ იქნება
form-snooze-past = დღეს ან უფრო გვიან
form-next-step-missing = რა არის შემდეგი ნაბიჯი?
form-fix-fields = გაასწორეთ წითლად მონიშნული ველები და ხელახლა შეინახეთ.

## საგნობრივი სფეროს წესები (კონტაქტის ფორმა და `keyplan log`)

form-touchpoint-after-today = { $date } დღევანდელზე ({ $today }) გვიანაა: კონტაქტი ჩაწერეთ, როცა შედგება; დაგეგმილი კონტაქტი შემდეგი ნაბიჯია
form-with-nobody = ამ კლიენტთან „{ $name }“ სახელით არავინაა
form-with-several = „{ $name }“ რამდენიმე ადამიანს ემთხვევა
form-step-no-text = (ტექსტის გარეშე)
form-step-due-promised = { $step } (ვადა { $due }, დაპირდით { $promised })
form-step-promised = { $step } (დაპირდით { $promised })
