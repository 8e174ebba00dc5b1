//! Full-text search in the store: the index follows every insert, update
//! and delete in the same transaction, is backfilled when an older database
//! is upgraded, and never lets a query's text become query syntax.

use chrono::NaiveDate;
use keyplan::domain::search::{MATCH_END, MATCH_START};
use keyplan::domain::{
    Account, AccountId, Channel, Competitor, CompetitorId, Dossier, Milestone, MilestoneId, Objective, ObjectiveId,
    Person, PersonId, PlanSection, SearchHit, SearchKind, TextPart, Touchpoint, TouchpointId,
};
use keyplan::store::Store;

#[path = "support/old_schema.rs"]
mod old_schema;
use rusqlite_migration::M;
use tempfile::TempDir;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn fresh() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("keyplan.db")).unwrap().store;
    (dir, store)
}

fn search(store: &Store, query: &str) -> Vec<SearchHit> {
    store.search(query, 50).unwrap_or_else(|e| panic!("search {query:?} failed: {e}"))
}

/// (kind, item id) of every hit.
fn found(store: &Store, query: &str) -> Vec<(SearchKind, Option<i64>)> {
    search(store, query).into_iter().map(|h| (h.kind, h.item_id)).collect()
}

fn objective(account: AccountId, product: &str) -> Objective {
    Objective {
        id: ObjectiveId(0),
        account_id: account,
        year: 2026,
        product: product.into(),
        planned_volume: "2 000 шт.".into(),
        expected_profit: Some(10),
        resources: "два інженери".into(),
        stamp: Default::default(),
    }
}

fn milestone(account: AccountId, title: &str, due: &str) -> Milestone {
    Milestone { note: "перевірити обсяги".into(), ..Milestone::new(account, title, d(due)) }
}

fn competitor(account: AccountId, name: &str) -> Competitor {
    Competitor {
        id: CompetitorId(0),
        account_id: account,
        name: name.into(),
        position: "дешевші датчики".into(),
        strengths: "ціна".into(),
        weaknesses: "сервіс".into(),
        stamp: Default::default(),
    }
}

/// One account with a word of its own in every place the index covers.
struct Filled {
    account: AccountId,
    objective: ObjectiveId,
    milestone: MilestoneId,
    person: PersonId,
    competitor: CompetitorId,
    touchpoint: TouchpointId,
}

fn fill(store: &mut Store) -> Filled {
    let mut account = Account::new("Київстар Бізнес", d("2026-01-10"));
    account.industry = "Телеком".into();
    account.region = "Захід".into();
    account.description = "Оператор зв'язку, головний офіс у Львові".into();
    account.preferred_products = "датчики TeleSense".into();
    let account = store.create_account(&account).unwrap();
    store
        .save_text(account, TextPart::Plan(PlanSection::Charter), "Надійний партнер у сфері IoT: місія", None)
        .unwrap();
    store
        .save_text(account, TextPart::Plan(PlanSection::Situation), "Сильні сторони: сервіс. Загрози: демпінг", None)
        .unwrap();
    store
        .save_text(account, TextPart::Plan(PlanSection::Strategy), "Довгострокове партнерство і спільні пілоти", None)
        .unwrap();
    let objective = store.save_objective(&objective(account, "Ліцензії платформи")).unwrap();
    let milestone = store.save_milestone(&milestone(account, "Квартальний огляд", "2026-12-15")).unwrap();
    let mut olena = Person::new(account, "Олена Коваль");
    olena.job_title = "Директорка з закупівель".into();
    olena.email = "olena@kyivstar.example".into();
    olena.notes = "Любить конкретику".into();
    let person = store.save_person(&olena).unwrap();
    let competitor = store.save_competitor(&competitor(account, "СенсорПлюс")).unwrap();
    let mut meeting = Touchpoint::new(account, d("2026-11-20"), Channel::Meeting, "Зустріч щодо ПОСТАВКИ молока");
    meeting.reason = "ціна вища за конкурента".into();
    meeting.next_step = "Надіслати пропозицію".into();
    let touchpoint = store.save_touchpoint(&meeting).unwrap();
    Filled { account, objective, milestone, person, competitor, touchpoint }
}

