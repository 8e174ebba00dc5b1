//! A synthetic portfolio of any size, for measuring keyplan far beyond one
//! manager's book: `keyplan demo --db PATH --accounts N --touchpoints M`.
//! Deterministic for a seed. Realistic shapes: sales follow a long tail (a few
//! large accounts), 3-15 people per account, touchpoints spread over five
//! years in four languages, objectives, milestones and competitors.

use chrono::NaiveDate;

use super::build::{Clock, competitor, milestone, objective, person, touch};
use super::history::{Line, Pattern, history};
use crate::domain::{
    Account, AccountStatus, Attitude, BuyingRole, Channel, Choice, Dossier, KeyClientType, Outcome, PersonId,
    RelationshipLevel, Sale,
};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub accounts: usize,
    /// Touchpoints in all; the larger accounts get more of them.
    pub touchpoints: usize,
    pub seed: u64,
    pub today: NaiveDate,
}

/// The dossiers one by one, so a million touchpoints never sit in memory at once.
pub fn synthetic_portfolio(scale: Scale) -> impl Iterator<Item = Dossier> {
    let weights: Vec<f64> = (0..scale.accounts).map(|i| weight(i, scale.seed)).collect();
    let total: f64 = weights.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    // Largest remainder, so the counts add up to exactly `touchpoints`.
    let mut counts: Vec<usize> =
        weights.iter().map(|w| (w / total * scale.touchpoints as f64).floor() as usize).collect();
    // Each floor lost less than one, so the remainder is below the account count.
    let missing = scale.touchpoints.saturating_sub(counts.iter().sum());
    for count in counts.iter_mut().take(missing) {
        *count += 1;
    }
    (0..scale.accounts).map(move |i| {
        let mut rng = fastrand::Rng::with_seed(scale.seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        dossier(i, weights[i], counts[i], &mut rng, Clock::new(scale.today))
    })
}

/// A Pareto-like weight: account 0 is the largest, and a long tail follows.
fn weight(index: usize, seed: u64) -> f64 {
    let jitter = fastrand::Rng::with_seed(seed.wrapping_add(index as u64)).f64() * 0.5 + 0.75;
    jitter / (index as f64 + 1.0).powf(0.9)
}

struct Language {
    prefixes: &'static [&'static str],
    roots: &'static [&'static str],
    suffixes: &'static [&'static str],
    people: &'static [&'static str],
    surnames: &'static [&'static str],
    summaries: &'static [&'static str],
    topics: &'static [&'static str],
    plan: &'static str,
}

