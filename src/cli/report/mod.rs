//! `keyplan report`: the portfolio analysis from the shell — Pareto,
//! ABC-XYZ, plan against actual, lost customers and activity — as a table
//! fitted to the terminal, JSON, CSV, Markdown, or one self-contained HTML
//! file with charts for whoever oversees the key account programme.

mod charts;
mod data;
mod document;
mod html;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::Failure;
use super::export::{Trouble, is_the_database, write_private};
use crate::domain::analysis::Basis;
use crate::domain::sales::Period;
use crate::l10n::text;
use data::{ActivityReport, ClassReport, LostReport, ParetoReport, PlanReport};
use document::Part;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportName {
    #[value(help = text("cli-report-name-pareto"))]
    Pareto,
    #[value(help = text("cli-report-name-abc-xyz"))]
    AbcXyz,
    #[value(help = text("cli-report-name-plan"))]
    Plan,
    #[value(help = text("cli-report-name-lost"))]
    Lost,
    #[value(help = text("cli-report-name-activity"))]
    Activity,
    #[value(help = text("cli-report-name-all"))]
    All,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    #[value(help = text("cli-report-format-text"))]
    Text,
    #[value(help = text("cli-report-format-json"))]
    Json,
    #[value(help = text("cli-report-format-csv"))]
    Csv,
    #[value(help = text("cli-report-format-md"))]
    Md,
    #[value(help = text("cli-report-format-html"))]
    Html,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodName {
    #[value(name = "last-12-months")]
    LastTwelveMonths,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasisName {
    Sales,
    Profit,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    #[arg(value_enum, value_name = "REPORT")]
    pub report: Option<ReportName>,
    #[arg(long, value_name = "YYYY", value_parser = parse_year, conflicts_with = "period")]
    pub year: Option<i32>,
    #[arg(long, value_enum, value_name = "PERIOD")]
    pub period: Option<PeriodName>,
    #[arg(long, value_enum, default_value_t = BasisName::Sales)]
    pub basis: BasisName,
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub excel: bool,
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
}

fn parse_year(input: &str) -> Result<i32, String> {
    input
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=9999).contains(y))
        .ok_or_else(|| crate::t!("report-year-invalid", input = super::say::visible(input)))
}

/// Everything a run reads, once.
pub(crate) struct Reports {
    pub pareto: Option<ParetoReport>,
    pub classes: Option<ClassReport>,
    pub plan: Option<PlanReport>,
    pub lost: Option<LostReport>,
    pub activity: Option<ActivityReport>,
    pub today: NaiveDate,
}

impl Reports {
    fn parts(&self) -> Vec<Part> {
        let mut parts = Vec::new();
        if let Some(r) = &self.pareto {
            parts.extend(r.parts());
        }
        if let Some(r) = &self.classes {
            parts.extend(r.parts());
        }
        if let Some(r) = &self.plan {
            parts.extend(r.parts());
        }
        if let Some(r) = &self.lost {
            parts.extend(r.parts());
        }
        if let Some(r) = &self.activity {
            parts.extend(r.parts());
        }
        parts
    }
}

