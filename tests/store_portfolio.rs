//! The portfolio's last contact and next open milestone are kept on the
//! account by triggers: they must follow every insert, change and deletion.

use chrono::NaiveDate;
use keyplan::domain::{Account, AccountId, Channel, Milestone, Touchpoint};
use keyplan::store::Store;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn last_contact_follows_inserts_changes_and_deletions() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap().store;
    let id = store.create_account(&Account::new("Acme", day("2026-01-01"))).unwrap();
    let other = store.create_account(&Account::new("Other", day("2026-01-01"))).unwrap();
    let last = |store: &Store| store.list_accounts().unwrap().into_iter().find(|a| a.id == id).unwrap().last_touchpoint;
    assert_eq!(last(&store), None);

    let newer = store.save_touchpoint(&Touchpoint::new(id, day("2026-05-01"), Channel::Call, "newer")).unwrap();
    store.save_touchpoint(&Touchpoint::new(id, day("2026-03-01"), Channel::Call, "older")).unwrap();
    assert_eq!(last(&store), Some(day("2026-05-01")), "an older contact does not move it back");

    let mut moved = store.load_dossier(id).unwrap().touchpoints[0].clone();
    assert_eq!(moved.id, newer);
    moved.date = day("2026-02-01");
    store.save_touchpoint(&moved).unwrap();
    assert_eq!(last(&store), Some(day("2026-03-01")), "changing a date recomputes it");

    let older = store.load_dossier(id).unwrap().touchpoints[0].id;
    store.delete_touchpoint(older, None).unwrap();
    assert_eq!(last(&store), Some(day("2026-02-01")), "deleting the newest recomputes it");
    store.delete_touchpoint(newer, None).unwrap();
    assert_eq!(last(&store), None);

    store.save_touchpoint(&Touchpoint::new(other, day("2026-06-01"), Channel::Email, "elsewhere")).unwrap();
    assert_eq!(last(&store), None, "another account's contact is not this one's");
}

#[test]
fn the_log_length_follows_inserts_and_deletions() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap().store;
    let id = store.create_account(&Account::new("Acme", day("2026-01-01"))).unwrap();
    let total = |store: &Store| store.load_dossier_recent(id, 2).unwrap().1;
    assert_eq!(total(&store), 0);
    let mut ids = Vec::new();
    for n in 0..5u64 {
        let t = Touchpoint::new(id, day("2026-01-01") + chrono::Days::new(n), Channel::Call, "x");
        ids.push(store.save_touchpoint(&t).unwrap());
    }
    assert_eq!(total(&store), 5);
    assert_eq!(store.load_dossier_recent(id, 2).unwrap().0.touchpoints.len(), 2);
    store.delete_touchpoint(ids[0], None).unwrap();
    assert_eq!(total(&store), 4);
}

#[test]
fn a_bulk_insert_computes_the_summaries_and_puts_the_trigger_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap().store;
    store.insert_dossiers(keyplan::sample::sample_portfolio(day("2026-11-23"))).unwrap();
    for summary in store.list_accounts().unwrap() {
        let (dossier, total) = store.load_dossier_recent(summary.id, 1000).unwrap();
        assert_eq!(summary.last_touchpoint, dossier.touchpoints.first().map(|t| t.date), "{}", summary.name);
        assert_eq!(total, dossier.touchpoints.len(), "{}", summary.name);
        // The next due date, worked out from the whole dossier: a follow-up
        // counts until it is closed, whatever contact came after it.
        let milestones = dossier.milestones.iter().filter(|m| m.done.is_none()).map(|m| m.due);
        let follow_ups = dossier.touchpoints.iter().filter_map(|t| t.open_follow_up());
        assert_eq!(summary.next_due, milestones.chain(follow_ups).min(), "{}", summary.name);
    }
    let first = store.list_accounts().unwrap()[0].id;
    store.save_touchpoint(&Touchpoint::new(first, day("2027-01-01"), Channel::Call, "later")).unwrap();
    let summary = store.list_accounts().unwrap().into_iter().find(|a| a.id == first).unwrap();
    assert_eq!(summary.last_touchpoint, Some(day("2027-01-01")), "the trigger works again after the bulk insert");
}

fn milestone(account: AccountId, due: &str) -> Milestone {
    Milestone::new(account, format!("review {due}"), day(due))
}

