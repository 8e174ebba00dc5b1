//! The analysis screen's state: which tab, which period and basis, what
//! is selected, and each tab's data, read when the tab is first shown and
//! kept until something is written (ours or another process's).

use super::mouse::Target;
use chrono::{Datelike, NaiveDate};

use super::viewport::Viewport;
use super::{Action, App, Screen};
use crate::domain::analysis::activity::Activity;
use crate::domain::analysis::{Abc, AccountSales, Basis, Lapse, LossReport, PlanLine, SalesAnalysis, Xyz, pareto};
use crate::domain::sales::Period;
use crate::domain::{AccountId, DossierSection, KeyClientType};
use crate::store::PlanYear;
use crate::{l10n, t};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnalysisTab {
    Pareto,
    Matrix,
    Plan,
    Lost,
    Activity,
}

impl AnalysisTab {
    pub const ALL: [AnalysisTab; 5] =
        [AnalysisTab::Pareto, AnalysisTab::Matrix, AnalysisTab::Plan, AnalysisTab::Lost, AnalysisTab::Activity];

    /// The tab's number, from 1.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn title(self) -> &'static str {
        match self {
            AnalysisTab::Pareto => l10n::text("analysis-tab-pareto"),
            AnalysisTab::Matrix => l10n::text("analysis-tab-matrix"),
            AnalysisTab::Plan => l10n::text("analysis-tab-plan"),
            AnalysisTab::Lost => l10n::text("analysis-tab-lost"),
            AnalysisTab::Activity => l10n::text("analysis-tab-activity"),
        }
    }

    pub fn next(self) -> AnalysisTab {
        AnalysisTab::ALL[self.number() % AnalysisTab::ALL.len()]
    }

    pub fn prev(self) -> AnalysisTab {
        AnalysisTab::ALL[(self.number() + AnalysisTab::ALL.len() - 2) % AnalysisTab::ALL.len()]
    }
}

/// The period the analysis looks at: the twelve complete months before
/// this one (the default), or a calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodChoice {
    LastTwelve,
    Year(i32),
}

impl PeriodChoice {
    pub fn period(self, today: NaiveDate) -> Period {
        match self {
            PeriodChoice::LastTwelve => Period::last_twelve_months(today),
            PeriodChoice::Year(year) => Period::calendar_year(year, today),
        }
    }

    /// The year whose plan is measured: the chosen one, else this one.
    pub fn year(self, today: NaiveDate) -> i32 {
        match self {
            PeriodChoice::LastTwelve => today.year(),
            PeriodChoice::Year(year) => year,
        }
    }

    /// One step back: from the last twelve months to this year, then year by year.
    pub fn earlier(self, today: NaiveDate) -> PeriodChoice {
        match self {
            PeriodChoice::LastTwelve => PeriodChoice::Year(today.year()),
            PeriodChoice::Year(year) => PeriodChoice::Year((year - 1).max(1900)),
        }
    }

    /// One step forward: year by year, then the last twelve months.
    pub fn later(self, today: NaiveDate) -> PeriodChoice {
        match self {
            PeriodChoice::Year(year) if year < today.year() => PeriodChoice::Year(year + 1),
            _ => PeriodChoice::LastTwelve,
        }
    }

    /// "last 12 months (2025-11 – 2026-10)" or "2025".
    pub fn label(self, today: NaiveDate) -> String {
        let period = self.period(today);
        match self {
            PeriodChoice::LastTwelve => t!(
                "analysis-period-last-twelve",
                first = crate::l10n::month_year(period.first.year, period.first.month),
                through = crate::l10n::month_year(period.through.year, period.through.month)
            ),
            PeriodChoice::Year(year) => t!("analysis-period-year", year = year.to_string()),
        }
    }
}

/// An open account that has not bought for a while.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lapsing {
    pub id: AccountId,
    pub name: String,
    pub client_type: KeyClientType,
    pub lapse: Lapse,
}

/// What the Lost tab shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Losses {
    pub lapsing: Vec<Lapsing>,
    pub report: LossReport,
}