#[test]
fn every_kind_of_text_is_found_where_it_is() {
    let (_dir, mut store) = fresh();
    let f = fill(&mut store);
    let cases: [(&str, SearchKind, Option<i64>); 14] = [
        ("київстар", SearchKind::Account, None),
        ("телеком", SearchKind::Account, None),
        ("львові", SearchKind::Account, None),
        ("telesense", SearchKind::Account, None),
        ("місія", SearchKind::Charter, None),
        ("демпінг", SearchKind::Situation, None),
        ("пілоти", SearchKind::Strategy, None),
        ("ліцензії", SearchKind::Objective, Some(f.objective.0)),
        ("квартальний", SearchKind::Milestone, Some(f.milestone.0)),
        ("закупівель", SearchKind::Person, Some(f.person.0)),
        ("olena", SearchKind::Person, Some(f.person.0)),
        ("конкретику", SearchKind::Person, Some(f.person.0)),
        ("сенсорплюс", SearchKind::Competitor, Some(f.competitor.0)),
        ("пропозицію", SearchKind::Touchpoint, Some(f.touchpoint.0)),
    ];
    for (query, kind, item) in cases {
        assert_eq!(found(&store, query), vec![(kind, item)], "{query}");
    }
    let hit = &search(&store, "молока")[0];
    assert_eq!(hit.account_id, f.account);
    assert_eq!(hit.account, "Київстар Бізнес");
    assert_eq!(hit.date, Some(d("2026-11-20")));
    assert_eq!(hit.snippet, format!("Зустріч щодо ПОСТАВКИ {MATCH_START}молока{MATCH_END}"));
    assert_eq!(search(&store, "квартальний")[0].date, Some(d("2026-12-15")), "a milestone's due date");
    assert!(found(&store, "дешевші").contains(&(SearchKind::Competitor, Some(f.competitor.0))));
    assert!(found(&store, "ціна").contains(&(SearchKind::Touchpoint, Some(f.touchpoint.0))), "the reason");
}

#[test]
fn cyrillic_is_case_insensitive_both_ways_georgian_works_and_words_are_prefixes() {
    let (_dir, mut store) = fresh();
    let f = fill(&mut store);
    let mut georgian = Account::new("თბილისის წყალი", d("2026-01-10"));
    georgian.description = "წყალმომარაგება დედაქალაქში".into();
    let tbilisi = store.create_account(&georgian).unwrap();
    store.save_touchpoint(&Touchpoint::new(tbilisi, d("2026-09-30"), Channel::Visit, "შეხვედრა ოფისში")).unwrap();
    let mut latin = Touchpoint::new(f.account, d("2026-10-01"), Channel::Call, "Café in Zürich, über alles");
    latin.next_step = "поставки".into();
    let latin = store.save_touchpoint(&latin).unwrap();

    let touchpoint = |id: TouchpointId| (SearchKind::Touchpoint, Some(id.0));
    let both = |hits: Vec<(SearchKind, Option<i64>)>| {
        hits.len() == 2 && hits.contains(&touchpoint(f.touchpoint)) && hits.contains(&touchpoint(latin))
    };
    assert!(both(found(&store, "поставки")), "lower case finds upper case");
    assert!(both(found(&store, "ПОСТАВКИ")), "upper case finds lower case");
    assert!(both(found(&store, "поСТАВки")));
    assert!(both(found(&store, "постав")), "a prefix");
    assert!(both(found(&store, "ПОСТ")), "a prefix in upper case");
    assert!(found(&store, "по").len() >= 2, "a two-letter prefix");
    assert_eq!(found(&store, "поставкиx"), vec![], "a longer word is not a prefix of a shorter one");

    assert_eq!(search(&store, "ოფის")[0].account_id, tbilisi);
    assert_eq!(search(&store, "ოფის")[0].kind, SearchKind::Touchpoint);
    assert_eq!(search(&store, "წყალმომ")[0].kind, SearchKind::Account);
    assert_eq!(search(&store, "თბილ")[0].account, "თბილისის წყალი");
    assert_eq!(found(&store, "cafe zurich"), vec![touchpoint(latin)], "Latin diacritics are folded");
    assert_eq!(found(&store, "UBER"), vec![touchpoint(latin)]);
    let hit = &search(&store, "über")[0];
    assert!(hit.snippet.contains(&format!("{MATCH_START}über{MATCH_END}")), "{}", hit.snippet);
}

