//! vCard (2.1, 3.0 and 4.0) people, for the decision-making map of one
//! account. A small parser of our own: the crates at hand unfold lines but
//! leave quoted-printable (what phones export Cyrillic names in) undecoded
//! and cannot say on which line a card went wrong.
//!
//! - Folded lines (a line starting with a space or tab continues the one
//!   before) are unfolded; a quoted-printable value ending in `=` continues
//!   on the next line (a soft line break).
//! - `ENCODING=QUOTED-PRINTABLE` (or the 2.1 bare `QUOTED-PRINTABLE`) is
//!   decoded; the bytes are in the property's `CHARSET` (`Windows-1251`,
//!   `KOI8-R`, ... as old phones write them), else UTF-8. Text escapes
//!   (`\n`, `\,`, `\;`, `\\`) are undone.
//! - Read: `FN` (else `N`), `TITLE` (else `ROLE`), every `EMAIL` and `TEL`
//!   (joined with ", "), `BDAY`, `NOTE`, and `UID` when it is a UUID
//!   (`urn:uuid:…`, as keyplan writes it: the person's global id, by which
//!   an import matches them). Other properties (`ORG`, `PHOTO`, `ADR`, ...)
//!   are counted and reported as ignored.
//!
//! Writing is [`write_cards`] (`keyplan people --format vcf`).
//! - Several `FN` (one per `LANGUAGE`, tied by `ALTID`): the one in the
//!   language keyplan speaks is kept, else the first.
//! - A birthday without a year (`--12-31`, or Apple's `1604-12-31` with
//!   `X-APPLE-OMIT-YEAR=1604`) is kept as a day and month.
//! - Refused, with the line: a property without a colon, text outside
//!   `BEGIN:VCARD` ... `END:VCARD`, a card inside a card, a card without an
//!   end or without a name, a version other than 2.1/3.0/4.0, bad
//!   quoted-printable, a birthday that is not a date.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::ImportError;
use super::encoding::{decode_charset, is_known_charset};
use crate::domain::{AccountId, BirthDate, Person};
use crate::l10n::{self, Language};

pub use write::{Version, write_cards};

mod write;

/// One card: the line it begins on, the person, and what was left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub line: usize,
    pub person: Person,
}

/// What a file holds: the people, and the properties not kept ("PHOTO (3)").
#[derive(Debug)]
pub struct Cards {
    pub cards: Vec<Card>,
    pub ignored: Vec<String>,
}

/// A logical (unfolded) line and the physical line it starts on.
struct Logical {
    line: usize,
    text: String,
}

