//! The account form: the facts of the Overview. Long texts are edited in the editor.

use chrono::NaiveDate;

use super::{Field, Form, Reader, Subject, choice_index, choice_options, date_text};
use crate::domain::{Account, AccountStatus, KeyClientType, RelationshipLevel};
use crate::{l10n, t};

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub fn form(account: Account) -> Form {
    let title = if account.id.0 == 0 {
        l10n::text("form-account-new").to_string()
    } else {
        t!("form-edit-named", name = account.name.as_str())
    };
    let fields = vec![
        Field::text("name", l10n::text("form-label-name"), &account.name),
        Field::choice(
            "type",
            l10n::text("form-label-client-type"),
            choice_options::<KeyClientType>(false),
            choice_index(Some(account.client_type), false),
        ),
        Field::choice(
            "status",
            l10n::text("form-label-status"),
            choice_options::<AccountStatus>(false),
            choice_index(Some(account.status), false),
        ),
        Field::choice(
            "level_now",
            l10n::text("form-label-level-now"),
            choice_options::<RelationshipLevel>(false),
            choice_index(Some(account.level_now), false),
        ),
        Field::choice(
            "level_target",
            l10n::text("form-label-level-target"),
            choice_options::<RelationshipLevel>(false),
            choice_index(Some(account.level_target), false),
        ),
        Field::text("industry", l10n::text("form-label-industry"), &account.industry),
        Field::text("region", l10n::text("form-label-region"), &account.region),
        Field::text("headcount", l10n::text("form-label-headcount"), &opt(account.headcount)),
        Field::text("sales", l10n::text("form-label-annual-sales"), &opt(account.annual_sales)),
        Field::text(
            "since",
            l10n::text("form-label-cooperation-since"),
            &opt(account.cooperation_start.map(date_text)),
        ),
        Field::text("every", l10n::text("form-label-contact-every"), &opt(account.contact_every_days)),
    ];
    Form::new(title, Subject::Account(Box::new(account)), fields).focus_on("name")
}

pub fn read(form: &mut Form, today: NaiveDate) -> Option<Account> {
    let Subject::Account(original) = &form.subject else {
        return None;
    };
    let mut account = (**original).clone();
    let mut r = Reader::new(form, today);
    account.name = r.required("name", l10n::text("form-required-name"));
    account.client_type = r.choice("type").unwrap_or(account.client_type);
    account.status = r.choice("status").unwrap_or(account.status);
    account.level_now = r.choice("level_now").unwrap_or(account.level_now);
    account.level_target = r.choice("level_target").unwrap_or(account.level_target);
    account.industry = r.text("industry");
    account.region = r.text("region");
    account.headcount = r.optional_number("headcount", 0..=10_000_000);
    account.annual_sales = r.optional_amount("sales", false);
    account.cooperation_start = r.optional_date("since");
    account.contact_every_days = r.optional_number("every", 1..=3650);
    r.finish().then_some(account)
}
