//! `keyplan search QUERY`: any word written anywhere in any dossier or log,
//! best matches first, with the place it was found and the text around it.

use std::path::Path;

use serde::Serialize;

use super::{Failure, OutputFormat, out};
use crate::domain::{AccountId, Choice, SearchHit, SearchKind};

#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    #[arg(required = true, num_args = 1.., value_name = "QUERY")]
    pub query: Vec<String>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    #[arg(long, short = 'n', value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub limit: u32,
}

/// One hit as JSON: the snippet as plain text, the matches as positions.
#[derive(Serialize)]
struct JsonHit<'a> {
    account_id: AccountId,
    account: &'a str,
    kind: SearchKind,
    item_id: Option<i64>,
    date: Option<chrono::NaiveDate>,
    snippet: String,
    matches: Vec<(usize, usize)>,
}

pub fn run(path: &Path, args: &SearchArgs) -> Result<(), Failure> {
    let query = args.query.join(" ");
    let store = super::open_for_reading(path)?;
    let hits = store.search(&query, args.limit as usize)?;
    match args.format {
        OutputFormat::Json => {
            let rows: Vec<JsonHit> = hits
                .iter()
                .map(|h| {
                    let (snippet, matches) = h.plain();
                    JsonHit {
                        account_id: h.account_id,
                        account: &h.account,
                        kind: h.kind,
                        item_id: h.item_id,
                        date: h.date,
                        snippet,
                        matches,
                    }
                })
                .collect();
            let mut text = serde_json::to_string_pretty(&rows).map_err(|e| Failure::user(e.to_string()))?;
            text.push('\n');
            out::print(&text)
        }
        OutputFormat::Text if hits.is_empty() => {
            super::say::warn(&crate::t!("shell-search-nothing", query = query.trim().to_string()));
            Ok(())
        }
        OutputFormat::Text => out::print(&text(&hits, out::fit_width(), out::colour())),
    }
}

/// Two lines a hit: where it was found, then the text around the match.
/// Matches are `[marked]`, or in bold colour on a terminal that wants it.
pub(crate) fn text(hits: &[SearchHit], width: Option<usize>, colour: bool) -> String {
    let mut text = String::new();
    for hit in hits {
        let mut place = format!("{} · {}", hit.account, hit.kind.label());
        if let Some(id) = hit.item_id {
            place.push_str(&format!(" {id}"));
        }
        if let Some(date) = hit.date {
            place.push_str(&format!(" · {}", crate::l10n::date(date)));
        }
        let place = width.map_or(place.clone(), |w| out::truncate(&place, w));
        if colour {
            text.push_str(&format!("\u{1b}[1m{place}\u{1b}[22m\n"));
        } else {
            text.push_str(&place);
            text.push('\n');
        }
        text.push_str("  ");
        text.push_str(&snippet(hit, width.map(|w| w.saturating_sub(2)), colour));
        text.push('\n');
    }
    text
}

/// The snippet with its matches marked, cut to `width` columns.
fn snippet(hit: &SearchHit, width: Option<usize>, colour: bool) -> String {
    let (open, close) = if colour { ("\u{1b}[1;33m", "\u{1b}[22;39m") } else { ("[", "]") };
    let mut left = width.unwrap_or(usize::MAX);
    let mut text = String::new();
    for (part, is_match) in hit.parts() {
        let marks = if is_match && !colour { 2 } else { 0 };
        let needed = out::width(part) + marks;
        if needed > left {
            let cut = out::truncate(part, left.saturating_sub(marks));
            if is_match {
                text.push_str(&format!("{open}{cut}{close}"));
            } else {
                text.push_str(&cut);
            }
            if !cut.ends_with('…') {
                text.push('…');
            }
            break;
        }
        left -= needed;
        if is_match {
            text.push_str(&format!("{open}{part}{close}"));
        } else {
            text.push_str(part);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::{MATCH_END, MATCH_START};

    fn hit(snippet: &str) -> SearchHit {
        SearchHit {
            account_id: AccountId(3),
            account: "Київстар Бізнес".into(),
            kind: SearchKind::Touchpoint,
            item_id: Some(57),
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20),
            snippet: snippet.replace('<', &MATCH_START.to_string()).replace('>', &MATCH_END.to_string()),
        }
    }

    #[test]
    fn plain_text_marks_matches_with_brackets() {
        let printed = text(&[hit("Зустріч щодо <ПОСТАВКИ> молока")], None, false);
        assert_eq!(printed, "Київстар Бізнес · Touchpoint 57 · 2026-11-20\n  Зустріч щодо [ПОСТАВКИ] молока\n");
        assert!(!printed.contains('\u{1b}'));
    }

    #[test]
    fn a_terminal_gets_colour_and_lines_that_fit() {
        let printed = text(&[hit("Зустріч щодо <ПОСТАВКИ> молока на наступний рік")], Some(30), true);
        assert!(printed.contains("\u{1b}[1;33mПОСТАВКИ\u{1b}[22;39m"), "{printed:?}");
        let narrow = text(&[hit("Зустріч щодо <ПОСТАВКИ> молока на наступний рік")], Some(24), false);
        for line in narrow.lines() {
            assert!(out::width(line) <= 24, "{line:?}");
        }
    }
}
