//! Every closed vocabulary of the domain (types, levels, roles...) is an enum
//! with a stable storage key and a label from the catalogues. One macro
//! writes them so the key, the label's message id and the list of choices
//! can never drift apart.

use crate::l10n::{self, Language};

/// A closed set of values a user picks from.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    /// Every value, in the order a form offers them.
    const ALL: &'static [Self];
    /// The stable key stored in the database and used on the command line.
    fn key(self) -> &'static str;
    /// The message id of the label (`client-type-image_maker`).
    fn label_id(self) -> &'static str;
    /// The label shown on screen, in the interface language.
    fn label(self) -> &'static str {
        l10n::text(self.label_id())
    }
    /// Parses a key, or a label in any interface language, case-insensitively;
    /// `-`, `_` and spaces are alike.
    fn parse(input: &str) -> Option<Self> {
        let wanted = normalise(input);
        let labelled = |v: Self| Language::ALL.iter().any(|&l| normalise(l10n::text_in(l, v.label_id())) == wanted);
        Self::ALL.iter().copied().find(|&v| normalise(v.key()) == wanted || labelled(v))
    }
}

fn normalise(s: &str) -> String {
    s.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect::<String>().to_lowercase()
}

macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident as $prefix:literal { $($variant:ident => $key:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $crate::domain::labels::Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn key(self) -> &'static str { match self { $(Self::$variant => $key),+ } }
            fn label_id(self) -> &'static str { match self { $(Self::$variant => concat!($prefix, "-", $key)),+ } }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::domain::labels::Choice::label(*self))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::domain::{Choice, KeyClientType, Outcome};

    #[test]
    fn parses_keys_and_labels_loosely() {
        assert_eq!(KeyClientType::parse("image maker"), Some(KeyClientType::ImageMaker));
        assert_eq!(KeyClientType::parse("IMAGE-MAKER"), Some(KeyClientType::ImageMaker));
        assert_eq!(KeyClientType::parse("image_maker"), Some(KeyClientType::ImageMaker));
        assert_eq!(Outcome::parse("deal won"), Some(Outcome::DealWon));
        assert_eq!(KeyClientType::parse("giant"), None);
    }

    #[test]
    fn keys_round_trip() {
        for v in KeyClientType::ALL {
            assert_eq!(KeyClientType::parse(v.key()), Some(*v));
        }
    }
}
