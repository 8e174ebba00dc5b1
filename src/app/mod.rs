//! The interactive state machine: `App` state, the `Action`s, `update`.
//! Screens read this state; only `update` changes it, and only through the store.

pub mod action;
pub mod agenda;
pub mod analysis;
pub mod conflict;
pub mod dossier;
pub mod drafts;
pub mod editor;
mod effect;
pub mod form;
pub mod history;
pub mod keymap;
mod log;
pub mod mouse;
pub mod portfolio;
pub mod prompt;
mod review;
mod sales;
mod save;
pub mod search;
mod undo;
mod update;
pub mod viewport;

use chrono::NaiveDate;
use crossterm::event::{KeyEvent, KeyEventKind};

pub use action::Action;
pub use effect::Effect;
pub use keymap::Mode;
pub use prompt::Prompt;

use crate::domain::DossierSection;
use crate::domain::history::EntryId;
use crate::domain::{AccountId, Alert, AlertCounts, Channel, account_flags, counts, lapsing_flags};
use crate::store::{Store, StoreError};
use agenda::AgendaState;
use dossier::{DossierState, Item, Place};
use editor::Editor;
use form::Form;
use portfolio::PortfolioState;

/// The one place where actions change the state: [`update::update`], with
/// what every action shares around it. Typing in an editor or a form asks
/// for a draft after the pause; a text or form that opens is offered its
/// draft; drafts of what was saved or thrown away go.
pub fn update(app: &mut App, action: Action) {
    let typing = matches!(app.mode(), Mode::Editor | Mode::Form);
    let edits = matches!(action, Action::Type(_) | Action::Paste(_));
    let quitting = matches!(app.overlays.last(), Some(Overlay::Confirm(c)) if c.on_yes == Pending::Quit)
        && action == Action::Confirm;
    match action {
        Action::Suspend => app.emit(Effect::Suspend),
        Action::KeepDraft => drafts::keep(app),
        action => update::update(app, action),
    }
    if typing && edits {
        app.emit(Effect::WriteDraft);
    }
    if quitting && !app.running {
        // "Quit and throw away what is not saved?" was answered yes.
        app.overlays.clear();
    }
    drafts::settle(app);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The database holds no account yet.
    Welcome,
    Portfolio,
    Dossier,
    /// Every alert of the background check.
    Agenda,
    /// The portfolio analysed: Pareto, ABC-XYZ, plan against actual, losses, activity.
    Analysis,
}

/// Something shown on top of the screen, which takes the keyboard.
pub enum Overlay {
    Form(Box<Form>),
    Editor(Box<Editor>),
    Confirm(Confirm),
    /// A question answered by typing a word (the account's name to purge it).
    Prompt(Prompt),
    /// "New what?" on the Implementation section: objective or milestone.
    ChooseNewItem,
    /// The keys of the mode underneath.
    Help(Mode),
    /// The search box and its live results.
    Search(Box<search::SearchState>),
    /// A save found its record changed elsewhere: both versions, and the choice.
    Conflict(Box<conflict::Conflict>),
    /// The saved versions of a text (`h`), one of them against the text now.
    History(Box<history::HistoryState>),
    /// A draft kept from an earlier session, offered back for the text or
    /// form below.
    DraftOffer(drafts::Offer),
}

pub struct Confirm {
    pub question: String,
    pub on_yes: Pending,
}

/// What a confirmed question does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    /// Throw away the overlay below (a form or editor with changes).
    Discard,
    Quit,
    /// Delete the record as it was seen at this revision.
    Delete {
        item: Item,
        seen: i64,
    },
    Purge(AccountId),
    /// Carry the plan of `year` into the next year.
    Carry {
        account: AccountId,
        year: i32,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
}

pub struct App {
    pub store: Store,
    pub today: NaiveDate,
    pub screen: Screen,
    pub portfolio: PortfolioState,
    pub dossier: Option<DossierState>,
    pub overlays: Vec<Overlay>,
    pub status: Status,
    pub running: bool,
    /// What `update` asks of the runtime (it owns the terminal, the timers
    /// and the background check), in order; the runtime takes them.
    pub effects: Vec<Effect>,
    pub last_channel: Channel,
    /// The latest result of the background check, most urgent first.
    pub alerts: Vec<Alert>,
    /// False until the first check has reported.
    pub checked: bool,
    pub agenda: AgendaState,
    /// This session's changes, newest last: each step is the history rows
    /// one action wrote, which `u` takes back together.
    pub undo: Vec<Vec<EntryId>>,
    /// Steps taken back, which `U` does again.
    pub redo: Vec<Vec<EntryId>>,
    /// The zone the history's times (kept in UTC) are shown in.
    pub zone: crate::clock::Zone,
    /// How far the `?` help is scrolled (a long list on a small screen).
    pub help_scroll: viewport::Scroll,
    /// Drafts this session keeps, and how many others wait.
    pub drafts: drafts::Drafts,
    /// The analysis screen, kept while the workbench runs.
    pub analysis: analysis::AnalysisState,
    /// The settings the screens judge by (the analysis' thresholds, the contact standards).
    pub settings: crate::settings::Settings,
    /// The colours the terminal shows (decided from the environment at start).
    pub colours: crate::terminal::ColourDepth,
}

