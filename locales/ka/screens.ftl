# სამუშაო სივრცე დოსიესა და ფორმების გარეთ: პორტფელი, დღის წესრიგი,
# ძებნა, მისალმება, სტატუსის ზოლი, კითხვები და პატარა ფანჯრები.

## სტატუსის ზოლი
crumb-welcome = მოგესალმებით
crumb-portfolio = პორტფელი
crumb-agenda = დღის წესრიგი
status-keys = კლავიშები
status-counts = { $overdue } ვადაგასული · { $due } ვადაში
status-drafts-waiting = { $count } მონახაზი ელოდება
screen-too-small = keyplan-ს სჭირდება მინიმუმ { $width }×{ $height } ზომის ფანჯარა.

## მისალმება
welcome-title = კეთილი იყოს თქვენი მობრძანება keyplan-ში
welcome-what = თქვენი საკვანძო კლიენტები, მათი ურთიერთობის გეგმები, გადაწყვეტილების მიმღები ადამიანები და ყველა კონტაქტი — ერთ ადგილას.
welcome-add = პირველი საკვანძო კლიენტის დასამატებლად დააჭირეთ { $key }-ს.
welcome-keys = { $help } — კლავიშები, { $quit } — გასვლა.
welcome-demo = სანიმუშო პორტფელის დასათვალიერებლად გამოდით და გაუშვით:
welcome-demo-file = ის დროებით ფაილში გაიხსნება; ეს ბაზა უცვლელი დარჩება.

## პორტფელი
portfolio-title = საკვანძო კლიენტები ({ $count }) · { $order }
portfolio-order-share = გაყიდვების წილით
portfolio-order-urgency = ჯერ ყველაზე დაგვიანებული
portfolio-filter-count = { $shown } / { $total }
portfolio-empty = კლიენტები ჯერ არ არის: დასამატებლად დააჭირეთ a-ს.
portfolio-no-match = „{ $filter }“ არცერთ კლიენტს არ ემთხვევა. Esc ფილტრს ასუფთავებს.
portfolio-column-late = ვადა
portfolio-column-account = კლიენტი
portfolio-column-type = ტიპი
portfolio-column-level = დონე
portfolio-column-status = სტატუსი
portfolio-column-share = წილი
portfolio-column-last = ბოლო
portfolio-column-next = შემდეგი
portfolio-days = დ

## დღის წესრიგი
agenda-title = დღის წესრიგი · { $counts } · მომავალი: { $upcoming }
agenda-title-checking = დღის წესრიგი · მოწმდება…
agenda-nothing-slipping = არაფერი გამორჩენილა: ყველა ურთიერთობა კონტაქტის სტანდარტის ფარგლებშია, არცერთი შემდეგი ნაბიჯი არ დაგვიანებულა, არცერთი საკონტროლო წერტილი არ გასულა.
agenda-checking = მიმდინარეობს ფონური შემოწმება…
agenda-group-today = დღეს
agenda-group-this-week = ამ კვირაში
agenda-group-later = მოგვიანებით
agenda-days-late = { $days } დღით გვიან
agenda-in-days = { $days } დღეში
agenda-today = დღეს
agenda-done = შესრულდა: { $subject }
agenda-x-hint = x შესრულებულად ნიშნავს დაგვიანებულ ნაბიჯს ან გასულ საკონტროლო წერტილს; კონტაქტს l ჩაწერს

## ძებნა
search-title = ძებნა
search-hint = ძებნა სახელებში, გეგმებში, ადამიანებში, კონკურენტებსა და ჟურნალში.
search-nothing = ვერაფერი მოიძებნა.
search-first = პირველი { $count }
search-found = ნაპოვნია: { $count }
search-keys = ↑↓ არჩევა · Enter გახსნა · Esc დახურვა
status-search-nothing-to-open = გასახსნელი არაფერია: აკრიფეთ სიტყვა, რომელიც სადმე წერია

