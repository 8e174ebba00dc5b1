//! One dossier as plain text for a terminal, e.g. a phone's SSH client a few
//! minutes before a meeting: short lines, the facts first, no tables.
//!
//! With a width (stdout is a terminal) every paragraph is wrapped to fit;
//! without one (a pipe) lines are left as written. Colour (bold headings,
//! late dates in red) only when the caller says so: a terminal, and
//! `NO_COLOR` unset.

use chrono::NaiveDate;
use crossterm::style::Stylize;

use super::markdown::{
    competitor_texts, facts, general_texts, heading, next_step, person_facts, touchpoint_heading, touchpoint_people,
};
use crate::domain::DossierSection;
use crate::domain::{Choice, Dossier};
use crate::l10n::{self, date as iso};
use crate::t;

/// How the text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Wrap to this many columns; None leaves lines as they are.
    pub width: Option<usize>,
    pub colour: bool,
}

impl Layout {
    pub const PLAIN: Layout = Layout { width: None, colour: false };
}

/// The widest text worth reading: lines stop here even on a wide terminal.
pub const MAX_WIDTH: usize = 100;

struct Out {
    layout: Layout,
    text: String,
}

impl Out {
    fn heading(&mut self, title: &str) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let line = format!("== {title} ==");
        if self.layout.colour {
            self.text.push_str(&line.bold().to_string());
        } else {
            self.text.push_str(&line);
        }
        self.text.push('\n');
    }

    /// A paragraph (or several), wrapped, every line indented by `indent`.
    fn para(&mut self, text: &str, indent: usize) {
        for line in text.trim_end().split('\n') {
            for piece in wrap(line.trim_end(), self.layout.width.map(|w| w.saturating_sub(indent))) {
                self.text.push_str(&" ".repeat(indent));
                self.text.push_str(&piece);
                self.text.push('\n');
            }
        }
    }

    /// `Label: value`; a long value goes on under it, indented two more.
    fn fact(&mut self, label: &str, value: &str, indent: usize) {
        let text = format!("{label}: {}", value.trim_end());
        let width = self.layout.width.map(|w| w.saturating_sub(indent + 2));
        let mut first = true;
        for line in text.split('\n') {
            for piece in wrap(line.trim_end(), width) {
                let pad = if first { indent } else { indent + 2 };
                first = false;
                self.text.push_str(&" ".repeat(pad));
                self.text.push_str(&piece);
                self.text.push('\n');
            }
        }
    }

    fn late(&self, text: String) -> String {
        if self.layout.colour { text.red().to_string() } else { text }
    }
}

/// The whole dossier, or one section of it.
pub fn dossier(d: &Dossier, only: Option<DossierSection>, today: NaiveDate, layout: Layout) -> String {
    let mut out = Out { layout, text: String::new() };
    let a = &d.account;
    let name = if layout.colour { a.name.clone().bold().to_string() } else { a.name.clone() };
    out.text.push_str(&name);
    out.text.push('\n');
    out.para(
        &format!(
            "{} · {} · {} → {}",
            a.status.label(),
            a.client_type.label(),
            a.level_now.label(),
            a.level_target.label()
        ),
        0,
    );
    for section in DossierSection::ALL {
        if only.is_none_or(|s| s == section) {
            write_section(&mut out, d, section, today);
        }
    }
    out.text
}