impl App {
    pub fn new(store: Store, today: NaiveDate) -> Result<Self, StoreError> {
        let last_channel = store.last_channel()?.unwrap_or(Channel::Call);
        let mut app = App {
            store,
            today,
            screen: Screen::Welcome,
            portfolio: PortfolioState::default(),
            dossier: None,
            overlays: Vec::new(),
            status: Status::default(),
            running: true,
            effects: Vec::new(),
            last_channel,
            alerts: Vec::new(),
            checked: false,
            agenda: AgendaState::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            zone: crate::clock::Zone::Local,
            help_scroll: viewport::Scroll::default(),
            drafts: drafts::Drafts::default(),
            analysis: analysis::AnalysisState::default(),
            settings: crate::settings::Settings::default(),
            colours: crate::terminal::ColourDepth::default(),
        };
        app.drafts.count_waiting(&app.store);
        app.read_portfolio_head()?;
        app.screen = if app.portfolio.is_empty() { Screen::Welcome } else { Screen::Portfolio };
        Ok(app)
    }

    /// The database file open, as the `?` help names it.
    pub fn database(&self) -> &std::path::Path {
        self.store.path()
    }

    /// The mode that receives the next key.
    pub fn mode(&self) -> Mode {
        match self.overlays.last() {
            Some(Overlay::Form(_)) => Mode::Form,
            Some(Overlay::Editor(_)) => Mode::Editor,
            Some(Overlay::Confirm(_)) => Mode::Confirm,
            Some(Overlay::Prompt(_)) => Mode::Prompt,
            Some(Overlay::ChooseNewItem) => Mode::Choose,
            Some(Overlay::Help(_)) => Mode::Help,
            Some(Overlay::Search(_)) => Mode::Search,
            Some(Overlay::Conflict(_)) => Mode::Conflict,
            Some(Overlay::History(history)) if history.viewing => Mode::Version,
            Some(Overlay::History(_)) => Mode::History,
            Some(Overlay::DraftOffer(_)) => Mode::DraftOffer,
            None => self.screen_mode(),
        }
    }

    fn screen_mode(&self) -> Mode {
        match self.screen {
            Screen::Welcome => Mode::Welcome,
            Screen::Portfolio if self.portfolio.filtering => Mode::Filter,
            Screen::Portfolio => Mode::Portfolio,
            Screen::Dossier => Mode::Dossier,
            Screen::Agenda => Mode::Agenda,
            Screen::Analysis => Mode::Analysis,
        }
    }

