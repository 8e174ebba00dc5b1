//! `update`: the one place where actions change the state.

use super::dossier::{Item, OverviewPart};
use super::editor::Editor;
use super::form::{self, Form};
use super::{Action, App, Confirm, Overlay, Pending, Screen};
use crate::domain::DossierSection;
use crate::domain::{Competitor, CompetitorId, Milestone, Objective, ObjectiveId, Person};

const PAGE: isize = 10;

pub fn update(app: &mut App, action: Action) {
    if action == Action::Quit {
        return quit(app);
    }
    let action = match action {
        Action::ExternalEditDone(edit, text) => return super::save::external_edit_done(app, edit, text),
        Action::Checked { alerts, today, changed_elsewhere } => return checked(app, alerts, today, changed_elsewhere),
        Action::CheckFailed(message) => return app.complain(crate::t!("status-check-failed", reason = message)),
        Action::BackupFailed(message) => return app.complain(message),
        Action::ShowAgenda if app.overlays.is_empty() => return show_agenda(app),
        Action::ShowAnalysis if app.overlays.is_empty() => return super::analysis::open(app),
        Action::Find if app.overlays.is_empty() => return super::search::open(app),
        Action::Undo if app.overlays.is_empty() => return super::undo::undo(app),
        Action::Redo if app.overlays.is_empty() => return super::undo::redo(app),
        other => other,
    };
    match app.overlays.last_mut() {
        Some(Overlay::Help(_)) => match action {
            Action::Close => {
                app.overlays.pop();
            }
            // The drawing keeps the scroll within the list.
            Action::Up => app.help_scroll.by(-1),
            Action::Down => app.help_scroll.by(1),
            Action::PageUp => app.help_scroll.by(-PAGE),
            Action::PageDown => app.help_scroll.by(PAGE),
            Action::Top => app.help_scroll.to_top(),
            Action::Bottom => app.help_scroll.to_bottom(),
            _ => {}
        },
        Some(Overlay::Confirm(_)) => confirm(app, action),
        Some(Overlay::Prompt(_)) => super::prompt::update(app, action),
        Some(Overlay::ChooseNewItem) => choose_new_item(app, action),
        Some(Overlay::Search(_)) => super::search::update(app, action),
        Some(Overlay::History(_)) => super::history::update(app, action),
        Some(Overlay::Conflict(_)) => match action {
            Action::KeepMine => super::conflict::keep_mine(app),
            Action::KeepTheirs => super::conflict::keep_theirs(app),
            Action::Merge => super::conflict::merge(app),
            Action::Close => {
                app.overlays.pop();
                app.say(crate::l10n::text("status-still-unsaved"));
            }
            _ => {}
        },
        Some(Overlay::DraftOffer(_)) => super::drafts::answer(app, action),
        Some(Overlay::Form(form)) => match action {
            Action::Save => super::save::save_form(app),
            Action::NextField => form.next_field(),
            Action::PrevField => form.prev_field(),
            Action::Type(key) => form.type_key(key),
            Action::Paste(text) => form.paste(&text),
            Action::Close if form.is_changed() => ask(app, crate::l10n::text("ask-discard-form"), Pending::Discard),
            Action::Close => {
                app.overlays.pop();
                app.say(crate::l10n::text("status-cancelled"));
            }
            _ => {}
        },
        Some(Overlay::Editor(editor)) => match action {
            Action::Save => super::save::save_editor(app),
            Action::Type(key) => {
                editor.area.input(key);
            }
            Action::Paste(text) => editor.paste(&text),
            Action::Close if editor.is_changed() => ask(app, crate::l10n::text("ask-discard-text"), Pending::Discard),
            Action::Close => {
                app.overlays.pop();
                app.say(crate::l10n::text("status-cancelled"));
            }
            _ => {}
        },
        None => match app.screen {
            Screen::Welcome => welcome(app, action),
            Screen::Portfolio => portfolio(app, action),
            Screen::Dossier => dossier(app, action),
            Screen::Agenda => super::agenda::update(app, action),
            Screen::Analysis => super::analysis::update(app, action),
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
        ask(app, crate::l10n::text("ask-quit"), Pending::Quit);
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
                    app.say(crate::l10n::text("status-changes-discarded"));
                }
                Pending::Quit => app.running = false,
                Pending::Delete { item, seen } => super::save::delete_item(app, item, seen),
                Pending::Purge(id) => super::save::purge(app, id),
                Pending::Carry { account, year } => super::review::carry(app, account, year),
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
    app.help_scroll.to_top();
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
            let sorted = crate::t!(if state.by_urgency { "status-sorted-urgency" } else { "status-sorted-rank" });
            app.say(sorted);
        }
        Action::Type(key) => state.type_key(key),
        Action::Paste(text) => state.paste(&text),
        Action::Confirm => state.filtering = false,
        Action::Close | Action::Back => state.clear_filter(),
        Action::AddAccount => open_form(app, form::account::form(crate::domain::Account::new("", app.today))),
        Action::ShowHelp => help(app),
        Action::Open => match app.portfolio.selected_id() {
            Some(id) => open_account(app, id, DossierSection::Overview),
            None => app.complain(crate::l10n::text("status-no-account-selected")),
        },
        Action::OpenAccount(id) => open_account(app, id, DossierSection::Overview),
        Action::Pick(super::mouse::Target::Account(id)) => super::mouse::pick_account(app, id),
        _ => {}
    }
}

