# გარსის ბრძანებების შეტყობინებები.

shell-lang-unknown = keyplan საუბრობს en, uk, ru და ka ენებზე და არა „{ $found }“

## `keyplan`-ისა და ყოველი ბრძანების დახმარება (src/cli/help.rs). მაგალითებში
## ბრძანებები უცვლელია; განმარტებები ნათარგმნია.

cli-about = ტერმინალის სამუშაო ადგილი საკვანძო კლიენტების მენეჯერებისთვის.
cli-after =
    მაგალითები:
      keyplan --demo            პორტფელის ნიმუშის დათვალიერება (დროებითი ფაილი)
      keyplan                   თქვენი კლიენტების პორტფელის გახსნა
      keyplan --db work.db      მონაცემთა ბაზის სხვა ფაილის გახსნა
cli-arg-db = მონაცემთა ბაზის ფაილი [ნაგულისხმევად: keyplan.db სისტემის მონაცემთა საქაღალდეში]
cli-arg-today = თარიღი, რომელსაც keyplan დღევანდელად თვლის (31.12.2026 ან 2026-12-31), ყველა ეკრანისა და ბრძანებისთვის
cli-arg-lang = ინტერფეისის ენა: en, uk, ru ან ka [ნაგულისხმევად: settings.toml, შემდეგ LC_ALL, LC_MESSAGES, LANG]
cli-arg-demo = ახლად შექმნილი პორტფელის ნიმუშის გახსნა დროებით ფაილში; თქვენი ბაზა ხელუხლებელი რჩება

cli-exit-codes = დასრულების კოდები:
cli-exit-0 = წარმატება
cli-exit-1 = `check --exit-code`-მა ვადაგადაცილებული იპოვა, ან `people --email`-მა ვერავინ იპოვა (სხვა შემთხვევაში არ გამოიყენება)
cli-exit-2 = გამოსასწორებელი შეცდომა: გამოძახება (ტერმინალის გარეშე სამუშაო მაგიდაც), უცნობი კლიენტი, უარყოფილი ფაილი ან მნიშვნელობა, კონფლიქტი სხვა ცვლილებასთან
cli-exit-3 = მონაცემთა ბაზა დაზიანებულია ან არ იკითხება, ან თავად keyplan-ის შეცდომა

cli-demo-about = ცარიელი ბაზის შევსება პორტფელის ნიმუშით
cli-demo-after =
    მაგალითები:
      keyplan demo --db /tmp/sample.db && keyplan --db /tmp/sample.db
      keyplan demo --db /tmp/big.db --accounts 10000 --touchpoints 1000000   სიჩქარის გაზომვების საცნობარო ზომა
cli-demo-arg-accounts = ნიმუშის ნაცვლად ამდენი კლიენტის სინთეზური პორტფელის შექმნა
cli-demo-arg-touchpoints = კონტაქტები სულ სინთეზურ პორტფელში [ნაგულისხმევად: 100 თითო კლიენტზე]
cli-demo-arg-seed = სინთეზური პორტფელის საწყისი რიცხვი: ერთი და იგივე რიცხვი ერთსა და იმავე პორტფელს იძლევა

cli-check-about = რა გვეპარება: ვადაგადაცილებული კონტაქტები, დაგვიანებული შეთანხმებები, გასული საკონტროლო წერტილები, მოახლოებული იუბილეები
cli-check-after =
    მაგალითები:
      keyplan check                      ერთი სტრიქონი თითო შეხსენებაზე
      keyplan check --format json        სკრიპტებისთვის
      keyplan check --exit-code || echo 'something is overdue'
cli-check-arg-format = როგორ გამოვიტანოთ შეხსენებები: ტექსტად, თითო სტრიქონზე, ან JSON სკრიპტებისთვის
cli-check-arg-exit-code = სტატუსით 1 დასრულება, თუ რომელიმე შეხსენება ვადაგადაცილებულია, სხვა შემთხვევაში 0
cli-check-arg-within = რამდენი დღით ადრე გაფრთხილდეთ დაბადების დღეებსა და წლისთავებზე [ნაგულისხმევად: პარამეტრებიდან, 14]

cli-show-about = ერთი დოსიეს (ან მისი ერთი განყოფილების) გამოტანა ტექსტად ტერმინალის სიგანით, Markdown-ად ან JSON-ად
cli-show-after =
    მაგალითები:
      keyplan show acme                         მთელი დოსიე
      keyplan show укрм --section people        ვინ იღებს გადაწყვეტილებას და როგორ დავუკავშირდეთ
      ssh host keyplan show acme                ტელეფონიდან შეხვედრის წინ
      keyplan show acme --format md > acme.md   საქმეების გადაცემის დოკუმენტი
      keyplan show 12 --format json | jq '.touchpoints[0]'
cli-show-arg-account = კლიენტი: მისი id, სახელი, სახელის დასაწყისი ან რამდენიმე ასო
cli-show-arg-format = როგორ გამოვიტანოთ დოსიე
cli-show-arg-section = მხოლოდ ერთი განყოფილება: overview, charter, situation, strategy, implementation, people, log ან competitors
cli-show-arg-log = რამდენი უახლესი კონტაქტი ვაჩვენოთ, ან `all` [ნაგულისხმევად: 20 ტექსტში, ყველა md-სა და json-ში]
cli-show-arg-since-review = მხოლოდ გეგმის ცვლილებები ბოლო გადახედვის შემდეგ (ტექსტები სიტყვა-სიტყვით, დამატებული, შეცვლილი, წაშლილი პუნქტები)
cli-show-arg-since = მხოლოდ გეგმის ცვლილებები გარკვეული დღიდან (31.12, 2026-12-31, -2კ, გუშინ...)
cli-show-format-text = უბრალო ტექსტი ტერმინალის სიგანით
cli-show-format-md = Markdown: საქმეების გადაცემის დოკუმენტი
cli-show-format-json = JSON: დოსიე ბაზის id-ებით, სკრიპტებისთვის

