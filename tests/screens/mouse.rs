//! The mouse on the screens: the wheel is ↑/↓ of what has the keyboard, a
//! click selects the record its row showed (by id, whatever moved since the
//! frame was drawn), a double click opens it as Enter would.

use super::*;
use keyplan::app::Screen;
use keyplan::app::dossier::Item;

fn id_of(bench: &Bench, name: &str) -> AccountId {
    bench.app.portfolio.accounts.iter().find(|a| a.name == name).map(|a| a.id).unwrap()
}

#[test]
fn a_click_selects_the_account_its_row_showed_even_after_the_list_moved() {
    let mut bench = portfolio();
    let acme = id_of(&bench, "Acme Logistics");
    // The frame the user clicks on.
    let (cell, targets) = (bench.cell_of("Acme Logistics"), bench.frame_targets());
    // Meanwhile another workbench adds an account that ranks first: every row moves down.
    let mut other = bench.another();
    let mut big = Account::new("Альфа Груп", day("2026-01-10"));
    big.annual_sales = Some(90_000_000);
    other.app.store.create_account(&big).unwrap();
    bench.hears_of_a_change();
    assert_ne!(bench.cell_of("Acme Logistics"), cell, "the row moved");

    bench.press_on(&targets, cell, false);
    assert_eq!(bench.app.portfolio.selected_id(), Some(acme), "the account the row showed, not the one there now");
    bench.press_on(&targets, cell, true);
    assert_eq!(bench.app.screen, Screen::Dossier);
    insta::assert_snapshot!("mouse_double_click_opens_the_account", bench.screen());
}

#[test]
fn a_click_beside_every_row_does_nothing() {
    let mut bench = portfolio();
    bench.click("Київстар Бізнес");
    let before = bench.app.portfolio.selected_id();
    // The status line and the table's border show no record.
    bench.click("Portfolio");
    bench.click("Key accounts");
    assert_eq!(bench.app.portfolio.selected_id(), before);
    assert_eq!(bench.app.screen, Screen::Portfolio);
}

#[test]
fn the_wheel_moves_through_lists_and_scrolls_text_and_help() {
    let mut bench = portfolio();
    bench.wheel(true).wheel(true);
    assert_eq!(bench.app.portfolio.selected, 2);
    bench.wheel(false);
    assert_eq!(bench.app.portfolio.selected, 1);

    bench.keys("?");
    bench.wheel(true).wheel(true).wheel(false);
    assert_eq!(bench.app.help_scroll.within(u16::MAX), 1, "the help scrolls under the wheel");
    bench.press(KeyCode::Esc).keys("g").press(KeyCode::Enter).keys("2");
    bench.wheel(true).wheel(true);
    assert_eq!(bench.app.dossier.as_ref().unwrap().scroll, 2, "the charter scrolls");
    bench.keys("7").wheel(true);
    assert_eq!(bench.app.dossier.as_ref().unwrap().selected, 1, "the log moves to its next contact");
}

#[test]
fn tabs_and_rows_of_a_dossier_by_click() {
    let mut bench = portfolio();
    bench.press(KeyCode::Enter);
    bench.click("6 People");
    let state = bench.app.dossier.as_ref().unwrap();
    assert_eq!(state.section, DossierSection::People);

    // A click on a frame of the People section reaches nothing in the log shown since.
    let (cell, targets) = (bench.cell_of("Андрій Мельник"), bench.frame_targets());
    bench.keys("7");
    bench.press_on(&targets, cell, false);
    let state = bench.app.dossier.as_ref().unwrap();
    assert_eq!((state.section, state.selected), (DossierSection::Log, 0));

    bench.click("6 People").click("Андрій Мельник");
    assert_eq!(bench.app.dossier.as_ref().unwrap().item(), Some(Item::Person(PersonId(2))));
    bench.double_click("Андрій Мельник");
    insta::assert_snapshot!("mouse_double_click_opens_the_person", bench.screen());
}