#[test]
fn next_milestone_follows_inserts_changes_completion_and_deletions() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap().store;
    let id = store.create_account(&Account::new("Acme", day("2026-01-01"))).unwrap();
    let other = store.create_account(&Account::new("Other", day("2026-01-01"))).unwrap();
    let next = |store: &Store| store.list_accounts().unwrap().into_iter().find(|a| a.id == id).unwrap().next_due;
    assert_eq!(next(&store), None);

    let later = store.save_milestone(&milestone(id, "2026-09-30")).unwrap();
    let sooner = store.save_milestone(&milestone(id, "2026-06-30")).unwrap();
    store.save_milestone(&milestone(other, "2026-02-01")).unwrap();
    assert_eq!(next(&store), Some(day("2026-06-30")), "the earliest open one, of this account only");

    store.set_milestone_done(sooner, None, Some(day("2026-06-29"))).unwrap();
    assert_eq!(next(&store), Some(day("2026-09-30")), "a done milestone is not next");
    store.set_milestone_done(sooner, None, None).unwrap();
    assert_eq!(next(&store), Some(day("2026-06-30")), "reopening it brings it back");

    let mut moved = Milestone { due: day("2026-03-31"), ..store.milestone(later).unwrap() };
    store.save_milestone(&moved).unwrap();
    assert_eq!(next(&store), Some(day("2026-03-31")), "moving a due date recomputes it");
    moved.due = day("2026-12-31");
    moved.stamp.revision += 1;
    store.save_milestone(&moved).unwrap();
    assert_eq!(next(&store), Some(day("2026-06-30")), "and moving it back again");

    store.delete_milestone(sooner, None).unwrap();
    assert_eq!(next(&store), Some(day("2026-12-31")), "deleting the next one recomputes it");
    store.delete_milestone(later, None).unwrap();
    assert_eq!(next(&store), None);
}

/// The portfolio's totals as the whole list adds them up, per currency:
/// accounts, open accounts' annual sales, positive window sales.
fn totals_from_the_list(store: &Store) -> Vec<(Option<String>, usize, i64, i64)> {
    let mut by_currency: std::collections::BTreeMap<Option<String>, (usize, i64, i64)> = Default::default();
    for a in store.list_accounts().unwrap() {
        let entry = by_currency.entry(a.currency.clone()).or_default();
        entry.0 += 1;
        if a.status.is_open() {
            entry.1 += a.annual_sales.unwrap_or(0);
        }
        entry.2 += a.window.map_or(0, |w| w.amount.max(0));
    }
    by_currency.into_iter().map(|(c, (n, open, window))| (c, n, open, window)).collect()
}

fn kept_totals(store: &Store) -> Vec<(Option<String>, usize, i64, i64)> {
    let totals = store.portfolio_totals().unwrap();
    totals.currencies.into_iter().map(|c| (c.currency, c.accounts, c.open_sales, c.window_sales)).collect()
}

#[test]
fn the_kept_totals_follow_every_change_to_the_accounts_and_their_sales() {
    use keyplan::domain::analysis::LossReason;
    use keyplan::domain::{AccountStatus, Month, Sale};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap().store;
    let today = day("2026-11-23");
    assert_eq!(kept_totals(&store), []);
    store.insert_dossiers(keyplan::sample::sample_portfolio(today)).unwrap();
    store.keep_sales_window(today).unwrap();
    assert_eq!(kept_totals(&store), totals_from_the_list(&store), "after a bulk insert and the window");

    let mut typed = Account::new("Typed only", day("2026-01-01"));
    typed.annual_sales = Some(5_000_000);
    let typed = store.create_account(&typed).unwrap();
    let sale = |account, month: &str, amount| Sale {
        account_id: account,
        month: Month::parse(month).unwrap(),
        product: String::new(),
        amount,
        profit: None,
        volume: None,
    };
    store.add_sale(&sale(typed, "2026-03", 1_234_500)).unwrap();
    store.add_sale(&sale(typed, "2026-04", -2_000_000)).unwrap();
    assert_eq!(kept_totals(&store), totals_from_the_list(&store), "a return takes the window below zero");
    store.add_sale(&sale(typed, "2026-11", 900_000)).unwrap();
    assert_eq!(kept_totals(&store), totals_from_the_list(&store), "a sale of this month is outside the window");

    store.set_currency(typed, "EUR").unwrap();
    assert_eq!(kept_totals(&store), totals_from_the_list(&store), "a new currency moves the account");

    let mut account = store.load_account(typed).unwrap();
    account.close(AccountStatus::Lost, LossReason::Price, "", today);
    store.update_account(&account).unwrap();
    assert_eq!(kept_totals(&store), totals_from_the_list(&store), "a closed account's sales leave the open total");

    store.keep_sales_window(day("2027-03-02")).unwrap();
    assert_eq!(kept_totals(&store), totals_from_the_list(&store), "the window moved");

    store.purge_account(typed).unwrap();
    let biggest = store.list_accounts().unwrap()[0].id;
    store.purge_account(biggest).unwrap();
    assert_eq!(kept_totals(&store), totals_from_the_list(&store), "purged accounts leave the totals");
}

#[test]
fn the_head_is_the_first_rows_of_the_list_with_the_whole_totals() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap().store;
    let today = day("2026-11-23");
    let scale = keyplan::sample::Scale { accounts: 60, touchpoints: 600, seed: 3, today };
    store.insert_dossiers(keyplan::sample::synthetic_portfolio(scale)).unwrap();
    store.keep_sales_window(today).unwrap();
    let all = store.list_accounts().unwrap();
    let head = store.portfolio_head(25).unwrap();
    assert_eq!(head.rows[..], all[..25], "the same rows, follow-ups and all");
    assert!(!head.complete);
    assert_eq!(head.totals.accounts(), 60);
    let whole = store.portfolio_head(60).unwrap();
    assert!(whole.complete, "every account read");
    assert_eq!(whole.rows, all);
}
