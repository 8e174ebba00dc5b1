use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

#[test]
fn maps_common_account_columns() {
    let text = "Company;Sector;City;Country;Employees;Annual Revenue;Status;Website\n\
                    Acme;Logistics;Lviv;Ukraine;1 200;18 500 000,00;at risk;acme.example\n";
    // A semicolon file: the comma inside the number is a thousands mark.
    let (accounts, ignored) = read_accounts(Path::new("a.csv"), text.as_bytes(), today()).unwrap();
    let a = &accounts[0];
    assert_eq!(a.name, "Acme");
    assert_eq!(a.industry, "Logistics");
    assert_eq!(a.region, "Lviv, Ukraine");
    assert_eq!(a.headcount, Some(1200));
    assert_eq!(a.status, AccountStatus::AtRisk);
    assert_eq!(a.annual_sales, Some(18_500_000));
    assert_eq!(ignored, vec!["column \"Website\""]);
}

#[test]
fn refuses_what_it_cannot_read_with_line_and_column() {
    let e = read_accounts(Path::new("a.csv"), "industry,region\nx,y\n".as_bytes(), today()).unwrap_err();
    assert_eq!(e.line, Some(1));
    assert!(e.message.contains("no column for the account's name"));
    let e = read_accounts(Path::new("a.csv"), "name,employees\nA,10\nB,many\n".as_bytes(), today()).unwrap_err();
    assert_eq!(e.to_string(), "a.csv line 3, column \"employees\": \"many\" is not a whole number");
    let e = read_accounts(Path::new("a.csv"), "name\nA\n\"B\nC\nD\n".as_bytes(), today()).unwrap_err();
    assert_eq!(e.line, Some(3));
    assert!(e.message.contains("never closed"));
    let e = read_accounts(Path::new("a.csv"), "name,status\nA,asleep\n".as_bytes(), today()).unwrap_err();
    assert!(e.to_string().starts_with("a.csv line 2, column \"status\": \"asleep\" is not a status"));
}

#[test]
fn maps_people_columns_and_joins_emails_and_phones() {
    let text = "First Name,Last Name,Job Title,E-mail Address,E-mail 2 Address,Mobile Phone,Business Phone,Birthday\n\
                    Олена,Коваль,Комерційний директор,o@x.ua,olena@y.ua,+380 50 000 00 00,,1976-12-01\n";
    let (people, _) = read_people(Path::new("p.csv"), text.as_bytes(), today()).unwrap();
    let p = &people[0];
    assert_eq!(p.name, "Олена Коваль");
    assert_eq!(p.job_title, "Комерційний директор");
    assert_eq!(p.email, "o@x.ua, olena@y.ua");
    assert_eq!(p.phone, "+380 50 000 00 00");
    assert_eq!(p.birthday, NaiveDate::from_ymd_opt(1976, 12, 1).map(BirthDate::Full));
    let e = read_people(Path::new("p.csv"), "title,email\nx,y\n".as_bytes(), today()).unwrap_err();
    assert!(e.message.contains("no column for the person's name"));
}

#[test]
fn numbers_in_several_spellings() {
    assert_eq!(parse_number("18 500 000"), Some(18_500_000));
    assert_eq!(parse_number("18,500,000"), Some(18_500_000));
    assert_eq!(parse_number("1200.50"), Some(1201));
    assert_eq!(parse_number("-3"), Some(-3));
    assert_eq!(parse_number("12k"), None);
    assert_eq!(parse_number("18.500.000"), Some(18_500_000));
    assert_eq!(parse_number("18 500 000,49"), Some(18_500_000));
    assert_eq!(parse_number("1,234.56"), Some(1235));
    assert_eq!(parse_number("-"), None);
}

#[test]
fn reads_an_excel_file_from_kyiv_in_windows_1251() {
    let text = "Назва;Галузь;Регіон;Річний обсяг продажів;Кількість працівників;Початок співпраці;Статус\r\n\
                \"Укрмережа; Телеком\";Телекомунікації;Київ;1 250 000,50;1\u{a0}200;01.03.2019;active\r\n\
                Ромашка;Торгівля;Львів;300'000;12;2020-05-17;Під загрозою\r\n";
    let bytes = crate::interchange::encoding::to_windows_1251(text);
    let (accounts, ignored) = read_accounts(Path::new("k.csv"), &bytes, today()).unwrap();
    assert!(ignored.is_empty(), "{ignored:?}");
    let a = &accounts[0];
    assert_eq!(a.name, "Укрмережа; Телеком");
    assert_eq!(a.industry, "Телекомунікації");
    assert_eq!(a.region, "Київ");
    assert_eq!(a.annual_sales, Some(1_250_001));
    assert_eq!(a.headcount, Some(1200));
    assert_eq!(a.cooperation_start, NaiveDate::from_ymd_opt(2019, 3, 1));
    assert_eq!(accounts[1].annual_sales, Some(300_000));
    assert_eq!(accounts[1].status, AccountStatus::AtRisk);
}