pub(super) fn open_account(app: &mut App, id: crate::domain::AccountId, section: DossierSection) {
    if let Err(e) = app.open_dossier(id, section) {
        app.complain(e.to_string());
    }
}

pub(super) fn open_form(app: &mut App, mut form: Form) {
    form.today = Some(app.today);
    form.reshape();
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
        Action::GoToSection(section) | Action::Pick(super::mouse::Target::Section(section)) => state.show(section),
        Action::Pick(super::mouse::Target::Item(item)) => state.select_item(item),
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
                let base = state.dossier.text_revisions.get(target);
                app.emit(super::Effect::EditExternally(super::editor::ExternalEdit { target, text, base }));
            }
            None => app.complain(crate::l10n::text("status-edit-externally-hint")),
        },
        Action::LogTouchpoint => super::log::log_touchpoint(app),
        Action::NewItem => new_item(app),
        Action::NewObjective | Action::NewMilestone => {}
        Action::ToggleDone => super::save::toggle_done(app),
        Action::ShowHistory => super::history::open(app),
        Action::ReviewPlan => super::review::review(app),
        Action::CarryIntoNextYear => super::review::ask_carry(app),
        Action::DeleteItem => match state.item() {
            Some(Item::Overview(_)) | None => app.complain(crate::l10n::text("status-delete-hint")),
            Some(item) => {
                let question = crate::t!("ask-delete", what = state.describe(item));
                let seen = state.revision(item).unwrap_or(0);
                ask(app, &question, Pending::Delete { item, seen })
            }
        },
        Action::PurgeAccount => {
            let prompt = super::prompt::Prompt::purge(&state.dossier.account);
            app.overlays.push(Overlay::Prompt(prompt));
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
        app.overlays.push(Overlay::Editor(Box::new(text_editor(state, target))));
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
        Some(Item::Overview(OverviewPart::Facts)) => Some(form::account::form(d.account.clone())),
        Some(Item::Overview(OverviewPart::Text(_))) => return edit_text(app),
        Some(Item::Objective(id)) => {
            d.objectives.iter().find(|o| o.id == id).map(|o| form::items::objective_form(o.clone()))
        }
        Some(Item::Milestone(id)) => {
            d.milestones.iter().find(|m| m.id == id).map(|m| form::items::milestone_form(m.clone()))
        }
        Some(Item::Person(id)) => d.people.iter().find(|p| p.id == id).map(|p| person_form(p.clone(), &d.people)),
        Some(Item::Touchpoint(id)) => {
            d.touchpoints.iter().find(|t| t.id == id).map(|t| form::touchpoint::form(t.clone(), &d.people))
        }
        Some(Item::Competitor(id)) => {
            d.competitors.iter().find(|c| c.id == id).map(|c| form::items::competitor_form(c.clone()))
        }
        None if state.section.plan_section().is_some() => return edit_text(app),
        None => return app.complain(crate::l10n::text("status-nothing-to-edit")),
    };
    match form {
        Some(form) => open_form(app, form),
        None => app.complain(crate::l10n::text("status-item-gone")),
    }
}

/// The built-in editor on a text of the dossier, from the revision shown.
fn text_editor(state: &super::dossier::DossierState, target: super::editor::TextTarget) -> Editor {
    let mut editor = Editor::new(target, target.get(&state.dossier));
    editor.base = Some(state.dossier.text_revisions.get(target));
    editor
}

fn edit_text(app: &mut App) {
    let Some(state) = app.dossier.as_ref() else {
        return;
    };
    if let Some(target) = state.text_target() {
        app.overlays.push(Overlay::Editor(Box::new(text_editor(state, target))));
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
            stamp: Default::default(),
        }),
        DossierSection::Log => return update(app, Action::LogTouchpoint),
        DossierSection::Sales => return super::sales::new_sale(app),
        _ => {
            return app.complain(crate::l10n::text("status-new-item-hint"));
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
            stamp: Default::default(),
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
