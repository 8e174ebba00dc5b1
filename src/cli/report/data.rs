//! The five reports as data: read once from the store, judged by the
//! domain's rules, and kept with the English field names and stored keys
//! that JSON and CSV write (README, "Reports"). `parts` says each one to a
//! person, in the interface language.

use chrono::NaiveDate;
use serde::Serialize;

use super::document::{Chart, Column, Fit, Part, Table};
use crate::domain::analysis::{Abc, AnalysisSettings, Basis, Pointer, SalesAnalysis, Xyz};
use crate::domain::sales::{Month, Period};
use crate::domain::text::clean_line;
use crate::domain::{AccountStatus, CadenceDefaults, Choice, KeyClientType};
use crate::l10n::{self, text};
use crate::store::{Store, StoreError};

/// An amount in hundredths as a decimal number of currency units.
fn units(hundredths: i64) -> f64 {
    hundredths as f64 / 100.0
}

/// An amount as a reader takes it in: whole units, digits grouped.
pub fn money(hundredths: i64) -> String {
    l10n::group_digits(l10n::whole_units(hundredths))
}

/// A fraction of 1 as a percentage with one decimal, the language's mark.
pub fn percent(fraction: f64) -> String {
    // + 0.0 turns a rounded -0 into 0: "-0.0%" would read as a loss.
    let text = format!("{:.1}%", (fraction * 1000.0).round() / 10.0 + 0.0);
    if l10n::language() == l10n::Language::English { text } else { text.replace('.', ",") }
}

/// A name or a note from the database, one line, control characters shown.
fn shown(text: &str) -> String {
    clean_line(text)
}

fn period_text(period: Period) -> String {
    if period.first.month == 1 && period.through.month == 12 && period.first.year == period.through.year {
        period.first.year.to_string()
    } else {
        let month = |m: crate::domain::Month| l10n::month_year(m.year, m.month);
        format!("{} – {}", month(period.first), month(period.through))
    }
}

fn no_history(period: Period) -> String {
    crate::t!("report-no-history", period = period_text(period))
}

/// `██████░░░░ 62%`: how much of a plan is done, in ten cells.
fn bar(done: Option<f64>) -> String {
    match done {
        None => "—".into(),
        Some(done) => {
            let full = (done.clamp(0.0, 1.0) * 10.0).round() as usize;
            format!("{}{} {}", "█".repeat(full), "░".repeat(10 - full), percent(done))
        }
    }
}

/// Contacts per month as `▁▃█▅`: each month's height against the busiest.
pub fn sparkline(months: &[u32]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = months.iter().copied().max().unwrap_or(0);
    months
        .iter()
        .map(|&n| if max == 0 || n == 0 { BARS[0] } else { BARS[(n as usize * 7).div_ceil(max as usize).min(7)] })
        .collect()
}

fn pointer_text(pointer: Pointer) -> &'static str {
    match pointer {
        Pointer::NotKeyAboveLine => text("report-pointer-not-key-above-line"),
        Pointer::KeyFarBelowLine => text("report-pointer-key-far-below-line"),
    }
}

fn basis_text(basis: Basis) -> &'static str {
    match basis {
        Basis::Sales => text("report-col-sales"),
        Basis::Profit => text("report-col-profit"),
    }
}

/// `2026-11` as a date column shows it.
fn day(date: Option<NaiveDate>) -> String {
    date.map(l10n::date).unwrap_or_else(|| "—".into())
}

// ---------------------------------------------------------------- Pareto

#[derive(Debug, Serialize)]
pub struct ParetoAccount {
    pub rank: usize,
    pub id: i64,
    pub name: String,
    pub status: &'static str,
    pub amount: f64,
    pub share: f64,
    pub cumulative_share: f64,
    pub above_line: bool,
    pub pointer: Option<Pointer>,
    #[serde(skip)]
    pub hundredths: i64,
}

/// A currency and how many accounts are in it.
#[derive(Debug, Serialize)]
pub struct CurrencyCount {
    pub currency: Option<String>,
    pub accounts: usize,
}

