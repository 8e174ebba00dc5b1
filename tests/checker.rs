//! The background check, deterministically: the checker is stepped by hand,
//! and the worker thread is awaited with a deadline, never slept on.

use std::sync::mpsc::channel;
use std::time::Duration;

use chrono::NaiveDate;
use keyplan::checker::{CheckEvent, Checker, Worker};
use keyplan::clock::Clock;
use keyplan::domain::*;
use keyplan::store::Store;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The sample portfolio, checked a year after it was made.
fn sample_a_year_on() -> (tempfile::TempDir, std::path::PathBuf, NaiveDate) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    let mut store = Store::open(&path).unwrap().store;
    for dossier in keyplan::sample::sample_portfolio(day("2026-11-23")) {
        store.insert_dossier(&dossier).unwrap();
    }
    (dir, path, day("2027-11-23"))
}

fn contact_flags(alerts: &[Alert]) -> Vec<AccountId> {
    let mut ids: Vec<AccountId> = account_flags(alerts).into_keys().collect();
    ids.sort();
    ids
}

#[test]
fn a_year_ahead_every_active_account_is_flagged_and_one_touchpoint_clears_exactly_its_flag() {
    let (_dir, path, year_on) = sample_a_year_on();
    let mut writer = Store::open(&path).unwrap().store;
    let open: Vec<AccountId> =
        writer.list_accounts().unwrap().into_iter().filter(|a| a.status.is_open()).map(|a| a.id).collect();

    let mut checker = Checker::open(&path, year_on, CheckSettings::default()).unwrap();
    let alerts = checker.run().unwrap();
    let mut expected = open.clone();
    expected.sort();
    assert_eq!(contact_flags(&alerts), expected, "every open account is flagged");
    assert!(!checker.changed().unwrap(), "nothing changed since the run");

    let chosen = open[0];
    writer.save_touchpoint(&Touchpoint::new(chosen, year_on, Channel::Call, "Back in touch")).unwrap();
    assert!(checker.changed().unwrap(), "another connection's commit is seen through data_version");
    let after = checker.run().unwrap();
    let flagged = contact_flags(&after);
    assert!(!flagged.contains(&chosen));
    assert_eq!(flagged.len(), expected.len() - 1, "only that account's flag is cleared");
}

/// Closed accounts are kept, not worked: the only alert they give is the
/// date of a win-back plan.
#[test]
fn lost_and_former_accounts_are_flagged_only_for_their_win_back() {
    let (_dir, path, year_on) = sample_a_year_on();
    let store = Store::open(&path).unwrap().store;
    let closed: Vec<AccountId> =
        store.list_accounts().unwrap().into_iter().filter(|a| !a.status.is_open()).map(|a| a.id).collect();
    assert!(!closed.is_empty());
    let mut checker = Checker::open(&path, year_on, CheckSettings::default()).unwrap();
    let alerts = checker.run().unwrap();
    let about_closed: Vec<_> = alerts.iter().filter(|a| closed.contains(&a.account_id)).collect();
    assert!(about_closed.iter().all(|a| a.kind == AlertKind::WinBack), "{about_closed:?}");
    assert!(!about_closed.is_empty(), "the sample's lost account is on the win-back list");
}

#[test]
fn snoozed_alerts_stay_hidden_until_the_day_after() {
    let (_dir, path, year_on) = sample_a_year_on();
    let mut checker = Checker::open(&path, year_on, CheckSettings::default()).unwrap();
    let alerts = checker.run().unwrap();
    let first = alerts[0].key();
    let mut writer = Store::open(&path).unwrap().store;
    writer.snooze(alerts[0].account_id, first, year_on).unwrap();
    let after = checker.run().unwrap();
    assert!(after.iter().all(|a| a.key() != first));
    assert_eq!(after.len(), alerts.len() - 1);
}

