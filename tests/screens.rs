//! Screen snapshots: every screen and form drawn into ratatui's TestBackend
//! at 80x24, driven by feeding keys to the app, as a user would press them.

#[path = "support/bench.rs"]
mod bench;
#[path = "screens/mouse.rs"]
mod mouse;

use bench::{Bench, bench_with, day, empty, key, today};
use crossterm::event::KeyCode;
use keyplan::domain::*;
use keyplan::store::Store;

/// A small portfolio in three scripts, with every kind of entry.
fn portfolio() -> Bench {
    bench_with(fill_portfolio)
}

fn fill_portfolio(store: &mut keyplan::store::Store) {
    let mut account = Account::new("Київстар Бізнес", day("2022-03-01"));
    account.industry = "Телеком".into();
    account.region = "Київ".into();
    account.annual_sales = Some(12_400_000);
    account.headcount = Some(3_900);
    account.cooperation_start = Some(day("2016-12-01"));
    account.level_now = RelationshipLevel::Accountable;
    account.level_target = RelationshipLevel::Partnership;
    account.description = "Оператор зв'язку для бізнесу.".into();
    let mut dossier = Dossier::new(account);
    dossier.charter = "Ми — надійний партнер Київстар Бізнес у сфері IoT.\nДругий рядок місії.".into();
    dossier.situation = "Сильні сторони: сервіс. Слабкі: ціна.".into();
    dossier.objectives.push(Objective {
        id: ObjectiveId(0),
        account_id: AccountId(0),
        year: 2026,
        product: "Ліцензії TeleSense".into(),
        planned_volume: "2 000 шт.".into(),
        expected_profit: Some(1_500_000),
        resources: "2 інженери".into(),
        stamp: Default::default(),
    });
    for (title, due, done) in [
        ("Квартальний огляд", "2026-11-10", None),
        ("Річний перегляд плану", "2026-12-15", None),
        ("Пілот", "2026-06-01", Some("2026-06-02")),
    ] {
        dossier.milestones.push(Milestone { done: done.map(day), ..Milestone::new(AccountId(0), title, day(due)) });
    }
    let mut olena = Person::new(AccountId(0), "Олена Коваль");
    olena.id = PersonId(1);
    olena.job_title = "Директорка з IoT".into();
    olena.role = Some(BuyingRole::Champion);
    olena.influence = Some(4);
    olena.attitude = Some(Attitude::Supporter);
    olena.email = "olena@example.ua".into();
    olena.birthday = Some(day("1976-12-01").into());
    let mut andriy = Person::new(AccountId(0), "Андрій Мельник");
    andriy.id = PersonId(2);
    andriy.job_title = "Комерційний директор".into();
    andriy.role = Some(BuyingRole::DecisionMaker);
    andriy.influence = Some(5);
    andriy.attitude = Some(Attitude::Neutral);
    olena.reports_to = Some(PersonId(2));
    dossier.people = vec![olena, andriy];
    dossier.competitors.push(Competitor {
        id: CompetitorId(0),
        account_id: AccountId(0),
        name: "СенсорПлюс".into(),
        position: "Дешевші датчики".into(),
        strengths: "Ціна".into(),
        weaknesses: "Сервіс".into(),
        stamp: Default::default(),
    });
    let mut meeting =
        Touchpoint::new(AccountId(0), day("2026-11-20"), Channel::Meeting, "Зустріч щодо продовження контракту");
    meeting.people = vec![PersonId(1), PersonId(2)];
    meeting.outcome = Some(Outcome::Positive);
    meeting.next_step = "Надіслати пропозицію".into();
    meeting.next_step_due = Some(day("2026-11-21"));
    let mut call = Touchpoint::new(AccountId(0), day("2026-10-02"), Channel::Call, "Дзвінок про скаргу");
    call.next_step = "Звіт про інцидент".into();
    call.next_step_due = Some(day("2026-10-09"));
    // Closed when it was done: a later contact alone would leave it late.
    call.next_step_done = Some(day("2026-10-08"));
    dossier.touchpoints = vec![meeting, call];
    store.insert_dossier(&dossier).unwrap();

    let mut georgian = Account::new("თბილისის წყალი", day("2023-05-10"));
    georgian.client_type = KeyClientType::ImageMaker;
    georgian.annual_sales = Some(4_100_000);
    let id = store.create_account(&georgian).unwrap();
    let mut t = Touchpoint::new(id, day("2026-09-30"), Channel::Visit, "შეხვედრა ოფისში");
    t.outcome = Some(Outcome::Neutral);
    store.save_touchpoint(&t).unwrap();

    let mut acme = Account::new("Acme Logistics", day("2024-01-15"));
    acme.client_type = KeyClientType::Prospect;
    acme.status = AccountStatus::Prospect;
    acme.annual_sales = Some(900_000);
    store.create_account(&acme).unwrap();

    let mut lost = Account::new("Северный Трейд", day("2021-02-01"));
    lost.status = AccountStatus::Lost;
    lost.annual_sales = Some(2_000_000);
    store.create_account(&lost).unwrap();
}

macro_rules! snapshot {
    ($name:literal, $bench:expr) => {
        insta::assert_snapshot!($name, $bench.screen())
    };
}

#[test]
fn welcome_on_an_empty_database() {
    let bench = empty();
    snapshot!("welcome", bench);
}

#[test]
fn welcome_help_lists_its_keys() {
    let mut bench = empty();
    bench.keys("?");
    snapshot!("welcome_help", bench);
}

#[test]
fn portfolio_ranks_accounts_by_sales() {
    let bench = portfolio();
    snapshot!("portfolio", bench);
}

#[test]
fn portfolio_filter_is_case_insensitive_in_cyrillic() {
    let mut bench = portfolio();
    bench.keys("/київ");
    snapshot!("portfolio_filtered", bench);
    bench.press(KeyCode::Enter).press(KeyCode::Enter);
    assert!(bench.screen().contains("Київстар Бізнес · Breadwinner"));
}

#[test]
fn portfolio_help_is_the_keymap() {
    let mut bench = portfolio();
    bench.keys("?");
    snapshot!("portfolio_help", bench);
    bench.press(KeyCode::Esc);
    assert!(!bench.screen().contains("Keys: portfolio"));
}

/// The dossier's sections by their keys, as the snapshots name them.
const SECTIONS: [(char, &str); 9] = [
    ('1', "overview"),
    ('2', "charter"),
    ('3', "situation"),
    ('4', "strategy"),
    ('5', "implementation"),
    ('6', "people"),
    ('7', "log"),
    ('8', "competitors"),
    ('9', "sales"),
];

#[test]
fn every_dossier_section() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter);
    snapshot!("dossier_1_overview", bench);
    for &(digit, name) in &SECTIONS[1..8] {
        bench.keys(&digit.to_string());
        insta::assert_snapshot!(format!("dossier_{digit}_{name}"), bench.screen());
    }
    bench.press(KeyCode::Tab);
    assert!(bench.screen().contains("› Sales"), "the sales history comes last");
    bench.press(KeyCode::Tab);
    assert!(bench.screen().contains("› Overview"), "Tab wraps around to the Overview");
    bench.press(KeyCode::BackTab);
    assert!(bench.screen().contains("› Sales"));
    bench.keys("?");
    snapshot!("dossier_help", bench);
}

#[test]
fn new_account_form_opens_in_the_name_and_then_the_dossier() {
    let mut bench = empty();
    bench.keys("a");
    snapshot!("form_new_account", bench);
    bench.keys("Мрія Агро");
    bench.ctrl('s');
    let screen = bench.screen();
    assert!(screen.contains("Мрія Агро · Breadwinner"), "{screen}");
    assert!(screen.contains("Created Мрія Агро"), "{screen}");
}

#[test]
fn a_bad_value_is_named_beside_its_field_and_nothing_is_saved() {
    let mut bench = empty();
    bench.keys("a");
    bench.press(KeyCode::Tab).press(KeyCode::Tab).press(KeyCode::Tab).press(KeyCode::Tab);
    bench.press(KeyCode::Tab).press(KeyCode::Tab).press(KeyCode::Tab).keys("lots");
    bench.press(KeyCode::Tab).press(KeyCode::Tab).keys("2026-02-30");
    bench.ctrl('s');
    snapshot!("form_errors", bench);
    assert_eq!(bench.app.store.account_count().unwrap(), 0);
}

#[test]
fn closing_an_account_as_lost_asks_why() {
    let mut bench = empty();
    bench.keys("a").keys("Acme");
    // Type, then status: "l" chooses Lost, and the closing fields appear.
    bench.press(KeyCode::Tab).press(KeyCode::Tab).keys("l");
    bench.ctrl('s');
    snapshot!("form_close_as_lost_needs_a_reason", bench);
    insta::assert_snapshot!("form_close_as_lost_needs_a_reason_60x20", bench.draw_at(60, 20).backend().to_string());
    assert_eq!(bench.app.store.account_count().unwrap(), 0, "refused: nothing saved");
    // The reason, a note and a win-back plan; the closing date is today's.
    bench.press(KeyCode::Tab).keys("p").press(KeyCode::Tab).keys("cheaper elsewhere");
    bench.press(KeyCode::Tab).press(KeyCode::Tab).keys("g").press(KeyCode::Tab).keys("2027-01-15");
    snapshot!("form_close_as_lost_filled", bench);
    bench.ctrl('s');
    let id = bench.app.store.account_names().unwrap()[0].0;
    let account = bench.app.store.load_account(id).unwrap();
    assert_eq!((account.status, account.closed_on), (AccountStatus::Lost, Some(today())));
    assert_eq!(account.loss_reason, Some(keyplan::domain::analysis::LossReason::Price));
    assert_eq!(
        account.win_back.map(|w| (w.means, w.due)),
        Some((keyplan::domain::analysis::WinBackMeans::Gift, day("2027-01-15")))
    );
    let screen = bench.screen();
    assert!(screen.contains("Closed: Lost since"), "{screen}");
}

