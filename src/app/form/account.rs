//! The account form: the facts of the Overview. Long texts are edited in the editor.

use chrono::NaiveDate;

use super::{Field, Form, Reader, Subject, choice_index, choice_options};
use crate::domain::{Account, AccountStatus, KeyClientType, RelationshipLevel};

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub fn form(account: Account) -> Form {
    let title = if account.id.0 == 0 { "New account".to_string() } else { format!("Edit {}", account.name) };
    let fields = vec![
        Field::text("name", "Name", &account.name),
        Field::choice(
            "type",
            "Key-client type",
            choice_options::<KeyClientType>(false),
            choice_index(Some(account.client_type), false),
        ),
        Field::choice(
            "status",
            "Status",
            choice_options::<AccountStatus>(false),
            choice_index(Some(account.status), false),
        ),
        Field::choice(
            "level_now",
            "Level now",
            choice_options::<RelationshipLevel>(false),
            choice_index(Some(account.level_now), false),
        ),
        Field::choice(
            "level_target",
            "Level target",
            choice_options::<RelationshipLevel>(false),
            choice_index(Some(account.level_target), false),
        ),
        Field::text("industry", "Industry", &account.industry),
        Field::text("region", "Region", &account.region),
        Field::text("headcount", "Headcount", &opt(account.headcount)),
        Field::text("sales", "Annual sales", &opt(account.annual_sales)),
        Field::text("since", "Cooperation since", &opt(account.cooperation_start)),
        Field::text("every", "Contact every (days)", &opt(account.contact_every_days)),
    ];
    Form::new(title, Subject::Account(Box::new(account)), fields).focus_on("name")
}

pub fn read(form: &mut Form, today: NaiveDate) -> Option<Account> {
    let Subject::Account(original) = &form.subject else {
        return None;
    };
    let mut account = (**original).clone();
    let mut r = Reader::new(form, today);
    account.name = r.required("name", "a name");
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