#[test]
fn hostile_queries_are_words_never_syntax() {
    let (_dir, mut store) = fresh();
    fill(&mut store);
    let mut tricky = Touchpoint::new(AccountId(1), d("2026-11-01"), Channel::Email, "NEAR and OR not AND");
    tricky.account_id = store.account_names().unwrap()[0].0;
    store.save_touchpoint(&tricky).unwrap();
    for query in [
        "\"",
        "\"\"",
        "*",
        "-",
        "(",
        ")",
        "NEAR(",
        "NEAR(a b)",
        "AND OR",
        "AND",
        "NOT",
        "a OR",
        "title:київ",
        "{title body}:x",
        "^київ",
        "київ*",
        "\"київ",
        "київ\" OR \"",
        "+",
        "''",
        "\\",
        "%",
        "_",
        "  ",
        "",
        "\u{0}",
        "\u{2}\u{3}",
        "💥",
        "NEAR/3",
        "x AND -y",
        "-київ",
    ] {
        let result = store.search(query, 50);
        assert!(result.is_ok(), "{query:?}: {result:?}");
    }
    assert!(search(&store, "\"").is_empty());
    assert!(search(&store, "*").is_empty());
    assert_eq!(found(&store, "NEAR(").len(), 1, "NEAR is a word here");
    assert_eq!(found(&store, "AND OR").len(), 1);
    assert_eq!(search(&store, "title:київ").len(), 0, "no column filter: both words must be there");
    assert_eq!(found(&store, "-київ"), found(&store, "київ"), "no negation");
}

#[test]
fn names_rank_above_mentions_and_the_limit_holds() {
    let (_dir, mut store) = fresh();
    let f = fill(&mut store);
    for day in 1..=9 {
        let date = format!("2026-0{day}-01");
        let text = "Дзвінок: Коваль просить знижку, Коваль чекає на пропозицію";
        store.save_touchpoint(&Touchpoint::new(f.account, d(&date), Channel::Call, text)).unwrap();
    }
    let hits = search(&store, "коваль");
    assert_eq!(hits.len(), 10);
    assert_eq!((hits[0].kind, hits[0].item_id), (SearchKind::Person, Some(f.person.0)), "the person first");
    assert_eq!(store.search("коваль", 3).unwrap().len(), 3);
    assert!(store.search("коваль", 0).unwrap().is_empty());
}

#[test]
fn a_word_in_thousands_of_entries_lists_the_dossier_then_the_newest_log() {
    let (_dir, mut store) = fresh();
    let f = fill(&mut store);
    let mut dossier = Dossier::new(Account::new("Масовий клієнт", d("2020-01-01")));
    for i in 0..2100 {
        let date = d("2020-01-01") + chrono::Days::new(i);
        dossier
            .touchpoints
            .insert(0, Touchpoint::new(AccountId(0), date, Channel::Call, format!("звичайний дзвінок {i}")));
    }
    store.insert_dossier(&dossier).unwrap();
    let mut person = Person::new(f.account, "Звичайний Контакт");
    person.notes = "звичайний".into();
    let person = store.save_person(&person).unwrap();

    let hits = search(&store, "звичайний");
    assert_eq!(hits.len(), 50);
    assert_eq!((hits[0].kind, hits[0].item_id), (SearchKind::Person, Some(person.0)));
    let newest = &hits[1];
    assert_eq!(newest.kind, SearchKind::Touchpoint);
    assert_eq!(newest.date, Some(d("2020-01-01") + chrono::Days::new(2099)), "then the newest contact");
    assert!(hits[1..].windows(2).all(|w| w[0].date >= w[1].date), "newest first");
    // A rarer second word brings the set back under the bound: ranked again.
    assert_eq!(search(&store, "звичайний 2042").len(), 1);
}