/// "In UAH; GBP (3), GEL (2) apart": amounts are never added across currencies.
fn currency_note(currency: &Option<String>, others: &[CurrencyCount]) -> Option<String> {
    if others.is_empty() {
        return None;
    }
    let name = |c: &Option<String>| c.clone().unwrap_or_else(|| text("report-currency-none").to_string());
    let list = others.iter().map(|o| format!("{} ({})", name(&o.currency), o.accounts)).collect::<Vec<_>>().join(", ");
    Some(crate::t!("report-currency-note", currency = name(currency), others = list))
}

#[derive(Debug, Serialize)]
pub struct ParetoReport {
    pub report: &'static str,
    pub period: Period,
    /// The currency of every amount (accounts in others are analysed apart).
    pub currency: Option<String>,
    pub other_currencies: Vec<CurrencyCount>,
    pub basis: Basis,
    pub cutoff: f64,
    pub total: f64,
    pub accounts_above_line: usize,
    pub accounts_without_history: usize,
    pub accounts: Vec<ParetoAccount>,
}

impl ParetoReport {
    pub fn of(analysis: &SalesAnalysis) -> ParetoReport {
        let p = &analysis.pareto;
        ParetoReport {
            report: "pareto",
            period: analysis.period,
            currency: analysis.currency.clone(),
            other_currencies: analysis
                .currencies
                .iter()
                .filter(|(c, _)| *c != analysis.currency)
                .map(|(c, n)| CurrencyCount { currency: c.clone(), accounts: *n })
                .collect(),
            basis: Basis::Sales,
            cutoff: p.cutoff,
            total: units(p.total),
            accounts_above_line: p.above_line,
            accounts_without_history: analysis.without_history,
            accounts: p
                .rows
                .iter()
                .map(|r| ParetoAccount {
                    rank: r.rank,
                    id: r.account.id.0,
                    name: r.account.name.clone(),
                    status: r.account.status.key(),
                    amount: units(r.account.amount),
                    share: r.share,
                    cumulative_share: r.cumulative_share,
                    above_line: r.above_line,
                    pointer: r.pointer,
                    hundredths: r.account.amount,
                })
                .collect(),
        }
    }

    pub fn has_history(&self) -> bool {
        self.total > 0.0
    }

    pub fn parts(&self) -> Vec<Part> {
        let mut parts = vec![Part::Heading(2, text("report-pareto-title").into())];
        if !self.has_history() {
            parts.push(Part::Paragraph(no_history(self.period)));
            return parts;
        }
        parts.push(Part::Paragraph(crate::t!(
            "report-pareto-summary",
            above = self.accounts_above_line,
            accounts = self.accounts.len(),
            cutoff = percent(self.cutoff),
            period = period_text(self.period),
            total = money((self.total * 100.0).round() as i64)
        )));
        if let Some(note) = currency_note(&self.currency, &self.other_currencies) {
            parts.push(Part::Paragraph(note));
        }
        parts.push(Part::Chart(Chart::Pareto));
        let mut table = Table::new(vec![
            Column::number(text("report-col-rank"), Fit::Drop(3)),
            Column::text(text("report-col-account"), Fit::Name),
            Column::number(text("report-col-sales"), Fit::Keep),
            Column::number(text("report-col-share"), Fit::Drop(2)),
            Column::number(text("report-col-cumulative"), Fit::Keep),
            Column::text(text("report-col-status"), Fit::Drop(4)),
            Column::text(text("report-col-note"), Fit::Drop(1)),
        ]);
        for a in &self.accounts {
            table.push(vec![
                a.rank.to_string(),
                shown(&a.name),
                money(a.hundredths),
                percent(a.share),
                percent(a.cumulative_share),
                AccountStatus::parse(a.status).map_or("", |s| s.label()).to_string(),
                a.pointer.map_or("", pointer_text).to_string(),
            ]);
        }
        table.line = Some((
            self.accounts_above_line,
            crate::t!("report-pareto-line", cutoff = percent(self.cutoff), above = self.accounts_above_line),
        ));
        parts.push(Part::Table(table));
        parts
    }
}

// ---------------------------------------------------------------- ABC-XYZ

