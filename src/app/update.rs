//! `update`: the one place where actions change the state.

use super::dossier::{Item, OverviewPart};
use super::editor::Editor;
use super::form::{self, Form};
use super::{Action, App, Confirm, Overlay, Pending, Screen};
use crate::domain::DossierSection;
use crate::domain::{Competitor, CompetitorId, Milestone, Objective, ObjectiveId, Person, Touchpoint};

const PAGE: isize = 10;

pub fn update(app: &mut App, action: Action) {
    if action == Action::Quit {
        return quit(app);
    }
    let action = match action {
        Action::ExternalEditDone(edit, text) => return super::save::external_edit_done(app, edit, text),
        Action::Checked { alerts, today, changed_elsewhere } => return checked(app, alerts, today, changed_elsewhere),
        Action::CheckFailed(message) => return app.complain(format!("Background check: {message}")),
        Action::ShowAgenda if app.overlays.is_empty() => return show_agenda(app),
        Action::Find if app.overlays.is_empty() => return super::search::open(app),
        other => other,
    };
    match app.overlays.last_mut() {
        Some(Overlay::Help(_)) => {
            if action == Action::Close {
                app.overlays.pop();
            }
        }
        Some(Overlay::Confirm(_)) => confirm(app, action),
        Some(Overlay::ChooseNewItem) => choose_new_item(app, action),
        Some(Overlay::Search(_)) => super::search::update(app, action),
        Some(Overlay::DraftOffer(_)) => super::drafts::answer(app, action),
        Some(Overlay::Form(form)) => match action {
            Action::Save => super::save::save_form(app),
            Action::NextField => form.next_field(),
            Action::PrevField => form.prev_field(),
            Action::Type(key) => form.type_key(key),
            Action::Paste(text) => form.paste(&text),
            Action::Close if form.is_changed() => ask(app, "Throw away what you typed in this form?", Pending::Discard),
            Action::Close => {
                app.overlays.pop();
                app.say("Cancelled");
            }
            _ => {}
        },
        Some(Overlay::Editor(editor)) => match action {
            Action::Save => super::save::save_editor(app),
            Action::Type(key) => {
                editor.area.input(key);
            }
            Action::Paste(text) => editor.paste(&text),
            Action::Close if editor.is_changed() => ask(app, "Throw away your changes to this text?", Pending::Discard),
            Action::Close => {
                app.overlays.pop();
                app.say("Cancelled");
            }
            _ => {}
        },
        None => match app.screen {
            Screen::Welcome => welcome(app, action),
            Screen::Portfolio => portfolio(app, action),
            Screen::Dossier => dossier(app, action),
            Screen::Agenda => super::agenda::update(app, action),
        },
    }
}

pub(super) fn ask(app: &mut App, question: &str, on_yes: Pending) {
    app.overlays.push(Overlay::Confirm(Confirm { question: question.to_string(), on_yes }));
}

fn checked(app: &mut App, alerts: Vec<crate::domain::Alert>, today: chrono::NaiveDate, changed_elsewhere: bool) {
    // New forms, "days since" and the plan's dates count from the new day.
    app.today = today;
    app.set_alerts(alerts);
    // Another process wrote: show its changes too, not only the new counts.
    if changed_elsewhere && let Err(e) = app.refresh() {
        app.complain(e.to_string());
    }
}

fn show_agenda(app: &mut App) {
    if app.screen != Screen::Agenda {
        app.agenda.return_to = app.screen;
        app.screen = Screen::Agenda;
    }
}

fn quit(app: &mut App) {
    let unsaved = app.overlays.iter().any(|o| match o {
        Overlay::Form(f) => f.is_changed(),
        Overlay::Editor(e) => e.is_changed(),
        _ => false,
    });
    let already_asking = matches!(app.overlays.last(), Some(Overlay::Confirm(c)) if c.on_yes == Pending::Quit);
    if unsaved && !already_asking {
        ask(app, "Quit and throw away what is not saved?", Pending::Quit);
    } else {
        app.running = false;
    }
}

