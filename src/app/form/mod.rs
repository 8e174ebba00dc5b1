//! Forms: a column of labelled fields, `Tab` between them, `Ctrl-S` to save.
//! Each entity has a small module that builds its form and reads it back.

pub mod account;
pub mod items;
mod labels;
mod parse;
pub mod person;
pub mod sale;
pub mod snooze;
pub mod touchpoint;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

pub use labels::every_label;
pub use parse::Reader;

use crate::domain::{
    Account, AccountId, AlertKey, Competitor, Milestone, Objective, Person, PersonId, Touchpoint, TouchpointId, dates,
    text,
};
use crate::l10n;

/// What the form is about; it keeps the entity so fields not on the form survive.
#[derive(Debug, Clone)]
pub enum Subject {
    Account(Box<Account>),
    Objective(Objective),
    Milestone(Milestone),
    Person {
        person: Person,
        others: Vec<(PersonId, String)>,
    },
    Competitor(Competitor),
    /// A touchpoint, and for a new one the open next steps of its account
    /// it may be logged as following (one tick field each, in this order).
    Touchpoint(Touchpoint, Vec<TouchpointId>),
    /// Hiding an alert of the agenda (of an account) until a date.
    Snooze(AlertKey, AccountId),
    /// A sale added to an account's month.
    Sale(AccountId),
}

impl Subject {
    /// The revision of the record the form started from (0: a new one).
    pub fn revision(&self) -> i64 {
        match self {
            Subject::Account(a) => a.stamp.revision,
            Subject::Objective(o) => o.stamp.revision,
            Subject::Milestone(m) => m.stamp.revision,
            Subject::Person { person, .. } => person.stamp.revision,
            Subject::Competitor(c) => c.stamp.revision,
            Subject::Touchpoint(t, _) => t.stamp.revision,
            Subject::Snooze(..) | Subject::Sale(_) => 0,
        }
    }

    /// Makes the next save start from `revision` (the user chose to keep
    /// their version over a stored one).
    pub fn set_revision(&mut self, revision: i64) {
        match self {
            Subject::Account(a) => a.stamp.revision = revision,
            Subject::Objective(o) => o.stamp.revision = revision,
            Subject::Milestone(m) => m.stamp.revision = revision,
            Subject::Person { person, .. } => person.stamp.revision = revision,
            Subject::Competitor(c) => c.stamp.revision = revision,
            Subject::Touchpoint(t, _) => t.stamp.revision = revision,
            Subject::Snooze(..) | Subject::Sale(_) => {}
        }
    }
}

pub enum Value {
    Text(Box<TextArea<'static>>),
    /// One of `options`; the first may be "—" for "none".
    Choice {
        options: Vec<String>,
        selected: usize,
    },
}

pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    pub value: Value,
    pub error: Option<String>,
    /// Not shown and skipped by `Tab` (e.g. the closing of an open account);
    /// its value is kept for when it shows again.
    pub hidden: bool,
}

pub struct Form {
    pub title: String,
    pub subject: Subject,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// A message about the whole form (e.g. the store refused the save).
    pub message: Option<String>,
    /// The day the form was opened on, for the dates it fills in itself.
    pub today: Option<NaiveDate>,
    original: Vec<String>,
}

pub const NONE_LABEL: &str = "—";

impl Field {
    /// The field's problem in full, named by its label: "Date: 'bad' is not a date".
    pub fn problem(&self) -> Option<String> {
        self.error.as_ref().map(|e| format!("{}: {e}", self.label))
    }

    pub fn text(key: &'static str, label: &'static str, value: &str) -> Self {
        let mut area = TextArea::new(vec![text::clean_line(value)]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Field { key, label, value: Value::Text(Box::new(area)), error: None, hidden: false }
    }

    pub fn choice(key: &'static str, label: &'static str, options: Vec<String>, selected: usize) -> Self {
        let selected = selected.min(options.len().saturating_sub(1));
        Field { key, label, value: Value::Choice { options, selected }, error: None, hidden: false }
    }

    /// The field's current content as one line of text.
    pub fn content(&self) -> String {
        match &self.value {
            Value::Text(area) => area.lines().join(" "),
            Value::Choice { options, selected } => options.get(*selected).cloned().unwrap_or_default(),
        }
    }
}

impl Form {
    pub fn new(title: impl Into<String>, subject: Subject, fields: Vec<Field>) -> Self {
        let original = fields.iter().map(Field::content).collect();
        Form { title: title.into(), subject, fields, focus: 0, message: None, today: None, original }
    }

    /// Puts the cursor in the named field.
    pub fn focus_on(mut self, key: &str) -> Self {
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.focus = i;
        }
        self
    }

    /// Every field as "Label: value", one per line: how a conflict shows
    /// the form beside the stored version.
    pub fn describe(&self) -> String {
        let shown = self.fields.iter().filter(|f| !f.hidden);
        shown.map(|f| format!("{}: {}", f.label, f.content())).collect::<Vec<_>>().join("\n")
    }