#[test]
fn touchpoint_form_is_ready_for_one_line() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("l");
    snapshot!("form_touchpoint", bench);
    bench.keys("Дзвінок: домовились про зустріч");
    bench.ctrl('s');
    bench.keys("7");
    let screen = bench.screen();
    assert!(screen.contains("Дзвінок: домовились про зустріч"), "{screen}");
    assert!(screen.contains("2026-11-23 Meeting"), "channel defaults to the account's last one: {screen}");
}

/// The late follow-ups of the workbench's check, by touchpoint.
fn late_follow_ups(bench: &mut Bench) -> Vec<AlertItem> {
    check(bench);
    bench.app.alerts.iter().filter(|a| a.kind == AlertKind::FollowUpOverdue).map(|a| a.item).collect()
}

#[test]
fn a_contact_closes_a_follow_up_only_when_ticked_in_the_log_form() {
    let mut bench = portfolio();
    let promised = |bench: &Bench| {
        let (account, ..) =
            bench.app.store.account_names().unwrap().into_iter().find(|a| a.1 == "Київстар Бізнес").unwrap();
        let log = bench.app.store.load_dossier(account).unwrap().touchpoints;
        log.into_iter().find(|t| t.next_step == "Надіслати пропозицію").unwrap()
    };
    let meeting = promised(&bench).id;
    assert_eq!(late_follow_ups(&mut bench), [AlertItem::Touchpoint(meeting)]);

    // A contact logged without the tick leaves the promise open, and late.
    bench.press(KeyCode::Enter).keys("l").keys("Дзвінок без пропозиції").ctrl('s');
    assert_eq!(late_follow_ups(&mut bench), [AlertItem::Touchpoint(meeting)]);
    bench.keys("7");
    assert!(bench.screen().contains("! 2026-11-21"), "{}", bench.screen());

    // Ticked (the last field, a step up from the summary), it is closed by this contact.
    bench.keys("l").keys("Пропозицію надіслано");
    bench.press(KeyCode::Up).keys(" ");
    assert!(bench.screen().contains("[x] Надіслати пропозицію · due 2026-11-21"), "{}", bench.screen());
    bench.ctrl('s');
    let closed = promised(&bench);
    assert_eq!(closed.next_step_done, Some(today()));
    let newest = bench.app.dossier.as_ref().unwrap().dossier.touchpoints[0].clone();
    assert_eq!(newest.summary, "Пропозицію надіслано");
    assert_eq!(closed.followed_by, Some(newest.id));
    assert_eq!(late_follow_ups(&mut bench), []);
    assert!(bench.screen().contains("✓ followed"), "{}", bench.screen());
    // The next form offers nothing more to follow.
    bench.keys("l");
    assert!(!bench.screen().contains("Follows up"), "{}", bench.screen());
}

#[test]
fn purge_asks_for_the_name_and_writes_a_backup_first() {
    use std::os::unix::fs::PermissionsExt;
    let mut bench = portfolio();
    let accounts = |bench: &Bench| bench.app.store.account_count().unwrap();
    bench.press(KeyCode::Enter).keys("D");
    snapshot!("purge_prompt", bench);
    // Anything but the exact name refuses: a beginning, or D and y of old.
    bench.keys("Київстар").press(KeyCode::Enter);
    assert_eq!(accounts(&bench), 4);
    assert!(bench.app.status.is_error, "{:?}", bench.app.status);
    bench.keys("D").keys("y").press(KeyCode::Enter);
    assert_eq!(accounts(&bench), 4);
    bench.keys("D").keys("Київстар Бізнес").press(KeyCode::Esc);
    assert_eq!(accounts(&bench), 4, "Esc cancels");

    bench.keys("D").keys("Київстар Бізнесс").press(KeyCode::Backspace).press(KeyCode::Enter);
    assert_eq!(accounts(&bench), 3);
    let status = bench.app.status.text.clone();
    let backup = std::path::PathBuf::from(status.split("kept in ").nth(1).unwrap_or_else(|| panic!("{status}")));
    assert!(backup.to_string_lossy().contains("backups/keyplan-before-purge-"), "{status}");
    assert_eq!(std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777, 0o600);
    let copy = keyplan::store::Store::open_read_only(&backup).unwrap();
    assert!(copy.account_names().unwrap().iter().any(|(_, name, _)| name == "Київстар Бізнес"), "the copy holds it");
}

#[test]
fn item_forms() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("5n");
    snapshot!("choose_new_item", bench);
    bench.keys("o");
    snapshot!("form_objective", bench);
    bench.press(KeyCode::Esc).keys("nm");
    snapshot!("form_milestone", bench);
    bench.press(KeyCode::Esc).keys("6n");
    snapshot!("form_person", bench);
    bench.press(KeyCode::Esc).keys("8n");
    snapshot!("form_competitor", bench);
    bench.press(KeyCode::Esc).press(KeyCode::Enter);
    snapshot!("form_edit_competitor", bench);
}

#[test]
fn editor_saves_and_asks_before_throwing_away() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("4e");
    bench.keys("Стратегія: партнерство. სტრატეგია.");
    snapshot!("editor", bench);
    bench.press(KeyCode::Esc);
    snapshot!("editor_discard_question", bench);
    bench.keys("n").ctrl('s');
    let screen = bench.screen();
    assert!(screen.contains("Стратегія: партнерство. სტრატეგია."), "{screen}");
    assert!(screen.contains("Strategy saved"), "{screen}");
}

#[test]
fn marking_a_milestone_done_from_the_implementation() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("5jj");
    bench.keys("x");
    let screen = bench.screen();
    assert!(screen.contains("Milestone done"), "{screen}");
    assert!(screen.contains("done 2026-11-23"), "{screen}");
}

#[test]
fn hostile_text_is_shown_not_obeyed() {
    let mut bench = empty();
    bench.keys("a");
    bench.app.handle_key(key(KeyCode::Char('X')));
    keyplan::app::update(&mut bench.app, keyplan::app::Action::Paste("\u{1b}[2J\u{7}Evil\u{9b}31m".into()));
    bench.ctrl('s');
    let screen = bench.screen();
    assert!(screen.contains("X^[[2J^GEvil<U+009B>31m"), "{screen}");
    assert!(!screen.contains('\u{1b}'));
}

#[test]
fn wide_text_keeps_columns_aligned() {
    let mut bench = portfolio();
    let id = bench.app.store.create_account(&Account::new("東京商事 🚀 ტესტი", today())).unwrap();
    let mut t = Touchpoint::new(id, today(), Channel::Email, "x");
    t.summary = "打ち合わせ".into();
    bench.app.store.save_touchpoint(&t).unwrap();
    bench.app.refresh().unwrap();
    snapshot!("portfolio_wide_text", bench);
}

#[test]
fn any_size_from_1x1_draws_without_panic() {
    let mut bench = portfolio();
    let screens: [&[KeyCode]; 5] = [
        &[],
        &[KeyCode::Enter],
        &[KeyCode::Char('7')],
        &[KeyCode::Char('l')],
        &[KeyCode::Esc, KeyCode::Char('y'), KeyCode::Char('5'), KeyCode::Char('?')],
    ];
    for keys in screens {
        for code in keys {
            bench.press(*code);
        }
        for width in 1..=20 {
            for height in 1..=10 {
                bench.draw_at(width, height);
            }
        }
        bench.draw_at(80, 24);
        bench.draw_at(200, 60);
    }
}

/// Every screen, section, form, question and overlay, as the keys that open it.
const EVERY_SCREEN: &[&str] = &[
    "",
    "?",
    "/київ",
    "A",
    "A?",
    "Az",
    "fДзв",
    "\r",
    "\r?",
    "\r2",
    "\r2e",
    "\r2eНовий текст\x1b",
    "\r3",
    "\r4",
    "\r5",
    "\r5j",
    "\r5jj",
    "\r5n",
    "\r5no",
    "\r5nm",
    "\r6",
    "\r6j",
    "\r6n",
    "\r7",
    "\r7j",
    "\r7d",
    "\r7l",
    "\r8",
    "\r8n",
    "\rD",
];

/// Presses `keys` one by one: `\r` is Enter, `\x1b` is Esc, anything else its character.
fn press_all(bench: &mut Bench, keys: &str) {
    for c in keys.chars() {
        match c {
            '\r' => bench.press(KeyCode::Enter),
            '\x1b' => bench.press(KeyCode::Esc),
            c => bench.press(KeyCode::Char(c)),
        };
    }
}

#[test]
fn every_screen_draws_at_every_height_and_width_without_panic() {
    let mut welcome = empty();
    welcome.keys("a");
    let mut benches = vec![empty(), welcome];
    for keys in EVERY_SCREEN {
        let mut bench = portfolio();
        check(&mut bench);
        press_all(&mut bench, keys);
        benches.push(bench);
    }
    for bench in &benches {
        for width in (20..=120).step_by(10) {
            for height in 1..=30 {
                bench.draw_at(width, height);
            }
        }
    }
    // The keys opened what they name: the last bench asks to purge.
    assert!(benches.last().is_some_and(|b| b.screen().contains("Purge")));
}

