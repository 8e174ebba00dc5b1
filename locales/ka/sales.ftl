## sales: the sales history: the dossier section, the shell and the import

err-currency-code = ვალუტა არის ISO 4217 კოდის სამი ასო, მაგალითად „UAH“, და არა „{ $code }“
err-sales-too-large = { $month }-ის გაყიდვებში თვისთვის ზედმეტად დიდი თანხაა: შეამოწმეთ ათობითი ნიშანი
err-sales-changed-since = { $month }-ის გაყიდვები სხვაგან შეიცვალა წაკითხვის შემდეგ: არაფერი ჩაწერილა; წაიკითხეთ ხელახლა

## The shell: keyplan sales

cli-sales-about = გაყიდვების ისტორია: თვის გაყიდვების დამატება, ნახვა და საბუღალტრო სისტემის CSV ფაილის იმპორტი
cli-sales-after =
    მაგალითები:
      keyplan sales add "მტკვრის წყალი" --month 2026-10 --amount "1 250,50" --product მრიცხველები
      keyplan sales list "მტკვრის წყალი" --format csv > mtkvari.csv
      keyplan sales import sales.csv --dry-run
      keyplan sales import sales.csv

    გაყიდვების ფაილს აქვს სვეტები „კლიენტი“ (id ან ზუსტი დასახელება), „თარიღი“ ან „თვე“,
    „თანხა“ და საჭიროებისამებრ „მოგება“, „მოცულობა“, „პროდუქტი“ და „ვალუტა“; სათაურები
    ინგლისურად, უკრაინულად და რუსულადაც. ფაილში დასახელებული კლიენტის ყოველ თვეში ფაილში
    დასახელებული ყოველი პროდუქტი იღებს ფაილის ჯამს, სხვა პროდუქტები კი რჩება: იგივე ფაილის
    ხელახალი იმპორტი არაფერს ცვლის, შესწორებული ფაილი ცვლის მის პროდუქტებსა და თვეებს.
cli-sales-add-about = გაყიდვის დამატება კლიენტის თვეზე (მისი პროდუქტის სტრიქონზე, თუ არსებობს)
cli-sales-add-arg-account = კლიენტი: მისი id, დასახელება ან დასახელების დასაწყისი
cli-sales-add-arg-month = თვე: 2026-10, 10/2026 ან თარიღი ამ თვეში (31.10.2026); არა მიმდინარე თვის შემდეგ
cli-sales-add-arg-amount = თანხა, როგორც წერთ (1 250,50); უარყოფითი დაბრუნებისთვის
cli-sales-add-arg-profit = გაყიდვის მოგება, თუ ცნობილია
cli-sales-add-arg-volume = გაყიდული რაოდენობა, თუ ცნობილია
cli-sales-add-arg-product = პროდუქტი, თუ გაყიდვები პროდუქტების მიხედვით აღირიცხება
cli-sales-add-arg-currency = თანხის ვალუტა (ISO 4217, მაგ. GEL); უნდა ემთხვეოდეს კლიენტის ვალუტას
cli-sales-list-about = კლიენტის გაყიდვები თვეების მიხედვით, ჯერ უახლესი
cli-sales-list-arg-account = კლიენტი: მისი id, დასახელება ან მისი ნაწილი
cli-sales-list-arg-format = როგორ გამოვიტანოთ: ცხრილად, ან JSON ან CSV სკრიპტებისთვის (თანხები ათწილადი რიცხვებით)
cli-sales-import-about = გაყიდვების იმპორტი CSV ფაილიდან: ყველაფერი ან არაფერი, ყოველი უარყოფილი სტრიქონის ჩამოთვლით
cli-sales-import-arg-file = CSV ფაილი (UTF-8, UTF-16 ან Windows-1251; მძიმეები ან წერტილმძიმეები)
cli-sales-import-arg-dry-run = ჩვენება, რა დაემატება და რა შეიცვლება, ჩაწერის გარეშე

