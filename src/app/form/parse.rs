//! Reading a form back: every field is checked, every problem is written
//! beside its field, and nothing is returned until all of them are fixed.

use chrono::{NaiveDate, NaiveTime};

use super::{Form, NONE_LABEL, Value};
use crate::domain::{Choice, dates, text};

pub struct Reader<'a> {
    form: &'a mut Form,
    pub today: NaiveDate,
    ok: bool,
}

impl<'a> Reader<'a> {
    pub fn new(form: &'a mut Form, today: NaiveDate) -> Self {
        for field in &mut form.fields {
            field.error = None;
        }
        form.message = None;
        Reader { form, today, ok: true }
    }

    /// True when every field read so far was valid.
    pub fn finish(self) -> bool {
        if !self.ok {
            // The first problem in full: beside its field a narrow window cuts it short.
            let first = self.form.fields.iter().find_map(|f| f.error.as_ref().map(|e| format!("{}: {e}", f.label)));
            self.form.message = first.or_else(|| Some("Fix the fields marked in red, then save again.".into()));
        }
        self.ok
    }

    pub fn fail(&mut self, key: &str, message: impl Into<String>) {
        self.ok = false;
        if let Some(field) = self.form.field_mut(key) {
            field.error = Some(message.into());
        }
    }

    pub fn text(&self, key: &str) -> String {
        self.form.field(key).map(|f| text::clean_line(&f.content())).unwrap_or_default()
    }

    pub fn required(&mut self, key: &str, what: &str) -> String {
        let value = self.text(key);
        if value.is_empty() {
            self.fail(key, format!("{what} is required"));
        }
        value
    }

    pub fn optional_date(&mut self, key: &str) -> Option<NaiveDate> {
        match dates::parse_optional_date(&self.text(key), self.today) {
            Ok(date) => date,
            Err(e) => {
                self.fail(key, e.to_string());
                None
            }
        }
    }

    pub fn date(&mut self, key: &str) -> NaiveDate {
        let value = self.text(key);
        if value.is_empty() {
            self.fail(key, "a date is required");
            return self.today;
        }
        self.optional_date(key).unwrap_or(self.today)
    }

    pub fn optional_time(&mut self, key: &str) -> Option<NaiveTime> {
        let value = self.text(key);
        if value.is_empty() {
            return None;
        }
        let parsed = NaiveTime::parse_from_str(&value, "%H:%M");
        if parsed.is_err() {
            self.fail(key, format!("'{value}' is not a time: use HH:MM"));
        }
        parsed.ok()
    }

    /// A whole number in `range`; empty means none. Spaces and `_` as digit groups are fine.
    pub fn optional_number<T>(&mut self, key: &str, range: std::ops::RangeInclusive<i64>) -> Option<T>
    where
        T: TryFrom<i64>,
    {
        let value: String = self.text(key).chars().filter(|c| !c.is_whitespace() && *c != '_').collect();
        if value.is_empty() {
            return None;
        }
        match value.parse::<i64>() {
            Ok(n) if range.contains(&n) => T::try_from(n).ok(),
            Ok(_) => {
                self.fail(key, format!("must be between {} and {}", range.start(), range.end()));
                None
            }
            Err(_) => {
                self.fail(key, format!("'{value}' is not a whole number"));
                None
            }
        }
    }

    /// The selected value of a choice field built with `choice_options::<T>(with_none)`.
    pub fn choice<T: Choice>(&self, key: &str) -> Option<T> {
        let Some(Value::Choice { options, selected }) = self.form.field(key).map(|f| &f.value) else {
            return None;
        };
        options.get(*selected).filter(|o| o.as_str() != NONE_LABEL).and_then(|o| T::parse(o))
    }

    pub fn selected_index(&self, key: &str) -> usize {
        match self.form.field(key).map(|f| &f.value) {
            Some(Value::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }
}