/// Waits for the worker's next report, failing after a generous deadline.
fn next(results: &std::sync::mpsc::Receiver<CheckEvent>) -> (Vec<Alert>, bool) {
    match results.recv_timeout(Duration::from_secs(10)) {
        Ok(CheckEvent::Alerts { alerts, changed_elsewhere, .. }) => (alerts, changed_elsewhere),
        other => panic!("expected alerts from the worker, got {other:?}"),
    }
}

#[test]
fn the_worker_says_which_day_its_report_is_for() {
    let (_dir, path, year_on) = sample_a_year_on();
    let checker = Checker::open(&path, Clock::Fixed(year_on), CheckSettings::default()).unwrap();
    let (events, results) = channel();
    let _worker = Worker::spawn(checker, Duration::from_secs(3600), events);
    match results.recv_timeout(Duration::from_secs(10)) {
        Ok(CheckEvent::Alerts { today, alerts, .. }) => {
            assert_eq!(today, year_on, "the day of the report is the clock's");
            assert!(!alerts.is_empty());
        }
        other => panic!("expected alerts from the worker, got {other:?}"),
    }
}

#[test]
fn the_worker_reports_at_start_after_a_save_and_when_another_process_writes() {
    let (_dir, path, year_on) = sample_a_year_on();
    let checker = Checker::open(&path, year_on, CheckSettings::default()).unwrap();
    let (events, results) = channel();
    // An interval far longer than the test: only the triggers can make it run.
    let worker = Worker::spawn(checker, Duration::from_secs(3600), events);

    let (first, changed) = next(&results);
    assert!(!changed);
    let mut writer = Store::open(&path).unwrap().store;
    let id = first.iter().find(|a| a.kind == AlertKind::TouchpointOverdue).unwrap().account_id;

    // A local save: the workbench commits, then tells the worker.
    writer.save_touchpoint(&Touchpoint::new(id, year_on, Channel::Email, "Sent the offer")).unwrap();
    worker.saved();
    let (after_save, _) = next(&results);
    assert!(!contact_flags(&after_save).contains(&id));

    // Another process writes, with no trigger: data_version wakes the worker.
    let other = first.iter().find(|a| a.kind == AlertKind::TouchpointOverdue && a.account_id != id).unwrap().account_id;
    writer.save_touchpoint(&Touchpoint::new(other, year_on, Channel::Call, "Called")).unwrap();
    let (after_other, changed) = next(&results);
    assert!(changed, "the report says the change came from elsewhere");
    assert!(!contact_flags(&after_other).contains(&other));
}

#[test]
fn the_worker_stops_when_the_workbench_hangs_up() {
    let (_dir, path, year_on) = sample_a_year_on();
    let checker = Checker::open(&path, year_on, CheckSettings::default()).unwrap();
    let (events, results) = channel();
    let worker = Worker::spawn(checker, Duration::from_secs(3600), events);
    next(&results);
    drop(worker);
    // With its trigger channel gone the thread ends and drops its sender.
    match results.recv_timeout(Duration::from_secs(10)) {
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {}
        other => panic!("the worker should have stopped, got {other:?}"),
    }
}