/// One account of a matrix cell, as its list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub id: AccountId,
    pub name: String,
    pub amount: i64,
    pub share: f64,
}

/// The cursor on the matrix: a row of A/B/C, a column of X/Y/Z or the
/// fourth, "without XYZ".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CellAt {
    pub abc: usize,
    pub xyz: usize,
}

impl CellAt {
    pub fn abc(self) -> Abc {
        Abc::ALL[self.abc.min(2)]
    }

    /// None: the column of accounts without an XYZ class.
    pub fn xyz(self) -> Option<Xyz> {
        Xyz::ALL.get(self.xyz).copied()
    }
}

pub struct AnalysisState {
    pub tab: AnalysisTab,
    pub period: PeriodChoice,
    pub basis: Basis,
    /// The currency chosen (None: the currency of most accounts).
    pub currency: Option<String>,
    /// Where Esc goes back to.
    pub return_to: Screen,
    /// The selected row of each tab's list.
    pub selected: [usize; 5],
    pub view: Viewport,
    pub cell: CellAt,
    /// The accounts of the chosen matrix cell, when its list is open.
    pub listing: Option<Vec<Listed>>,
    pub listing_selected: usize,
    pub sales: Option<SalesAnalysis>,
    pub plan: Option<PlanView>,
    pub losses: Option<Losses>,
    pub activity: Option<Activity>,
    /// Why a tab's data could not be read.
    pub error: Option<String>,
}

/// The Plan tab: what it needs of every objective of the year (how many,
/// the totals, how far each is, the widest name), and the lines around the
/// selection, read as they come into view.
pub struct PlanView {
    pub year: PlanYear,
    /// The index of `lines[0]` among all the year's lines.
    pub first: usize,
    pub lines: Vec<PlanLine>,
    /// The widths the table takes from its longest texts, measured by the
    /// screen on its first frame (the numbers are written as it writes them).
    pub widths: std::cell::OnceCell<PlanWidths>,
}

/// See [`PlanView::widths`].
#[derive(Debug, Clone, Copy)]
pub struct PlanWidths {
    /// The widest "actual / planned", in characters.
    pub numbers: usize,
    /// The widest account name, in columns.
    pub name: usize,
}

/// How many lines of the plan are read on each side of the selection: more
/// than a tall screen shows of them.
const PLAN_AROUND: usize = 60;

impl PlanView {
    pub fn count(&self) -> usize {
        self.year.count
    }

    /// Line `index` of the year's lines, when it has been read.
    pub fn line(&self, index: usize) -> Option<&PlanLine> {
        self.lines.get(index.checked_sub(self.first)?)
    }
}

/// Whether rows `first..first + held` of a list of `count` hold every row
/// within `around` of `selected`.
fn holds_around(first: usize, held: usize, selected: usize, count: usize, around: usize) -> bool {
    let from = selected.saturating_sub(around);
    let to = (selected + around + 1).min(count);
    first <= from && to <= first + held
}

/// The rows to read when they do not: the first and how many, twice
/// `around` on each side of `selected`, so that moving on reads again late.
fn window_around(selected: usize, around: usize) -> (usize, usize) {
    (selected.saturating_sub(2 * around), 4 * around + 1)
}

impl Default for AnalysisState {
    fn default() -> Self {
        AnalysisState {
            tab: AnalysisTab::Pareto,
            period: PeriodChoice::LastTwelve,
            basis: Basis::Sales,
            currency: None,
            return_to: Screen::Portfolio,
            selected: [0; 5],
            view: Viewport::default(),
            cell: CellAt::default(),
            listing: None,
            listing_selected: 0,
            sales: None,
            plan: None,
            losses: None,
            activity: None,
            error: None,
        }
    }
}

impl AnalysisState {
    /// Forgets every tab's data: something was written.
    pub fn forget(&mut self) {
        self.sales = None;
        self.plan = None;
        self.losses = None;
        self.activity = None;
        self.listing = None;
    }

