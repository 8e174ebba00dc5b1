//! Numbers and dates typed into the forms, in every language.

use chrono::NaiveDate;

use super::super::{Form, account, items, person, snooze};
use crate::domain::{Account, AccountId, AlertKey, BirthDate, Milestone, Objective, ObjectiveId, Person, ids::Stamp};
use crate::l10n::{Language, scoped};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-23";

fn account_typed(fields: &[(&str, &str)]) -> (Form, Option<Account>) {
    let mut form = account::form(Account::new("ACME", d(TODAY)));
    for (key, value) in fields {
        form.set_content(key, value);
    }
    let read = account::read(&mut form, d(TODAY));
    (form, read)
}

fn error(form: &Form, key: &str) -> Option<String> {
    form.field(key).and_then(|f| f.error.clone())
}

#[test]
fn amounts_take_local_grouping_and_round_half_up_to_whole_units() {
    for language in Language::ALL {
        let _speaking = scoped(language);
        for (typed, expected) in [
            ("1 250 000,50", 1_250_001),
            ("1\u{a0}250\u{a0}000,49", 1_250_000),
            ("1'250'000", 1_250_000),
            ("1_250_000", 1_250_000),
            ("1.250.000,50", 1_250_001),
            ("1250000.5", 1_250_001),
            ("1 250 000", 1_250_000),
        ] {
            let (form, read) = account_typed(&[("sales", typed)]);
            assert_eq!(
                read.map(|a| a.annual_sales),
                Some(Some(expected)),
                "{typed} in {language:?}: {:?}",
                error(&form, "sales")
            );
        }
    }
}

#[test]
fn counts_take_local_grouping_and_refuse_decimals() {
    let _ukrainian = scoped(Language::Ukrainian);
    let (_, read) = account_typed(&[("headcount", "12 500"), ("every", "30")]);
    let read = read.unwrap();
    assert_eq!((read.headcount, read.contact_every_days), (Some(12_500), Some(30)));
    let (form, read) = account_typed(&[("headcount", "12,5")]);
    assert!(read.is_none());
    assert_eq!(error(&form, "headcount").as_deref(), Some("«12,5» — не ціле число"));
    let (form, _) = account_typed(&[("every", "0")]);
    assert_eq!(error(&form, "every").as_deref(), Some("має бути від 1 до 3650"));
}

#[test]
fn number_refusals_are_sentences_in_the_interface_language() {
    let cases = [
        (Language::English, "'lots' is not a whole number", "'lots' is not a number: type digits"),
        (Language::Ukrainian, "«lots» — не ціле число", "«lots» — не число: введіть цифри"),
        (Language::Russian, "«lots» — не целое число", "«lots» — не число: введите цифры"),
        (Language::Georgian, "„lots“ არ არის მთელი რიცხვი", "„lots“ არ არის რიცხვი"),
    ];
    for (language, count, amount) in cases {
        let _speaking = scoped(language);
        let (form, read) = account_typed(&[("headcount", "lots"), ("sales", "lots")]);
        assert!(read.is_none());
        assert_eq!(error(&form, "headcount").as_deref(), Some(count), "{language:?}");
        let sales = error(&form, "sales").unwrap();
        assert!(sales.starts_with(amount), "{language:?}: {sales}");
        let (form, _) = account_typed(&[("sales", "-5")]);
        assert_eq!(error(&form, "sales").as_deref(), Some(crate::l10n::text("input-amount-negative")));
        let (form, _) = account_typed(&[("sales", "1.250")]);
        assert!(error(&form, "sales").unwrap().contains("1 250"), "ambiguous in {language:?}");
    }
}

#[test]
fn english_refusals_read_as_before() {
    let _english = scoped(Language::English);
    let (form, _) = account_typed(&[("headcount", "lots"), ("every", "0"), ("since", "2026-02-30")]);
    assert_eq!(error(&form, "headcount").as_deref(), Some("'lots' is not a whole number"));
    assert_eq!(error(&form, "every").as_deref(), Some("must be between 1 and 3650"));
    assert!(error(&form, "since").unwrap().starts_with("'2026-02-30' is not a date"));
}

#[test]
fn expected_profit_may_be_negative_and_takes_decimals() {
    let objective = Objective {
        id: ObjectiveId(0),
        account_id: AccountId(1),
        year: 2026,
        product: "Service".into(),
        planned_volume: String::new(),
        expected_profit: None,
        resources: String::new(),
        stamp: Stamp::default(),
    };
    let _russian = scoped(Language::Russian);
    for (typed, expected) in [("-300 000,50", -300_001), ("2 500 000", 2_500_000), ("12,49", 12)] {
        let mut form = items::objective_form(objective.clone());
        form.set_content("profit", typed);
        form.set_content("year", "2 027");
        let read = items::read_objective(&mut form, d(TODAY)).unwrap();
        assert_eq!((read.expected_profit, read.year), (Some(expected), 2027), "{typed}");
    }
}

#[test]
fn a_milestone_due_on_a_day_and_month_is_the_next_one() {
    let mut form = items::milestone_form(Milestone::new(AccountId(1), "Review", d(TODAY)));
    form.set_content("due", "01.03");
    form.set_content("done", "01.03");
    let read = items::read_milestone(&mut form, d(TODAY)).unwrap();
    assert_eq!((read.due, read.done), (d("2027-03-01"), Some(d("2026-03-01"))));
}

#[test]
fn a_snooze_until_a_day_and_month_is_the_next_one() {
    let mut form = snooze::form(AlertKey::Contact(AccountId(1)), AccountId(1), "ACME", d(TODAY));
    form.set_content("until", "10.01");
    assert_eq!(snooze::read(&mut form, d(TODAY)).map(|(_, _, until)| until), Some(d("2027-01-10")));
}

#[test]
fn birthdays_are_typed_the_local_way() {
    let _georgian = scoped(Language::Georgian);
    for (typed, expected) in [("31.12.1980", "1980-12-31"), ("31.12.80", "1980-12-31"), ("1980-12-31", "1980-12-31")] {
        let mut form = person::form(Person::new(AccountId(1), "Nino"), Vec::new());
        form.set_content("birthday", typed);
        let read = person::read(&mut form, d(TODAY)).unwrap();
        assert_eq!(read.birthday, Some(BirthDate::Full(d(expected))), "{typed}");
    }
    let mut form = person::form(Person::new(AccountId(1), "Nino"), Vec::new());
    form.set_content("birthday", "31.02.1980");
    assert!(person::read(&mut form, d(TODAY)).is_none());
    let problem = error(&form, "birthday").unwrap();
    assert!(problem.starts_with("„31.02.1980“ არ არის თარიღი"), "{problem}");
    // Without its year it is a day and month: announced, never aged.
    form.set_content("birthday", "31.12");
    assert_eq!(person::read(&mut form, d(TODAY)).unwrap().birthday, BirthDate::no_year(12, 31));
}
