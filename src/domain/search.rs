//! Full-text search as the domain sees it: what a hit is, how a typed query
//! becomes words, and the snippet that shows where a word was found. The
//! index itself is the store's business.

use chrono::NaiveDate;
use serde::Serialize;

use super::ids::AccountId;

choice_enum! {
    /// The place in a dossier where a hit was found.
    SearchKind as "found-in" {
        Account => "account";
        Charter => "charter";
        Situation => "situation";
        Strategy => "strategy";
        Objective => "objective";
        Milestone => "milestone";
        Person => "person";
        Competitor => "competitor";
        Touchpoint => "touchpoint";
    }
}

/// Opens a matched word inside [`SearchHit::snippet`]; [`MATCH_END`] closes it.
/// Stored text never holds control characters (`text::clean_*` makes them
/// visible as `^B`), so the marks cannot be confused with anything written.
pub const MATCH_START: char = '\u{2}';
pub const MATCH_END: char = '\u{3}';

/// About this many characters of text around the first match.
pub const SNIPPET_CHARS: usize = 72;

/// At most this many words of a query are searched for; the rest are ignored.
pub const MAX_TERMS: usize = 16;

/// One result of a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub account_id: AccountId,
    pub account: String,
    pub kind: SearchKind,
    /// The objective, milestone, person, competitor or touchpoint found;
    /// `None` for the account's own texts (name, general information, plan).
    pub item_id: Option<i64>,
    /// A touchpoint's date or a milestone's due date.
    pub date: Option<NaiveDate>,
    /// Text around the match, each matched word between [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
}

impl SearchHit {
    /// The snippet in pieces, each saying whether it is a match: what a screen highlights.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        split_marks(&self.snippet)
    }

    /// The snippet with each match between `open` and `close`, e.g. `[` and `]`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        self.snippet.replace(MATCH_START, open).replace(MATCH_END, close)
    }

    /// The snippet's text without marks, and where its matches are, as
    /// `[start, end)` positions counted in characters.
    pub fn plain(&self) -> (String, Vec<(usize, usize)>) {
        let mut text = String::with_capacity(self.snippet.len());
        let mut matches = Vec::new();
        let mut chars = 0;
        for (part, is_match) in self.parts() {
            let len = part.chars().count();
            if is_match {
                matches.push((chars, chars + len));
            }
            text.push_str(part);
            chars += len;
        }
        (text, matches)
    }
}

/// A marked snippet in pieces: `(text, is_match)`.
pub fn split_marks(snippet: &str) -> Vec<(&str, bool)> {
    let mut parts = Vec::new();
    let mut rest = snippet;
    while !rest.is_empty() {
        let Some(start) = rest.find(MATCH_START) else {
            parts.push((rest, false));
            break;
        };
        if start > 0 {
            parts.push((&rest[..start], false));
        }
        let inner = &rest[start + MATCH_START.len_utf8()..];
        let end = inner.find(MATCH_END).unwrap_or(inner.len());
        if end > 0 {
            parts.push((&inner[..end], true));
        }
        rest = inner.get(end + MATCH_END.len_utf8()..).unwrap_or("");
    }
    parts
}

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The word as typed: letters, digits and combining marks only, so it
    /// can never be read as an operator of the index's query language.
    pub word: String,
    /// Matches every word that begins with it: words of two characters or
    /// more. A single character matches only itself (as a prefix it would
    /// match a good part of the language).
    pub prefix: bool,
    folded: String,
}

impl Term {
    /// Whether a word of a text is this term (or begins with it).
    pub fn matches(&self, word: &str) -> bool {
        let folded = fold(word);
        if self.prefix { folded.starts_with(&self.folded) } else { folded == self.folded }
    }
}

/// The words of a query as the index sees them: runs of letters and digits
/// in any script. Everything else — quotes, `*`, `-`, brackets, `:` —
/// separates words, so operators typed by hand (`NEAR`, `AND`, `OR`) are
/// searched for as plain words. Repeated words count once.
pub fn query_terms(query: &str) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    for (_, word) in words(query) {
        let folded = fold(word);
        if folded.is_empty() || terms.iter().any(|t| t.folded == folded) {
            continue;
        }
        let prefix = folded.chars().count() >= 2;
        terms.push(Term { word: word.to_string(), prefix, folded });
        if terms.len() == MAX_TERMS {
            break;
        }
    }
    terms
}

