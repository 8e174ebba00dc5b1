//! The person form: one entry of the decision-making map.

use chrono::NaiveDate;

use super::{Field, Form, NONE_LABEL, Reader, Subject, choice_index, choice_options, date_text};
use crate::domain::{Attitude, BuyingRole, ContactChannel, Person, PersonId, people::valid_influence};
use crate::{l10n, t};

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
        Field::text("birthday", l10n::text("form-label-birthday"), &person.birthday.map(date_text).unwrap_or_default()),
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
    person.birthday = r.optional_date_as("birthday", crate::domain::dates::Flavour::Birthday);
    if person.birthday.is_some_and(|b| b > today) {
        r.fail("birthday", l10n::text("form-birthday-ahead"));
    }
    person.notes = r.text("notes");
    r.finish().then_some(person)
}
