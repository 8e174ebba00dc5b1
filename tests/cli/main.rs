//! The command line from the outside: the built binary, its lookups, its
//! history, and every message that could quote hostile input. One test
//! crate, so the library is linked once for all of them.

#[path = "../support/cli.rs"]
mod cli;

mod dates;
mod formats;
mod history;
mod hostile;
mod languages;
mod lookup;
mod losses;
mod people;
mod reports;
mod sales;
mod schemas;
mod terminals;
