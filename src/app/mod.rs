//! The interactive state machine: `App` state, the `Action`s, `update`.
//! Screens read this state; only `update` changes it, and only through the store.

pub mod action;
pub mod dossier;
pub mod editor;
pub mod form;
pub mod keymap;
pub mod portfolio;
mod save;
mod update;

use chrono::NaiveDate;
use crossterm::event::{KeyEvent, KeyEventKind};

pub use action::Action;
pub use keymap::Mode;
pub use update::update;

use crate::domain::{AccountId, Channel};
use crate::store::{Store, StoreError};
use dossier::{DossierState, Item, Section};
use editor::{Editor, ExternalEdit};
use form::Form;
use portfolio::PortfolioState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The database holds no account yet.
    Welcome,
    Portfolio,
    Dossier,
}

/// Something shown on top of the screen, which takes the keyboard.
pub enum Overlay {
    Form(Box<Form>),
    Editor(Box<Editor>),
    Confirm(Confirm),
    /// "New what?" on the Implementation section: objective or milestone.
    ChooseNewItem,
    /// The keys of the mode underneath.
    Help(Mode),
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
    Delete(Item),
    Purge(AccountId),
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
    /// Set by `update`, carried out by the runtime (it owns the terminal).
    pub external_edit: Option<ExternalEdit>,
    pub last_channel: Channel,
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
            external_edit: None,
            last_channel,
        };
        app.reload_portfolio()?;
        app.screen = if app.portfolio.accounts.is_empty() {
            Screen::Welcome
        } else {
            Screen::Portfolio
        };
        Ok(app)
    }

    /// The mode that receives the next key.
    pub fn mode(&self) -> Mode {
        match self.overlays.last() {
            Some(Overlay::Form(_)) => Mode::Form,
            Some(Overlay::Editor(_)) => Mode::Editor,
            Some(Overlay::Confirm(_)) => Mode::Confirm,
            Some(Overlay::ChooseNewItem) => Mode::Choose,
            Some(Overlay::Help(_)) => Mode::Help,
            None => self.screen_mode(),
        }
    }

    fn screen_mode(&self) -> Mode {
        match self.screen {
            Screen::Welcome => Mode::Welcome,
            Screen::Portfolio if self.portfolio.filtering => Mode::Filter,
            Screen::Portfolio => Mode::Portfolio,
            Screen::Dossier => Mode::Dossier,
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

    /// Where the user is, for the status line: "Portfolio › Київстар › Charter".
    pub fn breadcrumb(&self) -> String {
        match (&self.screen, &self.dossier) {
            (Screen::Dossier, Some(d)) => format!(
                "Portfolio › {} › {}",
                d.dossier.account.name,
                d.section.title()
            ),
            (Screen::Welcome, _) => "Welcome".to_string(),
            _ => "Portfolio".to_string(),
        }
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            is_error: false,
        };
    }

    pub fn complain(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            is_error: true,
        };
    }

    pub(crate) fn reload_portfolio(&mut self) -> Result<(), StoreError> {
        let accounts = self.store.list_accounts()?;
        self.portfolio.set_accounts(accounts);
        Ok(())
    }

    /// Reloads what the screens show after a save.
    pub fn refresh(&mut self) -> Result<(), StoreError> {
        self.reload_portfolio()?;
        if let Some(state) = &mut self.dossier {
            let dossier = self.store.load_dossier(state.dossier.account.id)?;
            state.reload(dossier);
        }
        Ok(())
    }

    pub(crate) fn open_dossier(
        &mut self,
        id: AccountId,
        section: Section,
    ) -> Result<(), StoreError> {
        let dossier = self.store.load_dossier(id)?;
        self.dossier = Some(DossierState::new(dossier, section));
        self.screen = Screen::Dossier;
        self.portfolio.select(id);
        Ok(())
    }
}
