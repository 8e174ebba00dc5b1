//! The search box in the workbench, drawn at 80x24 into ratatui's
//! TestBackend and driven by keys: `f`, typing, arrows, Enter, Esc.

#[path = "support/bench.rs"]
mod bench;

use bench::{Bench, bench_with, day};
use crossterm::event::KeyCode;
use keyplan::app::Mode;
use keyplan::app::dossier::Item;
use keyplan::domain::DossierSection;
use keyplan::domain::*;
use ratatui::style::Color;

/// Three accounts in three scripts, the word «поставки» in several places.
fn portfolio() -> Bench {
    bench_with(fill_portfolio)
}

fn fill_portfolio(store: &mut keyplan::store::Store) {
    let mut account = Account::new("Київстар Бізнес", day("2022-03-01"));
    account.industry = "Телеком".into();
    account.annual_sales = Some(12_400_000);
    let mut dossier = Dossier::new(account);
    dossier.charter = "Надійні ПОСТАВКИ датчиків для мережі IoT.".into();
    dossier.milestones.push(Milestone::new(AccountId(0), "Перевірка графіка поставок", day("2026-12-15")));
    let mut olena = Person::new(AccountId(0), "Олена Коваль");
    olena.id = PersonId(1);
    olena.job_title = "Директорка з постачання".into();
    let mut andriy = Person::new(AccountId(0), "Андрій Мельник");
    andriy.id = PersonId(2);
    dossier.people = vec![olena, andriy];
    let mut meeting = Touchpoint::new(AccountId(0), day("2026-11-20"), Channel::Meeting, "Зустріч щодо поставки");
    meeting.people = vec![PersonId(1)];
    meeting.next_step = "Надіслати графік поставок".into();
    meeting.next_step_due = Some(day("2026-11-27"));
    let call = Touchpoint::new(AccountId(0), day("2026-10-02"), Channel::Call, "Дзвінок про рахунок");
    dossier.touchpoints = vec![meeting, call];
    store.insert_dossier(&dossier).unwrap();

    let mut georgian = Account::new("თბილისის წყალი", day("2023-05-10"));
    georgian.annual_sales = Some(4_100_000);
    let id = store.create_account(&georgian).unwrap();
    store.save_touchpoint(&Touchpoint::new(id, day("2026-09-30"), Channel::Visit, "შეხვედრა ოფისში")).unwrap();

    let mut acme = Account::new("Acme Logistics", day("2024-01-15"));
    acme.annual_sales = Some(900_000);
    let acme = store.create_account(&acme).unwrap();
    let mut competitor = Competitor {
        id: CompetitorId(0),
        account_id: acme,
        name: "FastTrack".into(),
        position: "Cheaper trackers".into(),
        strengths: "Price".into(),
        weaknesses: "Slow deliveries (поставки)".into(),
        stamp: Default::default(),
    };
    store.save_competitor(&competitor).unwrap();
    competitor.name = "Zenith".into();
    store.save_competitor(&competitor).unwrap();
}

/// What the dossier has selected.
trait Selected {
    fn selected(&self) -> Option<Item>;
}

impl Selected for Bench {
    fn selected(&self) -> Option<Item> {
        self.app.dossier.as_ref().and_then(|d| d.item())
    }
}

#[test]
fn f_opens_the_search_box_and_results_come_as_you_type() {
    let mut bench = portfolio();
    bench.keys("f");
    assert_eq!(bench.app.mode(), Mode::Search);
    insta::assert_snapshot!("search_empty", bench.screen());
    bench.keys("постав");
    insta::assert_snapshot!("search_results", bench.screen());
    let hits = match bench.app.overlays.last() {
        Some(keyplan::app::Overlay::Search(state)) => state.hits.len(),
        _ => panic!("the search box is open"),
    };
    assert_eq!(hits, 5, "the charter, a milestone, two competitors and a touchpoint");
    bench.keys("ки");
    assert!(bench.screen().contains("Зустріч щодо поставки"), "still matches «поставки»");
    bench.press(KeyCode::Backspace).press(KeyCode::Backspace).keys("ок");
    let screen = bench.screen();
    assert!(screen.contains("Перевірка графіка поставок"), "{screen}");
    assert!(!screen.contains("Зустріч щодо"), "«поставок» is only in the milestone and a next step:\n{screen}");
}

