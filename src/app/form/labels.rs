//! The labels of the forms' fields, all of them: the label column is as
//! wide as the widest in the interface language.

use crate::l10n;

/// The label of every field of every form, in the interface language: the
/// label column is as wide as the widest, the same in every form.
pub fn every_label() -> [&'static str; 52] {
    [
        l10n::text("form-label-name"),
        l10n::text("form-label-person-name"),
        l10n::text("form-label-client-type"),
        l10n::text("form-label-status"),
        l10n::text("form-label-level-now"),
        l10n::text("form-label-level-target"),
        l10n::text("form-label-industry"),
        l10n::text("form-label-region"),
        l10n::text("form-label-headcount"),
        l10n::text("form-label-annual-sales"),
        l10n::text("form-label-cooperation-since"),
        l10n::text("form-label-contact-every"),
        l10n::text("form-label-year"),
        l10n::text("form-label-product"),
        l10n::text("form-label-planned-volume"),
        l10n::text("form-label-expected-profit"),
        l10n::text("form-label-resources"),
        l10n::text("form-label-title"),
        l10n::text("form-label-due"),
        l10n::text("form-label-done-on"),
        l10n::text("form-label-note"),
        l10n::text("form-label-their-position"),
        l10n::text("form-label-strengths"),
        l10n::text("form-label-weaknesses"),
        l10n::text("form-label-job-title"),
        l10n::text("form-label-buying-role"),
        l10n::text("form-label-influence"),
        l10n::text("form-label-attitude"),
        l10n::text("form-label-reports-to"),
        l10n::text("form-label-preferred-channel"),
        l10n::text("form-label-phone"),
        l10n::text("form-label-email"),
        l10n::text("form-label-birthday"),
        l10n::text("form-label-notes"),
        l10n::text("form-label-snooze-until"),
        l10n::text("form-label-summary"),
        l10n::text("form-label-date"),
        l10n::text("form-label-time"),
        l10n::text("form-label-channel"),
        l10n::text("form-label-with"),
        l10n::text("form-label-outcome"),
        l10n::text("form-label-reason"),
        l10n::text("form-label-next-step"),
        l10n::text("form-label-next-step-due"),
        l10n::text("form-label-next-step-done"),
        l10n::text("form-label-follows-up"),
        l10n::text("losses-label-reason"),
        l10n::text("losses-label-loss-note"),
        l10n::text("losses-label-closed-on"),
        l10n::text("losses-label-win-back"),
        l10n::text("losses-label-win-back-due"),
        l10n::text("losses-label-win-back-note"),
    ]
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::app::form::{account, items, person, snooze, touchpoint};
    use crate::domain::*;

    #[test]
    fn every_label_of_every_form_is_measured() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let open = OpenNextStep {
            touchpoint_id: TouchpointId(1),
            promised_on: today,
            next_step: "Call".into(),
            due: Some(today),
        };
        let objective = Objective {
            id: ObjectiveId(0),
            account_id: AccountId(1),
            year: 2026,
            product: String::new(),
            planned_volume: String::new(),
            expected_profit: None,
            resources: String::new(),
            stamp: Default::default(),
        };
        let competitor = Competitor {
            id: CompetitorId(0),
            account_id: AccountId(1),
            name: String::new(),
            position: String::new(),
            strengths: String::new(),
            weaknesses: String::new(),
            stamp: Default::default(),
        };
        for language in l10n::Language::ALL {
            let _speaking = l10n::scoped(language);
            let touchpoint = Touchpoint::new(AccountId(1), today, Channel::Call, "");
            let forms = [
                account::form(Account::new("", today)),
                items::objective_form(objective.clone()),
                items::milestone_form(Milestone::new(AccountId(1), "", today)),
                items::competitor_form(competitor.clone()),
                person::form(Person::new(AccountId(1), ""), Vec::new()),
                touchpoint::form_following(touchpoint, &[], std::slice::from_ref(&open)),
                snooze::form(AlertKey::Contact(AccountId(1)), AccountId(1), "", today),
            ];
            let measured = every_label();
            for form in &forms {
                for field in &form.fields {
                    assert!(measured.contains(&field.label), "{} of {}", field.label, form.title);
                }
            }
        }
    }
}
