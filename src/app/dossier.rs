//! The dossier screen's state: which account, which section, which item.

use crate::domain::{
    CompetitorId, Dossier, DossierSection, MilestoneId, ObjectiveId, PersonId, Touchpoint, TouchpointId,
};

use super::Screen;
use super::editor::{AccountText, TextTarget};
use super::viewport::Viewport;
use crate::{l10n, t};

/// The parts of the Overview a cursor can rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewPart {
    Facts,
    Text(AccountText),
}

pub const OVERVIEW_PARTS: [OverviewPart; 6] = [
    OverviewPart::Facts,
    OverviewPart::Text(AccountText::Description),
    OverviewPart::Text(AccountText::DevelopmentHistory),
    OverviewPart::Text(AccountText::OrgStructure),
    OverviewPart::Text(AccountText::MarketEnvironment),
    OverviewPart::Text(AccountText::PreferredProducts),
];

/// The selected entry of a list section, by the id of its record: whatever
/// another process writes meanwhile, an action on it reaches the record the
/// user saw, or finds it gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Overview(OverviewPart),
    Objective(ObjectiveId),
    Milestone(MilestoneId),
    Person(PersonId),
    Touchpoint(TouchpointId),
    Competitor(CompetitorId),
}

impl Item {
    /// The section whose list holds the entry.
    pub fn section(self) -> DossierSection {
        match self {
            Item::Overview(_) => DossierSection::Overview,
            Item::Objective(_) | Item::Milestone(_) => DossierSection::Implementation,
            Item::Person(_) => DossierSection::People,
            Item::Touchpoint(_) => DossierSection::Log,
            Item::Competitor(_) => DossierSection::Competitors,
        }
    }
}

/// A place another screen opens a dossier at (the agenda, the search): a
/// section, or an item of a list section, which is then selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Section(DossierSection),
    Objective(ObjectiveId),
    Milestone(MilestoneId),
    Person(PersonId),
    Touchpoint(TouchpointId),
    Competitor(CompetitorId),
}

impl Place {
    pub fn section(self) -> DossierSection {
        match self {
            Place::Section(section) => section,
            Place::Objective(_) | Place::Milestone(_) => DossierSection::Implementation,
            Place::Person(_) => DossierSection::People,
            Place::Touchpoint(_) => DossierSection::Log,
            Place::Competitor(_) => DossierSection::Competitors,
        }
    }
}

pub struct DossierState {
    pub dossier: Dossier,
    pub section: DossierSection,
    /// Index of the selected entry in a list section.
    pub selected: usize,
    /// The window over the log.
    pub log_view: Viewport,
    /// First line shown of a text section.
    pub scroll: u16,
    /// Touchpoints in the whole log; `dossier.touchpoints` holds a window of it.
    pub log_total: usize,
    /// Where `dossier.touchpoints[0]` stands in the whole log (0 = the newest).
    pub log_offset: usize,
    /// Where Esc goes back to: the portfolio, or the agenda it was opened from.
    pub return_to: Screen,
    /// The plan's latest review, and whether it changed since.
    pub review: Option<crate::store::review::ReviewStatus>,
    /// What the sections show beside the dossier: sales, rhythm, coverage, plan against actual.
    pub extra: DossierExtra,
}

/// One month of an account's sales, as the Sales section shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesMonth {
    pub month: crate::domain::sales::Month,
    /// Hundredths.
    pub amount: i64,
    pub profit: Option<i64>,
    pub volume: Option<i64>,
    /// The products the month's rows name.
    pub products: Vec<String>,
}

impl SalesMonth {
    /// A month without sales.
    pub fn empty(month: crate::domain::sales::Month) -> SalesMonth {
        SalesMonth { month, amount: 0, profit: None, volume: None, products: Vec::new() }
    }
}

/// What the dossier's sections show beside the plan, read with it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DossierExtra {
    /// The last months of the sales history, newest first, a month
    /// without sales as zero (none when there is no history).
    pub months: Vec<SalesMonth>,
    /// Contacts per month over the last twelve complete months and this one, oldest first.
    pub rhythm: Vec<u32>,
    /// The day each person was last contacted.
    pub last_contacts: std::collections::HashMap<PersonId, chrono::NaiveDate>,
    /// The account's contact standard (None for a closed account).
    pub standard: Option<crate::domain::Cadence>,
    /// Each objective against what was sold that year.
    pub plan: Vec<crate::domain::analysis::PlanLine>,
}

/// How many touchpoints are read at a time: a screen's worth, many times over.
pub const LOG_PAGE: usize = 200;

