//! What the terminal can do, decided in one place from the environment:
//! how many colours it shows (`TERM`, `COLORTERM`, `NO_COLOR`), how wide
//! the text is fitted (`COLUMNS`), and whether there is a terminal for the
//! workbench at all. The decisions are pure functions over the values, so
//! they are tested without touching the process's environment.

use std::io::IsTerminal;

pub mod frame;
pub mod sgr;

/// The colours a terminal shows. Nothing more than it advertises is ever
/// assumed: truecolour only when `COLORTERM` says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum ColourDepth {
    /// No colour at all (`NO_COLOR`, `TERM=dumb`): emphasis only.
    None,
    /// The 16 named colours every colour terminal knows (`TERM=linux`,
    /// `screen`, `xterm`, or no `TERM`).
    #[default]
    Sixteen,
    /// The 256-colour palette (`TERM` naming `256color`).
    Indexed,
    /// 24-bit colour (`COLORTERM=truecolor` or `24bit`).
    True,
}

impl ColourDepth {
    /// The depth for these values of `TERM`, `COLORTERM` and `NO_COLOR`
    /// (None: not set).
    pub fn decide(term: Option<&str>, colorterm: Option<&str>, no_color: Option<&str>) -> ColourDepth {
        // no-color.org: set and not empty.
        if no_color.is_some_and(|v| !v.is_empty()) || is_dumb(term) {
            return ColourDepth::None;
        }
        let colorterm = colorterm.unwrap_or("").trim().to_ascii_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" {
            return ColourDepth::True;
        }
        if term.is_some_and(|t| t.contains("256color")) {
            return ColourDepth::Indexed;
        }
        ColourDepth::Sixteen
    }

    /// The depth of this process's terminal, from its environment.
    pub fn from_env() -> ColourDepth {
        ColourDepth::decide(var("TERM").as_deref(), var("COLORTERM").as_deref(), var("NO_COLOR").as_deref())
    }

    pub fn has_colour(self) -> bool {
        self != ColourDepth::None
    }
}

/// `TERM=dumb`: a terminal that takes no escape sequences at all.
pub fn is_dumb(term: Option<&str>) -> bool {
    term.is_some_and(|t| t.trim() == "dumb")
}

/// Whether the workbench can run: the keyboard and the screen are a
/// terminal, and one that takes escape sequences.
pub fn workbench_can_run(stdin_is_terminal: bool, stdout_is_terminal: bool, term: Option<&str>) -> bool {
    stdin_is_terminal && stdout_is_terminal && !is_dumb(term)
}

/// [`workbench_can_run`] for this process.
pub fn workbench_can_run_here() -> bool {
    workbench_can_run(std::io::stdin().is_terminal(), std::io::stdout().is_terminal(), var("TERM").as_deref())
}

/// The width text is fitted to: `COLUMNS` when it is set to a number (as
/// shells and `ls` read it), else the terminal's, else none (a pipe).
pub fn fit_width(columns: Option<&str>, terminal: Option<usize>) -> Option<usize> {
    columns.and_then(|c| c.trim().parse::<usize>().ok()).filter(|w| *w > 0).or(terminal)
}

/// [`fit_width`] for this process's stdout.
pub fn fit_width_here() -> Option<usize> {
    let terminal = std::io::stdout()
        .is_terminal()
        .then(|| crossterm::terminal::size().ok().map(|(w, _)| usize::from(w)))
        .flatten()
        .filter(|w| *w > 0);
    fit_width(var("COLUMNS").as_deref(), terminal)
}

/// Colour on stdout: a terminal that shows colour (not `TERM=dumb`, not `NO_COLOR`).
pub fn stdout_colour() -> bool {
    std::io::stdout().is_terminal() && ColourDepth::from_env().has_colour()
}

fn var(name: &str) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(term: Option<&str>, colorterm: Option<&str>) -> ColourDepth {
        ColourDepth::decide(term, colorterm, None)
    }

    #[test]
    fn sixteen_colours_unless_the_terminal_advertises_more() {
        for term in ["linux", "screen", "xterm", "vt220", "tmux", "rxvt-unicode"] {
            assert_eq!(depth(Some(term), None), ColourDepth::Sixteen, "{term}");
        }
        assert_eq!(depth(None, None), ColourDepth::Sixteen, "no TERM");
        assert_eq!(depth(Some("xterm"), Some("")), ColourDepth::Sixteen);
        assert_eq!(depth(Some("xterm"), Some("yes")), ColourDepth::Sixteen, "an unknown COLORTERM promises nothing");
    }

    #[test]
    fn the_256_palette_only_when_term_names_it() {
        assert_eq!(depth(Some("xterm-256color"), None), ColourDepth::Indexed);
        assert_eq!(depth(Some("screen-256color"), None), ColourDepth::Indexed);
        assert_eq!(depth(Some("tmux-256color"), Some("")), ColourDepth::Indexed);
    }

    #[test]
    fn truecolour_only_when_colorterm_says_so() {
        assert_eq!(depth(Some("xterm-256color"), Some("truecolor")), ColourDepth::True);
        assert_eq!(depth(Some("xterm"), Some("24bit")), ColourDepth::True);
        assert_eq!(depth(Some("screen"), Some("TrueColor")), ColourDepth::True);
        assert_eq!(depth(Some("xterm-256color"), Some("256")), ColourDepth::Indexed);
    }

    #[test]
    fn no_colour_for_no_color_or_a_dumb_terminal() {
        assert_eq!(ColourDepth::decide(Some("xterm-256color"), Some("truecolor"), Some("1")), ColourDepth::None);
        assert_eq!(ColourDepth::decide(Some("dumb"), Some("truecolor"), None), ColourDepth::None);
        // An empty NO_COLOR is not set (no-color.org).
        assert_eq!(ColourDepth::decide(Some("xterm"), None, Some("")), ColourDepth::Sixteen);
    }

    #[test]
    fn the_workbench_needs_a_terminal_on_both_ends_that_is_not_dumb() {
        assert!(workbench_can_run(true, true, Some("xterm")));
        assert!(workbench_can_run(true, true, None));
        assert!(!workbench_can_run(true, false, Some("xterm")), "stdout piped");
        assert!(!workbench_can_run(false, true, Some("xterm")), "stdin from a file");
        assert!(!workbench_can_run(true, true, Some("dumb")));
    }

    #[test]
    fn columns_overrides_the_terminal_when_it_is_a_number() {
        assert_eq!(fit_width(Some("50"), Some(120)), Some(50));
        assert_eq!(fit_width(Some("50"), None), Some(50), "a pipe fits to COLUMNS too");
        assert_eq!(fit_width(Some("wide"), Some(120)), Some(120));
        assert_eq!(fit_width(Some("0"), None), None);
        assert_eq!(fit_width(None, None), None);
    }
}
