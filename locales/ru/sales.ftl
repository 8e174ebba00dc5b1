## sales: the sales history: the dossier section, the shell and the import

err-currency-code = валюта — это три буквы кода ISO 4217, например «UAH», а не «{ $code }»
err-sales-too-large = продажи за { $month } содержат слишком большую для месяца сумму: проверьте десятичный знак
err-sales-changed-since = продажи за { $month } изменены в другом месте после чтения: ничего не записано; прочитайте их снова