## კითხვები
popup-sure = დარწმუნებული ხართ?
popup-yes-no = { $yes } დიახ    { $no } არა
popup-go-ahead-cancel = { $enter } შესრულება    { $esc } გაუქმება
popup-new-item-title = განხორციელებაში დამატება
popup-new-objective = { $key } წლიური მიზანი
popup-new-milestone = { $key } საკონტროლო წერტილი
popup-cancel = { $key } გაუქმება
popup-draft-title = მონახაზი გელოდებათ
popup-draft-keys = { $from }: { $restore } აღდგენა · { $discard } წაშლა
popup-draft-later = { $key } მოგვიანებით გადავწყვეტ
ask-discard-form = წაიშალოს ამ ფორმაში აკრეფილი?
ask-discard-text = წაიშალოს ამ ტექსტის ცვლილებები?
ask-quit = გავიდეთ და წაიშალოს შეუნახავი?
ask-delete = წაიშალოს { $what }? (u აბრუნებს)
ask-purge = სამუდამოდ წაიშალოს „{ $name }“ მთელ დოსიესთან ერთად? ამის გაუქმება შეუძლებელია (ჯერ ბაზის სარეზერვო ასლი ჩაიწერება). მეხსიერების შესანარჩუნებლად სჯობს, სტატუსად „დაკარგული“ ან „ყოფილი“ დააყენოთ. წასაშლელად აკრიფეთ კლიენტის სახელი:
ask-carry = გადავიტანოთ { $next } წელზე? { $year } წლის მიზნები დაკოპირდება { $next } წლით, ხოლო { $year } წლის ვადის ღია საკონტროლო წერტილები ერთი წლით გადაიწევს (u აბრუნებს)

## მონახაზები
draft-from = მონახაზი, { $when }
draft-from-machine = მონახაზი, { $when }, { $machine }
draft-record-gone = ჩანაწერი, რომლისთვისაც ეს მონახაზი აიკრიფა ({ $kind ->
        [account] კლიენტი
        [objective] მიზანი
        [milestone] საკონტროლო წერტილი
        [person] პირი
        [competitor] კონკურენტი
        [touchpoint] კონტაქტი
       *[other] { $kind }
    }), მას შემდეგ წაიშალა; r მის ტექსტს აქ ჩასვამს.
status-draft-restored = მონახაზი აღდგა: Ctrl-S ინახავს, Esc შლის
status-draft-discarded = მონახაზი წაიშალა
status-draft-later = მონახაზი რჩება; შემდეგ ჯერზე ისევ შემოგთავაზებთ
status-draft-not-kept = მონახაზის შენახვა ვერ მოხერხდა: { $reason }
status-draft-not-removed = მონახაზის წაშლა ვერ მოხერხდა: { $reason }
status-drafts-not-read = მონახაზების წაკითხვა ვერ მოხერხდა: { $reason }

## რედაქტორი, კონფლიქტი, ისტორია
editor-keys = Ctrl-S შენახვა · Esc გაუქმება
editor-placeholder = დაიწყეთ წერა. Ctrl-S ინახავს, Esc აუქმებს.
conflict-title = { $what }: შეიცვალა სხვაგან
conflict-keys = m ჩემი · t მათი · e გაერთიანება რედაქტორში · Esc უკან
conflict-keys-short = m ჩემი · t მათი · e გაერთიანება · Esc უკან
conflict-theirs = ახლა შენახული
conflict-mine = თქვენი (შეუნახავი)
history-title = { $what }: შენახული ვერსიები, ჯერ უახლესი
history-keys = Enter შედარება · r აღდგენა · Esc დახურვა
history-column-saved = შენახულია
history-column-machine = მოწყობილობა
history-column-words = სიტყვები
history-restored = აღდგენილი
history-saved = შენახული
history-version-title = { $what }: ვერსია { $when } ({ $machine }) მიმდინარესთან
history-version-keys = r ამ ვერსიის აღდგენა · Esc ვერსიებზე
history-then = მაშინ, { $when }
history-now = ახლა

