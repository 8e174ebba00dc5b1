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
