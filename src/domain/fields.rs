//! The names of a record's fields and of the records themselves as a
//! sentence names them (the history, the import report), in the user's
//! language. The English name is the key: what the code and the history's
//! JSON call a field, with spaces for underscores.

use super::RelationshipLevel;
use super::analysis::{LossReason, WinBackMeans};
use super::{AccountStatus, Attitude, BuyingRole, Channel, Choice, ContactChannel, KeyClientType, Outcome};
use crate::l10n;

/// The names of an account's fields wherever keyplan writes them for other
/// programs (the JSON of `export` and `show`, the JSON and CSV of `list`,
/// the CSV headers of `export`), which are also the names the JSON export
/// has always stored: one name for one field everywhere.
pub const ACCOUNT_KEYS: &[&str] = &[
    "id",
    "uid",
    "name",
    "client_type",
    "level_now",
    "level_target",
    "status",
    "industry",
    "region",
    "headcount",
    "annual_sales",
    "cooperation_start",
    "description",
    "development_history",
    "org_structure",
    "market_environment",
    "preferred_products",
    "contact_every_days",
    "created_on",
    "currency",
    "closed_on",
    "loss_reason",
    "loss_note",
    "win_back",
    "people",
    "last_touchpoint",
    "next_due",
];

/// The columns of `keyplan list --format csv` (and the keys of its JSON).
pub const LIST_KEYS: [&str; 8] =
    ["id", "name", "client_type", "status", "level_now", "last_touchpoint", "next_due", "annual_sales"];

/// Names `keyplan list` wrote before it took the stored names, and the
/// names they became: still read wherever a file is imported.
pub const FORMER_KEYS: &[(&str, &str)] = &[("type", "client_type"), ("relationship_level", "level_now")];

/// A field's name in a sentence; a name keyplan does not know is shown as is.
pub fn field_name(english: &str) -> &str {
    match english {
        "name" => l10n::text("field-name"),
        "type" => l10n::text("field-type"),
        "client type" => l10n::text("field-client-type"),
        "level" => l10n::text("field-level"),
        "level now" => l10n::text("field-level-now"),
        "target level" => l10n::text("field-target-level"),
        "level target" => l10n::text("field-level-target"),
        "status" => l10n::text("field-status"),
        "industry" => l10n::text("field-industry"),
        "region" => l10n::text("field-region"),
        "headcount" => l10n::text("field-headcount"),
        "annual sales" => l10n::text("field-annual-sales"),
        "cooperation start" => l10n::text("field-cooperation-start"),
        "description" => l10n::text("field-description"),
        "development history" => l10n::text("field-development-history"),
        "organisational structure" => l10n::text("field-organisational-structure"),
        "org structure" => l10n::text("field-org-structure"),
        "market environment" => l10n::text("field-market-environment"),
        "preferred products" => l10n::text("field-preferred-products"),
        "contact frequency" => l10n::text("field-contact-frequency"),
        "contact every days" => l10n::text("field-contact-every-days"),
        "created on" => l10n::text("field-created-on"),
        "charter" => l10n::text("field-charter"),
        "situation assessment" => l10n::text("field-situation-assessment"),
        "strategy" => l10n::text("field-strategy"),
        "year" => l10n::text("field-year"),
        "product" => l10n::text("field-product"),
        "planned volume" => l10n::text("field-planned-volume"),
        "expected profit" => l10n::text("field-expected-profit"),
        "resources" => l10n::text("field-resources"),
        "title" => l10n::text("field-title"),
        "due" => l10n::text("field-due"),
        "done" => l10n::text("field-done"),
        "note" => l10n::text("field-note"),
        "job title" => l10n::text("field-job-title"),
        "role" => l10n::text("field-role"),
        "influence" => l10n::text("field-influence"),
        "attitude" => l10n::text("field-attitude"),
        "reports to" => l10n::text("field-reports-to"),
        "channel" => l10n::text("field-channel"),
        "e-mail" => l10n::text("field-e-mail"),
        "email" => l10n::text("field-email"),
        "phone" => l10n::text("field-phone"),
        "birthday" => l10n::text("field-birthday"),
        "notes" => l10n::text("field-notes"),
        "position" => l10n::text("field-position"),
        "strengths" => l10n::text("field-strengths"),
        "weaknesses" => l10n::text("field-weaknesses"),
        "date" => l10n::text("field-date"),
        "time" => l10n::text("field-time"),
        "people" => l10n::text("field-people"),
        "summary" => l10n::text("field-summary"),
        "outcome" => l10n::text("field-outcome"),
        "reason" => l10n::text("field-reason"),
        "next step" => l10n::text("field-next-step"),
        "next step due" => l10n::text("field-next-step-due"),
        "next step done" => l10n::text("field-next-step-done"),
        "followed by" => l10n::text("field-followed-by"),
        "currency" => l10n::text("field-currency"),
        "closed on" => l10n::text("field-closed-on"),
        "loss reason" => l10n::text("field-loss-reason"),
        "loss note" => l10n::text("field-loss-note"),
        "win back" => l10n::text("field-win-back"),
        "win-back" => l10n::text("field-win-back"),
        "sales total" => l10n::text("sales-field-total"),
        other => other,
    }
}

/// Field names joined for a sentence: "annual sales, region".
pub fn field_list(names: &[&str]) -> String {
    names.iter().map(|n| field_name(n)).collect::<Vec<_>>().join(", ")
}

/// What a kind of record is called in a sentence ("objective").
pub fn kind_name(kind: &str) -> &str {
    match kind {
        "account" => l10n::text("err-record-account"),
        "objective" => l10n::text("err-record-objective"),
        "milestone" => l10n::text("err-record-milestone"),
        "person" => l10n::text("err-record-person"),
        "competitor" => l10n::text("err-record-competitor"),
        "touchpoint" => l10n::text("err-record-touchpoint"),
        "change" => l10n::text("err-record-change"),
        "sales" => l10n::text("sales-kind"),
        other => other,
    }
}

/// A field's stored value in a sentence: the label of a choice (`reactive`
/// reads "Reactive", "Реагуючий"), any other value as it is.
pub fn field_value<'a>(field: &str, value: &'a str) -> std::borrow::Cow<'a, str> {
    fn label_of<T: Choice>(value: &str) -> Option<&'static str> {
        T::ALL.iter().find(|v| v.key() == value).map(|v| v.label())
    }
    let label = match field {
        "type" | "client type" => label_of::<KeyClientType>(value),
        "level" | "level now" | "target level" | "level target" => label_of::<RelationshipLevel>(value),
        "status" => label_of::<AccountStatus>(value),
        "role" => label_of::<BuyingRole>(value),
        "attitude" => label_of::<Attitude>(value),
        "outcome" => label_of::<Outcome>(value),
        "loss reason" => label_of::<LossReason>(value),
        "win back means" => label_of::<WinBackMeans>(value),
        // A contact's channel, or the channel a person prefers.
        "channel" => label_of::<Channel>(value).or_else(|| label_of::<ContactChannel>(value)),
        _ => None,
    };
    label.map_or(std::borrow::Cow::Borrowed(value), std::borrow::Cow::Borrowed)
}
