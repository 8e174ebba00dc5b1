# ფაილების იმპორტი: რას ეუბნება keyplan უარყოფილ ფაილს, ერთი წინადადებით.

import-encoding-unknown = ფაილი არ არის არცერთ კოდირებაში, რომელსაც keyplan კითხულობს ({ $tried }): შეინახეთ როგორც UTF-8 CSV

import-line = ხაზი { $line }

## CSV

import-csv-column = სვეტი „{ $column }“
import-csv-header = „{ $column }“
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
import-vcard-charset-unknown = { $property } არის კოდირებაში { $charset }, რომელსაც keyplan არ იცნობს: გაიტანეთ ბარათები UTF-8-ში
import-vcard-charset = { $property } არ არის ტექსტი კოდირებაში { $charset }: გაიტანეთ ბარათები UTF-8-ში
import-vcard-card-in-card = ბარათი იწყება { $begun }-ე ხაზზე დაწყებული ბარათის შიგნით (აკლია END:VCARD?)
import-vcard-end-without-begin = END:VCARD, რომელსაც წინ არ უძღვის BEGIN:VCARD
import-vcard-outside = { $property } არის BEGIN:VCARD … END:VCARD-ის გარეთ: ეს vCard ფაილია?
import-vcard-unended = ფაილი მთავრდება { $begun }-ე ხაზზე დაწყებული ბარათის შიგნით (END:VCARD არ არის)
import-vcard-no-cards = ფაილში ბარათი (BEGIN:VCARD) არ არის
import-vcard-no-colon = „{ $start }“ არ არის vCard-ის თვისება: ორწერტილი არ აქვს
import-vcard-bad-name = „{ $name }“ არ არის vCard-ის თვისების სახელი
import-vcard-bad-qp = „{ $shown }“ არ არის quoted-printable (= და ორი თექვსმეტობითი ციფრი)
import-vcard-version = vCard-ის ვერსია { $version } არ არის მხარდაჭერილი (მხარდაჭერილია 2.1, 3.0 და 4.0)
import-vcard-bad-bday = BDAY „{ $text }“ არ არის თარიღი (YYYY-MM-DD ან YYYYMMDD)
import-vcard-no-name = ამ ხაზზე დაწყებულ ბარათს სახელი არ აქვს (FN ან N)
