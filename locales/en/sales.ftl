## sales: the sales history: the dossier section, the shell and the import

err-currency-code = a currency is three letters of an ISO 4217 code such as "UAH", not "{ $code }"
err-sales-too-large = the sales of { $month } hold an amount too large for a month: check the decimal mark
err-sales-changed-since = the sales of { $month } were changed elsewhere since they were read: nothing was written; read them again

## The shell: keyplan sales

cli-sales-about = The sales history: add a month's sales, list them, import an accounting system's CSV file
cli-sales-after =
    Examples:
      keyplan sales add Укрмережа --month 2026-10 --amount "1 250,50" --product Sensors
      keyplan sales list Укрмережа --format csv > ukrmerezha.csv
      keyplan sales import export-1c.csv --dry-run
      keyplan sales import export-1c.csv

    A sales file has the columns account (id or exact name), date or month, amount, and
    optionally profit, volume, product and currency; headers also in Ukrainian, Russian and
    Georgian. In each account-month in the file, each product the file names is set to the
    file's total for it and other products stay: importing the same file twice changes
    nothing, a corrected file replaces the products and months it covers.
cli-sales-add-about = Add a sale to an account's month (to its product's row, if the month has one)
cli-sales-add-arg-account = The account: its id, its name or the beginning of its name
cli-sales-add-arg-month = The month: 2026-10, 10/2026 or a date in it (31.10.2026); not after this month
cli-sales-add-arg-amount = The amount, as you write it (1 250,50); negative for a return
cli-sales-add-arg-profit = The profit of the sale, where known
cli-sales-add-arg-volume = The quantity sold, where known
cli-sales-add-arg-product = The product, where the sales are kept by product
cli-sales-add-arg-currency = The currency of the amount (ISO 4217, such as UAH); must be the account's
cli-sales-list-about = An account's sales month by month, newest first
cli-sales-list-arg-account = The account: its id, its name or a part of it
cli-sales-list-arg-format = How to print them: a table, or JSON or CSV for scripts (amounts as decimal numbers)
cli-sales-import-about = Import sales from a CSV file, all or nothing, naming every refused line
cli-sales-import-arg-file = The CSV file (UTF-8, UTF-16 or Windows-1251; commas or semicolons)
cli-sales-import-arg-dry-run = Show what would be added and replaced, and write nothing

sales-added = { $name }: the sales of { $month } are now { $total } ({ $products ->
        [one] one product row
       *[other] { $products } product rows
    })
sales-month-invalid = "{ $found }" is not a month: write 2026-10, 10/2026 or a date such as 31.10.2026
sales-month-future = { $month } has not come yet: sales are entered for this month or earlier
sales-currency-other = { $name } keeps its sales in { $have }, not { $given }: convert the amounts first
sales-list-empty = { $name } has no sales history yet
sales-list-title = Sales of { $name }
sales-list-title-in = Sales of { $name }, in { $currency }
sales-list-total = { $months ->
        [one] one month
       *[other] { $months } months
    }, { $total } in all
sales-column-month = Month
sales-column-product = Product
sales-column-amount = Amount
sales-column-profit = Profit
sales-column-volume = Volume

## The sales import

sales-import-reading = Reading
sales-import-checking = Checking
sales-import-writing = Writing
sales-import-columns-missing = the file has no column { $missing }: found { $found }; expected { $expected }
sales-import-too-many-fields = the line has { $fields } values but the header names { $columns } columns: a decimal comma in a comma-separated file? Put such amounts in quotes ("1250,5") or separate the columns with semicolons
sales-import-account-empty = the account is empty
sales-import-month-empty = the month (or date) is empty
sales-import-amount-empty = the amount is empty
sales-import-account-unknown = no account has the id or the exact name "{ $account }"
sales-import-account-ambiguous = "{ $account }" is the name of { $count } accounts: write the account's id instead
sales-import-more-refused = … and { $count ->
        [one] one more line refused
       *[other] { $count } more lines refused
    }
sales-import-refused = { $path }: { $count ->
        [one] one line refused
       *[other] { $count } lines refused
    }; nothing was imported
sales-import-rows = { $rows ->
        [one] one row
       *[other] { $rows } rows
    } added up into { $months ->
        [one] one month
       *[other] { $months } months
    } of { $accounts ->
        [one] one account
       *[other] { $accounts } accounts
    }
sales-import-repeated = { $lines ->
        [one] one line repeats
       *[other] { $lines } lines repeat
    } an earlier line exactly: added up, as in a file that lists every sale
sales-import-currency-set = { $name } had no currency and takes { $currency } from the file
sales-import-would-add = add      { $name }, { $month }: { $after }
sales-import-would-replace = replace  { $name }, { $month }: { $before } → { $after }
sales-import-product-added = { $product }: { $after } (added)
sales-import-product-replaced = { $product }: { $before } → { $after }
sales-import-product-kept = { $product }: { $amount } (stays)
sales-import-no-product = (no product)
sales-import-dry-run = Nothing was written (dry run): { $added ->
        [one] { $added } month
       *[other] { $added } months
    } would be added, { $replaced } replaced, { $same } { $same ->
        [one] stays as it is
       *[other] stay as they are
    }
sales-import-done = { $path }: { $added ->
        [one] { $added } month
       *[other] { $added } months
    } added, { $replaced } replaced, { $same } already as in the file
sales-import-months-added = sales: { $months ->
        [one] one month
       *[other] { $months } months
    }
sales-import-months-changed = sales: { $added ->
        [one] { $added } month
       *[other] { $added } months
    } added, { $replaced } replaced
sales-json-amount-too-large = the amount { $amount } is too large for a month's sales

## Sales in the history and in import reports

sales-kind = sales
sales-history-line = Sales of { $month }: { $before } → { $after }
sales-field-total = total
cli-sales-list-arg-excel = CSV for spreadsheet programs: UTF-8 with a byte order mark, semicolons, CRLF (also the setting csv_excel)