impl DossierState {
    /// `dossier` holds the newest touchpoints of its log.
    pub fn new(dossier: Dossier, log_total: usize, section: DossierSection) -> Self {
        DossierState {
            dossier,
            section,
            selected: 0,
            log_view: Viewport::default(),
            scroll: 0,
            log_total,
            log_offset: 0,
            return_to: Screen::Portfolio,
            review: None,
            extra: DossierExtra::default(),
        }
    }

    /// When the log's selection nears the end of what is loaded and older
    /// touchpoints exist: where in the log to read the next page from.
    pub fn wants_older(&self) -> Option<usize> {
        let loaded = self.dossier.touchpoints.len();
        let end = self.log_offset + loaded;
        let near_end = self.selected + LOG_PAGE / 4 >= loaded;
        (self.section == DossierSection::Log && near_end && end < self.log_total).then_some(end)
    }

    /// When the log's selection nears the start of what is loaded and newer
    /// touchpoints exist: where in the log to read them from.
    pub fn wants_newer(&self) -> Option<usize> {
        let near_start = self.selected < LOG_PAGE / 4;
        (self.section == DossierSection::Log && near_start && self.log_offset > 0)
            .then(|| self.log_offset.saturating_sub(LOG_PAGE))
    }

    /// Puts newer touchpoints (read from `start`) before those loaded; the
    /// selection and the view stay on the same touchpoints.
    pub fn prepend_newer(&mut self, newer: Vec<Touchpoint>, start: usize) {
        let added = newer.len();
        self.dossier.touchpoints.splice(0..0, newer);
        self.log_offset = start;
        self.selected += added;
        self.log_view.shift(added);
    }

    /// Replaces the loaded part of the log by `window`, read from `start`.
    pub fn show_log_window(&mut self, window: Vec<Touchpoint>, start: usize) {
        self.dossier.touchpoints = window;
        self.log_offset = start;
        self.selected = self.selected.min(self.dossier.touchpoints.len().saturating_sub(1));
    }

    pub fn show(&mut self, section: DossierSection) {
        if self.section != section {
            self.section = section;
            self.selected = 0;
            self.scroll = 0;
        }
    }

    /// How many entries the current section lists (0 for text sections).
    pub fn item_count(&self) -> usize {
        let d = &self.dossier;
        match self.section {
            DossierSection::Overview => OVERVIEW_PARTS.len(),
            DossierSection::Implementation => d.objectives.len() + d.milestones.len(),
            DossierSection::People => d.people.len(),
            DossierSection::Log => d.touchpoints.len(),
            DossierSection::Competitors => d.competitors.len(),
            DossierSection::Sales => self.extra.months.len(),
            DossierSection::Charter | DossierSection::Situation | DossierSection::Strategy => 0,
        }
    }

    /// An item as a question names it: `the touchpoint of 2026-11-20 «Call about…»`.
    pub fn describe(&self, item: Item) -> String {
        let d = &self.dossier;
        let quoted = |text: &str| {
            let line = crate::domain::text::clean_line(text.lines().next().unwrap_or(""));
            format!("«{}»", crate::domain::text::truncate(&line, 40))
        };
        match item {
            Item::Objective(id) => d
                .objectives
                .iter()
                .find(|o| o.id == id)
                .map(|o| t!("dossier-describe-objective", year = o.year.to_string(), product = quoted(&o.product))),
            Item::Milestone(id) => d
                .milestones
                .iter()
                .find(|m| m.id == id)
                .map(|m| t!("dossier-describe-milestone", title = quoted(&m.title), due = l10n::date(m.due))),
            Item::Person(id) => {
                d.people.iter().find(|p| p.id == id).map(|p| t!("dossier-describe-person", name = quoted(&p.name)))
            }
            Item::Touchpoint(id) => d
                .touchpoints
                .iter()
                .find(|t| t.id == id)
                .map(|t| t!("dossier-describe-touchpoint", date = l10n::date(t.date), summary = quoted(&t.summary))),
            Item::Competitor(id) => d
                .competitors
                .iter()
                .find(|c| c.id == id)
                .map(|c| t!("dossier-describe-competitor", name = quoted(&c.name))),
            Item::Overview(_) => None,
        }
        .unwrap_or_else(|| l10n::text("dossier-describe-selected").to_string())
    }

