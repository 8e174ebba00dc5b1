//! Drafts survive the end of a workbench that could not save: killed with
//! SIGKILL (after the pause in typing kept the draft) or SIGHUP (which keeps
//! it on the way out), while typing in the editor and in the log form. The
//! next workbench on the file offers the draft, and the text comes back whole.

use std::path::Path;
use std::time::Instant;

use keyplan::store::Store;

use super::pty::{DEADLINE, Tui};
use super::{CTRL_S, ENTER, add_first_account, db_path, home, open_db};

const NAME: &str = "Kolkheti Sensors";

/// Where the text is typed.
#[derive(Clone, Copy)]
enum Place {
    /// The charter, in the built-in editor.
    Editor,
    /// The summary of a new touchpoint, in the log form.
    LogForm,
}

impl Place {
    /// From the dossier's Overview: open the text or form.
    fn open(self, tui: &mut Tui) {
        match self {
            Place::Editor => {
                tui.send("2");
                tui.wait_for(&format!("{NAME} › Charter"));
                tui.send("e");
            }
            Place::LogForm => tui.send("l"),
        }
    }

    /// The row where the typed text shows, to wait for it whole.
    fn shows(self, tui: &mut Tui, text: &str) {
        match self {
            Place::Editor => tui.wait_for(text),
            Place::LogForm => tui.wait_for_row(&["Summary", text]),
        }
    }
}

/// Waits until the database holds one draft whose body contains `text`.
fn wait_for_draft(db: &Path, text: &str) {
    let deadline = Instant::now() + DEADLINE;
    loop {
        let store = Store::open_read_only(db).expect("open the database beside the workbench");
        let kept = store
            .draft_keys()
            .expect("the drafts")
            .iter()
            .any(|key| store.draft(key).expect("a draft").is_some_and(|d| d.body.contains(text)));
        if kept {
            return;
        }
        assert!(Instant::now() < deadline, "no draft holding {text:?} within {DEADLINE:?}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fn drafts_left(db: &Path) -> Vec<String> {
    Store::open_read_only(db).expect("open the database").draft_keys().expect("the drafts")
}

fn typed_then_ended(place: Place, signal: &str) {
    let home = home();
    let db = db_path(home.path());
    let text = "Чернетка після обриву: ვაჭრობა, 40 об'єктів — the whole line";

    let mut tui = Tui::spawn(open_db(home.path()));
    add_first_account(&mut tui, NAME);
    place.open(&mut tui);
    tui.send(text);
    place.shows(&mut tui, text);
    if signal == "-KILL" {
        // Nothing runs on SIGKILL: the draft is the one the pause kept.
        wait_for_draft(&db, text);
    }
    tui.signal(signal);
    let status = tui.wait_exit();
    if signal == "-HUP" {
        assert!(status.success(), "SIGHUP ended keyplan with {status:?}");
    }
    assert_eq!(drafts_left(&db).len(), 1, "one draft kept");

    let mut tui = Tui::spawn(open_db(home.path()));
    tui.wait_for("1 draft waiting");
    tui.send(ENTER);
    tui.wait_for(&format!("{NAME} › Overview"));
    place.open(&mut tui);
    tui.wait_for("A draft from");
    tui.send("r");
    tui.wait_for("Draft restored");
    place.shows(&mut tui, text);
    tui.send(CTRL_S);
    tui.wait_gone("Ctrl-S save");
    if let Place::LogForm = place {
        tui.send("7");
    }
    tui.wait_for(text);
    tui.send("q");
    tui.expect_clean_exit();
    assert!(drafts_left(&db).is_empty(), "the draft stayed after its text was saved");
}

#[test]
fn a_charter_typed_when_killed_is_offered_whole() {
    typed_then_ended(Place::Editor, "-KILL");
}

#[test]
fn a_charter_typed_when_the_terminal_hung_up_is_offered_whole() {
    typed_then_ended(Place::Editor, "-HUP");
}

#[test]
fn a_touchpoint_typed_when_killed_is_offered_whole() {
    typed_then_ended(Place::LogForm, "-KILL");
}

#[test]
fn a_touchpoint_typed_when_the_terminal_hung_up_is_offered_whole() {
    typed_then_ended(Place::LogForm, "-HUP");
}
