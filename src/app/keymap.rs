//! Keys resolve to actions here, per mode, from one table. The help overlay
//! is drawn from the same table, so it can never disagree with the keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::analysis::AnalysisTab;
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
    /// The analysis screen.
    Analysis,
}

/// One line of the keymap: the keys, what they do, and the words `?` shows.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: fn() -> Action,
    /// The message id of the words `?` shows (locales/*/keys.ftl).
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

const QUIT: Binding = bind!([Char('q')], Action::Quit, "key-quit");
const HELP: Binding = bind!([Char('?')], Action::ShowHelp, "key-help");
const UP: Binding = bind!([Char('k'), Code(KeyCode::Up)], Action::Up, "key-move");
const DOWN: Binding = bind!([Char('j'), Code(KeyCode::Down)], Action::Down, "key-move");
const TOP: Binding = bind!([Char('g'), Code(KeyCode::Home)], Action::Top, "key-jump");
const BOTTOM: Binding = bind!([Char('G'), Code(KeyCode::End)], Action::Bottom, "key-jump");
const PAGE_UP: Binding = bind!([Code(KeyCode::PageUp)], Action::PageUp, "key-page");
const PAGE_DOWN: Binding = bind!([Code(KeyCode::PageDown)], Action::PageDown, "key-page");
/// The digits share one line of help.
const SECTIONS: &str = "key-sections";
const AGENDA: Binding = bind!([Char('A')], Action::ShowAgenda, "key-agenda");
const ANALYSIS: Binding = bind!([Char('r')], Action::ShowAnalysis, "key-analysis");
const SAVE: Binding = bind!([Ctrl('s')], Action::Save, "key-save");
const FIND: Binding = bind!([Char('f')], Action::Find, "key-find");
/// Undo and redo share one line of help.
const UNDO_REDO: &str = "key-undo-redo";
const UNDO: Binding = bind!([Char('u')], Action::Undo, UNDO_REDO);
const REDO: Binding = bind!([Char('U')], Action::Redo, UNDO_REDO);

const WELCOME: &[Binding] =
    &[bind!([Char('a')], Action::AddAccount, "key-add-first-account"), AGENDA, ANALYSIS, FIND, HELP, QUIT];

const PORTFOLIO: &[Binding] = &[
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Char('/')], Action::StartFilter, "key-filter"),
    bind!([Code(KeyCode::Enter)], Action::Open, "key-open-dossier"),
    bind!([Char('a')], Action::AddAccount, "key-add-account"),
    bind!([Char('s')], Action::ToggleSort, "key-sort"),
    bind!([Code(KeyCode::Esc)], Action::Back, "key-clear-filter"),
    UNDO,
    REDO,
    AGENDA,
    ANALYSIS,
    FIND,
    HELP,
    QUIT,
];

const FILTER: &[Binding] = &[
    bind!([Code(KeyCode::Enter), Code(KeyCode::Down)], Action::Confirm, "key-keep-filter"),
    bind!([Code(KeyCode::Esc)], Action::Close, "key-clear-filter"),
];

