## losses: lost customers: reasons, lapsing, the win-back list

loss-reason-price = Price
loss-reason-quality = Quality
loss-reason-service = Service
loss-reason-competitor = Competitor
loss-reason-relocation = Relocation
loss-reason-other = Other

win-back-means-special_offer = Special offer
win-back-means-gift = Gift
win-back-means-discount = Discount
win-back-means-meeting = Meeting
win-back-means-other = Other
