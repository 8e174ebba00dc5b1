//! `keyplan log ACCOUNT --summary TEXT`: a touchpoint logged from the shell
//! in one line, by the same rules as the workbench's form — dates typed the
//! same way, people matched by name, the channel of the account's last
//! contact, and the open next steps it fulfils ticked with `--follows-up`.

use std::path::Path;

use chrono::{NaiveDate, NaiveTime};

use super::{Failure, out, resolve};
use crate::domain::dates::{self, Flavour};
use crate::domain::people::match_people;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{Channel, Choice, Dossier, Outcome, Touchpoint};
use crate::{l10n, t};

#[derive(clap::Args, Debug)]
pub struct LogArgs {
    #[arg(add = super::completions::accounts())]
    pub account: String,
    #[arg(long, short, value_name = "TEXT")]
    pub summary: String,
    #[arg(long, value_name = "CHANNEL", value_parser = choice::<Channel>, add = super::completions::choices::<Channel>())]
    pub channel: Option<Channel>,
    #[arg(long = "with", short, value_name = "PERSON")]
    pub with: Vec<String>,
    #[arg(long, short, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    #[arg(long, value_name = "HH:MM")]
    pub time: Option<String>,
    #[arg(long, value_name = "OUTCOME", value_parser = choice::<Outcome>, add = super::completions::choices::<Outcome>())]
    pub outcome: Option<Outcome>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub next_step: Option<String>,
    #[arg(long, value_name = "DATE", requires = "next_step", allow_hyphen_values = true)]
    pub due: Option<String>,
    #[arg(long, value_name = "ID-OR-TEXT")]
    pub follows_up: Vec<String>,
}

/// A `Choice` typed on the command line: its key or its label, loosely.
pub(super) fn choice<T: Choice>(text: &str) -> Result<T, String> {
    T::parse(text).ok_or_else(|| {
        let keys: Vec<&str> = T::ALL.iter().map(|v| v.key()).collect();
        crate::t!("shell-choose-one-of", keys = keys.join(", "))
    })
}

pub fn run(path: &Path, today: NaiveDate, args: &LogArgs) -> Result<(), Failure> {
    let summary = clean_multiline(args.summary.trim());
    if summary.is_empty() {
        return Err(Failure::user(l10n::text("shell-log-summary-empty")));
    }
    let date = match &args.date {
        Some(text) => parse_date("--date", text, today, Flavour::Plain)?,
        None => today,
    };
    if let Some(problem) = Touchpoint::date_problem(date, today) {
        return Err(Failure::user(format!("--date: {problem}")));
    }
    let time = args.time.as_deref().map(parse_time).transpose()?;
    let due = args.due.as_deref().map(|text| parse_date("--due", text, today, Flavour::Due)).transpose()?;

    let mut store = super::open_for_writing(path)?;
    let id = resolve::account_to_write(&store, &args.account)?;
    let (dossier, _) = store.load_dossier_recent(id, 1)?;

    let mut touchpoint = Touchpoint::new(id, date, Channel::Call, summary);
    touchpoint.channel = match args.channel {
        Some(channel) => channel,
        None => store.channel_for(id)?.unwrap_or(Channel::Call),
    };
    touchpoint.time = time;
    touchpoint.people = people(&dossier, &args.with)?;
    touchpoint.outcome = args.outcome;
    touchpoint.reason = args.reason.as_deref().map(|r| clean_multiline(r.trim())).unwrap_or_default();
    touchpoint.next_step = args.next_step.as_deref().map(clean_line).unwrap_or_default();
    touchpoint.next_step_due = due;
    if touchpoint.next_step_due.is_some() && touchpoint.next_step.is_empty() {
        return Err(Failure::user(l10n::text("shell-log-next-step-empty")));
    }
    let follows = super::done::follows_up(&store, id, &dossier.account.name, &args.follows_up)?;
    let ids: Vec<_> = follows.iter().map(|s| s.touchpoint_id).collect();
    touchpoint.id = store.log_touchpoint(&touchpoint, &ids)?;
    let mut text = stored(&dossier, &touchpoint);
    text.push_str(&super::done::followed_lines(&follows, &touchpoint));
    out::print(&text)
}

pub(super) fn parse_date(option: &str, text: &str, today: NaiveDate, flavour: Flavour) -> Result<NaiveDate, Failure> {
    dates::parse(text, today, flavour).map_err(|e| Failure::user(format!("{option}: {e}")))
}

fn parse_time(text: &str) -> Result<NaiveTime, Failure> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| Failure::user(t!("shell-log-time-invalid", found = text.trim().to_string())))
}

/// Each `--with` matched among the account's people, in the order given.
fn people(dossier: &Dossier, with: &[String]) -> Result<Vec<crate::domain::PersonId>, Failure> {
    let mut ids = Vec::new();
    for wanted in with {
        let found = match_people(wanted, &dossier.people).map_err(|message| {
            let names: Vec<&str> = dossier.people.iter().map(|p| p.name.as_str()).collect();
            let known = if names.is_empty() {
                l10n::text("shell-log-no-people").to_string()
            } else {
                t!("shell-log-its-people", people = names.join(", "))
            };
            Failure::user(format!("--with: {message} ({}; {known})", dossier.account.name))
        })?;
        for id in found {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    Ok(ids)
}

/// What was stored, as the log shows it.
fn stored(dossier: &Dossier, t: &Touchpoint) -> String {
    let mut text = t!(
        "shell-log-saved",
        touchpoint = t.id.0.to_string(),
        name = dossier.account.name.as_str(),
        account = t.account_id.0.to_string()
    );
    text.push('\n');
    let mut when = l10n::date(t.date);
    if let Some(time) = t.time {
        when.push_str(&time.format(" %H:%M").to_string());
    }
    let names: Vec<&str> = t.people.iter().filter_map(|id| dossier.person_name(*id)).collect();
    let with =
        if names.is_empty() { String::new() } else { format!("  {}", t!("shell-log-with", people = names.join(", "))) };
    text.push_str(&format!("  {when}  {}{with}\n", t.channel.label()));
    for line in t.summary.lines() {
        text.push_str(&format!("  {line}\n"));
    }
    if let Some(outcome) = t.outcome {
        let reason = if t.reason.is_empty() { String::new() } else { format!(": {}", t.reason.replace('\n', " ")) };
        text.push_str(&format!("  {}: {}{reason}\n", l10n::text("shell-log-outcome"), outcome.label()));
    } else if !t.reason.is_empty() {
        text.push_str(&format!("  {}: {}\n", l10n::text("shell-log-reason"), t.reason.replace('\n', " ")));
    }
    if !t.next_step.is_empty() {
        let due = t.next_step_due.map(|d| format!(" ({})", t!("shell-due", date = l10n::date(d)))).unwrap_or_default();
        text.push_str(&format!("  {}: {}{due}\n", l10n::text("shell-log-next-step"), t.next_step));
    }
    text
}