pub fn run(path: &Path, today: NaiveDate, args: &ReportArgs) -> Result<(), Failure> {
    let name = match (args.report, args.format) {
        (Some(name), _) => name,
        (None, ReportFormat::Html) => ReportName::All,
        (None, _) => return Err(Failure::user(text("report-name-one"))),
    };
    if name == ReportName::All && args.format == ReportFormat::Csv {
        return Err(Failure::user(text("report-csv-one")));
    }
    if args.format == ReportFormat::Html && args.output.is_none() && super::out::terminal_width().is_some() {
        return Err(Failure::user(text("report-html-terminal")));
    }
    if let Some(output) = &args.output
        && is_the_database(output, path)
    {
        return Err(Failure::user(crate::t!("shell-export-into-database", path = output.display().to_string())));
    }
    let (settings, warning) = crate::settings::load();
    if let Some(warning) = warning {
        super::say::warn(&warning);
    }
    let store = super::open_for_analysis(path, today)?;
    let period = args.year.map_or_else(|| Period::last_twelve_months(today), |y| Period::calendar_year(y, today));
    let basis = match args.basis {
        BasisName::Sales => Basis::Sales,
        BasisName::Profit => Basis::Profit,
    };
    let wants = |n: ReportName| name == n || name == ReportName::All;
    // Amounts in different currencies are never added up: one currency at a time.
    let default = settings.currency.map(|c| c.code().to_string());
    let wanted = args.currency.as_deref().map(|c| c.trim().to_uppercase());
    let currencies = (default.as_deref(), wanted.as_deref());
    let pareto = if wants(ReportName::Pareto) {
        Some(ParetoReport::of(&store.sales_analysis(period, basis, &settings.analysis, currencies)?))
    } else {
        None
    };
    // The classes alone: the window's kept totals and the domain's rule,
    // without the Pareto ranking and the health of the base.
    let classes = if wants(ReportName::AbcXyz) {
        let all = store.analysis_accounts(period)?;
        let groups = crate::domain::analysis::currencies(&all, currencies.0);
        let currency = crate::domain::analysis::chosen_currency(&groups, currencies.1);
        let accounts: Vec<_> = all
            .into_iter()
            .filter(|a| crate::domain::analysis::currency_of(a.currency.as_deref(), currencies.0) == currency)
            .collect();
        let classes = crate::domain::analysis::classify(&accounts, basis, &settings.analysis);
        let mut report = ClassReport::of(period, basis, &classes, &accounts, &settings.analysis);
        report.currency = currency.clone();
        report.other_currencies = others(&groups, &currency);
        Some(report)
    } else {
        None
    };
    let reports = Reports {
        pareto,
        classes,
        plan: if wants(ReportName::Plan) {
            Some(PlanReport::read(&store, args.year.unwrap_or(today.year()), today, default.as_deref())?)
        } else {
            None
        },
        lost: if wants(ReportName::Lost) {
            Some(LostReport::read(&store, period, today, &settings.analysis)?)
        } else {
            None
        },
        activity: if wants(ReportName::Activity) {
            Some(ActivityReport::read(&store, period, today, &settings.cadence)?)
        } else {
            None
        },
        today,
    };
    drop(store);
    let width = if args.output.is_some() { None } else { super::out::fit_width() };
    let fill = |out: &mut dyn Write| -> Result<(), Trouble> {
        match args.format {
            ReportFormat::Text => out.write_all(document::text(&reports.parts(), width).as_bytes())?,
            ReportFormat::Md => out.write_all(document::markdown(&reports.parts()).as_bytes())?,
            ReportFormat::Json => json(&reports, width.is_some(), out)?,
            ReportFormat::Csv => csv(&reports, super::out::csv_dialect(args.excel), out)?,
            ReportFormat::Html => out.write_all(html::page(&reports).as_bytes())?,
        }
        Ok(())
    };
    match &args.output {
        None => {
            let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            match fill(&mut out).and_then(|()| Ok(out.flush()?)) {
                // A closed pipe (`keyplan report pareto | head`) is no error.
                Err(Trouble::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| e.into_failure(None)),
            }
        }
        Some(output) => {
            write_private(output, fill).map_err(|e| e.into_failure(Some(output)))?;
            let wrote = format!("{}\n", crate::t!("report-wrote", path = output.display().to_string()));
            super::out::print(&super::say::visible(&wrote))
        }
    }
}

/// One report's object, or for `all` an object of them by name: indented
/// on a terminal, on one line for a pipe or a file (half the bytes).
fn json(reports: &Reports, pretty: bool, out: &mut dyn Write) -> Result<(), Trouble> {
    #[derive(Serialize)]
    struct All<'a> {
        pareto: &'a Option<ParetoReport>,
        abc_xyz: &'a Option<ClassReport>,
        plan: &'a Option<PlanReport>,
        lost: &'a Option<LostReport>,
        activity: &'a Option<ActivityReport>,
    }
    let present = [
        reports.pareto.is_some(),
        reports.classes.is_some(),
        reports.plan.is_some(),
        reports.lost.is_some(),
        reports.activity.is_some(),
    ];
    /// Made whole first, then written at once: serde_json writes a token at
    /// a time, and each would be a call through `dyn Write`.
    fn put<T: Serialize>(out: &mut dyn Write, value: &T, pretty: bool) -> Result<(), Trouble> {
        let made = if pretty { serde_json::to_vec_pretty(value) } else { serde_json::to_vec(value) };
        let bytes = made.map_err(|e| Trouble::Io(std::io::Error::from(e)))?;
        Ok(out.write_all(&bytes)?)
    }
    if present.iter().filter(|p| **p).count() > 1 {
        let all = All {
            pareto: &reports.pareto,
            abc_xyz: &reports.classes,
            plan: &reports.plan,
            lost: &reports.lost,
            activity: &reports.activity,
        };
        put(out, &all, pretty)?;
    } else if let Some(r) = &reports.pareto {
        put(out, r, pretty)?;
    } else if let Some(r) = &reports.classes {
        put(out, r, pretty)?;
    } else if let Some(r) = &reports.plan {
        put(out, r, pretty)?;
    } else if let Some(r) = &reports.lost {
        put(out, r, pretty)?;
    } else if let Some(r) = &reports.activity {
        put(out, r, pretty)?;
    }
    out.write_all(b"\n")?;
    Ok(())
}

/// The CSV headers of each report: the JSON fields of its rows.
const PARETO_CSV: [&str; 9] =
    ["rank", "id", "name", "status", "amount", "share", "cumulative_share", "above_line", "pointer"];
const CLASSES_CSV: [&str; 10] =
    ["rank", "id", "name", "status", "amount", "share", "cumulative_share", "abc", "xyz", "cv"];
