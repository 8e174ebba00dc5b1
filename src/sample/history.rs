//! Monthly sales histories with the shapes a real portfolio shows: steady
//! buyers, seasonal ones, irregular project buyers and accounts that fade
//! away. Deterministic for a random generator's seed; every month is
//! counted back from the month before `today`'s.

use chrono::NaiveDate;

use crate::domain::AccountId;
use crate::domain::sales::{Month, Sale};

/// How an account buys.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Pattern {
    /// About the same every month, growing a little each year.
    Steady,
    /// Most of the year's buying between August and November.
    Seasonal,
    /// Projects now and then, nothing in between, an occasional return.
    Irregular,
    /// Buying less and less; the last purchase `last` months before
    /// today's month (1: last month).
    Fading { last: i32 },
}

/// One product line of a history: its name and its share of the amount
/// (in percent), the margin (percent of the amount) and the price of one
/// unit in whole units (0: volumes not kept).
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'a> {
    pub product: &'a str,
    pub share: i64,
    pub margin: i64,
    pub unit_price: i64,
}

/// The factor of each calendar month for a seasonal buyer (January first).
const SEASON: [f64; 12] = [0.35, 0.3, 0.35, 0.4, 0.45, 0.6, 1.1, 2.4, 2.9, 2.6, 1.6, 0.5];

