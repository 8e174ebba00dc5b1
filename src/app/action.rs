//! Everything the workbench can be asked to do. Keys resolve to these in the
//! keymap; the update function is the only place that carries them out.

use chrono::NaiveDate;
use crossterm::event::KeyEvent;

use super::editor::ExternalEdit;
use crate::domain::{AccountId, Alert};

use crate::domain::DossierSection;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    ShowHelp,
    ShowAgenda,
    /// The analysis screen, from anywhere.
    ShowAnalysis,
    // The analysis screen.
    GoToTab(super::analysis::AnalysisTab),
    Left,
    Right,
    /// The period one step earlier / later (a year, or the last twelve months).
    EarlierPeriod,
    LaterPeriod,
    /// Rank by sales or by profit.
    ToggleBasis,
    /// The analysis: the next currency's accounts.
    NextCurrency,
    /// Open the search box.
    Find,
    Close,
    // Moving around lists and text.
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    // Portfolio.
    StartFilter,
    AddAccount,
    ToggleSort,
    Open,
    OpenAccount(AccountId),
    // Dossier.
    NextSection,
    PrevSection,
    GoToSection(DossierSection),
    Back,
    Edit,
    EditExternally,
    LogTouchpoint,
    NewItem,
    NewObjective,
    NewMilestone,
    ToggleDone,
    Snooze,
    DeleteItem,
    PurgeAccount,
    /// The saved versions of the text here.
    ShowHistory,
    /// Put the selected version of a text back.
    Restore,
    /// Record a review of the plan, today.
    ReviewPlan,
    /// Carry this year's plan into the next (asks first).
    CarryIntoNextYear,
    /// Take back the last change of this session / do again what was taken back.
    Undo,
    Redo,
    // A save that found its record changed elsewhere.
    KeepMine,
    KeepTheirs,
    Merge,
    // Forms, editors and prompts.
    Save,
    NextField,
    PrevField,
    Confirm,
    Deny,
    /// A key that is not bound in a typing mode goes to the text being typed.
    Type(KeyEvent),
    Paste(String),
    /// The background check reports as of `today` (a workbench left open
    /// overnight moves to the new day with it); `changed_elsewhere` when
    /// another process wrote.
    Checked {
        alerts: Vec<Alert>,
        today: NaiveDate,
        changed_elsewhere: bool,
    },
    CheckFailed(String),
    /// The routine backup could not be written: the sentence to show.
    BackupFailed(String),
    /// The external editor came back with this text (None: it failed).
    ExternalEditDone(ExternalEdit, Option<String>),
    /// A click: select the record the row showed (by its id, wherever it
    /// now stands; nothing when it is gone or not on this screen).
    Pick(super::mouse::Target),
    /// Ctrl-Z: suspend until the shell's `fg`.
    Suspend,
    /// Keep what is typed as a draft now (the pause in typing came, or the
    /// workbench is asked to end).
    KeepDraft,
    /// The draft offered: put it back into the text or form / throw it away.
    RestoreDraft,
    DiscardDraft,
}