    /// A key press from the terminal.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if let Some(action) = keymap::resolve(self.mode(), key) {
            update(self, action);
        }
    }

    /// Where the user is, for the status line: "Київстар › Charter".
    pub fn breadcrumb(&self) -> String {
        match (&self.screen, &self.dossier) {
            (Screen::Dossier, Some(d)) => format!("{} › {}", d.dossier.account.name, d.section.title()),
            (Screen::Welcome, _) => crate::l10n::text("crumb-welcome").to_string(),
            (Screen::Agenda, _) => crate::l10n::text("crumb-agenda").to_string(),
            (Screen::Analysis, _) => {
                format!("{} › {}", crate::l10n::text("analysis-title"), self.analysis.tab.title())
            }
            _ => crate::l10n::text("crumb-portfolio").to_string(),
        }
    }

    /// Takes what the last write kept in the history as one step of undo;
    /// a new change forgets the steps that were undone.
    pub(crate) fn remember_change(&mut self) {
        let written = self.store.take_written();
        if !written.is_empty() {
            self.undo.push(written);
            self.redo.clear();
        }
    }

    /// Asks the runtime for something only it can do.
    pub fn emit(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// What `update` asked for since the last time, in order.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Status { text: text.into(), is_error: false };
    }

    pub fn complain(&mut self, text: impl Into<String>) {
        self.status = Status { text: text.into(), is_error: true };
    }

    /// The status line's counts, once the check has run: "3 overdue · 5 due".
    pub fn counts(&self) -> Option<AlertCounts> {
        self.checked.then(|| counts(&self.alerts))
    }

    /// A result of the background check arrives.
    pub(crate) fn set_alerts(&mut self, alerts: Vec<Alert>) {
        self.portfolio.lapsing = lapsing_flags(&alerts);
        self.portfolio.set_flags(account_flags(&alerts));
        self.alerts = alerts;
        self.checked = true;
        self.agenda.step(0, self.alerts.len());
    }

    /// The first rows of the portfolio, enough for the first frame (the
    /// whole of it when they cannot show it); [`App::load_rest`] reads the rest.
    fn read_portfolio_head(&mut self) -> Result<(), StoreError> {
        let head = self.store.portfolio_head(portfolio::HEAD_ROWS)?;
        if !self.portfolio.set_head(head, self.today, &self.settings.analysis) {
            self.reload_portfolio()?;
        }
        Ok(())
    }

    /// Reads the rest of the portfolio after the first frame, if only its
    /// first rows were read: before the first key is handled, every
    /// account is there to filter, sort and jump to.
    pub fn load_rest(&mut self) -> Result<(), StoreError> {
        if self.portfolio.is_head() { self.reload_portfolio() } else { Ok(()) }
    }

    pub(crate) fn reload_portfolio(&mut self) -> Result<(), StoreError> {
        let accounts = self.store.list_accounts()?;
        self.portfolio.set_accounts(accounts);
        self.portfolio.classify(self.today, &self.settings.analysis);
        Ok(())
    }

    /// The settings the screens judge by; the classes follow their thresholds.
    pub fn set_settings(&mut self, settings: crate::settings::Settings) {
        let thresholds_changed = self.settings.analysis != settings.analysis;
        self.settings = settings;
        if self.portfolio.is_head() {
            // The head's classes are drawn as it is read: read it again.
            if thresholds_changed && let Err(e) = self.read_portfolio_head() {
                self.complain(e.to_string());
            }
        } else {
            self.portfolio.classify(self.today, &self.settings.analysis);
        }
        self.analysis.forget();
    }

    /// Reloads what the screens show after a save.
    pub fn refresh(&mut self) -> Result<(), StoreError> {
        self.reload_portfolio()?;
        // The analysis is read again when it is next shown (now, if it shows).
        self.analysis.forget();
        if self.screen == Screen::Analysis {
            analysis::ensure_loaded(self);
        }
        self.drafts.count_waiting(&self.store);
        // Accounts may arrive from another process while the welcome screen shows.
        if self.screen == Screen::Welcome && !self.portfolio.is_empty() {
            self.screen = Screen::Portfolio;
        }
        self.reload_dossier()
    }

    /// Opens an account's dossier at a place with its item selected; for an
    /// old touchpoint the log is read as far as it.
    pub(crate) fn open_at(&mut self, id: AccountId, place: Place) -> Result<(), StoreError> {
        self.open_dossier(id, place.section())?;
        if let Place::Touchpoint(touchpoint) = place
            && let Some(state) = self.dossier.as_mut()
            && let Some((wanted, position)) = self.store.touchpoint_in_log(id, touchpoint)?
        {
            let loaded = state.dossier.touchpoints.len();
            if position >= loaded {
                // A window around it, however deep in the log it lies.
                let mut window = self.store.touchpoints_newer(id, &wanted, dossier::LOG_PAGE / 2)?;
                let start = position.saturating_sub(window.len());
                window.extend(self.store.touchpoints_from(id, &wanted, dossier::LOG_PAGE / 2)?);
                state.show_log_window(window, start);
            }
        }
        if let Some(state) = self.dossier.as_mut() {
            state.select_place(place);
        }
        Ok(())
    }

    pub(crate) fn open_dossier(&mut self, id: AccountId, section: DossierSection) -> Result<(), StoreError> {
        let (dossier, total) = self.store.load_dossier_recent(id, dossier::LOG_PAGE)?;
        let mut state = DossierState::new(dossier, total, section);
        state.review = self.store.review_status(id)?;
        state.extra = self.extra_for(&state.dossier.account, &state.dossier.objectives)?;
        self.dossier = Some(state);
        self.screen = Screen::Dossier;
        self.portfolio.select(id);
        Ok(())
    }
}