fn confirm(app: &mut App, action: Action) {
    let Some(Overlay::Confirm(question)) = app.overlays.last() else {
        return;
    };
    let pending = question.on_yes;
    match action {
        Action::Confirm => {
            app.overlays.pop();
            match pending {
                Pending::Discard => {
                    app.overlays.pop();
                    app.say("Changes thrown away");
                }
                Pending::Quit => app.running = false,
                Pending::Delete(item) => super::save::delete_item(app, item),
                Pending::Purge(id) => super::save::purge(app, id),
            }
        }
        Action::Deny | Action::Close => {
            app.overlays.pop();
        }
        _ => {}
    }
}

pub(super) fn help(app: &mut App) {
    let mode = app.mode();
    app.overlays.push(Overlay::Help(mode));
}

fn welcome(app: &mut App, action: Action) {
    match action {
        Action::AddAccount => open_form(app, form::account::form(crate::domain::Account::new("", app.today))),
        Action::ShowHelp => help(app),
        _ => {}
    }
}

fn portfolio(app: &mut App, action: Action) {
    let state = &mut app.portfolio;
    match action {
        Action::Up => state.step(-1),
        Action::Down => state.step(1),
        Action::PageUp => state.step(-PAGE),
        Action::PageDown => state.step(PAGE),
        Action::Top => state.jump(false),
        Action::Bottom => state.jump(true),
        Action::StartFilter => state.filtering = true,
        Action::ToggleSort => {
            state.toggle_sort();
            let order = if state.by_urgency { "most overdue first" } else { "by rank (share of sales)" };
            app.say(format!("Sorted {order}"));
        }
        Action::Type(key) => state.type_key(key),
        Action::Paste(text) => state.paste(&text),
        Action::Confirm => state.filtering = false,
        Action::Close | Action::Back => state.clear_filter(),
        Action::AddAccount => open_form(app, form::account::form(crate::domain::Account::new("", app.today))),
        Action::ShowHelp => help(app),
        Action::Open => match app.portfolio.selected_id() {
            Some(id) => open_account(app, id, DossierSection::Overview),
            None => app.complain("No account is selected"),
        },
        Action::OpenAccount(id) => open_account(app, id, DossierSection::Overview),
        _ => {}
    }
}

pub(super) fn open_account(app: &mut App, id: crate::domain::AccountId, section: DossierSection) {
    if let Err(e) = app.open_dossier(id, section) {
        app.complain(e.to_string());
    }
}

pub(super) fn open_form(app: &mut App, form: Form) {
    app.overlays.push(Overlay::Form(Box::new(form)));
}

fn dossier(app: &mut App, action: Action) {
    let Some(state) = app.dossier.as_mut() else {
        app.screen = Screen::Portfolio;
        return;
    };
    match action {
        Action::NextSection => state.show(state.section.next()),
        Action::PrevSection => state.show(state.section.prev()),
        Action::GoToSection(section) => state.show(section),
        Action::Up => {
            state.step(-1);
            app.load_newer_touchpoints();
        }
        Action::Down => {
            state.step(1);
            app.load_older_touchpoints();
        }
        Action::PageUp => {
            state.step(-PAGE);
            app.load_newer_touchpoints();
        }
        Action::PageDown => {
            state.step(PAGE);
            app.load_older_touchpoints();
        }
        Action::Top | Action::Bottom => {
            // The oldest contact of a long log is a jump away, not a walk.
            let to_end = action == Action::Bottom;
            app.load_log_end(to_end);
            if let Some(state) = app.dossier.as_mut() {
                state.jump(to_end);
            }
        }
        Action::Back | Action::Close => {
            app.screen = state.return_to;
            app.dossier = None;
        }
        Action::ShowHelp => help(app),
        Action::Edit => edit(app),
        Action::Open => edit_item(app),
        Action::EditExternally => match state.text_target() {
            Some(target) => {
                let text = target.get(&state.dossier).to_string();
                app.emit(super::Effect::EditExternally(super::editor::ExternalEdit { target, text }));
            }
            None => app.complain("E edits a text: the charter, situation, strategy or an Overview text"),
        },
        Action::LogTouchpoint => {
            let mut touchpoint = Touchpoint::new(state.dossier.account.id, app.today, app.last_channel, "");
            touchpoint.channel = app.last_channel;
            let form = form::touchpoint::form(touchpoint, &state.dossier.people);
            open_form(app, form);
        }
        Action::NewItem => new_item(app),
        Action::NewObjective | Action::NewMilestone => {}
        Action::ToggleDone => super::save::toggle_done(app),
        Action::DeleteItem => match state.item() {
            Some(Item::Overview(_)) | None => app.complain("Select an item of a list to delete it"),
            Some(item) => {
                let question = format!("Delete {} for good?", state.describe(item));
                ask(app, &question, Pending::Delete(item))
            }
        },
        Action::PurgeAccount => {
            let account = &state.dossier.account;
            let question = format!(
                "Purge «{}» and its whole dossier for good? (To keep the memory, set its status to lost or former instead.)",
                account.name
            );
            let id = account.id;
            ask(app, &question, Pending::Purge(id));
        }
        _ => {}
    }
}

