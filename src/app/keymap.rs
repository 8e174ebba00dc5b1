//! Keys resolve to actions here, per mode, from one table. The help overlay
//! is drawn from the same table, so it can never disagree with the keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::domain::DossierSection;

/// What the keyboard is talking to right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Welcome,
    Portfolio,
    Filter,
    Dossier,
    Form,
    Editor,
    Confirm,
    /// A question answered by typing (the account's name before a purge).
    Prompt,
    Choose,
    Help,
    Agenda,
    Search,
    /// A save found its record changed elsewhere.
    Conflict,
    /// The saved versions of a text.
    History,
    /// One version against the text now.
    Version,
    /// A kept draft is offered: restore or throw away.
    DraftOffer,
}

/// One line of the keymap: the keys, what they do, and the words `?` shows.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: fn() -> Action,
    pub help: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match (self, event.code) {
            (Key::Char(c), KeyCode::Char(got)) => !ctrl && got == c,
            (Key::Ctrl(c), KeyCode::Char(got)) => ctrl && got.eq_ignore_ascii_case(&c),
            (Key::Code(code), got) => code == got,
            _ => false,
        }
    }

    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Code(KeyCode::Up) => "↑".into(),
            Key::Code(KeyCode::Down) => "↓".into(),
            Key::Code(KeyCode::Left) => "←".into(),
            Key::Code(KeyCode::Right) => "→".into(),
            Key::Code(KeyCode::BackTab) => "Shift-Tab".into(),
            Key::Code(KeyCode::PageUp) => "PgUp".into(),
            Key::Code(KeyCode::PageDown) => "PgDn".into(),
            Key::Code(code) => code.to_string(),
        }
    }
}

use Key::{Char, Code, Ctrl};

macro_rules! bind {
    ([$($key:expr),+], $action:expr, $help:expr) => {
        Binding { keys: &[$($key),+], action: || $action, help: $help }
    };
}

const QUIT: Binding = bind!([Char('q')], Action::Quit, "quit");
const HELP: Binding = bind!([Char('?')], Action::ShowHelp, "show the keys of this screen");
const UP: Binding = bind!([Char('k'), Code(KeyCode::Up)], Action::Up, "move up / down");
const DOWN: Binding = bind!([Char('j'), Code(KeyCode::Down)], Action::Down, "move up / down");
const TOP: Binding = bind!([Char('g'), Code(KeyCode::Home)], Action::Top, "jump to the first / last");
const BOTTOM: Binding = bind!([Char('G'), Code(KeyCode::End)], Action::Bottom, "jump to the first / last");
const PAGE_UP: Binding = bind!([Code(KeyCode::PageUp)], Action::PageUp, "page up / down");
const PAGE_DOWN: Binding = bind!([Code(KeyCode::PageDown)], Action::PageDown, "page up / down");
/// The digits share one line of help.
const SECTIONS: &str = "go to section 1 Overview … 8 Competitors";
const AGENDA: Binding = bind!([Char('A')], Action::ShowAgenda, "the agenda: every alert, most urgent first");
const SAVE: Binding = bind!([Ctrl('s')], Action::Save, "save");
const FIND: Binding = bind!([Char('f')], Action::Find, "find words in every dossier and log");
/// Undo and redo share one line of help.
const UNDO_REDO: &str = "undo / redo this session's changes, step by step";
const UNDO: Binding = bind!([Char('u')], Action::Undo, UNDO_REDO);
const REDO: Binding = bind!([Char('U')], Action::Redo, UNDO_REDO);

const WELCOME: &[Binding] =
    &[bind!([Char('a')], Action::AddAccount, "add your first account"), AGENDA, FIND, HELP, QUIT];

const PORTFOLIO: &[Binding] = &[
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Char('/')], Action::StartFilter, "filter accounts by name"),
    bind!([Code(KeyCode::Enter)], Action::Open, "open the account's dossier"),
    bind!([Char('a')], Action::AddAccount, "add an account"),
    bind!([Char('s')], Action::ToggleSort, "sort by rank / most overdue first"),
    bind!([Code(KeyCode::Esc)], Action::Back, "clear the filter"),
    UNDO,
    REDO,
    AGENDA,
    FIND,
    HELP,
    QUIT,
];

const FILTER: &[Binding] = &[
    bind!([Code(KeyCode::Enter), Code(KeyCode::Down)], Action::Confirm, "keep the filter and pick from the list"),
    bind!([Code(KeyCode::Esc)], Action::Close, "clear the filter"),
];

