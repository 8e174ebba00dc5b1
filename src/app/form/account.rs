//! The account form: the facts of the Overview. Long texts are edited in the editor.

use chrono::NaiveDate;

use super::{Field, Form, Reader, Subject, Value, choice_index, choice_options, date_text};
use crate::domain::analysis::{LossReason, WinBack, WinBackMeans};
use crate::domain::{Account, AccountStatus, Choice, KeyClientType, RelationshipLevel};
use crate::{l10n, t};

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The fields of a lost or former account, after its status: why it was
/// lost, since when, and the plan to win it back.
const CLOSING: [&str; 6] = ["reason", "loss_note", "closed_on", "win_back", "win_back_due", "win_back_note"];

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
            "reason",
            l10n::text("losses-label-reason"),
            choice_options::<LossReason>(true),
            choice_index(account.loss_reason, true),
        ),
        Field::text("loss_note", l10n::text("losses-label-loss-note"), &account.loss_note),
        Field::text("closed_on", l10n::text("losses-label-closed-on"), &opt(account.closed_on.map(date_text))),
        Field::choice(
            "win_back",
            l10n::text("losses-label-win-back"),
            choice_options::<WinBackMeans>(true),
            choice_index(account.win_back.as_ref().map(|w| w.means), true),
        ),
        Field::text(
            "win_back_due",
            l10n::text("losses-label-win-back-due"),
            &opt(account.win_back.as_ref().map(|w| date_text(w.due))),
        ),
        Field::text(
            "win_back_note",
            l10n::text("losses-label-win-back-note"),
            account.win_back.as_ref().map_or("", |w| w.note.as_str()),
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
    let mut form = Form::new(title, Subject::Account(Box::new(account)), fields).focus_on("name");
    reshape(&mut form);
    form
}

/// The status chosen in the form.
fn status(form: &Form) -> Option<AccountStatus> {
    match form.field("status").map(|f| &f.value) {
        Some(Value::Choice { selected, .. }) => AccountStatus::ALL.get(*selected).copied(),
        _ => None,
    }
}

/// Shows the closing fields while the status is lost or former, the
/// closing date filled with today when it is empty.
pub fn reshape(form: &mut Form) {
    let closed = status(form).is_some_and(|s| !s.is_open());
    for field in form.fields.iter_mut().filter(|f| CLOSING.contains(&f.key)) {
        field.hidden = !closed;
    }
    if closed
        && let Some(today) = form.today
        && form.field("closed_on").is_some_and(|f| f.content().trim().is_empty())
    {
        form.set_content("closed_on", &date_text(today));
    }
}

/// Why, since when, and how to win it back. Closing an open account needs
/// its reason; an account closed before may have none on record.
fn read_closing(r: &mut Reader, account: &mut Account, closing_now: bool) {
    let today = r.today;
    account.loss_reason = r.choice("reason");
    if account.loss_reason.is_none() && closing_now {
        r.fail("reason", l10n::text("losses-form-reason-required"));
    }
    account.loss_note = r.text("loss_note");
    let closed_on = r.optional_date("closed_on").unwrap_or(today);
    if closed_on > today {
        r.fail("closed_on", l10n::text("losses-form-closed-after-today"));
    }
    account.closed_on = Some(closed_on);
    let means = r.choice::<WinBackMeans>("win_back");
    let due = r.optional_due_date("win_back_due");
    let note = r.text("win_back_note");
    account.win_back = match (means, due) {
        (Some(means), Some(due)) => Some(WinBack { means, note, due }),
        (Some(_), None) => {
            if r.text("win_back_due").is_empty() {
                r.fail("win_back_due", l10n::text("losses-form-win-back-needs-date"));
            }
            None
        }
        (None, Some(_)) => {
            r.fail("win_back", l10n::text("losses-form-win-back-needs-means"));
            None
        }
        (None, None) => None,
    };
}

pub fn read(form: &mut Form, today: NaiveDate) -> Option<Account> {
    let Subject::Account(original) = &form.subject else {
        return None;
    };
    let original = (**original).clone();
    let mut account = original.clone();
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
    if !account.status.is_open() {
        read_closing(&mut r, &mut account, original.status.is_open());
    }
    account.settle_closing(today);
    r.finish().then_some(account)
}