#[test]
fn updates_move_the_words_and_deletes_take_them_out() {
    let (_dir, mut store) = fresh();
    let f = fill(&mut store);

    let mut account = store.load_account(f.account).unwrap();
    account.name = "Vodafone Business".into();
    store.update_account(&account).unwrap();
    let description = TextPart::Account(keyplan::domain::AccountText::Description);
    store.save_text(f.account, description, "новий опис", Some(0)).unwrap();
    assert!(found(&store, "київстар").is_empty());
    assert!(found(&store, "львові").is_empty());
    assert_eq!(found(&store, "vodafone"), vec![(SearchKind::Account, None)]);
    assert_eq!(found(&store, "опис"), vec![(SearchKind::Account, None)]);
    assert_eq!(search(&store, "пропозицію")[0].account, "Vodafone Business", "hits name the account as it is now");

    store.save_text(f.account, TextPart::Plan(PlanSection::Charter), "Нова місія без старого слова", None).unwrap();
    assert!(found(&store, "надійний").is_empty());
    assert_eq!(found(&store, "нова"), vec![(SearchKind::Charter, None)]);
    store.save_text(f.account, TextPart::Plan(PlanSection::Charter), "", None).unwrap();
    assert!(found(&store, "нова").is_empty(), "an emptied text leaves the index");
    store.save_text(f.account, TextPart::Plan(PlanSection::Charter), "знову", None).unwrap();
    assert_eq!(found(&store, "знову"), vec![(SearchKind::Charter, None)]);

    let mut o = objective(f.account, "Сервісний контракт");
    o.id = f.objective;
    o.stamp.revision = 1;
    store.save_objective(&o).unwrap();
    assert!(found(&store, "ліцензії").is_empty());
    assert_eq!(found(&store, "сервісний"), vec![(SearchKind::Objective, Some(f.objective.0))]);

    let mut m = milestone(f.account, "Річний перегляд", "2026-12-20");
    m.id = f.milestone;
    m.stamp.revision = 1;
    store.save_milestone(&m).unwrap();
    store.set_milestone_done(f.milestone, None, Some(d("2026-12-21"))).unwrap();
    assert!(found(&store, "квартальний").is_empty());
    assert_eq!(search(&store, "річний")[0].date, Some(d("2026-12-20")));

    let mut p = Person::new(f.account, "Олена Шевченко");
    p.id = f.person;
    p.stamp.revision = 1;
    store.save_person(&p).unwrap();
    assert!(found(&store, "коваль").is_empty());
    assert!(found(&store, "olena").is_empty(), "the email was emptied too");
    assert_eq!(found(&store, "шевченко"), vec![(SearchKind::Person, Some(f.person.0))]);

    let mut c = competitor(f.account, "ДатаСенс");
    c.id = f.competitor;
    c.weaknesses = "повільні".into();
    c.stamp.revision = 1;
    store.save_competitor(&c).unwrap();
    assert!(found(&store, "сенсорплюс").is_empty());
    assert!(found(&store, "сервіс").iter().all(|(k, _)| *k != SearchKind::Competitor));
    assert_eq!(found(&store, "повільні"), vec![(SearchKind::Competitor, Some(f.competitor.0))]);

    let mut t = Touchpoint::new(f.account, d("2026-11-21"), Channel::Call, "Дзвінок про рахунок");
    t.id = f.touchpoint;
    t.stamp.revision = 1;
    store.save_touchpoint(&t).unwrap();
    store.set_follow_up_done(f.touchpoint, None, Some(d("2026-11-22"))).unwrap();
    assert!(found(&store, "молока").is_empty());
    assert!(found(&store, "пропозицію").is_empty(), "the next step went too");
    let hit = &search(&store, "рахунок")[0];
    assert_eq!(
        (hit.kind, hit.item_id, hit.date),
        (SearchKind::Touchpoint, Some(f.touchpoint.0), Some(d("2026-11-21")))
    );

    store.delete_objective(f.objective, None).unwrap();
    store.delete_milestone(f.milestone, None).unwrap();
    store.delete_person(f.person, None).unwrap();
    store.delete_competitor(f.competitor, None).unwrap();
    store.delete_touchpoint(f.touchpoint, None).unwrap();
    for gone in ["сервісний", "річний", "шевченко", "датасенс", "рахунок"] {
        assert!(found(&store, gone).is_empty(), "{gone}");
    }
    assert_eq!(found(&store, "vodafone"), vec![(SearchKind::Account, None)]);
}

