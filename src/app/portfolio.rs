//! The portfolio screen's state: the ranked accounts and the incremental filter.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use std::collections::HashMap;

use unicode_width::UnicodeWidthStr;

use super::viewport::Viewport;
use crate::domain::analysis::{
    AbcXyz, AccountSales, AnalysisSettings, Basis, classify_largest_per_currency, classify_per_currency,
    months_as_customer,
};
use crate::domain::sales::Period;
use crate::domain::{AccountFlag, AccountId, AccountSummary, PortfolioTotals, text};
use crate::store::PortfolioHead;

#[derive(Default)]
pub struct PortfolioState {
    /// The window over the visible accounts.
    pub view: Viewport,
    pub accounts: Vec<AccountSummary>,
    pub filter: String,
    /// The filter box has the keyboard.
    pub filtering: bool,
    /// Index into `visible()`.
    pub selected: usize,
    /// The background check's flag per account: due or overdue for a touchpoint.
    pub flags: HashMap<AccountId, AccountFlag>,
    /// Accounts without a purchase for a while: lapsing (due) or lost by the criterion (overdue).
    pub lapsing: HashMap<AccountId, crate::domain::Severity>,
    /// Most overdue first instead of by rank.
    pub by_urgency: bool,
    /// Indexes into `accounts` of the rows the filter lets through, in display order.
    visible: Vec<usize>,
    /// The names lowercased once, so filtering a keystroke compares only;
    /// made at the first filtered keystroke, not before the first frame.
    keys: Vec<String>,
    /// Annual sales of the open accounts: the whole the shares are of.
    pub total_sales: i64,
    /// The widest name held, in columns: the columns are fitted to it
    /// (measured once per load, not on every frame).
    pub longest_name: usize,
    /// Each account's ABC-XYZ class over the analysis window, made once per load.
    pub classes: HashMap<AccountId, AbcXyz>,
    /// Set while `accounts` holds only the first rows of the ranking (the
    /// first screen, before the rest is read): the whole portfolio's totals.
    head: Option<PortfolioTotals>,
}

/// The first rows read before the first frame: enough for any screen.
pub const HEAD_ROWS: usize = 200;

/// Fewer open rows than this in the head (many large closed accounts):
/// the whole portfolio is read at once instead.
const HEAD_NEEDED: usize = 100;

impl PortfolioState {
    /// Takes the store's ranking; closed accounts (lost, former) go last.
    pub fn set_accounts(&mut self, mut accounts: Vec<AccountSummary>) {
        accounts.sort_by_key(|a| !a.status.is_open());
        let total_sales = accounts.iter().filter(|a| a.status.is_open()).filter_map(|a| a.annual_sales).sum();
        self.head = None;
        self.show(accounts, total_sales);
    }

    /// Takes the first rows of the store's ranking with the portfolio's
    /// totals, classed as the whole portfolio would class them (see
    /// [`classify_largest`]): the first screen, before the rest is read.
    /// False (and nothing taken) when they cannot show it: too few open
    /// accounts among them.
    pub fn set_head(&mut self, head: PortfolioHead, today: chrono::NaiveDate, settings: &AnalysisSettings) -> bool {
        if head.complete {
            self.set_accounts(head.rows);
            self.classify(today, settings);
            return true;
        }
        // The last rows' rank may be shared with accounts not read: those
        // rows are left out, and the closed ones, which show after every open one.
        let boundary = head.rows.last().map(|a| a.annual_sales);
        let classes = head_classes(&head, today, settings);
        let shown: Vec<AccountSummary> =
            head.rows.into_iter().filter(|a| a.status.is_open() && Some(a.annual_sales) != boundary).collect();
        if shown.len() < HEAD_NEEDED {
            return false;
        }
        self.head = Some(head.totals);
        let total_sales = self.head.as_ref().map_or(0, PortfolioTotals::open_sales);
        self.show(shown, total_sales);
        self.classes = classes;
        true
    }

    /// Only the first rows are held (the rest is read after the first frame).
    pub fn is_head(&self) -> bool {
        self.head.is_some()
    }

    /// How many accounts the portfolio holds.
    pub fn count(&self) -> usize {
        self.head.as_ref().map_or(self.accounts.len(), PortfolioTotals::accounts)
    }

