//! The history of a dossier: every saved version of a text and every change
//! of a record, as the store keeps them.

use chrono::NaiveDateTime;

use super::AccountId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub i64);

/// What a change did to its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Create,
    Update,
    Delete,
    /// An earlier version put back (from the history, or by undo and redo).
    Restore,
    /// The plan was reviewed (a review milestone done, or "review the plan").
    Review,
}

impl Change {
    pub fn key(self) -> &'static str {
        match self {
            Change::Create => "create",
            Change::Update => "update",
            Change::Delete => "delete",
            Change::Restore => "restore",
            Change::Review => "review",
        }
    }

    /// Unknown keys (from a newer keyplan) read as updates.
    pub fn from_key(key: &str) -> Change {
        match key {
            "create" => Change::Create,
            "delete" => Change::Delete,
            "restore" => Change::Restore,
            "review" => Change::Review,
            _ => Change::Update,
        }
    }
}

/// One row of the history.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: EntryId,
    /// When, in UTC.
    pub at: NaiveDateTime,
    /// The host name of the machine the change was made on.
    pub machine: String,
    pub account_id: AccountId,
    /// account, text, objective, milestone, person, competitor, touchpoint, review.
    pub kind: String,
    pub record_id: i64,
    /// For a text: which one (charter, situation, ...); else empty.
    pub part: String,
    pub change: Change,
    /// The record's revision after the change (for a delete: its last).
    pub revision: i64,
    /// The text, or the record as JSON, before the change (none for a creation).
    pub before: Option<String>,
    /// ... and after it (none for a deletion).
    pub after: Option<String>,
}
