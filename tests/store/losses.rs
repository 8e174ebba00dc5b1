//! What the check reads about losing customers: each open account's last
//! purchase, and the win-back plans of lost and former accounts; closing
//! and reopening keep their facts in step with the status.

use keyplan::domain::analysis::{LossReason, WinBack, WinBackMeans};
use keyplan::domain::sales::{Month, Sale};
use keyplan::domain::{AccountStatus, AlertKind, CheckSettings, check};

use super::common::*;

fn sale(account: AccountId, month: &str, amount: i64) -> Sale {
    Sale {
        account_id: account,
        month: Month::parse(month).unwrap(),
        product: String::new(),
        amount,
        profit: None,
        volume: None,
    }
}

#[test]
fn the_check_reads_the_last_purchase_and_the_due_win_backs() {
    let (_dir, mut store) = fresh();
    let acme = new_account(&mut store, "Acme", None);
    let quiet = new_account(&mut store, "Quiet", None);
    store.add_sale(&sale(acme, "2026-03", 10_000)).unwrap();
    store.add_sale(&sale(acme, "2026-05", 20_000)).unwrap();
    store.add_sale(&sale(acme, "2026-06", -5_000)).unwrap(); // a return is no purchase

    let gone_id = new_account(&mut store, "Gone", None);
    let mut gone = store.load_account(gone_id).unwrap();
    gone.close(AccountStatus::Lost, LossReason::Price, "cheaper elsewhere", d("2026-06-30"));
    gone.win_back = Some(WinBack { means: WinBackMeans::Discount, note: "5%".into(), due: d("2026-12-01") });
    store.update_account(&gone).unwrap();

    let input = store.check_input(d("2026-11-30"), 14).unwrap();
    let last = |id| input.accounts.iter().find(|a| a.id == id).unwrap().last_purchase;
    assert_eq!((last(acme), last(quiet)), (Month::parse("2026-05"), None));
    assert!(input.win_backs.is_empty(), "not due yet: not read");

    let today = d("2026-12-02");
    let input = store.check_input(today, 14).unwrap();
    assert_eq!(input.win_backs.len(), 1);
    assert_eq!((input.win_backs[0].account_id, input.win_backs[0].note.as_str()), (gone.id, "5%"));
    let alerts = check(input, today, &CheckSettings::default());
    let kinds: Vec<(AlertKind, &str)> = alerts
        .iter()
        .filter(|a| matches!(a.kind, AlertKind::Lapsing | AlertKind::WinBack))
        .map(|a| (a.kind, &*a.account))
        .collect();
    // Both overdue: Acme counts as lost for 5 days, the win-back is 1 day late.
    assert_eq!(kinds, [(AlertKind::Lapsing, "Acme"), (AlertKind::WinBack, "Gone")]);
}

#[test]
fn reopening_clears_the_closing_and_the_history_keeps_it() {
    let (_dir, mut store) = fresh();
    let id = new_account(&mut store, "Acme", None);
    let mut account = store.load_account(id).unwrap();
    account.close(AccountStatus::Former, LossReason::Relocation, "moved to Lviv", d("2026-10-31"));
    account.win_back = Some(WinBack { means: WinBackMeans::Meeting, note: String::new(), due: d("2027-01-15") });
    store.update_account(&account).unwrap();
    let closed = store.load_account(id).unwrap();
    assert_eq!((closed.closed_on, closed.loss_reason), (Some(d("2026-10-31")), Some(LossReason::Relocation)));
    assert_eq!(closed.win_back.as_ref().map(|w| w.means), Some(WinBackMeans::Meeting));

    let mut reopened = closed.clone();
    reopened.status = AccountStatus::Active;
    store.update_account(&reopened).unwrap();
    let reopened = store.load_account(id).unwrap();
    assert_eq!((reopened.closed_on, reopened.loss_reason, reopened.loss_note.as_str()), (None, None, ""));
    assert_eq!(reopened.win_back, None);
    let raw = raw(&_dir.path().join("keyplan.db"));
    let kept: i64 = raw
        .query_row("SELECT count(*) FROM history WHERE account_id = ?1 AND before LIKE '%relocation%'", [id.0], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kept, 1, "the reason of the closing is in the history");
}

/// The lapsing accounts as the Lost tab and the report list them: only
/// those the criterion catches, the longest without a purchase first, then
/// by name (not by id); a recent buyer and a closed account never.
#[test]
fn the_lapsing_accounts_come_longest_without_a_purchase_first_then_by_name() {
    let (_dir, mut store) = fresh();
    let today = d("2026-11-23");
    let zeta = new_account(&mut store, "Zeta", None);
    let alpha = new_account(&mut store, "Alpha", None);
    let oldest = new_account(&mut store, "Mid", None);
    let recent = new_account(&mut store, "Recent", None);
    let closed = new_account(&mut store, "Closed", None);
    for (account, month) in
        [(zeta, "2026-05"), (alpha, "2026-05"), (oldest, "2025-12"), (recent, "2026-10"), (closed, "2025-01")]
    {
        store.add_sale(&sale(account, month, 10_000)).unwrap();
    }
    let mut gone = store.load_account(closed).unwrap();
    gone.close(AccountStatus::Lost, LossReason::Price, "", d("2026-02-01"));
    store.update_account(&gone).unwrap();
    let rule = keyplan::domain::analysis::LapsingRule::default();
    let found: Vec<_> =
        store.lapsing(today, &rule).unwrap().into_iter().map(|(p, l)| (p.id, l.days_without_purchase)).collect();
    assert_eq!(found, [(oldest, 327), (alpha, 176), (zeta, 176)]);
}
