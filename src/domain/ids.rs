//! Newtype ids, so an account id can never be passed where a person id is meant.

macro_rules! id_type {
    ($($name:ident),+) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )+};
}

id_type!(AccountId, PersonId, TouchpointId, ObjectiveId, MilestoneId, CompetitorId);

/// What every stored record carries besides its row id: a global id that
/// stays the same across exports, imports and machines (a UUID v7, so ids
/// sort by the time they were made), and the revision every write
/// increments. A save names the revision it started from; when the stored
/// one has moved on, nothing is overwritten.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    /// Empty until the record is stored.
    pub uid: String,
    /// 0 until the record is stored.
    pub revision: i64,
}

impl Stamp {
    pub fn new(uid: impl Into<String>, revision: i64) -> Self {
        Stamp { uid: uid.into(), revision }
    }
}
