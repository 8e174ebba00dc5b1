//! The store against real files in temporary directories.

mod common;

mod accounts;
mod dossier;
mod drafts;
mod opening;
mod people;
mod plan;
mod touchpoints;
