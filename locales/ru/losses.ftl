## losses: lost customers: reasons, lapsing, the win-back list

loss-reason-price = Цена
loss-reason-quality = Качество
loss-reason-service = Сервис
loss-reason-competitor = Конкурент
loss-reason-relocation = Переезд
loss-reason-other = Другое

win-back-means-special_offer = Специальное предложение
win-back-means-gift = Подарок
win-back-means-discount = Скидка
win-back-means-meeting = Встреча
win-back-means-other = Другое
