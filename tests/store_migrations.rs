//! Every earlier schema version upgrades to the current one, keeping every
//! dossier whole and writing a backup first.

#[path = "support/old_schema.rs"]
mod old_schema;

use chrono::NaiveDate;
use keyplan::domain::{Dossier, Stamp};
use keyplan::store::schema::STEPS;
use keyplan::store::{SCHEMA_VERSION, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A dossier with its global ids and revisions set aside, to compare contents.
fn contents(mut d: Dossier) -> Dossier {
    d.account.stamp = Stamp::default();
    d.text_revisions = Default::default();
    d.objectives.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d.milestones.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d.people.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d.competitors.iter_mut().for_each(|x| x.stamp = Stamp::default());
    d.touchpoints.iter_mut().for_each(|x| x.stamp = Stamp::default());
    // What schema 8 adds (sales, currency, how a customer was lost) has no
    // place in the older schemas the dossiers are first written in.
    d.sales.clear();
    d.account.currency = None;
    d.account.closed_on = None;
    d.account.loss_reason = None;
    d.account.loss_note.clear();
    d.account.win_back = None;
    d
}

/// What schema 6 does to the past: a promise followed by a later contact
/// (which the old rule counted as kept) is closed on that contact's day.
fn closed_as_before(mut d: Dossier) -> Dossier {
    let dates: Vec<NaiveDate> = d.touchpoints.iter().map(|t| t.date).collect();
    for t in d.touchpoints.iter_mut() {
        if t.next_step_done.is_none() && (t.next_step_due.is_some() || !t.next_step.is_empty()) {
            t.next_step_done = dates.iter().copied().filter(|day| *day > t.date).min();
        }
    }
    d
}

#[test]
fn from_each_earlier_version_to_the_current_one() {
    let reference_dir = tempfile::tempdir().unwrap();
    let mut reference = Store::open(&reference_dir.path().join("now.db")).unwrap().store;
    let sample = keyplan::sample::sample_portfolio(today());
    let reference_ids: Vec<_> = sample.iter().map(|d| reference.insert_dossier(d).unwrap()).collect();
    let expected: Vec<Dossier> =
        reference_ids.iter().map(|id| closed_as_before(contents(reference.load_dossier(*id).unwrap()))).collect();
    assert!(
        expected.iter().flat_map(|d| &d.touchpoints).any(|t| t.next_step_done.is_some()),
        "the sample has follow-ups that a later contact followed"
    );

    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keyplan.db");
        // The rows are written in schema 1's columns; a database of schema
        // 6 or later holds them as that keyplan left them: upgraded by it
        // (with their global ids and revisions), then closed.
        let written_at = version.min(5);
        let old = Store::open_with_migrations(&path, &STEPS[..written_at]).unwrap().store;
        drop(old);
        let conn = rusqlite::Connection::open(&path).unwrap();
        let ids: Vec<i64> = sample.iter().map(|d| old_schema::write_dossier(&conn, d)).collect();
        drop(conn);
        if version > written_at {
            drop(Store::open_with_migrations(&path, &STEPS[..version]).unwrap());
        }

        let opened = Store::open(&path).unwrap();
        let backup = opened.backup.as_ref().unwrap_or_else(|| panic!("no backup when upgrading from {version}"));
        assert!(backup.exists());
        let store = opened.store;
        let after: Vec<Dossier> =
            ids.iter().map(|id| contents(store.load_dossier(keyplan::domain::AccountId(*id)).unwrap())).collect();
        assert_eq!(expected, after, "every dossier survives the upgrade from schema {version}");
        let input = store.check_input(today(), 14).unwrap();
        assert!(!input.accounts.is_empty(), "the check reads the upgraded database from schema {version}");

        let conn = rusqlite::Connection::open(&path).unwrap();
        let version_now: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version_now as usize, SCHEMA_VERSION);
        for table in ["accounts", "objectives", "milestones", "people", "competitors", "touchpoints"] {
            let (rows, v7, distinct, revised): (i64, i64, i64, i64) = conn
                .query_row(
                    &format!(
                        "SELECT count(*), sum(uid GLOB '????????-????-7???-[89ab]???-????????????'),
                                count(DISTINCT uid), sum(revision = 1) FROM {table}"
                    ),
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .unwrap();
            assert!(rows > 0, "{table} has rows");
            assert_eq!((v7, distinct, revised), (rows, rows, rows), "{table}: a UUID v7 and revision 1 each");
        }
    }
}

