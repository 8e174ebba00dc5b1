## sales: the sales history: the dossier section, the shell and the import

err-currency-code = a currency is three letters of an ISO 4217 code such as "UAH", not "{ $code }"
err-sales-too-large = the sales of { $month } hold an amount too large for a month: check the decimal mark
err-sales-changed-since = the sales of { $month } were changed elsewhere since they were read: nothing was written; read them again