#[test]
fn small_window_says_so() {
    let bench = portfolio();
    let terminal = bench.draw_at(30, 8);
    insta::assert_snapshot!("too_small", terminal.backend().to_string());
}

/// What the background check would report, fed as its message.
fn check(bench: &mut Bench) {
    check_on(bench, today());
}

fn check_on(bench: &mut Bench, day: chrono::NaiveDate) {
    let input = bench.app.store.check_input(day, 14).unwrap();
    let alerts = keyplan::domain::check(input, day, &CheckSettings::default());
    keyplan::app::update(
        &mut bench.app,
        keyplan::app::Action::Checked { alerts, today: day, changed_elsewhere: false },
    );
}

#[test]
fn a_workbench_left_open_overnight_moves_to_the_new_day_with_the_check() {
    let mut bench = portfolio();
    check(&mut bench);
    let tomorrow = today() + chrono::Days::new(1);
    check_on(&mut bench, tomorrow);
    bench.press(KeyCode::Enter).keys("l");
    bench.keys("Дзвінок").ctrl('s').keys("7");
    let screen = bench.screen();
    assert!(screen.contains("2026-11-24 Meeting"), "a new touchpoint is dated the new day: {screen}");
}

#[test]
fn the_check_flags_accounts_and_counts_in_the_status_line() {
    let mut bench = portfolio();
    check(&mut bench);
    snapshot!("portfolio_checked", bench);
    bench.keys("s");
    snapshot!("portfolio_most_overdue_first", bench);
}

#[test]
fn agenda_lists_every_alert_grouped() {
    let mut bench = portfolio();
    check(&mut bench);
    bench.keys("A");
    snapshot!("agenda", bench);
    bench.keys("?");
    snapshot!("agenda_help", bench);
}

/// The sample portfolio a newcomer opens with `--demo`: the agenda and the
/// Lost tab say who is lapsing (the at-risk carrier, five months without a
/// purchase), and when it will count as lost.
#[test]
fn the_sample_shows_who_is_lapsing() {
    let mut bench = bench_with(|store| {
        store.insert_dossiers(keyplan::sample::sample_portfolio(today())).unwrap();
    });
    check(&mut bench);
    bench.keys("A");
    insta::assert_snapshot!("sample_agenda", bench.screen_at(100, 30));
    bench.press(KeyCode::Esc).keys("r4");
    insta::assert_snapshot!("sample_lost", bench.screen_at(100, 30));
}

#[test]
fn agenda_enter_jumps_to_the_place() {
    let mut bench = portfolio();
    check(&mut bench);
    bench.keys("A");
    let follow_up = bench.app.alerts.iter().position(|a| a.kind == AlertKind::FollowUpOverdue).unwrap();
    for _ in 0..follow_up {
        bench.keys("j");
    }
    bench.press(KeyCode::Enter);
    let screen = bench.screen();
    assert!(screen.contains("› Log"), "{screen}");
    assert!(screen.contains("Next step: Надіслати пропозицію"), "the follow-up is selected: {screen}");
    bench.press(KeyCode::Esc);
    assert_eq!(bench.app.screen, keyplan::app::Screen::Agenda, "Esc goes back to the agenda it came from");
    bench.press(KeyCode::Esc);
    bench.keys("A");
    let milestone = bench.app.alerts.iter().position(|a| a.kind == AlertKind::MilestoneOverdue).unwrap();
    bench.keys("g");
    for _ in 0..milestone {
        bench.keys("j");
    }
    bench.press(KeyCode::Enter);
    bench.keys("x");
    let screen = bench.screen();
    assert!(screen.contains("Milestone done"), "the milestone itself was selected: {screen}");
}

#[test]
fn agenda_marks_done_and_snoozes() {
    let mut bench = portfolio();
    check(&mut bench);
    let before = bench.app.alerts.len();
    bench.keys("A");
    let follow_up = bench.app.alerts.iter().position(|a| a.kind == AlertKind::FollowUpOverdue).unwrap();
    for _ in 0..follow_up {
        bench.keys("j");
    }
    bench.keys("x");
    assert_eq!(bench.app.alerts.len(), before - 1);
    assert!(
        bench.app.take_effects().contains(&keyplan::app::Effect::Saved),
        "the background check is told to run again"
    );
    check(&mut bench);
    assert_eq!(bench.app.alerts.len(), before - 1, "the store agrees: the follow-up is done");

    bench.keys("z");
    snapshot!("agenda_snooze", bench);
    bench.ctrl('s');
    check(&mut bench);
    assert_eq!(bench.app.alerts.len(), before - 2, "the snoozed alert is hidden");

    // Both can be taken back: the snooze, then the done mark.
    bench.keys("u");
    check(&mut bench);
    assert_eq!(bench.app.alerts.len(), before - 1, "u lifts the snooze");
    bench.keys("u");
    check(&mut bench);
    assert_eq!(bench.app.alerts.len(), before, "and u again reopens the follow-up");
}

#[test]
fn a_long_log_is_read_a_page_at_a_time() {
    let mut bench = empty();
    let store = &mut bench.app.store;
    let id = store.create_account(&Account::new("Long Log Ltd", day("2020-01-01"))).unwrap();
    let many = (0..450u64)
        .map(|n| Touchpoint::new(id, day("2026-11-01") - chrono::Days::new(n), Channel::Call, format!("Call {n}")));
    for t in many {
        store.save_touchpoint(&t).unwrap();
    }
    bench.app.refresh().unwrap();
    bench.press(KeyCode::Enter).keys("7");
    let loaded = |b: &Bench| b.app.dossier.as_ref().unwrap().dossier.touchpoints.len();
    assert_eq!(loaded(&bench), 200, "the first page only");
    assert!(bench.screen().contains("Touchpoint 1 of 450"));
    // Walking down reads the next page before the loaded part runs out.
    for _ in 0..160 {
        bench.keys("j");
    }
    assert_eq!(loaded(&bench), 400);
    assert!(bench.screen().contains("Touchpoint 161 of 450"));

    // G jumps to the oldest contact, reading only the last page.
    bench.keys("G");
    assert_eq!(loaded(&bench), 200);
    let screen = bench.screen();
    assert!(screen.contains("Touchpoint 450 of 450") && screen.contains("Call 449"), "{screen}");

    // Walking up from there reads newer pages, and every line stays in its place.
    for _ in 0..200 {
        bench.keys("k");
    }
    let screen = bench.screen();
    assert!(screen.contains("Touchpoint 250 of 450") && screen.contains("Call 249"), "{screen}");
    assert_eq!(loaded(&bench), 400);

    // g jumps back to the newest.
    bench.keys("g");
    let screen = bench.screen();
    assert!(screen.contains("Touchpoint 1 of 450") && screen.contains("Call 0"), "{screen}");

    // A save reloads the same part of the log.
    bench.keys("G");
    bench.app.refresh().unwrap();
    let screen = bench.screen();
    assert!(screen.contains("Touchpoint 450 of 450") && screen.contains("Call 449"), "{screen}");
}

#[test]
fn ctrl_u_empties_a_prefilled_date_and_the_whole_problem_is_spelled_out() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("5nm").keys("Пілот").press(KeyCode::Tab);
    bench.ctrl('u').keys("+2w");
    bench.ctrl('s');
    assert!(bench.screen().contains("Milestone saved"), "{}", bench.screen());
    assert!(bench.screen().contains("2026-12-07 Пілот"));

    bench.keys("nm").keys("Огляд").press(KeyCode::Tab).ctrl('u').keys("next week");
    bench.ctrl('s');
    let screen = bench.screen();
    assert!(screen.contains("Due: 'next week' is not a date: use YYYY-MM-DD"), "{screen}");
}

#[test]
fn the_status_line_gives_a_message_the_room_it_needs() {
    let mut bench = portfolio();
    check(&mut bench);
    bench.press(KeyCode::Enter).keys("l").keys("Дзвінок").ctrl('s');
    let message = bench.app.status.text.clone();
    assert!(message.contains("logged"), "{message}");
    let screen = bench.screen();
    let status = screen.lines().last().unwrap();
    assert!(status.contains(&message), "the whole message at 80 columns: {status}");
    // Narrower still, a cut message says so.
    let narrow = bench.draw_at(44, 12).backend().to_string();
    let status = narrow.lines().last().unwrap();
    assert!(status.contains('…') && status.contains("Touchpoint"), "{status}");
}

#[test]
fn deleting_asks_about_the_item_by_name() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("7").keys("d");
    let screen = bench.screen();
    let first = bench.app.dossier.as_ref().unwrap().dossier.touchpoints[0].clone();
    let summary: String = first.summary.chars().take(20).collect();
    assert!(screen.contains(&format!("the touchpoint of {}", first.date)), "{screen}");
    assert!(screen.contains(&summary), "{screen}");
    bench.keys("n");
    bench.keys("8").keys("d");
    assert!(bench.screen().contains("Delete the competitor «"), "{}", bench.screen());
}

#[test]
fn a_touchpoint_cannot_be_logged_for_a_day_still_to_come() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("l").keys("Зустріч у Києві").press(KeyCode::Tab);
    bench.ctrl('u').keys("tomorrow").ctrl('s');
    let screen = bench.screen();
    assert!(screen.contains("2026-11-24 is after today (2026-11-23)"), "{screen}");
    assert!(!screen.contains("logged"), "{screen}");
    bench.ctrl('u').keys("today").ctrl('s');
    assert!(bench.screen().contains("Touchpoint of 2026-11-23 logged"), "{}", bench.screen());
}

