## analysis: the analysis screen: Pareto, ABC-XYZ, plan against actual, lost and win-back, activity

analysis-title = ანალიზი
analysis-keys-title = კლავიშები: ანალიზი
analysis-tab-pareto = პარეტო
analysis-tab-matrix = ABC-XYZ
analysis-tab-plan = გეგმა და ფაქტი
analysis-tab-lost = დაკარგული
analysis-tab-activity = აქტივობა
analysis-basis-sales = გაყიდვებით
analysis-basis-profit = მოგებით
analysis-period-last-twelve = ბოლო 12 თვე ({ $first } – { $through })
analysis-period-year = { $year }
analysis-percent = { $value } %
analysis-days = { $days } დღე

analysis-col-rank = №
analysis-col-account = კლიენტი
analysis-col-sales = გაყიდვები
analysis-col-profit = მოგება
analysis-col-volume = მოცულობა
analysis-col-share = წილი
analysis-col-cumulative = ჯამ.
analysis-col-objective = კლიენტი / პროდუქტი
analysis-col-month = თვე
analysis-col-products = პროდუქტები
analysis-col-last-purchase = იყიდა
analysis-col-days = დღე
analysis-col-means = საშუალება
analysis-col-date = თარიღი
analysis-col-note = შენიშვნა
analysis-col-person = პირი
analysis-col-last-contact = ბოლო კონტაქტი
analysis-col-standard = სტანდარტი

analysis-empty-sales = გაყიდვების ისტორია ჯერ არ არის: შემოიტანეთ ბრძანებით keyplan sales import FILE ან დაამატეთ გაყიდვა დოსიეს „გაყიდვების“ განყოფილებაში (9, შემდეგ n).
analysis-empty-plan = { $year } წლის მიზნები არ არის: დაამატეთ დოსიეს „განხორციელების“ განყოფილებაში (5, შემდეგ n); [ და ] ცვლის წელს.
analysis-empty-lost = არავინ იკარგება, არც ერთი კლიენტი არ დაკარგულა და უარი არ არის ჩაწერილი.
analysis-empty-activity = ამ პერიოდში კონტაქტები არ არის ჩაწერილი.
analysis-without-history = ({ $count } კლიენტი გაყიდვების ისტორიის გარეშე)

analysis-pareto-headline = { $total } კლიენტიდან { $above } იძლევა გაყიდვების { $cutoff }-ს.
analysis-pareto-headline-profit = { $total } კლიენტიდან { $above } იძლევა მოგების { $cutoff }-ს.
analysis-pareto-line = { $cutoff } ზღვარი
analysis-pareto-not-key = ზღვარს ზემოთ, ჯერ არ არის საკვანძო
analysis-pareto-key-below = საკვანძო კლიენტი ზღვარს ქვემოთ შორს
analysis-pareto-curve = კუმულაციური წილი რანგის მიხედვით

analysis-xyz-x = X სტაბილური
analysis-xyz-y = Y ცვალებადი
analysis-xyz-z = Z არარეგულარული
analysis-xyz-none = მცირე ისტორია
analysis-matrix-accounts = { $count } კლიენტი
analysis-matrix-unclassified = { $count } კლიენტი კლასის გარეშე (გაყიდვების ისტორია ან პერიოდის გაყიდვები არ არის).
analysis-matrix-rules = უჯრაში: კლიენტები და მათი გაყიდვების წილი. A — კლიენტები, რომლებიც გაყიდვების პირველ { $a }-ს იძლევიან (ზღვრის გადამკვეთის ჩათვლით), B — შემდეგი { $b }-მდე, C — დანარჩენი; X თვეში იცვლება { $x }-მდე, Y — { $y }-მდე, Z — მეტად. Enter აჩვენებს უჯრის კლიენტებს.
analysis-matrix-listing = { $class }: { $count } კლიენტი
analysis-matrix-empty-cell = ამ უჯრაში კლიენტი არ არის.

analysis-plan-headline = { $year } წლის მიზნები · წლის { $gone } გავიდა (│ ზოლებზე)
analysis-plan-no-number = რიცხვის გარეშე
analysis-plan-totals = { $objectives } მიზანი: მოგება { $made } / { $planned } ({ $done }) · გაყიდვები { $sales }{ $currency ->
    [none] {""}
   *[other] {" "}{ $currency }
}