const LANGUAGES: [Language; 4] = [
    Language {
        prefixes: &["Укр", "Київ", "Дніпро", "Львів", "Одеса", "Харків"],
        roots: &["мережа", "логістика", "агро", "енерго", "пошта", "метал", "холод", "транс"],
        suffixes: &["Телеком", "Груп", "Сервіс", "Трейд", "Постач", "Інвест"],
        people: &["Олена", "Андрій", "Марина", "Ігор", "Тетяна", "Сергій", "Наталія", "Богдан"],
        surnames: &["Коваль", "Мельник", "Ткаченко", "Шевчук", "Бондар", "Лисенко", "Кравець"],
        summaries: &[
            "Зустріч щодо поставки датчиків",
            "Дзвінок про продовження контракту",
            "Надіслали комерційну пропозицію",
            "Обговорили скаргу на сервіс",
            "Презентація нової платформи",
            "Узгодили графік монтажу",
        ],
        topics: &["поставки", "ціни", "монтаж", "сервіс", "тендер", "пілот", "ліцензії"],
        plan: "Ми — надійний технологічний партнер клієнта: спільні проєкти, чесна розмова про проблеми.",
    },
    Language {
        prefixes: &["Север", "Алатау", "Сибирь", "Волга", "Каспий", "Урал"],
        roots: &["сталь", "логистик", "нефть", "агро", "транс", "строй", "хим"],
        suffixes: &["Трейд", "Центр", "Холдинг", "Групп", "Сервис", "Ресурс"],
        people: &["Ерлан", "Ольга", "Дмитрий", "Айгерим", "Павел", "Светлана", "Нурлан"],
        surnames: &["Жумабаев", "Иванова", "Соколов", "Ахметова", "Петров", "Ким", "Орлова"],
        summaries: &[
            "Встреча по продлению договора",
            "Звонок о сроках поставки",
            "Отправили коммерческое предложение",
            "Разбор претензии по качеству",
            "Демонстрация мониторинга парка",
            "Согласовали спецификацию",
        ],
        topics: &["поставки", "цены", "монтаж", "сервис", "тендер", "пилот", "лицензии"],
        plan: "Мы — надёжный партнёр клиента в мониторинге: совместная работа и открытые планы.",
    },
    Language {
        prefixes: &["თბილისის", "ქუთაისის", "ბათუმის", "კოლხეთის", "მტკვრის", "რუსთავის"],
        roots: &["წყალი", "ენერგია", "ლოჯისტიკა", "მარანი", "ტრანსი", "აგრო"],
        suffixes: &["ჯგუფი", "სერვისი", "ჰოლდინგი", "ცენტრი", "ტრეიდი"],
        people: &["ნინო", "გიორგი", "თამარ", "ლევან", "ანა", "დავით", "მარიამ"],
        surnames: &["ბერიძე", "კაპანაძე", "გელაშვილი", "ლომიძე", "ჯაფარიძე", "ხუციშვილი"],
        summaries: &[
            "შეხვედრა მიწოდების შესახებ",
            "ზარი კონტრაქტის გაგრძელებაზე",
            "გავუგზავნეთ კომერციული შეთავაზება",
            "განვიხილეთ საჩივარი მომსახურებაზე",
            "ახალი პლატფორმის პრეზენტაცია",
        ],
        topics: &["მიწოდება", "ფასი", "მონტაჟი", "სერვისი", "ტენდერი", "პილოტი"],
        plan: "ჩვენ ვართ კლიენტის საიმედო ტექნოლოგიური პარტნიორი: ერთობლივი პროექტები და ღია გეგმები.",
    },
    Language {
        prefixes: &["North", "Acme", "Bramble", "Meridian", "Harbour", "Summit", "Redwood"],
        roots: &["wind", "field", "stone", "bridge", "gate", "well", "brook"],
        suffixes: &["Foods", "Logistics", "Freight", "Utilities", "Hospitals", "Retail", "Energy"],
        people: &["Oliver", "Amelia", "George", "Isla", "Harry", "Emily", "Jack", "Sophie"],
        surnames: &["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes"],
        summaries: &[
            "Meeting about the sensor rollout",
            "Call on contract renewal terms",
            "Sent the commercial proposal",
            "Reviewed a service complaint",
            "Demo of the monitoring platform",
            "Agreed the installation schedule",
        ],
        topics: &["delivery", "pricing", "installation", "service", "tender", "pilot", "licences"],
        plan: "We are the customer's trusted technology partner: joint projects and honest talk about problems.",
    },
];

