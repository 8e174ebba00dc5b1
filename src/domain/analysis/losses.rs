//! Losing a customer (DOMAIN.md, "Keeping the relationship alive"): when an
//! account counts as lost (no purchase for N days, by key-client type), the
//! reasons it was lost for, and the means planned to win it back.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::account::{AccountStatus, KeyClientType};
use crate::domain::sales::Month;

choice_enum! {
    /// Why a customer was lost.
    LossReason as "loss-reason" {
        Price => "price";
        Quality => "quality";
        Service => "service";
        Competitor => "competitor";
        Relocation => "relocation";
        Other => "other";
    }
}

choice_enum! {
    /// How we mean to win a lost customer back.
    WinBackMeans as "win-back-means" {
        SpecialOffer => "special_offer";
        Gift => "gift";
        Discount => "discount";
        Meeting => "meeting";
        Other => "other";
    }
}

/// A lost or former account chosen for win-back: the means planned and
/// the day to act (alerted by the check like a milestone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct WinBack {
    pub means: WinBackMeans,
    #[serde(default)]
    pub note: String,
    pub due: NaiveDate,
}

/// What the Overview and the documents add to an account's facts: its
/// own currency, when and why it was closed, and its win-back plan, each
/// only when there is one. `date` writes a date the place's way.
pub fn closing_facts(
    account: &crate::domain::Account,
    date: impl Fn(NaiveDate) -> String,
) -> Vec<(&'static str, String)> {
    use crate::domain::Choice;
    use crate::domain::text::clean_line;
    let mut facts = Vec::new();
    if let Some(currency) = &account.currency {
        facts.push((crate::l10n::text("losses-fact-currency"), clean_line(currency)));
    }
    if !account.status.is_open() {
        let status = account.status.label();
        let since = account.closed_on.map_or_else(|| "—".to_string(), &date);
        let mut closed = match account.loss_reason {
            Some(reason) => crate::t!("losses-closed", status = status, date = since, reason = reason.label()),
            None => crate::t!("losses-closed-no-reason", status = status, date = since),
        };
        if !account.loss_note.trim().is_empty() {
            closed = format!("{closed} — {}", clean_line(&account.loss_note));
        }
        facts.push((crate::l10n::text("losses-fact-closed"), closed));
    }
    if let Some(plan) = &account.win_back {
        let mut line = crate::t!("losses-win-back-plan", means = plan.means.label(), date = date(plan.due));
        if !plan.note.trim().is_empty() {
            line = format!("{line} — {}", clean_line(&plan.note));
        }
        facts.push((crate::l10n::text("losses-fact-win-back"), line));
    }
    facts
}

/// The lost-client criterion: days without a purchase after which an
/// account counts as lost, per key-client type, and how many days before
/// that the check starts to warn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LapsingRule {
    pub breadwinner: u32,
    pub prospect: u32,
    pub image_maker: u32,
    pub expert: u32,
    pub warn_days_before: u32,
}

impl Default for LapsingRule {
    fn default() -> Self {
        LapsingRule { breadwinner: 180, prospect: 180, image_maker: 180, expert: 180, warn_days_before: 60 }
    }
}

impl LapsingRule {
    pub fn lost_after(&self, client_type: KeyClientType) -> u32 {
        match client_type {
            KeyClientType::Breadwinner => self.breadwinner,
            KeyClientType::Prospect => self.prospect,
            KeyClientType::ImageMaker => self.image_maker,
            KeyClientType::Expert => self.expert,
        }
    }

    /// The latest month a last purchase can be in for an open account to be
    /// lapsing on `today` under this rule, whatever its type (None: the
    /// criterion is off for every type): accounts that bought later need
    /// not be looked at.
    pub fn latest_lapsing_month(&self, today: NaiveDate) -> Option<Month> {
        let least = <KeyClientType as crate::domain::Choice>::ALL
            .iter()
            .map(|t| self.lost_after(*t))
            .filter(|days| *days > 0)
            .map(|days| days.saturating_sub(self.warn_days_before).max(1))
            .min()?;
        let day = today.checked_sub_days(chrono::Days::new(u64::from(least)))?;
        let month = Month::of(day);
        Some(if month.last_day() <= day { month } else { month.previous() })
    }

    pub fn lost_after_mut(&mut self, client_type: KeyClientType) -> &mut u32 {
        match client_type {
            KeyClientType::Breadwinner => &mut self.breadwinner,
            KeyClientType::Prospect => &mut self.prospect,
            KeyClientType::ImageMaker => &mut self.image_maker,
            KeyClientType::Expert => &mut self.expert,
        }
    }
}