## შეტყობინებები
status-created = შეიქმნა: { $name }
status-saved-name = შენახულია: { $name }
status-objective-saved = მიზანი შენახულია
status-milestone-saved = საკონტროლო წერტილი შენახულია
status-competitor-saved = კონკურენტი შენახულია: { $name }
status-snoozed = გადაიდო { $date }-მდე
status-touchpoint-logged = { $date }-ის კონტაქტი ჩაიწერა
status-text-saved = { $what }: შენახულია
status-fix-fields = არ შეინახა: შეასწორეთ წითლად მონიშნული ველები
status-not-saved = არ შეინახა: { $reason }
status-not-saved-gone = არ შეინახა: { $reason } (სხვაგან წაიშალა). აკრეფილი აქვეა: Esc ხურავს
status-editor-failed = რედაქტორი შეცდომით დასრულდა: არაფერი შეცვლილა
status-no-change = ცვლილება არ არის
status-milestone-done = საკონტროლო წერტილი შესრულდა
status-milestone-reopened = საკონტროლო წერტილი ხელახლა გაიხსნა
status-follow-up-done = შემდეგი ნაბიჯი შესრულდა
status-follow-up-reopened = შემდეგი ნაბიჯი ხელახლა გაიხსნა
status-x-hint = x შესრულებულად ნიშნავს საკონტროლო წერტილს (5) ან კონტაქტის შემდეგ ნაბიჯს (7)
status-deleted = წაიშალა (u აბრუნებს)
status-not-deleted-gone = არ წაიშალა: უკვე წაშლილია სხვაგან
status-not-deleted-changed = არ წაიშალა: მას შემდეგ სხვაგან შეიცვალა; ჯერ ისევ გადახედეთ
status-not-purged = არ წაიშალა: სარეზერვო ასლი ვერ ჩაიწერა ({ $reason })
status-purged = კლიენტი სამუდამოდ წაიშალა; ბაზა წინანდელი სახით შენახულია აქ: { $path }
status-cancelled = გაუქმდა
status-changes-discarded = ცვლილებები წაიშალა
status-still-unsaved = ჯერ არ არის შენახული: Ctrl-S ინახავს (და კონფლიქტს ისევ აჩვენებს)
status-check-failed = ფონური შემოწმება: { $reason }
status-backup-failed = დღიური სარეზერვო ასლი არ ჩაიწერა, რადგან { $reason }; თქვენი მონაცემები ხელუხლებელია, შემდეგი ცდა ხვალ იქნება.
status-sorted-rank = დალაგდა რანგით (გაყიდვების წილით)
status-sorted-urgency = დალაგდა: ჯერ ყველაზე დაგვიანებული
status-no-account-selected = კლიენტი არ არის არჩეული
status-edit-externally-hint = E ტექსტს არედაქტირებს: ქარტიას, სიტუაციას, სტრატეგიას ან მიმოხილვის ტექსტს
status-delete-hint = წასაშლელად აირჩიეთ სიის ელემენტი
status-nothing-to-edit = აქ ჯერ არაფერია დასარედაქტირებელი: n ამატებს ელემენტს
status-item-gone = ეს ელემენტი აღარ არსებობს: სხვაგან წაიშალა
status-new-item-hint = n სიას ამატებს: განხორციელება (5), პირები (6), ჟურნალი (7), კონკურენტები (8)
status-prompt-mismatch = არაფერი გაკეთებულა: აკრეფილი არ ემთხვევა მოთხოვნილს
status-nothing-to-undo = ამ სესიაში გასაუქმებელი არაფერია
status-nothing-to-redo = გასამეორებელი არაფერია
status-undone = გაუქმდა (U იმეორებს)
status-redone = გამეორდა (u აბრუნებს)
status-changed-since = მას შემდეგ სხვაგან შეიცვალა
status-deleted-since = მას შემდეგ სხვაგან წაიშალა
status-cannot-undo = ვერ გაუქმდა: { $reason }
status-cannot-redo = ვერ გამეორდა: { $reason }
status-review-hint = R გეგმის გადახედვას იწერს: განხორციელებაში (5)
status-review-recorded = გეგმის გადახედვა ჩაიწერა { $date }-ით (u აბრუნებს)
status-not-recorded = არ ჩაიწერა: { $reason }
status-carry-hint = C გეგმას მომავალ წელზე გადაიტანს: განხორციელებაში (5)
status-carried = გადატანილია { $next } წელზე: დაკოპირდა { $objectives } მიზანი, გადაიწია { $milestones } ღია საკონტროლო წერტილი (u აბრუნებს)
status-not-carried = გადატანა ვერ მოხერხდა: { $reason }
status-history-hint = h ტექსტის ვერსიებს აჩვენებს: ქარტია (2), სიტუაცია (3), სტრატეგია (4) ან მიმოხილვის ტექსტი
status-nothing-to-restore = ეს ვერსია ემთხვევა მიმდინარე ტექსტს: აღსადგენი არაფერია
status-restored = { $what }: ვერსია { $when } დაბრუნდა ახალ ვერსიად (u აბრუნებს)
status-not-restored-changed = არ აღდგა: { $what } ამასობაში სხვაგან შეიცვალა; h ისევ აჩვენებს
status-not-restored = არ აღდგა: { $reason }
status-conflict = არ შეინახა: { $what } სხვაგან შეიცვალა
status-kept-theirs = დარჩა შენახული: { $what }
status-merge-text = ორივე ვერსია რედაქტორშია: დატოვეთ საჭირო, Ctrl-S ინახავს
status-merge-form = ისევ თქვენი ფორმა: მისი შენახვა ახლა შენახულ ვერსიას ჩაანაცვლებს
