## sales: the sales history: the dossier section, the shell and the import

err-currency-code = ვალუტა არის ISO 4217 კოდის სამი ასო, მაგალითად „UAH“, და არა „{ $code }“
err-sales-too-large = { $month }-ის გაყიდვებში თვისთვის ზედმეტად დიდი თანხაა: შეამოწმეთ ათობითი ნიშანი
err-sales-changed-since = { $month }-ის გაყიდვები სხვაგან შეიცვალა წაკითხვის შემდეგ: არაფერი ჩაწერილა; წაიკითხეთ ხელახლა