/// Schema 6 closes follow-ups only explicitly. A database of schema 5 keeps
/// its past as the user saw it: a promise a later contact answered (the old
/// rule) gets that contact's date as its done date and its id as
/// `followed_by`; one on the newest contact stays open, and late.
#[test]
fn schema_6_closes_the_follow_ups_a_later_contact_answered() {
    use keyplan::domain::{AccountId, AlertItem, AlertKind, CheckSettings, TouchpointId, check};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    drop(Store::open_with_migrations(&path, &STEPS[..5]).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (id, name, name_key, client_type, level_now, level_target, status, contact_every_days,
                               created_on)
             VALUES (1, 'Acme', 'acme', 'breadwinner', 'reactive', 'proactive', 'active', 3650, '2026-01-01');
         INSERT INTO touchpoints (id, account_id, date, channel, summary, next_step, next_step_due, next_step_done) VALUES
             (1, 1, '2026-03-01', 'call', 'promised an offer', 'Send the offer', '2026-03-10', NULL),
             (2, 1, '2026-03-05', 'email', 'talked about it', '', NULL, NULL),
             (3, 1, '2026-03-05', 'call', 'promised a call', 'Call back', '2026-03-06', NULL),
             (4, 1, '2026-03-07', 'meeting', 'newest', 'Visit the plant', '2026-03-15', NULL),
             (5, 1, '2026-02-01', 'call', 'done before', 'Old step', '2026-02-05', '2026-02-04'),
             (6, 1, '2026-02-02', 'visit', 'a step without a date', 'Send the brochure', NULL, NULL);",
    )
    .unwrap();
    drop(conn);

    let opened = Store::open(&path).unwrap();
    assert!(opened.backup.is_some(), "a backup is written before the upgrade");
    let store = opened.store;
    let conn = rusqlite::Connection::open(&path).unwrap();
    let closed = |id: i64| -> (Option<String>, Option<i64>) {
        conn.query_row("SELECT next_step_done, followed_by FROM touchpoints WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
    };
    assert_eq!(closed(1), (Some("2026-03-05".into()), Some(2)), "answered by the next day's contact");
    assert_eq!(closed(3), (Some("2026-03-07".into()), Some(4)), "a same-day contact does not answer it");
    assert_eq!(closed(4), (None, None), "the newest promise stays open");
    assert_eq!(closed(5), (Some("2026-02-04".into()), None), "what was marked done keeps its date");
    assert_eq!(closed(6), (Some("2026-03-01".into()), Some(1)), "a step without a date closes too");

    // The check, the portfolio and the log agree: only the newest is late.
    let input = store.check_input(today(), 14).unwrap();
    let late: Vec<_> = check(input, today(), &CheckSettings::default())
        .into_iter()
        .filter(|a| a.kind == AlertKind::FollowUpOverdue)
        .map(|a| a.item)
        .collect();
    assert_eq!(late, [AlertItem::Touchpoint(TouchpointId(4))]);
    let summary = store.list_accounts().unwrap().into_iter().find(|a| a.id == AccountId(1)).unwrap();
    assert_eq!(summary.next_due, NaiveDate::from_ymd_opt(2026, 3, 15));
    let log = store.load_dossier(AccountId(1)).unwrap().touchpoints;
    let followed: Vec<_> = log.iter().map(|t| (t.id.0, t.followed_by.map(|f| f.0))).collect();
    assert_eq!(followed, [(4, None), (3, Some(4)), (2, None), (1, Some(2)), (6, Some(1)), (5, None)]);
    assert_eq!(store.open_next_steps(AccountId(1)).unwrap().len(), 1);
}

/// Schema 7 indexes birthdays by their last five characters: the full
/// dates of schema 6 are found as before, and a day and month without a
/// year (`--12-31`) beside them.
#[test]
fn schema_7_finds_birthdays_with_and_without_a_year() {
    use keyplan::domain::BirthDate;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    drop(Store::open_with_migrations(&path, &STEPS[..6]).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (id, name, name_key, client_type, level_now, level_target, status, contact_every_days,
                               created_on)
             VALUES (1, 'Acme', 'acme', 'breadwinner', 'reactive', 'proactive', 'active', 3650, '2026-01-01');
         INSERT INTO people (account_id, name, birthday) VALUES (1, 'Olena', '1980-12-30'), (1, 'Taras', '1975-06-01');",
    )
    .unwrap();
    drop(conn);

    let opened = Store::open(&path).unwrap();
    assert!(opened.backup.is_some(), "a backup is written before the upgrade");
    let mut store = opened.store;
    let mut nina = keyplan::domain::Person::new(keyplan::domain::AccountId(1), "Nina");
    nina.birthday = BirthDate::no_year(12, 31);
    store.save_person(&nina).unwrap();

    let input = store.check_input(NaiveDate::from_ymd_opt(2026, 12, 25).unwrap(), 14).unwrap();
    let mut found: Vec<_> = input.birthdays.iter().map(|b| (b.name.clone(), b.birthday.to_string())).collect();
    found.sort();
    assert_eq!(found, [("Nina".to_string(), "--12-31".to_string()), ("Olena".into(), "1980-12-30".into())]);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let index: String =
        conn.query_row("SELECT sql FROM sqlite_master WHERE name = 'people_birthday_day'", [], |r| r.get(0)).unwrap();
    assert!(index.contains("substr(birthday, -5)"), "{index}");
}

/// Schema 9 puts the last purchase and the win-back list in the check's
/// indexes: a database of schema 8 with sales and a win-back plan reads
/// both after the upgrade.
#[test]
fn schema_9_reads_the_last_purchase_and_the_win_backs_from_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    drop(Store::open_with_migrations(&path, &STEPS[..8]).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (id, name, name_key, client_type, level_now, level_target, status, created_on)
             VALUES (1, 'Acme', 'acme', 'breadwinner', 'reactive', 'proactive', 'active', '2026-01-01');
         INSERT INTO accounts (id, name, name_key, client_type, level_now, level_target, status, created_on,
                               closed_on, loss_reason, win_back_means, win_back_note, win_back_due)
             VALUES (2, 'Gone', 'gone', 'expert', 'reactive', 'proactive', 'lost', '2025-01-01',
                     '2026-06-30', 'price', 'gift', 'a hamper', '2026-11-01');
         INSERT INTO sales (account_id, month, amount) VALUES (1, '2026-04', 100000);",
    )
    .unwrap();
    drop(conn);

    let store = Store::open(&path).unwrap().store;
    let input = store.check_input(today(), 14).unwrap();
    assert_eq!(input.accounts[0].last_purchase.map(|m| m.to_string()).as_deref(), Some("2026-04"));
    assert_eq!(input.win_backs.len(), 1);
    assert_eq!((input.win_backs[0].name.as_ref(), input.win_backs[0].note.as_str()), ("Gone", "a hamper"));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let plan: String = conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT a.id, a.name, a.status, a.win_back_means, a.win_back_note, a.win_back_due
               FROM accounts a INDEXED BY accounts_win_back
              WHERE a.win_back_means IS NOT NULL AND a.win_back_due <= '2026-11-23' AND a.status IN ('lost', 'former')",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("COVERING INDEX accounts_win_back"), "{plan}");
}

