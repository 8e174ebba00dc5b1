//! Every screen on a phone over SSH: at 50x20 and 60x20, with Georgian and
//! Cyrillic account and person names. The names stay in sight (other
//! columns give way first), long text is cut with "…", and the help scrolls.

use super::*;

const SIZES: [(u16, u16); 2] = [(50, 20), (60, 20)];

/// The portfolio with its sales, a Kazakh account with a Georgian contact
/// and a long log, and a Georgian person at the Georgian account.
fn phone() -> Bench {
    bench_with(|store| {
        analysis::fill_sales(store, true);
        let mut account = Account::new("Казахтелеком", day("2020-04-01"));
        account.client_type = KeyClientType::Expert;
        account.annual_sales = Some(800_000);
        let kazakh = store.create_account(&account).unwrap();
        let mut nino = Person::new(kazakh, "ნინო ბერიძე-ჯაფარიძე");
        nino.job_title = "Руководитель отдела закупок".into();
        nino.role = Some(BuyingRole::DecisionMaker);
        nino.attitude = Some(Attitude::Supporter);
        nino.influence = Some(5);
        store.save_person(&nino).unwrap();
        let mut call = Touchpoint::new(
            kazakh,
            day("2026-11-18"),
            Channel::Call,
            "Обсудили продление договора на обслуживание сети и новые тарифы",
        );
        call.outcome = Some(Outcome::Positive);
        call.next_step = "Отправить коммерческое предложение с новыми тарифами".into();
        call.next_step_due = Some(day("2026-11-20"));
        store.save_touchpoint(&call).unwrap();
        let tbilisi = store.list_accounts().unwrap().into_iter().find(|a| a.name == "თბილისის წყალი").unwrap().id;
        let mut giorgi = Person::new(tbilisi, "გიორგი მაისურაძე");
        giorgi.job_title = "ფინანსური დირექტორი".into();
        giorgi.role = Some(BuyingRole::Influencer);
        store.save_person(&giorgi).unwrap();
    })
}

/// `bench` after `keys` (Enter as `\r`, Esc as `\x1b`), with the check run.
fn at(keys: &str) -> Bench {
    let mut bench = phone();
    check(&mut bench);
    press_all(&mut bench, keys);
    bench
}

/// The screen at each phone size, snapshotted as `phone_<name>_<size>`.
fn snapshots(name: &str, bench: &Bench) -> Vec<String> {
    SIZES
        .iter()
        .map(|&(width, height)| {
            let screen = screen_at(bench, width, height);
            insta::assert_snapshot!(format!("phone_{name}_{width}x{height}"), screen);
            screen
        })
        .collect()
}

fn assert_shows(screens: &[String], texts: &[&str]) {
    for screen in screens {
        for text in texts {
            assert!(screen.contains(text), "{text:?} not in\n{screen}");
        }
    }
}

#[test]
fn the_portfolio_shows_every_name_whole() {
    let screens = snapshots("portfolio", &at(""));
    assert_shows(&screens, &["Київстар Бізнес", "თბილისის წყალი", "Казахтелеком", "Северный Трейд", "Acme Logistics"]);
    assert_shows(&snapshots("portfolio_filtered", &at("/каз")), &["Казахтелеком"]);
    assert_shows(&snapshots("welcome", &empty()), &["keyplan"]);
}

#[test]
fn every_dossier_section() {
    for (digit, name) in SECTIONS {
        let screens = snapshots(&format!("dossier_{digit}_{name}"), &at(&format!("\r{digit}")));
        assert_shows(&screens, &["Київстар Бізнес"]);
    }
    assert_shows(&snapshots("dossier_6_people_georgian", &at("/თბი\r\r6")), &["თბილისის წყალი", "გიორგი მაისურაძე"]);
    assert_shows(&snapshots("dossier_6_people_kazakh", &at("/каз\r\r6")), &["ნინო ბერიძე"]);
    // The summary keeps its room beside the date; the outcome gives way.
    let log = snapshots("dossier_7_log_kazakh", &at("/каз\r\r7"));
    assert_shows(&log, &["Казахтелеком", "Обсудили продле"]);
}

