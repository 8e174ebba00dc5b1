//! The schema as embedded SQL migrations, applied in order by rusqlite_migration.
//!
//! Add a migration by appending `M::up(include_str!("migrations/00N_....sql"))`;
//! never edit one that has shipped.

use rusqlite_migration::{M, Migrations};

/// `PRAGMA application_id` of a keyplan database: 'KPLN'.
pub const APPLICATION_ID: i32 = 0x4B50_4C4E;

/// Every migration, oldest first (public so tests can stop at an earlier version).
pub const STEPS: &[M<'static>] = &[
    M::up(include_str!("migrations/001_initial.sql")),
    M::up(include_str!("migrations/002_snoozes.sql")),
    M::up(include_str!("migrations/003_search.sql")),
    M::up(include_str!("migrations/004_check_indexes.sql")),
    M::up(include_str!("migrations/005_check_from_indexes.sql")),
    M::up(include_str!("migrations/006_revisions.sql")),
    M::up(include_str!("migrations/007_birthdays_without_year.sql")),
    M::up(include_str!("migrations/008_sales.sql")),
    M::up(include_str!("migrations/009_check_lapsing.sql")),
    M::up(include_str!("migrations/010_analysis_indexes.sql")),
    M::up(include_str!("migrations/011_plan_and_loss_summaries.sql")),
    M::up(include_str!("migrations/012_names_index.sql")),
    M::up(include_str!("migrations/013_portfolio_totals.sql")),
    M::up(include_str!("migrations/014_follow_up_links.sql")),
    M::up(include_str!("migrations/015_lost_tab_summaries.sql")),
];

/// Every migration keyplan knows, oldest first.
pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(STEPS);

/// The schema version this keyplan writes: the number of migrations.
pub const SCHEMA_VERSION: usize = STEPS.len();