/// Schema 10 lets the analysis read the window's figures and the contacts
/// of a period from indexes alone.
#[test]
fn schema_10_reads_the_analysis_from_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    drop(Store::open_with_migrations(&path, &STEPS[..9]).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (id, name, name_key, client_type, level_now, level_target, status, created_on)
             VALUES (1, 'Acme', 'acme', 'breadwinner', 'reactive', 'proactive', 'active', '2026-01-01');
         INSERT INTO sales (account_id, month, amount) VALUES (1, '2026-04', 100000);
         INSERT INTO touchpoints (account_id, date, channel) VALUES (1, '2026-05-01', 'call');",
    )
    .unwrap();
    drop(conn);

    let store = Store::open(&path).unwrap().store;
    let period = keyplan::domain::Period::year(2026);
    let analysed = store.analysis_accounts(keyplan::domain::Period::last_twelve_months(today())).unwrap();
    assert_eq!(analysed.len(), 1);
    let activity = store.activity(period, today(), &Default::default(), true).unwrap();
    assert_eq!(activity.mix.total, 1);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let plan = |sql: &str| -> String {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
    };
    let window = plan(
        "SELECT id, name, client_type, status, sales_12m, profit_12m, sales_sq_12m, sales_first,
                buying_months_12m, buying_months
           FROM accounts WHERE sales_first IS NOT NULL AND sales_first <= '2026-10'",
    );
    assert!(window.contains("COVERING INDEX accounts_window"), "{window}");
    let contacts = plan(
        "SELECT account_id, substr(date, 1, 7), channel, outcome, count(*) FROM touchpoints
          WHERE date BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY 1, 2, 3, 4",
    );
    assert!(contacts.contains("COVERING INDEX touchpoints_date"), "{contacts}");
}