#[test]
fn matches_are_highlighted_in_the_snippet() {
    let mut bench = portfolio();
    bench.keys("fოფ");
    let terminal = bench.draw_at(80, 24);
    let buffer = terminal.backend().buffer();
    let row = (0..24).find(|&y| (0..80).map(|x| buffer[(x, y)].symbol()).collect::<String>().contains("ოფისში"));
    let y = row.expect("the Georgian touchpoint is listed");
    let line: Vec<_> = (0..80).map(|x| &buffer[(x, y)]).collect();
    let start = line.iter().position(|c| c.symbol() == "ო").unwrap();
    let lit: String = line[start..].iter().take_while(|c| c.fg == Color::Yellow).map(|c| c.symbol()).collect();
    assert_eq!(lit, "ოფისში", "the whole matched word is lit");
    let before: Vec<Color> = line[..start].iter().map(|c| c.fg).collect();
    assert!(!before.contains(&Color::Yellow) || start > 2, "the rest of the line is not");
}

#[test]
fn enter_opens_the_dossier_where_the_word_was_found() {
    let mut bench = portfolio();
    bench.keys("fзустріч");
    bench.press(KeyCode::Enter);
    assert_eq!(bench.app.mode(), Mode::Dossier);
    let state = bench.app.dossier.as_ref().unwrap();
    assert_eq!(state.section, DossierSection::Log);
    let Some(Item::Touchpoint(id)) = bench.selected() else { panic!("a touchpoint is selected") };
    assert_eq!(state.dossier.touchpoints.iter().find(|t| t.id == id).unwrap().summary, "Зустріч щодо поставки");
    insta::assert_snapshot!("search_jump_log", bench.screen());

    bench.keys("fковал").press(KeyCode::Enter);
    let state = bench.app.dossier.as_ref().unwrap();
    assert_eq!(state.section, DossierSection::People);
    let Some(Item::Person(id)) = bench.selected() else { panic!("a person is selected") };
    assert_eq!(state.dossier.people.iter().find(|p| p.id == id).unwrap().name, "Олена Коваль");

    bench.keys("fграфіка").press(KeyCode::Enter);
    let state = bench.app.dossier.as_ref().unwrap();
    let Some(Item::Milestone(id)) = bench.selected() else { panic!("a milestone is selected") };
    assert_eq!(state.dossier.milestones.iter().find(|m| m.id == id).unwrap().title, "Перевірка графіка поставок");

    bench.keys("fдатчиків").press(KeyCode::Enter);
    assert_eq!(bench.app.dossier.as_ref().unwrap().section, DossierSection::Charter);

    bench.keys("fzenith").press(KeyCode::Enter);
    let state = bench.app.dossier.as_ref().unwrap();
    assert_eq!(state.dossier.account.name, "Acme Logistics");
    let Some(Item::Competitor(id)) = bench.selected() else { panic!("a competitor is selected") };
    let i = state.dossier.competitors.iter().position(|c| c.id == id).unwrap();
    assert_eq!(state.dossier.competitors[i].name, "Zenith");
    assert_eq!(i, 1, "the second of two competitors");

    bench.keys("fтелеком").press(KeyCode::Enter);
    let state = bench.app.dossier.as_ref().unwrap();
    assert_eq!((state.section, state.dossier.account.name.as_str()), (DossierSection::Overview, "Київстар Бізнес"));
}

#[test]
fn arrows_pick_and_esc_closes_where_it_was() {
    let mut bench = portfolio();
    bench.press(KeyCode::Down);
    bench.keys("fпостав");
    for _ in 0..6 {
        bench.press(KeyCode::Down);
    }
    bench.press(KeyCode::Up);
    let Some(keyplan::app::Overlay::Search(state)) = bench.app.overlays.last() else { panic!() };
    assert_eq!(state.selected, 3, "down stops at the last of five, up goes back one");
    bench.press(KeyCode::Esc);
    assert_eq!(bench.app.mode(), Mode::Portfolio);
    assert!(bench.app.overlays.is_empty());
    assert_eq!(bench.app.portfolio.selected, 1, "the portfolio is as it was");
}

#[test]
fn typed_keys_are_text_and_hostile_queries_are_harmless() {
    let mut bench = portfolio();
    bench.keys("f");
    for query in ["\"", "*", "NEAR(", "-", "AND OR", "q", "?", "j", "k"] {
        bench.keys(query);
        assert_eq!(bench.app.mode(), Mode::Search, "{query:?} is typed, not obeyed");
        bench.ctrl('u');
    }
    bench.keys("поставки \"(*");
    let Some(keyplan::app::Overlay::Search(state)) = bench.app.overlays.last() else { panic!() };
    assert!(state.error.is_none());
    assert_eq!(state.hits.len(), 4, "«поставки» is not in the milestone's «поставок»");
    bench.ctrl('w');
    let Some(keyplan::app::Overlay::Search(state)) = bench.app.overlays.last() else { panic!() };
    assert_eq!(state.query, "поставки ");
    bench.press(KeyCode::Esc).press(KeyCode::Enter);
    assert_eq!(bench.app.mode(), Mode::Dossier, "Esc closed the search box only");
}

