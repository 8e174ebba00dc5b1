//! Reading a form back: every field is checked, every problem is written
//! beside its field, and nothing is returned until all of them are fixed.

use chrono::{NaiveDate, NaiveTime};

use super::{Form, NONE_LABEL, Value};
use crate::domain::dates::{self, Flavour};
use crate::domain::{Choice, text};
use crate::l10n::{self, AmountError};
use crate::t;

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
            let first = self.form.fields.iter().find_map(super::Field::problem);
            self.form.message = first.or_else(|| Some(l10n::text("form-fix-fields").to_string()));
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

    /// The field's text; `problem` beside it when it is empty.
    pub fn required(&mut self, key: &str, problem: &str) -> String {
        let value = self.text(key);
        if value.is_empty() {
            self.fail(key, problem);
        }
        value
    }

    pub fn optional_date(&mut self, key: &str) -> Option<NaiveDate> {
        self.optional_date_as(key, Flavour::Plain)
    }

    /// A due date: `31.12` is its next occurrence.
    pub fn optional_due_date(&mut self, key: &str) -> Option<NaiveDate> {
        self.optional_date_as(key, Flavour::Due)
    }

    pub fn optional_date_as(&mut self, key: &str, flavour: Flavour) -> Option<NaiveDate> {
        match dates::parse_optional(&self.text(key), self.today, flavour) {
            Ok(date) => date,
            Err(e) => {
                self.fail(key, e.to_string());
                None
            }
        }
    }

    pub fn date(&mut self, key: &str) -> NaiveDate {
        self.date_as(key, Flavour::Plain)
    }

    /// A required due date: `31.12` is its next occurrence.
    pub fn due_date(&mut self, key: &str) -> NaiveDate {
        self.date_as(key, Flavour::Due)
    }

    fn date_as(&mut self, key: &str, flavour: Flavour) -> NaiveDate {
        let value = self.text(key);
        if value.is_empty() {
            self.fail(key, l10n::text("form-required-date"));
            return self.today;
        }
        self.optional_date_as(key, flavour).unwrap_or(self.today)
    }

    pub fn optional_time(&mut self, key: &str) -> Option<NaiveTime> {
        let value = self.text(key);
        if value.is_empty() {
            return None;
        }
        let parsed = NaiveTime::parse_from_str(&value, "%H:%M");
        if parsed.is_err() {
            self.fail(key, t!("form-time-invalid", value = value.as_str()));
        }
        parsed.ok()
    }

    /// A whole number in `range`; empty means none. Typed as any amount is
    /// (`1 250`, `1'250`, `1_250`); decimals are refused, not rounded.
    pub fn optional_number<T>(&mut self, key: &str, range: std::ops::RangeInclusive<i64>) -> Option<T>
    where
        T: TryFrom<i64>,
    {
        let value = self.text(key);
        if value.is_empty() {
            return None;
        }
        let not_whole = || crate::t!("input-number-not-whole", input = value.as_str());
        let n = match l10n::parse_amount(&value) {
            Ok(hundredths) if hundredths % 100 == 0 => hundredths / 100,
            Ok(_) | Err(AmountError::NotANumber(_) | AmountError::TooPrecise(_)) => {
                self.fail(key, not_whole());
                return None;
            }
            Err(e) => {
                self.fail(key, e.to_string());
                return None;
            }
        };
        if !range.contains(&n) {
            let (min, max) = (range.start().to_string(), range.end().to_string());
            self.fail(key, crate::t!("input-number-between", min = min, max = max));
            return None;
        }
        T::try_from(n).ok()
    }

    /// An amount kept in whole units (annual sales, expected profit); empty
    /// means none. `1 250 000,50` is rounded half away from zero.
    pub fn optional_amount(&mut self, key: &str, may_be_negative: bool) -> Option<i64> {
        let value = self.text(key);
        if value.is_empty() {
            return None;
        }
        match l10n::parse_amount(&value).map(l10n::whole_units) {
            Ok(units) if units < 0 && !may_be_negative => {
                self.fail(key, l10n::text("input-amount-negative"));
                None
            }
            Ok(units) => Some(units),
            Err(e) => {
                self.fail(key, e.to_string());
                None
            }
        }
    }

    /// An amount kept in hundredths (a sale, its profit, its volume);
    /// empty means none. `1 250,50` is 125050; a negative one (a return)
    /// only where `may_be_negative`.
    pub fn hundredths(&mut self, key: &str, may_be_negative: bool) -> Option<i64> {
        let value = self.text(key);
        if value.is_empty() {
            return None;
        }
        match l10n::parse_amount(&value) {
            Ok(hundredths) if hundredths < 0 && !may_be_negative => {
                self.fail(key, l10n::text("input-amount-negative"));
                None
            }
            Ok(hundredths) => Some(hundredths),
            Err(e) => {
                self.fail(key, e.to_string());
                None
            }
        }
    }

    /// The selected value of a choice field built with `choice_options::<T>(with_none)`.
    pub fn choice<T: Choice>(&self, key: &str) -> Option<T> {
        let Some(Value::Choice { options, selected }) = self.form.field(key).map(|f| &f.value) else {
            return None;
        };
        // By place, not by label: labels are in the interface language.
        let offset = usize::from(options.first().is_some_and(|o| o == NONE_LABEL));
        selected.checked_sub(offset).and_then(|i| T::ALL.get(i)).copied()
    }

    pub fn selected_index(&self, key: &str) -> usize {
        match self.form.field(key).map(|f| &f.value) {
            Some(Value::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests;
