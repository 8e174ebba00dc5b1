//! `keyplan show ACCOUNT`: one dossier in one command, fast enough to run
//! over SSH from a phone minutes before a meeting.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::history::Since;
use super::out::{print, printed};
use super::{Failure, OutputFormat, resolve};
use crate::domain::Dossier;
use crate::domain::DossierSection;
use crate::interchange::text::{Layout, MAX_WIDTH};
use crate::interchange::{markdown, text};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShowFormat {
    #[value(help = crate::l10n::text("cli-show-format-text"))]
    Text,
    #[value(help = crate::l10n::text("cli-show-format-md"))]
    Md,
    #[value(help = crate::l10n::text("cli-show-format-json"))]
    Json,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    #[arg(add = super::completions::accounts())]
    pub account: String,
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
    #[arg(long, value_name = "NAME", add = super::completions::sections())]
    pub section: Option<String>,
    #[arg(long, value_name = "N|all")]
    pub log: Option<String>,
    #[arg(long, conflicts_with_all = ["since", "section", "log"])]
    pub since_review: bool,
    #[arg(long, value_name = "DATE", conflicts_with_all = ["section", "log"], allow_hyphen_values = true)]
    pub since: Option<String>,
}

/// A section named on the command line, or a sentence listing them.
pub fn section(name: &str) -> Result<DossierSection, Failure> {
    DossierSection::parse(name).ok_or_else(|| {
        Failure::user(crate::t!(
            "shell-section-unknown",
            found = crate::domain::text::clean_line(name.trim()),
            names = DossierSection::names()
        ))
    })
}

pub fn run(path: &Path, today: NaiveDate, args: &ShowArgs) -> Result<(), Failure> {
    if let Some(since) = since(args, today)? {
        let format = if args.format == ShowFormat::Json { OutputFormat::Json } else { OutputFormat::Text };
        let store = super::open_for_reading(path)?;
        let id = resolve::account(&store, &args.account)?;
        return print(&super::history::since(&store, id, since, format)?);
    }
    let section = args.section.as_deref().map(section).transpose()?;
    let limit = log_limit(args)?;
    let store = super::open_for_reading(path)?;
    let id = resolve::account(&store, &args.account)?;
    // A long log is read only as far as it is shown; as JSON or Markdown,
    // a whole log is read a page at a time as it is written.
    if args.format != ShowFormat::Text && limit.is_none() {
        let (dossier, total) = store.load_dossier_recent(id, LOG_PAGE)?;
        let rest = (total > dossier.touchpoints.len()).then_some((&store, id));
        return match args.format {
            ShowFormat::Md => print_markdown(&dossier, section, today, rest),
            _ => print_json(&dossier, section, rest),
        };
    }
    let (dossier, total) = match limit {
        Some(n) => store.load_dossier_recent(id, n)?,
        None => {
            let dossier = store.load_dossier(id)?;
            let total = dossier.touchpoints.len();
            (dossier, total)
        }
    };
    let printed = match args.format {
        ShowFormat::Text => {
            let layout = layout();
            let mut printed = text::dossier(&dossier, section, today, layout);
            if layout.colour {
                // crossterm's colours in the syntax every colour terminal reads.
                printed = crate::terminal::sgr::sixteen_colour_syntax(&printed);
            }
            let older = total.saturating_sub(dossier.touchpoints.len());
            if older > 0 && section.is_none_or(|s| s == DossierSection::Log) {
                printed.push_str(&format!("\n{}\n", crate::t!("shell-show-older", count = older)));
            }
            printed
        }
        // Written as they are made: a long log is never held twice, as
        // touchpoints and as their text.
        ShowFormat::Md => return print_markdown(&dossier, section, today, None),
        ShowFormat::Json => return print_json(&dossier, section, None),
    };
    print(&printed)
}

/// The dossier as Markdown on standard output; `rest` as for [`print_json`].
fn print_markdown(
    d: &Dossier,
    section: Option<DossierSection>,
    today: NaiveDate,
    rest: Option<(&crate::store::Store, crate::domain::AccountId)>,
) -> Result<(), Failure> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut older = |last: &crate::domain::Touchpoint| older_page(rest, last).map_err(Trouble::Store);
    let written = markdown::write_dossier(&mut out, d, section, today, &mut older).and_then(|()| Ok(out.flush()?));
    match written {
        Ok(()) => Ok(()),
        Err(Trouble::Io(e)) => printed(Err(e)),
        Err(Trouble::Store(e)) => Err(e.into()),
    }
}

/// What can stop a document written as it is read.
enum Trouble {
    Io(std::io::Error),
    Store(crate::store::StoreError),
}

impl From<std::io::Error> for Trouble {
    fn from(e: std::io::Error) -> Self {
        Trouble::Io(e)
    }
}