fn pick<'a>(rng: &mut fastrand::Rng, items: &'a [&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

fn dossier(index: usize, weight: f64, touchpoints: usize, rng: &mut fastrand::Rng, clock: Clock) -> Dossier {
    let lang = &LANGUAGES[index % LANGUAGES.len()];
    // The index keeps every name unique among open accounts.
    let name = format!("{}{} {} {index}", pick(rng, lang.prefixes), pick(rng, lang.roots), pick(rng, lang.suffixes));
    let mut account = Account::new(name, clock.d(-(rng.i64(200..2000))));
    account.client_type = *rng.choice(KeyClientType::ALL).unwrap_or(&KeyClientType::Breadwinner);
    account.level_now = *rng.choice(&RelationshipLevel::ALL[..4]).unwrap_or(&RelationshipLevel::Reactive);
    account.level_target = RelationshipLevel::Partnership;
    account.status = match rng.u8(..100) {
        0..=84 => AccountStatus::Active,
        85..=89 => AccountStatus::AtRisk,
        90..=93 => AccountStatus::Prospect,
        94..=97 => AccountStatus::Lost,
        _ => AccountStatus::Former,
    };
    account.annual_sales = Some((weight * 50_000_000.0) as i64);
    account.headcount = Some(rng.u32(20..20_000));
    account.cooperation_start = Some(clock.d(-(rng.i64(365..7000))));
    account.industry = pick(rng, lang.topics).to_string();
    account.description = format!("{} {}", lang.plan, pick(rng, lang.summaries));
    let mut d = Dossier::new(account);
    d.charter = lang.plan.to_string();
    d.situation = format!("{}: {}.", pick(rng, lang.summaries), pick(rng, lang.topics));
    d.strategy = format!("{} — {}.", lang.plan, pick(rng, lang.topics));

    for offset in 0..rng.i32(1..=3) {
        let product = format!("{} {}", pick(rng, lang.topics), clock.year(offset));
        d.objectives.push(objective(clock.year(offset), &product, "1 000", Some(rng.i64(10_000..5_000_000)), ""));
    }
    for _ in 0..rng.usize(2..=4) {
        let due = clock.d(rng.i64(-200..200));
        let done = (due < clock.d(0) && rng.bool()).then_some(due);
        d.milestones.push(milestone(pick(rng, lang.summaries), due, done, ""));
    }
    for _ in 0..rng.usize(1..=3) {
        d.competitors.push(competitor(pick(rng, LANGUAGES[3].prefixes), pick(rng, lang.topics), "", ""));
    }
    let people = rng.usize(3..=15);
    for p in 0..people {
        let full = format!("{} {}", pick(rng, lang.people), pick(rng, lang.surnames));
        let mut someone = person(p as i64 + 1, &full, pick(rng, lang.topics));
        someone.role = rng.choice(BuyingRole::ALL).copied();
        someone.attitude = rng.choice(Attitude::ALL).copied();
        someone.influence = Some(rng.u8(1..=5));
        someone.reports_to = (p > 0).then(|| PersonId(rng.i64(1..=p as i64)));
        someone.birthday = rng.bool().then(|| clock.d(-(rng.i64(9000..25000))).into());
        d.people.push(someone);
    }
    // Newest first, spread over five years; a rare code word makes searches realistic.
    let mut days: Vec<i64> = (0..touchpoints).map(|_| rng.i64(0..1825)).collect();
    days.sort_unstable();
    for ago in days {
        let summary =
            format!("{} ({}, {}-{})", pick(rng, lang.summaries), pick(rng, lang.topics), "ref", rng.u32(..1_000_000));
        let mut t = touch(clock.d(-ago), *rng.choice(Channel::ALL).unwrap_or(&Channel::Call), &summary);
        t.people = vec![PersonId(rng.i64(1..=people as i64))];
        t.outcome = if rng.u8(..4) == 0 { rng.choice(Outcome::ALL).copied() } else { None };
        if rng.u8(..10) == 0 {
            t.next_step = pick(rng, lang.summaries).to_string();
            t.next_step_due = Some(clock.d(7 - ago));
            t.next_step_done = (ago > 30).then(|| clock.d(8 - ago));
        }
        d.touchpoints.push(t);
    }
    d.sales = sales(&d.account, weight, lang, rng, clock);
    d
}

/// Months of sales each generated account has: ten years.
const MONTHS: i32 = 120;

/// Ten years of monthly sales, the size following the account's weight (a
/// Pareto-like spread); most accounts buy steadily, some by season, some
/// now and then; lost and former ones (and a few open ones) fade away.
/// Prospects have bought nothing yet.
fn sales(account: &Account, weight: f64, lang: &Language, rng: &mut fastrand::Rng, clock: Clock) -> Vec<Sale> {
    let pattern = match account.status {
        AccountStatus::Prospect => return Vec::new(),
        AccountStatus::Lost | AccountStatus::Former => Pattern::Fading { last: rng.i32(4..36) },
        _ => match rng.u8(..100) {
            0..=54 => Pattern::Steady,
            55..=74 => Pattern::Seasonal,
            75..=94 => Pattern::Irregular,
            _ => Pattern::Fading { last: rng.i32(4..10) },
        },
    };
    let monthly = ((weight * 50_000_000.0) / 12.0).max(1_000.0) as i64;
    let (first, second) = (pick(rng, lang.topics), pick(rng, lang.summaries));
    let margin = rng.i64(10..40);
    // A quarter of the accounts buy two product lines.
    let lines = if rng.u8(..4) == 0 {
        vec![
            Line { product: first, share: 70, margin, unit_price: 0 },
            Line { product: second, share: 30, margin: margin / 2, unit_price: 0 },
        ]
    } else {
        vec![Line { product: first, share: 100, margin, unit_price: 0 }]
    };
    history(pattern, monthly, MONTHS, clock.today(), &lines, rng)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(accounts: usize, touchpoints: usize, seed: u64) -> Scale {
        Scale { accounts, touchpoints, seed, today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default() }
    }

    #[test]
    fn exact_counts_and_shapes() {
        let portfolio: Vec<Dossier> = synthetic_portfolio(scale(200, 5_000, 7)).collect();
        assert_eq!(portfolio.len(), 200);
        assert_eq!(portfolio.iter().map(|d| d.touchpoints.len()).sum::<usize>(), 5_000);
        assert!(portfolio.iter().all(|d| (3..=15).contains(&d.people.len())));
        let first = portfolio[0].touchpoints.len();
        let last = portfolio[199].touchpoints.len();
        assert!(first > last * 5, "a long tail: {first} vs {last}");
        let mut names: Vec<&str> = portfolio.iter().map(|d| d.account.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 200, "names are unique");
        for d in &portfolio {
            assert!(d.touchpoints.windows(2).all(|w| w[0].date >= w[1].date), "newest first");
            let ids: Vec<PersonId> = d.people.iter().map(|p| p.id).collect();
            assert!(d.touchpoints.iter().flat_map(|t| &t.people).all(|p| ids.contains(p)));
            assert!(d.people.iter().filter_map(|p| p.reports_to).all(|p| ids.contains(&p)));
        }
    }

    #[test]
    fn ten_years_of_sales_in_every_shape() {
        let portfolio: Vec<Dossier> = synthetic_portfolio(scale(1_000, 0, 7)).collect();
        let rows: usize = portfolio.iter().map(|d| d.sales.len()).sum();
        // The reference size (10 000 accounts) has about 1.2 million rows.
        assert!((100_000..140_000).contains(&rows), "{rows} rows");
        let first = |d: &Dossier| d.sales.iter().map(|s| s.amount).sum::<i64>();
        assert!(first(&portfolio[0]) > 20 * first(&portfolio[900]).max(1), "a long tail");
        for d in portfolio.iter().filter(|d| !d.account.status.is_open()) {
            let last = d.sales.first().map(|s| s.month);
            assert!(last < Some(crate::domain::Month { year: 2026, month: 8 }), "{last:?}");
        }
        assert!(portfolio.iter().filter(|d| d.account.status == AccountStatus::Prospect).all(|d| d.sales.is_empty()));
        assert!(portfolio.iter().flat_map(|d| &d.sales).any(|s| s.amount < 0), "returns");
    }

    #[test]
    fn the_same_seed_gives_the_same_portfolio() {
        let a: Vec<Dossier> = synthetic_portfolio(scale(20, 300, 42)).collect();
        let b: Vec<Dossier> = synthetic_portfolio(scale(20, 300, 42)).collect();
        let c: Vec<Dossier> = synthetic_portfolio(scale(20, 300, 43)).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
