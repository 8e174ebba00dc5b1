//! The person form: one entry of the decision-making map.

use chrono::NaiveDate;

use super::{Field, Form, NONE_LABEL, Reader, Subject, choice_index, choice_options, date_text};
use crate::domain::{Attitude, BirthDate, BuyingRole, ContactChannel, Person, PersonId, people::valid_influence};
use crate::{l10n, t};

/// A birthday as the form shows it: the language's way when that reads
/// back as the same birthday, else `--12-31` / ISO.
fn birthday_text(birthday: BirthDate) -> String {
    match birthday {
        BirthDate::Full(date) => date_text(date),
        BirthDate::NoYear { .. } => {
            let local = birthday.shown();
            let today = chrono::NaiveDate::default();
            if BirthDate::parse_typed(&local, today) == Ok(birthday) { local } else { birthday.key() }
        }
    }
}

/// `others`: the account's other people, who this one may report to.
pub fn form(person: Person, others: Vec<(PersonId, String)>) -> Form {
    let mut bosses = vec![NONE_LABEL.to_string()];
    bosses.extend(others.iter().map(|(_, name)| name.clone()));
    let boss = person.reports_to.and_then(|id| others.iter().position(|(o, _)| *o == id)).map_or(0, |i| i + 1);
    let fields = vec![
        Field::text("name", l10n::text("form-label-person-name"), &person.name),
        Field::text("title", l10n::text("form-label-job-title"), &person.job_title),
        Field::choice(
            "role",
            l10n::text("form-label-buying-role"),
            choice_options::<BuyingRole>(true),
            choice_index(person.role, true),
        ),
        Field::text(
            "influence",
            l10n::text("form-label-influence"),
            &person.influence.map(|i| i.to_string()).unwrap_or_default(),
        ),
        Field::choice(
            "attitude",
            l10n::text("form-label-attitude"),
            choice_options::<Attitude>(true),
            choice_index(person.attitude, true),
        ),
        Field::choice("reports_to", l10n::text("form-label-reports-to"), bosses, boss),
        Field::choice(
            "channel",
            l10n::text("form-label-preferred-channel"),
            choice_options::<ContactChannel>(true),
            choice_index(person.channel, true),
        ),
        Field::text("phone", l10n::text("form-label-phone"), &person.phone),
        Field::text("email", l10n::text("form-label-email"), &person.email),
        Field::text(
            "birthday",
            l10n::text("form-label-birthday"),
            &person.birthday.map(birthday_text).unwrap_or_default(),
        ),
        Field::text("notes", l10n::text("form-label-notes"), &person.notes),
    ];
    let title = if person.id.0 == 0 {
        l10n::text("form-person-new").to_string()
    } else {
        t!("form-edit-named", name = person.name.as_str())
    };
    Form::new(title, Subject::Person { person, others }, fields).focus_on("name")
}

pub fn read(form: &mut Form, today: NaiveDate) -> Option<Person> {
    let Subject::Person { person, others } = &form.subject else {
        return None;
    };
    let mut person = person.clone();
    let others = others.clone();
    let mut r = Reader::new(form, today);
    person.name = r.required("name", l10n::text("form-required-person-name"));
    person.job_title = r.text("title");
    person.role = r.choice("role");
    person.influence = r.optional_number::<u8>("influence", 1..=5).filter(|i| valid_influence(*i));
    person.attitude = r.choice("attitude");
    person.reports_to = r.selected_index("reports_to").checked_sub(1).and_then(|i| others.get(i)).map(|(id, _)| *id);
    person.channel = r.choice("channel");
    person.phone = r.text("phone");
    person.email = r.text("email");
    if !person.email.is_empty() && !person.email.contains('@') {
        r.fail("email", l10n::text("form-email-without-at"));
    }
    // `31.12` or `--12-31` when the year is unknown.
    let typed = r.text("birthday");
    person.birthday = match BirthDate::parse_typed(&typed, today) {
        _ if typed.trim().is_empty() => None,
        Ok(birthday) => Some(birthday),
        Err(e) => {
            r.fail("birthday", e.to_string());
            None
        }
    };
    if person.birthday.and_then(BirthDate::date).is_some_and(|b| b > today) {
        r.fail("birthday", l10n::text("form-birthday-ahead"));
    }
    person.notes = r.text("notes");
    r.finish().then_some(person)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_birthday_without_a_year_shows_and_is_typed_back() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut person = Person::new(crate::domain::AccountId(1), "Olena");
        person.birthday = BirthDate::no_year(12, 31);
        let mut form = form(person, Vec::new());
        assert_eq!(form.field("birthday").unwrap().content(), "--12-31");
        assert_eq!(read(&mut form, today).unwrap().birthday, BirthDate::no_year(12, 31));
        form.set_content("birthday", "1.5");
        assert_eq!(read(&mut form, today).unwrap().birthday, BirthDate::no_year(5, 1));
        form.set_content("birthday", "31.02");
        assert_eq!(read(&mut form, today), None);
    }
}
