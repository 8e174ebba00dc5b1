//! The decision-making map (people at the customer) and the competitors.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{AccountId, CompetitorId, PersonId};

choice_enum! {
    /// A person's part in the buying decision.
    BuyingRole {
        DecisionMaker => "decision_maker", "Decision maker";
        Influencer => "influencer", "Influencer";
        Buyer => "buyer", "Buyer";
        User => "user", "User";
        Gatekeeper => "gatekeeper", "Gatekeeper";
        Champion => "champion", "Champion";
    }
}

choice_enum! {
    /// How a person feels about us.
    Attitude {
        Supporter => "supporter", "Supporter";
        Neutral => "neutral", "Neutral";
        Opponent => "opponent", "Opponent";
    }
}

choice_enum! {
    /// How a person prefers to be reached.
    ContactChannel {
        Phone => "phone", "Phone";
        Email => "email", "Email";
        Meeting => "meeting", "Meeting";
        Messenger => "messenger", "Messenger";
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
    pub birthday: Option<NaiveDate>,
    pub notes: String,
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
        }
    }
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
}
