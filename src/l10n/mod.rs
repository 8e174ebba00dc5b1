//! The one text seam. Every label and sentence a person reads is looked up
//! here by message id, in the catalogues of `locales/<language>/*.ftl`
//! (Project Fluent, with each language's plural rules), compiled into the
//! binary. English is the fallback for a message a catalogue lacks.
//!
//! The module uses nothing of the crate, so every layer may speak through
//! it. The language is chosen once per process ([`set_language`]); a thread
//! may speak another one for a while ([`scoped`]), which is how the tests
//! draw the same screen in four languages side by side.
//!
//! - [`text`] — a message without arguments, as `&'static str` (memoised:
//!   labels are drawn on every frame and must not allocate);
//! - [`t!`](crate::t) — a message with arguments: `t!("alert-late", days = 3)`;
//! - [`date`] and [`amount`] — dates and numbers the language's way.

mod catalogues;
mod language;
mod numbers;
mod resolve;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, AtomicU32, Ordering};
use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use language::{DateStyle, Language, from_environment};
pub use numbers::{AmountError, amount, group_digits, parse_amount, whole_units};

pub use fluent_bundle::FluentValue as Value;

static LANGUAGE: AtomicU8 = AtomicU8::new(0);
static DATE_STYLE: AtomicU8 = AtomicU8::new(0);
/// The currency shown after amounts: three ASCII letters packed, 0 for none.
static CURRENCY: AtomicU32 = AtomicU32::new(0);

thread_local! {
    static THREAD_LANGUAGE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Chooses the language of this process (every thread that has not chosen
/// its own with [`scoped`]).
pub fn set_language(language: Language) {
    LANGUAGE.store(language.index() as u8, Ordering::Relaxed);
}

/// The language this thread speaks.
pub fn language() -> Language {
    THREAD_LANGUAGE.with(Cell::get).unwrap_or_else(|| Language::ALL[usize::from(LANGUAGE.load(Ordering::Relaxed))])
}

/// Chooses how dates are shown in this process.
pub fn set_date_style(style: DateStyle) {
    DATE_STYLE.store(style as u8, Ordering::Relaxed);
}

pub fn date_style() -> DateStyle {
    if DATE_STYLE.load(Ordering::Relaxed) == DateStyle::Iso as u8 { DateStyle::Iso } else { DateStyle::Local }
}

/// An ISO 4217 currency code: three ASCII capitals (`UAH`, `GEL`, `KZT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Three ASCII letters, in either case; anything else is None.
    pub fn parse(text: &str) -> Option<Currency> {
        let bytes: [u8; 3] = text.trim().as_bytes().try_into().ok()?;
        bytes.iter().all(u8::is_ascii_alphabetic).then(|| Currency(bytes.map(|b| b.to_ascii_uppercase())))
    }

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// Chooses the currency shown after amounts, or none.
pub fn set_currency(currency: Option<Currency>) {
    CURRENCY.store(pack(currency), Ordering::Relaxed);
}

/// The currency shown after amounts, if the settings name one.
pub fn currency() -> Option<Currency> {
    unpack(CURRENCY.load(Ordering::Relaxed))
}

fn pack(currency: Option<Currency>) -> u32 {
    currency.map_or(0, |c| c.0.iter().fold(0u32, |n, &b| n << 8 | u32::from(b)))
}

fn unpack(packed: u32) -> Option<Currency> {
    let bytes = packed.to_be_bytes();
    (packed != 0).then(|| Currency([bytes[1], bytes[2], bytes[3]]))
}

/// A whole amount as a person reads it: `18 500 000 UAH`, or without a
/// code when the settings name no currency.
pub fn money(units: i64) -> String {
    money_in(currency(), units)
}

fn money_in(currency: Option<Currency>, units: i64) -> String {
    match currency {
        Some(currency) => format!("{} {}", group_digits(units), currency.code()),
        None => group_digits(units),
    }
}

/// This thread speaks `language` until the guard is dropped.
pub fn scoped(language: Language) -> Scoped {
    let previous = THREAD_LANGUAGE.with(|cell| cell.replace(Some(language)));
    Scoped { previous }
}

/// Returned by [`scoped`]; puts the thread's previous language back.
#[must_use = "the language is only in force while the guard lives"]
pub struct Scoped {
    previous: Option<Language>,
}

impl Drop for Scoped {
    fn drop(&mut self) {
        THREAD_LANGUAGE.with(|cell| cell.set(self.previous));
    }
}

/// The message `id` without arguments, in this thread's language.
pub fn text(id: &'static str) -> &'static str {
    text_in(language(), id)
}

/// The message `id` in `language`: memoised, so a label costs a map lookup.
pub fn text_in(language: Language, id: &'static str) -> &'static str {
    static MEMO: OnceLock<RwLock<HashMap<(Language, &'static str), &'static str>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    if let Some(found) = memo.read().unwrap_or_else(|e| e.into_inner()).get(&(language, id)) {
        return found;
    }
    let formatted: &'static str = Box::leak(format_in(language, id, None).into_owned().into_boxed_str());
    memo.write().unwrap_or_else(|e| e.into_inner()).entry((language, id)).or_insert(formatted)
}

/// A message's arguments: each variable's name and value, as
/// [`t!`](crate::t) passes them (no map to build for every sentence).
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

/// The message `id` with its arguments, in this thread's language. Use
/// through [`t!`](crate::t).
pub fn message(id: &str, args: &Args<'_>) -> String {
    format_in(language(), id, Some(args)).into_owned()
}

/// The message `id` with arguments in `language`.
pub fn message_in(language: Language, id: &str, args: &Args<'_>) -> String {
    format_in(language, id, Some(args)).into_owned()
}

/// Whether the English catalogue has a message `id` (for tests and for
/// texts looked up by a computed id, which fall back to something else).
pub fn has(id: &str) -> bool {
    bundle(Language::English).has_message(id)
}

fn format_in<'a>(language: Language, id: &'a str, args: Option<&Args<'_>>) -> Cow<'a, str> {
    for language in [language, Language::English] {
        let bundle = bundle(language);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
        if let Some(plurals) = plural_rules(language) {
            // Room for a sentence: growing from nothing reallocates five times.
            let mut text = String::with_capacity(128);
            if resolve::write(&mut text, pattern, args, plurals).is_some() {
                return Cow::Owned(text);
            }
        }
        let mut errors = Vec::new();
        let args = args.map(fluent_args);
        let text = bundle.format_pattern(pattern, args.as_ref(), &mut errors);
        if errors.is_empty() || language == Language::English {
            return Cow::Owned(text.into_owned());
        }
    }
    // Only a message missing from English itself ends here; a test keeps
    // every id the code uses in the English catalogue.
    Cow::Borrowed(id)
}

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    BUNDLES[language.index()].get_or_init(|| catalogues::bundle(language))
}

/// The language's cardinal plural rules, as fluent_bundle chooses them;
/// None for a language they do not know (fluent_bundle then uses English's).
fn plural_rules(language: Language) -> Option<&'static intl_pluralrules::PluralRules> {
    static RULES: [OnceLock<Option<intl_pluralrules::PluralRules>>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    RULES[language.index()]
        .get_or_init(|| {
            let id: unic_langid::LanguageIdentifier = language.code().parse().ok()?;
            intl_pluralrules::PluralRules::create(id, intl_pluralrules::PluralRuleType::CARDINAL).ok()
        })
        .as_ref()
}

/// The arguments as fluent_bundle takes them (a later value of the same
/// name replaces an earlier one).
fn fluent_args<'a>(args: &Args<'a>) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    fluent
}

/// A message with arguments, in the current language:
/// `t!("log-saved", account = name, days = 3)`. Numbers choose plural
/// forms; strings are inserted as they are (quote typed text visibly first).
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::l10n::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::l10n::message(
            $id,
            &[$((stringify!($name), $crate::l10n::Value::from($value))),+],
        )
    };
}