    /// The portfolio holds no account.
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    fn show(&mut self, accounts: Vec<AccountSummary>, total_sales: i64) {
        let keep = self.selected_id();
        self.keys.clear();
        self.total_sales = total_sales;
        self.longest_name = accounts.iter().map(|a| a.name.width()).max().unwrap_or(0);
        self.accounts = accounts;
        self.refilter();
        if let Some(id) = keep {
            self.select(id);
        }
    }

    /// Classes every account with a history over the window (the twelve
    /// complete months before `today`'s), by the analysis' own rule.
    pub fn classify(&mut self, today: chrono::NaiveDate, settings: &AnalysisSettings) {
        if self.head.is_some() {
            // The head's classes were drawn when it was read, against the whole's totals.
            return;
        }
        let sales = window_sales(&self.accounts, today);
        let default = crate::l10n::currency();
        self.classes = classify_per_currency(&sales, Basis::Sales, settings, default.as_ref().map(|c| c.code()));
    }

    /// An account's class as the portfolio shows it: `AX`, `C·`, `··`.
    pub fn class(&self, id: AccountId) -> String {
        self.classes.get(&id).copied().unwrap_or_default().code()
    }

    pub fn set_flags(&mut self, flags: HashMap<AccountId, AccountFlag>) {
        let keep = self.selected_id();
        self.flags = flags;
        if self.by_urgency {
            self.refilter();
            if let Some(id) = keep {
                self.select(id);
            }
        }
    }

    pub fn toggle_sort(&mut self) {
        let keep = self.selected_id();
        self.by_urgency = !self.by_urgency;
        self.refilter();
        if let Some(id) = keep {
            self.select(id);
        }
    }

    pub fn flag(&self, id: AccountId) -> Option<AccountFlag> {
        self.flags.get(&id).copied()
    }

    pub fn visible(&self) -> impl Iterator<Item = &AccountSummary> {
        self.visible.iter().filter_map(|&i| self.accounts.get(i))
    }

    /// The visible accounts from the `first`th on, each with its place:
    /// a window deep in a long list costs what one at its top does.
    pub fn visible_from(&self, first: usize) -> impl Iterator<Item = (usize, &AccountSummary)> {
        let rest = self.visible.get(first..).unwrap_or_default();
        rest.iter().enumerate().filter_map(move |(i, &at)| self.accounts.get(at).map(|a| (first + i, a)))
    }

    pub fn visible_count(&self) -> usize {
        self.visible.len()
    }

    pub fn selected_id(&self) -> Option<AccountId> {
        self.visible.get(self.selected).and_then(|&i| self.accounts.get(i)).map(|a| a.id)
    }

    pub fn select(&mut self, id: AccountId) {
        if let Some(pos) = self.visible.iter().position(|&i| self.accounts[i].id == id) {
            self.selected = pos;
        }
    }

