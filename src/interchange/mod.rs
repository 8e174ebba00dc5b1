//! Import and export: the dossier travels whole.
//!
//! One file per format; each turns domain values into text or text into
//! domain values, and `merge` decides what an import adds. The SQL lives in
//! `store` (`store::import`, `store::snapshot`); arrows point down: `cli`
//! uses this module, this module uses `store` and `domain`.
//!
//! | format | out | in |
//! |---|---|---|
//! | `json` | [`json`]: the complete portfolio, versioned | the same document |
//! | `md` | [`markdown`]: a handover document per account | — |
//! | `text` | [`text`]: one dossier for a terminal | — |
//! | `csv` | [`csv`]: the portfolio table | accounts, or people of one account |
//! | `ics` | [`ics`]: open follow-ups and milestones | — |
//! | `vcf` | [`vcard`]: people (vCard 4.0 or 3.0), a UID each | [`vcard`]: people (vCard 2.1, 3.0, 4.0) of one account |
//!
//! # Merge rules (what importing the same file twice does)
//!
//! An import never deletes and never overwrites: it adds what is missing
//! and fills what is empty. Importing a file a second time adds nothing.
//!
//! - **Accounts** match by name, ignoring case and extra spaces: an open
//!   account (active, prospect, at risk) matches the open account of that
//!   name; a lost or former one matches a closed account of that name (the
//!   one created on the same day when there are several). Otherwise the
//!   account is added. A matched account keeps its name, type, levels and
//!   status; its empty facts and plan texts are filled from the file.
//! - **Objectives** match by year and product; **milestones** by title and
//!   due date; **competitors** by name; **touchpoints** by date and summary;
//!   **people** by their global id (the `uid` of a JSON export, the `UID`
//!   of keyplan's vCards), else by an e-mail address they share, else by
//!   name. A person's card whose UID is a person of another account is
//!   that person, and is left alone. A matched
//!   item keeps what it has and gets what it lacks (a milestone its done
//!   date, a touchpoint its outcome or next step, a person the role or
//!   birthday). A person's e-mail addresses and phone numbers are lists:
//!   new ones are added to the list.
//! - Matching is one to one: two equal touchpoints in a file match two equal
//!   touchpoints in the database, and a third one is added.
//! - Text from files is cleaned like any typed text (control characters are
//!   shown, never obeyed) before it is compared or stored.
//!
//! Every import runs in ONE transaction: a file with any error changes
//! nothing, and the error names the file, the line and what is wrong.

pub mod content_line;
pub mod csv;
pub mod encoding;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod merge;
pub mod sales_csv;
pub mod text;
pub mod vcard;

use std::path::Path;

use chrono::NaiveDate;

use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{Dossier, Person};

/// A file format as the end of a file's name tells it: the one table that
/// `import` (which format a file is) and `export` (which format to write)
/// both read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Json,
    Markdown,
    Csv,
    Calendar,
    VCard,
}

/// Extensions (any case) and their formats. `txt` is none of them: import
/// reads it as CSV, export writes any format into it.
pub const EXTENSIONS: &[(&str, FileFormat)] = &[
    ("json", FileFormat::Json),
    ("md", FileFormat::Markdown),
    ("markdown", FileFormat::Markdown),
    ("csv", FileFormat::Csv),
    ("tsv", FileFormat::Csv),
    ("ics", FileFormat::Calendar),
    ("ical", FileFormat::Calendar),
    ("vcf", FileFormat::VCard),
    ("vcard", FileFormat::VCard),
];

impl FileFormat {
    /// The format a file's name says, if its extension is one of [`EXTENSIONS`].
    pub fn of(path: &Path) -> Option<FileFormat> {
        let extension = path.extension()?.to_str()?.to_lowercase();
        EXTENSIONS.iter().find(|(e, _)| *e == extension).map(|(_, format)| *format)
    }
}

/// A file that cannot be imported: where, and what is wrong. One sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    pub line: Option<usize>,
    /// A column, a field or a property, when the line is not enough.
    pub place: Option<String>,
    pub message: String,
}

impl ImportError {
    pub fn new(file: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        ImportError { file: file.display().to_string(), line, place: None, message: message.into() }
    }

    pub fn at(mut self, place: impl Into<String>) -> Self {
        self.place = Some(place.into());
        self
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, " {}", crate::t!("import-line", line = line))?;
        }
        if let Some(place) = &self.place {
            write!(f, ", {place}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ImportError {}

/// Cleans every text of a dossier read from a file, exactly as the store
/// will clean it, so that matching compares what will be stored.
pub fn clean_dossier(dossier: &mut Dossier) {
    let a = &mut dossier.account;
    for line in [&mut a.name, &mut a.industry, &mut a.region, &mut a.preferred_products] {
        *line = clean_line(line);
    }
    for text in [&mut a.description, &mut a.development_history, &mut a.org_structure, &mut a.market_environment] {
        *text = clean_multiline(text);
    }
    for text in [&mut dossier.charter, &mut dossier.situation, &mut dossier.strategy] {
        *text = clean_multiline(text);
    }
    for o in &mut dossier.objectives {
        for line in [&mut o.product, &mut o.planned_volume, &mut o.resources] {
            *line = clean_line(line);
        }
    }
    for m in &mut dossier.milestones {
        m.title = clean_line(&m.title);
        m.note = clean_multiline(&m.note);
    }
    for p in &mut dossier.people {
        clean_person(p);
    }
    for c in &mut dossier.competitors {
        c.name = clean_line(&c.name);
        for text in [&mut c.position, &mut c.strengths, &mut c.weaknesses] {
            *text = clean_multiline(text);
        }
    }
    for t in &mut dossier.touchpoints {
        t.summary = clean_multiline(&t.summary);
        t.reason = clean_multiline(&t.reason);
        t.next_step = clean_line(&t.next_step);
    }
}

pub fn clean_person(p: &mut Person) {
    for line in [&mut p.name, &mut p.job_title, &mut p.phone, &mut p.email] {
        *line = clean_line(line);
    }
    p.notes = clean_multiline(&p.notes);
}

pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_names_file_line_and_place() {
        let e = ImportError::new(Path::new("a.csv"), Some(4), "\"x\" is not a number").at("column \"headcount\"");
        assert_eq!(e.to_string(), "a.csv line 4, column \"headcount\": \"x\" is not a number");
        assert_eq!(ImportError::new(Path::new("a.json"), None, "empty").to_string(), "a.json: empty");
    }
}
