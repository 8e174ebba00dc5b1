//! Forms for the list items of a plan: objectives, milestones, competitors.

use chrono::{Datelike, NaiveDate};

use super::{Field, Form, Reader, Subject, date_text};
use crate::domain::{Competitor, Milestone, Objective};
use crate::l10n;

/// The title of a form: `new` for a new record, `edit` for a stored one.
fn title(is_new: bool, new: &'static str, edit: &'static str) -> &'static str {
    if is_new { new } else { edit }
}

pub fn objective_form(objective: Objective) -> Form {
    let fields = vec![
        Field::text("year", l10n::text("form-label-year"), &objective.year.to_string()),
        Field::text("product", l10n::text("form-label-product"), &objective.product),
        Field::text("volume", l10n::text("form-label-planned-volume"), &objective.planned_volume),
        Field::text(
            "profit",
            l10n::text("form-label-expected-profit"),
            &objective.expected_profit.map(|p| p.to_string()).unwrap_or_default(),
        ),
        Field::text("resources", l10n::text("form-label-resources"), &objective.resources),
    ];
    let title = title(objective.id.0 == 0, l10n::text("form-objective-new"), l10n::text("form-objective-edit"));
    Form::new(title, Subject::Objective(objective), fields).focus_on("product")
}

pub fn read_objective(form: &mut Form, today: NaiveDate) -> Option<Objective> {
    let Subject::Objective(original) = &form.subject else {
        return None;
    };
    let mut objective = original.clone();
    let mut r = Reader::new(form, today);
    match r.optional_number::<i32>("year", 1900..=2200) {
        Some(year) => objective.year = year,
        None => {
            if r.text("year").is_empty() {
                objective.year = today.year();
            }
        }
    }
    objective.product = r.required("product", l10n::text("form-required-product"));
    objective.planned_volume = r.text("volume");
    objective.expected_profit = r.optional_amount("profit", true);
    objective.resources = r.text("resources");
    r.finish().then_some(objective)
}

pub fn milestone_form(milestone: Milestone) -> Form {
    let fields = vec![
        Field::text("title", l10n::text("form-label-title"), &milestone.title),
        Field::text("due", l10n::text("form-label-due"), &date_text(milestone.due)),
        Field::text("done", l10n::text("form-label-done-on"), &milestone.done.map(date_text).unwrap_or_default()),
        Field::text("note", l10n::text("form-label-note"), &milestone.note),
    ];
    let title = title(milestone.id.0 == 0, l10n::text("form-milestone-new"), l10n::text("form-milestone-edit"));
    Form::new(title, Subject::Milestone(milestone), fields).focus_on("title")
}

pub fn read_milestone(form: &mut Form, today: NaiveDate) -> Option<Milestone> {
    let Subject::Milestone(original) = &form.subject else {
        return None;
    };
    let mut milestone = original.clone();
    let mut r = Reader::new(form, today);
    milestone.title = r.required("title", l10n::text("form-required-title"));
    milestone.due = r.due_date("due");
    milestone.done = r.optional_date("done");
    milestone.note = r.text("note");
    r.finish().then_some(milestone)
}

pub fn competitor_form(competitor: Competitor) -> Form {
    let fields = vec![
        Field::text("name", l10n::text("form-label-name"), &competitor.name),
        Field::text("position", l10n::text("form-label-their-position"), &competitor.position),
        Field::text("strengths", l10n::text("form-label-strengths"), &competitor.strengths),
        Field::text("weaknesses", l10n::text("form-label-weaknesses"), &competitor.weaknesses),
    ];
    let title = title(competitor.id.0 == 0, l10n::text("form-competitor-new"), l10n::text("form-competitor-edit"));
    Form::new(title, Subject::Competitor(competitor), fields).focus_on("name")
}

pub fn read_competitor(form: &mut Form, today: NaiveDate) -> Option<Competitor> {
    let Subject::Competitor(original) = &form.subject else {
        return None;
    };
    let mut competitor = original.clone();
    let mut r = Reader::new(form, today);
    competitor.name = r.required("name", l10n::text("form-required-name"));
    competitor.position = r.text("position");
    competitor.strengths = r.text("strengths");
    competitor.weaknesses = r.text("weaknesses");
    r.finish().then_some(competitor)
}