const DOSSIER: &[Binding] = &[
    bind!([Code(KeyCode::Tab)], Action::NextSection, "key-section-next"),
    bind!([Code(KeyCode::BackTab)], Action::PrevSection, "key-section-next"),
    bind!([Char('1')], Action::GoToSection(DossierSection::Overview), SECTIONS),
    bind!([Char('2')], Action::GoToSection(DossierSection::Charter), SECTIONS),
    bind!([Char('3')], Action::GoToSection(DossierSection::Situation), SECTIONS),
    bind!([Char('4')], Action::GoToSection(DossierSection::Strategy), SECTIONS),
    bind!([Char('5')], Action::GoToSection(DossierSection::Implementation), SECTIONS),
    bind!([Char('6')], Action::GoToSection(DossierSection::People), SECTIONS),
    bind!([Char('7')], Action::GoToSection(DossierSection::Log), SECTIONS),
    bind!([Char('8')], Action::GoToSection(DossierSection::Competitors), SECTIONS),
    bind!([Char('9')], Action::GoToSection(DossierSection::Sales), SECTIONS),
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Char('e')], Action::Edit, "key-edit"),
    bind!([Char('E')], Action::EditExternally, "key-edit-externally"),
    bind!([Code(KeyCode::Enter)], Action::Open, "key-edit-item"),
    bind!([Char('l')], Action::LogTouchpoint, "key-log"),
    bind!([Char('n')], Action::NewItem, "key-new-item"),
    bind!([Char('x')], Action::ToggleDone, "key-toggle-done"),
    bind!([Char('d')], Action::DeleteItem, "key-delete"),
    bind!([Char('D')], Action::PurgeAccount, "key-purge"),
    bind!([Char('h')], Action::ShowHistory, "key-history"),
    bind!([Char('R')], Action::ReviewPlan, "key-review"),
    bind!([Char('C')], Action::CarryIntoNextYear, "key-carry"),
    UNDO,
    REDO,
    AGENDA,
    ANALYSIS,
    FIND,
    bind!([Code(KeyCode::Esc)], Action::Back, "key-back-dossier"),
    HELP,
    QUIT,
];

const FORM: &[Binding] = &[
    SAVE,
    bind!([Code(KeyCode::Tab), Code(KeyCode::Down)], Action::NextField, "key-next-field"),
    bind!([Code(KeyCode::BackTab), Code(KeyCode::Up)], Action::PrevField, "key-prev-field"),
    bind!([Code(KeyCode::Enter)], Action::NextField, "key-next-field"),
    bind!([Code(KeyCode::Esc)], Action::Close, "key-cancel-form"),
];

const EDITOR: &[Binding] = &[SAVE, bind!([Code(KeyCode::Esc)], Action::Close, "key-cancel-editor")];

const CONFIRM: &[Binding] = &[
    bind!([Char('y'), Char('Y')], Action::Confirm, "key-yes"),
    bind!([Char('n'), Char('N'), Code(KeyCode::Esc)], Action::Deny, "key-no"),
];

const PROMPT: &[Binding] = &[
    bind!([Code(KeyCode::Enter)], Action::Confirm, "key-prompt-go"),
    bind!([Code(KeyCode::Esc)], Action::Close, "key-cancel"),
];

const DRAFT_OFFER: &[Binding] = &[
    bind!([Char('r')], Action::RestoreDraft, "key-draft-restore"),
    bind!([Char('d')], Action::DiscardDraft, "key-draft-discard"),
    bind!([Code(KeyCode::Esc)], Action::Close, "key-draft-later"),
];

const CHOOSE: &[Binding] = &[
    bind!([Char('o')], Action::NewObjective, "key-new-objective"),
    bind!([Char('m')], Action::NewMilestone, "key-new-milestone"),
    bind!([Code(KeyCode::Esc)], Action::Close, "key-cancel"),
];

const AGENDA_SCREEN: &[Binding] = &[
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Code(KeyCode::Enter)], Action::Open, "key-agenda-open"),
    bind!([Char('x')], Action::ToggleDone, "key-agenda-done"),
    bind!([Char('z')], Action::Snooze, "key-snooze"),
    bind!([Char('l')], Action::LogTouchpoint, "key-agenda-log"),
    UNDO,
    REDO,
    ANALYSIS,
    FIND,
    bind!([Code(KeyCode::Esc)], Action::Back, "key-back"),
    HELP,
    QUIT,
];

/// The digits share one line of help.
const TABS: &str = "key-analysis-tabs";

