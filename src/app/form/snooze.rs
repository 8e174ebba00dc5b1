//! The snooze form: one date, until which an alert stays out of sight.

use chrono::{Days, NaiveDate};

use super::{Field, Form, Reader, Subject, date_text};
use crate::domain::{AccountId, AlertKey};
use crate::{l10n, t};

pub fn form(key: AlertKey, account: AccountId, about: &str, today: NaiveDate) -> Form {
    let week = today.checked_add_days(Days::new(7)).unwrap_or(today);
    let fields = vec![Field::text("until", l10n::text("form-label-snooze-until"), &date_text(week))];
    Form::new(t!("form-snooze-title", about = about), Subject::Snooze(key, account), fields)
}

pub fn read(form: &mut Form, today: NaiveDate) -> Option<(AccountId, AlertKey, NaiveDate)> {
    let Subject::Snooze(key, account) = form.subject else { return None };
    let mut r = Reader::new(form, today);
    let until = r.due_date("until");
    if until < today {
        r.fail("until", l10n::text("form-snooze-past"));
    }
    r.finish().then_some((account, key, until))
}
