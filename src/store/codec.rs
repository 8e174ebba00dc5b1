//! How domain values become SQL values and back. The domain knows nothing of
//! rusqlite; its ids and enums learn SQL here.
//!
//! - ids are INTEGER;
//! - every `Choice` enum is TEXT holding its `key()` (one generic pair of
//!   functions, wired to each enum by a one-line macro);
//! - dates are TEXT `YYYY-MM-DD`, times TEXT `HH:MM` (through [`SqlDate`] and
//!   [`SqlTime`], since chrono's types are foreign to this crate too).

use chrono::{Datelike, NaiveDate, NaiveTime};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Row, RowIndex};

use crate::domain::analysis::{LossReason, WinBackMeans};
use crate::domain::{
    AccountId, AccountStatus, Attitude, BirthDate, BuyingRole, Channel, Choice, CompetitorId, ContactChannel,
    KeyClientType, MilestoneId, Month, ObjectiveId, Outcome, PersonId, RelationshipLevel, Stamp, TouchpointId,
};

const DATE_FORMAT: &str = "%Y-%m-%d";
const TIME_FORMAT: &str = "%H:%M";

/// A stored text that does not decode to the value it should hold.
#[derive(Debug, thiserror::Error)]
#[error("'{text}' is not a valid {what}")]
struct BadText {
    text: String,
    what: &'static str,
}

fn bad_text(text: &str, what: &'static str) -> FromSqlError {
    FromSqlError::Other(Box::new(BadText { text: text.to_string(), what }))
}

macro_rules! sql_id {
    ($($id:ty),+) => {$(
        impl ToSql for $id {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }

        impl FromSql for $id {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map(Self)
            }
        }
    )+};
}

sql_id!(AccountId, PersonId, TouchpointId, ObjectiveId, MilestoneId, CompetitorId);

/// A `Choice` as SQL: its stable key.
fn choice_to_sql<T: Choice>(value: T) -> ToSqlOutput<'static> {
    ToSqlOutput::Borrowed(ValueRef::Text(value.key().as_bytes()))
}

/// A `Choice` from SQL: exactly one of its keys, nothing looser.
fn choice_from_sql<T: Choice>(value: ValueRef<'_>) -> FromSqlResult<T> {
    // Compared as bytes: keys are ASCII, and validating UTF-8 first would
    // cost more than the comparison on a 10,000-row portfolio.
    let bytes = match value {
        ValueRef::Text(bytes) => bytes,
        _ => return Err(FromSqlError::InvalidType),
    };
    T::ALL
        .iter()
        .copied()
        .find(|choice| choice.key().as_bytes() == bytes)
        .ok_or_else(|| bad_text(&String::from_utf8_lossy(bytes), std::any::type_name::<T>()))
}

macro_rules! sql_choice {
    ($($choice:ty),+) => {$(
        impl ToSql for $choice {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(choice_to_sql(*self))
            }
        }

        impl FromSql for $choice {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                choice_from_sql(value)
            }
        }
    )+};
}

sql_choice!(
    KeyClientType,
    RelationshipLevel,
    AccountStatus,
    BuyingRole,
    Attitude,
    ContactChannel,
    Channel,
    Outcome,
    LossReason,
    WinBackMeans
);

/// A date as stored: `YYYY-MM-DD`, which sorts and compares as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SqlDate(pub NaiveDate);

impl ToSql for SqlDate {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        // Plain integer formatting: a generated portfolio writes millions of dates.
        let d = self.0;
        Ok(ToSqlOutput::from(format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())))
    }
}

impl FromSql for SqlDate {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        iso_date(text)
            .or_else(|| NaiveDate::parse_from_str(text, DATE_FORMAT).ok())
            .map(SqlDate)
            .ok_or_else(|| bad_text(text, "date"))
    }
}

/// `YYYY-MM-DD` read digit by digit: the portfolio and the check read tens
/// of thousands of dates, and a format-driven parse costs several times more.
/// Anything else (an unusual but valid date) falls back to chrono's parser.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    NaiveDate::from_ymd_opt(i32::try_from(number(0..4)?).ok()?, number(5..7)?, number(8..10)?)
}

/// A birthday as stored: `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
impl ToSql for BirthDate {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.key()))
    }
}

impl FromSql for BirthDate {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        BirthDate::parse_key(text)
            .or_else(|| SqlDate::column_result(value).ok().map(|d| BirthDate::Full(d.0)))
            .ok_or_else(|| bad_text(text, "birthday"))
    }
}

/// A time of day as stored: `HH:MM` (seconds are not kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SqlTime(pub NaiveTime);

impl ToSql for SqlTime {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.0.format(TIME_FORMAT).to_string()))
    }
}

