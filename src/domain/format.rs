//! Numbers as people read them, the same on a screen and in a document:
//! the text seam writes them the interface language's way.

pub use crate::l10n::group_digits;