#[test]
fn f_works_in_the_dossier_the_agenda_and_the_welcome_screen_and_help_lists_it() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter).keys("f");
    assert_eq!(bench.app.mode(), Mode::Search);
    bench.keys("ოფის").press(KeyCode::Enter);
    assert_eq!(bench.app.dossier.as_ref().unwrap().dossier.account.name, "თბილისის წყალი");
    bench.press(KeyCode::Esc).keys("A");
    assert_eq!(bench.app.mode(), Mode::Agenda);
    bench.keys("f");
    assert_eq!(bench.app.mode(), Mode::Search);
    bench.press(KeyCode::Esc).press(KeyCode::Esc).keys("?");
    assert!(bench.screen().contains("find words in every dossier and log"));

    let mut empty = bench::empty();
    empty.keys("fanything");
    assert!(empty.screen().contains("Nothing found."));
}

#[test]
fn an_old_touchpoint_far_down_a_long_log_is_read_in_and_selected() {
    let mut bench = portfolio();
    let id = bench.app.store.create_account(&Account::new("Довгий Журнал", day("2020-01-01"))).unwrap();
    let mut dossier = Dossier::new(Account::new("Довгий Журнал 2", day("2020-01-01")));
    dossier.touchpoints.push(Touchpoint::new(AccountId(0), day("2020-01-02"), Channel::Call, "найстаріший запис"));
    for i in 0..700 {
        let date = day("2020-02-01") + chrono::Days::new(i);
        dossier.touchpoints.insert(0, Touchpoint::new(AccountId(0), date, Channel::Email, format!("лист {i}")));
    }
    bench.app.store.insert_dossier(&dossier).unwrap();
    let _ = id;
    bench.keys("fнайстаріший").press(KeyCode::Enter);
    let state = bench.app.dossier.as_ref().unwrap();
    assert_eq!(state.log_total, 701);
    let Some(Item::Touchpoint(id)) = bench.selected() else { panic!("a touchpoint is selected") };
    let i = state.dossier.touchpoints.iter().position(|t| t.id == id).unwrap();
    assert_eq!(state.log_offset + i, 700, "the oldest of 701");
    assert!(state.dossier.touchpoints.len() <= 200, "a window around it, not the whole log");
    assert_eq!(state.dossier.touchpoints[i].summary, "найстаріший запис");
    assert!(bench.screen().contains("найстаріший запис"));
    assert!(bench.screen().contains("701 of 701"), "{}", bench.screen());
}

#[test]
fn the_search_box_draws_at_any_size_without_panic() {
    let mut bench = portfolio();
    bench.keys("fпостав");
    for width in 1..=30 {
        for height in 1..=12 {
            bench.draw_at(width, height);
        }
    }
    bench.draw_at(200, 60);
    let small = bench.draw_at(40, 10).backend().to_string();
    assert!(small.contains("Find"), "{small}");
}

// ===========================================================================
// The search box in Ukrainian, Russian and Georgian at 80x24.
// ===========================================================================

mod in_each_language {
    use super::*;
    use keyplan::l10n::{self, Language};

    #[test]
    fn the_search_box_speaks_the_language() {
        for language in [Language::Ukrainian, Language::Russian, Language::Georgian] {
            let _speaking = l10n::scoped(language);
            let code = language.code();
            let mut bench = portfolio();
            bench.keys("f");
            insta::assert_snapshot!(format!("lang_search_empty_{code}"), bench.screen());
            bench.keys("постав");
            insta::assert_snapshot!(format!("lang_search_results_{code}"), bench.screen());
            bench.keys("zzz");
            insta::assert_snapshot!(format!("lang_search_nothing_{code}"), bench.screen());
            bench.press(KeyCode::Enter);
            insta::assert_snapshot!(format!("lang_search_nothing_to_open_{code}"), bench.screen());
        }
    }
}

#[test]
fn a_click_picks_a_hit_and_a_double_click_opens_it() {
    let mut bench = portfolio();
    bench.keys("fпостав");
    let hits = |bench: &Bench| match bench.app.overlays.last() {
        Some(keyplan::app::Overlay::Search(state)) => (state.hits.clone(), state.selected),
        _ => panic!("the search box is open"),
    };
    let (found, selected) = hits(&bench);
    assert_eq!(selected, 0);
    // Each hit is two lines: where, then the text around the match.
    let third = &found[2];
    let snippet: String = third.parts().iter().map(|(part, _)| *part).collect();
    let words: Vec<&str> = snippet.split_whitespace().take(2).collect();
    bench.click(&words.join(" "));
    assert_eq!(hits(&bench).1, 2, "the hit whose text was clicked");
    bench.double_click(&words.join(" "));
    assert_eq!(bench.app.mode(), Mode::Dossier);
    assert_eq!(bench.app.dossier.as_ref().unwrap().dossier.account.id, third.account_id);
}
