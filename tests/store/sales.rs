//! Sales history: monthly rows, the totals the triggers keep for the
//! analysis window, replacing months, undo, and refusing stale writes.

use keyplan::domain::analysis::AccountSales;
use keyplan::domain::sales::{Month, MonthChange, Period, Sale, replacements};

use super::common::*;

fn m(text: &str) -> Month {
    Month::parse(text).unwrap()
}

fn sale(account: AccountId, month: &str, product: &str, amount: i64) -> Sale {
    Sale { account_id: account, month: m(month), product: product.into(), amount, profit: None, volume: None }
}

fn analysis(store: &Store, account: AccountId, period: Period) -> AccountSales {
    store.analysis_accounts(period).unwrap().into_iter().find(|a| a.id == account).unwrap()
}

/// The window's figures computed the long way, from the monthly totals.
fn recomputed(store: &Store, account: AccountId, period: Period) -> (i64, f64) {
    let totals = store.month_totals(account, Some(period)).unwrap();
    assert_eq!(totals.len(), 12, "every month of the window, zeros included");
    (totals.iter().map(|t| t.amount).sum(), totals.iter().map(|t| (t.amount as f64).powi(2)).sum())
}

#[test]
fn the_window_totals_follow_every_change_and_the_turn_of_the_month() {
    let (_dir, mut store) = fresh();
    let id = store.create_account(&Account::new("Acme", d("2024-01-01"))).unwrap();
    let today = d("2026-12-01");
    store.keep_sales_window(today).unwrap();
    let window = Period::last_twelve_months(today);

    store.add_sale(&sale(id, "2026-11", "", 10_000)).unwrap();
    store.add_sale(&sale(id, "2026-11", "", 5_000)).unwrap();
    store.add_sale(&sale(id, "2026-11", "Sensors", 2_500)).unwrap();
    store.add_sale(&sale(id, "2025-12", "", 40_000)).unwrap();
    store.add_sale(&sale(id, "2025-11", "", 99_900)).unwrap(); // before the window
    store.add_sale(&sale(id, "2026-03", "", -1_000)).unwrap(); // a return

    let a = analysis(&store, id, window);
    assert_eq!(a.amount, 10_000 + 5_000 + 2_500 + 40_000 - 1_000);
    let (amount, squares) = recomputed(&store, id, window);
    assert_eq!(a.amount, amount);
    assert!((a.sum_of_squares - squares).abs() < 1e-6);
    assert_eq!(a.months, 12);
    assert_eq!(a.first, Some(m("2025-11")));
    let portfolio = store.list_accounts().unwrap();
    assert_eq!(portfolio[0].annual_sales, Some(565), "the window's sales in whole units rank the portfolio");

    // A month changed (its row without a product; Sensors stays) and a month emptied.
    let november = store.sales_of_months(&[(id, m("2026-11"))]).unwrap();
    let change = replacements(&november, &[sale(id, "2026-11", "", 1_000)]);
    store.apply_sales(&change).unwrap();
    let emptied = MonthChange {
        account_id: id,
        month: m("2026-03"),
        before: store.sales_of_months(&[(id, m("2026-03"))]).unwrap(),
        after: vec![],
    };
    store.apply_sales(&[emptied]).unwrap();
    let a = analysis(&store, id, window);
    assert_eq!(a.amount, 1_000 + 2_500 + 40_000);
    let (amount, squares) = recomputed(&store, id, window);
    assert_eq!((a.amount, a.sum_of_squares), (amount, squares));
    let (years, recomputed_years) = year_totals(&store);
    assert_eq!(years, recomputed_years, "the yearly totals follow changed and emptied months");
    assert_eq!(years.len(), 3, "2025, 2026 without a product, 2026 Sensors: {years:?}");

    // A new month begins: December 2025 leaves the window.
    let january = d("2027-01-05");
    store.keep_sales_window(january).unwrap();
    let next = Period::last_twelve_months(january);
    let a = analysis(&store, id, next);
    assert_eq!(a.amount, 3_500);
    assert_eq!(recomputed(&store, id, next).0, 3_500);
    // Another period is summed from the monthly totals.
    assert_eq!(analysis(&store, id, Period::year(2025)).amount, 99_900 + 40_000);
}