#[derive(Debug, Serialize)]
pub struct ClassAccount {
    pub rank: usize,
    pub id: i64,
    pub name: String,
    pub status: &'static str,
    pub amount: Option<f64>,
    pub share: f64,
    pub cumulative_share: f64,
    pub abc: Option<Abc>,
    pub xyz: Option<Xyz>,
    pub cv: Option<f64>,
    #[serde(skip)]
    pub hundredths: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixCell {
    pub abc: Abc,
    pub xyz: Option<Xyz>,
    pub accounts: usize,
    pub amount: f64,
    pub share: f64,
}

#[derive(Debug, Serialize)]
pub struct Thresholds {
    pub a: f64,
    pub b: f64,
    pub x: f64,
    pub y: f64,
    pub min_months: u32,
}

#[derive(Debug, Serialize)]
pub struct ClassReport {
    pub report: &'static str,
    pub period: Period,
    pub currency: Option<String>,
    pub other_currencies: Vec<CurrencyCount>,
    pub basis: Basis,
    pub thresholds: Thresholds,
    pub matrix: Vec<MatrixCell>,
    pub unclassified: usize,
    pub accounts: Vec<ClassAccount>,
}

impl ClassReport {
    pub fn of(
        period: Period,
        basis: Basis,
        classes: &crate::domain::analysis::Classes,
        accounts: &[crate::domain::analysis::AccountSales],
        settings: &AnalysisSettings,
    ) -> ClassReport {
        let value = |a: &crate::domain::analysis::AccountSales| basis.value(a);
        let mut ranked: Vec<&crate::domain::analysis::AccountSales> = accounts.iter().collect();
        ranked.sort_by(|a, b| value(b).cmp(&value(a)).then_with(|| a.name.cmp(&b.name)).then(a.id.cmp(&b.id)));
        let total: i64 = ranked.iter().filter_map(|a| value(a)).map(|v| v.max(0)).sum();
        let fraction = |v: i64| if total > 0 { v as f64 / total as f64 } else { 0.0 };
        let mut running = 0;
        let rows = ranked
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let v = value(a);
                running += v.unwrap_or(0).max(0);
                let class = classes.of(a.id);
                ClassAccount {
                    rank: i + 1,
                    id: a.id.0,
                    name: a.name.clone(),
                    status: a.status.key(),
                    amount: v.map(units),
                    share: fraction(v.unwrap_or(0)),
                    cumulative_share: fraction(running),
                    abc: class.abc,
                    xyz: class.xyz,
                    cv: class.cv,
                    hundredths: v,
                }
            })
            .collect();
        let m = &classes.matrix;
        let mut matrix = Vec::new();
        for abc in Abc::ALL {
            for xyz in Xyz::ALL {
                let c = m.cell(abc, xyz);
                matrix.push(MatrixCell {
                    abc,
                    xyz: Some(xyz),
                    accounts: c.accounts,
                    amount: units(c.amount),
                    share: c.share,
                });
            }
            let c = m.without_xyz[abc as usize];
            matrix.push(MatrixCell { abc, xyz: None, accounts: c.accounts, amount: units(c.amount), share: c.share });
        }
        ClassReport {
            report: "abc-xyz",
            period,
            currency: None,
            other_currencies: Vec::new(),
            basis,
            thresholds: Thresholds {
                a: settings.abc_a,
                b: settings.abc_b,
                x: settings.xyz_x,
                y: settings.xyz_y,
                min_months: settings.xyz_min_months,
            },
            matrix,
            unclassified: m.unclassified,
            accounts: rows,
        }
    }

    pub fn has_history(&self) -> bool {
        self.accounts.iter().any(|a| a.abc.is_some())
    }

    pub fn cell(&self, abc: Abc, xyz: Option<Xyz>) -> Option<&MatrixCell> {
        self.matrix.iter().find(|c| c.abc == abc && c.xyz == xyz)
    }

    pub fn parts(&self) -> Vec<Part> {
        let mut parts = vec![Part::Heading(2, text("report-abc-xyz-title").into())];
        if !self.has_history() {
            parts.push(Part::Paragraph(no_history(self.period)));
            return parts;
        }
        let t = &self.thresholds;
        parts.push(Part::Paragraph(crate::t!(
            "report-abc-xyz-summary",
            basis = basis_text(self.basis).to_lowercase(),
            period = period_text(self.period),
            a = percent(t.a),
            b = percent(t.b),
            x = percent(t.x),
            y = percent(t.y)
        )));
        if let Some(note) = currency_note(&self.currency, &self.other_currencies) {
            parts.push(Part::Paragraph(note));
        }
        parts.push(Part::Chart(Chart::Matrix));
        let mut matrix = Table::new(vec![
            Column::text("", Fit::Keep),
            Column::number("X", Fit::Keep),
            Column::number("Y", Fit::Keep),
            Column::number("Z", Fit::Keep),
            Column::number(text("report-without-xyz"), Fit::Drop(1)),
        ]);
        for abc in Abc::ALL {
            let mut row = vec![abc.letter().to_string()];
            for xyz in [Some(Xyz::X), Some(Xyz::Y), Some(Xyz::Z), None] {
                let c = self.cell(abc, xyz).expect("every cell is listed");
                row.push(format!("{} · {}", c.accounts, percent(c.share)));
            }
            matrix.push(row);
        }
        parts.push(Part::Table(matrix));
        parts.push(Part::Paragraph(crate::t!("report-unclassified", count = self.unclassified)));
        parts.push(Part::Heading(3, text("report-classes-title").into()));
        let mut table = Table::new(vec![
            Column::number(text("report-col-rank"), Fit::Drop(3)),
            Column::text(text("report-col-account"), Fit::Name),
            Column::text(text("report-col-class"), Fit::Keep),
            Column::number(basis_text(self.basis), Fit::Keep),
            Column::number(text("report-col-share"), Fit::Drop(2)),
            Column::number(text("report-col-cumulative"), Fit::Drop(4)),
            Column::number(text("report-col-cv"), Fit::Drop(1)),
        ]);
        for a in &self.accounts {
            let class = crate::domain::analysis::AbcXyz { abc: a.abc, xyz: a.xyz, cv: a.cv };
            table.push(vec![
                a.rank.to_string(),
                shown(&a.name),
                class.code(),
                a.hundredths.map(money).unwrap_or_else(|| "—".into()),
                percent(a.share),
                percent(a.cumulative_share),
                a.cv.map(percent).unwrap_or_else(|| "—".into()),
            ]);
        }
        parts.push(Part::Table(table));
        parts
    }
}

