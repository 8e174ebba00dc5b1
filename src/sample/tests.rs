//! The sample must be a portfolio the rest of keyplan can trust: complete
//! plans, resolvable person references, dates near `today`, and something
//! for every alert to show.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::sample_portfolio;
use crate::domain::analysis::{Lapse, LapsingRule, lapse};
use crate::domain::text::needs_cleaning;
use crate::domain::{AccountStatus, BirthDate, Dossier, Outcome, PersonId};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// Several `today`s, including a leap day and a year end.
fn todays() -> Vec<NaiveDate> {
    vec![day(2026, 3, 1), day(2024, 2, 29), day(2025, 12, 31), day(2031, 7, 15)]
}

fn days_ago(today: NaiveDate, date: NaiveDate) -> i64 {
    (today - date).num_days()
}

fn last_touch(d: &Dossier) -> Option<NaiveDate> {
    d.touchpoints.first().map(|t| t.date)
}

/// Years completed and days to wait at the next anniversary of `start`.
fn next_anniversary(start: NaiveDate, today: NaiveDate) -> Option<(i32, i64)> {
    [today.year(), today.year() + 1].into_iter().find_map(|year| {
        let date = start.with_year(year).or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))?;
        let wait = (date - today).num_days();
        (wait >= 0).then_some((year - start.year(), wait))
    })
}

#[test]
fn at_least_eight_accounts_with_unique_names() {
    for today in todays() {
        let portfolio = sample_portfolio(today);
        assert!(portfolio.len() >= 8, "only {} accounts", portfolio.len());
        let names: HashSet<&str> = portfolio.iter().map(|d| d.account.name.as_str()).collect();
        assert_eq!(names.len(), portfolio.len(), "duplicate account names");
    }
}

#[test]
fn every_dossier_is_complete() {
    for d in sample_portfolio(day(2026, 3, 1)) {
        let name = &d.account.name;
        assert!(!d.charter.trim().is_empty(), "{name}: empty charter");
        assert!(!d.situation.trim().is_empty(), "{name}: empty situation");
        assert!(!d.strategy.trim().is_empty(), "{name}: empty strategy");
        assert!((1..=3).contains(&d.objectives.len()), "{name}: objectives");
        assert!((2..=4).contains(&d.milestones.len()), "{name}: milestones");
        assert!((3..=6).contains(&d.people.len()), "{name}: people");
        assert!((1..=3).contains(&d.competitors.len()), "{name}: competitors");
        assert!(!d.touchpoints.is_empty(), "{name}: no touchpoints");
        for text in [
            &d.account.industry,
            &d.account.region,
            &d.account.description,
            &d.account.development_history,
            &d.account.org_structure,
            &d.account.market_environment,
            &d.account.preferred_products,
        ] {
            assert!(!text.trim().is_empty(), "{name}: empty general information");
        }
        assert_eq!(d.account.id.0, 0, "{name}: account id must stay 0");
        for p in &d.people {
            let influence = p.influence.unwrap_or(0);
            assert!((1..=5).contains(&influence), "{name}: {} influence", p.name);
            assert!(p.role.is_some() && p.attitude.is_some() && p.channel.is_some());
            assert!(!p.job_title.is_empty() && !p.phone.is_empty());
        }
    }
}

#[test]
fn active_accounts_have_a_year_of_contacts_newest_first() {
    for today in todays() {
        for d in sample_portfolio(today) {
            let name = &d.account.name;
            let sorted = d.touchpoints.windows(2).all(|w| (w[0].date, w[0].time) >= (w[1].date, w[1].time));
            assert!(sorted, "{name}: touchpoints not newest first");
            if matches!(d.account.status, AccountStatus::Active | AccountStatus::AtRisk) {
                assert!((8..=20).contains(&d.touchpoints.len()), "{name}: touchpoint count");
                let oldest = d.touchpoints.last().map(|t| days_ago(today, t.date));
                assert!(oldest >= Some(300), "{name}: contacts do not span the year");
            }
        }
    }
}

#[test]
fn person_references_stay_inside_the_dossier() {
    for d in sample_portfolio(day(2025, 12, 31)) {
        let name = &d.account.name;
        let ids: HashSet<PersonId> = d.people.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), d.people.len(), "{name}: duplicate person ids");
        assert!(ids.iter().all(|id| id.0 > 0), "{name}: person id 0");
        for p in &d.people {
            if let Some(boss) = p.reports_to {
                assert!(ids.contains(&boss), "{name}: {} reports to a stranger", p.name);
                assert_ne!(boss, p.id, "{name}: {} reports to self", p.name);
            }
        }
        for t in &d.touchpoints {
            assert!(!t.people.is_empty(), "{name}: contact on {} with nobody", t.date);
            for id in &t.people {
                assert!(ids.contains(id), "{name}: contact on {} names a stranger", t.date);
            }
        }
    }
}