/// A character of a word: a letter or digit of any script, or a combining
/// mark (a stress mark inside a Russian word does not split it).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The words of a text with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = rest.peek() {
            if is_word_char(c) {
                break;
            }
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// A word as it is compared: lower case in every script, Latin letters
/// without their diacritics (`Über` is `uber`), as the index folds them.
/// Cyrillic `й` and `ё` stay themselves, as they do in the index.
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().filter(|c| !is_combining_mark(*c)) {
        // nucleo's table of Latin letters; only its first block is used.
        let base = if (c as u32) < 0x0300 { nucleo_matcher::chars::normalize(c) } else { c };
        out.extend(base.to_lowercase());
    }
    out
}

/// The snippet of a hit: `title` is the name of what was found (a person, a
/// milestone; empty for the account's plan texts and for touchpoints), `texts`
/// are its other texts in order. The first text holding a match is shown
/// around that match; a match in the title shows the title, followed by
/// the beginning of the first text.
pub fn snippet(title: &str, texts: &[&str], terms: &[Term]) -> String {
    let title = flatten(title);
    let texts: Vec<String> = texts.iter().map(|t| flatten(t)).filter(|t| !t.is_empty()).collect();
    let title_has_match = words(&title).any(|(_, w)| terms.iter().any(|t| t.matches(w)));
    let budget = SNIPPET_CHARS.saturating_sub(title.chars().count() + 3).max(SNIPPET_CHARS / 3);
    if title_has_match || (!title.is_empty() && texts.is_empty()) {
        let mut out = window(&title, terms, usize::MAX);
        if let Some(first) = texts.first() {
            out.push_str(" · ");
            out.push_str(&window(first, terms, budget));
        }
        return out;
    }
    let found = texts.iter().find(|t| words(t).any(|(_, w)| terms.iter().any(|term| term.matches(w))));
    let text = found.or(texts.first()).map(String::as_str).unwrap_or("");
    if title.is_empty() {
        window(text, terms, SNIPPET_CHARS)
    } else {
        format!("{title}: {}", window(text, terms, budget))
    }
}

/// One line: runs of white space become one space; marks are dropped.
fn flatten(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in text.split(|c: char| c.is_whitespace() || c == MATCH_START || c == MATCH_END) {
        if piece.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

/// A word of a text: where it is, in bytes and in characters, and whether it matches.
struct Span {
    start: usize,
    end: usize,
    first_char: usize,
    last_char: usize,
    is_match: bool,
}

fn spans(text: &str, terms: &[Term]) -> Vec<Span> {
    let (mut chars, mut byte) = (0, 0);
    words(text)
        .map(|(at, word)| {
            chars += text[byte..at].chars().count();
            let first_char = chars;
            chars += word.chars().count();
            byte = at + word.len();
            let is_match = terms.iter().any(|t| t.matches(word));
            Span { start: at, end: byte, first_char, last_char: chars, is_match }
        })
        .collect()
}

/// About `budget` characters of a one-line `text` around its first match
/// (or from its start), cut between words, with each match marked and `…`
/// where text was left out.
fn window(text: &str, terms: &[Term], budget: usize) -> String {
    let spans = spans(text, terms);
    let (from, to) = cut(text, &spans, budget);
    let mut out = String::with_capacity(to - from + 16);
    if from > 0 {
        out.push('…');
    }
    let mut at = from;
    for span in spans.iter().filter(|s| s.is_match && s.start >= from && s.start < to) {
        let end = span.end.min(to);
        out.push_str(&text[at..span.start]);
        out.push(MATCH_START);
        out.push_str(&text[span.start..end]);
        out.push(MATCH_END);
        at = end;
    }
    out.push_str(&text[at..to]);
    if to < text.len() {
        out.push('…');
    }
    out
}

/// The byte range of `text` to show.
fn cut(text: &str, spans: &[Span], budget: usize) -> (usize, usize) {
    let byte_of_char = |n: usize| text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    if text.chars().nth(budget).is_none() {
        return (0, text.len());
    }
    let Some(first) = spans.iter().position(|s| s.is_match).or(if spans.is_empty() { None } else { Some(0) }) else {
        return (0, byte_of_char(budget));
    };
    // Start a few words before the match, at most a third of the budget back.
    let mut start = first;
    while start > 0 && first - start < 4 && spans[first].first_char - spans[start - 1].first_char <= budget / 3 {
        start -= 1;
    }
    let (from, from_char) = if start == 0 { (0, 0) } else { (spans[start].start, spans[start].first_char) };
    let limit = from_char + budget;
    if text.chars().nth(limit).is_none() {
        return (from, text.len());
    }
    // The last word that ends within the budget; a word longer than the budget is cut.
    let to = match spans.iter().rposition(|s| s.last_char <= limit).filter(|&last| last >= first) {
        Some(last) => spans[last].end,
        None => byte_of_char(limit),
    };
    (from, to)
}

#[cfg(test)]
mod tests;