#[test]
fn purging_an_account_takes_its_whole_dossier_out_of_the_index() {
    let (_dir, mut store) = fresh();
    let f = fill(&mut store);
    let other = store.create_account(&Account::new("Інший клієнт", d("2026-01-01"))).unwrap();
    store.save_touchpoint(&Touchpoint::new(other, d("2026-11-01"), Channel::Call, "поставки цементу")).unwrap();
    store.purge_account(f.account).unwrap();
    for gone in ["київстар", "місія", "демпінг", "пілоти", "ліцензії", "квартальний", "коваль", "сенсорплюс", "молока"]
    {
        assert!(found(&store, gone).is_empty(), "{gone}");
    }
    let left = search(&store, "поставки");
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].account_id, other);
}

#[test]
fn a_refused_write_leaves_the_index_as_it_was() {
    let (_dir, mut store) = fresh();
    fill(&mut store);
    let mut dossier = Dossier::new(Account::new("Невдалий імпорт", d("2026-01-01")));
    dossier.charter = "неповторнеслово".into();
    let mut t = Touchpoint::new(AccountId(0), d("2026-11-01"), Channel::Call, "неповторнеслово");
    t.people = vec![PersonId(99)];
    dossier.touchpoints.push(t);
    assert!(store.insert_dossier(&dossier).is_err(), "a person who is not in the dossier");
    assert!(search(&store, "неповторнеслово").is_empty());
    assert!(search(&store, "невдалий").is_empty());
}

#[test]
fn a_read_only_store_searches_too() {
    let (dir, mut store) = fresh();
    fill(&mut store);
    drop(store);
    let reader = Store::open_read_only(&dir.path().join("keyplan.db")).unwrap();
    assert_eq!(reader.search("молока", 10).unwrap().len(), 1);
}

#[test]
fn upgrading_a_database_of_schema_2_indexes_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    let schema_2 = [
        M::up(include_str!("../src/store/migrations/001_initial.sql")),
        M::up(include_str!("../src/store/migrations/002_snoozes.sql")),
    ];
    // The same contents, written as keyplan 2 wrote them.
    let (_now_dir, mut now) = fresh();
    let f = fill(&mut now);
    let filled = now.load_dossier(f.account).unwrap();
    let mut hundred = Dossier::new(Account::new("Сто дзвінків", d("2026-01-01")));
    for i in 0..100 {
        let text = format!("дзвінок номер {i}");
        hundred.touchpoints.push(Touchpoint::new(AccountId(0), d("2026-02-01"), Channel::Call, text));
    }
    drop(Store::open_with_migrations(&path, &schema_2).unwrap().store);
    let old = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(old_schema::write_dossier(&old, &filled), f.account.0);
    old_schema::write_dossier(&old, &hundred);
    drop(old);

    let opened = Store::open(&path).unwrap();
    assert!(opened.backup.is_some(), "the old file is kept before the upgrade");
    let store = opened.store;
    let cases: [(&str, SearchKind, Option<i64>); 9] = [
        ("київстар", SearchKind::Account, None),
        ("місія", SearchKind::Charter, None),
        ("демпінг", SearchKind::Situation, None),
        ("пілоти", SearchKind::Strategy, None),
        ("ліцензії", SearchKind::Objective, Some(f.objective.0)),
        ("квартальний", SearchKind::Milestone, Some(f.milestone.0)),
        ("коваль", SearchKind::Person, Some(f.person.0)),
        ("сенсорплюс", SearchKind::Competitor, Some(f.competitor.0)),
        ("молока", SearchKind::Touchpoint, Some(f.touchpoint.0)),
    ];
    for (query, kind, item) in cases {
        assert_eq!(found(&store, query), vec![(kind, item)], "{query}");
    }
    assert_eq!(store.search("дзвінок", 500).unwrap().len(), 100);
    assert_eq!(
        search(&store, "номер 42")[0].snippet,
        format!("дзвінок {MATCH_START}номер{MATCH_END} {MATCH_START}42{MATCH_END}")
    );
}

