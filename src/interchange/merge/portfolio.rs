//! A portfolio file merged one entry at a time, as it is read, with the
//! rules of [`plan_portfolio`](super::plan_portfolio): an open account
//! matches the open account of its name (stored, or added by an earlier
//! entry); a closed one matches a closed stored account of its name, each
//! at most once, the one created the same day first; the rest are added.
//!
//! Stored accounts are found by name in the database (an index lookup per
//! entry), never by listing them all. What is decided is kept per entry, so
//! that the file can be read again: once for the stored accounts, written
//! row by row, and once for the new ones, written in bulk. Only the open
//! names that several entries share are held in memory, from their first
//! entry to their last (known from the survey), and written once merged.

use super::target::Target;
use super::*;
use crate::store::snapshot::{AccountKey, Snapshot};

/// Where an entry goes: into a stored account, or into a new one; with its
/// account's place in the report.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Route {
    Stored { id: AccountId, note: usize },
    New { note: usize },
}

/// The entries one reading of the file writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Additions to accounts stored before the import.
    Stored,
    /// New accounts.
    New,
    /// Both (a file planned whole before anything is written).
    All,
}

pub struct PortfolioMerge {
    /// Open names (as compared) and how many entries name them, with the
    /// last such entry; from the survey.
    open_names: HashMap<String, (usize, usize)>,
    entries: usize,
    routes: Vec<Route>,
    /// Where the first entry of a shared open name sent them all, and what
    /// they have made of it so far.
    shared: HashMap<String, Route>,
    held: HashMap<String, Target>,
    claimed: HashSet<AccountId>,
    /// The last account stored before the import, and the stored accounts
    /// whose name key an exact lookup would miss, by the name as compared.
    stored: Option<(AccountId, HashMap<String, Vec<AccountKey>>)>,
    notes: Vec<Option<AccountNote>>,
    details: bool,
}

impl PortfolioMerge {
    /// `details`: keep what `Report::details` tells (a dry run), not only
    /// what the summary counts.
    pub fn new(details: bool) -> Self {
        PortfolioMerge {
            open_names: HashMap::new(),
            entries: 0,
            routes: Vec::new(),
            shared: HashMap::new(),
            held: HashMap::new(),
            claimed: HashSet::new(),
            stored: None,
            notes: Vec::new(),
            details,
        }
    }

    /// The survey's look at the next entry: its account's name and status.
    pub fn glimpse(&mut self, account: Option<(&str, crate::domain::AccountStatus)>) {
        let index = self.entries;
        self.entries += 1;
        if let Some((name, status)) = account
            && status.is_open()
        {
            let seen = self.open_names.entry(name_key(&crate::domain::text::clean_line(name))).or_insert((0, index));
            *seen = (seen.0 + 1, index);
        }
    }

    /// How many entries the survey saw.
    pub fn entries(&self) -> usize {
        self.entries
    }

    /// Whether some entry goes (or may go, not yet decided) into a new account.
    pub fn adds(&self) -> bool {
        self.routes.len() < self.entries || self.routes.iter().any(|r| matches!(r, Route::New { .. }))
    }

    /// Entry `index` of the file (each pass hands them in order): the
    /// changes to write now, if `pass` writes this entry's account and no
    /// later entry of the same open name is still to come.
    pub fn take(
        &mut self,
        snapshot: &Snapshot<'_>,
        pass: Pass,
        index: usize,
        mut dossier: Dossier,
    ) -> Result<Option<DossierChanges>, StoreError> {
        clean_dossier(&mut dossier);
        let key = name_key(&dossier.account.name);
        let open = dossier.account.status.is_open();
        let last = self.open_names.get(&key).filter(|(n, last)| open && *n > 1 && index <= *last).map(|seen| seen.1);
        let route = match self.routes.get(index) {
            Some(route) => *route,
            None => {
                let route = match last.and_then(|_| self.shared.get(&key)) {
                    Some(route) => *route,
                    None => self.route(snapshot, &key, &dossier)?,
                };
                if last.is_some() {
                    self.shared.insert(key.clone(), route);
                }
                self.routes.push(route);
                route
            }
        };
        let (id, note) = match route {
            Route::Stored { id, note } if pass != Pass::New => (Some(id), note),
            Route::New { note } if pass != Pass::Stored => (None, note),
            _ => return Ok(None),
        };
        let held = if last.is_some() { self.held.remove(&key) } else { None };
        let target = match (held, id) {
            (Some(mut target), _) => {
                target.merge(dossier);
                target
            }
            (None, Some(id)) => {
                let mut target = Target::existing(snapshot.dossier(id)?);
                target.items = self.details;
                target.merge(dossier);
                target
            }
            // The details of an added account count its items.
            (None, None) => Target::new(dossier, false),
        };
        if last.is_some_and(|last| index < last) {
            self.held.insert(key, target);
            return Ok(None);
        }
        let (change, account) = conclude(target);
        self.notes[note] = Some(account.compact(self.details));
        Ok(change)
    }

    /// Where a first entry of its name goes, found by name among the
    /// accounts stored before the import.
    fn route(&mut self, snapshot: &Snapshot<'_>, key: &str, dossier: &Dossier) -> Result<Route, StoreError> {
        let (up_to, unusual) = match &mut self.stored {
            Some(stored) => stored,
            None => {
                let up_to = snapshot.last_account()?;
                let mut unusual: HashMap<String, Vec<AccountKey>> = HashMap::new();
                for k in snapshot.accounts_unusually_spaced()?.into_iter().filter(|k| k.id <= up_to) {
                    unusual.entry(name_key(&k.name_key)).or_default().push(k);
                }
                self.stored.insert((up_to, unusual))
            }
        };
        let mut named = snapshot.accounts_keyed(key, *up_to)?;
        named.extend(unusual.get(key).into_iter().flatten().filter(|k| k.name_key != key).cloned());
        named.sort_by(AccountKey::portfolio_order);
        let account = &dossier.account;
        let found = if account.status.is_open() {
            named.iter().find(|k| k.status.is_open())
        } else {
            // Each closed account of that name is matched once, the one
            // created on the same day first.
            let candidates: Vec<&AccountKey> =
                named.iter().filter(|k| !k.status.is_open() && !self.claimed.contains(&k.id)).collect();
            let at = candidates.iter().position(|k| k.created_on == account.created_on).unwrap_or(0);
            candidates.get(at).copied()
        };
        let note = self.notes.len();
        self.notes.push(None);
        Ok(match found {
            Some(k) => {
                if !k.status.is_open() {
                    self.claimed.insert(k.id);
                }
                Route::Stored { id: k.id, note }
            }
            None => Route::New { note },
        })
    }

    /// What the import did (or would do), in the order the file first
    /// named each account.
    pub fn report(self) -> Report {
        debug_assert!(self.held.is_empty(), "every shared name ends at its last entry");
        Report { accounts: self.notes.into_iter().flatten().collect(), ..Report::default() }
    }
}