    pub fn is_changed(&self) -> bool {
        self.fields.iter().map(Field::content).ne(self.original.iter().cloned())
    }

    pub fn next_field(&mut self) {
        self.step(1);
    }

    pub fn prev_field(&mut self) {
        let n = self.fields.len().max(1);
        self.step(n - 1);
    }

    /// Moves the focus `by` places round the form, over hidden fields.
    fn step(&mut self, by: usize) {
        let n = self.fields.len().max(1);
        for _ in 0..n {
            self.focus = (self.focus + by) % n;
            if !self.fields.get(self.focus).is_some_and(|f| f.hidden) {
                return;
            }
        }
    }

    /// The fields shown, with their places in `fields`.
    pub fn shown(&self) -> impl Iterator<Item = (usize, &Field)> {
        self.fields.iter().enumerate().filter(|(_, f)| !f.hidden)
    }

    /// Shows the fields that the values typed so far call for (the closing
    /// of an account once its status is lost or former).
    pub fn reshape(&mut self) {
        if let Subject::Account(_) = self.subject {
            account::reshape(self);
        }
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    fn field_mut(&mut self, key: &str) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.key == key)
    }

    /// Puts a kept value into the named field: a text as it was typed, a
    /// choice when it is still one of the options.
    pub fn set_content(&mut self, key: &str, value: &str) {
        let Some(field) = self.field_mut(key) else { return };
        match &mut field.value {
            Value::Text(area) => {
                let mut restored = TextArea::new(vec![text::clean_line(value)]);
                restored.move_cursor(ratatui_textarea::CursorMove::End);
                **area = restored;
            }
            Value::Choice { options, selected } => {
                if let Some(i) = options.iter().position(|o| o == value) {
                    *selected = i;
                }
            }
        }
    }

    /// Puts a kept choice back: by its label when that is one of the
    /// options, else by its place when there is one.
    pub fn set_choice(&mut self, key: &str, label: &str, place: usize) {
        let Some(Field { value: Value::Choice { options, selected }, .. }) = self.field_mut(key) else {
            return self.set_content(key, label);
        };
        match options.iter().position(|o| o == label) {
            Some(i) => *selected = i,
            None if place < options.len() => *selected = place,
            None => {}
        }
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }

    /// Typing goes to the focused field; choices move with arrows, space or a first letter.
    pub fn type_key(&mut self, key: KeyEvent) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        field.error = None;
        match &mut field.value {
            Value::Text(area) => match key.code {
                // One line per field: Enter moves on (handled by the keymap), never splits.
                KeyCode::Enter => {}
                // Ctrl-U empties the field, as in a shell (the editor keeps it as undo).
                KeyCode::Char('u') if key.modifiers.contains(crossterm::event::KeyModifiers::CONTROL) => {
                    area.move_cursor(ratatui_textarea::CursorMove::End);
                    area.delete_line_by_head();
                }
                _ => {
                    area.input(key);
                }
            },
            Value::Choice { options, selected } => choose(options, selected, key),
        }
        self.reshape();
    }

    /// Pasted text lands in a text field, cleaned and on one line.
    pub fn paste(&mut self, pasted: &str) {
        if let Some(Field { value: Value::Text(area), error, .. }) = self.fields.get_mut(self.focus) {
            *error = None;
            area.insert_str(text::clean_line(pasted));
        }
    }
}

fn choose(options: &[String], selected: &mut usize, key: KeyEvent) {
    let n = options.len();
    if n == 0 {
        return;
    }
    match key.code {
        KeyCode::Right | KeyCode::Char(' ') => *selected = (*selected + 1) % n,
        KeyCode::Left => *selected = (*selected + n - 1) % n,
        KeyCode::Char(c) => {
            // Jump to the next option starting with the typed letter.
            let wanted = c.to_lowercase().to_string();
            let hit =
                (1..=n).map(|step| (*selected + step) % n).find(|&i| options[i].to_lowercase().starts_with(&wanted));
            if let Some(i) = hit {
                *selected = i;
            }
        }
        _ => {}
    }
}

/// A date as a field holds it: the language's way (`31.12.2026`) when the
/// date parser reads that back, ISO otherwise, so a form saved untouched
/// keeps its dates.
pub fn date_text(date: NaiveDate) -> String {
    let local = l10n::date(date);
    if dates::parse_date(&local, date) == Ok(date) { local } else { date.to_string() }
}

/// Options for a `Choice` enum, optionally led by "—" for "none".
pub fn choice_options<T: crate::domain::Choice>(with_none: bool) -> Vec<String> {
    let none = with_none.then(|| NONE_LABEL.to_string());
    none.into_iter().chain(T::ALL.iter().map(|v| v.label().to_string())).collect()
}

/// The option index of a value, counting the "—" entry when present.
pub fn choice_index<T: crate::domain::Choice>(value: Option<T>, with_none: bool) -> usize {
    let offset = usize::from(with_none);
    match value {
        Some(v) => T::ALL.iter().position(|x| *x == v).map_or(0, |i| i + offset),
        None => 0,
    }
}
