## losses: lost customers: reasons, lapsing, the win-back list

loss-reason-price = Ціна
loss-reason-quality = Якість
loss-reason-service = Сервіс
loss-reason-competitor = Конкурент
loss-reason-relocation = Переїзд
loss-reason-other = Інше

win-back-means-special_offer = Спеціальна пропозиція
win-back-means-gift = Подарунок
win-back-means-discount = Знижка
win-back-means-meeting = Зустріч
win-back-means-other = Інше
