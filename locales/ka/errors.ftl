# რა შეიძლება დაემართოს მონაცემთა ბაზის ფაილს (src/store/error.rs): თითო
# წინადადება. $path — ფაილის მისამართი, $reason — სისტემის სიტყვები.

err-missing = { $path } არ არსებობს
err-not-keyplan = { $path } keyplan-ის მონაცემთა ბაზა არ არის
err-foreign = { $path } სხვა პროგრამის SQLite ბაზაა და არა keyplan-ის მონაცემთა ბაზა
err-too-new = { $path } ჩაწერილია keyplan-ის უფრო ახალი ვერსიით (სქემა { $found }, ეს იცნობს { $known })
err-too-old = { $path }-ს აქვს სქემა { $found }, ამ keyplan-ს კი სჭირდება { $known }; განსაახლებლად ერთხელ გახსენით keyplan-ით
err-unreadable = { $path } ვერ იკითხება ({ $reason })
err-read-only = { $path } მხოლოდ წასაკითხია, ამიტომ keyplan მასში ვერ ინახავს (შეამოწმეთ უფლებები)
err-read-only-directory = { $path } ისეთ საქაღალდეშია, სადაც keyplan ვერ წერს ({ $dir }), ამიტომ მისი წაკითხვა შეიძლება, შეცვლა კი არა
err-empty = { $path } ცარიელია და keyplan-ის მონაცემთა ბაზა არ არის; მხოლოდ წამკითხველი ბრძანება მას არასოდეს ქმნის
err-damaged = { $path } დაზიანებულია ({ $reason }): უახლესი სარეზერვო ასლები არის { $backups }-ში (და { $name }.before-v…bak ასლები მის გვერდით); დააბრუნეთ ერთი ბრძანებით `keyplan restore PATH`
err-cannot-create = { $path } ვერ იქმნება ({ $reason })
err-backup = სარეზერვო ასლი { $path } ვერ ჩაიწერა ({ $reason })
err-permissions = { $path }-ის უფლებები ვერ დაყენდა ({ $reason })
err-duplicate-name = ღია კლიენტი სახელით „{ $name }“ უკვე არსებობს
err-not-found = { $what } არ არსებობს
err-conflict = { $what } სხვაგან შეიცვალა მას შემდეგ, რაც გახსენით (ვერსია { $theirs }, თქვენი დაიწყო { $mine }-დან): არაფერი გადაიწერა
err-migration = მონაცემთა ბაზა ვერ განახლდა ({ $reason })
err-sqlite = მონაცემთა ბაზის შეცდომა ({ $reason })

## ჩანაწერები, რომლებსაც წინადადება ნომრით ასახელებს: „კლიენტი 7 არ არსებობს“.

err-record-account = კლიენტი
err-record-objective = მიზანი
err-record-milestone = საკონტროლო წერტილი
err-record-person = პიროვნება
err-record-competitor = კონკურენტი
err-record-touchpoint = კონტაქტი
err-record-change = ცვლილება

## მნიშვნელობები, რომლებსაც საცავი უარყოფს.

err-account-needs-name = კლიენტს სახელი სჭირდება
err-contact-every-too-small = კონტაქტების სიხშირე სულ მცირე ერთი დღე უნდა იყოს
err-milestone-needs-title = საკონტროლო წერტილს სახელი სჭირდება
err-competitor-needs-name = კონკურენტს სახელი სჭირდება
err-person-needs-name = ადამიანს სახელი სჭირდება
err-reports-to-self = ადამიანი საკუთარ თავს ვერ დაექვემდებარება
err-reports-to-other-account = ადამიანი მხოლოდ იმავე კლიენტის თანამშრომელს შეიძლება დაექვემდებაროს
err-reports-in-circle = მაშინ ადამიანები ერთმანეთს წრეზე დაექვემდებარებოდნენ
err-influence-range = გავლენა 1-დან 5-მდეა და არა { $influence }

## სარეზერვო ასლები და აღდგენა.

err-backup-is-database = { $path } თავად მონაცემთა ბაზაა და არა მისი სარეზერვო ასლი
err-backup-damaged = { $path } დაზიანებულია ({ $reason }), ამიტომ არ აღდგა
err-busy = { $path } { $seconds } წამის განმავლობაში დაკავებული იყო; სცადეთ ხელახლა, როცა სხვა keyplan აღარ ინახავს
err-backup-name-not-utf8 = { $path }-ის ასლი ვერ შეიქმნება, რადგან მისი სახელი არასწორი UTF-8-ია

## ცვლილებების გაუქმება.

err-undo-no-version = ცვლილება { $change } არ ინახავს ვერსიას, რომელსაც შეიძლება დაუბრუნდეთ
err-undo-foreign = ცვლილება { $change } სხვა keyplan-მა შეინახა და ვერ გაუქმდება
err-undo-new-account = ახალი კლიენტი უქმდება მისი საბოლოო წაშლით (D)

## საცავის უარი, რომელსაც ადამიანი შეიძლება შეხვდეს

err-follow-up-other-account = კონტაქტი { $id } სხვა კლიენტს ეკუთვნის
err-follow-up-no-step = კონტაქტს { $id } შემდეგი ნაბიჯი არ დაუპირებია
err-follow-up-closed = კონტაქტის { $id } შემდეგი ნაბიჯი უკვე დახურულია ({ $date })
err-follow-up-later = კონტაქტის { $id } შემდეგი ნაბიჯი დაპირდით { $promised }, ამ კონტაქტის ({ $date }) შემდეგ
err-header-ends-inside = ფაილი სათაურის შუაში წყდება
err-header-cut-off = ფაილი შეკვეცილია: სათაურში მითითებულზე მოკლეა
err-header-altered-at = სათაური დაზიანებულია { $at }-ე ბაიტში
err-header-altered-start = სათაური დაზიანებულია პირველ ბაიტებში
err-file-exists = ამ სახელის ფაილი უკვე არსებობს; keyplan ფაილებს არასოდეს გადააწერს
err-file-appeared = ამასობაში ამ სახელის ფაილი გაჩნდა
err-file-in-the-way = ხელს უშლის ამ სახელის ფაილი
err-snooze-no-versions = გადადებას ვერსიები არ აქვს
err-wal-unreadable = მისი ბოლო ცვლილებები -wal ფაილშია, keyplan კი მათ მხოლოდ იქ წაიკითხავს, სადაც გვერდით -shm ფაილის შექმნა შეუძლია; დააკოპირეთ ორივე ფაილი საქაღალდეში, სადაც ჩაწერა შეგიძლიათ ({ $directory }-ში ჩაწერა შეუძლებელია)
err-is-directory = ეს საქაღალდეა
err-person-not-of-account = პიროვნება { $person } ამ კლიენტის ადამიანებს არ ეკუთვნის, ამიტომ მის კონტაქტში ვერ მიიღებს მონაწილეობას
err-dossier-person-twice = „{ $whose }“ მიუთითებს პიროვნებაზე { $person }, მაგრამ დოსიეში ამ id-ით ორი ადამიანია
err-dossier-person-unknown = „{ $whose }“ მიუთითებს პიროვნებაზე { $person }, რომელიც დოსიეს ადამიანებს შორის არ არის
err-cadence-ideal-zero = ideal_days უნდა იყოს მინიმუმ 1
err-cadence-max-below-ideal = max_days არ შეიძლება იყოს ideal_days-ზე ნაკლები
