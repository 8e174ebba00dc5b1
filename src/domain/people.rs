//! The decision-making map (people at the customer) and the competitors.

use serde::{Deserialize, Serialize};

use super::ids::{AccountId, CompetitorId, PersonId};

choice_enum! {
    /// A person's part in the buying decision.
    BuyingRole as "role" {
        DecisionMaker => "decision_maker";
        Influencer => "influencer";
        Buyer => "buyer";
        User => "user";
        Gatekeeper => "gatekeeper";
        Champion => "champion";
    }
}

choice_enum! {
    /// How a person feels about us.
    Attitude as "attitude" {
        Supporter => "supporter";
        Neutral => "neutral";
        Opponent => "opponent";
    }
}

choice_enum! {
    /// How a person prefers to be reached.
    ContactChannel as "reach" {
        Phone => "phone";
        Email => "email";
        Meeting => "meeting";
        Messenger => "messenger";
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub account_id: AccountId,
    pub name: String,
    pub job_title: String,
    pub role: Option<BuyingRole>,
    /// 1 (little) to 5 (decisive).
    pub influence: Option<u8>,
    pub attitude: Option<Attitude>,
    pub reports_to: Option<PersonId>,
    pub channel: Option<ContactChannel>,
    pub phone: String,
    pub email: String,
    pub birthday: Option<super::BirthDate>,
    pub notes: String,
    #[serde(default)]
    pub stamp: super::ids::Stamp,
}

impl Person {
    pub fn new(account_id: AccountId, name: impl Into<String>) -> Self {
        Person {
            id: PersonId(0),
            account_id,
            name: name.into(),
            job_title: String::new(),
            role: None,
            influence: None,
            attitude: None,
            reports_to: None,
            channel: None,
            phone: String::new(),
            email: String::new(),
            birthday: None,
            notes: String::new(),
            stamp: super::ids::Stamp::default(),
        }
    }
}

/// Names separated by commas, each matched to one person of the account:
/// exactly, or by a unique case-insensitive beginning of the name. The same
/// rule for the touchpoint form and `keyplan log --with`.
pub fn match_people(input: &str, people: &[Person]) -> Result<Vec<PersonId>, String> {
    let mut ids = Vec::new();
    for wanted in input.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let lower = wanted.to_lowercase();
        let exact: Vec<&Person> = people.iter().filter(|p| p.name.to_lowercase() == lower).collect();
        let found: Vec<&Person> = if exact.is_empty() {
            people.iter().filter(|p| p.name.to_lowercase().starts_with(&lower)).collect()
        } else {
            exact
        };
        match found.as_slice() {
            [one] if !ids.contains(&one.id) => ids.push(one.id),
            [_] => {}
            [] => return Err(crate::t!("form-with-nobody", name = super::text::clean_line(wanted))),
            _ => return Err(crate::t!("form-with-several", name = super::text::clean_line(wanted))),
        }
    }
    Ok(ids)
}

/// Influence is a 1-5 scale; anything else is a typing mistake.
pub fn valid_influence(value: u8) -> bool {
    (1..=5).contains(&value)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Competitor {
    pub id: CompetitorId,
    pub account_id: AccountId,
    pub name: String,
    pub position: String,
    pub strengths: String,
    pub weaknesses: String,
    #[serde(default)]
    pub stamp: super::ids::Stamp,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: i64, name: &str) -> Person {
        let mut p = Person::new(AccountId(1), name);
        p.id = PersonId(id);
        p
    }

    #[test]
    fn matches_people_by_name_or_unique_prefix() {
        let people = [person(1, "Олена Коваль"), person(2, "Олег Петренко"), person(3, "Nino Beridze")];
        assert_eq!(match_people("олена коваль, Nino", &people), Ok(vec![PersonId(1), PersonId(3)]));
        assert_eq!(match_people("", &people), Ok(vec![]));
        assert!(match_people("Оле", &people).unwrap_err().contains("several"));
        assert!(match_people("Zed", &people).unwrap_err().contains("no one"));
    }

    #[test]
    fn says_who_is_missing_in_the_language_and_shows_control_characters() {
        let _uk = crate::l10n::scoped(crate::l10n::Language::Ukrainian);
        let people = [person(1, "Олена Коваль"), person(2, "Олег Петренко")];
        assert_eq!(match_people("Оле", &people), Err("«Оле» підходить кільком людям".to_string()));
        assert_eq!(match_people("Zed\u{1b}", &people), Err("у цього клієнта немає нікого на ім'я «Zed^[»".to_string()));
        let step = crate::domain::OpenNextStep {
            touchpoint_id: crate::domain::TouchpointId(4),
            promised_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            next_step: String::new(),
            due: chrono::NaiveDate::from_ymd_opt(2026, 3, 10),
        };
        assert_eq!(step.describe(), "(без тексту) (до 10.03.2026, обіцяно 01.03.2026)");
    }
}
