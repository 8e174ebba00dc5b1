//! A person's date of birth: a full date, or only the day and month when
//! the year is unknown (address books write `--12-31`; Apple writes
//! `1604-12-31` with `X-APPLE-OMIT-YEAR=1604`). Stored, exported and read
//! back as `YYYY-MM-DD` or `--MM-DD`.

use std::fmt;

use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BirthDate {
    /// Born on this day.
    Full(NaiveDate),
    /// Born on this day and month, in a year nobody wrote down.
    NoYear { month: u32, day: u32 },
}

impl BirthDate {
    /// A day and month without a year; `None` for a day no year has
    /// (29 February is one: leap years have it).
    pub fn no_year(month: u32, day: u32) -> Option<BirthDate> {
        NaiveDate::from_ymd_opt(2000, month, day).map(|_| BirthDate::NoYear { month, day })
    }

    pub fn month(self) -> u32 {
        match self {
            BirthDate::Full(d) => d.month(),
            BirthDate::NoYear { month, .. } => month,
        }
    }

    pub fn day(self) -> u32 {
        match self {
            BirthDate::Full(d) => d.day(),
            BirthDate::NoYear { day, .. } => day,
        }
    }

    /// The full date, when the year is known.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            BirthDate::Full(d) => Some(d),
            BirthDate::NoYear { .. } => None,
        }
    }

    /// As stored and exported: `1976-12-01` or `--12-01`.
    pub fn key(self) -> String {
        self.to_string()
    }

    /// `1976-12-01`, `--12-01` or `--1201` (what [`key`](Self::key) writes,
    /// and the vCard form without a dash).
    pub fn parse_key(text: &str) -> Option<BirthDate> {
        let text = text.trim();
        if let Some(rest) = text.strip_prefix("--") {
            let digits: String = rest.chars().filter(|c| *c != '-').collect();
            let shape = rest.len() == 4 || (rest.len() == 5 && rest.as_bytes()[2] == b'-');
            if !shape || digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            return BirthDate::no_year(digits[..2].parse().ok()?, digits[2..].parse().ok()?);
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(BirthDate::Full)
    }

    /// As typed in a form: `31.12` or `--12-31` is a day and month;
    /// anything else is a date as [`crate::domain::dates`] reads it.
    pub fn parse_typed(text: &str, today: NaiveDate) -> Result<BirthDate, super::DateError> {
        let text = text.trim();
        if let Some(b) = BirthDate::parse_key(text).filter(|_| text.starts_with("--")) {
            return Ok(b);
        }
        match super::dates::parse(text, today, super::dates::Flavour::Birthday) {
            Ok(date) => Ok(BirthDate::Full(date)),
            Err(super::DateError::NeedsYear { input, month, day }) => {
                BirthDate::no_year(month, day).ok_or(super::DateError::NoSuchDay(input))
            }
            Err(e) => Err(e),
        }
    }

    /// As a person reads it: the date the language's way, or `31.12`.
    pub fn shown(self) -> String {
        match self {
            BirthDate::Full(d) => crate::l10n::date(d),
            BirthDate::NoYear { month, day } => crate::l10n::day_month(month, day),
        }
    }

    /// The day and month in a leap year (2000), to find the next birthday
    /// like that of a full date; the year of a full date is kept.
    pub fn as_date(self) -> NaiveDate {
        match self {
            BirthDate::Full(d) => d,
            BirthDate::NoYear { month, day } => NaiveDate::from_ymd_opt(2000, month, day).unwrap_or_default(),
        }
    }
}

impl From<NaiveDate> for BirthDate {
    fn from(date: NaiveDate) -> Self {
        BirthDate::Full(date)
    }
}

impl fmt::Display for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BirthDate::Full(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            BirthDate::NoYear { month, day } => write!(f, "--{month:02}-{day:02}"),
        }
    }
}

impl serde::Serialize for BirthDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for BirthDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        BirthDate::parse_key(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{text}\" is not a birthday (YYYY-MM-DD, or --MM-DD without a year)"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn keys_read_back() {
        for key in ["1976-12-01", "--12-31", "--02-29"] {
            assert_eq!(BirthDate::parse_key(key).unwrap().key(), key);
        }
        assert_eq!(BirthDate::parse_key("--1231"), BirthDate::no_year(12, 31));
        for bad in ["--13-01", "--02-30", "--1-1", "12-31", "--12-31x", "1976-02-30"] {
            assert_eq!(BirthDate::parse_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn typed_as_people_write_it() {
        let today = d("2026-11-23");
        assert_eq!(BirthDate::parse_typed("31.12", today), Ok(BirthDate::NoYear { month: 12, day: 31 }));
        assert_eq!(BirthDate::parse_typed("--12-31", today), Ok(BirthDate::NoYear { month: 12, day: 31 }));
        assert_eq!(BirthDate::parse_typed("1.5.", today), Ok(BirthDate::NoYear { month: 5, day: 1 }));
        assert_eq!(BirthDate::parse_typed("1976-12-01", today), Ok(BirthDate::Full(d("1976-12-01"))));
        assert!(BirthDate::parse_typed("31.02", today).is_err());
        assert!(BirthDate::parse_typed("soon", today).is_err());
    }

    #[test]
    fn shown_without_a_year() {
        let _uk = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
        assert_eq!(BirthDate::NoYear { month: 12, day: 31 }.shown(), "31.12");
        let _en = crate::l10n::scoped(crate::l10n::Language::English);
        assert_eq!(BirthDate::NoYear { month: 12, day: 31 }.shown(), "12-31");
        assert_eq!(BirthDate::Full(d("1976-12-01")).shown(), "1976-12-01");
    }
}