/// An open account that has not bought for a while.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Lapse {
    /// The last day of the last month with a purchase: the history knows months, not days.
    pub last_purchase: NaiveDate,
    pub days_without_purchase: i64,
    /// The criterion's days for this account's type.
    pub lost_after: u32,
    /// The criterion is met: the account counts as lost.
    pub lost: bool,
}

/// Whether an open account with a history is lapsing: no purchase for at
/// least the criterion's days less the warning days. Closed accounts,
/// accounts without a purchase on record, and a criterion of 0 never lapse.
pub fn lapse(
    last_purchase: Option<Month>,
    status: AccountStatus,
    client_type: KeyClientType,
    today: NaiveDate,
    rule: &LapsingRule,
) -> Option<Lapse> {
    let last_purchase = last_purchase?.last_day();
    let lost_after = rule.lost_after(client_type);
    if !status.is_open() || lost_after == 0 {
        return None;
    }
    let days = (today - last_purchase).num_days();
    let warn_from = i64::from(lost_after.saturating_sub(rule.warn_days_before));
    (days >= warn_from.max(1)).then_some(Lapse {
        last_purchase,
        days_without_purchase: days,
        lost_after,
        lost: days >= i64::from(lost_after),
    })
}

/// A quarter of a year, `2026-Q3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub quarter: u32,
}

impl Quarter {
    pub fn of(day: NaiveDate) -> Quarter {
        use chrono::Datelike;
        Quarter { year: day.year(), quarter: (day.month() - 1) / 3 + 1 }
    }
}

impl std::fmt::Display for Quarter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-Q{}", self.year, self.quarter)
    }
}

/// A lost or former account, as the loss report counts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Closed {
    pub id: crate::domain::ids::AccountId,
    pub name: String,
    pub status: AccountStatus,
    pub closed_on: Option<NaiveDate>,
    pub reason: Option<LossReason>,
    pub note: String,
    pub win_back: Option<WinBack>,
}

/// How many closed accounts each reason counts (None: no reason given).
pub type ReasonCounts = Vec<(Option<LossReason>, usize)>;

/// The dynamics of losses: closed accounts per quarter and reason, and the
/// refusals and lost deals of the contact log by reason.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LossReport {
    /// Quarters oldest first; each with its count per reason (None: no reason given).
    pub quarters: Vec<(Quarter, ReasonCounts)>,
    /// Closed accounts whose closing date is unknown.
    pub undated: usize,
    /// Refusal reasons, grouped whatever their case and spacing and shown as
    /// first written, most frequent first.
    pub refusals_by_reason: Vec<(String, usize)>,
    pub closed: Vec<Closed>,
    /// How many refusals and lost deals the period has.
    pub refused: usize,
}

