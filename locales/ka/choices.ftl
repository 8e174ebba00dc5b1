# დახურული სიების იარლიყები: საკვანძო კლიენტის ტიპები, ურთიერთობის დონეები,
# სტატუსები, როლები, დამოკიდებულება, არხები, შედეგები.

client-type-breadwinner = მარჩენალი
client-type-prospect = პერსპექტიული
client-type-image_maker = იმიჯმეიკერი
client-type-expert = ექსპერტი

level-basic = საბაზისო
level-reactive = რეაქტიული
level-accountable = პასუხისმგებლიანი
level-proactive = პროაქტიული
level-partnership = პარტნიორული

status-active = აქტიური
status-prospect = პოტენციური
status-at_risk = რისკის ქვეშ
status-lost = დაკარგული
status-former = ყოფილი

role-decision_maker = გადამწყვეტი პირი
role-influencer = გავლენის მქონე
role-buyer = შემსყიდველი
role-user = მომხმარებელი
role-gatekeeper = კარიბჭე
role-champion = მოკავშირე

attitude-supporter = მხარდამჭერი
attitude-neutral = ნეიტრალური
attitude-opponent = მოწინააღმდეგე

reach-phone = ტელეფონი
reach-email = ელფოსტა
reach-meeting = შეხვედრა
reach-messenger = მესენჯერი

channel-meeting = შეხვედრა
channel-call = ზარი
channel-email = ელფოსტა
channel-message = შეტყობინება
channel-visit = ვიზიტი
channel-other = სხვა

outcome-positive = დადებითი
outcome-neutral = ნეიტრალური
outcome-negative = უარყოფითი
outcome-refusal = უარი
outcome-deal_won = გარიგება დაიდო
outcome-deal_lost = გარიგება ჩაიშალა

found-in-account = კლიენტი
found-in-charter = ქარტია
found-in-situation = სიტუაცია
found-in-strategy = სტრატეგია
found-in-objective = მიზანი
found-in-milestone = საკონტროლო წერტილი
found-in-person = პირი
found-in-competitor = კონკურენტი
found-in-touchpoint = კონტაქტი
