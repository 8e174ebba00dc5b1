## losses: lost customers: reasons, lapsing, the win-back list

loss-reason-price = ფასი
loss-reason-quality = ხარისხი
loss-reason-service = მომსახურება
loss-reason-competitor = კონკურენტი
loss-reason-relocation = გადაადგილება
loss-reason-other = სხვა

win-back-means-special_offer = სპეციალური შეთავაზება
win-back-means-gift = საჩუქარი
win-back-means-discount = ფასდაკლება
win-back-means-meeting = შეხვედრა
win-back-means-other = სხვა

## შემოწმების გაფრთხილებები ($days და $lost_after დღეების რიცხვია; $date
## უკვე ენის წესით წერია; $item არის alert-quoted ან ცარიელი; $means არის
## win-back-means-ის სახელი).
losses-alert-lapsing = შესყიდვა არ ყოფილა { $days } დღე; დაკარგულია { $lost_after } დღის შემდეგ
losses-alert-lost = შესყიდვა არ ყოფილა { $days } დღე; დაკარგულია { $lost_after } დღის შემდეგ: დახურეთ როგორც დაკარგული ან დაგეგმეთ დაბრუნება
losses-alert-win-back-today = კლიენტის დაბრუნება დღეს: { $means }{ $item }
losses-alert-win-back = კლიენტის დაბრუნება ({ $means }){ $item } { $days } დღით აგვიანებს (დაგეგმილი იყო { $date })

## დაკარგული ან ყოფილი კლიენტის ფორმა (წარწერები 17 სიმბოლომდე).
losses-label-reason = რატომ დაიკარგა
losses-label-loss-note = დაკარგვაზე
losses-label-closed-on = დაიხურა
losses-label-win-back = დაბრუნების გზა
losses-label-win-back-due = დაბრუნების დღე
losses-label-win-back-note = დაბრუნებაზე
losses-form-reason-required = მიუთითეთ, რატომ დაიკარგა კლიენტი
losses-form-closed-after-today = დახურვის თარიღი დღევანდელზე გვიან ვერ იქნება
losses-form-win-back-needs-date = დაბრუნებას თარიღი სჭირდება
losses-form-win-back-needs-means = აირჩიეთ, როგორ დააბრუნებთ, ან წაშალეთ თარიღი

## დოსიეს მიმოხილვა და Markdown და ტექსტური დოკუმენტები.
losses-fact-currency = ვალუტა
losses-fact-closed = დაიხურა
losses-fact-win-back = დაბრუნება
losses-closed = { $status }, { $date }-დან: { $reason }
losses-closed-no-reason = { $status }, { $date }-დან
losses-win-back-plan = { $means }, { $date }

## keyplan close და keyplan win-back.
cli-close-about = კლიენტის დახურვა როგორც დაკარგული ან ყოფილი, მიზეზით
cli-close-after =
    მაგალითები:
      keyplan close acme --as lost --reason price --note "უფრო იაფ მომწოდებელთან წავიდნენ"
      keyplan close 12 --as former --reason relocation --date 2026-10-31
    მიზეზები: price, quality, service, competitor, relocation, other.
    კლიენტის ხელახლა გასახსნელად შეცვალეთ სტატუსი სამუშაო სივრცეში:
    დახურვის თარიღი გაქრება, მიზეზი ისტორიაში დარჩება.
cli-close-arg-account = კლიენტი: მისი id, სახელი ან სახელის ან მისი ერთ-ერთი სიტყვის დასაწყისი
cli-close-arg-as = lost (კლიენტი წავიდა) ან former (აღარ არის ჩვენი კლიენტი, შეთანხმებით)
cli-close-arg-reason = რატომ: price, quality, service, competitor, relocation ან other
cli-close-arg-note = რა მოხდა, რამდენიმე სიტყვით
cli-close-arg-date = დახურვის დღე: 2026-12-31, 31.12.2026, yesterday, -3d [ნაგულისხმევი: დღეს]
cli-win-back-about = დაკარგული ან ყოფილი კლიენტის დამატება დაბრუნების სიაში ან ამოღება
cli-win-back-after =
    მაგალითები:
      keyplan win-back acme --means special_offer --date 2027-02-01 --note "10% საგაზაფხულო შეკვეთაზე"
      keyplan win-back acme --clear
    საშუალებები: special_offer, gift, discount, meeting, other. შემოწმება
    გეგმას მის დღეს შეგახსენებთ, შემდეგ კი როგორც ვადაგადაცილებულს.