impl LossReport {
    /// `refusals`: each reason as typed, with how many refusals and lost
    /// deals give it, the one written first first.
    pub fn new(closed: Vec<Closed>, refusals: Vec<(String, usize)>) -> LossReport {
        let mut quarters: Vec<(Quarter, ReasonCounts)> = Vec::new();
        let mut undated = 0;
        for account in &closed {
            let Some(day) = account.closed_on else {
                undated += 1;
                continue;
            };
            let quarter = Quarter::of(day);
            let index = match quarters.iter().position(|(q, _)| *q == quarter) {
                Some(i) => i,
                None => {
                    quarters.push((quarter, Vec::new()));
                    quarters.len() - 1
                }
            };
            let reasons = &mut quarters[index].1;
            match reasons.iter_mut().find(|(r, _)| *r == account.reason) {
                Some((_, n)) => *n += 1,
                None => reasons.push((account.reason, 1)),
            }
        }
        quarters.sort_by_key(|(q, _)| *q);
        // Grouped whatever the case and spacing, shown as first written.
        let fold = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let mut groups: Vec<(String, String, usize)> = Vec::new();
        let mut refused = 0;
        for (reason, count) in &refusals {
            refused += count;
            let key = fold(reason);
            match groups.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, _, n)) => *n += count,
                None => groups.push((key, reason.trim().to_string(), *count)),
            }
        }
        groups.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        let by_reason = groups.into_iter().map(|(_, shown, n)| (shown, n)).collect();
        LossReport { quarters, undated, refusals_by_reason: by_reason, closed, refused }
    }

    /// The win-back list: closed accounts chosen for win-back, by date.
    pub fn win_back(&self) -> Vec<&Closed> {
        let mut list: Vec<&Closed> = self.closed.iter().filter(|c| c.win_back.is_some()).collect();
        list.sort_by_key(|c| c.win_back.as_ref().map(|w| w.due));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No account whose last purchase is later than the latest lapsing
    /// month lapses, and an account in that month lapses for the type with
    /// the shortest criterion.
    #[test]
    fn the_latest_lapsing_month_bounds_every_lapse() {
        let rules = [
            LapsingRule::default(),
            LapsingRule { breadwinner: 90, prospect: 0, image_maker: 400, expert: 31, warn_days_before: 0 },
            LapsingRule { breadwinner: 10, prospect: 10, image_maker: 10, expert: 10, warn_days_before: 30 },
        ];
        let first = NaiveDate::from_ymd_opt(2025, 12, 25).unwrap();
        for rule in rules {
            for offset in 0..80 {
                let today = first + chrono::Days::new(offset);
                let latest = rule.latest_lapsing_month(today).unwrap();
                for months_back in 0..24 {
                    let month = Month::of(today).plus(-months_back);
                    let lapses = <KeyClientType as crate::domain::Choice>::ALL
                        .iter()
                        .any(|t| lapse(Some(month), AccountStatus::Active, *t, today, &rule).is_some());
                    assert_eq!(lapses, month <= latest, "{rule:?} on {today}: {month} against {latest}");
                }
            }
        }
        let off = LapsingRule { breadwinner: 0, prospect: 0, image_maker: 0, expert: 0, warn_days_before: 5 };
        assert_eq!(off.latest_lapsing_month(first), None);
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const MAY: Month = Month { year: 2026, month: 5 };

    #[test]
    fn warns_before_the_criterion_and_says_lost_when_it_is_met() {
        let rule = LapsingRule::default();
        let breadwinner = KeyClientType::Breadwinner;
        // The last purchase counts from 31 May: 120 days later is 28 September.
        assert_eq!(lapse(Some(MAY), AccountStatus::Active, breadwinner, day(2026, 9, 27), &rule), None);
        let warned = lapse(Some(MAY), AccountStatus::Active, breadwinner, day(2026, 9, 28), &rule).unwrap();
        assert_eq!((warned.days_without_purchase, warned.lost), (120, false));
        let lost = lapse(Some(MAY), AccountStatus::AtRisk, breadwinner, day(2026, 11, 27), &rule).unwrap();
        assert_eq!((lost.days_without_purchase, lost.lost), (180, true));
    }

    #[test]
    fn closed_accounts_and_accounts_without_purchases_never_lapse() {
        let rule = LapsingRule::default();
        let late = day(2030, 1, 1);
        assert_eq!(lapse(Some(MAY), AccountStatus::Lost, KeyClientType::Expert, late, &rule), None);
        assert_eq!(lapse(None, AccountStatus::Active, KeyClientType::Expert, late, &rule), None);
        let off = LapsingRule { expert: 0, ..rule };
        assert_eq!(lapse(Some(MAY), AccountStatus::Active, KeyClientType::Expert, late, &off), None);
    }

    fn closed(id: i64, on: Option<NaiveDate>, reason: Option<LossReason>) -> Closed {
        Closed {
            id: crate::domain::ids::AccountId(id),
            name: format!("A{id}"),
            status: AccountStatus::Lost,
            closed_on: on,
            reason,
            note: String::new(),
            win_back: None,
        }
    }

    #[test]
    fn refusals_are_grouped_whatever_the_case_and_shown_as_first_written() {
        let refusal = |reason: &str, count: usize| (reason.to_string(), count);
        let report = LossReport::new(
            vec![],
            vec![
                refusal(" Ціна  зависока", 2),
                refusal("No budget", 1),
                refusal("ЦІНА ЗАВИСОКА ", 1),
                refusal("ціна зависока", 1),
            ],
        );
        assert_eq!(report.refusals_by_reason, [("Ціна  зависока".to_string(), 4), ("No budget".to_string(), 1)]);
        assert_eq!(report.refused, 5);
    }

    #[test]
    fn losses_are_counted_per_quarter_and_reason() {
        let report = LossReport::new(
            vec![
                closed(1, Some(day(2026, 8, 1)), Some(LossReason::Price)),
                closed(2, Some(day(2026, 9, 30)), Some(LossReason::Price)),
                closed(3, Some(day(2026, 2, 1)), None),
                closed(4, None, Some(LossReason::Competitor)),
            ],
            vec![],
        );
        let q3 = Quarter { year: 2026, quarter: 3 };
        assert_eq!(report.quarters[0].0, Quarter { year: 2026, quarter: 1 });
        assert_eq!(report.quarters[1], (q3, vec![(Some(LossReason::Price), 2)]));
        assert_eq!(report.undated, 1);
        assert_eq!(q3.to_string(), "2026-Q3");
    }

    #[test]
    fn the_criterion_is_per_type() {
        let rule = LapsingRule { expert: 365, ..LapsingRule::default() };
        let today = day(2026, 12, 1);
        assert!(lapse(Some(MAY), AccountStatus::Active, KeyClientType::Breadwinner, today, &rule).unwrap().lost);
        assert_eq!(lapse(Some(MAY), AccountStatus::Active, KeyClientType::Expert, today, &rule), None);
    }
}