impl FromSql for SqlTime {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        NaiveTime::parse_from_str(text, TIME_FORMAT)
            .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
            .map(SqlTime)
            .map_err(|_| bad_text(text, "time"))
    }
}

/// Named parameters built in parts: the columns several statements share,
/// then each statement's own.
pub(crate) type NamedParams<'a> = Vec<(&'static str, &'a dyn ToSql)>;

pub(crate) fn date(value: NaiveDate) -> SqlDate {
    SqlDate(value)
}

pub(crate) fn opt_date(value: Option<NaiveDate>) -> Option<SqlDate> {
    value.map(SqlDate)
}

pub(crate) fn opt_time(value: Option<NaiveTime>) -> Option<SqlTime> {
    value.map(SqlTime)
}

/// Reading dates and times from a row without naming the wrappers each time.
/// Columns by name, or by position where a loop runs over many rows.
pub(crate) trait RowExt {
    fn date<I: RowIndex>(&self, column: I) -> rusqlite::Result<NaiveDate>;
    fn opt_date<I: RowIndex>(&self, column: I) -> rusqlite::Result<Option<NaiveDate>>;
    fn opt_time<I: RowIndex>(&self, column: I) -> rusqlite::Result<Option<NaiveTime>>;
    /// The uid at `column` and the revision in the column after it.
    fn stamp(&self, column: usize) -> rusqlite::Result<Stamp>;
}

impl RowExt for Row<'_> {
    fn date<I: RowIndex>(&self, column: I) -> rusqlite::Result<NaiveDate> {
        self.get::<_, SqlDate>(column).map(|d| d.0)
    }

    fn opt_date<I: RowIndex>(&self, column: I) -> rusqlite::Result<Option<NaiveDate>> {
        self.get::<_, Option<SqlDate>>(column).map(|d| d.map(|d| d.0))
    }

    fn opt_time<I: RowIndex>(&self, column: I) -> rusqlite::Result<Option<NaiveTime>> {
        self.get::<_, Option<SqlTime>>(column).map(|t| t.map(|t| t.0))
    }

    fn stamp(&self, column: usize) -> rusqlite::Result<Stamp> {
        Ok(Stamp { uid: self.get::<_, Option<String>>(column)?.unwrap_or_default(), revision: self.get(column + 1)? })
    }
}

/// A month as stored: `YYYY-MM`, which sorts and compares as text.
impl ToSql for Month {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for Month {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        let b = text.as_bytes();
        let number = |range: std::ops::Range<usize>| {
            b.get(range)?.iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
        };
        (b.len() == 7 && b[4] == b'-')
            .then(|| Month::new(i32::try_from(number(0..4)?).ok()?, number(5..7)?))
            .flatten()
            .ok_or_else(|| bad_text(text, "month"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn the_quick_date_reader_agrees_with_chrono() {
        for text in ["2026-11-23", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(iso_date(text), NaiveDate::parse_from_str(text, DATE_FORMAT).ok(), "{text}");
        }
        for text in ["2025-02-29", "2026-13-01", "2026-1-01", "2026-01-1x", "20261123", "", "2026-11-23 "] {
            assert_eq!(iso_date(text), None, "{text}");
        }
        let d = NaiveDate::from_ymd_opt(33, 3, 4).unwrap();
        let stored: String =
            Connection::open_in_memory().unwrap().query_row("SELECT ?1", [date(d)], |r| r.get(0)).unwrap();
        assert_eq!(stored, "0033-03-04");
    }

    #[test]
    fn choices_travel_by_key() {
        let conn = Connection::open_in_memory().unwrap();
        let key: String = conn.query_row("SELECT ?1", [KeyClientType::ImageMaker], |r| r.get(0)).unwrap();
        assert_eq!(key, "image_maker");
        let back: Outcome = conn.query_row("SELECT 'deal_won'", [], |r| r.get(0)).unwrap();
        assert_eq!(back, Outcome::DealWon);
        let wrong: rusqlite::Result<Outcome> = conn.query_row("SELECT 'Deal won'", [], |r| r.get(0));
        assert!(wrong.is_err());
    }

    #[test]
    fn dates_and_times_travel_as_text() {
        let conn = Connection::open_in_memory().unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let text: String = conn.query_row("SELECT ?1", [date(day)], |r| r.get(0)).unwrap();
        assert_eq!(text, "2026-03-01");
        let time = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        let text: String = conn.query_row("SELECT ?1", [SqlTime(time)], |r| r.get(0)).unwrap();
        assert_eq!(text, "09:05");
        let bad: rusqlite::Result<SqlDate> = conn.query_row("SELECT '2026-02-30'", [], |r| r.get(0));
        assert!(bad.is_err());
    }
}