cli-win-back-arg-account = კლიენტი: მისი id, სახელი ან სახელის ან მისი ერთ-ერთი სიტყვის დასაწყისი
cli-win-back-arg-means = როგორ: special_offer, gift, discount, meeting ან other
cli-win-back-arg-date = მოქმედების დღე: 2027-02-01, 01.02.2027, 1.2, +30d
cli-win-back-arg-note = შეთავაზება ან გეგმა, რამდენიმე სიტყვით
cli-win-back-arg-clear = კლიენტის ამოღება დაბრუნების სიიდან
shell-close-done = { $name }: დაიხურა სტატუსით „{ $status }“ { $date } (მიზეზი: { $reason }).
shell-close-already = { $name } უკვე არის „{ $status }“ სტატუსით (დაიხურა { $date }): არაფერი შეცვლილა; დახურვის თარიღი, მიზეზი ან შენიშვნა შეცვალეთ კლიენტის ფორმაში სამუშაო სივრცეში
shell-close-after-today = დახურვის თარიღი { $date } დღევანდელზე ({ $today }) გვიანაა
shell-win-back-done = { $name }: დაბრუნება — { $means }, { $date }.
shell-win-back-cleared = { $name } ამოღებულია დაბრუნების სიიდან.
shell-win-back-was-not = { $name } დაბრუნების სიაში არ იყო.
shell-win-back-open = { $name } ღიაა (სტატუსი „{ $status }“): დაბრუნების სიაში მხოლოდ დაკარგული და ყოფილი კლიენტები ხვდებიან; ჯერ დახურეთ `keyplan close`-ით.
shell-win-back-needs = მიუთითეთ, როგორ და როდის: --means და --date (ან --clear)

## settings.toml: ცხრილი [analysis].
losses-settings-percent = { $name } უნდა იყოს პროცენტი { $min }-დან { $max }-მდე და არა { $found }; მოქმედებს ნაგულისხმევი
losses-settings-analysis-table = analysis უნდა იყოს ცხრილი ([analysis] pareto_cutoff, abc_a, lost_after_days...); მოქმედებს ნაგულისხმევები
losses-settings-by-type-table = analysis.lost_after_days_by_type უნდა იყოს ცხრილი, მაგალითად { "{" } expert = 365 { "}" }; ყველა ტიპისთვის მოქმედებს lost_after_days
losses-settings-unknown-type = უცნობი საკვანძო კლიენტის ტიპი `analysis.lost_after_days_by_type.{ $name }` გამოტოვებულია (ტიპებია breadwinner, prospect, image_maker, expert)
losses-settings-out-of-order = { $high_name } ({ $high }) არ შეიძლება იყოს { $low_name }-ზე ({ $low }) ნაკლები; ორივესთვის მოქმედებს ნაგულისხმევი
losses-settings-template =
    # გაყიდვების ისტორიის ანალიზი. წილები და ვარიაციები პროცენტებშია: 80 ნიშნავს 80%-ს.
    {"["}analysis]
    # პარეტოს ხაზი: კლიენტები, რომლებიც გაყიდვების ამ წილს იძლევიან (1-დან 100-მდე).
    pareto_cutoff = { $pareto }
    # ABC: A — გაყიდვების ამ დაგროვილ წილამდე, B — შემდეგამდე, C — დანარჩენი.
    abc_a = { $abc_a }
    abc_b = { $abc_b }
    # XYZ: X — თვიური გაყიდვების ამ ვარიაციამდე (სტანდარტული გადახრა
    # საშუალოსთან), Y — შემდეგამდე, Z — მეტი (0-დან 1000-მდე).
    xyz_x = { $xyz_x }
    xyz_y = { $xyz_y }
    # ისტორიის ამაზე ნაკლები თვე (1-დან { $max_min_months }-მდე): XYZ კლასი არ არის.
    xyz_min_months = { $min_months }
    # კლიენტი, რომლის საშუალო თვე ამ თანხაზე ნაკლებია (მთელ ერთეულებში),
    # მინიმალურ შეკვეთაზე ნაკლებს ყიდულობს; 0 თიშავს შემოწმებას.
    minimum_order = { $minimum_order }
    # დაკარგული კლიენტის კრიტერიუმი: ამდენი დღე შესყიდვის გარეშე და კლიენტი
    # დაკარგულად ითვლება (0-დან { $max_lost_after }-მდე; 0 — არასდროს). შემოწმება
    # lapsing_warn_days დღით ადრე აფრთხილებს.
    lost_after_days = { $lost_after }
    lapsing_warn_days = { $warn }
    # სხვა კრიტერიუმი საკვანძო კლიენტის ერთი ტიპისთვის:
    # {"["}analysis.lost_after_days_by_type]
    # expert = 365

# პორტფელის „დაგვიანების“ სვეტი: ნიშანი კლიენტისთვის შესყიდვის გარეშე (ერთი ვიწრო სიმბოლო).
losses-portfolio-lapsing = ↓
