//! Lapsing accounts and win-back plans, at their edges.

use super::*;
use crate::domain::analysis::{LapsingRule, WinBackMeans};

const MAY: Month = Month { year: 2026, month: 5 };

/// Acme, never late for a touchpoint, whose last purchase was in `last`.
fn buying(last: Option<Month>) -> CheckInput {
    let mut inp = input(vec![facts(1, "Acme", None)]);
    inp.accounts[0].contact_every_days = Some(100_000);
    inp.accounts[0].last_purchase = last;
    inp
}

fn win_back(status: AccountStatus, due: &str) -> CheckInput {
    let mut inp = input(vec![]);
    inp.win_backs.push(WinBackDue {
        account_id: AccountId(7),
        name: "Lost Ltd".into(),
        status,
        means: WinBackMeans::SpecialOffer,
        note: "10% off".into(),
        due: d(due),
    });
    inp
}

#[test]
fn lapsing_warns_from_the_warning_day_and_is_overdue_once_lost() {
    // The last purchase counts from 31 May; warned from day 120 (28 September), lost on day 180 (27 November).
    assert_eq!(run(&buying(None), "2030-01-01"), vec![], "no purchase on record: no alert");
    assert_eq!(run(&buying(Some(MAY)), "2026-09-27"), vec![]);
    let warned = run(&buying(Some(MAY)), "2026-09-28");
    assert_eq!(brief(&warned), [(AlertKind::Lapsing, Severity::Due, d("2026-09-28"), 0)]);
    assert_eq!(warned[0].sentence(), "Acme: no purchase for 120 days; lost after 180");
    assert_eq!(warned[0].key(), AlertKey::Lapsing(AccountId(1)));
    assert_eq!(warned[0].lost_on(), Some(d("2026-11-27")));
    let day_before = run(&buying(Some(MAY)), "2026-11-26");
    assert_eq!(brief(&day_before), [(AlertKind::Lapsing, Severity::Due, d("2026-09-28"), 59)]);
    assert_eq!(day_before[0].lost_on(), Some(d("2026-11-27")));
    let lost = run(&buying(Some(MAY)), "2026-11-27");
    assert_eq!(brief(&lost), [(AlertKind::Lapsing, Severity::Overdue, d("2026-11-27"), 0)]);
    assert_eq!(lost[0].lost_on(), None, "lost already: its date is the day it was lost");
    assert!(
        lost[0].sentence().starts_with("Acme: no purchase for 180 days; lost after 180: "),
        "{}",
        lost[0].sentence()
    );
}

#[test]
fn lapsing_follows_the_criterion_of_the_type_and_never_closed_accounts() {
    let settings =
        CheckSettings { lapsing: LapsingRule { expert: 365, ..LapsingRule::default() }, ..Default::default() };
    let mut expert = buying(Some(MAY));
    expert.accounts[0].client_type = KeyClientType::Expert;
    assert_eq!(check(expert.clone(), d("2026-12-01"), &settings), vec![]);
    assert_eq!(check(expert.clone(), d("2027-03-31"), &settings), vec![]);
    let warned = check(expert, d("2027-04-01"), &settings);
    assert_eq!(brief(&warned), [(AlertKind::Lapsing, Severity::Due, d("2027-04-01"), 0)]);
    let mut closed = buying(Some(MAY));
    closed.accounts[0].status = AccountStatus::Lost;
    assert_eq!(run(&closed, "2027-06-01"), vec![]);
    let off = CheckSettings { lapsing: LapsingRule { breadwinner: 0, ..LapsingRule::default() }, ..Default::default() };
    assert_eq!(check(buying(Some(MAY)), d("2030-01-01"), &off), vec![]);
}

#[test]
fn a_snoozed_lapse_stays_hidden_until_the_day_after() {
    let mut inp = buying(Some(MAY));
    inp.snoozes = vec![Snooze { key: "lapsing:1".parse().unwrap(), until: d("2026-12-31") }];
    assert_eq!(run(&inp, "2026-12-31"), vec![]);
    assert_eq!(run(&inp, "2027-01-01").len(), 1);
}

#[test]
fn a_win_back_is_due_on_its_date_and_overdue_after_it_for_closed_accounts_only() {
    assert_eq!(run(&win_back(AccountStatus::Lost, "2026-12-01"), "2026-11-30"), vec![]);
    let due = run(&win_back(AccountStatus::Lost, "2026-12-01"), "2026-12-01");
    assert_eq!(brief(&due), [(AlertKind::WinBack, Severity::Due, d("2026-12-01"), 0)]);
    assert_eq!(due[0].sentence(), "Lost Ltd: win-back today: Special offer \"10% off\"");
    let late = run(&win_back(AccountStatus::Former, "2026-12-01"), "2026-12-04");
    assert_eq!(brief(&late), [(AlertKind::WinBack, Severity::Overdue, d("2026-12-01"), 3)]);
    assert_eq!(
        late[0].sentence(),
        "Lost Ltd: win-back (Special offer) \"10% off\" is 3 days late (planned for 2026-12-01)"
    );
    assert_eq!(late[0].key().to_string(), "win_back:7");
    // A plan left on an account that was reopened is not alerted.
    assert_eq!(run(&win_back(AccountStatus::Active, "2026-12-01"), "2026-12-04"), vec![]);
    let mut snoozed = win_back(AccountStatus::Lost, "2026-12-01");
    snoozed.snoozes = vec![Snooze { key: AlertKey::WinBack(AccountId(7)), until: d("2026-12-10") }];
    assert_eq!(run(&snoozed, "2026-12-04"), vec![]);
}

#[test]
fn the_new_keys_read_back_and_the_json_names_the_kinds() {
    for key in ["lapsing:3", "win_back:4"] {
        assert_eq!(key.parse::<AlertKey>().unwrap().to_string(), key);
    }
    let alert = &run(&buying(Some(MAY)), "2026-12-01")[0];
    let json = serde_json::to_value(alert).unwrap();
    assert_eq!((json["kind"].as_str(), json["severity"].as_str()), (Some("lapsing"), Some("overdue")));
    let flags = lapsing_flags(std::slice::from_ref(alert));
    assert_eq!(flags.get(&AccountId(1)), Some(&Severity::Overdue));
}

#[test]
fn plurals_in_every_language() {
    let alert = &run(&buying(Some(MAY)), "2026-10-02")[0];
    let _uk = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
    assert_eq!(alert.description(), "немає закупівель 124 дні; втрачений через 180");
}