sales-added = { $name }: { $month }-ის გაყიდვები ახლა { $total } (პროდუქტის სტრიქონები: { $products })
sales-month-invalid = „{ $found }“ თვე არ არის: დაწერეთ 2026-10, 10/2026 ან თარიღი, მაგ. 31.10.2026
sales-month-future = { $month } ჯერ არ დამდგარა: გაყიდვები შეაქვთ მიმდინარე ან წინა თვეებისთვის
sales-currency-other = { $name } გაყიდვებს აღრიცხავს { $have }-ში და არა { $given }-ში: ჯერ გადაიანგარიშეთ თანხები
sales-list-empty = { $name }: გაყიდვების ისტორია ჯერ არ არის
sales-list-title = გაყიდვები: { $name }
sales-list-title-in = გაყიდვები: { $name }, { $currency }
sales-list-total = { $months } თვე, სულ { $total }
sales-column-month = თვე
sales-column-product = პროდუქტი
sales-column-amount = თანხა
sales-column-profit = მოგება
sales-column-volume = მოცულობა

## The sales import

sales-import-reading = კითხვა
sales-import-checking = შემოწმება
sales-import-writing = ჩაწერა
sales-import-columns-missing = ფაილში არ არის სვეტი { $missing }: ნაპოვნია { $found }; მოსალოდნელია { $expected }
sales-import-too-many-fields = სტრიქონს აქვს { $fields } მნიშვნელობა, სათაურში კი { $columns } სვეტია: ათწილადი მძიმე მძიმით გამოყოფილ ფაილში? ასეთი თანხები ჩასვით ბრჭყალებში ("1250,5") ან სვეტები გამოყავით წერტილმძიმით
sales-import-account-empty = კლიენტი მითითებული არ არის
sales-import-month-empty = თვე (ან თარიღი) მითითებული არ არის
sales-import-amount-empty = თანხა მითითებული არ არის
sales-import-account-unknown = კლიენტი id-ით ან ზუსტი დასახელებით „{ $account }“ არ არსებობს
sales-import-account-ambiguous = „{ $account }“ რამდენიმე კლიენტის დასახელებაა ({ $count }): მიუთითეთ კლიენტის id
sales-import-more-refused = … და კიდევ { $count } უარყოფილი სტრიქონი
sales-import-refused = { $path }: უარყოფილია { $count } სტრიქონი; არაფერი დაიმპორტდა
sales-import-rows = { $rows } სტრიქონი შეჯამდა { $accounts } კლიენტის { $months } თვეში
sales-import-repeated = { $lines } სტრიქონი ზუსტად იმეორებს წინას: შეჯამდა, როგორც ფაილში, სადაც ყოველი გაყიდვაა ჩამოთვლილი
sales-import-currency-set = { $name }-ს ვალუტა არ ჰქონდა და ფაილიდან იღებს { $currency }-ს
sales-import-would-add = დამატება  { $name }, { $month }: { $after }
sales-import-would-replace = შეცვლა    { $name }, { $month }: { $before } → { $after }
sales-import-product-added = { $product }: { $after } (დაემატა)
sales-import-product-replaced = { $product }: { $before } → { $after }
sales-import-product-kept = { $product }: { $amount } (რჩება)
sales-import-no-product = (პროდუქტის გარეშე)
sales-import-dry-run = არაფერი ჩაწერილა (საცდელი გაშვება): დაემატება { $added } თვე, შეიცვლება { $replaced }, უცვლელი დარჩება { $same }
sales-import-done = { $path }: დაემატა { $added } თვე, შეიცვალა { $replaced }, უკვე ფაილის მიხედვითაა { $same }
sales-import-months-added = გაყიდვები: { $months } თვე
sales-import-months-changed = გაყიდვები: დაემატა { $added } თვე, შეიცვალა { $replaced }
sales-json-amount-too-large = თანხა { $amount } ზედმეტად დიდია თვის გაყიდვებისთვის

## Sales in the history and in import reports

sales-kind = გაყიდვები
sales-history-line = { $month }-ის გაყიდვები: { $before } → { $after }
sales-field-total = სულ
cli-sales-list-arg-excel = CSV ელცხრილების პროგრამებისთვის: UTF-8 ბაიტების რიგის ნიშნით, წერტილმძიმეებით, CRLF (ასევე პარამეტრი csv_excel)