    /// The revision of the item's record as this screen last read it.
    pub fn revision(&self, item: Item) -> Option<i64> {
        let d = &self.dossier;
        match item {
            Item::Objective(id) => d.objectives.iter().find(|o| o.id == id).map(|o| o.stamp.revision),
            Item::Milestone(id) => d.milestones.iter().find(|m| m.id == id).map(|m| m.stamp.revision),
            Item::Person(id) => d.people.iter().find(|p| p.id == id).map(|p| p.stamp.revision),
            Item::Touchpoint(id) => d.touchpoints.iter().find(|t| t.id == id).map(|t| t.stamp.revision),
            Item::Competitor(id) => d.competitors.iter().find(|c| c.id == id).map(|c| c.stamp.revision),
            Item::Overview(_) => Some(d.account.stamp.revision),
        }
    }

    pub fn item(&self) -> Option<Item> {
        self.item_at(self.selected)
    }

    /// The entry at `i` of the current section's list.
    pub fn item_at(&self, i: usize) -> Option<Item> {
        if i >= self.item_count() {
            return None;
        }
        let d = &self.dossier;
        let objectives = d.objectives.len();
        Some(match self.section {
            DossierSection::Overview => Item::Overview(OVERVIEW_PARTS[i]),
            DossierSection::Implementation if i < objectives => Item::Objective(d.objectives[i].id),
            DossierSection::Implementation => Item::Milestone(d.milestones[i - objectives].id),
            DossierSection::People => Item::Person(d.people[i].id),
            DossierSection::Log => Item::Touchpoint(d.touchpoints[i].id),
            DossierSection::Competitors => Item::Competitor(d.competitors[i].id),
            _ => return None,
        })
    }

    /// Where an item stands in its section's list, if it is loaded.
    fn position(&self, item: Item) -> Option<usize> {
        let d = &self.dossier;
        match item {
            Item::Overview(part) => OVERVIEW_PARTS.iter().position(|p| *p == part),
            Item::Objective(id) => d.objectives.iter().position(|o| o.id == id),
            Item::Milestone(id) => d.milestones.iter().position(|m| m.id == id).map(|i| i + d.objectives.len()),
            Item::Person(id) => d.people.iter().position(|p| p.id == id),
            Item::Touchpoint(id) => d.touchpoints.iter().position(|t| t.id == id),
            Item::Competitor(id) => d.competitors.iter().position(|c| c.id == id),
        }
    }

    /// Selects an entry of the current section's list by its record, if it
    /// is loaded (a click: the row named the record it showed).
    pub fn select_item(&mut self, item: Item) {
        // A click on a frame of another section reaches nothing here.
        if item.section() != self.section {
            return;
        }
        if let Some(position) = self.position(item) {
            self.selected = position;
        }
    }

    /// The text `e` and `E` would edit here.
    pub fn text_target(&self) -> Option<TextTarget> {
        if let Some(plan) = self.section.plan_section() {
            return Some(TextTarget::Plan(plan));
        }
        match self.item() {
            Some(Item::Overview(OverviewPart::Text(text))) => Some(TextTarget::Account(text)),
            _ => None,
        }
    }

    /// Moves the selection (list sections) or the scroll (text sections) by `delta`.
    pub fn step(&mut self, delta: isize) {
        let count = self.item_count();
        if count == 0 {
            self.scroll = self.scroll.saturating_add_signed(delta.clamp(-1000, 1000) as i16);
            return;
        }
        self.selected = self.selected.saturating_add_signed(delta).min(count - 1);
    }

    pub fn jump(&mut self, to_end: bool) {
        let count = self.item_count();
        if count == 0 {
            self.scroll = if to_end { u16::MAX } else { 0 };
        } else {
            self.selected = if to_end { count - 1 } else { 0 };
        }
    }

    /// Shows the place's section with its item selected (the first entry
    /// when the item is not among those loaded).
    pub fn select_place(&mut self, place: Place) {
        self.show(place.section());
        let item = match place {
            Place::Section(_) => None,
            Place::Objective(id) => Some(Item::Objective(id)),
            Place::Milestone(id) => Some(Item::Milestone(id)),
            Place::Person(id) => Some(Item::Person(id)),
            Place::Touchpoint(id) => Some(Item::Touchpoint(id)),
            Place::Competitor(id) => Some(Item::Competitor(id)),
        };
        self.selected = item.and_then(|item| self.position(item)).unwrap_or(0);
    }

    /// Replaces the dossier after a save or another process's write,
    /// keeping the same record selected wherever it now stands (the one
    /// nearest its old place when it is gone); `dossier.touchpoints` is read
    /// from `log_offset` on.
    pub fn reload(&mut self, dossier: Dossier, log_total: usize) {
        let selected = self.item();
        self.dossier = dossier;
        self.log_total = log_total;
        let kept = selected.and_then(|item| self.position(item));
        self.selected = kept.unwrap_or(self.selected).min(self.item_count().saturating_sub(1));
    }
}