const DOSSIER: &[Binding] = &[
    bind!([Code(KeyCode::Tab)], Action::NextSection, "next / previous section"),
    bind!([Code(KeyCode::BackTab)], Action::PrevSection, "next / previous section"),
    bind!([Char('1')], Action::GoToSection(DossierSection::Overview), SECTIONS),
    bind!([Char('2')], Action::GoToSection(DossierSection::Charter), SECTIONS),
    bind!([Char('3')], Action::GoToSection(DossierSection::Situation), SECTIONS),
    bind!([Char('4')], Action::GoToSection(DossierSection::Strategy), SECTIONS),
    bind!([Char('5')], Action::GoToSection(DossierSection::Implementation), SECTIONS),
    bind!([Char('6')], Action::GoToSection(DossierSection::People), SECTIONS),
    bind!([Char('7')], Action::GoToSection(DossierSection::Log), SECTIONS),
    bind!([Char('8')], Action::GoToSection(DossierSection::Competitors), SECTIONS),
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Char('e')], Action::Edit, "edit the text or facts in the built-in editor"),
    bind!([Char('E')], Action::EditExternally, "edit the text in $VISUAL / $EDITOR"),
    bind!([Code(KeyCode::Enter)], Action::Open, "edit the selected item"),
    bind!([Char('l')], Action::LogTouchpoint, "log a touchpoint"),
    bind!([Char('n')], Action::NewItem, "add an objective, milestone, person or competitor"),
    bind!([Char('x')], Action::ToggleDone, "mark the milestone or follow-up done (again: not done)"),
    bind!([Char('d')], Action::DeleteItem, "delete the selected item (asks first)"),
    bind!([Char('D')], Action::PurgeAccount, "purge this account for good (asks for its name)"),
    bind!([Char('h')], Action::ShowHistory, "the saved versions of this text"),
    bind!([Char('R')], Action::ReviewPlan, "record a review of the plan today (5)"),
    bind!([Char('C')], Action::CarryIntoNextYear, "carry the plan into next year (5; asks)"),
    UNDO,
    REDO,
    AGENDA,
    FIND,
    bind!([Code(KeyCode::Esc)], Action::Back, "back to the portfolio, or to the agenda it came from"),
    HELP,
    QUIT,
];

const FORM: &[Binding] = &[
    SAVE,
    bind!([Code(KeyCode::Tab), Code(KeyCode::Down)], Action::NextField, "next field"),
    bind!([Code(KeyCode::BackTab), Code(KeyCode::Up)], Action::PrevField, "previous field"),
    bind!([Code(KeyCode::Enter)], Action::NextField, "next field"),
    bind!([Code(KeyCode::Esc)], Action::Close, "cancel (asks when something changed)"),
];

const EDITOR: &[Binding] =
    &[SAVE, bind!([Code(KeyCode::Esc)], Action::Close, "cancel (asks before throwing away changes)")];

const CONFIRM: &[Binding] = &[
    bind!([Char('y'), Char('Y')], Action::Confirm, "yes"),
    bind!([Char('n'), Char('N'), Code(KeyCode::Esc)], Action::Deny, "no"),
];

const PROMPT: &[Binding] = &[
    bind!([Code(KeyCode::Enter)], Action::Confirm, "go ahead if what is typed is exactly what was asked"),
    bind!([Code(KeyCode::Esc)], Action::Close, "cancel"),
];

const DRAFT_OFFER: &[Binding] = &[
    bind!([Char('r')], Action::RestoreDraft, "restore the draft (unsaved until Ctrl-S)"),
    bind!([Char('d')], Action::DiscardDraft, "throw the draft away"),
    bind!([Code(KeyCode::Esc)], Action::Close, "decide later (the draft stays)"),
];

const CHOOSE: &[Binding] = &[
    bind!([Char('o')], Action::NewObjective, "new annual objective"),
    bind!([Char('m')], Action::NewMilestone, "new milestone"),
    bind!([Code(KeyCode::Esc)], Action::Close, "cancel"),
];

const AGENDA_SCREEN: &[Binding] = &[
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Code(KeyCode::Enter)], Action::Open, "open the account at the right section"),
    bind!([Char('x')], Action::ToggleDone, "mark the follow-up or milestone done"),
    bind!([Char('z')], Action::Snooze, "snooze the alert until a date"),
    bind!([Char('l')], Action::LogTouchpoint, "log a touchpoint with this account"),
    UNDO,
    REDO,
    FIND,
    bind!([Code(KeyCode::Esc)], Action::Back, "back"),
    HELP,
    QUIT,
];