    pub fn selected(&self) -> usize {
        self.selected[self.tab as usize]
    }

    /// How many rows the current tab's list has.
    pub fn count(&self) -> usize {
        match self.tab {
            AnalysisTab::Pareto => self.sales.as_ref().map_or(0, |s| s.pareto.rows.len()),
            AnalysisTab::Matrix => 0,
            AnalysisTab::Plan => self.plan.as_ref().map_or(0, PlanView::count),
            AnalysisTab::Lost => self
                .losses
                .as_ref()
                .map_or(0, |l| l.lapsing.len() + l.report.closed.iter().filter(|c| c.win_back.is_some()).count()),
            AnalysisTab::Activity => self.activity.as_ref().map_or(0, |a| a.uncovered_count + a.rhythms.len()),
        }
    }

    /// The account row `index` of the current tab's list names.
    pub fn account_at(&self, index: usize) -> Option<AccountId> {
        match self.tab {
            AnalysisTab::Pareto => self.sales.as_ref()?.pareto.rows.get(index).map(|r| r.account.id),
            AnalysisTab::Matrix => None,
            AnalysisTab::Plan => self.plan.as_ref()?.line(index).map(|l| l.objective.account_id),
            AnalysisTab::Lost => {
                let l = self.losses.as_ref()?;
                match index.checked_sub(l.lapsing.len()) {
                    None => l.lapsing.get(index).map(|a| a.id),
                    Some(rest) => l.report.closed.iter().filter(|c| c.win_back.is_some()).nth(rest).map(|c| c.id),
                }
            }
            AnalysisTab::Activity => {
                let a = self.activity.as_ref()?;
                match index.checked_sub(a.uncovered_count) {
                    None => a.uncovered_at(index).map(|c| c.account_id),
                    Some(rest) => a.rhythms.get(rest).map(|r| r.account_id),
                }
            }
        }
    }

    fn step(&mut self, delta: isize) {
        if let Some(list) = &self.listing {
            let last = list.len().saturating_sub(1);
            self.listing_selected = self.listing_selected.saturating_add_signed(delta).min(last);
            return;
        }
        if self.tab == AnalysisTab::Matrix {
            self.cell.abc = self.cell.abc.saturating_add_signed(delta.signum()).min(2);
            return;
        }
        let count = self.count();
        let i = self.tab as usize;
        self.selected[i] = self.selected[i].saturating_add_signed(delta).min(count.saturating_sub(1));
    }

    /// A click on a row of the current tab: the row at `index` if it still
    /// names `account`, else the first row that does.
    fn pick(&mut self, index: usize, account: AccountId) {
        if self.listing.is_some() {
            return;
        }
        let found = if self.account_at(index) == Some(account) {
            Some(index)
        } else {
            (0..self.count()).find(|i| self.account_at(*i) == Some(account))
        };
        if let Some(found) = found {
            self.selected[self.tab as usize] = found;
        }
    }

    fn show(&mut self, tab: AnalysisTab) {
        if self.tab != tab {
            self.tab = tab;
            self.listing = None;
            self.view = Viewport::default();
        }
    }

    /// The accounts of the matrix cell under the cursor, largest first.
    fn list_cell(&self) -> Option<Vec<Listed>> {
        let sales = self.sales.as_ref()?;
        let (abc, xyz) = (self.cell.abc(), self.cell.xyz());
        Some(
            sales
                .pareto
                .rows
                .iter()
                .filter(|r| {
                    let class = sales.classes.of(r.account.id);
                    class.abc == Some(abc) && class.xyz == xyz
                })
                .map(|r| Listed {
                    id: r.account.id,
                    name: r.account.name.clone(),
                    amount: r.account.amount,
                    share: r.share,
                })
                .collect(),
        )
    }
}

/// `r` from anywhere: the analysis, as it was left.
pub fn open(app: &mut App) {
    if app.screen != Screen::Analysis {
        app.analysis.return_to = app.screen;
        app.screen = Screen::Analysis;
    }
    ensure_loaded(app);
}