#[test]
fn cyrillic_georgian_and_latin_accounts_are_present() {
    let names: Vec<String> = sample_portfolio(day(2026, 3, 1)).into_iter().map(|d| d.account.name).collect();
    let in_script =
        |range: std::ops::RangeInclusive<char>| names.iter().filter(|n| n.chars().any(|c| range.contains(&c))).count();
    assert!(in_script('\u{0400}'..='\u{04FF}') >= 2, "Cyrillic");
    assert!(in_script('\u{10A0}'..='\u{10FF}') >= 2, "Georgian");
    let latin = names.iter().filter(|n| n.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_ascii())).count();
    assert!(latin >= 2, "Latin");
}

#[test]
fn every_date_stays_near_today() {
    for today in todays() {
        let this_year = today.year();
        for d in sample_portfolio(today) {
            let name = &d.account.name;
            let created = days_ago(today, d.account.created_on);
            assert!((700..=2200).contains(&created), "{name}: created {created} days ago");
            if let Some(start) = d.account.cooperation_start {
                assert!((0..=12 * 366).contains(&days_ago(today, start)), "{name}: cooperation");
            }
            for o in &d.objectives {
                assert!([this_year, this_year + 1].contains(&o.year), "{name}: objective year");
            }
            for m in &d.milestones {
                assert!(days_ago(today, m.due).abs() <= 400, "{name}: milestone {}", m.title);
                if let Some(done) = m.done {
                    assert!((0..=400).contains(&days_ago(today, done)), "{name}: {}", m.title);
                }
            }
            for p in &d.people {
                if let Some(born) = p.birthday.and_then(BirthDate::date) {
                    let age = days_ago(today, born) / 365;
                    assert!((18..=80).contains(&age), "{name}: {} is {age}", p.name);
                }
            }
            for t in &d.touchpoints {
                assert!((0..=366).contains(&days_ago(today, t.date)), "{name}: contact date");
                if let Some(due) = t.next_step_due {
                    assert!(due >= t.date && days_ago(today, due) >= -60, "{name}: due {due}");
                }
                if let Some(done) = t.next_step_done {
                    assert!(t.next_step_due.is_some(), "{name}: done without a step");
                    assert!(done >= t.date && done <= today, "{name}: done {done}");
                }
            }
        }
    }
}

#[test]
fn same_today_same_portfolio_and_dates_follow_today() {
    for today in todays() {
        assert_eq!(sample_portfolio(today), sample_portfolio(today));
    }
    let early = sample_portfolio(day(2026, 3, 1));
    let late = sample_portfolio(day(2026, 5, 10));
    assert_ne!(early, late);
    for (a, b) in early.iter().zip(&late) {
        assert_eq!(a.account.name, b.account.name);
        assert_eq!(a.touchpoints.len(), b.touchpoints.len());
        for (x, y) in a.touchpoints.iter().zip(&b.touchpoints) {
            assert_eq!((y.date - x.date).num_days(), 70, "{}", a.account.name);
        }
    }
}

#[test]
fn round_dates_come_up_within_two_weeks() {
    for today in todays() {
        let portfolio = sample_portfolio(today);
        let anniversary = portfolio.iter().any(|d| {
            d.account
                .cooperation_start
                .and_then(|s| next_anniversary(s, today))
                .is_some_and(|(years, wait)| years > 0 && years % 5 == 0 && wait <= 14)
        });
        assert!(anniversary, "no round cooperation anniversary near {today}");
        let birthday = portfolio.iter().flat_map(|d| &d.people).any(|p| {
            p.birthday
                .and_then(BirthDate::date)
                .and_then(|b| next_anniversary(b, today))
                .is_some_and(|(age, wait)| age % 10 == 0 && wait <= 14)
        });
        assert!(birthday, "no round birthday near {today}");
    }
}

#[test]
fn statuses_cover_the_whole_lifecycle() {
    let portfolio = sample_portfolio(day(2026, 3, 1));
    let count = |s: AccountStatus| portfolio.iter().filter(|d| d.account.status == s).count();
    assert!(count(AccountStatus::Active) * 2 > portfolio.len(), "mostly active");
    for s in [AccountStatus::AtRisk, AccountStatus::Prospect, AccountStatus::Lost, AccountStatus::Former] {
        assert_eq!(count(s), 1, "{s}");
    }
    let lost = portfolio.iter().find(|d| d.account.status == AccountStatus::Lost).expect("a lost account");
    for outcome in [Outcome::Refusal, Outcome::DealLost] {
        let logged = lost.touchpoints.iter().any(|t| t.outcome == Some(outcome) && !t.reason.is_empty());
        assert!(logged, "lost account lacks a {outcome} with its reason");
    }
    let mut sales: Vec<i64> = portfolio.iter().filter_map(|d| d.account.annual_sales).collect();
    sales.sort_unstable_by(|a, b| b.cmp(a));
    let total: i64 = sales.iter().sum();
    assert!(sales[..3].iter().sum::<i64>() * 2 > total, "a few large accounts carry the sales");
    assert!(sales.iter().any(|s| *s * 50 < total), "a tail of small accounts");
}

