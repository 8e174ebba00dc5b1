# ფაილების იმპორტი: რას ეუბნება keyplan უარყოფილ ფაილს, ერთი წინადადებით.

import-encoding-unknown = ფაილი არ არის არცერთ კოდირებაში, რომელსაც keyplan კითხულობს ({ $tried }): შეინახეთ როგორც UTF-8 CSV

## CSV

import-csv-column = სვეტი „{ $column }“
import-csv-no-headers = დასახელებული სვეტები არ არის
import-csv-no-account-name = კლიენტის დასახელების სვეტი არ არის (დაარქვით დასახელება, კომპანია ან კლიენტი); ფაილშია: { $found }; keyplan კითხულობს: { $expected }
import-csv-no-person-name = პირის სახელის სვეტი არ არის (დაარქვით „სახელი და გვარი“ ან ცალკე სახელი და გვარი); ფაილშია: { $found }; keyplan კითხულობს: { $expected }
import-csv-account-name-empty = კლიენტის დასახელება ცარიელია
import-csv-person-name-empty = პირის სახელი ცარიელია
import-csv-unclosed-quote = აქ დაწყებული ბრჭყალებიანი მნიშვნელობა არ არის დახურული (აკლია ")
import-csv-not-a-number = „{ $value }“ არ არის მთელი რიცხვი
import-csv-not-a-date = „{ $value }“ არ არის თარიღი (YYYY-MM-DD ან DD.MM.YYYY)
import-csv-not-a-headcount = { $value } არ არის თანამშრომლების რაოდენობა
import-csv-not-days = { $value } არ არის დღეების რაოდენობა (1 ან მეტი)
import-csv-not-influence = გავლენა არის 1-დან 5-მდე და არა { $value }
import-csv-not-a-choice = „{ $value }“ არ არის { $what } (ერთ-ერთი: { $keys })
import-csv-what-type = საკვანძო კლიენტის ტიპი
import-csv-what-status = სტატუსი
import-csv-what-level = ურთიერთობის დონე
import-csv-what-role = როლი შესყიდვაში
import-csv-what-attitude = დამოკიდებულება
import-csv-what-channel = არხი

## vCard

import-vcard-not-utf8 = ტექსტი არ არის UTF-8: გაიტანეთ ბარათები UTF-8-ში
import-vcard-value-not-utf8 = quoted-printable { $property } არ არის UTF-8 ტექსტი
import-vcard-charset = { $property } არ არის ტექსტი კოდირებაში { $charset }: გაიტანეთ ბარათები UTF-8-ში
