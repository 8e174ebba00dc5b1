//! keyplan: a terminal workbench for key account managers.
//!
//! Arrows point down: `cli` and `app` use `store`, `store` uses `domain`,
//! `domain` uses nothing of the crate. `ui` draws `app` state only.

pub mod app;
pub mod checker;
pub mod cli;
pub mod clock;
pub mod domain;
pub mod interchange;
pub mod l10n;
pub mod runtime;
pub mod sample;
pub mod scrolling;
pub mod settings;
pub mod store;
pub mod terminal;
pub mod ui;