#[test]
fn an_account_without_history_keeps_its_typed_figure_and_stays_out_of_the_analysis() {
    let (_dir, mut store) = fresh();
    let mut typed = Account::new("Typed", d("2026-01-01"));
    typed.annual_sales = Some(1_000);
    let typed = store.create_account(&typed).unwrap();
    let sold = store.create_account(&Account::new("Sold", d("2026-01-01"))).unwrap();
    store.keep_sales_window(d("2026-12-01")).unwrap();
    store.add_sale(&sale(sold, "2026-06", "", 500_000)).unwrap();
    let portfolio = store.list_accounts().unwrap();
    assert_eq!((portfolio[0].id, portfolio[0].annual_sales), (sold, Some(5_000)));
    assert_eq!((portfolio[1].id, portfolio[1].annual_sales), (typed, Some(1_000)));
    let analysed = store.analysis_accounts(Period::last_twelve_months(d("2026-12-01"))).unwrap();
    assert_eq!(analysed.iter().map(|a| a.id).collect::<Vec<_>>(), [sold]);
}

#[test]
fn an_import_replaces_the_products_it_names_and_is_kept_in_the_history_for_undo() {
    let (_dir, mut store) = fresh();
    let id = store.create_account(&Account::new("Acme", d("2024-01-01"))).unwrap();
    let file = [sale(id, "2026-10", "", 100), sale(id, "2026-10", "", 50), sale(id, "2026-09", "Sensors", 7)];
    let months = [(id, m("2026-10")), (id, m("2026-09"))];
    let changes = replacements(&store.sales_of_months(&months).unwrap(), &file);
    store.apply_sales(&changes).unwrap();
    assert!(replacements(&store.sales_of_months(&months).unwrap(), &file).is_empty(), "twice changes nothing");

    let corrected = [sale(id, "2026-10", "Sensors", 120)];
    let changes = replacements(&store.sales_of_months(&months).unwrap(), &corrected);
    store.apply_sales(&changes).unwrap();
    let written = store.take_written();
    // The month's other product stays: an import sets the products it names.
    assert_eq!(
        store.sales(id).unwrap(),
        [sale(id, "2026-10", "", 150), sale(id, "2026-10", "Sensors", 120), sale(id, "2026-09", "Sensors", 7)]
    );

    store.revert(&written).unwrap();
    assert_eq!(store.sales(id).unwrap(), [sale(id, "2026-10", "", 150), sale(id, "2026-09", "Sensors", 7)]);
    let history = store.history(id, Some("sales"), Some("2026-10")).unwrap();
    assert_eq!(history.len(), 3, "the import, the correction and its undo");
}

#[test]
fn a_month_changed_since_it_was_read_refuses_the_whole_write() {
    let (_dir, mut store) = fresh();
    let id = store.create_account(&Account::new("Acme", d("2024-01-01"))).unwrap();
    store.add_sale(&sale(id, "2026-10", "", 100)).unwrap();
    let stale = replacements(&[], &[sale(id, "2026-09", "", 1), sale(id, "2026-10", "", 5)]);
    let error = store.apply_sales(&stale).unwrap_err();
    assert!(error.to_string().contains("2026-10"), "{error}");
    assert_eq!(store.sales(id).unwrap(), [sale(id, "2026-10", "", 100)], "not even September was written");
}