/// The search box types every letter; only these keys do something else.
const SEARCH: &[Binding] = &[
    bind!([Code(KeyCode::Up)], Action::Up, "pick a result"),
    bind!([Code(KeyCode::Down)], Action::Down, "pick a result"),
    bind!([Code(KeyCode::PageUp)], Action::PageUp, "page up / down"),
    bind!([Code(KeyCode::PageDown)], Action::PageDown, "page up / down"),
    bind!([Code(KeyCode::Enter)], Action::Open, "open the dossier where it was found"),
    bind!([Code(KeyCode::Esc)], Action::Close, "close the search"),
];

const CONFLICT: &[Binding] = &[
    bind!([Char('m')], Action::KeepMine, "keep mine: save my version over the stored one"),
    bind!([Char('t')], Action::KeepTheirs, "keep theirs: the stored version stays, mine is thrown away"),
    bind!([Char('e')], Action::Merge, "merge: both versions in the editor (a form: back to mine)"),
    bind!([Code(KeyCode::Esc)], Action::Close, "back to my version, unsaved"),
];

const HISTORY: &[Binding] = &[
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Code(KeyCode::Enter)], Action::Open, "show this version against the text now, word by word"),
    RESTORE,
    bind!([Code(KeyCode::Esc)], Action::Close, "close the history"),
    HELP,
];

const VERSION: &[Binding] = &[RESTORE, bind!([Code(KeyCode::Esc)], Action::Close, "back to the versions"), HELP];

const RESTORE: Binding =
    bind!([Char('r')], Action::Restore, "restore this version (saved as a new version; u takes it back)");

const HELP_SCREEN: &[Binding] =
    &[bind!([Code(KeyCode::Esc), Char('?'), Char('q')], Action::Close, "close the help"), UP, DOWN, PAGE_UP, PAGE_DOWN];

pub fn bindings(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Welcome => WELCOME,
        Mode::Portfolio => PORTFOLIO,
        Mode::Filter => FILTER,
        Mode::Dossier => DOSSIER,
        Mode::Form => FORM,
        Mode::Editor => EDITOR,
        Mode::Confirm => CONFIRM,
        Mode::Prompt => PROMPT,
        Mode::Choose => CHOOSE,
        Mode::Help => HELP_SCREEN,
        Mode::Agenda => AGENDA_SCREEN,
        Mode::Search => SEARCH,
        Mode::Conflict => CONFLICT,
        Mode::History => HISTORY,
        Mode::Version => VERSION,
        Mode::DraftOffer => DRAFT_OFFER,
    }
}

/// Typing modes send unbound keys to the text being typed.
fn is_typing(mode: Mode) -> bool {
    matches!(mode, Mode::Filter | Mode::Form | Mode::Editor | Mode::Search | Mode::Prompt)
}

/// The action a key means in this mode, if any.
pub fn resolve(mode: Mode, event: KeyEvent) -> Option<Action> {
    if event.modifiers.contains(KeyModifiers::CONTROL) && event.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    // Raw mode turns Ctrl-Z into a key: it suspends from anywhere, as the
    // shell's job control would.
    if event.modifiers.contains(KeyModifiers::CONTROL) && event.code == KeyCode::Char('z') {
        return Some(Action::Suspend);
    }
    let bound = bindings(mode).iter().find(|b| b.keys.iter().any(|k| k.matches(&event)));
    match bound {
        Some(binding) => Some((binding.action)()),
        None if is_typing(mode) => Some(Action::Type(event)),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_same_key_means_different_things_per_mode() {
        assert_eq!(resolve(Mode::Portfolio, key(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(resolve(Mode::Form, key(KeyCode::Char('q'))), Some(Action::Type(key(KeyCode::Char('q')))));
        assert_eq!(
            resolve(Mode::Dossier, key(KeyCode::Char('3'))),
            Some(Action::GoToSection(DossierSection::Situation))
        );
    }

    #[test]
    fn ctrl_s_saves_and_ctrl_c_quits_everywhere() {
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(resolve(Mode::Form, ctrl_s), Some(Action::Save));
        assert_eq!(resolve(Mode::Editor, ctrl_s), Some(Action::Save));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(resolve(Mode::Editor, ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn every_mode_documents_each_binding() {
        for mode in
            [Mode::Welcome, Mode::Portfolio, Mode::Dossier, Mode::Form, Mode::Editor, Mode::Confirm, Mode::Prompt]
        {
            for binding in bindings(mode) {
                assert!(!binding.help.is_empty());
                assert!(!binding.keys.is_empty());
            }
        }
    }
}