#[test]
fn the_portfolio_window_stays_put_until_the_selection_reaches_its_edge() {
    let mut bench = bench_with(|store| {
        for n in 1..=60 {
            let mut account = Account::new(format!("Рахунок {n:02}"), day("2026-01-01"));
            account.annual_sales = Some(1_000_000 - n);
            store.create_account(&account).unwrap();
        }
    });
    // The last row of the window at 80x24, then one more: the list scrolls.
    for _ in 0..25 {
        bench.press(KeyCode::Char('j'));
    }
    let first_shown = |screen: &str| screen.lines().find(|l| l.contains("Рахунок")).map(str::to_string);
    let scrolled = first_shown(&bench.screen());
    assert!(scrolled.as_deref().is_some_and(|l| !l.contains("Рахунок 01")), "{scrolled:?}");
    // Back up inside the window: it does not move.
    for _ in 0..5 {
        bench.press(KeyCode::Char('k'));
    }
    assert_eq!(first_shown(&bench.screen()), scrolled, "the window waits for the selection to reach its top");
    // Past its top edge it follows.
    for _ in 0..30 {
        bench.press(KeyCode::Char('k'));
    }
    assert!(first_shown(&bench.screen()).is_some_and(|l| l.contains("Рахунок 01")));
}

#[test]
fn two_workbenches_on_one_charter_see_the_conflict_and_can_keep_both() {
    let mut laptop = portfolio();
    let mut phone = laptop.another();
    for bench in [&mut laptop, &mut phone] {
        bench.press(KeyCode::Enter).keys("2e").ctrl('e');
    }
    laptop.keys(" Ноутбук додав.");
    phone.keys(" Телефон додав.");
    phone.ctrl('s');
    assert_eq!(phone.app.mode(), keyplan::app::Mode::Dossier, "{}", phone.screen());
    laptop.ctrl('s');
    assert_eq!(laptop.app.mode(), keyplan::app::Mode::Conflict, "the second save is not written over the first");
    snapshot!("conflict_charter", laptop);
    let charter = |bench: &Bench| {
        let id = bench.app.dossier.as_ref().unwrap().dossier.account.id;
        bench.app.store.stored_text(id, TextPart::Plan(PlanSection::Charter)).unwrap().0
    };
    let stored = charter(&laptop);
    assert!(stored.contains("Телефон додав.") && !stored.contains("Ноутбук"), "the phone's until a choice is made");

    // Merge: both versions in the editor; the laptop keeps both and saves.
    laptop.keys("e");
    assert_eq!(laptop.app.mode(), keyplan::app::Mode::Editor);
    laptop.ctrl('s');
    let both = charter(&laptop);
    assert!(both.contains("Ноутбук додав.") && both.contains("Телефон додав."), "{both}");

    // The phone's next save from its old revision is refused in turn; t keeps theirs.
    phone.keys("e").ctrl('e').keys(" Ще.").ctrl('s');
    assert_eq!(phone.app.mode(), keyplan::app::Mode::Conflict);
    phone.keys("t");
    assert_eq!(phone.app.mode(), keyplan::app::Mode::Dossier);
    assert_eq!(charter(&phone), both, "keeping theirs writes nothing");
}

#[test]
fn a_form_saved_over_a_change_elsewhere_shows_both_and_keeps_mine_on_request() {
    let mut laptop = portfolio();
    let mut phone = laptop.another();
    for bench in [&mut laptop, &mut phone] {
        bench.press(KeyCode::Enter).keys("8").press(KeyCode::Enter);
    }
    phone.keys(" (телефон)").ctrl('s');
    laptop.keys(" (ноутбук)").ctrl('s');
    assert_eq!(laptop.app.mode(), keyplan::app::Mode::Conflict);
    let screen = laptop.draw_at(100, 24).backend().to_string();
    assert!(screen.contains("(ноутбук)") && screen.contains("(телефон)"), "{screen}");
    laptop.keys("m");
    let d = laptop.app.dossier.as_ref().unwrap();
    assert_eq!(d.dossier.competitors[0].name, "СенсорПлюс (ноутбук)", "{}", laptop.screen());
    assert_eq!(laptop.app.mode(), keyplan::app::Mode::Dossier);
}

#[test]
fn a_delete_question_acts_on_the_touchpoint_it_named_whatever_was_logged_meanwhile() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("7j");
    let named = bench.app.dossier.as_ref().unwrap().dossier.touchpoints[1].clone();
    bench.keys("d");
    assert!(bench.screen().contains(&named.date.to_string()));
    // Another shell logs a contact: the newest-first list shifts by one.
    let mut shell = Store::open(&bench.path()).unwrap().store;
    let account = named.account_id;
    let logged =
        shell.save_touchpoint(&Touchpoint::new(account, today(), Channel::Call, "з іншого терміналу")).unwrap();
    bench.hears_of_a_change();
    bench.keys("y");
    let log = &bench.app.dossier.as_ref().unwrap().dossier.touchpoints;
    assert!(log.iter().all(|t| t.id != named.id), "the touchpoint the question named is gone");
    assert!(log.iter().any(|t| t.id == logged), "the one logged meanwhile stays");
    assert_eq!(log.len(), 2);

    // The same question about a contact another process deleted says so.
    bench.keys("d");
    let doomed = bench.app.dossier.as_ref().unwrap().dossier.touchpoints[1].id;
    shell.delete_touchpoint(doomed, None).unwrap();
    bench.hears_of_a_change().keys("y");
    assert!(bench.app.status.text.contains("already deleted"), "{}", bench.app.status.text);
    assert_eq!(bench.app.dossier.as_ref().unwrap().dossier.touchpoints.len(), 1);
}

#[test]
fn undo_and_redo_take_back_deletes_done_marks_and_edits() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("8d");
    bench.keys("y");
    assert!(bench.app.dossier.as_ref().unwrap().dossier.competitors.is_empty());
    bench.keys("5jj");
    let milestone = |bench: &Bench| {
        let d = &bench.app.dossier.as_ref().unwrap().dossier;
        d.milestones.iter().find(|m| m.title == "Квартальний огляд").unwrap().clone()
    };
    assert_eq!(milestone(&bench).done, None);
    bench.keys("x");
    assert_eq!(milestone(&bench).done, Some(today()));

    bench.keys("u");
    assert_eq!(milestone(&bench).done, None, "u takes the done mark back");
    bench.keys("u");
    let competitors = &bench.app.dossier.as_ref().unwrap().dossier.competitors;
    assert_eq!(competitors.len(), 1, "a second u brings the deleted competitor back");
    assert_eq!(competitors[0].name, "СенсорПлюс");
    bench.keys("u");
    assert!(bench.app.status.is_error, "nothing more to undo");
    bench.keys("U");
    assert!(bench.app.dossier.as_ref().unwrap().dossier.competitors.is_empty(), "U deletes it again");
    bench.keys("U");
    assert_eq!(milestone(&bench).done, Some(today()));
    assert_eq!(bench.app.status.text, "Done again (u takes it back)");
}

const CHARTER: TextPart = TextPart::Plan(PlanSection::Charter);

#[test]
fn the_history_of_a_text_lists_shows_and_restores_its_versions() {
    let mut bench = portfolio();
    let id = bench.app.portfolio.selected_id().unwrap();
    let first = "Ми — стратегічний партнер Київстар Бізнес у сфері IoT.\nДругий рядок місії.";
    let second = "Ми — стратегічний партнер Київстар Бізнес у сфері IoT та 5G.\nДругий рядок місії.\nТретій рядок.";
    bench.app.store.save_text(id, CHARTER, first, None).unwrap();
    bench.app.store.save_text(id, CHARTER, second, None).unwrap();
    bench.pin_text_history(&[("2026-11-20T09:15:00Z", "laptop"), ("2026-11-22T16:40:00Z", "phone")]);

    bench.press(KeyCode::Enter).keys("2h");
    snapshot!("history_list", bench);
    bench.keys("j").press(KeyCode::Enter);
    snapshot!("history_version", bench);
    // In the text now, the words the old version lacks are lit, the rest is not.
    let terminal = bench.draw_at(80, 24);
    let buffer = terminal.backend().buffer();
    let row = |y: u16| (0..80).map(|x| buffer[(x, y)].symbol()).collect::<String>();
    let y = (0..24).find(|&y| row(y).contains("IoT та 5G")).expect("the text now is shown");
    let cells: Vec<_> = (0..80).map(|x| &buffer[(x, y)]).collect();
    let start = cells.iter().position(|c| c.fg == ratatui::style::Color::Green).expect("added words are lit");
    let lit: String =
        cells[start..].iter().take_while(|c| c.fg == ratatui::style::Color::Green).map(|c| c.symbol()).collect();
    assert_eq!(lit.trim(), "та 5G", "only the added words are lit, not the words both share");
    // The smallest windows keyplan draws in show the view, stacked.
    for (width, height) in [(40, 10), (80, 11), (120, 12)] {
        let small = bench.draw_at(width, height).backend().to_string();
        assert!(small.contains("Now"), "{width}x{height}:\n{small}");
    }
    bench.press(KeyCode::Esc);
    assert!(bench.screen().contains("saved versions, newest first"), "Esc goes back to the versions");

    bench.keys("r");
    let screen = bench.screen();
    assert!(screen.contains("Charter: the version of 2026-11-20 09:15 (laptop) is back"), "{screen}");
    assert!(!screen.contains("saved versions"), "the history closes");
    assert_eq!(bench.app.store.stored_text(id, CHARTER).unwrap().0, first);
    assert_eq!(bench.app.store.text_history(id, CHARTER).unwrap().len(), 3, "a restore is a new version");
    assert!(!bench.screen().contains("Третій"), "the restored text is shown");

    bench.keys("u");
    assert_eq!(bench.app.store.stored_text(id, CHARTER).unwrap().0, second, "u takes the restore back");
    assert!(bench.screen().contains("Третій рядок."));

    // The newest version is the text now: nothing to restore.
    bench.keys("h").keys("r");
    assert!(bench.screen().contains("nothing to restore"));
    assert_eq!(bench.app.store.text_history(id, CHARTER).unwrap().len(), 4);
    bench.press(KeyCode::Esc);

    // An Overview text has its versions too.
    bench.app.store.save_text(id, TextPart::Account(AccountText::Description), "Оператор IoT.", None).unwrap();
    bench.keys("1jh");
    assert!(bench.screen().contains("What the company does: saved versions"), "{}", bench.screen());
    bench.press(KeyCode::Esc).keys("5h");
    assert!(bench.screen().contains("h shows the versions of a text"), "{}", bench.screen());
}

