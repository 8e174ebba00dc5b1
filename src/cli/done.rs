//! `keyplan done ACCOUNT --follow-up X | --milestone X`: closes a promised
//! next step or a plan milestone from the shell, as `x` does in the
//! workbench. It writes, so it never guesses: X is an id, the exact text, or
//! a beginning that only one open item has; anything else lists the choices.

use std::path::Path;

use chrono::NaiveDate;

use super::{Failure, out, resolve};
use crate::domain::{AccountId, Milestone, OpenNextStep, Touchpoint, dates};
use crate::store::Store;
use crate::{l10n, t};

#[derive(clap::Args, Debug)]
pub struct DoneArgs {
    #[arg(add = super::completions::accounts())]
    pub account: String,
    #[arg(long, value_name = "ID-OR-TEXT", conflicts_with = "milestone")]
    pub follow_up: Option<String>,
    #[arg(long, value_name = "ID-OR-TITLE")]
    pub milestone: Option<String>,
    #[arg(long, short, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

pub fn run(path: &Path, today: NaiveDate, args: &DoneArgs) -> Result<(), Failure> {
    let done = match &args.date {
        Some(text) => dates::parse_date(text, today).map_err(|e| Failure::user(format!("--date: {e}")))?,
        None => today,
    };
    if done > today {
        return Err(Failure::user(format!(
            "--date: {}",
            t!("shell-done-after-today", date = l10n::date(done), today = l10n::date(today))
        )));
    }
    let mut store = super::open_for_writing(path)?;
    let id = resolve::account_to_write(&store, &args.account)?;
    let (dossier, _) = store.load_dossier_recent(id, 1)?;
    let name = dossier.account.name.as_str();
    let steps = store.open_next_steps(id)?;
    let milestones: Vec<&Milestone> = dossier.milestones.iter().filter(|m| m.done.is_none()).collect();
    let line = match (&args.follow_up, &args.milestone) {
        (Some(wanted), _) => {
            let step = follow_up(&steps, wanted, name)?;
            store.set_follow_up_done(step.touchpoint_id, None, Some(done))?;
            format!("{}\n", t!("shell-done-follow-up", date = l10n::date(done), step = step.describe(), name = name))
        }
        (None, Some(wanted)) => {
            let milestone = pick(&milestones, wanted, |m| m.id.0, |m| &m.title).map_err(|problem| {
                Failure::user(problem.sentence(What::Milestone, name, &milestone_list(&milestones)))
            })?;
            store.set_milestone_done(milestone.id, None, Some(done))?;
            let line = t!(
                "shell-done-milestone",
                date = l10n::date(done),
                title = milestone.title.as_str(),
                due = l10n::date(milestone.due),
                name = name
            );
            format!("{line}\n")
        }
        (None, None) => return Err(Failure::user(nothing_named(name, &steps, &milestones))),
    };
    out::print(&line)
}

/// The open next step of `account` named by `wanted`, or a sentence listing them.
pub(super) fn follow_up<'a>(
    steps: &'a [OpenNextStep],
    wanted: &str,
    account: &str,
) -> Result<&'a OpenNextStep, Failure> {
    let all: Vec<&OpenNextStep> = steps.iter().collect();
    pick(&all, wanted, |s| s.touchpoint_id.0, |s| &s.next_step)
        .copied()
        .map_err(|problem| Failure::user(problem.sentence(What::FollowUp, account, &step_list(&all))))
}

/// Why no single item was picked.
pub(super) enum Problem {
    None(String),
    Many(String),
}

/// What was looked for.
#[derive(Clone, Copy)]
pub(super) enum What {
    Milestone,
    FollowUp,
}

