//! The interface language of this run, chosen before a word is printed:
//! `--lang`, else the settings' `language`, else LC_ALL / LC_MESSAGES /
//! LANG, else English. The date format and the currency come from the
//! settings.

use std::ffi::OsString;

use crate::l10n::{self, Language};

/// Chooses the language and date format for the whole process from the
/// raw arguments (clap is not asked: its own help must already speak it).
pub fn choose(args: &[OsString]) {
    let settings = crate::settings::interface();
    let language = from_arguments(args)
        .or(settings.language)
        .unwrap_or_else(|| l10n::from_environment(|name| std::env::var(name).ok()));
    l10n::set_language(language);
    l10n::set_date_style(settings.date_format);
    l10n::set_currency(settings.currency);
}

/// `--lang uk` or `--lang=uk` before a lone `--`; the last one wins, as in
/// clap. A value keyplan does not speak is left for clap to refuse.
fn from_arguments(args: &[OsString]) -> Option<Language> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(language) = value.as_deref().and_then(Language::parse) {
            found = Some(language);
        }
    }
    found
}

/// clap's value parser for `--lang`.
pub fn parse(text: &str) -> Result<Language, String> {
    Language::parse(text).ok_or_else(|| crate::t!("shell-lang-unknown", found = text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_anywhere_before_a_lone_dash_dash() {
        assert_eq!(from_arguments(&args(&["keyplan", "--lang", "uk", "check"])), Some(Language::Ukrainian));
        assert_eq!(from_arguments(&args(&["keyplan", "show", "acme", "--lang=ka"])), Some(Language::Georgian));
        assert_eq!(from_arguments(&args(&["keyplan", "--lang=uk", "--lang", "ru"])), Some(Language::Russian));
        assert_eq!(from_arguments(&args(&["keyplan", "log", "x", "--", "--lang", "uk"])), None);
        assert_eq!(from_arguments(&args(&["keyplan", "--lang", "de"])), None);
        assert_eq!(from_arguments(&args(&["keyplan", "--language", "uk"])), None);
    }
}