#[test]
fn a_review_and_next_years_plan_from_the_implementation() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("5R");
    let screen = bench.screen();
    assert!(screen.contains("Plan reviewed 2026-11-23, nothing changed since"), "{screen}");
    assert!(screen.contains("Review of the plan recorded for 2026-11-23"), "{screen}");
    bench.keys("u");
    assert!(!bench.screen().contains("Plan reviewed"), "u takes the review back:\n{}", bench.screen());
    bench.keys("R");

    bench.keys("C");
    assert!(bench.screen().contains("Carry into 2027?"), "{}", bench.screen());
    bench.keys("y");
    snapshot!("implementation_carried", bench);
    let id = bench.app.portfolio.selected_id().unwrap();
    let dossier = bench.app.store.load_dossier(id).unwrap();
    assert_eq!(dossier.objectives.iter().map(|o| o.year).collect::<Vec<_>>(), [2026, 2027]);

    // One u takes the whole carry back.
    bench.keys("u");
    let after_undo = bench.app.store.load_dossier(id).unwrap();
    assert_eq!(after_undo.objectives.len(), 1);
    let open: Vec<_> = after_undo.milestones.iter().filter(|m| m.done.is_none()).map(|m| m.due).collect();
    assert_eq!(open, [day("2026-11-10"), day("2026-12-15")]);
    bench.keys("2R");
    assert!(bench.screen().contains("R records a review of the plan: on Implementation"));
}

#[test]
fn help_longer_than_the_window_scrolls_to_its_last_key() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("?");
    for (width, height) in [(80, 24), (50, 20)] {
        bench.press(KeyCode::Home);
        let top = bench.draw_at(width, height).backend().to_string();
        assert!(top.contains("↓ more") && !top.contains("close this help"), "{width}x{height}:\n{top}");
        for _ in 0..40 {
            bench.keys("j");
        }
        let end = bench.draw_at(width, height).backend().to_string();
        assert!(end.contains("close this help") && end.contains("↑ more"), "{width}x{height}:\n{end}");
    }
    bench.press(KeyCode::Esc);
    assert_eq!(bench.app.mode(), keyplan::app::Mode::Dossier);
}

fn kept_draft(key: String, account: AccountId, body: &str) -> keyplan::store::Draft {
    keyplan::store::Draft {
        key,
        account_id: Some(account),
        machine: "laptop".into(),
        saved_at: today().and_hms_opt(14, 32, 0).unwrap(),
        base_revision: None,
        body: body.into(),
    }
}

#[test]
fn a_kept_draft_is_offered_restored_and_gone_once_saved() {
    let mut bench = portfolio();
    let id = bench.app.portfolio.selected_id().unwrap();
    let key = format!("text:{}:charter", id.0);
    let text = "Ми — надійний партнер.\nЧернетка, набрана до обриву зв'язку: ქართული ტექსტი.";
    bench.app.store.save_draft(&kept_draft(key.clone(), id, text)).unwrap();
    bench.app.refresh().unwrap();
    assert!(bench.screen().contains("1 draft waiting"), "{}", bench.screen());

    bench.press(KeyCode::Enter).keys("2e");
    snapshot!("draft_offer", bench);
    bench.keys("r");
    let screen = bench.screen();
    assert!(screen.contains("Чернетка, набрана до обриву зв'язку"), "{screen}");
    assert!(screen.contains("Draft restored"), "{screen}");
    assert!(!screen.contains("draft waiting"), "{screen}");
    assert!(bench.app.store.draft(&key).unwrap().is_some(), "kept until it is saved");

    bench.ctrl('s');
    assert_eq!(bench.app.store.draft(&key).unwrap(), None, "saved: the draft goes");
    assert!(bench.screen().contains("Чернетка, набрана до обриву зв'язку"), "{}", bench.screen());
}

#[test]
fn a_draft_thrown_away_or_put_off() {
    let mut bench = portfolio();
    let id = bench.app.portfolio.selected_id().unwrap();
    let key = format!("text:{}:strategy", id.0);
    bench.app.store.save_draft(&kept_draft(key.clone(), id, "Чернетка стратегії")).unwrap();

    bench.press(KeyCode::Enter).keys("4e");
    assert!(bench.screen().contains("A draft from 14:32 on laptop"), "{}", bench.screen());
    bench.press(KeyCode::Esc);
    assert!(bench.screen().contains("offered again next time"), "{}", bench.screen());
    assert!(bench.app.store.draft(&key).unwrap().is_some(), "Esc decides later");
    bench.press(KeyCode::Esc);

    bench.keys("e");
    assert!(bench.screen().contains("A draft from 14:32 on laptop"), "offered again: {}", bench.screen());
    bench.keys("d");
    assert_eq!(bench.app.store.draft(&key).unwrap(), None, "thrown away");
    assert!(!bench.screen().contains("Чернетка стратегії"), "{}", bench.screen());
}

#[test]
fn a_draft_of_a_deleted_touchpoint_says_so_and_keeps_its_text() {
    let mut bench = portfolio();
    let id = bench.app.portfolio.selected_id().unwrap();
    let body = r#"{"summary":"Дзвінок про рахунок, набраний до видалення","next_step":"Надіслати акт"}"#;
    bench.app.store.save_draft(&kept_draft(format!("form:touchpoint:9999:{}", id.0), id, body)).unwrap();

    bench.press(KeyCode::Enter).keys("l");
    snapshot!("draft_offer_deleted_record", bench);
    bench.keys("r");
    let screen = bench.screen();
    assert!(screen.contains("Дзвінок про рахунок, набраний до видалення"), "{screen}");
    bench.ctrl('s');
    assert!(bench.app.store.draft_keys().unwrap().is_empty(), "the text now lives in the new touchpoint");
    bench.keys("7");
    assert!(bench.screen().contains("Дзвінок про рахунок"), "{}", bench.screen());
}

#[test]
fn typing_asks_for_a_draft_which_goes_when_the_form_is_thrown_away() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("l");
    bench.app.take_effects();
    bench.keys("Дзвінок");
    assert!(bench.app.take_effects().contains(&keyplan::app::Effect::WriteDraft));
    keyplan::app::update(&mut bench.app, keyplan::app::Action::KeepDraft);
    assert!(
        bench.app.take_effects().contains(&keyplan::app::Effect::Saved),
        "the check is told the write was ours, not another process's"
    );
    let keys = bench.app.store.draft_keys().unwrap();
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(keys[0].starts_with("form:touchpoint:new:"), "{keys:?}");
    assert!(!bench.screen().contains("draft waiting"), "this session's own draft is not waiting");

    bench.press(KeyCode::Esc).keys("y");
    assert!(bench.app.store.draft_keys().unwrap().is_empty(), "thrown away: the draft goes");
}

#[test]
fn a_sale_being_typed_is_kept_as_a_draft_and_offered_back() {
    let mut bench = portfolio();
    let id = bench.app.portfolio.selected_id().unwrap();
    bench.press(KeyCode::Enter).keys("9n");
    bench.app.take_effects();
    bench.keys("125000");
    assert!(bench.app.take_effects().contains(&keyplan::app::Effect::WriteDraft));
    keyplan::app::update(&mut bench.app, keyplan::app::Action::KeepDraft);
    let keys = bench.app.store.draft_keys().unwrap();
    assert_eq!(keys, [format!("form:sale:new:{}", id.0)]);

    // The session ends without saving; the next one offers the amount back.
    let mut next = bench.another();
    next.press(KeyCode::Enter).keys("9n");
    assert!(next.screen().contains("A draft from"), "{}", next.screen());
    next.keys("r");
    assert!(next.screen().contains("125000"), "{}", next.screen());
}

#[test]
fn a_draft_stays_while_its_editor_is_open_even_with_the_dossier_gone_under_it() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("2e").keys("Нова місія");
    keyplan::app::update(&mut bench.app, keyplan::app::Action::KeepDraft);
    assert_eq!(bench.app.store.draft_keys().unwrap().len(), 1);
    bench.app.dossier = None;
    bench.keys(" далі");
    assert_eq!(bench.app.store.draft_keys().unwrap().len(), 1, "the draft went while its text was still open");
}

