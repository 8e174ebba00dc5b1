//! The sections of a dossier: the workbench's tabs, the headings of an
//! exported document and the names `keyplan show --section` accepts.

use super::PlanSection;
use crate::{l10n, t};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DossierSection {
    Overview,
    Charter,
    Situation,
    Strategy,
    Implementation,
    People,
    Log,
    Competitors,
    /// The sales history month by month (a workbench tab; documents and
    /// `show --section` keep to the eight sections of the plan).
    Sales,
}

impl DossierSection {
    /// In the order of the workbench's tabs.
    pub const ALL: [DossierSection; 8] = [
        DossierSection::Overview,
        DossierSection::Charter,
        DossierSection::Situation,
        DossierSection::Strategy,
        DossierSection::Implementation,
        DossierSection::People,
        DossierSection::Log,
        DossierSection::Competitors,
    ];

    /// The workbench's tabs: the sections, then the sales history.
    pub const TABS: [DossierSection; 9] = [
        DossierSection::Overview,
        DossierSection::Charter,
        DossierSection::Situation,
        DossierSection::Strategy,
        DossierSection::Implementation,
        DossierSection::People,
        DossierSection::Log,
        DossierSection::Competitors,
        DossierSection::Sales,
    ];

    /// The tab's number, from 1.
    pub fn number(self) -> usize {
        DossierSection::TABS.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            DossierSection::Overview => l10n::text("dossier-tab-overview"),
            DossierSection::Charter => l10n::text("dossier-tab-charter"),
            DossierSection::Situation => l10n::text("dossier-tab-situation"),
            DossierSection::Strategy => l10n::text("dossier-tab-strategy"),
            DossierSection::Implementation => l10n::text("dossier-tab-implementation"),
            DossierSection::People => l10n::text("dossier-tab-people"),
            DossierSection::Log => l10n::text("dossier-tab-log"),
            DossierSection::Competitors => l10n::text("dossier-tab-competitors"),
            DossierSection::Sales => l10n::text("dossier-tab-sales"),
        }
    }

    /// For narrow terminals, where the full tab row does not fit.
    pub fn short_title(self) -> &'static str {
        match self {
            DossierSection::Overview => l10n::text("dossier-tab-short-overview"),
            DossierSection::Charter => l10n::text("dossier-tab-short-charter"),
            DossierSection::Situation => l10n::text("dossier-tab-short-situation"),
            DossierSection::Strategy => l10n::text("dossier-tab-short-strategy"),
            DossierSection::Implementation => l10n::text("dossier-tab-short-implementation"),
            DossierSection::People => l10n::text("dossier-tab-short-people"),
            DossierSection::Log => l10n::text("dossier-tab-short-log"),
            DossierSection::Competitors => l10n::text("dossier-tab-short-competitors"),
            DossierSection::Sales => l10n::text("dossier-tab-short-sales"),
        }
    }

    /// The heading of the section in an exported document.
    pub fn heading(self) -> &'static str {
        match self {
            DossierSection::Overview => l10n::text("dossier-heading-overview"),
            DossierSection::Situation => PlanSection::Situation.title(),
            other => other.title(),
        }
    }

    /// The name on the command line.
    pub fn key(self) -> &'static str {
        match self {
            DossierSection::Overview => "overview",
            DossierSection::Charter => "charter",
            DossierSection::Situation => "situation",
            DossierSection::Strategy => "strategy",
            DossierSection::Implementation => "implementation",
            DossierSection::People => "people",
            DossierSection::Log => "log",
            DossierSection::Competitors => "competitors",
            DossierSection::Sales => "sales",
        }
    }

    /// A key, ignoring case; a few obvious synonyms too.
    pub fn parse(input: &str) -> Option<DossierSection> {
        let wanted = input.trim().to_lowercase();
        let synonym = match wanted.as_str() {
            "general" | "info" | "facts" => Some(DossierSection::Overview),
            "situation_assessment" | "situation-assessment" => Some(DossierSection::Situation),
            "plan" | "objectives" | "milestones" => Some(DossierSection::Implementation),
            "contacts" | "touchpoints" => Some(DossierSection::Log),
            _ => None,
        };
        synonym.or_else(|| DossierSection::ALL.into_iter().find(|s| s.key() == wanted))
    }

    /// The keys in one sentence: "overview, charter, ... or competitors".
    pub fn names() -> String {
        let keys: Vec<&str> = DossierSection::ALL.iter().map(|s| s.key()).collect();
        t!("dossier-section-names", most = keys[..keys.len() - 1].join(", "), last = keys[keys.len() - 1])
    }

    pub fn next(self) -> DossierSection {
        DossierSection::TABS[self.number() % DossierSection::TABS.len()]
    }

    pub fn prev(self) -> DossierSection {
        DossierSection::TABS[(self.number() + DossierSection::TABS.len() - 2) % DossierSection::TABS.len()]
    }

    /// The plan text a text section shows.
    pub fn plan_section(self) -> Option<PlanSection> {
        match self {
            DossierSection::Charter => Some(PlanSection::Charter),
            DossierSection::Situation => Some(PlanSection::Situation),
            DossierSection::Strategy => Some(PlanSection::Strategy),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_cycle_both_ways() {
        assert_eq!(DossierSection::Overview.next(), DossierSection::Charter);
        assert_eq!(DossierSection::Competitors.next(), DossierSection::Sales);
        assert_eq!(DossierSection::Sales.next(), DossierSection::Overview);
        assert_eq!(DossierSection::Overview.prev(), DossierSection::Sales);
        assert_eq!(DossierSection::Log.number(), 7);
    }

    #[test]
    fn sections_parse_by_key_and_synonym() {
        for s in DossierSection::ALL {
            assert_eq!(DossierSection::parse(s.key()), Some(s));
            assert_eq!(DossierSection::parse(&s.key().to_uppercase()), Some(s));
        }
        assert_eq!(DossierSection::parse("touchpoints"), Some(DossierSection::Log));
        assert_eq!(DossierSection::parse("nonsense"), None);
        assert!(DossierSection::names().ends_with("log or competitors"));
    }
}