#[test]
fn a_touchpoints_position_is_its_place_in_the_log() {
    let (_dir, mut store) = fresh();
    let f = fill(&mut store);
    let other = store.create_account(&Account::new("Інший", d("2026-01-01"))).unwrap();
    store.save_touchpoint(&Touchpoint::new(other, d("2026-11-25"), Channel::Call, "чужий")).unwrap();
    for (date, time) in
        [("2026-11-20", Some("09:00")), ("2026-11-20", None), ("2026-11-21", None), ("2026-11-20", Some("17:30"))]
    {
        let mut t = Touchpoint::new(f.account, d(date), Channel::Call, "ще один");
        t.time = time.map(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").unwrap());
        store.save_touchpoint(&t).unwrap();
    }
    let log = store.load_dossier(f.account).unwrap().touchpoints;
    for (i, t) in log.iter().enumerate() {
        assert_eq!(store.touchpoint_position(f.account, t.id).unwrap(), Some(i), "{t:?}");
    }
    let foreign = store.search("чужий", 1).unwrap()[0].item_id.unwrap();
    assert_eq!(store.touchpoint_position(f.account, TouchpointId(foreign)).unwrap(), None);
}

/// Every (word, document, column, position) the index holds.
fn index_entries(path: &std::path::Path) -> Vec<(String, i64, String, i64)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search, 'instance')").unwrap();
    let mut stmt = conn.prepare("SELECT term, doc, col, offset FROM temp.words ORDER BY 1, 2, 3, 4").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(Result::unwrap).collect()
}

#[test]
fn many_dossiers_at_once_are_indexed_as_one_by_one_and_the_triggers_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let (one_by_one, at_once) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let portfolio = keyplan::sample::sample_portfolio(d("2026-11-23"));
    for path in [&one_by_one, &at_once] {
        let mut store = Store::open(path).unwrap().store;
        let first = store.create_account(&Account::new("Already here", d("2026-01-01"))).unwrap();
        store.save_touchpoint(&Touchpoint::new(first, d("2026-02-01"), Channel::Call, "earlier words")).unwrap();
        if path == &one_by_one {
            for dossier in &portfolio {
                store.insert_dossier(dossier).unwrap();
            }
        } else {
            assert_eq!(store.insert_dossiers(portfolio.clone()).unwrap(), portfolio.len());
        }
    }
    let entries = index_entries(&one_by_one);
    assert!(entries.len() > 1000, "{}", entries.len());
    assert_eq!(index_entries(&at_once), entries, "the same words at the same places");

    let mut store = Store::open(&at_once).unwrap().store;
    assert_eq!(store.search("earlier", 10).unwrap().len(), 1, "the rows from before are there once");
    let id = store.create_account(&Account::new("Після імпорту", d("2026-11-23"))).unwrap();
    store.save_text(id, TextPart::Plan(PlanSection::Charter), "свіжий статут", None).unwrap();
    assert_eq!(found(&store, "свіжий"), vec![(SearchKind::Charter, None)], "the triggers work again");
    // A failed bulk insert changes nothing, triggers included.
    let mut broken = Dossier::new(Account::new("Зламаний", d("2026-01-01")));
    let mut t = Touchpoint::new(AccountId(0), d("2026-11-01"), Channel::Call, "зламаний");
    t.people = vec![PersonId(5)];
    broken.touchpoints.push(t);
    assert!(store.insert_dossiers([broken]).is_err());
    assert!(search(&store, "зламаний").is_empty());
    store.save_text(id, TextPart::Plan(PlanSection::Charter), "ще свіжіший", None).unwrap();
    assert_eq!(found(&store, "свіжіший"), vec![(SearchKind::Charter, None)]);
}
