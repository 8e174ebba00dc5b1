//! Forms for the list items of a plan: objectives, milestones, competitors.

use chrono::{Datelike, NaiveDate};

use super::{Field, Form, Reader, Subject};
use crate::domain::{Competitor, Milestone, Objective};

fn title(is_new: bool, what: &str) -> String {
    if is_new { format!("New {what}") } else { format!("Edit {what}") }
}

pub fn objective_form(objective: Objective) -> Form {
    let fields = vec![
        Field::text("year", "Year", &objective.year.to_string()),
        Field::text("product", "Product or offer", &objective.product),
        Field::text("volume", "Planned volume", &objective.planned_volume),
        Field::text("profit", "Expected profit", &objective.expected_profit.map(|p| p.to_string()).unwrap_or_default()),
        Field::text("resources", "Resources", &objective.resources),
    ];
    Form::new(title(objective.id.0 == 0, "annual objective"), Subject::Objective(objective), fields).focus_on("product")
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
    objective.product = r.required("product", "a product or offer");
    objective.planned_volume = r.text("volume");
    objective.expected_profit = r.optional_amount("profit", true);
    objective.resources = r.text("resources");
    r.finish().then_some(objective)
}

pub fn milestone_form(milestone: Milestone) -> Form {
    let fields = vec![
        Field::text("title", "Title", &milestone.title),
        Field::text("due", "Due", &milestone.due.to_string()),
        Field::text("done", "Done on", &milestone.done.map(|d| d.to_string()).unwrap_or_default()),
        Field::text("note", "Note", &milestone.note),
    ];
    Form::new(title(milestone.id.0 == 0, "milestone"), Subject::Milestone(milestone), fields).focus_on("title")
}

pub fn read_milestone(form: &mut Form, today: NaiveDate) -> Option<Milestone> {
    let Subject::Milestone(original) = &form.subject else {
        return None;
    };
    let mut milestone = original.clone();
    let mut r = Reader::new(form, today);
    milestone.title = r.required("title", "a title");
    milestone.due = r.due_date("due");
    milestone.done = r.optional_date("done");
    milestone.note = r.text("note");
    r.finish().then_some(milestone)
}

pub fn competitor_form(competitor: Competitor) -> Form {
    let fields = vec![
        Field::text("name", "Name", &competitor.name),
        Field::text("position", "Their position", &competitor.position),
        Field::text("strengths", "Strengths", &competitor.strengths),
        Field::text("weaknesses", "Weaknesses", &competitor.weaknesses),
    ];
    Form::new(title(competitor.id.0 == 0, "competitor"), Subject::Competitor(competitor), fields).focus_on("name")
}

pub fn read_competitor(form: &mut Form, today: NaiveDate) -> Option<Competitor> {
    let Subject::Competitor(original) = &form.subject else {
        return None;
    };
    let mut competitor = original.clone();
    let mut r = Reader::new(form, today);
    competitor.name = r.required("name", "a name");
    competitor.position = r.text("position");
    competitor.strengths = r.text("strengths");
    competitor.weaknesses = r.text("weaknesses");
    r.finish().then_some(competitor)
}