// ---------------------------------------------------------------- Plan

#[derive(Debug, Serialize)]
pub struct PlanRow {
    pub objective_id: i64,
    pub account_id: i64,
    pub account: String,
    pub product: String,
    pub currency: Option<String>,
    pub planned_volume: String,
    pub planned_volume_number: Option<f64>,
    pub actual_volume: Option<f64>,
    pub volume_done: Option<f64>,
    pub expected_profit: Option<f64>,
    pub actual_profit: Option<f64>,
    pub profit_done: Option<f64>,
    pub actual_sales: f64,
    pub by_product: bool,
    #[serde(skip)]
    pub sales_hundredths: i64,
}

#[derive(Debug, Serialize)]
pub struct PlanReport {
    pub report: &'static str,
    pub year: i32,
    /// The share of the year gone by `today`: where a plan on pace would be.
    pub year_gone: f64,
    pub objectives: Vec<PlanRow>,
    /// One line per currency, as the Plan tab shows them.
    #[serde(skip)]
    pub totals: Vec<crate::domain::analysis::PlanTotals>,
}

impl PlanReport {
    /// `default`: the currency of accounts that name none.
    pub fn read(store: &Store, year: i32, today: NaiveDate, default: Option<&str>) -> Result<PlanReport, StoreError> {
        let lines = store.plan_lines(year, today)?;
        let totals = crate::domain::analysis::plan_totals(&lines, default);
        let objectives = lines
            .into_iter()
            .map(|l| PlanRow {
                objective_id: l.objective.id.0,
                account_id: l.objective.account_id.0,
                account: l.account,
                product: l.objective.product.clone(),
                currency: l.currency,
                planned_volume: l.objective.planned_volume.clone(),
                planned_volume_number: l.volume.map(|v| units(v.planned)),
                actual_volume: l.actual.volume.map(units),
                // Done only where the sales rows record a volume.
                volume_done: l.actual.volume.and(l.volume).and_then(|v| v.done),
                expected_profit: l.objective.expected_profit.map(|p| p as f64),
                actual_profit: l.actual.profit.map(units),
                profit_done: l.profit.and_then(|p| p.done),
                actual_sales: units(l.actual.amount),
                by_product: l.actual.by_product,
                sales_hundredths: l.actual.amount,
            })
            .collect();
        Ok(PlanReport {
            report: "plan",
            year,
            year_gone: crate::domain::analysis::pace(year, today),
            objectives,
            totals,
        })
    }

