//! Table-driven tests of the rules at their edges, one file per rule;
//! the builders of inputs are here.

mod contact;
mod follow_ups;
mod keys_and_text;
mod losses;
mod round_dates;
mod scope_and_order;

use std::sync::Arc;

use chrono::NaiveDate;

use super::*;
use crate::domain::cadence::Cadence;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn facts(id: i64, name: &str, last: Option<&str>) -> AccountFacts {
    AccountFacts {
        id: AccountId(id),
        name: name.into(),
        client_type: KeyClientType::Breadwinner,
        status: AccountStatus::Active,
        contact_every_days: None,
        created_on: d("2020-01-01"),
        cooperation_start: None,
        last_touchpoint: last.map(d),
        last_purchase: None,
    }
}

fn input(accounts: Vec<AccountFacts>) -> CheckInput {
    CheckInput { accounts, ..CheckInput::default() }
}

fn run(input: &CheckInput, today: &str) -> Vec<Alert> {
    check(input.clone(), d(today), &CheckSettings::default())
}

/// (kind, severity, date, days) of each alert, for compact comparisons.
fn brief(alerts: &[Alert]) -> Vec<(AlertKind, Severity, NaiveDate, i64)> {
    alerts.iter().map(|a| (a.kind, a.severity, a.date, a.days)).collect()
}

fn follow_up(tp: i64, account: i64, promised: &str, due: &str, step: &str) -> FollowUp {
    FollowUp {
        touchpoint_id: TouchpointId(tp),
        account_id: AccountId(account),
        promised_on: d(promised),
        next_step: step.to_string(),
        due: d(due),
    }
}

fn birthday_input(born: &str) -> CheckInput {
    let mut inp = input(vec![facts(1, "Acme", None)]);
    inp.accounts[0].contact_every_days = Some(100_000);
    inp.birthdays = vec![Birthday {
        person_id: PersonId(5),
        account_id: AccountId(1),
        name: "Olena Petrenko".to_string(),
        birthday: d(born).into(),
    }];
    inp
}

fn cooperation(start: &str) -> CheckInput {
    let mut inp = input(vec![facts(1, "Acme", None)]);
    inp.accounts[0].contact_every_days = Some(100_000);
    inp.accounts[0].cooperation_start = Some(d(start));
    inp
}

fn open_milestone(id: i64, account: i64, title: &str, due: NaiveDate) -> OpenMilestone {
    OpenMilestone { id: MilestoneId(id), account_id: AccountId(account), title: title.to_string(), due }
}

use AlertKind::{Anniversary, FollowUpOverdue, MilestoneOverdue, TouchpointDue, TouchpointOverdue};
use Severity::{Due, Overdue, Upcoming};