/// `e`: the text in the built-in editor, or the facts in their form.
fn edit(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    if let Some(target) = state.text_target() {
        let editor = Editor::new(target, target.get(&state.dossier));
        app.overlays.push(Overlay::Editor(Box::new(editor)));
    } else {
        edit_item(app);
    }
}

/// `Enter`: the selected item in its form.
fn edit_item(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    let d = &state.dossier;
    let form = match state.item() {
        Some(Item::Overview(OverviewPart::Facts)) => form::account::form(d.account.clone()),
        Some(Item::Overview(OverviewPart::Text(_))) => return edit_text(app),
        Some(Item::Objective(i)) => form::items::objective_form(d.objectives[i].clone()),
        Some(Item::Milestone(i)) => form::items::milestone_form(d.milestones[i].clone()),
        Some(Item::Person(i)) => person_form(d.people[i].clone(), &d.people),
        Some(Item::Touchpoint(i)) => form::touchpoint::form(d.touchpoints[i].clone(), &d.people),
        Some(Item::Competitor(i)) => form::items::competitor_form(d.competitors[i].clone()),
        None if state.section.plan_section().is_some() => return edit_text(app),
        None => return app.complain("Nothing to edit here yet: n adds an item"),
    };
    open_form(app, form);
}

fn edit_text(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    if let Some(target) = state.text_target() {
        app.overlays.push(Overlay::Editor(Box::new(Editor::new(target, target.get(&state.dossier)))));
    }
}

fn person_form(person: Person, people: &[Person]) -> Form {
    let others = people.iter().filter(|p| p.id != person.id).map(|p| (p.id, p.name.clone())).collect();
    form::person::form(person, others)
}

fn new_item(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    let account_id = state.dossier.account.id;
    let form = match state.section {
        DossierSection::Implementation => return app.overlays.push(Overlay::ChooseNewItem),
        DossierSection::People => person_form(Person::new(account_id, ""), &state.dossier.people),
        DossierSection::Competitors => form::items::competitor_form(Competitor {
            id: CompetitorId(0),
            account_id,
            name: String::new(),
            position: String::new(),
            strengths: String::new(),
            weaknesses: String::new(),
        }),
        DossierSection::Log => return update(app, Action::LogTouchpoint),
        _ => {
            return app.complain("n adds to a list: Implementation (5), People (6), Log (7), Competitors (8)");
        }
    };
    open_form(app, form);
}

fn choose_new_item(app: &mut App, action: Action) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    let account_id = state.dossier.account.id;
    let form = match action {
        Action::NewObjective => form::items::objective_form(Objective {
            id: ObjectiveId(0),
            account_id,
            year: chrono::Datelike::year(&app.today),
            product: String::new(),
            planned_volume: String::new(),
            expected_profit: None,
            resources: String::new(),
        }),
        Action::NewMilestone => {
            form::items::milestone_form(Milestone::new(account_id, "", app.today + chrono::Days::new(30)))
        }
        Action::Close => {
            app.overlays.pop();
            return;
        }
        _ => return,
    };
    app.overlays.pop();
    open_form(app, form);
}
