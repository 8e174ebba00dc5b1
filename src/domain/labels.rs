//! Every closed vocabulary of the domain (types, levels, roles...) is an enum
//! with a stable storage key and a human label. One macro writes them so the
//! key, the label and the list of choices can never drift apart.

/// A closed set of values a user picks from.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    /// Every value, in the order a form offers them.
    const ALL: &'static [Self];
    /// The stable key stored in the database and used on the command line.
    fn key(self) -> &'static str;
    /// The label shown on screen.
    fn label(self) -> &'static str;
    /// Parses a key or a label, case-insensitively; `-`, `_` and spaces are alike.
    fn parse(input: &str) -> Option<Self> {
        let wanted = normalise(input);
        Self::ALL.iter().copied().find(|v| normalise(v.key()) == wanted || normalise(v.label()) == wanted)
    }
}

fn normalise(s: &str) -> String {
    s.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect::<String>().to_lowercase()
}

macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $crate::domain::labels::Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn key(self) -> &'static str { match self { $(Self::$variant => $key),+ } }
            fn label(self) -> &'static str { match self { $(Self::$variant => $label),+ } }
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