#[test]
fn deleting_an_account_takes_its_sales_and_totals_with_it() {
    let (_dir, mut store) = fresh();
    let id = store.create_account(&Account::new("Acme", d("2024-01-01"))).unwrap();
    store.add_sale(&sale(id, "2026-10", "", 100)).unwrap();
    store.purge_account(id).unwrap();
    let conn = Connection::open(store.path()).unwrap();
    let left: i64 = conn
        .query_row("SELECT (SELECT count(*) FROM sales) + (SELECT count(*) FROM sales_months) + (SELECT count(*) FROM sales_years)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn the_currency_and_the_win_back_plan_are_kept_with_the_account() {
    use keyplan::domain::analysis::{LossReason, WinBack, WinBackMeans};
    let (_dir, mut store) = fresh();
    let mut account = Account::new("Acme", d("2024-01-01"));
    account.currency = Some("gel".into());
    account.status = AccountStatus::Lost;
    account.closed_on = Some(d("2026-06-30"));
    account.loss_reason = Some(LossReason::Competitor);
    account.loss_note = "went to AgroSense".into();
    account.win_back = Some(WinBack { means: WinBackMeans::Discount, note: "10 %".into(), due: d("2027-02-01") });
    let id = store.create_account(&account).unwrap();
    let stored = store.load_account(id).unwrap();
    assert_eq!(stored.currency.as_deref(), Some("GEL"));
    assert_eq!(stored.loss_reason, Some(LossReason::Competitor));
    assert_eq!(stored.win_back, account.win_back);
    account.currency = Some("hryvnia".into());
    assert!(store.create_account(&account).unwrap_err().to_string().contains("ISO 4217"));
}

#[test]
fn plan_lines_set_each_objective_against_the_sales_of_its_year_and_product() {
    let (_dir, mut store) = fresh();
    let id = store.create_account(&Account::new("Acme", d("2024-01-01"))).unwrap();
    let mut sensors = sale(id, "2026-03", "Sensors", 40_000);
    sensors.profit = Some(8_000);
    sensors.volume = Some(4_000);
    store.add_sale(&sensors).unwrap();
    store.add_sale(&sale(id, "2026-04", "Racks", 10_000)).unwrap();
    store.add_sale(&sale(id, "2025-04", "Sensors", 99_900)).unwrap();
    let objective = Objective {
        id: ObjectiveId(0),
        account_id: id,
        year: 2026,
        product: "sensors".into(),
        planned_volume: "100 pcs".into(),
        expected_profit: Some(200),
        resources: String::new(),
        stamp: Default::default(),
    };
    store.save_objective(&objective).unwrap();
    let lines = store.plan_lines(2026, d("2026-07-02")).unwrap();
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert_eq!((line.actual.amount, line.actual.profit, line.actual.by_product), (40_000, Some(8_000), true));
    assert_eq!(line.volume.unwrap().done, Some(0.4));
    assert_eq!(line.profit.unwrap().done, Some(0.4));
    assert!(store.plan_lines(2024, d("2026-07-02")).unwrap().is_empty());
}

#[test]
fn the_loss_report_and_the_activity_read_what_the_rules_need() {
    use keyplan::domain::CadenceDefaults;
    use keyplan::domain::analysis::LossReason;
    let (_dir, mut store) = fresh();
    let mut lost = Account::new("Gone", d("2020-01-01"));
    lost.status = AccountStatus::Lost;
    lost.closed_on = Some(d("2026-08-10"));
    lost.loss_reason = Some(LossReason::Price);
    store.create_account(&lost).unwrap();
    let id = store.create_account(&Account::new("Acme", d("2024-01-01"))).unwrap();
    let mut boss = Person::new(id, "Олена Бойко");
    boss.role = Some(BuyingRole::DecisionMaker);
    let boss = store.save_person(&boss).unwrap();
    let mut refused = Touchpoint::new(id, d("2026-10-05"), Channel::Call, "no budget");
    refused.outcome = Some(Outcome::Refusal);
    refused.reason = "Price ".into();
    store.save_touchpoint(&refused).unwrap();
    let mut met = Touchpoint::new(id, d("2026-06-01"), Channel::Meeting, "met");
    met.people = vec![boss];
    store.save_touchpoint(&met).unwrap();
    let mut near = Person::new(id, "Covered Recently");
    near.role = Some(BuyingRole::Influencer);
    let near = store.save_person(&near).unwrap();
    let mut lately = Touchpoint::new(id, d("2026-11-25"), Channel::Call, "lately");
    lately.people = vec![near];
    store.save_touchpoint(&lately).unwrap();

    let period = Period::last_twelve_months(d("2026-12-01"));
    let report = store.loss_report(period).unwrap();
    assert_eq!(report.quarters.len(), 1);
    assert_eq!(report.refusals_by_reason, [("Price".to_string(), 1)], "as written, trimmed");
    let activity = store.activity(period, d("2026-12-01"), &CadenceDefaults::default(), true).unwrap();
    assert_eq!(activity.rhythms.len(), 1, "open accounts only");
    assert_eq!(activity.rhythms[0].total(), 3);
    assert_eq!(activity.mix.total, 3);
    assert_eq!(activity.coverage.len(), 1, "the uncovered only: {:?}", activity.coverage);
    assert_eq!(activity.coverage[0].last_contact, Some(d("2026-06-01")));
    assert!(activity.coverage[0].uncovered, "six months without a contact");
}

/// A year's totals per account and product as the triggers keep them,
/// and as the sales rows give them when added up now: (kept, recomputed).
type YearRow = (i64, i64, String, i64, Option<i64>, Option<i64>);
fn year_totals(store: &Store) -> (Vec<YearRow>, Vec<YearRow>) {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let read = |sql: &str| -> Vec<YearRow> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    (
        read(
            "SELECT year, account_id, product, amount, CASE WHEN profit_rows > 0 THEN profit END,
                    CASE WHEN volume_rows > 0 THEN volume END FROM sales_years ORDER BY 1, 2, 3",
        ),
        read(
            "SELECT CAST(substr(month, 1, 4) AS INTEGER), account_id, product, sum(amount), sum(profit), sum(volume)
               FROM sales GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        ),
    )
}

/// Every figure the triggers keep, for comparing two databases; sums of
/// squares (floating point, added in another order) to nine digits. The
/// yearly totals must also equal the rows added up now.
fn kept_figures(store: &Store) -> (Vec<AccountSales>, Vec<Vec<keyplan::domain::MonthTotal>>, Vec<YearRow>) {
    let (years, recomputed) = year_totals(store);
    assert_eq!(years, recomputed, "the yearly totals follow the rows");
    let window = Period::last_twelve_months(d("2026-12-01"));
    let mut accounts = store.analysis_accounts(window).unwrap();
    accounts.sort_by_key(|a| a.id);
    for a in &mut accounts {
        let scale = 10f64.powi(a.sum_of_squares.abs().max(1.0).log10().floor() as i32 - 8);
        a.sum_of_squares = (a.sum_of_squares / scale).round() * scale;
    }
    let totals = accounts.iter().map(|a| store.month_totals(a.id, None).unwrap()).collect();
    (accounts, totals, years)
}

#[test]
fn a_large_import_leaves_the_same_totals_as_the_triggers() {
    let today = d("2026-12-01");
    let (_a, mut bulk) = fresh();
    let (_b, mut one_by_one) = fresh();
    let mut months = Vec::new();
    for store in [&mut bulk, &mut one_by_one] {
        store.keep_sales_window(today).unwrap();
        for n in 0..30 {
            let id = store.create_account(&Account::new(format!("Account {n}"), d("2020-01-01"))).unwrap();
            store.add_sale(&sale(id, "2026-10", "Old", 1_000)).unwrap();
            if n % 3 == 0 {
                store.add_sale(&sale(id, "2020-01", "", 7)).unwrap();
            }
        }
    }
    // 30 accounts, 100 months each: replaced, added, returns, months all zero.
    for n in 0..30 {
        for back in 0..100 {
            let month = Month::parse("2026-11").unwrap().plus(-back);
            let amount = match (n + back) % 7 {
                0 => -500,
                1 => 0,
                k => (k * 1_000 + n) as i64,
            };
            let mut row = Sale { month, ..sale(AccountId(n as i64 + 1), "2026-11", "", amount) };
            row.profit = (back % 2 == 0).then_some(amount / 4);
            months.push(row);
        }
    }
    let plan = |store: &Store| {
        let keys: Vec<(AccountId, Month)> = months.iter().map(|s| (s.account_id, s.month)).collect();
        replacements(&store.sales_of_months(&keys).unwrap(), &months)
    };
    let changes = plan(&bulk);
    assert!(changes.len() >= 2_000, "large enough for the bulk path: {}", changes.len());
    bulk.import_sales(&changes, &[]).unwrap();
    for chunk in plan(&one_by_one).chunks(500) {
        one_by_one.import_sales(chunk, &[]).unwrap();
    }
    assert_eq!(kept_figures(&bulk), kept_figures(&one_by_one));
    // The triggers are back: a later change keeps the totals again.
    bulk.add_sale(&sale(AccountId(1), "2026-11", "", 123)).unwrap();
    one_by_one.add_sale(&sale(AccountId(1), "2026-11", "", 123)).unwrap();
    assert_eq!(kept_figures(&bulk), kept_figures(&one_by_one));
}

#[test]
fn a_portfolio_inserted_in_bulk_keeps_the_same_totals_as_one_by_one() {
    let today = d("2026-12-01");
    let sample = keyplan::sample::sample_portfolio(today);
    let (_a, mut bulk) = fresh();
    let (_b, mut one_by_one) = fresh();
    for store in [&mut bulk, &mut one_by_one] {
        store.keep_sales_window(today).unwrap();
    }
    bulk.insert_dossiers(sample.clone()).unwrap();
    for dossier in &sample {
        one_by_one.insert_dossier(dossier).unwrap();
    }
    let (accounts, totals, years) = kept_figures(&bulk);
    assert_eq!(accounts.len(), 9, "every sample account but the prospect has a history");
    assert!(totals.iter().all(|t| t.len() >= 8), "months of each history");
    assert!(years.len() >= 27, "three years of each history: {}", years.len());
    assert_eq!((accounts, totals, years), kept_figures(&one_by_one));
    let portfolio = |store: &Store| store.list_accounts().unwrap().into_iter().map(|a| a.name).collect::<Vec<_>>();
    assert_eq!(portfolio(&bulk), portfolio(&one_by_one));
    // Each person's last contact and the contact mix, computed once at the end.
    let activity = |store: &Store| {
        let a = store.activity(Period::last_twelve_months(today), today, &Default::default(), true).unwrap();
        (a.mix, a.coverage, a.rhythms)
    };
    assert!(activity(&bulk).0.total > 0 && !activity(&bulk).1.is_empty());
    assert_eq!(activity(&bulk), activity(&one_by_one));
    // The triggers are back.
    bulk.add_sale(&sale(AccountId(1), "2026-11", "", 123)).unwrap();
    one_by_one.add_sale(&sale(AccountId(1), "2026-11", "", 123)).unwrap();
    assert_eq!(kept_figures(&bulk), kept_figures(&one_by_one));
    for store in [&mut bulk, &mut one_by_one] {
        let person = store.load_dossier(AccountId(1)).unwrap().people[0].id;
        let mut contact = Touchpoint::new(AccountId(1), today, Channel::Visit, "visit");
        contact.people = vec![person];
        store.save_touchpoint(&contact).unwrap();
    }
    assert_eq!(activity(&bulk), activity(&one_by_one));
}

#[test]
fn each_persons_last_contact_and_the_contact_mix_follow_every_change_of_the_log() {
    use keyplan::domain::CadenceDefaults;
    let (_dir, mut store) = fresh();
    let id = store.create_account(&Account::new("Acme", d("2024-01-01"))).unwrap();
    let mut boss = Person::new(id, "Boss");
    boss.role = Some(BuyingRole::Influencer);
    let boss = store.save_person(&boss).unwrap();
    let mut older = Touchpoint::new(id, d("2026-03-01"), Channel::Call, "older");
    older.people = vec![boss];
    let older = store.save_touchpoint(&older).unwrap();
    let mut newer = Touchpoint::new(id, d("2026-05-01"), Channel::Email, "newer");
    newer.people = vec![boss];
    newer.outcome = Some(Outcome::Positive);
    let newer = store.save_touchpoint(&newer).unwrap();
    let period = Period::year(2026);
    let look = |store: &Store| {
        let a = store.activity(period, d("2026-12-01"), &CadenceDefaults::default(), true).unwrap();
        let by = |c: Channel| a.mix.by_channel.iter().find(|(x, _)| *x == c).unwrap().1;
        (a.coverage[0].last_contact, a.mix.total, by(Channel::Call), by(Channel::Email))
    };
    assert_eq!(look(&store), (Some(d("2026-05-01")), 2, 1, 1));

    let mut moved = store.touchpoint(newer).unwrap();
    moved.date = d("2026-02-01");
    moved.channel = Channel::Call;
    store.save_touchpoint(&moved).unwrap();
    assert_eq!(look(&store), (Some(d("2026-03-01")), 2, 2, 0), "a date and a channel changed");

    let mut unlinked = store.touchpoint(older).unwrap();
    unlinked.people.clear();
    store.save_touchpoint(&unlinked).unwrap();
    assert_eq!(look(&store), (Some(d("2026-02-01")), 2, 2, 0), "the person taken off a contact");

    store.delete_touchpoint(newer, None).unwrap();
    assert_eq!(look(&store), (None, 1, 1, 0), "the last contact with the person deleted");
}

/// What the Plan tab reads of a whole year (how many objectives, the
/// totals, how far each is, the widest name) and the pages it reads of its
/// lines agree with the lines read whole, in several currencies, with and
/// without a default one.
#[test]
fn the_plan_tabs_year_and_pages_agree_with_the_lines_read_whole() {
    use keyplan::domain::analysis::plan_totals;
    use unicode_width::UnicodeWidthStr;
    let (_dir, mut store) = fresh();
    let today = d("2026-11-23");
    store.insert_dossiers(keyplan::sample::sample_portfolio(today)).unwrap();
    let scale = keyplan::sample::Scale { accounts: 300, touchpoints: 3_000, seed: 7, today };
    store.insert_dossiers(keyplan::sample::synthetic_portfolio(scale)).unwrap();
    let mut seen = 0;
    for year in [2025, 2026, 2027, 2040] {
        let lines = store.plan_lines(year, today).unwrap();
        seen += lines.len();
        for default in [None, Some("UAH"), Some("EUR")] {
            let whole = store.plan_year(year, today, default).unwrap();
            assert_eq!(whole.count, lines.len());
            assert_eq!(whole.totals, plan_totals(&lines, default), "{year}, default {default:?}");
            let mut measured: Vec<String> = whole.measures.iter().map(|m| format!("{m:?}")).collect();
            let mut expected: Vec<String> = lines
                .iter()
                .map(|l| format!("{:?}", keyplan::domain::analysis::Measures { volume: l.volume, profit: l.profit }))
                .collect();
            measured.sort();
            expected.sort();
            assert_eq!(measured, expected);
            assert_eq!(whole.longest_name, lines.iter().map(|l| l.account.width()).max().unwrap_or(0));
        }
        for (offset, limit) in [(0, 5), (3, 50), (lines.len().saturating_sub(2), 10), (lines.len() + 1, 3)] {
            let page = store.plan_page(year, today, offset, Some(limit)).unwrap();
            let expected: Vec<_> = lines.iter().skip(offset).take(limit).cloned().collect();
            assert_eq!(page, expected, "{year}: {limit} from {offset}");
        }
    }
    assert!(seen > 300, "the portfolios plan something: {seen}");
    let currencies = plan_totals(&store.plan_lines(2026, today).unwrap(), None).len();
    assert!(currencies > 2, "in several currencies: {currencies}");
}

/// The Activity tab counts the uncovered people without reading them and
/// reads them a page at a time: the count and every page agree with the
/// whole list a report reads, in its order.
#[test]
fn the_activity_tabs_count_and_pages_agree_with_the_whole_coverage() {
    let (_dir, mut store) = fresh();
    let today = d("2026-11-23");
    store.insert_dossiers(keyplan::sample::sample_portfolio(today)).unwrap();
    let scale = keyplan::sample::Scale { accounts: 200, touchpoints: 2_000, seed: 11, today };
    store.insert_dossiers(keyplan::sample::synthetic_portfolio(scale)).unwrap();
    let cadence = keyplan::domain::CadenceDefaults::default();
    let period = Period::last_twelve_months(today);
    let whole = store.activity(period, today, &cadence, true).unwrap();
    let counted = store.activity(period, today, &cadence, false).unwrap();
    assert!(whole.coverage.len() > 100, "the generated accounts leave people uncovered");
    assert_eq!(whole.uncovered_count, whole.coverage.len());
    assert_eq!(counted.uncovered_count, whole.coverage.len());
    assert!(counted.coverage.is_empty(), "the tab reads its pages as they are shown");
    let n = whole.coverage.len();
    for (from, limit) in [(0, 1), (0, 81), (1, 3), (37, 81), (n - 5, 81), (n, 4), (n + 3, 2)] {
        let page = store.coverage_page(from, limit, today, &cadence).unwrap();
        let expected: Vec<_> = whole.coverage.iter().skip(from).take(limit).cloned().collect();
        assert_eq!(page, expected, "{limit} from {from}");
    }
    // By account name, then the people's names.
    let names: Vec<_> = whole.coverage.iter().map(|c| (c.account.to_lowercase(), c.name.clone())).collect();
    assert!(names.windows(2).all(|w| w[0].0 <= w[1].0), "accounts in name order");
}