    pub fn parts(&self) -> Vec<Part> {
        let mut parts = vec![Part::Heading(2, crate::t!("report-plan-title", year = self.year))];
        if self.objectives.is_empty() {
            parts.push(Part::Paragraph(crate::t!("report-plan-none", year = self.year)));
            return parts;
        }
        parts.push(Part::Paragraph(crate::t!("report-plan-pace", gone = percent(self.year_gone))));
        parts.push(Part::Chart(Chart::Plan));
        let mut table = Table::new(vec![
            Column::text(text("report-col-account"), Fit::Name),
            Column::text(text("report-col-product"), Fit::Drop(3)),
            Column::number(text("report-col-planned-volume"), Fit::Drop(5)),
            Column::number(text("report-col-actual-volume"), Fit::Drop(6)),
            Column::text(text("report-col-volume-done"), Fit::Keep),
            Column::number(text("report-col-expected-profit"), Fit::Drop(4)),
            Column::text(text("report-col-profit-done"), Fit::Drop(2)),
            Column::number(text("report-col-sales"), Fit::Drop(7)),
        ]);
        for o in &self.objectives {
            table.push(vec![
                shown(&o.account),
                shown(&o.product),
                shown(&o.planned_volume),
                o.actual_volume.map(|v| money((v * 100.0).round() as i64)).unwrap_or_else(|| "—".into()),
                bar(o.volume_done),
                o.expected_profit.map(|p| l10n::group_digits(p as i64)).unwrap_or_else(|| "—".into()),
                bar(o.profit_done),
                money(o.sales_hundredths),
            ]);
        }
        parts.push(Part::Table(table));
        // Totals per currency: amounts in different currencies are never added up.
        for t in &self.totals {
            parts.push(Part::Paragraph(crate::t!(
                "report-plan-totals",
                currency = t.currency.clone().unwrap_or_else(|| "none".to_string()),
                planned = money(t.planned_profit),
                actual = money(t.profit),
                sales = money(t.sales)
            )));
        }
        parts
    }
}

// ---------------------------------------------------------------- Lost

#[derive(Debug, Serialize)]
pub struct Lapsing {
    pub id: i64,
    pub name: String,
    pub client_type: KeyClientType,
    pub status: AccountStatus,
    pub last_purchase: Month,
    pub days_without_purchase: i64,
    pub lost_after_days: u32,
    pub lost: bool,
}

#[derive(Debug, Serialize)]
pub struct QuarterCount {
    pub quarter: String,
    pub reason: Option<crate::domain::analysis::LossReason>,
    pub accounts: usize,
}