#[test]
fn the_help_scrolls_to_its_end_and_back() {
    for (name, keys) in [("portfolio_help", "?"), ("dossier_help", "\r?"), ("agenda_help", "A?")] {
        let mut bench = at(keys);
        let top = snapshots(name, &bench);
        assert_shows(&top, &["↓ more"]);
        bench.press(KeyCode::End);
        let end = snapshots(&format!("{name}_end"), &bench);
        assert_shows(&end, &["↑ more", "close this help"]);
        // Up from the end moves at once, whatever the window.
        bench.press(KeyCode::Up);
        let up = screen_at(&bench, 50, 20);
        assert!(up.contains("↑ ↓ more") && !up.contains("close this help"), "{up}");
        bench.press(KeyCode::Home);
        assert!(screen_at(&bench, 50, 20).contains(" ↓ more"));
        bench.press(KeyCode::PageDown).press(KeyCode::PageUp).press(KeyCode::Char('j')).press(KeyCode::Char('k'));
        assert!(screen_at(&bench, 50, 20).contains(" ↓ more"));
    }
}

#[test]
fn every_form_and_its_problems() {
    for (name, keys) in [
        ("form_touchpoint", "\rl"),
        ("form_account", "\re"),
        ("form_person", "\r6n"),
        ("form_edit_person", "\r6\r"),
        ("form_objective", "\r5no"),
        ("form_milestone", "\r5nm"),
        ("form_competitor", "\r8n"),
        ("form_sale", "\r9n"),
        ("form_snooze", "Az"),
    ] {
        snapshots(name, &at(keys));
    }
    // A problem beside a field would be cut: the label turns red and the
    // whole sentence of the field in focus is below the fields.
    let mut bench = at("a");
    for _ in 0..7 {
        bench.press(KeyCode::Tab);
    }
    bench.keys("lots").press(KeyCode::Tab).press(KeyCode::Tab).keys("2026-02-30").ctrl('s');
    let screens = snapshots("form_errors", &bench);
    assert_shows(&screens, &["Cooperation since: '2026-02-30' is not a date"]);
    let mut bench = at("\re");
    bench.press(KeyCode::Tab).press(KeyCode::Tab).keys("l").ctrl('s');
    let screens = snapshots("form_close_as_lost_needs_a_reason", &bench);
    assert_shows(&screens, &["Why lost: say why the customer was"]);
}

#[test]
fn the_agenda_search_and_analysis() {
    let agenda = snapshots("agenda", &at("A"));
    assert_shows(&agenda, &["Казахтелеком"]);
    let mut search = at("f");
    search.keys("договор");
    assert_shows(&snapshots("search", &search), &["Казахтелеком"]);
    for (name, keys) in [("pareto", "r"), ("matrix", "r2"), ("plan", "r3"), ("lost", "r4"), ("activity", "r5")] {
        snapshots(&format!("analysis_{name}"), &at(keys));
    }
    snapshots("analysis_help", &at("r?"));
}

#[test]
fn questions_prompts_and_editors() {
    for (name, keys) in [
        ("choose_new_item", "\r5n"),
        ("delete_question", "\r8d"),
        ("purge_prompt", "\rD"),
        ("carry_question", "\r5C"),
        ("editor", "\r4e"),
    ] {
        snapshots(name, &at(keys));
    }
    let mut quit = at("\rlД");
    quit.ctrl('c');
    snapshots("quit_question", &quit);
    // A long status message is cut with "…", never in the middle of a word without it.
    let mut deleted = at("\r8dy");
    deleted.app.say("Deleted the competitor СенсорПлюс and everything that was written about it last year");
    for screen in snapshots("long_status", &deleted) {
        let status = screen.lines().last().unwrap();
        assert!(status.contains("…"), "{status}");
    }
}