/// The analysis screen's keys.
pub fn update(app: &mut App, action: Action) {
    let today = app.today;
    let state = &mut app.analysis;
    match action {
        Action::NextSection => state.show(state.tab.next()),
        Action::PrevSection => state.show(state.tab.prev()),
        Action::GoToTab(tab) | Action::Pick(Target::AnalysisTab(tab)) => state.show(tab),
        Action::Pick(Target::AnalysisRow { index, account }) => state.pick(index, account),
        Action::Up => state.step(-1),
        Action::Down => state.step(1),
        Action::PageUp => state.step(-10),
        Action::PageDown => state.step(10),
        Action::Top => state.step(-isize::MAX),
        Action::Bottom => state.step(isize::MAX),
        Action::Left if state.tab == AnalysisTab::Matrix && state.listing.is_none() => {
            state.cell.xyz = state.cell.xyz.saturating_sub(1);
        }
        Action::Right if state.tab == AnalysisTab::Matrix && state.listing.is_none() => {
            state.cell.xyz = (state.cell.xyz + 1).min(3);
        }
        Action::EarlierPeriod | Action::LaterPeriod => {
            let earlier = action == Action::EarlierPeriod;
            let period = if earlier { state.period.earlier(today) } else { state.period.later(today) };
            if period != state.period {
                state.period = period;
                state.forget();
                state.selected = [0; 5];
            }
        }
        Action::NextCurrency => {
            // The next currency of the period's accounts, round to the first.
            if let Some(sales) = &state.sales {
                let codes: Vec<Option<String>> = sales.currencies.iter().map(|(c, _)| c.clone()).collect();
                let at = codes.iter().position(|c| *c == sales.currency).unwrap_or(0);
                if codes.len() > 1 {
                    state.currency = codes[(at + 1) % codes.len()].clone();
                    state.sales = None;
                    state.listing = None;
                    state.selected[AnalysisTab::Pareto as usize] = 0;
                    state.selected[AnalysisTab::Matrix as usize] = 0;
                }
            }
        }
        Action::ToggleBasis => {
            state.basis = match state.basis {
                Basis::Sales => Basis::Profit,
                Basis::Profit => Basis::Sales,
            };
            state.sales = None;
            state.listing = None;
            state.selected[AnalysisTab::Pareto as usize] = 0;
        }
        Action::Open => open_selected(app),
        Action::Back | Action::Close if state.listing.take().is_some() => {}
        Action::Back | Action::Close => {
            let back = state.return_to;
            app.screen = if back == Screen::Dossier && app.dossier.is_none() { Screen::Portfolio } else { back };
        }
        Action::ShowHelp => super::update::help(app),
        _ => {}
    }
    if app.screen == Screen::Analysis {
        ensure_loaded(app);
    }
}

/// Enter: a matrix cell lists its accounts; an account opens its dossier.
fn open_selected(app: &mut App) {
    let state = &mut app.analysis;
    let (id, section) = match (state.tab, &state.listing) {
        (AnalysisTab::Matrix, None) => {
            state.listing = state.list_cell();
            state.listing_selected = 0;
            return;
        }
        (AnalysisTab::Matrix, Some(list)) => match list.get(state.listing_selected) {
            Some(listed) => (listed.id, DossierSection::Sales),
            None => return,
        },
        (tab, _) => {
            let section = match tab {
                AnalysisTab::Plan => DossierSection::Implementation,
                AnalysisTab::Activity => DossierSection::People,
                _ => DossierSection::Sales,
            };
            match state.account_at(state.selected()) {
                Some(id) => (id, section),
                None => return,
            }
        }
    };
    match app.open_dossier(id, section) {
        Ok(()) => {
            if let Some(dossier) = app.dossier.as_mut() {
                dossier.return_to = Screen::Analysis;
            }
        }
        Err(e) => app.complain(e.to_string()),
    }
}

/// How many rows of rhythms (names and months) are read on each side of
/// the selection: more than a tall screen shows of them, one index range
/// per account.
const RHYTHMS_AROUND: usize = 40;