/// A date as this language writes it: `31.12.2026` in uk, ru and ka,
/// `2026-12-31` in English or when the settings ask for ISO. Always ten
/// characters, so columns keep their width.
pub fn date(date: chrono::NaiveDate) -> String {
    let iso = date_style() == DateStyle::Iso || language() == Language::English;
    // Digits pushed one by one, not chrono's strftime (parsed anew on every
    // call) nor `format!` (about 1,400 instructions a date): `check`
    // writes tens of thousands of dates.
    use chrono::Datelike;
    let (y, m, d) = (date.year(), date.month(), date.day());
    let mut text = String::with_capacity(10);
    if iso {
        push_year(&mut text, y);
        text.push('-');
        push_two_digits(&mut text, m);
        text.push('-');
        push_two_digits(&mut text, d);
    } else {
        push_two_digits(&mut text, d);
        text.push('.');
        push_two_digits(&mut text, m);
        text.push('.');
        push_year(&mut text, y);
    }
    text
}

/// A day or a month (1 to 31), with a leading zero.
fn push_two_digits(text: &mut String, n: u32) {
    text.push(char::from(b'0' + (n / 10 % 10) as u8));
    text.push(char::from(b'0' + (n % 10) as u8));
}

/// A year as `{:04}` writes it: four digits from 0 to 9999, as it comes beyond.
fn push_year(text: &mut String, year: i32) {
    if (0..=9999).contains(&year) {
        let year = year as u32;
        push_two_digits(text, year / 100);
        push_two_digits(text, year % 100);
    } else {
        use std::fmt::Write;
        let _ = write!(text, "{year:04}");
    }
}

/// A month of a year as this language writes it: `10.2026` in uk, ru and
/// ka, `2026-10` in English or when the settings ask for ISO.
pub fn month_year(year: i32, month: u32) -> String {
    let iso = date_style() == DateStyle::Iso || language() == Language::English;
    if iso { format!("{year:04}-{month:02}") } else { format!("{month:02}.{year:04}") }
}

/// A day and month without a year (a birthday whose year is unknown):
/// `12-31` in English, `31.12` elsewhere.
pub fn day_month(month: u32, day: u32) -> String {
    let iso = date_style() == DateStyle::Iso || language() == Language::English;
    if iso { format!("{month:02}-{day:02}") } else { format!("{day:02}.{month:02}") }
}