/// A property: `[group.]NAME;PARAM=VALUE:value`.
struct Property {
    line: usize,
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Property {
    fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn is_quoted_printable(&self) -> bool {
        self.param("ENCODING").is_some_and(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
            || self.params.iter().any(|(k, v)| v.is_empty() && k == "QUOTED-PRINTABLE")
    }
}

/// The cards of a vCard file, names chosen in the language keyplan speaks.
pub fn read(file: &Path, bytes: &[u8]) -> Result<Cards, ImportError> {
    read_in(file, bytes, l10n::language())
}

/// The cards of a vCard file; of several names, the one in `language`.
pub fn read_in(file: &Path, bytes: &[u8], language: Language) -> Result<Cards, ImportError> {
    let text = file_text(file, bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let fail = |line: usize, message: String| ImportError::new(file, Some(line), message);

    let mut cards = Vec::new();
    let mut ignored: BTreeMap<String, usize> = BTreeMap::new();
    let mut open: Option<(usize, Vec<Property>)> = None;
    let logical = unfold(text);
    let last_line = text.lines().count().max(1);
    for line in logical {
        let property = parse_line(&line).map_err(|m| fail(line.line, m))?;
        let is = |value: &str| property.value.trim().eq_ignore_ascii_case(value);
        match property.name.as_str() {
            "BEGIN" if is("VCARD") => {
                if let Some((begun, _)) = &open {
                    return Err(fail(line.line, crate::t!("import-vcard-card-in-card", begun = *begun)));
                }
                open = Some((line.line, Vec::new()));
            }
            "END" if is("VCARD") => {
                let Some((begun, properties)) = open.take() else {
                    return Err(fail(line.line, l10n::text("import-vcard-end-without-begin").into()));
                };
                cards.push(card(file, begun, &properties, language, &mut ignored)?);
            }
            _ => match &mut open {
                Some((_, properties)) => properties.push(property),
                None => {
                    return Err(fail(line.line, crate::t!("import-vcard-outside", property = property.name.as_str())));
                }
            },
        }
    }
    if let Some((begun, _)) = open {
        return Err(fail(last_line, crate::t!("import-vcard-unended", begun = begun)));
    }
    if cards.is_empty() {
        return Err(ImportError::new(file, None, l10n::text("import-vcard-no-cards")));
    }
    let ignored = ignored.into_iter().map(|(name, n)| format!("{name} ({n})")).collect();
    Ok(Cards { cards, ignored })
}

/// The file as text. Values written raw in a `CHARSET` other than UTF-8
/// (old phones write `FN;CHARSET=Windows-1251:` and the bytes) are kept as
/// private-use characters, one per byte, until their property is decoded.
fn file_text<'b>(file: &Path, bytes: &'b [u8]) -> Result<std::borrow::Cow<'b, str>, ImportError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(std::borrow::Cow::Borrowed(text));
    }
    let mut text = String::with_capacity(bytes.len());
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        if i > 0 {
            text.push('\n');
        }
        match std::str::from_utf8(line) {
            Ok(line) => text.push_str(line),
            Err(_) if has_charset(line) => text.extend(line.iter().map(|b| raw_byte(*b))),
            Err(_) => return Err(ImportError::new(file, Some(i + 1), l10n::text("import-vcard-not-utf8"))),
        }
    }
    Ok(std::borrow::Cow::Owned(text))
}

/// A line whose name part says `CHARSET=` something other than UTF-8.
fn has_charset(line: &[u8]) -> bool {
    let head = line.split(|b| *b == b':').next().unwrap_or_default().to_ascii_uppercase();
    head.windows(8).any(|w| w == b"CHARSET=") && !head.windows(13).any(|w| w == b"CHARSET=UTF-8")
}

/// A byte of a raw line: ASCII as itself, others in the private use area.
fn raw_byte(b: u8) -> char {
    if b.is_ascii() { char::from(b) } else { char::from_u32(0xF700 + u32::from(b)).unwrap_or('\u{fffd}') }
}

/// The bytes [`raw_byte`] kept, or the UTF-8 of any other text.
fn raw_bytes(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match u32::from(c) {
            code @ 0xF780..=0xF7FF => out.push((code - 0xF700) as u8),
            _ => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    out
}

/// Physical lines joined into logical ones (RFC 6350 3.2 folding, and
/// quoted-printable soft line breaks). Empty lines are dropped.
fn unfold(text: &str) -> Vec<Logical> {
    let mut out: Vec<Logical> = Vec::new();
    let mut soft_break = false;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(current) = out.last_mut() {
            if soft_break {
                current.text.pop(); // the `=` of the soft break
                // Some writers also fold the continuation with a space.
                current.text.push_str(raw.strip_prefix([' ', '\t']).unwrap_or(raw));
                soft_break = ends_soft(&current.text);
                continue;
            }
            if raw.starts_with([' ', '\t']) {
                current.text.push_str(&raw[1..]);
                soft_break = ends_soft(&current.text);
                continue;
            }
        }
        if raw.trim().is_empty() {
            soft_break = false;
            continue;
        }
        out.push(Logical { line: i + 1, text: raw.to_string() });
        soft_break = ends_soft(raw);
    }
    out
}

/// A quoted-printable value that ends in `=` goes on on the next line.
fn ends_soft(text: &str) -> bool {
    let Some(colon) = find_unquoted(text, ':') else { return false };
    let head = text[..colon].to_ascii_uppercase();
    head.contains("QUOTED-PRINTABLE") && text.ends_with('=')
}