analysis-lost-lapsing = იკარგებიან: დიდი ხანია არ უყიდიათ
analysis-lost-none-lapsing = ყველა ღია კლიენტმა ცოტა ხნის წინ იყიდა.
analysis-lost-lost = დაკარგული
analysis-lost-warning = იკარგება
analysis-lost-by-quarter = დაკარგული კლიენტები კვარტლებისა და მიზეზების მიხედვით
analysis-lost-none-closed = არც ერთი კლიენტი არ დახურულა როგორც დაკარგული ან ყოფილი.
analysis-lost-no-reason = მიზეზი მითითებული არ არის
analysis-lost-undated = { $count } დახურული კლიენტი დახურვის თარიღის გარეშე
analysis-lost-refusals = უარები და წაგებული გარიგებები მიზეზების მიხედვით
analysis-lost-none-refused = ამ პერიოდში უარი ან წაგებული გარიგება არ არის ჩაწერილი.
analysis-lost-more-reasons = … და კიდევ { $count } მიზეზი: ყველა მიზეზი — keyplan report lost-ში
analysis-lost-win-back = დასაბრუნებელი კლიენტების სია
analysis-lost-none-win-back = არც ერთი დაკარგული კლიენტი არ არის არჩეული დასაბრუნებლად.

analysis-activity-by-channel = { $total } კონტაქტი არხების მიხედვით
analysis-activity-by-outcome = შედეგის მიხედვით
analysis-activity-no-outcome = შედეგის გარეშე
analysis-activity-uncovered = გადაწყვეტილების მიმღებები და გავლენიანი პირები სტანდარტის ფარგლებში კონტაქტის გარეშე
analysis-activity-all-covered = ყველა გადაწყვეტილების მიმღებთან და გავლენიან პირთან კონტაქტი სტანდარტის ფარგლებში იყო.
analysis-activity-rhythm = კონტაქტები თვეების მიხედვით

analysis-dossier-rhythm = კონტაქტები
analysis-dossier-sales-empty = გაყიდვების ისტორია ჯერ არ არის: { $key } ამატებს გაყიდვას, ან შემოიტანეთ ბრძანებით keyplan sales import FILE.
analysis-dossier-sales-headline = { $currency ->
    [none] ბოლო 12 თვე { $total } · { $key } ამატებს გაყიდვას
   *[other] { $currency }-ში · ბოლო 12 თვე { $total } · { $key } ამატებს გაყიდვას
}
analysis-people-last-contact = ბოლო კონტაქტი
analysis-people-uncovered = კონტაქტის გარეშე { $days } დღეზე მეტი
analysis-plan-actual-title = გეგმა და ფაქტი მიზნების მიხედვით
analysis-plan-actual-line = { $year }: მოგება { $made } / { $planned } ({ $done }) · მოცულობა { $volume } · გაყიდვები { $sales }

dossier-tab-sales = გაყიდვები
dossier-tab-short-sales = გაყიდ.

sale-form-title = ახალი გაყიდვა
sale-form-title-in = ახალი გაყიდვა ({ $currency })
sale-label-month = თვე
sale-label-amount = თანხა
sale-label-profit = მოგება
sale-label-volume = მოცულობა
sale-label-product = პროდუქტი
sale-month-required = თვე, მაგალითად 2026-10 ან 10/2026
sale-month-invalid = „{ $input }“ არ არის თვე: დაწერეთ 2026-10 ან 10/2026
sale-month-future = { $month } ჯერ არ დაწყებულა
sale-amount-required = თანხა (დაბრუნება უარყოფითია)
sale-status-added = გაყიდვა დაემატა: { $month }-ში ახლა { $total }

key-analysis = ანალიზი: პარეტო, ABC-XYZ, გეგმა და ფაქტი, დაკარგული, აქტივობა
key-analysis-tab-next = შემდეგი / წინა ჩანართი
key-analysis-tabs = ჩანართზე 1 პარეტო … 5 აქტივობა
key-analysis-cell = მატრიცის უჯრებს შორის
key-analysis-open = უჯრის კლიენტები / კლიენტის გახსნა
key-analysis-period = ადრინდელი / გვიანდელი პერიოდი: კალენდარული წლები, შემდეგ ბოლო 12 თვე
key-analysis-basis = რანჟირება გაყიდვებით ან მოგებით
key-analysis-back = უკან (უჯრის სიიდან მატრიცაზე)

analysis-column-class = კლ
key-analysis-currency = შემდეგი ვალუტის კლიენტები
analysis-currency-note = { $currency }-ში · c: { $others }
analysis-currency-none = ვალუტის გარეშე