    pub fn step(&mut self, delta: isize) {
        let last = self.visible.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn jump(&mut self, to_end: bool) {
        self.selected = if to_end { self.visible.len().saturating_sub(1) } else { 0 };
    }

    /// Typing into the filter box: characters, Backspace, Ctrl-U to clear.
    pub fn type_key(&mut self, key: KeyEvent) {
        match key.code {
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => self.filter.clear(),
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => self.filter.push(c),
            KeyCode::Backspace => {
                self.filter.pop();
            }
            _ => return,
        }
        self.refilter_from_the_top();
    }

    pub fn paste(&mut self, pasted: &str) {
        self.filter.push_str(&text::clean_line(pasted));
        self.refilter_from_the_top();
    }

    /// A changed filter shows its best match first, wherever the list was.
    fn refilter_from_the_top(&mut self) {
        self.refilter();
        self.selected = 0;
    }

    pub fn clear_filter(&mut self) {
        let keep = self.selected_id();
        self.filter.clear();
        self.filtering = false;
        self.refilter();
        if let Some(id) = keep {
            self.select(id);
        }
    }

    /// Case-insensitive for every script: `київ` finds `Київстар`.
    fn refilter(&mut self) {
        let needle = self.filter.trim().to_lowercase();
        self.visible = if needle.is_empty() {
            (0..self.accounts.len()).collect()
        } else {
            if self.keys.len() != self.accounts.len() {
                self.keys = self.accounts.iter().map(|a| a.name.to_lowercase()).collect();
            }
            self.keys.iter().enumerate().filter(|(_, key)| key.contains(&needle)).map(|(i, _)| i).collect()
        };
        if self.by_urgency {
            // Overdue before due before the rest; more days late first; rank breaks ties.
            let flags = &self.flags;
            let accounts = &self.accounts;
            self.visible.sort_by_key(|&i| match flags.get(&accounts[i].id) {
                Some(flag) => (flag.severity as u8, -flag.days),
                None => (u8::MAX, 0),
            });
        }
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }
}

/// What each account with a history over the window brings to its classes.
fn window_sales(accounts: &[AccountSummary], today: chrono::NaiveDate) -> Vec<AccountSales> {
    let window = Period::last_twelve_months(today);
    accounts
        .iter()
        .filter_map(|a| {
            let w = a.window?;
            Some(AccountSales {
                id: a.id,
                name: a.name.clone(),
                client_type: a.client_type,
                status: a.status,
                amount: w.amount,
                profit: None,
                sum_of_squares: w.sum_of_squares,
                months: months_as_customer(Some(w.first), window),
                first: Some(w.first),
                buying_months: 0,
                buying_months_ever: 0,
                currency: a.currency.clone(),
            })
        })
        .filter(|a| a.first.is_some_and(|first| first <= window.through))
        .collect()
}

/// The classes of the head's accounts, each currency against its whole
/// total as the store keeps it.
fn head_classes(
    head: &PortfolioHead,
    today: chrono::NaiveDate,
    settings: &AnalysisSettings,
) -> HashMap<AccountId, AbcXyz> {
    let default = crate::l10n::currency();
    let default = default.as_ref().map(|c| c.code());
    let total = |code: Option<&str>| head.totals.window_sales(code, default);
    classify_largest_per_currency(&window_sales(&head.rows, today), Basis::Sales, settings, default, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountStatus, KeyClientType, RelationshipLevel};

    fn summary(id: i64, name: &str) -> AccountSummary {
        AccountSummary {
            id: AccountId(id),
            name: name.into(),
            client_type: KeyClientType::Breadwinner,
            level_now: RelationshipLevel::Basic,
            status: AccountStatus::Active,
            annual_sales: None,
            last_touchpoint: None,
            next_due: None,
            window: None,
            currency: None,
        }
    }

    fn typed(state: &mut PortfolioState, text: &str) {
        for c in text.chars() {
            state.type_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    #[test]
    fn filter_is_case_insensitive_in_cyrillic_and_georgian() {
        let mut state = PortfolioState::default();
        state.set_accounts(vec![summary(1, "Київстар Бізнес"), summary(2, "Acme"), summary(3, "თბილისის წყალი")]);
        typed(&mut state, "київ");
        assert_eq!(state.visible().map(|a| a.id.0).collect::<Vec<_>>(), vec![1]);
        state.clear_filter();
        typed(&mut state, "წყალ");
        assert_eq!(state.selected_id(), Some(AccountId(3)));
        state.type_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(state.visible_count(), 3);
    }

    #[test]
    fn a_filter_typed_deep_in_the_list_selects_its_best_match() {
        let mut state = PortfolioState::default();
        let names = ["Київ 1", "Львів 2", "Київ 3", "Одеса 4", "Київ 5", "Харків 6"];
        state.set_accounts(names.iter().enumerate().map(|(i, n)| summary(i as i64 + 1, n)).collect());
        state.step(5);
        typed(&mut state, "київ");
        assert_eq!(state.selected_id(), Some(AccountId(1)), "the first (largest) match, not the last");
    }

    #[test]
    fn selection_survives_a_reload() {
        let mut state = PortfolioState::default();
        state.set_accounts(vec![summary(1, "A"), summary(2, "B"), summary(3, "C")]);
        state.step(2);
        state.set_accounts(vec![summary(3, "C"), summary(1, "A"), summary(2, "B")]);
        assert_eq!(state.selected_id(), Some(AccountId(3)));
        state.step(-10);
        assert_eq!(state.selected, 0);
    }
}