cli-history-about = კლიენტის ისტორიის გამოტანა: ყოველი ცვლილება, ახლები პირველად, როდის, რომელ კომპიუტერზე და რა შეიცვალა
cli-history-after =
    მაგალითები:
      keyplan history acme                       ყოველი ცვლილება, ახლები პირველად (#N: მისი ნომერი `keyplan revert`-ისთვის)
      keyplan history acme --section charter     ქარტიის ყოველი ვერსია, სიტყვა-სიტყვით
      keyplan history acme --format json         სკრიპტებისთვის (დრო UTC-ში)
      keyplan show acme --since-review           რა შეიცვალა გეგმაში ბოლო გადახედვის შემდეგ
cli-history-arg-account = კლიენტი: მისი id, სახელი, სახელის დასაწყისი ან რამდენიმე ასო
cli-history-arg-section = მხოლოდ ერთი განყოფილება: overview, charter, situation, strategy, implementation, people, log ან competitors
cli-history-arg-format = როგორ გამოვიტანოთ ისტორია: ტექსტად ან JSON სკრიპტებისთვის

cli-export-about = მთელი პორტფელის ჩაწერა JSON-ად, Markdown-ად, CSV-ად ან შეთანხმებებისა და საკონტროლო წერტილების iCalendar-ად
cli-export-after =
    მაგალითები:
      keyplan export --output portfolio.json        ყველაფერი, სხვა კომპიუტერზე იმპორტისთვის
      keyplan export --format md --output handover.md
      keyplan export --format csv > portfolio.csv    ელექტრონული ცხრილისთვის
      keyplan export --format ics --output ~/public/keyplan.ics   კალენდარში გამოსაწერად
cli-export-arg-format = რა ჩავწეროთ [ნაგულისხმევად: გამოსავალი ფაილის გაფართოებით (.json, .md, .csv, .ics), სხვა შემთხვევაში json]
cli-export-arg-output = ამ ფაილში ჩაწერა (პირადი, 0600, ატომურად იცვლება) სტანდარტული გამოსავლის ნაცვლად
cli-export-format-json = ყოველი კლიენტის ყოველი ველი, ვერსიით; `keyplan import` უკან კითხულობს
cli-export-format-md = საქმეების გადაცემის დოკუმენტი თითო კლიენტზე, ერთ ფაილში
cli-export-format-csv = პორტფელის ცხრილი, თითო სტრიქონი კლიენტზე
cli-export-format-ics = ღია შეთანხმებები და საკონტროლო წერტილები მთელი დღის მოვლენებად, კალენდარში გამოსაწერად

cli-import-about = კლიენტებისა და ადამიანების წაკითხვა keyplan-ის JSON ექსპორტიდან, CSV ფაილიდან ან vCard-ებიდან; ყველაფერი ან არაფერი
cli-import-after =
    არაფერი იშლება ან გადაიწერება: იმპორტი ამატებს იმას, რაც აკლია, და ავსებს
    ცარიელს, ყველაფერს ერთ ტრანზაქციაში; ფაილი ნებისმიერი შეცდომით არაფერს
    ცვლის და შეცდომა სტრიქონს ასახელებს. ფაილის ხელახალი იმპორტი არაფერს ამატებს:
      კლიენტები     სახელით (ღია ღიასთან, დაკარგული/ყოფილი მსგავსთან)
      მიზნები       წლითა და პროდუქტით       საკონტროლო წერტილები  სახელითა და ვადით
      ადამიანები    UID-ით (keyplan-ის vCard), საერთო e-mail-ით, თორემ სახელით (ახალი e-mail-ები და ტელეფონები ემატება)
      კონკურენტები  სახელით                  კონტაქტები            თარიღითა და შინაარსით
    ნაპოვნი კლიენტი ინარჩუნებს სახელს, ტიპს, დონეებსა და სტატუსს.

    მაგალითები:
      keyplan import portfolio.json --dry-run     რა შეიცვლებოდა
      keyplan import portfolio.json               პორტფელი `keyplan export`-იდან
      keyplan import accounts.csv                 სვეტები: დასახელება, დარგი, ქალაქი, თანამშრომლები, შემოსავალი
      keyplan import contacts.vcf --account acme  ადამიანები ტელეფონიდან ან საფოსტო პროგრამიდან
      keyplan import people.csv --account acme    სვეტები: სახელი, თანამდებობა, e-mail, ტელეფონი, დაბადების დღე
cli-import-arg-file = წასაკითხი ფაილი
cli-import-arg-format = ფაილის ფორმატი [ნაგულისხმევად: გაფართოებით: .json, .csv, .vcf ან .vcard]
cli-import-arg-dry-run = ჩვენება, რა დაემატება, გაერთიანდება ან გამოტოვდება, ისე რომ არაფერი შეიცვალოს
cli-import-arg-account = კლიენტი, რომელსაც vCard ან CSV ფაილის ადამიანები ეკუთვნიან
cli-import-format-json = `keyplan export`-ით ჩაწერილი პორტფელი
cli-import-format-csv = კლიენტები სათაურების სტრიქონით, ან ერთი კლიენტის ადამიანები --account-ით
cli-import-format-vcf = vCard 2.1, 3.0 ან 4.0 ადამიანები, --account-ით მითითებულ კლიენტში

cli-list-about = კლიენტების პორტფელი: ყოველი კლიენტი წლიური გაყიდვებით, ცხრილად, JSON-ად ან CSV-ად
cli-list-after =
    მაგალითები:
      keyplan list                               წლიური გაყიდვების მიხედვით
      keyplan list --status at_risk              რისკის ქვეშ მყოფი კლიენტები
      keyplan list --format json | jq -r '.[].name'
      keyplan list --format csv > portfolio.csv
cli-list-arg-format = როგორ გამოვიტანოთ პორტფელი
cli-list-arg-status = მხოლოდ ამ სტატუსის კლიენტები: active, prospect, at_risk, lost ან former
cli-list-format-text = ცხრილი ტერმინალის სიგანით (უბრალო, როცა გამოსავალი არხში მიდის)
cli-list-format-json = ობიექტების მასივი, სკრიპტებისთვის
cli-list-format-csv = თითო სტრიქონი კლიენტზე სათაურების სტრიქონით, ელექტრონული ცხრილებისთვის

cli-log-about = კლიენტთან კონტაქტის ჩაწერა ერთ სტრიქონში; გამოაქვს ჩაწერილი
cli-log-after =
    მაგალითები:
      keyplan log acme -s 'Call about the renewal'
      keyplan log 'київ' -s 'Зустріч щодо поставки' --channel meeting --with олена --with андрій
      keyplan log 12 -s 'Tender lost' --date yesterday --outcome deal_lost --reason 'price 8% higher'
      keyplan log acme -s 'Demo' --next-step 'Send the offer' --due +3d
      keyplan log acme -s 'Offer sent' --channel email --follows-up 'Send the offer'

    თარიღები: 31.12.2026, 31.12.26, 31.12, 2026-12-31, დღეს, გუშინ, ხვალ, +3დ, -2კ, +1თ, +1წ
    (ინგლისურადაც: today, yesterday, tomorrow, +3d, -2w, +1m).
cli-log-arg-account = კლიენტი: მისი id, სახელი, ან სახელის ან მისი ერთ-ერთი სიტყვის დასაწყისი (რამდენიმე ასო მიმდევრობით მხოლოდ მინიშნებებს იძლევა, თავად არ აირჩევა)
cli-log-arg-summary = რა მოხდა, ერთ სტრიქონში
cli-log-arg-channel = meeting, call, email, message, visit ან other [ნაგულისხმევად: კლიენტთან ბოლო კონტაქტის არხი, თორემ ბოლო ჩაწერილისა]
cli-log-arg-with = კლიენტის მხრიდან მონაწილე: სახელი ან მისი დასაწყისი. გაიმეორეთ რამდენიმე ადამიანისთვის
cli-log-arg-date = კონტაქტის დღე: 31.12.2026, 31.12, 2026-12-31, გუშინ, -3დ [ნაგულისხმევად: დღეს]
cli-log-arg-time = კონტაქტის დრო, სს:წწ
cli-log-arg-outcome = positive, neutral, negative, refusal, deal_won ან deal_lost
cli-log-arg-reason = რატომ მოვიგეთ, წავაგეთ ან მივიღეთ უარი
cli-log-arg-next-step = შემდეგი ნაბიჯი, რომელიც დავპირდით
cli-log-arg-due = როდის უნდა შესრულდეს შემდეგი ნაბიჯი: 31.12 (უახლოესი), 31.12.2026, ხვალ, +3დ, +2კ, +1თ
cli-log-arg-follows-up = კლიენტის ღია შემდეგი ნაბიჯი, რომელსაც ეს კონტაქტი ასრულებს და ხურავს: დაპირების კონტაქტის id, მისი ტექსტი ან ტექსტის დასაწყისი. გაიმეორეთ რამდენიმესთვის

cli-done-about = კლიენტის დაპირებული შეთანხმების ან გეგმის საკონტროლო წერტილის შესრულებულად მონიშვნა
cli-done-after =
    მაგალითები:
      keyplan done acme                               აჩვენებს, რა არის ღია
      keyplan done acme --follow-up 'Send the offer'
      keyplan done acme --follow-up 57 --date yesterday
      keyplan done acme --milestone 'Q1 review'

    მოგვიანებით კონტაქტი, რომელიც დაპირებას ასრულებს, ასე ჩაიწერება: `keyplan log ACCOUNT ... --follows-up ID-OR-TEXT`.
cli-done-arg-account = კლიენტი: მისი id, სახელი, ან სახელის ან მისი ერთ-ერთი სიტყვის დასაწყისი
cli-done-arg-follow-up = ღია შეთანხმება (შემდეგი ნაბიჯი ვადით): დაპირების კონტაქტის id, მისი ტექსტი ან ტექსტის დასაწყისი
cli-done-arg-milestone = საკონტროლო წერტილი: მისი id, სახელი ან სახელის დასაწყისი
cli-done-arg-date = შესრულების დღე: 31.12.2026, 31.12, 2026-12-31, გუშინ, -3დ [ნაგულისხმევად: დღეს]

cli-revert-about = ისტორიაში შენახული ერთი ცვლილების გაუქმება (#N `keyplan history`-დან): წაშლილი ჩანაწერი ბრუნდება
cli-revert-after =
    მაგალითები:
      keyplan history acme --section people   წაშლის პოვნა: 2026-11-20 14:02  laptop  #812  person «Anna» deleted
      keyplan revert 812                      ანა ბრუნდება იმ კონტაქტებთან ერთად, სადაც ჯერ კიდევ შეიძლება იყოს
cli-revert-arg-change = ცვლილების ნომერი, #N, რომელსაც `keyplan history ACCOUNT` აჩვენებს

cli-backup-about = მონაცემთა ბაზის ასლის ჩაწერა (გამოყენებისას შეიძლება); გამოაქვს მისი მისამართი
cli-backup-after =
    მაგალითები:
      keyplan backup                     ასლი backups/-ში ბაზის გვერდით; გამოაქვს მისი მისამართი
      keyplan backup ~/keyplan-copy.db   ასლი იქ (არასოდეს არსებულ ფაილზე)
      keyplan backup /mnt/usb/           ასლი ამ საქაღალდეში

    სამუშაო ადგილი თავადაც აკეთებს დღეში ერთ ასლს (იხ. settings.toml). `keyplan restore PATH` აბრუნებს მას.
cli-backup-arg-path = სად ჩაიწეროს ასლი: ახალი ფაილი ან საქაღალდე [ნაგულისხმევად: backups/ ბაზის გვერდით]

cli-restore-about = სარეზერვო ასლის დაბრუნება ბაზად, მიმდინარე ფაილის ასლის ჩაწერის შემდეგ
cli-restore-after =
    მაგალითები:
      keyplan restore ~/.local/share/keyplan/backups/keyplan-daily-2026-12-01.db
      keyplan --db work.db restore work-copy.db

    ჯერ ბაზა არსებული სახით backups/-ში კოპირდება (მისამართი გამოდის). უფრო ახალი keyplan-ის ასლი, ფაილი, რომელიც keyplan-ის ბაზა არ არის, ან დაზიანებული ფაილი უარყოფილია და არაფერი იცვლება.
cli-restore-arg-path = დასაბრუნებელი ასლი: `keyplan backup`-ით ჩაწერილი, რეგულარული backups/-დან ან განახლებამდე გაკეთებული

cli-search-about = სიტყვების პოვნა ყველა დოსიესა და ჟურნალში: საუკეთესო დამთხვევები პირველად, გარშემო ტექსტით
cli-search-after =
    მაგალითები:
      keyplan search поставки       ყოველი ადგილი, სადაც სიტყვა (ან უფრო გრძელი) წერია
      keyplan search олена коваль   ორივე სიტყვა ერთ ჩანაწერში
      keyplan search tender -n 5    ხუთი საუკეთესო
      keyplan search -- -5%         დეფისით დაწყებული მოთხოვნა -- -ის შემდეგ იწერება
      keyplan search 'ціна' --format json | jq -r '.[] | "\(.account): \(.snippet)"'

    ტექსტური გამოსავალი ყოველ დამთხვევას ასე აღნიშნავს: [აი ასე]. JSON იძლევა account_id, account, kind (account,
    charter, situation, strategy, objective, milestone, person, competitor, touchpoint),
    item_id, date, snippet (უბრალო ტექსტი) და matches (სიმბოლოების პოზიციები [start, end) მასში).
cli-search-arg-query = საძიებო სიტყვები, ნებისმიერ რეგისტრსა და დამწერლობაში; თითოეული სიტყვის დასაწყისია (`постав` პოულობს `поставки`), და შედეგი ყველას შეიცავს
cli-search-arg-format = როგორ გამოვიტანოთ შედეგები: ტექსტად ან JSON სკრიპტებისთვის
cli-search-arg-limit = მაქსიმუმ ამდენი შედეგი

cli-people-about = ადამიანები კლიენტებთან, ერთი კლიენტის ან ყველასი: ცხრილი, JSON, CSV ან vCard მისამართების წიგნისთვის
cli-people-after =
    მაგალითები:
      keyplan people acme                           ერთი კლიენტის ადამიანები
      keyplan people --format vcf > contacts.vcf    ყველა, khard-ისთვის ან ტელეფონისთვის (vCard 4.0)
      keyplan people --vcard 3.0 > contacts.vcf     vCard 3.0 ძველი ტელეფონებისთვის
      keyplan people --email olena                  მისამართების სტრიქონები საფოსტო პროგრამისთვის
    თითო ბარათის UID ადამიანის გლობალური იდენტიფიკატორია: ახალ ექსპორტში, ნებისმიერი
    მანქანიდან, იგივე რჩება, და `keyplan import contacts.vcf --account acme` ორჯერ არაფერს ამატებს.
    --email-ით პირველი სტრიქონი ამბობს, რამდენი მოიძებნა, შემდეგ თითო
    `მისამართი<TAB>სახელი<TAB>კლიენტი` სტრიქონი მისამართზე (mutt: set query_command =
    "keyplan people --email %s"); თუ არაფერი მოიძებნა, დასრულების კოდია 1.
cli-people-arg-account = მხოლოდ ამ კლიენტის ადამიანები (მისი ნომერი, სახელი ან სახელის დასაწყისი)
cli-people-arg-format = როგორ გამოვიტანოთ ადამიანები [ნაგულისხმევი: text; vcf --vcard-ით]
cli-people-arg-vcard = vCard-ის ვერსია: 4.0, ან 3.0 ძველი ტელეფონებისთვის [ნაგულისხმევი: 4.0]
cli-people-arg-email = მისამართების სტრიქონები საფოსტო პროგრამისთვის: ადამიანები, რომელთა სახელი, e-mail ან კლიენტი შეიცავს QUERY-ს, ნებისმიერ რეგისტრში
cli-people-format-text = ცხრილი ტერმინალის სიგანით (უბრალო, როცა გამოსავალი არხში მიდის)
cli-people-format-json = ობიექტების მასივი, სკრიპტებისთვის
cli-people-format-csv = თითო სტრიქონი ადამიანზე სათაურების სტრიქონით, ელექტრონული ცხრილებისთვის
cli-people-format-vcf = vCard, თითო ადამიანზე, khard-ისთვის, ტელეფონისთვის ან საფოსტო პროგრამისთვის

cli-completions-about = ავტოშევსების გამოტანა bash, zsh, fish, elvish ან powershell-ისთვის: ყოველი Tab keyplan-ს ეკითხება, ამიტომ გთავაზობთ თქვენს კლიენტებს და ყოველი პარამეტრის მნიშვნელობებს
cli-completions-after =
    მაგალითები:
      source <(keyplan completions bash)      ~/.bashrc-ში (ან შეინახეთ როგორც ~/.local/share/bash-completion/completions/keyplan)
      source <(keyplan completions zsh)       ~/.zshrc-ში, compinit-ის შემდეგ
      keyplan completions fish > ~/.config/fish/completions/keyplan.fish
    კლიენტები მოდის იმ მონაცემთა ბაზიდან, რომელსაც ბრძანების სტრიქონი ასახელებს (--db, KEYPLAN_DB ან ნაგულისხმევი).
cli-completions-arg-shell = bash, zsh, fish, elvish ან powershell

cli-man-about = სახელმძღვანელოს გვერდის (roff) გამოტანა, ამ განსაზღვრებებიდან შექმნილი
cli-man-after =
    მაგალითები:
      keyplan man | man -l -
      keyplan man > ~/.local/share/man/man1/keyplan.1

## keyplan check: თითო შეხსენების სიმძიმე.

shell-check-overdue = ვადაგასული
shell-check-due = დროა
shell-check-upcoming = მალე

## ბრძანებების შეტყობინებები.

shell-upgraded = { $path } განახლდა; წინა ვერსია შენახულია აქ: { $backup }
shell-too-old-read-only = { $path } ჩაწერილია keyplan-ის ძველი ვერსიით (სქემა { $found }; ეს კითხულობს { $known }) და ადგილზე ვერ განახლდება, რადგან keyplan იქ ვერ წერს: დააკოპირეთ ის საქაღალდეში, სადაც წერა შეიძლება, და იქ გახსენით
shell-no-home = საწყისი საქაღალდე ვერ მოიძებნა: მიუთითეთ ბაზის მდებარეობა --db PATH-ით
shell-account-unknown = „{ $wanted }“-ს არცერთი კლიენტი არ შეესაბამება: `keyplan list` ყველას აჩვენებს
shell-account-guesses =
    არცერთ კლიენტს არ ჰქვია „{ $wanted }“ და არც ასე იწყება; იქნებ რომელიმე ამათგანს გულისხმობთ? დაასახელეთ id-ით ან სახელის დასაწყისით:
    { $accounts }
shell-account-ambiguous =
    „{ $wanted }“-ით ნაპოვნია { $count } კლიენტი; მიუთითეთ, რომელი, id-ით ან სახელის უფრო გრძელი ნაწილით:
    { $accounts }
shell-section-unknown = განყოფილება „{ $found }“ არ არსებობს: აირჩიეთ { $names }
shell-show-older = … და კიდევ { $count } უფრო ძველი კონტაქტი: --log all აჩვენებს მათ
shell-show-log-limit = --log იღებს კონტაქტების რაოდენობას ან „all“-ს და არა „{ $found }“-ს

## keyplan log და keyplan done.

shell-choose-one-of = აირჩიეთ ერთ-ერთი: { $keys }
shell-due = ვადა { $date }
shell-log-summary-empty = --summary ცარიელია: ერთ სტრიქონში თქვით, რა მოხდა
shell-log-time-invalid = --time: '{ $found }' დრო არ არის: დაწერეთ სს:წწ
shell-log-no-people = მას ჯერ ადამიანები არ ჰყავს
shell-log-its-people = მისი ადამიანები: { $people }
shell-log-next-step-empty = --next-step ცარიელია: თქვით, რა არის შემდეგი ნაბიჯი
shell-log-saved = ჩაიწერა კონტაქტი { $touchpoint } კლიენტთან { $name } (კლიენტი { $account }):
shell-log-with = მონაწილეები: { $people }
shell-log-outcome = შედეგი
shell-log-reason = მიზეზი
shell-log-next-step = შემდეგი ნაბიჯი
shell-log-follows-up = ასრულებს: { $step } — დაიხურა { $date }
shell-done-after-today = { $date } დღევანდელზე ({ $today }) გვიანაა: მონიშნეთ შესრულებულად, როცა შესრულდება
shell-done-follow-up = შესრულდა { $date }: შეთანხმება { $step }, კლიენტი { $name }
shell-done-milestone = შესრულდა { $date }: საკონტროლო წერტილი { $title } (ვადა { $due }), კლიენტი { $name }
shell-done-none-open = { $account }-ს ღია არაფერი აქვს
shell-done-say-which =
    მიუთითეთ, რომელი, id-ით:
    { $listed }
shell-done-not-one = { $found ->
        [none] { $account }-ის არცერთი { $what ->
            [milestone] საკონტროლო წერტილი
           *[other] ღია შეთანხმება
        } არ არის „{ $wanted }“ და არც ასე იწყება; { $choices }
       *[many] „{ $wanted }“-ით { $account }-ის ერთზე მეტი { $what ->
            [milestone] საკონტროლო წერტილი
           *[other] ღია შეთანხმება
        } იწყება; { $choices }
    }
shell-done-nothing-open = { $account }-ს არ აქვს ღია შეთანხმება ან საკონტროლო წერტილი
shell-done-say-what = თქვით, რა შესრულდა, --follow-up ID ან --milestone ID-ით; { $account }-ის ღია პუნქტები:
shell-done-follow-ups = შეთანხმებები
shell-done-milestones = საკონტროლო წერტილები

## export, import, backup, restore, revert, demo, list, search.

shell-cannot-write = { $path } ვერ ჩაიწერა ({ $reason })
shell-cannot-read = { $path } ვერ წაიკითხა ({ $reason })
shell-import-file-changed = { $path } შეიცვალა იმპორტის დროს: არაფერი იმპორტირებულა; გაიმეორეთ იმპორტი
shell-no-such-file = ასეთი ფაილი არ არის
shell-permission-denied = წვდომა აკრძალულია
shell-export-into-database = { $path } თავად მონაცემთა ბაზაა: ექსპორტი სხვა ფაილში ჩაწერეთ
shell-export-wrote = ჩაიწერა { $count } კლიენტი: { $path }.
shell-import-account-with-json = --account საჭიროა vCard ან CSV ფაილის ადამიანებისთვის; JSON ექსპორტი თავად ასახელებს თავის კლიენტებს
shell-import-needs-account = { $path } ადამიანებს შეიცავს: მიუთითეთ, რომელ კლიენტს ეკუთვნიან, --account ACCOUNT-ით
shell-import-format-unknown = { $path }-ის სახელიდან ფორმატი არ ჩანს: მიუთითეთ --format json, csv ან vcf
shell-import-dry-run = საცდელი გაშვება, არაფერი შეცვლილა: { $summary }.
shell-import-done = იმპორტირდა { $path }: { $summary }.
shell-import-left-out = გამოტოვდა: { $columns }.
shell-import-refused = { $path }: { $reason }; არაფერი იმპორტირდა
shell-restored = { $database } აღდგა { $backup }-იდან
shell-restore-kept = ბაზა წინა სახით შენახულია აქ: { $path }
shell-reverted = გაუქმდა: { $what } (#{ $change })
shell-revert-conflict = #{ $change } ({ $what }) არ გაუქმდა: ჩანაწერი მას შემდეგ შეიცვალა; `keyplan history` აჩვენებს როგორ
shell-demo-not-empty = { $path } უკვე შეიცავს { $count } კლიენტს: პორტფელის ნიმუში მხოლოდ ცარიელ ბაზაში ემატება
shell-demo-filled = { $path } შეივსო პორტფელის ნიმუშით: { $count } კლიენტი.
shell-demo-open = გახსენით ასე: keyplan --db { $path }
shell-demo-generated = შეიქმნა { $count } კლიენტი და { $touchpoints } კონტაქტი (საწყისი რიცხვი { $seed }) { $path }-ში { $seconds } წამში.
shell-workbench-upgraded = მონაცემთა ბაზა განახლდა; წინა ვერსია შენახულია აქ: { $backup }
shell-workbench-sample = პორტფელის ნიმუში (დროებითი ასლი)
shell-workbench-needs-terminal = სამუშაო მაგიდას ტერმინალი სჭირდება (სტანდარტული შეტანა და გამოტანა ტერმინალში, TERM არ არის dumb); მის გარეშე გამოიყენეთ ბრძანებები list, show, log, check, search, export და report (keyplan --help ყველას ჩამოთვლის)
shell-workbench-no-directory = საქაღალდე { $path } არ არსებობს: ჯერ შექმენით ის, ან --db-ს მიეცით ფაილი არსებულ საქაღალდეში
shell-terminal-error = ტერმინალის შეცდომა: { $reason }
shell-search-nothing = „{ $query }“-ზე არაფერი მოიძებნა
shell-list-empty = კლიენტები არ არის
shell-list-none-with-status = სტატუსით { $status } კლიენტები არ არის

## keyplan history და show --since-review / --since.

shell-history-no-review = { $name }-ის გეგმას ჯერ გადახედვა არ ჰქონია: მონიშნეთ გადახედვის საკონტროლო წერტილი შესრულებულად ან დააჭირეთ R-ს „განხორციელებაში“; --since DATE აჩვენებს ცვლილებებს გარკვეული დღიდან
shell-since-review = { $date }-ის გადახედვის შემდეგ
shell-since-day = { $date }-დან
shell-history-empty = { $name }: ცვლილებები ჯერ არ შენახულა
shell-history-heading = { $name }-ის ისტორია, ახლები პირველად
shell-since-nothing = { $name }: გეგმაში არაფერი შეცვლილა { $since }
shell-since-heading = { $name }: რა შეიცვალა გეგმაში { $since }

## settings.toml: რა არის მასში არასწორი (src/settings.rs).

shell-settings-no-config-directory = პარამეტრების საქაღალდე ვერ მოიძებნა (მითითებულია HOME?); მოქმედებს ჩაშენებული პარამეტრები.
shell-settings-cannot-create = { $path } ვერ შეიქმნა: { $reason }; მოქმედებს ჩაშენებული პარამეტრები.
shell-settings-cannot-read = { $path } ვერ წაიკითხა: { $reason }; მოქმედებს ჩაშენებული პარამეტრები.
shell-settings-line = { $file }, სტრიქონი { $line }: { $message }.
shell-settings-not-toml = { $reason }; მთელი ფაილი გამოტოვებულია, მოქმედებს ჩაშენებული პარამეტრები
shell-settings-unknown = უცნობი პარამეტრი `{ $name }` გამოტოვებულია
shell-settings-number = { $name } უნდა იყოს მთელი რიცხვი { $min }-დან { $max }-მდე და არა { $found }; მოქმედებს ნაგულისხმევი
shell-settings-boolean = { $name } უნდა იყოს true ან false და არა { $found }; მოქმედებს ნაგულისხმევი
shell-settings-language = language უნდა იყოს "en", "uk", "ru" ან "ka" და არა { $found }; მოქმედებს გარემოს ენა
shell-settings-date-format = date_format უნდა იყოს "local" ან "iso" და არა { $found }; მოქმედებს ნაგულისხმევი
shell-settings-currency-invalid = currency უნდა იყოს ISO 4217 კოდის სამი ასო, მაგალითად "GEL", და არა { $found }; თანხები ნაჩვენებია ვალუტის გარეშე
shell-settings-backups-table = backups უნდა იყოს ცხრილი ([backups] routine, daily, weekly-ით); მოქმედებს ნაგულისხმევები
shell-settings-cadence-table = cadence უნდა იყოს ცხრილი, მაგალითად [cadence.breadwinner]; მოქმედებს ნაგულისხმევები
shell-settings-unknown-type = საკვანძო კლიენტის უცნობი ტიპი `cadence.{ $name }` გამოტოვებულია (ტიპები: breadwinner, prospect, image_maker, expert)
shell-settings-cadence-not-table = { $name } უნდა იყოს ცხრილი ideal_days-ითა და max_days-ით; მოქმედებს ნაგულისხმევი { $default }
shell-settings-cadence-problem = { $name } { $cadence }: { $problem }; მოქმედებს ნაგულისხმევი { $default }

## პირველი გაშვებისას ჩაწერილი settings.toml: კომენტარები ხსნის ყოველ
## პარამეტრს (კომენტარის ყოველი სტრიქონი #-ით იწყება); თავად პარამეტრები
## უცვლელია.

shell-settings-template =
    # keyplan-ის პარამეტრები.
    # #-ით დაწყებული სტრიქონები კომენტარებია. წაშალეთ პარამეტრი, რომ
    # ჩაშენებულ მნიშვნელობას დაუბრუნდეთ. შეცდომის შესახებ keyplan გაშვებისას
    # გეტყვით: არასწორი მნიშვნელობა ნაგულისხმევი რჩება, არავალიდური TOML ფაილი კი გამოტოვდება.

    # ინტერფეისის ენა: "en", "uk", "ru" ან "ka". მის გარეშე ენა აიღება
    # LC_ALL-დან, LC_MESSAGES-დან ან LANG-დან (სხვებისთვის ინგლისური);
    # `keyplan --lang uk` ორივეს ერთი გაშვებით ცვლის.
    # language = "uk"

    # თარიღები ისე, როგორც ენა წერს (31.12.2026 uk, ru და ka-ში) "local"-ით,
    # ან 2026-12-31 ყველა ენაზე "iso"-თი.
    date_format = "local"

    # ვალუტა, რომელიც თანხების შემდეგ იწერება (წლიური გაყიდვები, მოსალოდნელი
    # მოგება): ISO 4217 კოდი, მაგალითად "GEL", "UAH", "KZT" ან "EUR". მის
    # გარეშე თანხები ნაჩვენებია ვალუტის გარეშე.
    # currency = "GEL"

    # CSV ფაილები (export, list, report, sales list) ელცხრილების პროგრამებისთვის:
    # ბაიტების რიგის ნიშანი, წერტილმძიმე უჯრებს შორის და CRLF სტრიქონის
    # ბოლოები, როგორც `--excel` წერს. უჯრები, რომლებიც ფორმულასავით იწყება,
    # ყოველთვის ' ნიშნით იწერება.
    csv_excel = { $excel }

    # რამდენად ხშირად ეშვება ფონური შემოწმება, სანამ სამუშაო ადგილი ღიაა,
    # წამებში. ის ასევე ეშვება გახსნისას, ყოველი შენახვის შემდეგ და როცა
    # სხვა პროგრამა ბაზას ცვლის. 1-დან { $max_interval }-მდე.
    check_interval_secs = { $interval }

    # რამდენი დღით ადრე გამოცხადდეს დაბადების დღეები და თანამშრომლობის იუბილეები
    # (0 = მხოლოდ იმავე დღეს). 0-დან { $max_within }-მდე.
    within_days = { $within }

    # ცხრილის ერთი სტრიქონით გადახვევა ტერმინალს ერთ სტრიქონს უგზავნის (სწრაფია
    # ნელი SSH კავშირით) ტერმინალის გადახვევის არეების წყალობით. დააყენეთ false,
    # თუ გადახვევისას სტრიქონები ადგილს იცვლის.
    scroll_regions = { $scroll }

    # მაუსი, თუ ტერმინალი მას აგზავნის: ბორბალი (ტელეფონზე შეხებით
    # გადახვევა) გადაახვევს, დაწკაპება ირჩევს სტრიქონს, ორმაგი დაწკაპება ხსნის მას.
    # მიუთითეთ false, რომ მაუსი ტერმინალს დარჩეს და მისით ტექსტი მონიშნოთ.
    mouse = { $mouse }

    # დღეში ერთხელ, როცა სამუშაო ადგილი იხსნება, ბაზის ასლი იწერება
    # backups/-ში მის გვერდით (keyplan-daily-YYYY-MM-DD.db; კვირის პირველი ასლი
    # უფრო დიდხანს ინახება, როგორც keyplan-weekly-YYYY-MM-DD.db). ინახება მხოლოდ
    # უახლესი `daily` (1-დან { $max_daily }-მდე) და `weekly` (0-დან { $max_weekly }-მდე) ასლები.
    # routine = false ასლებს აღარ აკეთებს; გასუფთავება და `keyplan restore` მაინც წერს თავისას.
    {"["}backups]
    routine = { $routine }
    daily = { $daily }
    weekly = { $weekly }

    # კონტაქტის სიხშირის სტანდარტები: დღეები კონტაქტებს შორის, საკვანძო კლიენტის ტიპის მიხედვით.
    # ideal_days-ის შემდეგ კლიენტთან კონტაქტის დროა; max_days-ის შემდეგ კონტაქტი
    # ვადაგადაცილებულია. კლიენტის საკუთარი „კონტაქტი ყოველ N დღეში“ მათ ცვლის
    # (იდეალი N, მაქსიმუმი N + N/2 ზემოთ დამრგვალებით). დაკარგულ და ყოფილ კლიენტებს ისინი არ აქვთ.
shell-settings-breadwinner = მოაქვს მოგების 10% ან მეტი, გრძელვადიანი პარტნიორი.
shell-settings-prospect = ახალი, ბიუჯეტით, შესაძლოა კონკურენტისგან მოგებული.
shell-settings-image-maker = ცნობილი სახელი, თავისი დარგის ან რეგიონის ლიდერი.
shell-settings-expert = მომთხოვნი, იცნობს ბაზარს, ჩვენს ხარისხს ზრდის.
cli-man-one-of = ერთ-ერთი: { $values }.
cli-man-env-db = მონაცემთა ბაზის ფაილი, როგორც --db აძლევს (--db უპირატესია).
cli-man-env-today = თარიღი, რომელიც keyplan-ს დღევანდელი ჰგონია, როგორც --today აძლევს, ყოველი ეკრანისა და ბრძანებისთვის.
cli-man-env-editor = რედაქტორი, რომელშიც E ტექსტს ხსნის (ჯერ VISUAL), არგუმენტებით (VISUAL="code --wait"); ორივეს გარეშე — vi.
cli-man-env-no-color = მითითებული და არა ცარიელი: ბრძანებების გამოსავალში ფერები არ არის.
cli-man-env-lang = ინტერფეისის ენა, როცა მას არც --lang და არც settings.toml ირჩევს; მოქმედებს პირველი მითითებული (uk_UA.UTF-8, ru_RU, ka_GE; ნებისმიერი სხვა ლოკალი — ინგლისური).
cli-man-env-data-home = სადაა მონაცემთა ბაზა [ნაგულისხმევი: ~/.local/share].
cli-man-env-config-home = სადაა settings.toml [ნაგულისხმევი: ~/.config].
cli-man-file-database = მონაცემთა ბაზა (პირადი, 0600, -wal და -shm ფაილებით), თუ --db ან KEYPLAN_DB სხვას არ ირჩევს; განახლება ჯერ გვერდით ასლს ტოვებს ({ $file }.before-vN-….bak). macOS-ზე — ~/Library/Application Support/keyplan/-ში.
cli-man-file-settings = პარამეტრები: კონტაქტების სტანდარტები, შემოწმება, სარეზერვო ასლები, ანალიზი, ენა და თარიღის ფორმატი; პირველი გაშვებისას კომენტარებით იქმნება.
cli-man-file-backups = ბაზის გვერდით: ყოველდღიური და ყოველკვირეული ასლები, ასლები კლიენტის წაშლის ან აღდგენის წინ და keyplan backup-ის ასლები (პირადი, 0700).

## show --since-review: გეგმის ჩანაწერი ($kind: მიზანი, საკონტროლო წერტილი...).

shell-since-added = { $kind } „{ $label }“: დაემატა
shell-since-removed = { $kind } „{ $label }“: წაიშალა
shell-since-changed = { $kind } „{ $label }“: შეიცვალა { $fields }

## keyplan list: ცხრილის სათაურები.

shell-list-id = ID
shell-list-account = კლიენტი
shell-list-type = ტიპი
shell-list-level = დონე
shell-list-status = სტატუსი
shell-list-last-contact = ბოლო კონტაქტი
shell-list-next-due = შემდეგი ვადა
shell-list-sales = გაყიდვები

shell-import-people-need-account = ადამიანების იმპორტი მხოლოდ კლიენტში შეიძლება

shell-people-empty = ადამიანები არ არის
shell-people-vcard-needs-vcf = --vcard vCard-ის ვერსიას ირჩევს: მხოლოდ --format vcf-თან ერთად
shell-people-name = სახელი
shell-people-title = თანამდებობა
shell-people-role = როლი
shell-people-email = E-mail
shell-people-phone = ტელეფონი
shell-people-birthday = დაბადების დღე
shell-people-query-found = keyplan: { $count } დამთხვევა
shell-people-query-none = keyplan: არცერთი მისამართი არ შეესაბამება „{ $query }“-ს

## Long work: progress, Ctrl-C; export by extension; CSV for spreadsheets
shell-export-wrote-events = ჩაიწერა { $count } მოვლენა: { $path }.
shell-export-format-contradicts = --format { $format } ეწინააღმდეგება სახელს { $path }, რომელიც { $named }-ს ნიშნავს: მიუთითეთ ერთი მათგანი ან შეუთანხმეთ ერთმანეთს
shell-export-format-unwritable = export ვერ წერს იმ ფორმატს, რომელსაც { $path }-ის სახელი ნიშნავს: დაარქვით ფაილს .json, .md, .csv ან .ics, ან მიუთითეთ --format
shell-export-progress = ექსპორტი
shell-import-progress = იმპორტი
shell-demo-progress = შექმნა
shell-interrupted = შეწყდა: არაფერი შეცვლილა
progress-left = დარჩა
cli-exit-130 = შეწყდა Ctrl-C-ით (ან `kill -INT`-ით): demo, იმპორტი ან ექსპორტი შეჩერდა და არაფერი შეცვლილა
cli-export-arg-excel = CSV ელცხრილების პროგრამებისთვის: UTF-8 ბაიტების რიგის ნიშნით, წერტილმძიმეებით, CRLF (ასევე პარამეტრი csv_excel)
cli-list-arg-excel = CSV ელცხრილების პროგრამებისთვის: UTF-8 ბაიტების რიგის ნიშნით, წერტილმძიმეებით, CRLF (ასევე პარამეტრი csv_excel)
cli-people-arg-excel = CSV ელცხრილების პროგრამებისთვის: UTF-8 ბაიტების რიგის ნიშნით, წერტილმძიმეებით, CRLF (ასევე პარამეტრი csv_excel)
