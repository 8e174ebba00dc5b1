//! `keyplan close ACCOUNT --as lost|former --reason R` and `keyplan
//! win-back ACCOUNT --means M --date D | --clear`: losing a customer and
//! planning to win it back, from the shell, by the same rules as the
//! account form (DOMAIN.md, "Losing a customer").

use std::path::Path;

use chrono::NaiveDate;

use super::log::{choice, parse_date};
use super::{Failure, out, resolve};
use crate::domain::analysis::{LossReason, WinBack, WinBackMeans};
use crate::domain::dates::Flavour;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{AccountStatus, Choice};
use crate::{l10n, t};

#[derive(clap::Args, Debug)]
pub struct CloseArgs {
    #[arg(add = super::completions::accounts())]
    pub account: String,
    #[arg(long = "as", value_name = "lost|former", value_parser = closed_status, add = super::completions::closed_statuses())]
    pub r#as: AccountStatus,
    #[arg(long, value_name = "REASON", value_parser = choice::<LossReason>, add = super::completions::choices::<LossReason>())]
    pub reason: LossReason,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long, short, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct WinBackArgs {
    #[arg(add = super::completions::accounts())]
    pub account: String,
    #[arg(long, value_name = "MEANS", value_parser = choice::<WinBackMeans>, add = super::completions::choices::<WinBackMeans>(), conflicts_with = "clear")]
    pub means: Option<WinBackMeans>,
    #[arg(long, short, value_name = "DATE", allow_hyphen_values = true, conflicts_with = "clear")]
    pub date: Option<String>,
    #[arg(long, value_name = "TEXT", conflicts_with = "clear")]
    pub note: Option<String>,
    #[arg(long)]
    pub clear: bool,
}

/// `lost` or `former` (a key or a label, as any choice is typed).
fn closed_status(text: &str) -> Result<AccountStatus, String> {
    match AccountStatus::parse(text) {
        Some(status) if !status.is_open() => Ok(status),
        _ => Err(t!("shell-choose-one-of", keys = "lost, former")),
    }
}

pub fn run_close(path: &Path, today: NaiveDate, args: &CloseArgs) -> Result<(), Failure> {
    let on = match &args.date {
        Some(text) => parse_date("--date", text, today, Flavour::Plain)?,
        None => today,
    };
    if on > today {
        let problem = t!("shell-close-after-today", date = l10n::date(on), today = l10n::date(today));
        return Err(Failure::user(format!("--date: {problem}")));
    }
    let note = args.note.as_deref().map(|n| clean_multiline(n.trim())).unwrap_or_default();
    let mut store = super::open_for_writing(path)?;
    let id = resolve::account_to_write(&store, &args.account)?;
    let mut account = store.load_account(id)?;
    if !account.status.is_open() {
        // Closing again would overwrite the closing date, reason and note.
        let since = account.closed_on.map(l10n::date).unwrap_or_else(|| "—".to_string());
        return Err(Failure::user(t!(
            "shell-close-already",
            name = clean_line(&account.name),
            status = account.status.label().to_lowercase(),
            date = since
        )));
    }
    account.close(args.r#as, args.reason, &note, on);
    store.update_account(&account)?;
    let line = t!(
        "shell-close-done",
        name = clean_line(&account.name),
        status = account.status.label().to_lowercase(),
        date = l10n::date(on),
        reason = args.reason.label().to_lowercase()
    );
    out::print(&format!("{line}\n"))
}

pub fn run_win_back(path: &Path, today: NaiveDate, args: &WinBackArgs) -> Result<(), Failure> {
    let plan = match (args.clear, args.means, &args.date) {
        (true, ..) => None,
        (false, Some(means), Some(date)) => {
            let due = parse_date("--date", date, today, Flavour::Due)?;
            let note = args.note.as_deref().map(|n| clean_multiline(n.trim())).unwrap_or_default();
            Some(WinBack { means, note, due })
        }
        _ => return Err(Failure::user(l10n::text("shell-win-back-needs"))),
    };
    let mut store = super::open_for_writing(path)?;
    let id = resolve::account_to_write(&store, &args.account)?;
    let mut account = store.load_account(id)?;
    let name = clean_line(&account.name);
    let line = match plan {
        Some(_) if account.status.is_open() => {
            return Err(Failure::user(t!(
                "shell-win-back-open",
                name = name,
                status = account.status.label().to_lowercase()
            )));
        }
        Some(plan) => {
            let line = t!(
                "shell-win-back-done",
                name = name,
                means = plan.means.label().to_lowercase(),
                date = l10n::date(plan.due)
            );
            account.win_back = Some(plan);
            store.update_account(&account)?;
            line
        }
        None if account.win_back.is_none() => t!("shell-win-back-was-not", name = name),
        None => {
            account.win_back = None;
            store.update_account(&account)?;
            t!("shell-win-back-cleared", name = name)
        }
    };
    out::print(&format!("{line}\n"))
}
