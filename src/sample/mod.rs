//! The sample portfolio behind `keyplan --demo` and `keyplan demo --db PATH`:
//! ten key accounts in Ukrainian, Georgian, Russian and English, each with a
//! relationship plan, a decision-making map, competitors and a year of
//! contacts. Every date is relative to `today`, so the sample always looks
//! current: some accounts were touched days ago, some are overdue, a
//! cooperation turns ten and a general director turns fifty within two weeks.
//!
//! "We" in the texts are the makers of TeleSense: IoT sensors, fleet
//! telematics and a monitoring platform, sold with service contracts.

mod build;
mod history;
mod synthetic;

pub use synthetic::{Scale, synthetic_portfolio};

mod alatau;
mod brambleford;
mod halytska;
mod kholod;
mod kolkheti;
mod meridian;
mod mtkvari;
mod saryarka;
mod st_aldhelm;
mod ukrmerezha;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use crate::domain::Dossier;

type Builder = fn(build::Clock) -> Dossier;

/// Open accounts by annual sales, then the prospect, the lost and the former.
const ACCOUNTS: [Builder; 10] = [
    ukrmerezha::dossier,
    brambleford::dossier,
    alatau::dossier,
    mtkvari::dossier,
    halytska::dossier,
    kholod::dossier,
    st_aldhelm::dossier,
    kolkheti::dossier,
    saryarka::dossier,
    meridian::dossier,
];

/// The sample dossiers for a given `today`. Ids are 0 except the people's,
/// which are local (1, 2, ...) within each dossier: `reports_to` and
/// touchpoint participants refer to them, and the store remaps them on insert.
/// The same `today` always gives the same portfolio.
pub fn sample_portfolio(today: NaiveDate) -> Vec<Dossier> {
    let clock = build::Clock::new(today);
    ACCOUNTS.iter().map(|account| build::finish(account(clock))).collect()
}