#[test]
fn alerts_have_something_to_show() {
    for today in todays() {
        let portfolio = sample_portfolio(today);
        let overdue_milestones =
            portfolio.iter().flat_map(|d| &d.milestones).filter(|m| m.done.is_none() && m.due < today).count();
        assert!(overdue_milestones >= 2, "overdue milestones: {overdue_milestones}");
        let late = portfolio
            .iter()
            .flat_map(|d| &d.touchpoints)
            .filter(|t| t.open_follow_up().is_some_and(|due| due < today))
            .count();
        assert!((1..=3).contains(&late), "late follow-ups: {late}");
        let steps = portfolio.iter().flat_map(|d| &d.touchpoints).filter(|t| t.next_step_due.is_some());
        let (done, all) =
            steps.fold((0, 0), |(done, all), t| (done + usize::from(t.next_step_done.is_some()), all + 1));
        assert!(done * 3 > all * 2, "most follow-ups are done ({done} of {all})");
        let open = portfolio.iter().filter(|d| d.account.status.is_open());
        let ages: Vec<i64> = open.filter_map(|d| last_touch(d).map(|t| days_ago(today, t))).collect();
        assert!(ages.iter().any(|a| *a <= 7), "someone touched this week");
        assert!(ages.iter().filter(|a| (35..=70).contains(*a)).count() >= 2, "overdue accounts");
    }
}

#[test]
fn the_at_risk_carrier_is_lapsing_and_no_open_account_is_lost() {
    let rule = LapsingRule::default();
    let more = [day(2027, 3, 1), day(2027, 2, 1), day(2026, 7, 31), day(2026, 12, 2)];
    for today in todays().into_iter().chain(more) {
        let lapses: Vec<(String, Lapse)> = sample_portfolio(today)
            .iter()
            .filter_map(|d| {
                let last = d.sales.iter().filter(|s| s.amount > 0).map(|s| s.month).max();
                let found = lapse(last, d.account.status, d.account.client_type, today, &rule)?;
                Some((d.account.name.clone(), found))
            })
            .collect();
        assert!(lapses.iter().any(|(name, _)| name == "Галицька Логістика"), "{today}: {lapses:?}");
        assert!(lapses.iter().all(|(_, found)| !found.lost), "{today}: {lapses:?}");
    }
}

#[test]
fn text_is_terminal_safe() {
    for d in sample_portfolio(day(2026, 3, 1)) {
        let a = &d.account;
        let lines = [&a.name, &a.industry, &a.region]
            .into_iter()
            .chain(d.people.iter().flat_map(|p| [&p.name, &p.job_title, &p.phone, &p.email]))
            .chain(d.objectives.iter().map(|o| &o.product))
            .chain(d.milestones.iter().map(|m| &m.title))
            .chain(d.competitors.iter().map(|c| &c.name));
        for line in lines {
            assert!(!needs_cleaning(line), "control character in {line:?}");
            assert_eq!(line.trim(), line, "stray spaces in {line:?}");
        }
        let texts = [&d.charter, &d.situation, &d.strategy, &a.description]
            .into_iter()
            .chain(d.touchpoints.iter().flat_map(|t| [&t.summary, &t.reason, &t.next_step]));
        for text in texts {
            assert!(text.chars().all(|c| c == '\n' || !c.is_control()), "control character in {text:?}");
            assert!(!text.contains("  "), "double space in {text:?}");
        }
    }
}

#[test]
fn extreme_todays_do_not_panic() {
    for today in [NaiveDate::MIN, NaiveDate::MAX, day(1, 1, 1)] {
        assert_eq!(sample_portfolio(today).len(), 10);
    }
}

/// A later contact settles an earlier promise, so an open next step only
/// makes sense on the newest contact of the account.
#[test]
fn open_follow_ups_sit_on_the_newest_contact() {
    for d in sample_portfolio(day(2026, 3, 1)) {
        let newest = last_touch(&d);
        for t in d.touchpoints.iter().filter(|t| t.open_follow_up().is_some()) {
            assert_eq!(Some(t.date), newest, "{}: open step {:?}", d.account.name, t.next_step);
        }
    }
}