#[test]
fn a_conflict_the_history_and_a_draft() {
    let mut laptop = at("");
    let mut other = laptop.another();
    for bench in [&mut laptop, &mut other] {
        bench.press(KeyCode::Enter).keys("2e").ctrl('e');
    }
    laptop.keys(" Ноутбук додав.");
    other.keys(" Телефон додав.");
    other.ctrl('s');
    laptop.ctrl('s');
    assert_shows(&snapshots("conflict", &laptop), &["Ноутбук", "Телефон"]);

    let mut bench = at("");
    let id = bench.app.portfolio.selected_id().unwrap();
    bench.app.store.save_text(id, CHARTER, "Ми — партнер у сфері IoT.", None).unwrap();
    bench.app.store.save_text(id, CHARTER, "Ми — стратегічний партнер у сфері IoT та 5G.", None).unwrap();
    bench.pin_text_history(&[("2026-11-20T09:15:00Z", "ноутбук-київ"), ("2026-11-22T16:40:00Z", "ტელეფონი")]);
    bench.press(KeyCode::Enter).keys("2h");
    assert_shows(&snapshots("history_list", &bench), &["ტელეფონი"]);
    bench.keys("j").press(KeyCode::Enter);
    snapshots("history_version", &bench);

    let mut bench = at("");
    let id = bench.app.portfolio.selected_id().unwrap();
    let text = "Чернетка, набрана до обриву зв'язку: ქართული ტექსტი, довга, щоб її було видно обрізаною.";
    bench.app.store.save_draft(&kept_draft(format!("text:{}:charter", id.0), id, text)).unwrap();
    bench.app.refresh().unwrap();
    bench.press(KeyCode::Enter).keys("2e");
    snapshots("draft_offer", &bench);
}

#[test]
fn on_a_phone_the_problem_of_the_field_in_focus_is_shown_in_full() {
    let mut bench = at("\rl");
    bench.press(KeyCode::Tab).ctrl('u').keys("bad").ctrl('s');
    let screen = screen_at(&bench, 50, 20);
    assert!(screen.contains("Date: 'bad' is not a date"), "the problem in focus: {screen}");
    bench.press(KeyCode::BackTab);
    let screen = screen_at(&bench, 50, 20);
    assert!(screen.contains("Summary: a summary is required"), "the problem in focus: {screen}");
    bench.press(KeyCode::Tab).press(KeyCode::Tab);
    let screen = screen_at(&bench, 50, 20);
    assert!(screen.contains("Summary: a summary is required"), "no problem in focus, the first: {screen}");
}

/// A problem longer than the three lines a phone gives it ends in "…",
/// never in the middle of a word with no sign.
#[test]
fn on_a_phone_a_problem_too_long_for_its_lines_ends_in_an_ellipsis() {
    let mut bench = at("\rl");
    let typed = "2026-12-01-not-a-date-at-all-but-a-very-long-string-typed-on-a-phone-keyboard-in-a-hurry";
    bench.press(KeyCode::Tab).ctrl('u').keys(typed).ctrl('s');
    let screen = screen_at(&bench, 50, 20);
    let lines: Vec<&str> = screen.lines().collect();
    let start = lines.iter().position(|l| l.contains("'2026-12-01-not-a-date")).expect("the problem is shown");
    let end = start + lines[start..].iter().position(|l| l.contains('└')).unwrap();
    let last = lines[end - 1].trim_end_matches(['│', '"']).trim_end();
    assert!(last.ends_with('…'), "the cut is marked: {screen}");
}

#[test]
fn in_georgian_and_ukrainian_too() {
    use keyplan::l10n::{self, Language};
    for language in [Language::Georgian, Language::Ukrainian] {
        let _speaking = l10n::scoped(language);
        for (name, keys) in [("portfolio", ""), ("log", "\r7"), ("people", "\r6"), ("help", "\r?"), ("form", "\rl")] {
            let bench = at(keys);
            let screen = screen_at(&bench, 50, 20);
            insta::assert_snapshot!(format!("phone_{name}_50x20_{}", language.code()), screen);
            if name != "help" && name != "form" {
                assert!(screen.contains("Київстар Бізнес"), "{screen}");
            }
        }
    }
}