/// The first `ch` not inside double quotes.
fn find_unquoted(text: &str, ch: char) -> Option<usize> {
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            c if c == ch && !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

fn split_unquoted(text: &str, ch: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(at) = find_unquoted(rest, ch) {
        parts.push(&rest[..at]);
        rest = &rest[at + ch.len_utf8()..];
    }
    parts.push(rest);
    parts
}

fn parse_line(line: &Logical) -> Result<Property, String> {
    let Some(colon) = find_unquoted(&line.text, ':') else {
        let start: String = line.text.chars().take(30).collect();
        return Err(crate::t!("import-vcard-no-colon", start = start));
    };
    let (head, value) = (&line.text[..colon], &line.text[colon + 1..]);
    let mut parts = split_unquoted(head, ';').into_iter();
    let name = parts.next().unwrap_or_default();
    // `item1.EMAIL`: the group is of no use here.
    let name = name.rsplit('.').next().unwrap_or(name).trim().to_ascii_uppercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(crate::t!("import-vcard-bad-name", name = name));
    }
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_uppercase(), v.trim().trim_matches('"').to_string()),
            None => (p.trim().to_ascii_uppercase(), String::new()),
        })
        .collect();
    Ok(Property { line: line.line, name, params, value: value.to_string() })
}

/// The text of a property: quoted-printable decoded and read in its
/// `CHARSET` (UTF-8 without one), escapes not yet undone.
fn raw_value(p: &Property) -> Result<String, String> {
    let charset = p.param("CHARSET").unwrap_or("UTF-8");
    if !is_known_charset(charset) {
        return Err(crate::t!("import-vcard-charset-unknown", property = p.name.as_str(), charset = charset));
    }
    let kept_raw = p.value.chars().any(|c| ('\u{f780}'..='\u{f7ff}').contains(&c));
    let bytes = match () {
        _ if p.is_quoted_printable() => decode_quoted_printable(&p.value)?,
        _ if kept_raw => raw_bytes(&p.value),
        // A line that was UTF-8 is UTF-8, whatever its CHARSET says.
        _ => return Ok(p.value.clone()),
    };
    if charset.eq_ignore_ascii_case("UTF-8") || charset.eq_ignore_ascii_case("UTF8") {
        return String::from_utf8(bytes)
            .map_err(|_| crate::t!("import-vcard-value-not-utf8", property = p.name.as_str()));
    }
    decode_charset(charset, &bytes)
        .ok_or_else(|| crate::t!("import-vcard-charset", property = p.name.as_str(), charset = charset))
}

