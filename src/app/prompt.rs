//! A question answered by typing: only the exact words go ahead (the
//! account's name before a purge, which cannot be undone); anything else,
//! `y` included, refuses.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Action, App, Overlay, Pending};
use crate::domain::Account;

pub struct Prompt {
    pub question: String,
    /// What the user has typed so far.
    pub answer: String,
    /// The words that confirm (compared after trimming the ends).
    pub expected: String,
    pub on_yes: Pending,
}

impl Prompt {
    /// `D`: purge the account once its name is typed.
    pub fn purge(account: &Account) -> Prompt {
        let question = crate::t!("ask-purge", name = account.name.as_str());
        Prompt { question, answer: String::new(), expected: account.name.clone(), on_yes: Pending::Purge(account.id) }
    }

    /// Whether the answer is the expected words.
    pub fn is_confirmed(&self) -> bool {
        self.answer.trim() == self.expected.trim()
    }
}

/// Typing edits the answer; Enter goes ahead only with the exact words.
pub(super) fn update(app: &mut App, action: Action) {
    let Some(Overlay::Prompt(prompt)) = app.overlays.last_mut() else {
        return;
    };
    match action {
        Action::Type(key) => match key.code {
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => prompt.answer.push(c),
            KeyCode::Backspace => {
                prompt.answer.pop();
            }
            _ => {}
        },
        Action::Paste(text) => prompt.answer.push_str(&crate::domain::text::clean_line(&text)),
        Action::Confirm => {
            let (confirmed, pending) = (prompt.is_confirmed(), prompt.on_yes);
            app.overlays.pop();
            if !confirmed {
                return app.complain(crate::l10n::text("status-prompt-mismatch"));
            }
            match pending {
                Pending::Purge(id) => super::save::purge(app, id),
                Pending::Delete { item, seen } => super::save::delete_item(app, item, seen),
                Pending::Carry { account, year } => super::review::carry(app, account, year),
                Pending::Discard | Pending::Quit => {}
            }
        }
        Action::Close | Action::Deny => {
            app.overlays.pop();
            app.say(crate::l10n::text("status-cancelled"));
        }
        _ => {}
    }
}