/// `--since-review` or `--since DATE`, when asked.
fn since(args: &ShowArgs, today: NaiveDate) -> Result<Option<Since>, Failure> {
    match &args.since {
        _ if args.since_review => Ok(Some(Since::Review)),
        None => Ok(None),
        Some(day) => crate::domain::parse_date(day, today)
            .map(|day| Some(Since::Day(day)))
            .map_err(|e| Failure::user(format!("--since: {}", crate::domain::text::clean_line(&e.to_string())))),
    }
}

/// `--log N|all`; text shows the newest 20 unless told otherwise.
fn log_limit(args: &ShowArgs) -> Result<Option<usize>, Failure> {
    match args.log.as_deref().map(str::trim) {
        None if args.format == ShowFormat::Text => Ok(Some(20)),
        None => Ok(None),
        Some(all) if all.eq_ignore_ascii_case("all") => Ok(None),
        Some(n) => {
            n.parse().map(Some).map_err(|_| Failure::user(crate::t!("shell-show-log-limit", found = n.to_string())))
        }
    }
}

/// Fitted to `COLUMNS` or the terminal (at most [`MAX_WIDTH`]); coloured
/// only on a terminal that shows colour (not `NO_COLOR`, not `TERM=dumb`).
fn layout() -> Layout {
    let width = super::out::fit_width().map(|w| w.min(MAX_WIDTH));
    Layout { width, colour: super::out::colour() }
}

/// The dossier's serde form: `account`, `charter`, `situation`, `strategy`,
/// `objectives`, `milestones`, `people`, `competitors`, `touchpoints`
/// (newest first). With a section, `account` and that section's keys.
/// `rest`: the store to read the log's older pages from, when `d` holds
/// only its newest.
fn print_json(
    d: &Dossier,
    section: Option<DossierSection>,
    rest: Option<(&crate::store::Store, crate::domain::AccountId)>,
) -> Result<(), Failure> {
    let wants = |s: DossierSection| section.is_none_or(|only| only == s);
    let view = DossierView {
        account: &d.account,
        charter: wants(DossierSection::Charter).then_some(d.charter.as_str()),
        situation: wants(DossierSection::Situation).then_some(d.situation.as_str()),
        strategy: wants(DossierSection::Strategy).then_some(d.strategy.as_str()),
        objectives: wants(DossierSection::Implementation).then_some(&d.objectives),
        milestones: wants(DossierSection::Implementation).then_some(&d.milestones),
        people: wants(DossierSection::People).then_some(&d.people),
        competitors: wants(DossierSection::Competitors).then_some(&d.competitors),
        touchpoints: wants(DossierSection::Log).then_some(Log { newest: &d.touchpoints, rest }),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, &view)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    printed(written)
}

/// [`Dossier`]'s fields in its order, the ones left out of a section skipped.
#[derive(serde::Serialize)]
struct DossierView<'a> {
    account: &'a crate::domain::Account,
    #[serde(skip_serializing_if = "Option::is_none")]
    charter: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    situation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    strategy: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    objectives: Option<&'a Vec<crate::domain::Objective>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    milestones: Option<&'a Vec<crate::domain::Milestone>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    people: Option<&'a Vec<crate::domain::Person>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    competitors: Option<&'a Vec<crate::domain::Competitor>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    touchpoints: Option<Log<'a>>,
}

/// How many touchpoints of a whole log are read at a time to be written.
const LOG_PAGE: usize = 1000;

/// A log written as a list: the touchpoints read, then, when there is a
/// `rest` to read, the older ones a page at a time (keyset pages from the
/// log's index), so the longest log is never held whole.
struct Log<'a> {
    newest: &'a [crate::domain::Touchpoint],
    rest: Option<(&'a crate::store::Store, crate::domain::AccountId)>,
}

impl serde::Serialize for Log<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut list = serializer.serialize_seq(None)?;
        for touchpoint in self.newest {
            list.serialize_element(touchpoint)?;
        }
        let mut last = self.newest.last().cloned();
        while let Some(from) = last {
            let page = older_page(self.rest, &from).map_err(S::Error::custom)?;
            for touchpoint in &page {
                list.serialize_element(touchpoint)?;
            }
            last = page.last().cloned();
        }
        list.end()
    }
}

/// The page of the log just older than `last`, when there is a `rest` to
/// read (empty at its end, or without one).
fn older_page(
    rest: Option<(&crate::store::Store, crate::domain::AccountId)>,
    last: &crate::domain::Touchpoint,
) -> Result<Vec<crate::domain::Touchpoint>, crate::store::StoreError> {
    match rest {
        Some((store, account)) => store.touchpoints_older(account, last, LOG_PAGE),
        None => Ok(Vec::new()),
    }
}