/// Schema 11 adds each year's sales per account and product (what plan
/// against actual reads) computed from the rows already there, profit and
/// volume unknown where no row names them; the refusals are counted by
/// reason from their own index.
#[test]
fn schema_11_reads_plan_and_refusals_from_summaries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    drop(Store::open_with_migrations(&path, &STEPS[..10]).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (id, name, name_key, client_type, level_now, level_target, status, created_on)
             VALUES (1, 'Acme', 'acme', 'breadwinner', 'reactive', 'proactive', 'active', '2026-01-01');
         INSERT INTO sales (account_id, month, product, amount, profit, volume) VALUES
             (1, '2026-04', 'Sensors', 100000, 20000, NULL),
             (1, '2026-05', 'Sensors', 50000, NULL, NULL),
             (1, '2026-05', 'Racks', 7000, NULL, 3),
             (1, '2025-12', 'Sensors', 99900, 1, 1);
         INSERT INTO objectives (account_id, year, product, planned_volume, expected_profit, uid)
             VALUES (1, 2026, 'sensors', '10 pcs', 500, 'objective-1');
         INSERT INTO touchpoints (account_id, date, channel, outcome, reason) VALUES
             (1, '2026-05-01', 'call', 'refusal', 'Price'),
             (1, '2026-06-01', 'call', 'deal_lost', 'price'),
             (1, '2026-07-01', 'call', 'agreed', 'Price');",
    )
    .unwrap();
    drop(conn);

    let store = Store::open(&path).unwrap().store;
    let lines = store.plan_lines(2026, today()).unwrap();
    assert_eq!(lines.len(), 1);
    let actual = &lines[0].actual;
    assert_eq!((actual.amount, actual.profit, actual.volume), (150_000, Some(20_000), None));
    let report = store.loss_report(keyplan::domain::Period::year(2026)).unwrap();
    assert_eq!(report.refusals_by_reason, [("Price".to_string(), 2)]);
    assert_eq!(report.refused, 2);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let kept: Vec<(i64, String, i64, i64)> = conn
        .prepare("SELECT year, product, amount, volume_rows FROM sales_years ORDER BY 1, 2")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        kept,
        [(2025, "Sensors".into(), 99_900, 1), (2026, "Racks".into(), 7_000, 1), (2026, "Sensors".into(), 150_000, 0)]
    );
    let plan: String = conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT reason, count(*) FROM touchpoints
              WHERE outcome IN ('refusal', 'deal_lost') AND date BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY 1",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("COVERING INDEX touchpoints_refusals"), "{plan}");
}

/// Schema 13 keeps the portfolio's totals: a database of schema 12 gets
/// them computed from its accounts, and they follow changes from then on.
#[test]
fn schema_13_keeps_the_portfolio_totals() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    let mut old = Store::open_with_migrations(&path, &STEPS[..12]).unwrap().store;
    // One by one: the bulk insert sets aside the triggers of the current
    // schema, which an old one does not have all of.
    for dossier in keyplan::sample::sample_portfolio(today()) {
        old.insert_dossier(&dossier).unwrap();
    }
    old.keep_sales_window(today()).unwrap();
    drop(old);

    let mut store = Store::open(&path).unwrap().store;
    let from_the_list = |store: &Store| {
        let list = store.list_accounts().unwrap();
        let open: i64 = list.iter().filter(|a| a.status.is_open()).filter_map(|a| a.annual_sales).sum();
        (list.len(), open)
    };
    let kept = |store: &Store| {
        let totals = store.portfolio_totals().unwrap();
        (totals.accounts(), totals.open_sales())
    };
    assert!(from_the_list(&store).0 > 0);
    assert_eq!(kept(&store), from_the_list(&store));
    store.create_account(&keyplan::domain::Account::new("After the upgrade", today())).unwrap();
    assert_eq!(kept(&store), from_the_list(&store));
}

/// Schema 14: deleting a contact finds the touchpoints it followed up from
/// an index, not a scan of the whole log for each contact deleted (a purge
/// of an account with a long log took minutes).
#[test]
fn schema_14_finds_what_a_deleted_contact_followed_up_from_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    drop(Store::open_with_migrations(&path, &STEPS[..13]).unwrap());
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let plan: String = conn
        .query_row("EXPLAIN QUERY PLAN UPDATE touchpoints SET followed_by = NULL WHERE followed_by = 5", [], |r| {
            r.get(3)
        })
        .unwrap();
    assert!(plan.contains("INDEX touchpoints_followed_by (followed_by=?)"), "{plan}");
}