#[derive(Debug, Serialize)]
pub struct ReasonCount {
    pub reason: String,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct ClosedAccount {
    pub id: i64,
    pub name: String,
    pub status: AccountStatus,
    pub closed_on: Option<NaiveDate>,
    pub quarter: Option<String>,
    pub reason: Option<crate::domain::analysis::LossReason>,
    pub note: String,
    pub win_back_means: Option<crate::domain::analysis::WinBackMeans>,
    pub win_back_note: Option<String>,
    pub win_back_due: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct LostReport {
    pub report: &'static str,
    pub period: Period,
    pub lapsing: Vec<Lapsing>,
    pub losses_per_quarter: Vec<QuarterCount>,
    pub closed_without_date: usize,
    pub refusals_by_reason: Vec<ReasonCount>,
    pub closed: Vec<ClosedAccount>,
    pub win_back: Vec<ClosedAccount>,
}

impl LostReport {
    pub fn read(
        store: &Store,
        period: Period,
        today: NaiveDate,
        settings: &AnalysisSettings,
    ) -> Result<LostReport, StoreError> {
        let lapsing: Vec<Lapsing> = store
            .lapsing(today, &settings.lapsing)?
            .into_iter()
            .map(|(p, l)| Lapsing {
                id: p.id.0,
                name: p.name,
                client_type: p.client_type,
                status: p.status,
                last_purchase: p.month,
                days_without_purchase: l.days_without_purchase,
                lost_after_days: l.lost_after,
                lost: l.lost,
            })
            .collect();
        let report = store.loss_report(period)?;
        let closed_account = |c: &crate::domain::analysis::Closed| ClosedAccount {
            id: c.id.0,
            name: c.name.clone(),
            status: c.status,
            closed_on: c.closed_on,
            quarter: c.closed_on.map(|d| crate::domain::analysis::Quarter::of(d).to_string()),
            reason: c.reason,
            note: c.note.clone(),
            win_back_means: c.win_back.as_ref().map(|w| w.means),
            win_back_note: c.win_back.as_ref().map(|w| w.note.clone()),
            win_back_due: c.win_back.as_ref().map(|w| w.due),
        };
        Ok(LostReport {
            report: "lost",
            period,
            lapsing,
            losses_per_quarter: report
                .quarters
                .iter()
                .flat_map(|(q, reasons)| {
                    reasons.iter().map(move |(reason, n)| QuarterCount {
                        quarter: q.to_string(),
                        reason: *reason,
                        accounts: *n,
                    })
                })
                .collect(),
            closed_without_date: report.undated,
            refusals_by_reason: report
                .refusals_by_reason
                .iter()
                .map(|(reason, count)| ReasonCount { reason: reason.clone(), count: *count })
                .collect(),
            closed: report.closed.iter().map(closed_account).collect(),
            win_back: report.win_back().into_iter().map(closed_account).collect(),
        })
    }

    /// The quarters in order, and the reasons that occur (no reason last).
    pub fn quarters_and_reasons(&self) -> (Vec<String>, Vec<Option<crate::domain::analysis::LossReason>>) {
        let mut quarters: Vec<String> = Vec::new();
        for q in &self.losses_per_quarter {
            if !quarters.contains(&q.quarter) {
                quarters.push(q.quarter.clone());
            }
        }
        let mut reasons: Vec<Option<crate::domain::analysis::LossReason>> = crate::domain::analysis::LossReason::ALL
            .iter()
            .copied()
            .map(Some)
            .chain([None])
            .filter(|r| self.losses_per_quarter.iter().any(|q| q.reason == *r))
            .collect();
        reasons.dedup();
        (quarters, reasons)
    }

    pub fn count(&self, quarter: &str, reason: Option<crate::domain::analysis::LossReason>) -> usize {
        self.losses_per_quarter.iter().filter(|q| q.quarter == quarter && q.reason == reason).map(|q| q.accounts).sum()
    }

    pub fn parts(&self) -> Vec<Part> {
        let reason_label = |r: Option<crate::domain::analysis::LossReason>| match r {
            Some(r) => r.label().to_string(),
            None => text("report-reason-none").to_string(),
        };
        let mut parts = vec![Part::Heading(2, text("report-lost-title").into())];
        parts.push(Part::Heading(3, text("report-lapsing-title").into()));
        if self.lapsing.is_empty() {
            parts.push(Part::Paragraph(text("report-lapsing-none").into()));
        } else {
            let mut table = Table::new(vec![
                Column::text(text("report-col-account"), Fit::Name),
                Column::text(text("report-col-type"), Fit::Drop(3)),
                Column::text(text("report-col-last-purchase"), Fit::Drop(2)),
                Column::number(text("report-col-days"), Fit::Keep),
                Column::text(text("report-col-state"), Fit::Drop(1)),
            ]);
            for l in &self.lapsing {
                table.push(vec![
                    shown(&l.name),
                    l.client_type.label().to_string(),
                    l.last_purchase.to_string(),
                    crate::t!("report-days", days = l.days_without_purchase, limit = l.lost_after_days),
                    text(if l.lost { "report-lapsing-lost" } else { "report-lapsing-warn" }).to_string(),
                ]);
            }
            parts.push(Part::Table(table));
        }
        parts.push(Part::Heading(3, text("report-losses-title").into()));
        if self.closed.is_empty() {
            parts.push(Part::Paragraph(text("report-losses-none").into()));
        } else if !self.losses_per_quarter.is_empty() {
            parts.push(Part::Chart(Chart::Losses));
            let (quarters, reasons) = self.quarters_and_reasons();
            let mut columns = vec![Column::text(text("report-col-quarter"), Fit::Keep)];
            columns.extend(reasons.iter().map(|r| Column::number(&reason_label(*r), Fit::Keep)));
            columns.push(Column::number(text("report-col-total"), Fit::Keep));
            let mut table = Table::new(columns);
            for q in &quarters {
                let mut row = vec![q.clone()];
                row.extend(reasons.iter().map(|r| self.count(q, *r).to_string()));
                row.push(reasons.iter().map(|r| self.count(q, *r)).sum::<usize>().to_string());
                table.push(row);
            }
            parts.push(Part::Table(table));
        }
        if self.closed_without_date > 0 {
            parts.push(Part::Paragraph(crate::t!("report-losses-undated", count = self.closed_without_date)));
        }
        parts.push(Part::Heading(3, crate::t!("report-refusals-title", period = period_text(self.period))));
        if self.refusals_by_reason.is_empty() {
            parts.push(Part::Paragraph(text("report-refusals-none").into()));
        } else {
            let mut table = Table::new(vec![
                Column::text(text("report-col-reason"), Fit::Name),
                Column::number(text("report-col-count"), Fit::Keep),
            ]);
            for r in &self.refusals_by_reason {
                let reason =
                    if r.reason.is_empty() { text("report-reason-none").to_string() } else { shown(&r.reason) };
                table.push(vec![reason, r.count.to_string()]);
            }
            parts.push(Part::Table(table));
        }
        parts.push(Part::Heading(3, text("report-win-back-title").into()));
        if self.win_back.is_empty() {
            parts.push(Part::Paragraph(text("report-win-back-none").into()));
        } else {
            let mut table = Table::new(vec![
                Column::text(text("report-col-account"), Fit::Name),
                Column::text(text("report-col-due"), Fit::Keep),
                Column::text(text("report-col-means"), Fit::Keep),
                Column::text(text("report-col-reason"), Fit::Drop(2)),
                Column::text(text("report-col-note"), Fit::Drop(1)),
            ]);
            for c in &self.win_back {
                table.push(vec![
                    shown(&c.name),
                    day(c.win_back_due),
                    c.win_back_means.map_or("", |m| m.label()).to_string(),
                    reason_label(c.reason),
                    shown(c.win_back_note.as_deref().unwrap_or("")),
                ]);
            }
            parts.push(Part::Table(table));
        }
        parts
    }
}

// ---------------------------------------------------------------- Activity

#[derive(Debug, Serialize)]
pub struct ChannelCount {
    pub channel: crate::domain::Channel,
    pub contacts: u32,
}

#[derive(Debug, Serialize)]
pub struct OutcomeCount {
    pub outcome: Option<crate::domain::Outcome>,
    pub contacts: u32,
}

#[derive(Debug, Serialize)]
pub struct AccountRhythm {
    pub id: i64,
    pub name: String,
    pub contacts: u32,
    pub months: Vec<u32>,
}

#[derive(Debug, Serialize)]
pub struct Uncovered {
    pub person_id: i64,
    pub name: String,
    pub role: crate::domain::BuyingRole,
    pub account_id: i64,
    pub account: String,
    pub last_contact: Option<NaiveDate>,
    pub standard_days: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct ActivityReport {
    pub report: &'static str,
    pub period: Period,
    pub months: Vec<Month>,
    pub contacts: u32,
    pub by_channel: Vec<ChannelCount>,
    pub by_outcome: Vec<OutcomeCount>,
    pub accounts: Vec<AccountRhythm>,
    pub uncovered: Vec<Uncovered>,
}

impl ActivityReport {
    pub fn read(
        store: &Store,
        period: Period,
        today: NaiveDate,
        cadence: &CadenceDefaults,
    ) -> Result<ActivityReport, StoreError> {
        let a = store.activity(period, today, cadence, true)?;
        Ok(ActivityReport {
            report: "activity",
            period,
            months: period.iter().collect(),
            contacts: a.mix.total,
            by_channel: a.mix.by_channel.iter().map(|(c, n)| ChannelCount { channel: *c, contacts: *n }).collect(),
            by_outcome: a.mix.by_outcome.iter().map(|(o, n)| OutcomeCount { outcome: *o, contacts: *n }).collect(),
            accounts: a
                .rhythms
                .iter()
                .map(|r| AccountRhythm {
                    id: r.account_id.0,
                    name: r.name.clone(),
                    contacts: r.total(),
                    months: r.months.clone(),
                })
                .collect(),
            uncovered: a
                .uncovered()
                .map(|c| Uncovered {
                    person_id: c.person_id.0,
                    name: c.name.clone(),
                    role: c.role,
                    account_id: c.account_id.0,
                    account: c.account.clone(),
                    last_contact: c.last_contact,
                    standard_days: c.standard_days,
                })
                .collect(),
        })
    }

    pub fn parts(&self) -> Vec<Part> {
        let share = |n: u32| percent(if self.contacts > 0 { f64::from(n) / f64::from(self.contacts) } else { 0.0 });
        let mut parts = vec![Part::Heading(2, text("report-activity-title").into())];
        parts.push(Part::Paragraph(crate::t!(
            "report-activity-summary",
            contacts = self.contacts,
            period = period_text(self.period)
        )));
        if self.contacts > 0 {
            parts.push(Part::Chart(Chart::Channels));
            let mut table = Table::new(vec![
                Column::text(text("report-col-channel"), Fit::Name),
                Column::number(text("report-col-contacts"), Fit::Keep),
                Column::number(text("report-col-share"), Fit::Keep),
            ]);
            for c in self.by_channel.iter().filter(|c| c.contacts > 0) {
                table.push(vec![c.channel.label().to_string(), c.contacts.to_string(), share(c.contacts)]);
            }
            parts.push(Part::Table(table));
            let mut table = Table::new(vec![
                Column::text(text("report-col-outcome"), Fit::Name),
                Column::number(text("report-col-contacts"), Fit::Keep),
                Column::number(text("report-col-share"), Fit::Keep),
            ]);
            for o in self.by_outcome.iter().filter(|o| o.contacts > 0) {
                let label = o.outcome.map_or(text("report-outcome-none"), |o| o.label());
                table.push(vec![label.to_string(), o.contacts.to_string(), share(o.contacts)]);
            }
            parts.push(Part::Table(table));
        }
        parts.push(Part::Heading(3, text("report-rhythm-title").into()));
        if self.accounts.is_empty() {
            parts.push(Part::Paragraph(text("report-rhythm-none").into()));
        } else {
            let mut table = Table::new(vec![
                Column::text(text("report-col-account"), Fit::Name),
                Column::text(text("report-col-rhythm"), Fit::Drop(1)),
                Column::number(text("report-col-contacts"), Fit::Keep),
            ]);
            for a in &self.accounts {
                table.push(vec![shown(&a.name), sparkline(&a.months), a.contacts.to_string()]);
            }
            parts.push(Part::Table(table));
        }
        parts.push(Part::Heading(3, text("report-uncovered-title").into()));
        if self.uncovered.is_empty() {
            parts.push(Part::Paragraph(text("report-uncovered-none").into()));
        } else {
            let mut table = Table::new(vec![
                Column::text(text("report-col-person"), Fit::Name),
                Column::text(text("report-col-role"), Fit::Drop(2)),
                Column::text(text("report-col-account"), Fit::Drop(3)),
                Column::text(text("report-col-last-contact"), Fit::Keep),
                Column::number(text("report-col-standard"), Fit::Drop(1)),
            ]);
            for u in &self.uncovered {
                table.push(vec![
                    shown(&u.name),
                    u.role.label().to_string(),
                    shown(&u.account),
                    u.last_contact.map(l10n::date).unwrap_or_else(|| text("report-never").into()),
                    u.standard_days.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
                ]);
            }
            parts.push(Part::Table(table));
        }
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_scale_to_the_busiest_month() {
        assert_eq!(sparkline(&[0, 1, 2, 4, 8]), "▁▂▃▅█");
        assert_eq!(sparkline(&[0, 0]), "▁▁");
        assert_eq!(sparkline(&[3]), "█");
    }

    #[test]
    fn bars_show_progress_in_ten_cells() {
        assert_eq!(bar(Some(0.5)), "█████░░░░░ 50.0%");
        assert_eq!(bar(Some(1.7)), "██████████ 170.0%");
        assert_eq!(bar(None), "—");
    }
}