const ANALYSIS_SCREEN: &[Binding] = &[
    bind!([Code(KeyCode::Tab)], Action::NextSection, "key-analysis-tab-next"),
    bind!([Code(KeyCode::BackTab)], Action::PrevSection, "key-analysis-tab-next"),
    bind!([Char('1')], Action::GoToTab(AnalysisTab::Pareto), TABS),
    bind!([Char('2')], Action::GoToTab(AnalysisTab::Matrix), TABS),
    bind!([Char('3')], Action::GoToTab(AnalysisTab::Plan), TABS),
    bind!([Char('4')], Action::GoToTab(AnalysisTab::Lost), TABS),
    bind!([Char('5')], Action::GoToTab(AnalysisTab::Activity), TABS),
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Char('h'), Code(KeyCode::Left)], Action::Left, "key-analysis-cell"),
    bind!([Char('l'), Code(KeyCode::Right)], Action::Right, "key-analysis-cell"),
    bind!([Code(KeyCode::Enter)], Action::Open, "key-analysis-open"),
    bind!([Char('[')], Action::EarlierPeriod, "key-analysis-period"),
    bind!([Char(']')], Action::LaterPeriod, "key-analysis-period"),
    bind!([Char('p')], Action::ToggleBasis, "key-analysis-basis"),
    bind!([Char('c')], Action::NextCurrency, "key-analysis-currency"),
    AGENDA,
    FIND,
    bind!([Code(KeyCode::Esc)], Action::Back, "key-analysis-back"),
    HELP,
    QUIT,
];

/// The search box types every letter; only these keys do something else.
const SEARCH: &[Binding] = &[
    bind!([Code(KeyCode::Up)], Action::Up, "key-pick"),
    bind!([Code(KeyCode::Down)], Action::Down, "key-pick"),
    bind!([Code(KeyCode::PageUp)], Action::PageUp, "key-page"),
    bind!([Code(KeyCode::PageDown)], Action::PageDown, "key-page"),
    bind!([Code(KeyCode::Enter)], Action::Open, "key-search-open"),
    bind!([Code(KeyCode::Esc)], Action::Close, "key-search-close"),
];

const CONFLICT: &[Binding] = &[
    bind!([Char('m')], Action::KeepMine, "key-keep-mine"),
    bind!([Char('t')], Action::KeepTheirs, "key-keep-theirs"),
    bind!([Char('e')], Action::Merge, "key-merge"),
    bind!([Code(KeyCode::Esc)], Action::Close, "key-conflict-back"),
];

const HISTORY: &[Binding] = &[
    UP,
    DOWN,
    TOP,
    BOTTOM,
    PAGE_UP,
    PAGE_DOWN,
    bind!([Code(KeyCode::Enter)], Action::Open, "key-version-show"),
    RESTORE,
    bind!([Code(KeyCode::Esc)], Action::Close, "key-history-close"),
    HELP,
];

const VERSION: &[Binding] = &[RESTORE, bind!([Code(KeyCode::Esc)], Action::Close, "key-version-back"), HELP];

const RESTORE: Binding = bind!([Char('r')], Action::Restore, "key-restore");

const HELP_SCREEN: &[Binding] = &[
    bind!([Code(KeyCode::Esc), Char('?'), Char('q')], Action::Close, "key-help-close"),
    UP,
    DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
];

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
        Mode::Analysis => ANALYSIS_SCREEN,
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
    fn the_analysis_opens_from_every_screen_with_a_key_free_everywhere() {
        let r = key(KeyCode::Char('r'));
        for mode in [Mode::Welcome, Mode::Portfolio, Mode::Dossier, Mode::Agenda] {
            assert_eq!(resolve(mode, r), Some(Action::ShowAnalysis), "{mode:?}");
        }
        assert_eq!(resolve(Mode::Analysis, key(KeyCode::Char('4'))), Some(Action::GoToTab(AnalysisTab::Lost)));
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

    #[test]
    fn every_binding_has_its_words_in_the_catalogue() {
        let modes = [
            Mode::Welcome,
            Mode::Portfolio,
            Mode::Filter,
            Mode::Dossier,
            Mode::Form,
            Mode::Editor,
            Mode::Confirm,
            Mode::Prompt,
            Mode::Choose,
            Mode::Help,
            Mode::Agenda,
            Mode::Search,
            Mode::Conflict,
            Mode::History,
            Mode::Version,
            Mode::DraftOffer,
            Mode::Analysis,
        ];
        for mode in modes {
            for binding in bindings(mode) {
                assert!(crate::l10n::has(binding.help), "{mode:?}: {} is not in locales/en/keys.ftl", binding.help);
            }
        }
    }
}