#[test]
fn a_draft_restored_after_a_change_elsewhere_saves_into_the_conflict_view() {
    let mut bench = portfolio();
    let id = bench.app.portfolio.selected_id().unwrap();
    let key = format!("text:{}:charter", id.0);
    let charter = TextPart::Plan(PlanSection::Charter);
    let (_, revision) = bench.app.store.stored_text(id, charter).unwrap();
    let draft = keyplan::store::Draft {
        base_revision: Some(revision), ..kept_draft(key, id, "Чернетка з ноутбука")
    };
    bench.app.store.save_draft(&draft).unwrap();
    // Meanwhile the phone saved the charter.
    bench.app.store.save_text(id, charter, "Збережено з телефона", Some(revision)).unwrap();
    bench.app.refresh().unwrap();
    bench.press(KeyCode::Enter).keys("2e").keys("r");
    assert!(bench.screen().contains("Чернетка з ноутбука"));
    bench.ctrl('s');
    assert_eq!(bench.app.mode(), keyplan::app::Mode::Conflict, "{}", bench.screen());
    assert_eq!(bench.app.store.stored_text(id, charter).unwrap().0, "Збережено з телефона", "nothing overwritten");
}

// ===========================================================================
// The workbench in its users' languages: every screen outside the dossier
// sections and the forms in Ukrainian, Russian and Georgian at 80x24; the
// portfolio, the agenda, the help and the welcome also at 60x20 in every
// language, English included. Each language is drawn on its own bench,
// built while the test's thread speaks that language.
// ===========================================================================

mod in_each_language {
    use super::*;
    use keyplan::l10n::{self, Language};

    const TRANSLATED: [Language; 3] = [Language::Ukrainian, Language::Russian, Language::Georgian];

    /// `build` run afresh in each of `languages`, its screen drawn at
    /// `width`x`height` and compared with the snapshot `name_<code>`.
    fn snapshots(name: &str, languages: &[Language], (width, height): (u16, u16), build: impl Fn() -> Bench) {
        for &language in languages {
            let _speaking = l10n::scoped(language);
            let bench = build();
            let screen = bench.screen_at(width, height);
            insta::assert_snapshot!(format!("{name}_{}", language.code()), screen);
        }
    }

    fn at_80x24(name: &str, build: impl Fn() -> Bench) {
        snapshots(name, &TRANSLATED, (80, 24), build);
    }

    fn at_60x20(name: &str, build: impl Fn() -> Bench) {
        snapshots(&format!("{name}_60x20"), &Language::ALL, (60, 20), build);
    }

    fn after(mut bench: Bench, steps: impl FnOnce(&mut Bench)) -> Bench {
        steps(&mut bench);
        bench
    }

    fn typed(mut bench: Bench, keys: &str) -> Bench {
        bench.keys(keys);
        bench
    }

    fn checked() -> Bench {
        after(portfolio(), check)
    }

    #[test]
    fn welcome() {
        at_80x24("lang_welcome", empty);
        at_80x24("lang_welcome_help", || typed(empty(), "?"));
        at_60x20("lang_welcome", empty);
        at_60x20("lang_welcome_help", || typed(empty(), "?"));
    }

    #[test]
    fn portfolio_screens() {
        at_80x24("lang_portfolio", portfolio);
        at_80x24("lang_portfolio_checked", checked);
        at_80x24("lang_portfolio_most_overdue_first", || typed(checked(), "s"));
        at_80x24("lang_portfolio_filtered", || typed(portfolio(), "/київ"));
        at_80x24("lang_portfolio_no_match", || typed(portfolio(), "/zzz"));
        at_80x24("lang_portfolio_help", || typed(portfolio(), "?"));
        at_60x20("lang_portfolio", checked);
        at_60x20("lang_portfolio_help", || typed(portfolio(), "?"));
    }

    #[test]
    fn agenda() {
        let agenda = || typed(checked(), "A");
        at_80x24("lang_agenda", agenda);
        at_80x24("lang_agenda_help", || typed(agenda(), "?"));
        at_80x24("lang_agenda_nothing_slipping", || after(empty(), |b| check(b.keys("A"))));
        at_60x20("lang_agenda", agenda);
        at_60x20("lang_agenda_help", || typed(agenda(), "?"));
    }

    #[test]
    fn questions_and_prompts() {
        let dossier = || {
            after(portfolio(), |b| {
                b.press(KeyCode::Enter);
            })
        };
        at_80x24("lang_choose_new_item", || typed(dossier(), "5n"));
        at_80x24("lang_delete_question", || typed(dossier(), "8d"));
        at_80x24("lang_deleted", || typed(dossier(), "8dy"));
        at_80x24("lang_purge_prompt", || typed(dossier(), "D"));
        at_80x24("lang_carry_question", || typed(dossier(), "5C"));
        at_80x24("lang_carried", || typed(dossier(), "5Cy"));
        at_80x24("lang_quit_question", || {
            after(dossier(), |b| {
                b.keys("lД").ctrl('c');
            })
        });
    }

    #[test]
    fn editor_conflict_and_history() {
        let editor = || {
            after(portfolio(), |b| {
                b.press(KeyCode::Enter).keys("4e").keys("Стратегія. სტრატეგია.");
            })
        };
        at_80x24("lang_editor", editor);
        at_80x24("lang_editor_discard_question", || {
            after(editor(), |b| {
                b.press(KeyCode::Esc);
            })
        });
        at_80x24("lang_editor_saved", || {
            after(editor(), |b| {
                b.ctrl('s');
            })
        });
        at_80x24("lang_conflict_charter", || {
            let mut laptop = portfolio();
            let mut phone = laptop.another();
            for bench in [&mut laptop, &mut phone] {
                bench.press(KeyCode::Enter).keys("2e").ctrl('e');
            }
            laptop.keys(" Ноутбук додав.");
            phone.keys(" Телефон додав.").ctrl('s');
            laptop.ctrl('s');
            laptop
        });
        let history = || {
            after(portfolio(), |b| {
                let id = b.app.portfolio.selected_id().unwrap();
                b.app.store.save_text(id, CHARTER, "Ми — партнер.\nДругий рядок.", None).unwrap();
                b.app.store.save_text(id, CHARTER, "Ми — партнер у сфері 5G.\nДругий рядок.", None).unwrap();
                b.pin_text_history(&[("2026-11-20T09:15:00Z", "laptop"), ("2026-11-22T16:40:00Z", "phone")]);
                b.press(KeyCode::Enter).keys("2h");
            })
        };
        at_80x24("lang_history_list", history);
        at_80x24("lang_history_version", || {
            after(history(), |b| {
                b.keys("j").press(KeyCode::Enter);
            })
        });
        at_80x24("lang_history_restored", || typed(history(), "jr"));
    }

    #[test]
    fn drafts() {
        let waiting = || {
            after(portfolio(), |b| {
                let id = b.app.portfolio.selected_id().unwrap();
                let key = format!("text:{}:charter", id.0);
                b.app.store.save_draft(&kept_draft(key, id, "Чернетка: ქართული ტექსტი.")).unwrap();
                b.app.refresh().unwrap();
            })
        };
        at_80x24("lang_drafts_waiting", waiting);
        at_80x24("lang_draft_offer", || {
            after(waiting(), |b| {
                b.press(KeyCode::Enter).keys("2e");
            })
        });
        at_80x24("lang_draft_offer_deleted_record", || {
            after(portfolio(), |b| {
                let id = b.app.portfolio.selected_id().unwrap();
                let body = r#"{"summary":"Дзвінок про рахунок","next_step":"Надіслати акт"}"#;
                b.app.store.save_draft(&kept_draft(format!("form:touchpoint:9999:{}", id.0), id, body)).unwrap();
                b.press(KeyCode::Enter).keys("l");
            })
        });
    }

    #[test]
    fn a_name_english_shows_whole_is_whole_in_every_language() {
        let long_name = |store: &mut keyplan::store::Store| {
            fill_portfolio(store);
            let mut account = Account::new("Brambleford Foods Ltd", day("2024-02-01"));
            account.client_type = KeyClientType::Prospect;
            account.status = AccountStatus::Prospect;
            store.create_account(&account).unwrap();
        };
        for language in Language::ALL {
            let _speaking = l10n::scoped(language);
            let screen = bench_with(long_name).screen();
            assert!(screen.contains("Brambleford Foods Ltd"), "{language:?}:\n{screen}");
        }
    }

    #[test]
    fn small_window() {
        for language in TRANSLATED {
            let _speaking = l10n::scoped(language);
            let screen = portfolio().draw_at(30, 8).backend().to_string();
            insta::assert_snapshot!(format!("lang_too_small_{}", language.code()), screen);
        }
    }
}

// ---------------------------------------------------------------------------
// The dossier and the forms in Ukrainian, Russian and Georgian (and, at
// 60x20, English too): every section, every form, nothing cut.
// ---------------------------------------------------------------------------

use keyplan::l10n::{self, Language};

const TRANSLATED: [Language; 3] = [Language::Ukrainian, Language::Russian, Language::Georgian];

/// `name` in the language's snapshot: `l10n_uk_dossier_1_overview`.
fn in_language(language: Language, name: &str) -> String {
    format!("l10n_{}_{name}", language.code())
}

fn screen_at(bench: &Bench, width: u16, height: u16) -> String {
    bench.screen_at(width, height)
}

#[test]
fn every_dossier_section_in_every_language() {
    for language in TRANSLATED {
        let _speaking = l10n::scoped(language);
        let mut bench = portfolio();
        bench.press(KeyCode::Enter);
        insta::assert_snapshot!(in_language(language, "dossier_1_overview"), bench.screen());
        for &(digit, name) in &SECTIONS[1..8] {
            bench.keys(&digit.to_string());
            insta::assert_snapshot!(in_language(language, &format!("dossier_{digit}_{name}")), bench.screen());
        }
        // The milestone below the objective, and a review then a change.
        bench.keys("5j");
        insta::assert_snapshot!(in_language(language, "dossier_5_milestone"), bench.screen());
        bench.keys("R");
        assert!(bench.screen().contains(&l10n::date(today())), "{}", bench.screen());
        bench.keys("3e").keys("Ціна.").ctrl('s');
        insta::assert_snapshot!(in_language(language, "dossier_changed_since_review"), bench.screen());
    }
}