const PLAN_CSV: [&str; 14] = [
    "objective_id",
    "account_id",
    "account",
    "product",
    "currency",
    "planned_volume",
    "planned_volume_number",
    "actual_volume",
    "volume_done",
    "expected_profit",
    "actual_profit",
    "profit_done",
    "actual_sales",
    "by_product",
];
const LOST_CSV: [&str; 12] = [
    "state",
    "id",
    "name",
    "last_purchase",
    "days_without_purchase",
    "closed_on",
    "quarter",
    "reason",
    "note",
    "win_back_means",
    "win_back_note",
    "win_back_due",
];

/// The rows of one report, under a header row (also when there are none).
fn csv(reports: &Reports, dialect: crate::interchange::csv::Dialect, out: &mut dyn Write) -> Result<(), Trouble> {
    let failed = |e: csv::Error| Trouble::Io(std::io::Error::other(e.to_string()));
    let mut w = crate::interchange::csv::CsvOut::with_dialect(out, false, dialect)?;
    if let Some(r) = &reports.pareto {
        w.write_record(PARETO_CSV).map_err(failed)?;
        for row in &r.accounts {
            w.serialize(row).map_err(failed)?;
        }
    } else if let Some(r) = &reports.classes {
        w.write_record(CLASSES_CSV).map_err(failed)?;
        for row in &r.accounts {
            w.serialize(row).map_err(failed)?;
        }
    } else if let Some(r) = &reports.plan {
        w.write_record(PLAN_CSV).map_err(failed)?;
        for row in &r.objectives {
            w.serialize(row).map_err(failed)?;
        }
    } else if let Some(r) = &reports.lost {
        w.write_record(LOST_CSV).map_err(failed)?;
        let n = |v: Option<String>| v.unwrap_or_default();
        for l in &r.lapsing {
            let state = if l.lost { "lapsed" } else { "lapsing" };
            w.write_record([
                state.to_string(),
                l.id.to_string(),
                l.name.clone(),
                l.last_purchase.to_string(),
                l.days_without_purchase.to_string(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ])
            .map_err(failed)?;
        }
        use crate::domain::Choice;
        for c in &r.closed {
            w.write_record([
                c.status.key().to_string(),
                c.id.to_string(),
                c.name.clone(),
                String::new(),
                String::new(),
                n(c.closed_on.map(|d| d.to_string())),
                n(c.quarter.clone()),
                n(c.reason.map(|r| r.key().to_string())),
                c.note.clone(),
                n(c.win_back_means.map(|m| m.key().to_string())),
                n(c.win_back_note.clone()),
                n(c.win_back_due.map(|d| d.to_string())),
            ])
            .map_err(failed)?;
        }
    } else if let Some(r) = &reports.activity {
        let mut header = vec!["id".to_string(), "name".into(), "contacts".into()];
        header.extend(r.months.iter().map(|m| m.to_string()));
        w.write_record(&header).map_err(failed)?;
        for a in &r.accounts {
            let mut row = vec![a.id.to_string(), a.name.clone(), a.contacts.to_string()];
            row.extend(a.months.iter().map(|n| n.to_string()));
            w.write_record(&row).map_err(failed)?;
        }
    }
    w.flush()?;
    Ok(())
}

/// The currencies besides the one analysed, with how many accounts each.
fn others(groups: &[(Option<String>, usize)], analysed: &Option<String>) -> Vec<data::CurrencyCount> {
    groups
        .iter()
        .filter(|(c, _)| c != analysed)
        .map(|(c, n)| data::CurrencyCount { currency: c.clone(), accounts: *n })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CSV headers are the rows' own field names, in their order.
    #[test]
    fn csv_headers_are_the_fields_of_the_rows() {
        fn header_of<T: Serialize>(row: &T) -> Vec<String> {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.serialize(row).unwrap();
            let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
            text.lines().next().unwrap().split(',').map(String::from).collect()
        }
        let pareto = data::ParetoAccount {
            rank: 1,
            id: 1,
            name: "A".into(),
            status: "active",
            amount: 1.0,
            share: 1.0,
            cumulative_share: 1.0,
            above_line: true,
            pointer: None,
            hundredths: 100,
        };
        assert_eq!(header_of(&pareto), PARETO_CSV);
        let class = data::ClassAccount {
            rank: 1,
            id: 1,
            name: "A".into(),
            status: "active",
            amount: None,
            share: 0.0,
            cumulative_share: 0.0,
            abc: None,
            xyz: None,
            cv: None,
            hundredths: None,
        };
        assert_eq!(header_of(&class), CLASSES_CSV);
        let plan = data::PlanRow {
            objective_id: 1,
            account_id: 1,
            account: "A".into(),
            product: String::new(),
            currency: None,
            planned_volume: String::new(),
            planned_volume_number: None,
            actual_volume: None,
            volume_done: None,
            expected_profit: None,
            actual_profit: None,
            profit_done: None,
            actual_sales: 0.0,
            by_product: false,
            sales_hundredths: 0,
        };
        assert_eq!(header_of(&plan), PLAN_CSV);
    }
}
