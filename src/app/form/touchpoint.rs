//! The touchpoint form: built so a contact is logged with one line and Ctrl-S.

use chrono::NaiveDate;

use super::{Field, Form, Reader, Subject, Value, choice_index, choice_options, date_text};
use crate::domain::people::match_people;
use crate::domain::{Channel, OpenNextStep, Outcome, Person, Touchpoint, TouchpointId};
use crate::{l10n, t};

/// The label of each open next step the new contact may follow up.
const FOLLOWS: &str = "follows";

/// The form of an existing touchpoint (or of a new one with nothing to follow).
pub fn form(touchpoint: Touchpoint, people: &[Person]) -> Form {
    form_following(touchpoint, people, &[])
}

/// The form of a new touchpoint, with a tick for each of the account's
/// open next steps: those ticked are closed by this contact when it is saved.
pub fn form_following(touchpoint: Touchpoint, people: &[Person], open: &[OpenNextStep]) -> Form {
    let with = touchpoint
        .people
        .iter()
        .filter_map(|id| people.iter().find(|p| p.id == *id))
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let date = |d: Option<NaiveDate>| d.map(date_text).unwrap_or_default();
    let mut fields = vec![
        Field::text("summary", l10n::text("form-label-summary"), &touchpoint.summary),
        Field::text("date", l10n::text("form-label-date"), &date_text(touchpoint.date)),
        Field::text(
            "time",
            l10n::text("form-label-time"),
            &touchpoint.time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
        ),
        Field::choice(
            "channel",
            l10n::text("form-label-channel"),
            choice_options::<Channel>(false),
            choice_index(Some(touchpoint.channel), false),
        ),
        Field::text("with", l10n::text("form-label-with"), &with),
        Field::choice(
            "outcome",
            l10n::text("form-label-outcome"),
            choice_options::<Outcome>(true),
            choice_index(touchpoint.outcome, true),
        ),
        Field::text("reason", l10n::text("form-label-reason"), &touchpoint.reason),
        Field::text("next_step", l10n::text("form-label-next-step"), &touchpoint.next_step),
        Field::text("due", l10n::text("form-label-next-step-due"), &date(touchpoint.next_step_due)),
        Field::text("done", l10n::text("form-label-next-step-done"), &date(touchpoint.next_step_done)),
    ];
    let open: Vec<&OpenNextStep> = if touchpoint.id.0 == 0 { open.iter().collect() } else { Vec::new() };
    for step in &open {
        // Short, to fit a line: the text, then when it was due.
        let described = match step.due {
            Some(due) => t!("form-follows-due", step = step.next_step.trim(), date = l10n::date(due)),
            None => step.next_step.trim().to_string(),
        };
        let options = vec![format!("[ ] {described}"), format!("[x] {described}")];
        fields.push(Field::choice(FOLLOWS, l10n::text("form-label-follows-up"), options, 0));
    }
    let ids = open.iter().map(|s| s.touchpoint_id).collect();
    let title =
        if touchpoint.id.0 == 0 { l10n::text("form-touchpoint-new") } else { l10n::text("form-touchpoint-edit") };
    Form::new(title, Subject::Touchpoint(touchpoint, ids), fields).focus_on("summary")
}

/// The touchpoint as typed, and the open next steps ticked as followed by it.
pub fn read(form: &mut Form, today: NaiveDate, people: &[Person]) -> Option<(Touchpoint, Vec<TouchpointId>)> {
    let Subject::Touchpoint(original, open) = &form.subject else {
        return None;
    };
    let mut t = original.clone();
    let ticks = form.fields.iter().filter(|f| f.key == FOLLOWS);
    let follows_up: Vec<TouchpointId> = open
        .iter()
        .zip(ticks)
        .filter(|(_, field)| matches!(field.value, Value::Choice { selected: 1, .. }))
        .map(|(id, _)| *id)
        .collect();
    let mut r = Reader::new(form, today);
    t.summary = r.required("summary", l10n::text("form-required-summary"));
    t.date = r.date("date");
    if let Some(problem) = Touchpoint::date_problem(t.date, today) {
        r.fail("date", problem);
    }
    t.time = r.optional_time("time");
    t.channel = r.choice("channel").unwrap_or(t.channel);
    match match_people(&r.text("with"), people) {
        Ok(ids) => t.people = ids,
        Err(message) => r.fail("with", message),
    }
    t.outcome = r.choice("outcome");
    t.reason = r.text("reason");
    t.next_step = r.text("next_step");
    t.next_step_due = r.optional_due_date("due");
    t.next_step_done = r.optional_date("done");
    if t.next_step_due.is_some() && t.next_step.is_empty() {
        r.fail("next_step", l10n::text("form-next-step-missing"));
    }
    r.finish().then_some((t, follows_up))
}