#[test]
fn reads_russian_headers_in_windows_1251_and_georgian_ones_in_utf8_with_a_bom() {
    let russian =
        "НАЗВАНИЕ ; Отрасль;Регион;Выручка;Численность\nСеверсталь-Сервис;Металлургия;Череповец;18 500 000;250\n";
    let (accounts, _) =
        read_accounts(Path::new("m.csv"), &crate::interchange::encoding::to_windows_1251(russian), today()).unwrap();
    assert_eq!(accounts[0].name, "Северсталь-Сервис");
    assert_eq!(accounts[0].industry, "Металлургия");
    assert_eq!(accounts[0].annual_sales, Some(18_500_000));
    assert_eq!(accounts[0].headcount, Some(250));
    let georgian = "\u{feff}დასახელება,დარგი,რეგიონი,გაყიდვები\nთბილისის ფოსტა,ლოჯისტიკა,თბილისი,\"1 250 000,50\"\n";
    let (accounts, _) = read_accounts(Path::new("t.csv"), georgian.as_bytes(), today()).unwrap();
    assert_eq!(accounts[0].name, "თბილისის ფოსტა");
    assert_eq!(accounts[0].industry, "ლოჯისტიკა");
    assert_eq!(accounts[0].region, "თბილისი");
    assert_eq!(accounts[0].annual_sales, Some(1_250_001));
}

#[test]
fn people_with_ukrainian_headers_in_windows_1251() {
    let text = "Прізвище;Ім'я;По батькові;Посада;Ел. пошта;Мобільний телефон;Дата народження\n\
                Коваль;Олена;Петрівна;Комерційний директор;o@x.ua;+380 50 000 00 00;1976-12-01\n\
                Бондар;Ніна;;;;;31.12\n";
    let bytes = crate::interchange::encoding::to_windows_1251(text);
    let (people, ignored) = read_people(Path::new("p.csv"), &bytes, today()).unwrap();
    assert!(ignored.is_empty(), "{ignored:?}");
    let p = &people[0];
    assert_eq!(p.name, "Олена Петрівна Коваль");
    assert_eq!(p.job_title, "Комерційний директор");
    assert_eq!(p.email, "o@x.ua");
    assert_eq!(p.phone, "+380 50 000 00 00");
    assert_eq!(people[1].birthday, BirthDate::no_year(12, 31));
}

#[test]
fn a_refused_file_names_the_columns_found_and_expected() {
    let _english = crate::l10n::scoped(crate::l10n::Language::English);
    let e = read_accounts(Path::new("a.csv"), "industry;region\nx;y\n".as_bytes(), today()).unwrap_err();
    assert!(
        e.message.contains("the file has \"industry\", \"region\"; keyplan reads name, client_type, status"),
        "{e}"
    );
    let _ukrainian = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
    let bytes = crate::interchange::encoding::to_windows_1251("Галузь;Місто\nТоргівля;Київ\n");
    let e = read_accounts(Path::new("a.csv"), &bytes, today()).unwrap_err();
    assert_eq!(e.line, Some(1));
    assert!(e.message.starts_with("немає стовпця з назвою клієнта"), "{e}");
    assert!(e.message.contains("у файлі: «Галузь», «Місто»"), "{e}");
    assert!(e.message.contains("keyplan читає: Назва, Тип клієнта, Статус"), "{e}");
}

#[test]
fn refuses_a_file_in_an_encoding_it_cannot_be_sure_of() {
    let _english = crate::l10n::scoped(crate::l10n::Language::English);
    let koi8 = encoding_rs::KOI8_R.encode("Название;Отрасль\nРомашка;Торговля\nСеверсталь;Металлургия\n").0;
    let e = read_accounts(Path::new("a.csv"), &koi8, today()).unwrap_err();
    assert!(e.message.contains("none of the encodings keyplan reads (UTF-8, UTF-16, Windows-1251)"), "{e}");
}
