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