/// Schema 15: the Lost tab reads the refusals per month and reason from a
/// summary its triggers keep, equal to counting the log, whatever is
/// inserted, changed or deleted; and the lapsing and closed accounts from
/// their own indexes.
#[test]
fn schema_15_keeps_the_refusals_per_month_and_reads_the_lost_tab_from_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    drop(Store::open_with_migrations(&path, &STEPS[..14]).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "INSERT INTO accounts (id, name, name_key, client_type, level_now, level_target, status, created_on)
             VALUES (1, 'Acme', 'acme', 'breadwinner', 'reactive', 'proactive', 'active', '2026-01-01');
         INSERT INTO touchpoints (id, account_id, date, channel, outcome, reason) VALUES
             (1, 1, '2026-05-03', 'call', 'refusal', 'Price'),
             (2, 1, '2026-05-01', 'call', 'deal_lost', 'price'),
             (3, 1, '2026-06-01', 'call', 'agreed', 'Price');",
    )
    .unwrap();
    drop(conn);
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let kept = |conn: &rusqlite::Connection| -> Vec<(String, String, i64, String)> {
        conn.prepare("SELECT month, reason, count, first FROM refusal_months ORDER BY 1, 2")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let counted = |conn: &rusqlite::Connection| -> Vec<(String, String, i64, String)> {
        conn.prepare(
            "SELECT substr(date, 1, 7), reason, count(*), min(date) FROM touchpoints
              WHERE outcome IN ('refusal', 'deal_lost') GROUP BY 1, 2 ORDER BY 1, 2",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
    };
    assert_eq!(
        kept(&conn),
        [
            ("2026-05".into(), "Price".into(), 1, "2026-05-03".into()),
            ("2026-05".into(), "price".into(), 1, "2026-05-01".into())
        ]
    );
    let changes = [
        "INSERT INTO touchpoints (id, account_id, date, channel, outcome, reason)
             VALUES (4, 1, '2026-05-02', 'email', 'refusal', 'Price')",
        "UPDATE touchpoints SET date = '2026-05-20' WHERE id = 4",
        "UPDATE touchpoints SET date = '2026-05-30' WHERE id = 1",
        "UPDATE touchpoints SET reason = 'Price' WHERE id = 2",
        "UPDATE touchpoints SET outcome = 'refusal' WHERE id = 3",
        "UPDATE touchpoints SET outcome = 'agreed' WHERE id = 4",
        "UPDATE touchpoints SET date = '2026-07-04' WHERE id = 2",
        "DELETE FROM touchpoints WHERE id = 1",
        "UPDATE touchpoints SET summary = 'only the text' WHERE id = 3",
        "DELETE FROM touchpoints WHERE id = 2",
        "DELETE FROM touchpoints WHERE id = 3",
    ];
    for change in changes {
        conn.execute_batch(change).unwrap();
        assert_eq!(kept(&conn), counted(&conn), "after {change}");
    }
    assert!(kept(&conn).is_empty());
    // The bulk insert of whole dossiers sets the trigger aside and counts
    // the new accounts' refusals once.
    let mut store = Store::open(&path).unwrap().store;
    store.insert_dossiers(keyplan::sample::sample_portfolio(today())).unwrap();
    drop(store);
    assert!(!kept(&conn).is_empty(), "the sample refuses something");
    assert_eq!(kept(&conn), counted(&conn));
    let plan = |sql: &str| -> String {
        conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .map(Result::unwrap)
            .collect::<Vec<_>>()
            .join("; ")
    };
    let lapsing = plan(
        "SELECT id, name, status, client_type, sales_last FROM accounts
          WHERE sales_last IS NOT NULL AND status NOT IN ('lost', 'former') AND sales_last <= '2026-05'
          ORDER BY sales_last, name_key, id",
    );
    assert!(lapsing.contains("COVERING INDEX accounts_lapsing") && !lapsing.contains("TEMP B-TREE"), "{lapsing}");
    let closed = plan(
        "SELECT id, name, status, closed_on, loss_reason, loss_note, win_back_means, win_back_note, win_back_due
           FROM accounts WHERE status IN ('lost', 'former') ORDER BY closed_on, name_key, id",
    );
    assert!(closed.contains("COVERING INDEX accounts_lost") && !closed.contains("TEMP B-TREE"), "{closed}");
}
