## reports: keyplan report: text, CSV, Markdown and HTML

## `keyplan report`-ის დახმარება (src/cli/help.rs).

cli-report-about = პორტფელის ანალიზი: პარეტო, ABC-XYZ, გეგმა და ფაქტი, დაკარგული მომხმარებლები, აქტივობა — ცხრილად, JSON, CSV, Markdown ან ერთ HTML ფაილად
cli-report-after =
    მაგალითები:
      keyplan report pareto                          ვინ იძლევა გაყიდვების 80%-ს (ბოლო 12 თვე)
      keyplan report abc-xyz --year 2025             კალენდარული წლის მატრიცა
      keyplan report abc-xyz --basis profit          კლასები მოგებით და არა გაყიდვებით
      keyplan report plan                            ამ წლის მიზნები ფაქტობრივ გაყიდვებთან
      keyplan report lost --format md > lost.md
      keyplan report abc-xyz --format json | jq '.accounts[] | select(.abc == "A")'
      keyplan report --format html --output report.html    ხუთივე ანგარიში გრაფიკებით
cli-report-arg-report = ანგარიში: pareto, abc-xyz, plan, lost, activity ან all (HTML-ისთვის ნაგულისხმევი)
cli-report-arg-year = კალენდარული წელი ბოლო 12 სრული თვის ნაცვლად (plan-ისთვის: მიზნების წელი)
cli-report-arg-period = პერიოდი: last-12-months, მიმდინარე თვემდე თორმეტი სრული თვე (ნაგულისხმევი)
cli-report-arg-basis = ABC კლასები გაყიდვებით ან მოგებით
cli-report-arg-format = როგორ ჩაიწეროს ანგარიში
cli-report-arg-output = ჩაწერა ამ ფაილში (პირადი, 0600, ატომურად ჩანაცვლებული) სტანდარტული გამოსავლის ნაცვლად
cli-report-name-pareto = კლიენტები გაყიდვების წილის მიხედვით, გამყოფი ხაზით
cli-report-name-abc-xyz = ABC-XYZ მატრიცა და თითოეული კლიენტის კლასი
cli-report-name-plan = წლიური მიზნები ფაქტობრივ გაყიდვებთან, შესრულებით
cli-report-name-lost = წასვლის პირას მყოფი კლიენტები, დანაკარგები კვარტლებისა და მიზეზების მიხედვით, უარები, დასაბრუნებელი კლიენტების სია
cli-report-name-activity = კონტაქტები არხებისა და შედეგების მიხედვით, თითოეული კლიენტის რიტმი, გადაწყვეტილების მიმღებები კონტაქტის გარეშე
cli-report-name-all = ყველა ანგარიში ერთმანეთის მიყოლებით
cli-report-format-text = ცხრილები ტერმინალის სიგანეზე (მილსადენში — მორგების გარეშე)
cli-report-format-json = ერთი ობიექტი ინგლისური ველების სახელებით, თანხები ვალუტის ერთეულებში, წილები 1-ის ნაწილებად
cli-report-format-csv = ანგარიშის სტრიქონები სათაურების სტრიქონით, ელცხრილებისთვის
cli-report-format-md = Markdown ცხრილები
cli-report-format-html = ერთი დამოუკიდებელი HTML ფაილი გრაფიკებით (--output-ით ან გადამისამართებით)

## უარები.

report-name-one = დაასახელეთ ანგარიში: pareto, abc-xyz, plan, lost, activity ან all.
report-csv-one = CSV ერთ ჯერზე ერთ ანგარიშს იტევს: დაასახელეთ ის (pareto, abc-xyz, plan, lost ან activity).
report-html-terminal = HTML ანგარიში ტერმინალში არ გამოიტანება: დაამატეთ --output ფაილი ან გადაამისამართეთ ფაილში.
report-year-invalid = { $input } წელი არ არის: --year კალენდარულ წელს ელის, მაგალითად 2025
report-wrote = ანგარიში ჩაიწერა: { $path }.
report-no-history = { $period }-ში გაყიდვები არ არის ჩაწერილი: ამ ანგარიშისთვის ისტორია საკმარისი არ არის.

## საერთო სიტყვები.

report-col-rank = №
report-col-account = კლიენტი
report-col-status = სტატუსი
report-col-sales = გაყიდვები
report-col-profit = მოგება
report-col-share = წილი
report-col-cumulative = კუმულაციური
report-col-note = შენიშვნა
report-col-class = კლასი
report-col-cv = ვარიაცია
report-col-type = ტიპი
report-col-total = სულ
report-col-count = რაოდენობა
report-col-reason = მიზეზი
report-reason-none = მიზეზი მითითებული არ არის
report-never = არასდროს

## პარეტო.

report-pareto-title = პარეტო: ვინ იძლევა გაყიდვებს
report-pareto-summary = { $accounts }-დან { $above } კლიენტი იძლევა გაყიდვების { $cutoff }-ს პერიოდში { $period } (სულ { $total }).
report-pareto-line = გაყიდვების { $cutoff } ამ ხაზის ზემოთ
report-pointer-not-key-above-line = ხაზის ზემოთაა, მაგრამ საკვანძოდ არ იმართება
report-pointer-key-far-below-line = საკვანძოდ იმართება, მაგრამ ხაზის ბევრად ქვემოთაა
report-axis-accounts = კლიენტები, უდიდესიდან
report-axis-cumulative = გაყიდვების კუმულაციური წილი