#[test]
fn an_empty_dossier_says_how_to_fill_it_in_every_language() {
    for language in TRANSLATED {
        let _speaking = l10n::scoped(language);
        let mut bench = portfolio();
        // Acme Logistics, third by sales, has nothing but its name.
        bench.keys("jj").press(KeyCode::Enter);
        for (digit, name) in
            [('2', "charter"), ('5', "implementation"), ('6', "people"), ('7', "log"), ('8', "competitors")]
        {
            bench.keys(&digit.to_string());
            insta::assert_snapshot!(in_language(language, &format!("dossier_empty_{name}")), bench.screen());
        }
    }
}

#[test]
fn every_form_in_every_language() {
    for language in TRANSLATED {
        let _speaking = l10n::scoped(language);
        let mut bench = portfolio();
        bench.keys("a");
        insta::assert_snapshot!(in_language(language, "form_new_account"), bench.screen());
        bench.press(KeyCode::Esc);
        bench.press(KeyCode::Enter).keys("e");
        insta::assert_snapshot!(in_language(language, "form_edit_account"), bench.screen());
        bench.press(KeyCode::Esc).keys("l");
        insta::assert_snapshot!(in_language(language, "form_touchpoint"), bench.screen());
        bench.press(KeyCode::Esc).keys("5n");
        insta::assert_snapshot!(in_language(language, "choose_new_item"), bench.screen());
        bench.keys("o");
        insta::assert_snapshot!(in_language(language, "form_objective"), bench.screen());
        bench.press(KeyCode::Esc).keys("nm");
        insta::assert_snapshot!(in_language(language, "form_milestone"), bench.screen());
        bench.press(KeyCode::Esc).keys("j").press(KeyCode::Enter);
        insta::assert_snapshot!(in_language(language, "form_edit_milestone"), bench.screen());
        bench.press(KeyCode::Esc).keys("6n");
        insta::assert_snapshot!(in_language(language, "form_person"), bench.screen());
        bench.press(KeyCode::Esc).press(KeyCode::Enter);
        insta::assert_snapshot!(in_language(language, "form_edit_person"), bench.screen());
        bench.press(KeyCode::Esc).keys("8n");
        insta::assert_snapshot!(in_language(language, "form_competitor"), bench.screen());
        bench.press(KeyCode::Esc).press(KeyCode::Enter);
        insta::assert_snapshot!(in_language(language, "form_edit_competitor"), bench.screen());
        bench.press(KeyCode::Esc).keys("7").press(KeyCode::Enter);
        insta::assert_snapshot!(in_language(language, "form_edit_touchpoint"), bench.screen());
    }
}

#[test]
fn form_problems_in_every_language() {
    for language in TRANSLATED {
        let _speaking = l10n::scoped(language);
        let mut bench = empty();
        bench.keys("a");
        for _ in 0..7 {
            bench.press(KeyCode::Tab);
        }
        bench.keys("багато");
        bench.press(KeyCode::Tab).press(KeyCode::Tab).keys("2026-02-30");
        bench.press(KeyCode::Tab).keys("0");
        bench.ctrl('s');
        insta::assert_snapshot!(in_language(language, "form_errors"), bench.screen());
        assert_eq!(bench.app.store.account_count().unwrap(), 0);

        let mut bench = portfolio();
        bench.press(KeyCode::Enter).keys("l");
        bench.press(KeyCode::Tab).press(KeyCode::Tab).keys("25:00");
        for _ in 0..6 {
            bench.press(KeyCode::Tab);
        }
        bench.keys("+3d");
        bench.ctrl('s');
        insta::assert_snapshot!(in_language(language, "form_touchpoint_errors"), bench.screen());

        let mut bench = portfolio();
        bench.press(KeyCode::Enter).keys("6n").keys("Нино");
        for _ in 0..8 {
            bench.press(KeyCode::Tab);
        }
        bench.keys("nino.example.ge").press(KeyCode::Tab).keys("2030-01-01");
        bench.ctrl('s');
        insta::assert_snapshot!(in_language(language, "form_person_errors"), bench.screen());
    }
}

#[test]
fn a_form_reads_back_the_dates_it_shows_in_every_language() {
    for language in TRANSLATED {
        let _speaking = l10n::scoped(language);
        let mut bench = portfolio();
        // A milestone saved untouched keeps its dates and its done mark.
        bench.press(KeyCode::Enter).keys("5jj").press(KeyCode::Enter).keys(" ").press(KeyCode::Backspace);
        bench.ctrl('s');
        let screen = bench.screen();
        assert!(!bench.app.status.is_error, "{screen}");
        assert!(screen.contains(&l10n::date(day("2026-06-02"))), "{screen}");
        // Choices are read by place, whatever their labels.
        bench.keys("6").press(KeyCode::Enter);
        bench.press(KeyCode::Tab).press(KeyCode::Tab).keys(" ");
        bench.ctrl('s');
        let dossier = &bench.app.dossier.as_ref().unwrap().dossier;
        let andriy = dossier.people.iter().find(|p| p.name == "Андрій Мельник").unwrap();
        assert_eq!(andriy.role, Some(BuyingRole::Influencer), "the one after the decision maker: {}", bench.screen());
    }
}

#[test]
fn the_snooze_form_in_every_language() {
    for language in TRANSLATED {
        let _speaking = l10n::scoped(language);
        let mut bench = portfolio();
        check(&mut bench);
        bench.keys("Az");
        insta::assert_snapshot!(in_language(language, "agenda_snooze"), bench.screen());
    }
}

#[test]
fn the_overview_and_the_log_at_60x20_in_every_language() {
    for language in Language::ALL {
        let _speaking = l10n::scoped(language);
        let mut bench = portfolio();
        bench.press(KeyCode::Enter);
        insta::assert_snapshot!(in_language(language, "dossier_1_overview_60x20"), screen_at(&bench, 60, 20));
        bench.keys("7");
        insta::assert_snapshot!(in_language(language, "dossier_7_log_60x20"), screen_at(&bench, 60, 20));
    }
}

// ===========================================================================
// The analysis screen and the sales history in the dossier.
// ===========================================================================

mod analysis {
    use super::*;
    use keyplan::domain::sales::{Month, Sale};

    /// The portfolio with two years of monthly sales: a steady breadwinner,
    /// a seasonal one, an irregular prospect above the line, a lost account
    /// with a win-back plan, and an objective of this year.
    pub(crate) fn with_sales() -> Bench {
        sales_bench(true)
    }

    /// The same, with or without volumes in the sales rows.
    fn sales_bench(volumes: bool) -> Bench {
        bench_with(|store| fill_sales(store, volumes))
    }

    /// The portfolio and its sales, as [`sales_bench`] has them.
    pub(super) fn fill_sales(store: &mut keyplan::store::Store, volumes: bool) {
        fill_portfolio(store);
        let ids: Vec<(AccountId, String)> =
            store.list_accounts().unwrap().into_iter().map(|a| (a.id, a.name)).collect();
        let id = |name: &str| ids.iter().find(|(_, n)| n == name).unwrap().0;
        let kyivstar = id("Київстар Бізнес");
        let tbilisi = id("თბილისის წყალი");
        let acme = id("Acme Logistics");
        let lost = id("Северный Трейд");
        let mut month = Month::new(2024, 11).unwrap();
        let through = Month::new(2026, 10).unwrap();
        let mut i = 0i64;
        while month <= through {
            let mut sale = |account, product: &str, amount: i64| {
                let sale = Sale {
                    account_id: account,
                    month,
                    product: product.into(),
                    amount,
                    profit: Some(amount / 5),
                    volume: volumes.then_some(amount / 1000),
                };
                store.add_sale(&sale).unwrap();
            };
            sale(kyivstar, "Ліцензії TeleSense", 1_000_000 * 100 + (i % 3) * 20_000 * 100);
            let summer = matches!(month.month, 6..=8);
            sale(tbilisi, "", if summer { 600_000 * 100 } else { 150_000 * 100 });
            if i % 4 == 0 {
                sale(acme, "", 900_000 * 100);
            }
            if month <= Month::new(2025, 6).unwrap() {
                sale(lost, "", 50_000 * 100);
            }
            month = month.next();
            i += 1;
        }
        let mut account = store.load_account(lost).unwrap();
        account.closed_on = Some(day("2025-08-14"));
        account.loss_reason = Some(keyplan::domain::analysis::LossReason::Competitor);
        account.win_back = Some(keyplan::domain::analysis::WinBack {
            means: keyplan::domain::analysis::WinBackMeans::Meeting,
            note: "Нова ціна".into(),
            due: day("2026-12-10"),
        });
        store.update_account(&account).unwrap();
        // One currency for all: amounts are never added across currencies.
        for summary in store.list_accounts().unwrap() {
            let mut account = store.load_account(summary.id).unwrap();
            account.currency = Some("UAH".into());
            store.update_account(&account).unwrap();
        }
        store.keep_sales_window(today()).unwrap();
    }

    fn after_keys(mut bench: Bench, keys: &str) -> Bench {
        press_all(&mut bench, keys);
        bench
    }

