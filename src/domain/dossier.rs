//! Everything keyplan knows about one account, as one value.

use serde::{Deserialize, Serialize};

use super::{Account, Competitor, Milestone, Objective, Person, PlanSection, TextPart, Touchpoint};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    pub account: Account,
    pub charter: String,
    pub situation: String,
    pub strategy: String,
    /// By year, then product.
    pub objectives: Vec<Objective>,
    /// By due date.
    pub milestones: Vec<Milestone>,
    /// By name.
    pub people: Vec<Person>,
    pub competitors: Vec<Competitor>,
    /// Newest first.
    pub touchpoints: Vec<Touchpoint>,
    /// The sales history: newest month first, then by product. Read and
    /// written with the dossier (the sample, an export, an import).
    #[serde(default)]
    pub sales: Vec<super::sales::Sale>,
    /// The revision of each long text as it was read (0: never saved since
    /// revisions were kept).
    #[serde(skip)]
    pub text_revisions: TextRevisions,
}

/// The revisions of a dossier's long texts, in the order of [`TextPart::ALL`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextRevisions(pub [i64; 8]);

impl TextRevisions {
    pub fn get(&self, part: TextPart) -> i64 {
        self.0[Self::index(part)]
    }

    pub fn set(&mut self, part: TextPart, revision: i64) {
        self.0[Self::index(part)] = revision;
    }

    fn index(part: TextPart) -> usize {
        TextPart::ALL.iter().position(|p| *p == part).unwrap_or(0)
    }
}

impl Dossier {
    pub fn new(account: Account) -> Self {
        Dossier {
            account,
            charter: String::new(),
            situation: String::new(),
            strategy: String::new(),
            objectives: Vec::new(),
            milestones: Vec::new(),
            people: Vec::new(),
            competitors: Vec::new(),
            touchpoints: Vec::new(),
            sales: Vec::new(),
            text_revisions: TextRevisions::default(),
        }
    }

    pub fn plan_text(&self, section: PlanSection) -> &str {
        match section {
            PlanSection::Charter => &self.charter,
            PlanSection::Situation => &self.situation,
            PlanSection::Strategy => &self.strategy,
        }
    }

    pub fn plan_text_mut(&mut self, section: PlanSection) -> &mut String {
        match section {
            PlanSection::Charter => &mut self.charter,
            PlanSection::Situation => &mut self.situation,
            PlanSection::Strategy => &mut self.strategy,
        }
    }

    /// The channel of the most recent contact: the likely channel of the next one.
    pub fn last_channel(&self) -> Option<super::Channel> {
        self.touchpoints.first().map(|t| t.channel)
    }

    pub fn person_name(&self, id: super::PersonId) -> Option<&str> {
        self.people.iter().find(|p| p.id == id).map(|p| p.name.as_str())
    }
}