## ABC-XYZ.

report-abc-xyz-title = ABC-XYZ მატრიცა
report-abc-xyz-summary = მაჩვენებლით „{ $basis }“, { $period }: A — კუმულაციური წილის { $a }-მდე, B — { $b }-მდე; X, როცა თვიური გაყიდვები { $x }-მდე მერყეობს, Y — { $y }-მდე, Z — მეტი. უჯრაში: კლიენტები · გაყიდვების წილი.
report-without-xyz = XYZ-ის გარეშე
report-unclassified = { $count } კლიენტს კლასი არ აქვს (მცირე ისტორია ან გაყიდვების გარეშე).
report-classes-title = კლიენტები და მათი კლასები

## გეგმა და ფაქტი.

report-plan-title = გეგმა და ფაქტი { $year }
report-plan-none = { $year } წლისთვის წლიური მიზნები არ არის.
report-plan-pace = წლის { $gone } გავიდა: გრაფიკით მიმავალი მიზანი ამდენითაა შესრულებული.
report-plan-totals = { $currency ->
    [none] სულ: მოსალოდნელი მოგება { $planned }, ფაქტობრივი მოგება { $actual }, გაყიდვები { $sales }.
   *[other] სულ { $currency }-ში: მოსალოდნელი მოგება { $planned }, ფაქტობრივი მოგება { $actual }, გაყიდვები { $sales }.
}
report-col-product = პროდუქტი
report-col-planned-volume = დაგეგმილი მოცულობა
report-col-actual-volume = ფაქტობრივი მოცულობა
report-col-volume-done = მოცულობის შესრულება
report-col-expected-profit = მოსალოდნელი მოგება
report-col-profit-done = მოგების შესრულება
report-chart-plan-profit = ფაქტობრივი მოგება მოსალოდნელთან შედარებით
report-chart-pace = გრაფიკი: { $gone }

## დაკარგული მომხმარებლები.

report-lost-title = დაკარგული მომხმარებლები და დაბრუნება
report-lapsing-title = წასვლის პირას: ღია კლიენტები ბოლოდროინდელი შესყიდვის გარეშე
report-lapsing-none = არცერთი ღია კლიენტი არ არის წასვლის პირას.
report-lapsing-lost = წესით დაკარგული
report-lapsing-warn = წასვლის პირას
report-col-last-purchase = ბოლო შესყიდვა
report-col-days = დღე შესყიდვის გარეშე
report-col-state = მდგომარეობა
report-days = { $days } / { $limit }
report-losses-title = დაკარგული და ყოფილი კლიენტები კვარტლებისა და მიზეზების მიხედვით
report-losses-none = არცერთი კლიენტი არ დაკარგულა.
report-losses-undated = { $count } დახურულ კლიენტს დახურვის თარიღი არ აქვს.
report-col-quarter = კვარტალი
report-refusals-title = უარები და წაგებული გარიგებები მიზეზების მიხედვით, { $period }
report-refusals-none = ამ პერიოდში უარები და წაგებული გარიგებები არ ჩაწერილა.
report-win-back-title = დასაბრუნებელი კლიენტების სია
report-win-back-none = დასაბრუნებლად არცერთი კლიენტი არ არის არჩეული.
report-col-due = ვადა
report-col-means = საშუალება

## აქტივობა.

report-activity-title = აქტივობა და დაფარვა
report-activity-summary = { $period }-ში ჩაწერილია { $contacts } კონტაქტი.
report-col-channel = არხი
report-col-outcome = შედეგი
report-col-contacts = კონტაქტები
report-outcome-none = მითითებული არ არის
report-rhythm-title = კონტაქტები კლიენტებისა და თვეების მიხედვით
report-rhythm-none = ღია კლიენტები არ არის.
report-col-rhythm = რიტმი
report-uncovered-title = გადაწყვეტილების მიმღებები და გავლენის მქონე პირები, რომლებთანაც სტანდარტის ფარგლებში კონტაქტი არ ყოფილა
report-uncovered-none = ყველა გადაწყვეტილების მიმღები და გავლენის მქონე პირი დაფარულია.
report-col-person = პირი
report-col-role = როლი
report-col-last-contact = ბოლო კონტაქტი
report-col-standard = სტანდარტი, დღე

## HTML ანგარიში.

report-html-title = საკვანძო კლიენტების პორტფელი: ანალიზი
report-html-prepared = მომზადდა { $date }.
report-html-footer = შექმნილია keyplan-ით პორტფელის გაყიდვების ისტორიიდან და კონტაქტების ჟურნალიდან.
cli-report-arg-currency = კლიენტების ანალიზი ამ ვალუტაში (ISO 4217 კოდი); ნაგულისხმევად — კლიენტების უმრავლესობის ვალუტა
report-currency-note = თანხები { $currency }-ში. სხვა ვალუტის კლიენტები მათ არ ემატება; გააანალიზეთ ისინი --currency-ით: { $others }.
report-currency-none = ვალუტის გარეშე
cli-report-arg-excel = CSV ელცხრილების პროგრამებისთვის: UTF-8 ბაიტების რიგის ნიშნით, წერტილმძიმეებით, CRLF (ასევე პარამეტრი csv_excel)
