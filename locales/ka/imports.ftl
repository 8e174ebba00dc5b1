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

import-touchpoint-after-today = { $date } დღევანდელზე ({ $today }) { $days } დღეზე მეტით გვიანაა: კონტაქტი ჩაწერს იმას, რაც უკვე შედგა

## keyplan-ის საკუთარი JSON

import-json-two-refs = კლიენტი „{ $name }“: ორ ადამიანს ერთი და იგივე ref აქვს: { $reference }
import-json-unknown-boss = კლიენტი „{ $name }“: { $person } ექვემდებარება ref { $boss }-ს, მაგრამ ასეთი ref-ით ადამიანი არ არის
import-json-circle = კლიენტი „{ $name }“: { $person } ხელმძღვანელების წრის გავლით საკუთარ თავს დაექვემდებარებოდა
import-json-unknown-person = კლიენტი „{ $name }“: { $date }-ის კონტაქტი მიუთითებს ადამიანზე ref { $reference }, მაგრამ ასეთი ref-ით ადამიანი არ არის
import-json-empty = ფაილი ცარიელია
import-json-newer = ფაილი keyplan-ის უფრო ახალმა ვერსიამ ჩაწერა (ფორმატის ვერსია { $version }; ეს კითხულობს { $known }-მდე)
import-json-no-version = ველი "version" არ არის
import-json-not-ours = ეს keyplan-ის ექსპორტი არ არის (ველი "format": "{ $format }" არ აქვს)
import-json-ends-early = ფაილი ნაადრევად მთავრდება ({ $message }): სრულია?
import-json-touchpoint-place = კლიენტი „{ $name }“, კონტაქტი { $n } („{ $summary }“)
import-not-utf8 = ტექსტი UTF-8-ში არ არის: შეინახეთ ფაილი UTF-8 კოდირებით
import-json-name-empty = დასახელება ან სახელი ცარიელი არ უნდა იყოს
import-vcard-bday-text = BDAY ტექსტად