/// `months` months of sales ending last month, newest month first and by
/// product (the order of `Dossier::sales`). `monthly` is the usual month's
/// amount in whole units.
pub(super) fn history(
    pattern: Pattern,
    monthly: i64,
    months: i32,
    today: NaiveDate,
    lines: &[Line<'_>],
    rng: &mut fastrand::Rng,
) -> Vec<Sale> {
    let last = Month::of(today).previous();
    let mut out = Vec::with_capacity(months.max(0) as usize * lines.len());
    let mut previous = 0.0;
    for back in 0..months {
        let month = last.plus(-back);
        let age = f64::from(months - 1 - back) / 12.0;
        let factor = match pattern {
            Pattern::Steady => (1.0 + 0.05 * age) * (0.96 + rng.f64() * 0.08),
            Pattern::Seasonal => SEASON[month.month as usize - 1] * (0.9 + rng.f64() * 0.2),
            Pattern::Irregular => {
                if rng.u8(..100) < 35 {
                    0.6 + rng.f64() * 3.4
                } else if previous > 0.0 && rng.u8(..100) < 8 {
                    -0.15
                } else {
                    0.0
                }
            }
            Pattern::Fading { last: stop } => {
                let ago = back + 1;
                if ago < stop {
                    0.0
                } else {
                    let run = f64::from((months - stop).max(1));
                    let done = f64::from(months - ago) / run;
                    (1.0 - 0.75 * done) * (0.85 + rng.f64() * 0.3)
                }
            }
        };
        previous = factor;
        if factor == 0.0 {
            continue;
        }
        let amount = (monthly as f64 * factor).round() as i64;
        for line in lines {
            let units = amount * line.share / 100;
            if units == 0 {
                continue;
            }
            out.push(Sale {
                account_id: AccountId(0),
                month,
                product: line.product.to_string(),
                amount: units * 100,
                profit: (line.margin > 0).then(|| units * line.margin),
                volume: (line.unit_price > 0).then(|| units / line.unit_price * 100),
            });
        }
    }
    out.sort_by(|a, b| b.month.cmp(&a.month).then_with(|| a.product.cmp(&b.product)));
    out
}

/// Three years of a sample account's sales, up to last month; `seed`
/// keeps each account's history its own and the same for every `today`.
/// An account still buying sells exactly `12 * monthly` over the last
/// twelve months, so the portfolio ranks the sample as its typed annual
/// sales say.
pub(super) fn three_years(
    c: super::build::Clock,
    seed: u64,
    pattern: Pattern,
    monthly: i64,
    lines: &[Line<'_>],
) -> Vec<Sale> {
    let mut rows = history(pattern, monthly, 36, c.today(), lines, &mut fastrand::Rng::with_seed(seed));
    if !matches!(pattern, Pattern::Fading { .. }) {
        scale_year(&mut rows, c.today(), monthly * 12);
    }
    rows
}

/// Three years like [`three_years`] of an account that stopped buying: its
/// last purchase `last` months before today's month, nothing since. At 5
/// that is between 121 and 154 days without a purchase whatever today is:
/// lapsing under the default criterion (warned from 120 days), never lost.
pub(super) fn stopped_buying(
    c: super::build::Clock,
    seed: u64,
    pattern: Pattern,
    monthly: i64,
    last: i32,
    lines: &[Line<'_>],
) -> Vec<Sale> {
    let mut rows = history(pattern, monthly, 36, c.today(), lines, &mut fastrand::Rng::with_seed(seed));
    let stop = Month::of(c.today()).plus(-last);
    rows.retain(|s| s.month <= stop);
    // An irregular history may have nothing in `stop`, or only a return: its
    // newest purchase moves there, so the last purchase is `last` months back.
    if let Some(newest) = rows.iter().find(|s| s.amount > 0).map(|s| s.month) {
        rows.retain(|s| s.month <= newest);
        rows.iter_mut().filter(|s| s.month == newest).for_each(|s| s.month = stop);
    }
    scale_year(&mut rows, c.today(), monthly * 12);
    rows
}

/// Scales a history so that its last twelve months add up to `annual`
/// whole units (amounts stay whole units; profits and volumes follow).
fn scale_year(rows: &mut [Sale], today: NaiveDate, annual: i64) {
    let window = crate::domain::Period::last_twelve_months(today);
    let year: i64 = rows.iter().filter(|s| window.contains(s.month)).map(|s| s.amount).sum();
    if year <= 0 {
        return;
    }
    let factor = (annual * 100) as f64 / year as f64;
    let scaled = |v: i64| ((v as f64 * factor) / 100.0).round() as i64 * 100;
    for row in rows.iter_mut() {
        row.amount = scaled(row.amount);
        row.profit = row.profit.map(scaled);
        row.volume = row.volume.map(scaled);
    }
    // Rounding leaves a few units over or under: the newest month takes them.
    let now: i64 = rows.iter().filter(|s| window.contains(s.month)).map(|s| s.amount).sum();
    if let Some(newest) = rows.iter_mut().find(|s| window.contains(s.month) && s.amount > 0) {
        newest.amount += annual * 100 - now;
    }
}

/// The month of a date, counted back from `today`'s: 1 is last month.
#[cfg(test)]
pub(super) fn months_ago(today: NaiveDate, month: Month) -> i32 {
    month.until(Month::of(today))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn line(product: &str) -> Line<'_> {
        Line { product, share: 100, margin: 20, unit_price: 50 }
    }

    #[test]
    fn a_history_ends_last_month_newest_first() {
        let mut rng = fastrand::Rng::with_seed(1);
        let rows = history(Pattern::Steady, 10_000, 36, today(), &[line("A")], &mut rng);
        assert_eq!(rows.len(), 36);
        assert_eq!(months_ago(today(), rows[0].month), 1);
        assert_eq!(months_ago(today(), rows[35].month), 36);
        assert!(rows.windows(2).all(|w| w[0].month > w[1].month));
        assert!(rows.iter().all(|r| r.profit == Some(r.amount / 5) && r.volume.is_some()));
    }

    #[test]
    fn a_fading_account_stops_and_a_seasonal_one_peaks_in_autumn() {
        let mut rng = fastrand::Rng::with_seed(2);
        let fading = history(Pattern::Fading { last: 9 }, 10_000, 36, today(), &[line("A")], &mut rng);
        assert_eq!(months_ago(today(), fading[0].month), 9);
        assert!(fading[0].amount < fading[fading.len() - 1].amount);
        let seasonal = history(Pattern::Seasonal, 10_000, 12, today(), &[line("A")], &mut rng);
        let of = |m: u32| seasonal.iter().find(|s| s.month.month == m).map_or(0, |s| s.amount);
        assert!(of(9) > 4 * of(2), "September against February");
    }
}