/// Reads the shown tab's data when it is not kept yet: one tab at a time,
/// never on a key that only moves.
pub fn ensure_loaded(app: &mut App) {
    let App { store, analysis: state, settings, today, .. } = app;
    let today = *today;
    let period = state.period.period(today);
    let result = match state.tab {
        AnalysisTab::Pareto | AnalysisTab::Matrix if state.sales.is_none() => {
            let default = settings.currency.map(|c| c.code().to_string());
            let currencies = (default.as_deref(), state.currency.as_deref());
            store.sales_analysis(period, state.basis, &settings.analysis, currencies).map(|mut analysis| {
                // Ranked by profit: the same line, drawn over each account's profit.
                if state.basis == Basis::Profit {
                    let by_profit: Vec<AccountSales> = analysis
                        .pareto
                        .rows
                        .iter()
                        .map(|r| AccountSales { amount: r.account.profit.unwrap_or(0), ..r.account.clone() })
                        .collect();
                    analysis.pareto = pareto(&by_profit, &settings.analysis);
                }
                state.sales = Some(analysis);
            })
        }
        AnalysisTab::Plan if state.plan.is_none() => {
            let default = settings.currency.map(|c| c.code().to_string());
            store.plan_year(state.period.year(today), today, default.as_deref()).map(|year| {
                state.plan = Some(PlanView { year, first: 0, lines: Vec::new(), widths: std::cell::OnceCell::new() });
            })
        }
        AnalysisTab::Lost if state.losses.is_none() => {
            store.lapsing(today, &settings.analysis.lapsing).and_then(|found| {
                let lapsing: Vec<Lapsing> = found
                    .into_iter()
                    .map(|(p, lapse)| Lapsing { id: p.id, name: p.name, client_type: p.client_type, lapse })
                    .collect();
                let report = store.loss_report(period)?;
                state.losses = Some(Losses { lapsing, report });
                Ok(())
            })
        }
        AnalysisTab::Activity if state.activity.is_none() => {
            store.activity(period, today, &settings.cadence, false).map(|activity| state.activity = Some(activity))
        }
        _ => Ok(()),
    };
    // The plan's lines around the selection, read as they come into view.
    let result = result.and_then(|()| match (&mut state.plan, state.tab) {
        (Some(plan), AnalysisTab::Plan) => {
            let selected = state.selected[AnalysisTab::Plan as usize];
            if holds_around(plan.first, plan.lines.len(), selected, plan.count(), PLAN_AROUND) {
                return Ok(());
            }
            let (first, rows) = window_around(selected, PLAN_AROUND);
            plan.lines = store.plan_page(state.period.year(today), today, first, Some(rows))?;
            plan.first = first;
            Ok(())
        }
        _ => Ok(()),
    });
    // The uncovered people and the rhythms of the rows around the
    // selection, read as they come into view.
    let result = result.and_then(|()| match (&mut state.activity, state.tab) {
        (Some(activity), AnalysisTab::Activity) => {
            // The list holds the uncovered people first, then the rhythms.
            let uncovered = activity.uncovered_count;
            // Below the list of people, the list shows its first rows.
            let selected = Some(state.selected[AnalysisTab::Activity as usize]).filter(|s| *s < uncovered).unwrap_or(0);
            let (first, held) = (activity.coverage_from, activity.coverage.len());
            if !holds_around(first, held, selected, uncovered, RHYTHMS_AROUND) {
                let (first, rows) = window_around(selected, RHYTHMS_AROUND);
                activity.coverage = store.coverage_page(first, rows, today, &settings.cadence)?;
                activity.coverage_from = first;
            }
            let at = state.selected[AnalysisTab::Activity as usize].saturating_sub(uncovered);
            let from = at.saturating_sub(RHYTHMS_AROUND);
            store.rhythms(activity, from..at + RHYTHMS_AROUND, period)
        }
        _ => Ok(()),
    });
    state.error = result.err().map(|e| e.to_string());
}