/// Everything, unfiltered, built from the dossiers: what the rules would see
/// if the store read every row.
fn full_input(store: &Store) -> CheckInput {
    let mut input = CheckInput::default();
    for summary in store.list_accounts().unwrap() {
        let d = store.load_dossier(summary.id).unwrap();
        let last = d.touchpoints.first().map(|t| t.date);
        let mut facts = AccountFacts::from_account(&d.account, last);
        // The last month whose sales, over all products, add up to more than nothing.
        let months: std::collections::BTreeSet<_> = d.sales.iter().map(|s| s.month).collect();
        facts.last_purchase = months
            .into_iter()
            .rev()
            .find(|m| d.sales.iter().filter(|s| s.month == *m).map(|s| s.amount).sum::<i64>() > 0);
        input.accounts.push(facts);
        if let (Some(plan), false) = (&d.account.win_back, d.account.status.is_open()) {
            input.win_backs.push(WinBackDue {
                account_id: d.account.id,
                name: d.account.name.as_str().into(),
                status: d.account.status,
                means: plan.means,
                note: plan.note.clone(),
                due: plan.due,
            });
        }
        for t in &d.touchpoints {
            if let (Some(due), None) = (t.next_step_due, t.next_step_done) {
                input.follow_ups.push(FollowUp {
                    touchpoint_id: t.id,
                    account_id: d.account.id,
                    promised_on: t.date,
                    next_step: t.next_step.clone(),
                    due,
                });
            }
        }
        for m in d.milestones.iter().filter(|m| m.done.is_none()) {
            input.milestones.push(OpenMilestone {
                id: m.id,
                account_id: d.account.id,
                title: m.title.clone(),
                due: m.due,
            });
        }
        for p in &d.people {
            if let Some(birthday) = p.birthday {
                input.birthdays.push(Birthday {
                    person_id: p.id,
                    account_id: d.account.id,
                    name: p.name.clone(),
                    birthday,
                });
            }
        }
    }
    input
}

#[test]
fn the_stores_narrowed_input_gives_exactly_the_alerts_of_the_full_input() {
    let (_dir, path, _) = sample_a_year_on();
    let mut store = Store::open(&path).unwrap().store;
    let account = store.list_accounts().unwrap()[0].id;
    let mut leap = Person::new(account, "Leap Day");
    leap.birthday = Some(day("1980-02-29").into());
    store.save_person(&leap).unwrap();
    let full = full_input(&store);
    let settings = CheckSettings::default();
    let mut days = vec![day("2027-02-14"), day("2027-02-27"), day("2028-02-27"), day("2026-12-24"), day("2027-12-31")];
    days.extend((0..400).step_by(9).map(|n| day("2026-11-01") + chrono::Days::new(n)));
    for today in days {
        for within in [0, 1, 14, 60] {
            let rules = CheckSettings { within_days: within, ..settings };
            let narrowed = check(store.check_input(today, within).unwrap(), today, &rules);
            assert_eq!(narrowed, check(full.clone(), today, &rules), "on {today} within {within}");
        }
    }
}

#[test]
fn the_worker_writes_the_days_backup_after_its_first_check_and_says_when_it_cannot() {
    use keyplan::store::backups::Retention;
    let (dir, path, year_on) = sample_a_year_on();
    let checker = Checker::open(&path, Clock::Fixed(year_on), CheckSettings::default())
        .unwrap()
        .with_routine_backups(Retention::default());
    let (events, results) = channel();
    let worker = Worker::spawn(checker, Duration::from_secs(3600), events);
    next(&results);
    let daily = dir.path().join(format!("backups/keyplan-daily-{year_on}.db"));
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !daily.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(daily.exists(), "the day's backup is written after the first check");
    assert!(dir.path().join(format!("backups/keyplan-weekly-{year_on}.db")).exists());
    drop(worker);

    // Where nothing can be written: one sentence after the check, once a day.
    let (_other, path, year_on) = sample_a_year_on();
    std::fs::write(path.with_file_name("backups"), "a file in the way").unwrap();
    let mut checker =
        Checker::open(&path, year_on, CheckSettings::default()).unwrap().with_routine_backups(Retention::default());
    let sentence = checker.routine_backup(year_on).unwrap();
    assert!(
        sentence.starts_with("The daily backup was not written because ")
            && sentence.contains("a file of that name is in the way"),
        "{sentence}"
    );
    assert_eq!(checker.routine_backup(year_on), None, "not again the same day");
    assert!(checker.run().is_ok(), "the check goes on");
    // Turned off in the settings: nothing is written.
    let (off_dir, path, year_on) = sample_a_year_on();
    let mut checker = Checker::open(&path, year_on, CheckSettings::default()).unwrap();
    assert_eq!(checker.routine_backup(year_on), None);
    assert!(!off_dir.path().join("backups").exists());
}
