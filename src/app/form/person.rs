//! The person form: one entry of the decision-making map.

use chrono::NaiveDate;

use super::{Field, Form, NONE_LABEL, Reader, Subject, choice_index, choice_options};
use crate::domain::{Attitude, BirthDate, BuyingRole, ContactChannel, Person, PersonId, people::valid_influence};

/// `others`: the account's other people, who this one may report to.
pub fn form(person: Person, others: Vec<(PersonId, String)>) -> Form {
    let mut bosses = vec![NONE_LABEL.to_string()];
    bosses.extend(others.iter().map(|(_, name)| name.clone()));
    let boss = person.reports_to.and_then(|id| others.iter().position(|(o, _)| *o == id)).map_or(0, |i| i + 1);
    let fields = vec![
        Field::text("name", "Name", &person.name),
        Field::text("title", "Job title", &person.job_title),
        Field::choice("role", "Buying role", choice_options::<BuyingRole>(true), choice_index(person.role, true)),
        Field::text("influence", "Influence (1-5)", &person.influence.map(|i| i.to_string()).unwrap_or_default()),
        Field::choice("attitude", "Attitude", choice_options::<Attitude>(true), choice_index(person.attitude, true)),
        Field::choice("reports_to", "Reports to", bosses, boss),
        Field::choice(
            "channel",
            "Preferred channel",
            choice_options::<ContactChannel>(true),
            choice_index(person.channel, true),
        ),
        Field::text("phone", "Phone", &person.phone),
        Field::text("email", "Email", &person.email),
        Field::text("birthday", "Birthday", &person.birthday.map(|d| d.to_string()).unwrap_or_default()),
        Field::text("notes", "Notes", &person.notes),
    ];
    let title = if person.id.0 == 0 { "New person".to_string() } else { format!("Edit {}", person.name) };
    Form::new(title, Subject::Person { person, others }, fields).focus_on("name")
}

pub fn read(form: &mut Form, today: NaiveDate) -> Option<Person> {
    let Subject::Person { person, others } = &form.subject else {
        return None;
    };
    let mut person = person.clone();
    let others = others.clone();
    let mut r = Reader::new(form, today);
    person.name = r.required("name", "a name");
    person.job_title = r.text("title");
    person.role = r.choice("role");
    person.influence = r.optional_number::<u8>("influence", 1..=5).filter(|i| valid_influence(*i));
    person.attitude = r.choice("attitude");
    person.reports_to = r.selected_index("reports_to").checked_sub(1).and_then(|i| others.get(i)).map(|(id, _)| *id);
    person.channel = r.choice("channel");
    person.phone = r.text("phone");
    person.email = r.text("email");
    if !person.email.is_empty() && !person.email.contains('@') {
        r.fail("email", "an email address has an @");
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
        r.fail("birthday", "a birthday cannot be in the future");
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
