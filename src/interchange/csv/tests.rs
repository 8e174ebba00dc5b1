use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

#[test]
fn maps_common_account_columns() {
    let text = "Company;Sector;City;Country;Employees;Annual Revenue;Status;Website\n\
                    Acme;Logistics;Lviv;Ukraine;1 200;18 500 000,00;at risk;acme.example\n";
    // A semicolon file: the comma inside the number is a thousands mark.
    let (accounts, ignored) = read_accounts(Path::new("a.csv"), text, today()).unwrap();
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
    let e = read_accounts(Path::new("a.csv"), "industry,region\nx,y\n", today()).unwrap_err();
    assert_eq!(e.line, Some(1));
    assert!(e.message.contains("no column for the account's name"));
    let e = read_accounts(Path::new("a.csv"), "name,employees\nA,10\nB,many\n", today()).unwrap_err();
    assert_eq!(e.to_string(), "a.csv line 3, column \"employees\": \"many\" is not a whole number");
    let e = read_accounts(Path::new("a.csv"), "name\nA\n\"B\nC\nD\n", today()).unwrap_err();
    assert_eq!(e.line, Some(3));
    assert!(e.message.contains("never closed"));
    let e = read_accounts(Path::new("a.csv"), "name,status\nA,asleep\n", today()).unwrap_err();
    assert!(e.to_string().starts_with("a.csv line 2, column \"status\": \"asleep\" is not a status"));
}

#[test]
fn maps_people_columns_and_joins_emails_and_phones() {
    let text = "First Name,Last Name,Job Title,E-mail Address,E-mail 2 Address,Mobile Phone,Business Phone,Birthday\n\
                    Олена,Коваль,Комерційний директор,o@x.ua,olena@y.ua,+380 50 000 00 00,,1976-12-01\n";
    let (people, _) = read_people(Path::new("p.csv"), text).unwrap();
    let p = &people[0];
    assert_eq!(p.name, "Олена Коваль");
    assert_eq!(p.job_title, "Комерційний директор");
    assert_eq!(p.email, "o@x.ua, olena@y.ua");
    assert_eq!(p.phone, "+380 50 000 00 00");
    assert_eq!(p.birthday, NaiveDate::from_ymd_opt(1976, 12, 1));
    let e = read_people(Path::new("p.csv"), "title,email\nx,y\n").unwrap_err();
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
