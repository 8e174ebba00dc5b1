//! The handover document: one dossier as Markdown, complete and readable by
//! the next manager (general information with every fact, the plan, the
//! implementation, the decision-making map, competitors, the log newest
//! first).

use std::fmt::Write;

use chrono::NaiveDate;

use crate::domain::DossierSection;
use crate::domain::{Choice, Dossier, Person};
use crate::l10n::{self, date as iso, group_digits};
use crate::t;

/// The whole dossier, or one section of it.
pub fn dossier(d: &Dossier, only: Option<DossierSection>, today: NaiveDate) -> String {
    let mut out = Vec::new();
    let no_more = &mut |_: &crate::domain::Touchpoint| Ok(Vec::new());
    let written: std::io::Result<()> = write_dossier(&mut out, d, only, today, no_more);
    written.expect("writing to memory does not fail");
    String::from_utf8(out).unwrap_or_default()
}

/// The same, written as it is made: after the log's touchpoints in `d`,
/// `older` gives the page just older than the last one written (empty at
/// the end of the log), so a long log is never held whole.
pub fn write_dossier<E: From<std::io::Error>>(
    out: &mut dyn std::io::Write,
    d: &Dossier,
    only: Option<DossierSection>,
    today: NaiveDate,
    older: &mut dyn FnMut(&crate::domain::Touchpoint) -> Result<Vec<crate::domain::Touchpoint>, E>,
) -> Result<(), E> {
    let mut text = String::new();
    let _ = writeln!(text, "# {}\n", inline(&d.account.name));
    let _ = writeln!(text, "*{}*\n", t!("doc-as-of", date = iso(today)));
    for section in DossierSection::ALL {
        if !only.is_none_or(|s| s == section) {
            continue;
        }
        write_section(&mut text, d, section, today);
        if section == DossierSection::Log
            && let Some(mut last) = d.touchpoints.last().cloned()
        {
            loop {
                let page = older(&last)?;
                for t in &page {
                    log_entry(&mut text, d, t);
                }
                send_all_but_the_end(out, &mut text)?;
                match page.last() {
                    Some(t) => last = t.clone(),
                    None => break,
                }
            }
        }
    }
    while text.ends_with("\n\n") {
        text.pop();
    }
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// Sends `text` but its closing line breaks, which stay: the document's
/// end is trimmed of them once it is known.
fn send_all_but_the_end(out: &mut dyn std::io::Write, text: &mut String) -> std::io::Result<()> {
    let end = text.trim_end_matches('\n').len();
    out.write_all(&text.as_bytes()[..end])?;
    text.drain(..end);
    Ok(())
}

/// Every dossier of the portfolio, separated by rules.
pub fn portfolio(dossiers: &[Dossier], today: NaiveDate) -> String {
    let mut out = Vec::new();
    let written: std::io::Result<()> = write_portfolio(&mut out, dossiers.iter().cloned().map(Ok), today);
    written.expect("writing to memory does not fail");
    String::from_utf8(out).unwrap_or_default()
}

/// The same, written one dossier at a time.
pub fn write_portfolio<E: From<std::io::Error>>(
    out: &mut dyn std::io::Write,
    dossiers: impl IntoIterator<Item = Result<Dossier, E>>,
    today: NaiveDate,
) -> Result<(), E> {
    let mut first = true;
    for d in dossiers {
        let text = dossier(&d?, None, today);
        if !first {
            out.write_all(b"\n---\n\n")?;
        }
        first = false;
        out.write_all(text.as_bytes())?;
    }
    if first {
        out.write_all(format!("*{}*\n", l10n::text("doc-portfolio-empty")).as_bytes())?;
    }
    Ok(())
}

/// The general information as label/value pairs (shared with the text form).
pub fn facts(d: &Dossier, today: NaiveDate) -> Vec<(&'static str, String)> {
    let a = &d.account;
    let dash = |s: &str| if s.is_empty() { "—".to_string() } else { s.to_string() };
    let since = match a.cooperation_start {
        Some(start) => {
            let years = years_between(start, today);
            if years > 0 { t!("doc-since-years", date = iso(start), years = years) } else { iso(start) }
        }
        None => "—".into(),
    };
    let mut facts = vec![
        (l10n::text("doc-fact-type"), a.client_type.label().to_string()),
        (l10n::text("doc-fact-status"), a.status.label().to_string()),
        (
            l10n::text("doc-fact-level"),
            t!("doc-level-target", now = a.level_now.label(), target = a.level_target.label()),
        ),
        (l10n::text("doc-fact-industry"), dash(&a.industry)),
        (l10n::text("doc-fact-region"), dash(&a.region)),
        (l10n::text("doc-fact-headcount"), a.headcount.map_or("—".into(), |h| group_digits(i64::from(h)))),
        (l10n::text("doc-fact-annual-sales"), a.annual_sales.map_or("—".into(), l10n::money)),
        (l10n::text("doc-fact-cooperation-since"), since),
        (
            l10n::text("doc-fact-contact-every"),
            a.contact_every_days.map_or(l10n::text("doc-type-standard").into(), |n| t!("doc-days", days = n)),
        ),
        (l10n::text("doc-fact-last-contact"), d.touchpoints.first().map_or("—".into(), |t| iso(t.date))),
        (l10n::text("doc-fact-in-keyplan-since"), iso(a.created_on)),
    ];
    facts.extend(crate::domain::analysis::losses::closing_facts(a, iso));
    facts
}

/// The texts of the general information, titled.
pub fn general_texts(d: &Dossier) -> [(&'static str, &str); 5] {
    let a = &d.account;
    [
        (l10n::text("doc-text-description"), &a.description),
        (l10n::text("doc-text-development"), &a.development_history),
        (l10n::text("doc-text-structure"), &a.org_structure),
        (l10n::text("doc-text-market"), &a.market_environment),
        (l10n::text("doc-text-products"), &a.preferred_products),
    ]
}

/// A section's heading in documents.
pub fn heading(section: DossierSection) -> &'static str {
    match section {
        DossierSection::Overview => l10n::text("doc-section-overview"),
        DossierSection::Charter => l10n::text("doc-section-charter"),
        DossierSection::Situation => l10n::text("doc-section-situation"),
        DossierSection::Strategy => l10n::text("doc-section-strategy"),
        DossierSection::Implementation => l10n::text("doc-section-implementation"),
        DossierSection::People => l10n::text("doc-section-people"),
        DossierSection::Log => l10n::text("doc-section-log"),
        DossierSection::Competitors => l10n::text("doc-section-competitors"),
        DossierSection::Sales => l10n::text("dossier-tab-sales"),
    }
}

/// A competitor's texts, labelled (shared with the text form).
pub fn competitor_texts(c: &crate::domain::Competitor) -> [(&'static str, &String); 3] {
    [
        (l10n::text("doc-position"), &c.position),
        (l10n::text("doc-strengths"), &c.strengths),
        (l10n::text("doc-weaknesses"), &c.weaknesses),
    ]
}

pub fn years_between(from: NaiveDate, to: NaiveDate) -> i32 {
    use chrono::Datelike;
    let mut years = to.year() - from.year();
    if (to.month(), to.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years.max(0)
}

fn write_section(out: &mut String, d: &Dossier, section: DossierSection, today: NaiveDate) {
    let _ = writeln!(out, "## {}\n", heading(section));
    match section {
        // Documents keep to the plan's sections: the history is not part of a dossier.
        DossierSection::Sales => {}
        DossierSection::Overview => {
            let _ = writeln!(out, "| | |\n|---|---|");
            for (label, value) in facts(d, today) {
                let _ = writeln!(out, "| {label} | {} |", cell(&value));
            }
            out.push('\n');
            for (title, text) in general_texts(d) {
                if !text.trim().is_empty() {
                    let _ = writeln!(out, "### {title}\n\n{}\n", block(text));
                }
            }
        }
        DossierSection::Charter => paragraph(out, &d.charter),
        DossierSection::Situation => paragraph(out, &d.situation),
        DossierSection::Strategy => paragraph(out, &d.strategy),
        DossierSection::Implementation => implementation(out, d),
        DossierSection::People => people(out, d),
        DossierSection::Log => log(out, d),
        DossierSection::Competitors => {
            if d.competitors.is_empty() {
                let _ = writeln!(out, "*{}*\n", l10n::text("doc-none-recorded"));
            }
            for c in &d.competitors {
                let _ = writeln!(out, "### {}\n", inline(&c.name));
                for (label, text) in competitor_texts(c) {
                    if !text.trim().is_empty() {
                        let _ = writeln!(out, "**{label}:** {}\n", block(text));
                    }
                }
            }
        }
    }
}

fn paragraph(out: &mut String, text: &str) {
    if text.trim().is_empty() {
        let _ = writeln!(out, "*{}*\n", l10n::text("doc-not-written"));
    } else {
        let _ = writeln!(out, "{}\n", block(text));
    }
}

fn implementation(out: &mut String, d: &Dossier) {
    let _ = writeln!(out, "### {}\n", l10n::text("doc-objectives"));
    if d.objectives.is_empty() {
        let _ = writeln!(out, "*{}*\n", l10n::text("doc-none-yet"));
    } else {
        let _ = writeln!(out, "{}\n|---|---|---|---|---|", l10n::text("doc-objectives-header"));
        for o in &d.objectives {
            let profit = o.expected_profit.map_or(String::new(), l10n::money);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                o.year,
                cell(&o.product),
                cell(&o.planned_volume),
                profit,
                cell(&o.resources)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "### {}\n", l10n::text("doc-milestones"));
    if d.milestones.is_empty() {
        let _ = writeln!(out, "*{}*\n", l10n::text("doc-none-yet"));
        return;
    }
    for m in &d.milestones {
        let (mark, done) = match m.done {
            Some(day) => ("x", format!(" ({})", t!("doc-done-on", date = iso(day)))),
            None => (" ", String::new()),
        };
        let _ = writeln!(out, "- [{mark}] {} — {}{done}", iso(m.due), inline(&m.title));
        if !m.note.trim().is_empty() {
            let _ = writeln!(out, "  {}", inline(&m.note));
        }
    }
    out.push('\n');
}

fn people(out: &mut String, d: &Dossier) {
    if d.people.is_empty() {
        let _ = writeln!(out, "*{}*\n", l10n::text("doc-people-empty"));
        return;
    }
    for p in &d.people {
        let title = if p.job_title.is_empty() { String::new() } else { format!(" — {}", inline(&p.job_title)) };
        let _ = writeln!(out, "### {}{title}\n", inline(&p.name));
        for (label, value) in person_facts(d, p) {
            let _ = writeln!(out, "- **{label}:** {}", inline(&value));
        }
        if !p.notes.trim().is_empty() {
            let _ = writeln!(out, "\n{}", block(&p.notes));
        }
        out.push('\n');
    }
}

/// A person's facts that are known, as label/value pairs (shared with text).
pub fn person_facts(d: &Dossier, p: &Person) -> Vec<(&'static str, String)> {
    let mut facts = Vec::new();
    let mut role = Vec::new();
    if let Some(r) = p.role {
        role.push(r.label().to_string());
    }
    if let Some(i) = p.influence {
        role.push(t!("doc-influence", influence = i));
    }
    if let Some(a) = p.attitude {
        role.push(a.label().to_string());
    }
    if !role.is_empty() {
        facts.push((l10n::text("doc-fact-role"), role.join(", ")));
    }
    if let Some(boss) = p.reports_to.and_then(|b| d.person_name(b)) {
        facts.push((l10n::text("doc-fact-reports-to"), boss.to_string()));
    }
    let reports: Vec<&str> =
        d.people.iter().filter(|x| x.reports_to == Some(p.id) && p.id.0 != 0).map(|x| x.name.as_str()).collect();
    if !reports.is_empty() {
        facts.push((l10n::text("doc-fact-direct-reports"), reports.join(", ")));
    }
    if let Some(c) = p.channel {
        facts.push((l10n::text("doc-fact-prefers"), c.label().to_string()));
    }
    if !p.phone.is_empty() {
        facts.push((l10n::text("doc-fact-phone"), p.phone.clone()));
    }
    if !p.email.is_empty() {
        facts.push((l10n::text("doc-fact-email"), p.email.clone()));
    }
    if let Some(b) = p.birthday {
        facts.push((l10n::text("doc-fact-birthday"), b.shown()));
    }
    facts
}

fn log(out: &mut String, d: &Dossier) {
    if d.touchpoints.is_empty() {
        let _ = writeln!(out, "*{}*\n", l10n::text("doc-log-empty"));
        return;
    }
    let _ = writeln!(out, "{}\n", l10n::text("doc-newest-first"));
    for t in &d.touchpoints {
        log_entry(out, d, t);
    }
}

/// One touchpoint of the log: its heading, who took part, what was said,
/// why, and the next step.
fn log_entry(out: &mut String, d: &Dossier, t: &crate::domain::Touchpoint) {
    let _ = writeln!(out, "### {}\n", touchpoint_heading(t));
    let with = touchpoint_people(d, t);
    if !with.is_empty() {
        let _ = writeln!(out, "{}\n", t!("doc-with", people = inline(&with)));
    }
    if !t.summary.trim().is_empty() {
        let _ = writeln!(out, "{}\n", block(&t.summary));
    }
    if !t.reason.trim().is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", l10n::text("doc-why"), block(&t.reason));
    }
    if let Some(next) = next_step(t) {
        let _ = writeln!(out, "**{}:** {}\n", l10n::text("doc-next-step"), inline(&next));
    }
}

/// `2026-11-20 10:00 · Meeting · Positive`
pub fn touchpoint_heading(t: &crate::domain::Touchpoint) -> String {
    let mut head = iso(t.date);
    if let Some(time) = t.time {
        head.push_str(&time.format(" %H:%M").to_string());
    }
    head.push_str(&format!(" · {}", t.channel.label()));
    if let Some(outcome) = t.outcome {
        head.push_str(&format!(" · {}", outcome.label()));
    }
    head
}

pub fn touchpoint_people(d: &Dossier, t: &crate::domain::Touchpoint) -> String {
    t.people.iter().filter_map(|id| d.person_name(*id)).collect::<Vec<_>>().join(", ")
}

/// `Send the offer (due 2026-12-01, done 2026-11-30)`; `followed up` when
/// a later contact was logged as its follow-up.
pub fn next_step(t: &crate::domain::Touchpoint) -> Option<String> {
    if t.next_step.trim().is_empty() && t.next_step_due.is_none() {
        return None;
    }
    let mut dates = Vec::new();
    if let Some(due) = t.next_step_due {
        dates.push(t!("doc-due-on", date = iso(due)));
    }
    match (t.next_step_done, t.followed_by) {
        (Some(done), Some(_)) => dates.push(t!("doc-followed-up-on", date = iso(done))),
        (Some(done), None) => dates.push(t!("doc-done-on", date = iso(done))),
        (None, _) => {}
    }
    let step = if t.next_step.trim().is_empty() { l10n::text("doc-not-described") } else { t.next_step.as_str() };
    Some(if dates.is_empty() { step.to_string() } else { format!("{step} ({})", dates.join(", ")) })
}

/// A table cell: one line, its pipes escaped.
fn cell(text: &str) -> String {
    inline(text)
}

/// One line of running text: line breaks become spaces, the rest as [`escape`].
fn inline(text: &str) -> String {
    let joined = text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ");
    escape(&joined)
}

/// Free text kept as the manager wrote it: paragraphs stay paragraphs, and
/// single line breaks stay line breaks (a backslash at the end of the
/// line); every line is escaped (and its indentation dropped, which would
/// make it code).
fn block(text: &str) -> String {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.trim().split('\n').map(str::trim).collect();
    for (i, line) in lines.iter().enumerate() {
        let next_is_text = lines.get(i + 1).is_some_and(|n| !n.is_empty());
        let escaped = escape(line);
        if !line.is_empty() && next_is_text { out.push(format!("{escaped}\\")) } else { out.push(escaped) }
    }
    out.join("\n")
}

/// Characters that are markup anywhere in a line (emphasis, code and its
/// fences, links, raw HTML and entities, table pipes, headings, pandoc's
/// math, super- and subscripts, attributes and footnotes).
const MARKUP: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '$', '{', '}', '^', '&', '!'];

/// Stored text made literal for Markdown, as CommonMark, GitHub and pandoc
/// read it: the one escaping of every Markdown keyplan writes (dossiers,
/// the portfolio, reports). One line in, one line out; a backslash before
/// any punctuation is read as that character. Besides [`MARKUP`], a line
/// must not start a list (`-`, `+`, `1.`, `a)`, `(i)`), a setext heading
/// underline (`=`, `-`), or a pandoc definition (`:`).
pub fn escape(line: &str) -> String {
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    // Where a list number or letter ends: `12.`, `a)`, `iv.`.
    let marker_end = {
        let word = line.chars().take_while(char::is_ascii_alphanumeric).count();
        let after = line[word..].chars().next();
        let then = line[word..].chars().nth(1);
        (word > 0 && word <= 9 && matches!(after, Some('.' | ')')) && then.is_none_or(char::is_whitespace))
            .then_some(word)
    };
    for (i, c) in line.char_indices() {
        let at_start = i == 0 && matches!(c, '-' | '+' | '=' | ':' | '(');
        if MARKUP.contains(&c) || at_start || marker_end == Some(i) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_restructure_the_document() {
        assert_eq!(inline("# not a heading"), "\\# not a heading");
        assert_eq!(cell("a | b"), "a \\| b");
        assert_eq!(block("1. first\n- second"), "1\\. first\\\n\\- second");
        assert_eq!(block("one\n\ntwo"), "one\n\ntwo");
    }

    #[test]
    fn escaping_leaves_no_markup_and_only_the_text() {
        for (text, escaped) in [
            ("```rust", "\\`\\`\\`rust"),
            ("~~~", "\\~\\~\\~"),
            ("*Bold* and _x_", "\\*Bold\\* and \\_x\\_"),
            ("<b>hi</b>", "\\<b\\>hi\\</b\\>"),
            ("[link](http://x)", "\\[link\\](http://x)"),
            ("# x", "\\# x"),
            ("   ## indented", "\\#\\# indented"),
            ("- item", "\\- item"),
            ("+ item", "\\+ item"),
            ("12. item", "12\\. item"),
            ("a) item", "a\\) item"),
            ("(i) item", "\\(i) item"),
            ("===", "\\==="),
            (": definition", "\\: definition"),
            ("| a | b |", "\\| a \\| b \\|"),
            ("&amp; $x$ ^s^ {#id}", "\\&amp; \\$x\\$ \\^s\\^ \\{\\#id\\}"),
            ("back\\slash", "back\\\\slash"),
            ("Acme-Group 2026-11-20, 50%", "Acme-Group 2026-11-20, 50%"),
            ("Київстар: ok", "Київстар: ok"),
        ] {
            assert_eq!(escape(text), escaped, "{text}");
            // Taking every backslash-escape back gives the text (less its indentation).
            let mut back = String::new();
            let mut chars = escaped.chars();
            while let Some(c) = chars.next() {
                back.push(if c == '\\' { chars.next().unwrap() } else { c });
            }
            assert_eq!(back, text.trim_start(), "{text}");
        }
    }

    #[test]
    fn whole_sample_dossier_has_every_section() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let d = &crate::sample::sample_portfolio(today)[0];
        let md = dossier(d, None, today);
        for s in DossierSection::ALL {
            assert!(md.contains(&format!("## {}", heading(s))), "{}", heading(s));
        }
        for p in &d.people {
            assert!(md.contains(&p.name));
        }
        let only = dossier(d, Some(DossierSection::People), today);
        assert!(only.contains("## People") && !only.contains("## Charter"));
    }
}