#[test]
fn an_alert_by_click_and_its_place_by_double_click() {
    let mut bench = portfolio();
    check(&mut bench);
    bench.keys("A");
    let georgian = bench.app.alerts.iter().position(|a| &*a.account == "თბილისის წყალი").unwrap();
    assert_ne!(georgian, 0);
    bench.click("თბილისის წყალი");
    assert_eq!(bench.app.agenda.selected, georgian);
    bench.double_click("თბილისის წყალი");
    assert_eq!(bench.app.screen, Screen::Dossier);
    assert_eq!(bench.app.dossier.as_ref().unwrap().dossier.account.name, "თბილისის წყალი");
}

#[test]
fn a_click_under_a_form_reaches_nothing() {
    let mut bench = portfolio();
    let targets = bench.frame_targets();
    let cell = bench.cell_of("Acme Logistics");
    bench.keys("a");
    bench.press_on(&targets, cell, true);
    assert_eq!(bench.app.mode(), keyplan::app::Mode::Form, "the form keeps the keyboard");
    assert_eq!(bench.app.portfolio.selected, 0);
}

#[test]
fn the_analysis_tabs_and_its_pareto_rows_by_click() {
    let mut bench = crate::analysis::with_sales();
    bench.keys("r");
    bench.click("2 ABC-XYZ");
    assert_eq!(bench.app.analysis.tab, keyplan::app::analysis::AnalysisTab::Matrix);
    bench.click("1 Pareto");
    assert_eq!(bench.app.analysis.tab, keyplan::app::analysis::AnalysisTab::Pareto);
    let second = bench.app.analysis.account_at(1).unwrap();
    let name = bench.app.portfolio.accounts.iter().find(|a| a.id == second).unwrap().name.clone();
    bench.click(&name);
    assert_eq!(bench.app.analysis.selected(), 1);
    bench.wheel(false);
    assert_eq!(bench.app.analysis.selected(), 0, "the wheel moves up the ranking");
    bench.double_click(&name);
    let dossier = bench.app.dossier.as_ref().expect("the dossier opened");
    assert_eq!((dossier.dossier.account.id, dossier.section), (second, DossierSection::Sales));
}

// ---------------------------------------------------------------- colours

mod colours {
    use super::*;
    use keyplan::terminal::ColourDepth;
    use ratatui::style::Color;

    /// One of the 16 named colours (or the terminal's own): neither a
    /// palette entry nor 24-bit, the only other colours ratatui has.
    fn is_named(colour: &Color) -> bool {
        !matches!(colour, Color::Rgb(..) | Color::Indexed(_))
    }

    /// Every colour a cell uses, over the screens that use the most of them.
    fn colours_at(depth: ColourDepth) -> Vec<Color> {
        let mut used = Vec::new();
        let mut bench = portfolio();
        check(&mut bench);
        bench.app.colours = depth;
        let mut look = |bench: &Bench| {
            let terminal = bench.draw_at(80, 24);
            for cell in &terminal.backend().buffer().content {
                for colour in [cell.fg, cell.bg] {
                    if !used.contains(&colour) {
                        used.push(colour);
                    }
                }
            }
        };
        look(&bench);
        bench.keys("?");
        look(&bench);
        bench.press(KeyCode::Esc).keys("A");
        look(&bench);
        bench.press(KeyCode::Esc).press(KeyCode::Enter);
        for section in "12567".chars() {
            bench.keys(&section.to_string());
            look(&bench);
        }
        used
    }

    #[test]
    fn at_16_colours_only_the_16_named_colours_are_used() {
        let used = colours_at(ColourDepth::Sixteen);
        assert!(used.iter().all(is_named), "{used:?}");
        assert!(used.len() >= 4, "the screens use colour: {used:?}");
    }

    #[test]
    fn the_256_palette_and_truecolour_only_when_the_terminal_shows_them() {
        let indexed = colours_at(ColourDepth::Indexed);
        assert!(indexed.iter().all(|c| !matches!(c, Color::Rgb(..))), "{indexed:?}");
        assert!(indexed.iter().any(|c| matches!(c, Color::Indexed(_))), "{indexed:?}");
        let rgb = colours_at(ColourDepth::True);
        assert!(rgb.iter().any(|c| matches!(c, Color::Rgb(..))), "{rgb:?}");
    }

    #[test]
    fn no_colour_leaves_emphasis_only() {
        assert_eq!(colours_at(ColourDepth::None), vec![Color::Reset]);
    }
}
