use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

#[test]
fn sample_round_trips_through_the_document() {
    let sample = crate::sample::sample_portfolio(today());
    let text = write(&sample);
    let back = read(Path::new("p.json"), &text, today()).unwrap();
    assert_eq!(write(&back), text);
    assert!(text.starts_with("{\n  \"format\": \"keyplan-portfolio\",\n  \"version\": 2,"));
}

#[test]
fn streaming_gives_the_bytes_of_the_pretty_printer() {
    let sample = crate::sample::sample_portfolio(today());
    for portfolio in [&sample[..], &sample[..1], &[]] {
        let document =
            Document { format: FORMAT.into(), version: VERSION, accounts: portfolio.iter().map(entry).collect() };
        let expected = serde_json::to_string_pretty(&document).unwrap() + "\n";
        assert_eq!(write(portfolio), expected);
    }
}

#[test]
fn minimal_hand_written_file_is_enough() {
    let text = r#"{"format": "keyplan-portfolio", "version": 1, "accounts": [{"account": {"name": "Acme"}}]}"#;
    let back = read(Path::new("p.json"), text, today()).unwrap();
    assert_eq!(back[0].account.name, "Acme");
    assert_eq!(back[0].account.created_on, today());
}

#[test]
fn the_names_list_once_wrote_are_read_as_the_stored_ones() {
    let text = r#"{"format": "keyplan-portfolio", "version": 2, "accounts": [{"account":
        {"name": "Acme", "type": "expert", "relationship_level": "partnership"}}]}"#;
    let back = read(Path::new("p.json"), text, today()).unwrap();
    assert_eq!(back[0].account.client_type, KeyClientType::Expert);
    assert_eq!(back[0].account.level_now, RelationshipLevel::Partnership);
}

#[test]
fn errors_name_line_and_column() {
    let cut = "{\n  \"format\": \"keyplan-portfolio\",\n  \"version\": 1,\n  \"accounts\": [\n";
    let e = read(Path::new("p.json"), cut, today()).unwrap_err();
    assert_eq!(e.line, Some(5));
    assert!(e.message.contains("ends too early"), "{e}");

    let bad = "{\"format\": \"keyplan-portfolio\", \"version\": 1,\n \"accounts\": [{\"account\": {\"name\": \"A\", \"status\": \"asleep\"}}]}";
    let e = read(Path::new("p.json"), bad, today()).unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(e.message.contains("unknown variant `asleep`"), "{e}");

    let newer = r#"{"format": "keyplan-portfolio", "version": 9, "accounts": []}"#;
    assert!(read(Path::new("p.json"), newer, today()).unwrap_err().message.contains("newer keyplan"));
    for foreign in [r#"{"name": "x"}"#, "[1, 2]", r#"{"format": 3}"#] {
        let e = read(Path::new("p.json"), foreign, today()).unwrap_err();
        assert!(e.message.contains("not a keyplan export"), "{foreign}: {e}");
    }
}

#[test]
fn references_are_checked() {
    let text = r#"{"format": "keyplan-portfolio", "version": 1, "accounts": [{"account": {"name": "A"},
            "people": [{"ref": 1, "name": "X", "reports_to": 2}, {"ref": 2, "name": "Y", "reports_to": 1}]}]}"#;
    let e = read(Path::new("p.json"), text, today()).unwrap_err();
    assert!(e.message.contains("circle"), "{e}");
    let text = r#"{"format": "keyplan-portfolio", "version": 1, "accounts": [{"account": {"name": "A"},
            "touchpoints": [{"date": "2026-01-01", "channel": "call", "people": [3]}]}]}"#;
    let e = read(Path::new("p.json"), text, today()).unwrap_err();
    assert!(e.message.contains("ref 3"), "{e}");
    assert_eq!(e.line, Some(2));
}

#[test]
fn a_birthday_without_a_year_travels_as_day_and_month() {
    use crate::domain::{BirthDate, Dossier, Person};
    let today = today();
    let mut dossier = Dossier::new(crate::domain::Account::new("Acme", today));
    let mut olena = Person::new(dossier.account.id, "Олена Коваль");
    olena.birthday = BirthDate::no_year(12, 31);
    dossier.people.push(olena);
    let text = write(&[dossier]);
    assert!(text.contains("\"birthday\": \"--12-31\""), "{text}");
    let back = read(Path::new("a.json"), &text, today).unwrap();
    assert_eq!(back[0].people[0].birthday, BirthDate::no_year(12, 31));
    let bad = text.replace("--12-31", "--02-30");
    assert!(read(Path::new("a.json"), &bad, today).is_err());
}
