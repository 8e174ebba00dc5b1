## sales: the sales history: the dossier section, the shell and the import

err-currency-code = валюта — це три літери коду ISO 4217, як-от «UAH», а не «{ $code }»
err-sales-too-large = продажі за { $month } містять завелику для місяця суму: перевірте десятковий знак
err-sales-changed-since = продажі за { $month } змінено деінде, відколи їх прочитано: нічого не записано; прочитайте їх знову