fn write_section(out: &mut Out, d: &Dossier, section: DossierSection, today: NaiveDate) {
    out.heading(heading(section));
    match section {
        // Documents keep to the plan's sections: the history is not part of a dossier.
        DossierSection::Sales => {}
        DossierSection::Overview => {
            for (label, value) in facts(d, today).into_iter().skip(3) {
                out.fact(label, &value, 0);
            }
            for (title, text) in general_texts(d) {
                if !text.trim().is_empty() {
                    out.text.push('\n');
                    out.para(&format!("{title}:"), 0);
                    out.para(text, 2);
                }
            }
        }
        DossierSection::Charter => plan_text(out, &d.charter),
        DossierSection::Situation => plan_text(out, &d.situation),
        DossierSection::Strategy => plan_text(out, &d.strategy),
        DossierSection::Implementation => implementation(out, d, today),
        DossierSection::People => {
            if d.people.is_empty() {
                out.para(&format!("({})", l10n::text("doc-text-people-empty")), 0);
            }
            for (i, p) in d.people.iter().enumerate() {
                if i > 0 {
                    out.text.push('\n');
                }
                let title = if p.job_title.is_empty() { String::new() } else { format!(" — {}", p.job_title) };
                out.para(&format!("{}{title}", p.name), 0);
                for (label, value) in person_facts(d, p) {
                    out.fact(label, &value, 2);
                }
                if !p.notes.trim().is_empty() {
                    out.para(&p.notes, 2);
                }
            }
        }
        DossierSection::Log => {
            if d.touchpoints.is_empty() {
                out.para(&format!("({})", l10n::text("doc-text-log-empty")), 0);
            }
            for (i, t) in d.touchpoints.iter().enumerate() {
                if i > 0 {
                    out.text.push('\n');
                }
                out.para(&touchpoint_heading(t), 0);
                let with = touchpoint_people(d, t);
                if !with.is_empty() {
                    out.fact(l10n::text("doc-label-with"), &with, 2);
                }
                if !t.summary.trim().is_empty() {
                    out.para(&t.summary, 2);
                }
                if !t.reason.trim().is_empty() {
                    out.fact(l10n::text("doc-why"), &t.reason, 2);
                }
                if let Some(next) = next_step(t) {
                    // Late as the alert rules say: open until marked done or followed up.
                    let late = t.open_follow_up().is_some_and(|due| due < today);
                    let next = if late { out.late(format!("{next} {}", l10n::text("doc-late"))) } else { next };
                    out.fact(l10n::text("doc-next-step"), &next, 2);
                }
            }
        }
        DossierSection::Competitors => {
            if d.competitors.is_empty() {
                out.para(&format!("({})", l10n::text("doc-text-none-recorded")), 0);
            }
            for (i, c) in d.competitors.iter().enumerate() {
                if i > 0 {
                    out.text.push('\n');
                }
                out.para(&c.name, 0);
                for (label, text) in competitor_texts(c) {
                    if !text.trim().is_empty() {
                        out.fact(label, text, 2);
                    }
                }
            }
        }
    }
}

fn plan_text(out: &mut Out, text: &str) {
    if text.trim().is_empty() {
        out.para(&format!("({})", l10n::text("doc-text-not-written")), 0);
    } else {
        out.para(text, 0);
    }
}

fn implementation(out: &mut Out, d: &Dossier, today: NaiveDate) {
    out.para(&format!("{}:", l10n::text("doc-objectives")), 0);
    if d.objectives.is_empty() {
        out.para(&format!("({})", l10n::text("doc-text-none-yet")), 2);
    }
    for o in &d.objectives {
        out.para(&format!("{} {}", o.year, o.product), 2);
        if !o.planned_volume.is_empty() {
            out.fact(l10n::text("doc-label-volume"), &o.planned_volume, 4);
        }
        if let Some(profit) = o.expected_profit {
            out.fact(l10n::text("doc-label-profit"), &l10n::money(profit), 4);
        }
        if !o.resources.is_empty() {
            out.fact(l10n::text("doc-label-resources"), &o.resources, 4);
        }
    }
    out.text.push('\n');
    out.para(&format!("{}:", l10n::text("doc-milestones")), 0);
    if d.milestones.is_empty() {
        out.para(&format!("({})", l10n::text("doc-text-none-yet")), 2);
    }
    for m in &d.milestones {
        let line = match m.done {
            Some(done) => format!("[x] {} {} ({})", iso(m.due), m.title, t!("doc-done-on", date = iso(done))),
            None if m.due < today => out.late(format!("[ ] {} {} {}", iso(m.due), m.title, l10n::text("doc-late"))),
            None => format!("[ ] {} {}", iso(m.due), m.title),
        };
        out.para(&line, 2);
        if !m.note.trim().is_empty() {
            out.para(&m.note, 6);
        }
    }
}

use crate::domain::text::wrap;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_display_width() {
        assert_eq!(wrap("one two three", Some(10)), vec!["one two", "three"]);
        assert_eq!(wrap("Київстар Бізнес Телеком", Some(16)), vec!["Київстар Бізнес", "Телеком"]);
        assert_eq!(wrap("東京東京東京", Some(10)), vec!["東京東京東", "京"]);
        assert_eq!(wrap("abcdefghijklmnop", Some(10)), vec!["abcdefghij", "klmnop"]);
        assert_eq!(wrap("", Some(10)), vec![""]);
        assert_eq!(wrap("as it is", None), vec!["as it is"]);
    }

    #[test]
    fn fits_a_phone_and_stays_plain() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        for d in crate::sample::sample_portfolio(today) {
            let text = dossier(&d, None, today, Layout { width: Some(40), colour: false });
            for line in text.lines() {
                assert!(unicode_width::UnicodeWidthStr::width(line) <= 40, "{line:?}");
            }
            assert!(!text.contains('\u{1b}'));
            let coloured = dossier(&d, None, today, Layout { width: Some(40), colour: true });
            assert!(coloured.contains('\u{1b}'));
        }
    }
}
