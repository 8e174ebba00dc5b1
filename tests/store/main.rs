//! The store against real files in temporary directories.

mod common;

mod accounts;
mod backups;
mod dossier;
mod drafts;
mod losses;
mod opening;
mod people;
mod plan;
mod review;
mod revisions;
mod sales;
mod touchpoints;