    const TABS: [(&str, &str); 5] =
        [("pareto", "r"), ("matrix", "r2"), ("plan", "r3"), ("lost", "r4"), ("activity", "r5")];

    /// Account names, refusal reasons and win-back notes reach every tab
    /// with their control characters shown, never sent to the terminal.
    #[test]
    fn hostile_names_and_reasons_are_shown_not_obeyed_on_every_tab() {
        const HOSTILE: &str = "X\u{1b}]0;PWNED\u{7}\u{1b}[2J";
        let bench = bench_with(|store| {
            fill_sales(store, true);
            for summary in store.list_accounts().unwrap() {
                let mut account = store.load_account(summary.id).unwrap();
                account.name = format!("{HOSTILE} {}", account.name);
                if let Some(plan) = account.win_back.as_mut() {
                    plan.note = HOSTILE.into();
                }
                store.update_account(&account).unwrap();
                let mut refusal = Touchpoint::new(summary.id, day("2026-10-02"), Channel::Call, HOSTILE);
                refusal.outcome = Some(Outcome::Refusal);
                refusal.reason = HOSTILE.into();
                store.save_touchpoint(&refusal).unwrap();
            }
            // One more account, lapsing: nothing bought since May.
            let mut lapsing = Account::new(format!("{HOSTILE} Lapsing"), day("2020-01-01"));
            lapsing.currency = Some("UAH".into());
            let id = store.create_account(&lapsing).unwrap();
            let month = Month::new(2026, 5).unwrap();
            let sale = Sale { account_id: id, month, product: HOSTILE.into(), amount: 100, profit: None, volume: None };
            store.add_sale(&sale).unwrap();
            store.keep_sales_window(today()).unwrap();
        });
        let tabs = [("pareto", "r"), ("matrix cell", "r2\r"), ("plan", "r3"), ("lost", "r4"), ("activity", "r5")];
        for (name, keys) in tabs {
            let bench = after_keys(bench.another(), keys);
            for (width, height) in [(80, 24), (60, 20), (200, 50)] {
                let screen = screen_at(&bench, width, height);
                assert!(!screen.contains(['\u{1b}', '\u{7}']), "{name} at {width}x{height}:\n{screen}");
                assert!(screen.contains("X^[]0;PWNED^G"), "{name} at {width}x{height}:\n{screen}");
            }
        }
    }

    #[test]
    fn every_tab_at_80x24_and_60x20() {
        for (name, keys) in TABS {
            let bench = after_keys(with_sales(), keys);
            insta::assert_snapshot!(format!("analysis_{name}"), bench.screen());
            insta::assert_snapshot!(format!("analysis_{name}_60x20"), screen_at(&bench, 60, 20));
        }
    }

    #[test]
    fn every_tab_in_ukrainian_and_georgian() {
        for language in [Language::Ukrainian, Language::Georgian] {
            let _speaking = l10n::scoped(language);
            for (name, keys) in TABS {
                let bench = after_keys(with_sales(), keys);
                insta::assert_snapshot!(in_language(language, &format!("analysis_{name}")), bench.screen());
            }
        }
    }

    #[test]
    fn the_plan_without_recorded_volumes_shows_a_dash_not_zero_percent() {
        let bench = after_keys(sales_bench(false), "r3");
        let screen = bench.screen();
        assert!(screen.contains("— / 2 000"), "{screen}");
        assert!(!screen.contains(" 0 %"), "{screen}");
        insta::assert_snapshot!("analysis_plan_without_volumes", screen);
    }

    #[test]
    fn a_wide_window_draws_the_pareto_curve() {
        let bench = after_keys(with_sales(), "r");
        let screen = screen_at(&bench, 140, 30);
        assert!(screen.contains("Cumulative share by rank"), "{screen}");
    }

    #[test]
    fn the_period_and_the_basis_switch() {
        let mut bench = after_keys(with_sales(), "r[");
        assert!(bench.screen().contains("Analysis · 2026 · by sales"), "{}", bench.screen());
        press_all(&mut bench, "[p");
        insta::assert_snapshot!("analysis_pareto_2025_by_profit", bench.screen());
        press_all(&mut bench, "]]");
        assert!(bench.screen().contains("last 12 months"), "{}", bench.screen());
    }

    #[test]
    fn enter_on_a_matrix_cell_lists_its_accounts_and_opens_one_by_its_id() {
        let mut bench = after_keys(with_sales(), "r2\r");
        insta::assert_snapshot!("analysis_matrix_cell_list", bench.screen());
        press_all(&mut bench, "\x1b");
        assert!(bench.screen().contains("X steady"), "Esc goes back to the grid: {}", bench.screen());
        press_all(&mut bench, "\r\r");
        let dossier = bench.app.dossier.as_ref().expect("Enter on an account opens its dossier");
        assert_eq!(dossier.dossier.account.name, "Київстар Бізнес");
        assert_eq!(dossier.section, DossierSection::Sales);
        press_all(&mut bench, "\x1b");
        assert!(bench.screen().contains("Analysis"), "Esc comes back to the analysis: {}", bench.screen());
    }

    #[test]
    fn empty_states_say_what_to_do() {
        for (name, keys) in TABS {
            let bench = after_keys(portfolio(), keys);
            insta::assert_snapshot!(format!("analysis_empty_{name}"), bench.screen());
        }
        let bench = after_keys(portfolio(), "\r9");
        insta::assert_snapshot!("dossier_9_sales_empty", bench.screen());
    }

    #[test]
    fn the_dossier_sales_section_and_its_class() {
        let bench = after_keys(with_sales(), "\r9");
        insta::assert_snapshot!("dossier_9_sales", bench.screen());
        insta::assert_snapshot!("dossier_9_sales_60x20", screen_at(&bench, 60, 20));
        let bench = after_keys(with_sales(), "");
        insta::assert_snapshot!("portfolio_with_classes", bench.screen());
    }

    #[test]
    fn a_sale_with_a_bad_amount_is_refused_beside_its_field_and_a_good_one_is_added() {
        let mut bench = after_keys(with_sales(), "\r9n");
        bench.keys("12,3,4");
        bench.ctrl('s');
        insta::assert_snapshot!("sale_form_bad_amount", bench.screen());
        let before = bench.app.dossier.as_ref().unwrap().extra.months[0].amount;
        bench.ctrl('u').keys("1 500,50").ctrl('s');
        let after = bench.app.dossier.as_ref().unwrap().extra.months[0].amount;
        assert_eq!(after - before, 150_050, "{}", bench.screen());
        assert!(bench.screen().contains("Sale added"), "{}", bench.screen());
    }
}

// ===========================================================================
// Phone-sized terminals: every screen at 50x20 and 60x20.
// ===========================================================================

#[path = "screens/phone.rs"]
mod phone;

/// A portfolio larger than the first rows read: the first frame, drawn
/// before the rest is read, is the frame of the whole portfolio.
#[test]
fn the_first_frame_of_a_large_portfolio_is_that_of_the_whole() {
    use keyplan::sample::{Scale, synthetic_portfolio};
    let mut bench = bench_with(|store| {
        let scale = Scale { accounts: 500, touchpoints: 2_000, seed: 5, today: today() };
        store.insert_dossiers(synthetic_portfolio(scale)).unwrap();
        store.keep_sales_window(today()).unwrap();
    });
    assert!(bench.app.portfolio.is_head(), "only the first rows are read before the first frame");
    assert!(bench.app.portfolio.accounts.len() < 500);
    let sizes = [(120, 40), (80, 24), (50, 20)];
    let first: Vec<String> = sizes.iter().map(|&(w, h)| bench.screen_at(w, h)).collect();
    let head: Vec<(AccountId, String)> =
        bench.app.portfolio.visible().map(|a| (a.id, bench.app.portfolio.class(a.id))).collect();
    bench.app.load_rest().unwrap();
    let whole: Vec<(AccountId, String)> =
        bench.app.portfolio.visible().take(head.len()).map(|a| (a.id, bench.app.portfolio.class(a.id))).collect();
    assert_eq!(head, whole, "the first rows, in order, each in its class");
    assert!(head.iter().any(|(_, class)| class.starts_with('B')), "{head:?}");
    assert!(!bench.app.portfolio.is_head());
    assert_eq!(bench.app.portfolio.accounts.len(), 500);
    for (&(w, h), first) in sizes.iter().zip(&first) {
        assert_eq!(*first, bench.screen_at(w, h), "at {w}x{h}");
    }
    assert!(first[0].contains("500"), "the title counts every account:\n{}", first[0]);
}

/// Moving the selection repaints two names, not two rows: only the
/// selected account's name is highlighted, not the padding after it.
#[test]
fn only_the_selected_name_is_highlighted() {
    use ratatui::style::Modifier;
    let mut bench = portfolio();
    bench.press(KeyCode::Char('j'));
    let selected = bench.app.portfolio.selected_id().unwrap();
    let name = bench.app.portfolio.visible().find(|a| a.id == selected).unwrap().name.clone();
    let (column, row) = bench.cell_of(&name);
    let terminal = bench.draw_at(80, 24);
    let buffer = terminal.backend().buffer();
    let reversed = |x: u16, y: u16| buffer[(x, y)].modifier.contains(Modifier::REVERSED);
    let width = unicode_width::UnicodeWidthStr::width(name.as_str()) as u16;
    assert!((column..column + width).all(|x| reversed(x, row)), "the name is highlighted");
    assert!(!reversed(column + width, row), "the padding after it is not");
    assert!((0..buffer.area.width).all(|x| !reversed(x, row - 1)), "the row above is plain");
}
