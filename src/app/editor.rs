//! The built-in text editor for the long texts of a dossier.

use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::{Account, Dossier, PlanSection, text};

/// The long texts of an account's general information.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountText {
    Description,
    DevelopmentHistory,
    OrgStructure,
    MarketEnvironment,
    PreferredProducts,
}

impl AccountText {
    pub fn title(self) -> &'static str {
        match self {
            AccountText::Description => "What the company does",
            AccountText::DevelopmentHistory => "History of its development",
            AccountText::OrgStructure => "Organisational structure",
            AccountText::MarketEnvironment => "Market environment",
            AccountText::PreferredProducts => "Preferred products and buying habits",
        }
    }

    pub fn get(self, account: &Account) -> &str {
        match self {
            AccountText::Description => &account.description,
            AccountText::DevelopmentHistory => &account.development_history,
            AccountText::OrgStructure => &account.org_structure,
            AccountText::MarketEnvironment => &account.market_environment,
            AccountText::PreferredProducts => &account.preferred_products,
        }
    }

    pub fn set(self, account: &mut Account, value: String) {
        let slot = match self {
            AccountText::Description => &mut account.description,
            AccountText::DevelopmentHistory => &mut account.development_history,
            AccountText::OrgStructure => &mut account.org_structure,
            AccountText::MarketEnvironment => &mut account.market_environment,
            AccountText::PreferredProducts => &mut account.preferred_products,
        };
        *slot = value;
    }
}

/// Which text of the dossier is being edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextTarget {
    Plan(PlanSection),
    Account(AccountText),
}

impl TextTarget {
    pub fn title(self) -> &'static str {
        match self {
            TextTarget::Plan(section) => section.title(),
            TextTarget::Account(text) => text.title(),
        }
    }

    pub fn get(self, dossier: &Dossier) -> &str {
        match self {
            TextTarget::Plan(section) => dossier.plan_text(section),
            TextTarget::Account(text) => text.get(&dossier.account),
        }
    }
}

pub struct Editor {
    pub target: TextTarget,
    pub area: TextArea<'static>,
    original: String,
    /// Esc was pressed with changes: the next key answers "throw them away?".
    pub confirming_discard: bool,
}

impl Editor {
    pub fn new(target: TextTarget, text: &str) -> Self {
        let lines = if text.is_empty() { vec![String::new()] } else { text.lines().map(String::from).collect() };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_placeholder_text("Start typing. Ctrl-S saves, Esc cancels.");
        Editor { target, area, original: text.to_string(), confirming_discard: false }
    }

    pub fn text(&self) -> String {
        let joined = self.area.lines().join("\n");
        text::clean_multiline(joined.trim_end())
    }

    pub fn is_changed(&self) -> bool {
        self.text() != text::clean_multiline(self.original.trim_end())
    }

    /// Puts a kept draft into the editor; it stays unsaved until Ctrl-S.
    pub fn restore(&mut self, text: &str) {
        let original = std::mem::take(&mut self.original);
        *self = Editor::new(self.target, text);
        self.original = original;
    }

    pub fn paste(&mut self, pasted: &str) {
        self.area.insert_str(text::clean_multiline(pasted));
    }
}

/// A request for the runtime: suspend the screen and run `$VISUAL`/`$EDITOR`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalEdit {
    pub target: TextTarget,
    pub text: String,
}