fn decode_quoted_printable(text: &str) -> Result<Vec<u8>, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
            match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                Some(byte) => out.push(byte),
                None => {
                    let shown: String = text[i..].chars().take(3).collect();
                    return Err(crate::t!("import-vcard-bad-qp", shown = shown));
                }
            }
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// Undoes the text escapes of vCard 3.0/4.0: `\n`, `\,`, `\;`, `\\`.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A structured value's components (split on unescaped `;`), each unescaped.
fn components(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in text.chars() {
        match c {
            _ if escaped => {
                current.push('\\');
                current.push(c);
                escaped = false;
            }
            '\\' => escaped = true,
            ';' => parts.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    parts.push(current);
    parts.iter().map(|p| unescape(p).replace(',', " ").trim().to_string()).collect()
}

fn card(
    file: &Path,
    begun: usize,
    properties: &[Property],
    language: Language,
    ignored: &mut BTreeMap<String, usize>,
) -> Result<Card, ImportError> {
    let fail = |line: usize, message: String| ImportError::new(file, Some(line), message);
    let mut person = Person::new(AccountId(0), "");
    let (mut structured, mut title, mut role) = (None, None, None);
    let mut names: Vec<(Option<Language>, String)> = Vec::new();
    let (mut emails, mut phones, mut notes) = (Vec::new(), Vec::new(), Vec::new());
    for p in properties {
        let value = || raw_value(p).map_err(|m| fail(p.line, m));
        match p.name.as_str() {
            "VERSION" => {
                let version = p.value.trim();
                if !matches!(version, "2.1" | "3.0" | "4.0") {
                    return Err(fail(p.line, crate::t!("import-vcard-version", version = version)));
                }
            }
            "FN" => names.push((p.param("LANGUAGE").and_then(Language::parse), unescape(&value()?).trim().to_string())),
            "N" => {
                // family; given; additional; prefixes; suffixes
                let c = components(&value()?);
                let get = |i: usize| c.get(i).map(String::as_str).unwrap_or_default();
                let name = [get(3), get(1), get(2), get(0), get(4)]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ");
                structured = Some(name);
            }
            "TITLE" => title = Some(unescape(&value()?).trim().to_string()),
            "ROLE" => role = Some(unescape(&value()?).trim().to_string()),
            "EMAIL" => emails.push(unescape(&value()?).trim().trim_start_matches("mailto:").to_string()),
            "TEL" => phones.push(unescape(&value()?).trim().trim_start_matches("tel:").to_string()),
            "NOTE" => notes.push(unescape(&value()?).trim().to_string()),
            "UID" => match global_id(&unescape(&value()?)) {
                Some(uid) => person.stamp.uid = uid,
                None => *ignored.entry(p.name.clone()).or_default() += 1,
            },
            "BDAY" => {
                let text = unescape(&value()?).trim().to_string();
                let is_text = p.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("text"));
                match birthday(&text, p.param("X-APPLE-OMIT-YEAR")) {
                    Some(birthday) => person.birthday = Some(birthday),
                    None if is_text => {
                        *ignored.entry(crate::l10n::text("import-vcard-bday-text").into()).or_default() += 1
                    }
                    None => {
                        return Err(fail(p.line, crate::t!("import-vcard-bad-bday", text = text.as_str())));
                    }
                }
            }
            other => *ignored.entry(other.to_string()).or_default() += 1,
        }
    }
    names.retain(|(_, n)| !n.is_empty());
    let full = names.iter().find(|(l, _)| *l == Some(language)).or(names.first()).map(|(_, n)| n.clone());
    let name = full.or(structured.filter(|n| !n.is_empty()));
    let Some(name) = name else {
        return Err(fail(begun, l10n::text("import-vcard-no-name").into()));
    };
    person.name = name;
    person.job_title = title.filter(|t| !t.is_empty()).or(role).unwrap_or_default();
    person.email = join_unique(emails);
    person.phone = join_unique(phones);
    person.notes = notes.into_iter().filter(|n| !n.is_empty()).collect::<Vec<_>>().join("\n\n");
    Ok(Card { line: begun, person })
}

/// A UID that is a UUID (`urn:uuid:…` or bare): a record's global id.
fn global_id(text: &str) -> Option<String> {
    let text = text.trim();
    let bare = match text.get(..9) {
        Some(head) if head.eq_ignore_ascii_case("urn:uuid:") => &text[9..],
        _ => text,
    };
    uuid::Uuid::parse_str(bare).ok().map(|u| u.hyphenated().to_string())
}

fn join_unique(values: Vec<String>) -> String {
    let mut seen = Vec::new();
    for v in values {
        if !v.is_empty() && !seen.contains(&v) {
            seen.push(v);
        }
    }
    seen.join(", ")
}

/// `1976-12-01`, `19761201`, `1976-12-01T00:00:00Z`; without a year
/// `--12-01` or `--1201`, or Apple's year that stands for none
/// (`X-APPLE-OMIT-YEAR=1604` on `1604-12-01`).
fn birthday(text: &str, omitted_year: Option<&str>) -> Option<BirthDate> {
    if text.starts_with("--") {
        return BirthDate::parse_key(text);
    }
    let day = text.split('T').next().unwrap_or(text);
    let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(day, "%Y%m%d")).ok()?;
    let omitted = omitted_year.and_then(|y| y.trim().parse::<i32>().ok()).is_some_and(|y| y == date.year());
    if omitted { BirthDate::no_year(date.month(), date.day()) } else { Some(BirthDate::Full(date)) }
}

#[cfg(test)]
mod tests;
