//! The interface languages and how one is chosen.

/// A language keyplan speaks. Adding one is adding a variant here and its
/// catalogue directory under `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Ukrainian,
    Russian,
    Georgian,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::English, Language::Ukrainian, Language::Russian, Language::Georgian];

    /// The ISO 639-1 code: `en`, `uk`, `ru`, `ka` (the catalogue's directory,
    /// the settings' `language`, `--lang`).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Ukrainian => "uk",
            Language::Russian => "ru",
            Language::Georgian => "ka",
        }
    }

    /// The language's own name for itself, for settings and help.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Ukrainian => "Українська",
            Language::Russian => "Русский",
            Language::Georgian => "ქართული",
        }
    }

    pub(super) fn index(self) -> usize {
        self as usize
    }

    /// `uk`, `uk_UA.UTF-8`, `ru-KZ`, `ka_GE.utf8@euro`, `en_GB`: the
    /// language part of a code or a POSIX locale. `C` and `POSIX` are
    /// English; anything else keyplan does not speak is `None`.
    pub fn parse(text: &str) -> Option<Language> {
        let text = text.trim();
        let head = text.split(['_', '-', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        match head.as_str() {
            "en" | "c" | "posix" => Some(Language::English),
            "uk" | "ua" => Some(Language::Ukrainian),
            "ru" => Some(Language::Russian),
            "ka" | "ge" => Some(Language::Georgian),
            _ => None,
        }
    }
}

/// The language the environment asks for, as POSIX reads it: the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides; a
/// locale keyplan does not speak means English.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
        .and_then(|value| Language::parse(&value))
        .unwrap_or(Language::English)
}

/// How dates are shown: the language's usual form, or ISO everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateStyle {
    #[default]
    Local = 0,
    Iso = 1,
}
