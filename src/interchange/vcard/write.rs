//! People out to an address book: one vCard per person, 4.0 (RFC 6350) or
//! 3.0 (RFC 2426) for older phones. The UID is the person's global id
//! (`urn:uuid:` and the UUID the store gave them, kept by export and
//! import), so the same person has the same UID in every export from every
//! machine, and importing keyplan's cards back matches them by it.

use crate::domain::{BirthDate, Person};
use crate::interchange::content_line::{escape, push};

/// The vCard version written.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Version {
    #[default]
    #[value(name = "4.0")]
    V4,
    #[value(name = "3.0")]
    V3,
}

/// The year Apple writes for a birthday without one (`X-APPLE-OMIT-YEAR`).
const NO_YEAR: i32 = 1604;

/// The cards of `people`, each with the name of its account as `ORG`.
pub fn write_cards<'a>(people: impl IntoIterator<Item = (&'a Person, &'a str)>, version: Version) -> String {
    let mut out = String::new();
    for (person, account) in people {
        card(&mut out, person, account, version);
    }
    out
}

/// The UID of a person's card: `urn:uuid:…` from their global id.
pub fn uid(person: &Person) -> String {
    format!("urn:uuid:{}", person.stamp.uid)
}

fn card(out: &mut String, p: &Person, account: &str, version: Version) {
    push(out, "BEGIN:VCARD");
    push(out, if version == Version::V4 { "VERSION:4.0" } else { "VERSION:3.0" });
    if !p.stamp.uid.is_empty() {
        push(out, &format!("UID:{}", uid(p)));
    }
    push(out, &format!("FN:{}", escape(&p.name)));
    push(out, &format!("N:{}", structured_name(&p.name)));
    if !account.is_empty() {
        push(out, &format!("ORG:{}", escape(account)));
    }
    if !p.job_title.is_empty() {
        push(out, &format!("TITLE:{}", escape(&p.job_title)));
    }
    for email in list(&p.email) {
        push(out, &format!("EMAIL;TYPE=work:{}", escape(email)));
    }
    for phone in list(&p.phone) {
        push(out, &format!("TEL;TYPE=work:{}", escape(phone)));
    }
    if let Some(birthday) = p.birthday {
        push(out, &bday(birthday, version));
    }
    if !p.notes.trim().is_empty() {
        push(out, &format!("NOTE:{}", escape(p.notes.trim())));
    }
    push(out, "END:VCARD");
}

/// `N`: family;given;additional;prefixes;suffixes. keyplan keeps one name
/// as typed: a title before it (`Dr`, `Prof.`) is the prefix, the last word
/// the family name, the first the given one, any between additional names.
/// `FN` keeps it whole.
fn structured_name(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let prefixes = match words.first() {
        Some(first) if words.len() > 1 && is_title(first) => escape(words.remove(0)),
        _ => String::new(),
    };
    let (family, given, additional) = match words.as_slice() {
        [] => ("", String::new(), String::new()),
        [one] => ("", escape(one), String::new()),
        [first, middle @ .., last] => (*last, escape(first), escape(&middle.join(" "))),
    };
    format!("{};{given};{additional};{prefixes};", escape(family))
}

/// A title written before a name.
fn is_title(word: &str) -> bool {
    let word = word.trim_end_matches('.').to_lowercase();
    matches!(word.as_str(), "dr" | "prof" | "mr" | "mrs" | "ms" | "sir" | "dame" | "д-р" | "проф" | "დოქტ")
}

/// `BDAY`: 4.0 writes a day without a year as `--MMDD`; 3.0 has no such
/// form, so Apple's year that stands for none is written with its marker.
fn bday(birthday: BirthDate, version: Version) -> String {
    match (birthday.date(), version) {
        (Some(date), Version::V4) => format!("BDAY:{}", date.format("%Y%m%d")),
        (Some(date), Version::V3) => format!("BDAY:{}", date.format("%Y-%m-%d")),
        (None, Version::V4) => format!("BDAY:--{:02}{:02}", birthday.month(), birthday.day()),
        (None, Version::V3) => {
            format!("BDAY;X-APPLE-OMIT-YEAR={NO_YEAR}:{NO_YEAR}-{:02}-{:02}", birthday.month(), birthday.day())
        }
    }
}

/// Addresses or numbers in one field: "a@x.org, b@y.org".
fn list(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';']).map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountId, Stamp};
    use chrono::NaiveDate;

    fn person() -> Person {
        let mut p = Person::new(AccountId(1), "Олена Іванівна Петренко");
        p.job_title = "Директорка з закупівель; ТОВ, \"Київ\"".into();
        p.email = "olena@kyivstar.ua, o.petrenko@example.org".into();
        p.phone = "+380 44 123 45 67".into();
        p.notes = "Любить каву\nНе дзвонити в п'ятницю".into();
        p.birthday = BirthDate::no_year(12, 31);
        p.stamp = Stamp::new("0190f5a2-7c1e-7000-8000-000000000001", 3);
        p
    }

    #[test]
    fn a_card_folds_escapes_and_ends_lines_in_crlf() {
        let text = write_cards([(&person(), "Київстар Бізнес; Київ")], Version::V4);
        assert!(text.ends_with("END:VCARD\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "bare line feed: {text:?}");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("UID:urn:uuid:0190f5a2-7c1e-7000-8000-000000000001\r\n"), "{unfolded}");
        assert!(unfolded.contains("N:Петренко;Олена;Іванівна;;\r\n"), "{unfolded}");
        assert_eq!(structured_name("Dr Priya Raman"), "Raman;Priya;;Dr;");
        assert_eq!(structured_name("Prof. Ivan"), ";Ivan;;Prof.;");
        assert_eq!(structured_name("Dr"), ";Dr;;;", "a title alone is the name");
        assert!(unfolded.contains("ORG:Київстар Бізнес\\; Київ\r\n"), "{unfolded}");
        assert!(unfolded.contains("TITLE:Директорка з закупівель\\; ТОВ\\, \"Київ\"\r\n"), "{unfolded}");
        assert!(unfolded.contains("NOTE:Любить каву\\nНе дзвонити в п'ятницю\r\n"), "{unfolded}");
        assert_eq!(unfolded.matches("EMAIL;TYPE=work:").count(), 2);
        assert!(unfolded.contains("BDAY:--1231\r\n"), "{unfolded}");
        let v3 = write_cards([(&person(), "K")], Version::V3).replace("\r\n ", "");
        assert!(v3.contains("VERSION:3.0\r\n") && v3.contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-31\r\n"), "{v3}");
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let mut full = person();
        full.birthday = NaiveDate::from_ymd_opt(1976, 2, 29).map(BirthDate::Full);
        for version in [Version::V4, Version::V3] {
            for p in [person(), full.clone()] {
                let text = write_cards([(&p, "Київстар")], version);
                let cards = crate::interchange::vcard::read(std::path::Path::new("x.vcf"), text.as_bytes()).unwrap();
                let back = &cards.cards[0].person;
                assert_eq!(back.name, p.name);
                assert_eq!(back.job_title, p.job_title);
                assert_eq!(back.email, p.email);
                assert_eq!(back.phone, p.phone);
                assert_eq!(back.notes, p.notes);
                assert_eq!(back.birthday, p.birthday, "{version:?}");
                assert_eq!(back.stamp.uid, p.stamp.uid);
            }
        }
    }
}