impl Problem {
    fn sentence(&self, what: What, account: &str, listed: &str) -> String {
        let choices = if listed.is_empty() {
            t!("shell-done-none-open", account = account)
        } else {
            t!("shell-done-say-which", listed = listed)
        };
        let (wanted, milestone) = match (self, what) {
            (Problem::None(wanted) | Problem::Many(wanted), What::Milestone) => (wanted.as_str(), "milestone"),
            (Problem::None(wanted) | Problem::Many(wanted), What::FollowUp) => (wanted.as_str(), "follow-up"),
        };
        let found = match self {
            Problem::None(_) => "none",
            Problem::Many(_) => "many",
        };
        t!("shell-done-not-one", what = milestone, found = found, wanted = wanted, account = account, choices = choices)
    }
}

/// The one item whose id is `wanted`, whose text is `wanted` (ignoring
/// case), or whose text alone begins with it; never a fuzzy guess.
pub(super) fn pick<'a, 'b, T>(
    items: &'b [&'a T],
    wanted: &str,
    id: impl Fn(&T) -> i64,
    text: impl Fn(&T) -> &str,
) -> Result<&'b &'a T, Problem> {
    let wanted = wanted.trim();
    let shown = || crate::domain::text::clean_line(wanted);
    if let Ok(number) = wanted.parse::<i64>()
        && let Some(item) = items.iter().find(|item| id(item) == number)
    {
        return Ok(item);
    }
    let lower = wanted.to_lowercase();
    if lower.is_empty() {
        return Err(Problem::None(shown()));
    }
    let exact: Vec<&&T> = items.iter().filter(|item| text(item).trim().to_lowercase() == lower).collect();
    let found = if exact.is_empty() {
        items.iter().filter(|item| text(item).to_lowercase().starts_with(&lower)).collect()
    } else {
        exact
    };
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(Problem::None(shown())),
        _ => Err(Problem::Many(shown())),
    }
}

fn step_list(steps: &[&OpenNextStep]) -> String {
    let lines: Vec<String> = steps.iter().map(|s| format!("  {:>5}  {}", s.touchpoint_id, s.describe())).collect();
    lines.join("\n")
}

fn milestone_list(milestones: &[&Milestone]) -> String {
    let lines: Vec<String> = milestones
        .iter()
        .map(|m| format!("  {:>5}  {} ({})", m.id, m.title, t!("shell-due", date = l10n::date(m.due))))
        .collect();
    lines.join("\n")
}

/// Without --follow-up or --milestone: what could be closed.
fn nothing_named(account: &str, steps: &[OpenNextStep], milestones: &[&Milestone]) -> String {
    if steps.is_empty() && milestones.is_empty() {
        return t!("shell-done-nothing-open", account = account);
    }
    let mut text = t!("shell-done-say-what", account = account);
    if !steps.is_empty() {
        let all: Vec<&OpenNextStep> = steps.iter().collect();
        text.push_str(&format!("\n{}:\n{}", l10n::text("shell-done-follow-ups"), step_list(&all)));
    }
    if !milestones.is_empty() {
        text.push_str(&format!("\n{}:\n{}", l10n::text("shell-done-milestones"), milestone_list(milestones)));
    }
    text
}

/// The open next steps of `account` that the `--follows-up` values name, each once.
pub(super) fn follows_up(
    store: &Store,
    account: AccountId,
    name: &str,
    wanted: &[String],
) -> Result<Vec<OpenNextStep>, Failure> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let steps = store.open_next_steps(account)?;
    let mut picked: Vec<OpenNextStep> = Vec::new();
    for w in wanted {
        let step = follow_up(&steps, w, name).map_err(|f| Failure::user(format!("--follows-up: {}", f.message)))?;
        if !picked.iter().any(|s| s.touchpoint_id == step.touchpoint_id) {
            picked.push(step.clone());
        }
    }
    Ok(picked)
}

/// The promises a logged touchpoint followed up, for its printout.
pub(super) fn followed_lines(steps: &[OpenNextStep], t: &Touchpoint) -> String {
    steps
        .iter()
        .map(|step| format!("  {}\n", t!("shell-log-follows-up", step = step.describe(), date = l10n::date(t.date))))
        .collect()
}
