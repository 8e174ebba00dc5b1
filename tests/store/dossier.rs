//! Whole dossiers: purging, inserting all or nothing, reading back.

use crate::common::*;

#[test]
fn purge_removes_the_whole_dossier() {
    let (dir, mut store) = fresh();
    let keep = new_account(&mut store, "Keep", None);
    store.save_person(&person(keep, "Stays")).unwrap();
    let id = store.insert_dossier(&sample_dossier()).unwrap();
    store.purge_account(id).unwrap();
    assert!(matches!(store.load_account(id), Err(StoreError::NotFound(_))));
    let path = dir.path().join("keyplan.db");
    for (table, left) in [
        ("people", 1),
        ("touchpoints", 0),
        ("touchpoint_people", 0),
        ("objectives", 0),
        ("milestones", 0),
        ("competitors", 0),
    ] {
        assert_eq!(count(&path, table), left, "{table}");
    }
    assert_eq!(store.account_count().unwrap(), 1);
}

fn sample_dossier() -> Dossier {
    let mut account = full_account("Магнолія");
    account.id = AccountId(500);
    let here = AccountId(500);
    let mut dossier = Dossier::new(account);
    dossier.charter = "Партнерство на роки.".into();
    dossier.situation = "Strong on service.".into();
    dossier.strategy = "Grow into logistics.".into();
    dossier.objectives.push(Objective {
        id: ObjectiveId(1),
        account_id: here,
        year: 2026,
        product: "Racks".into(),
        planned_volume: "300 units".into(),
        expected_profit: Some(40_000),
        resources: "One engineer".into(),
        stamp: Default::default(),
    });
    dossier.milestones.push(milestone(here, "Mid-year review", "2026-06-30"));
    // Local ids 10, 20, 30: Bohdan reports to Alla, Alla to Chen.
    let mut alla = person(here, "Alla");
    alla.id = PersonId(10);
    alla.reports_to = Some(PersonId(30));
    let mut bohdan = person(here, "Bohdan");
    bohdan.id = PersonId(20);
    bohdan.reports_to = Some(PersonId(10));
    let mut chen = person(here, "Chen");
    chen.id = PersonId(30);
    dossier.people = vec![alla, bohdan, chen];
    dossier.competitors.push(Competitor {
        id: CompetitorId(3),
        account_id: here,
        name: "Zenit".into(),
        position: "Second supplier".into(),
        strengths: String::new(),
        weaknesses: String::new(),
        stamp: Default::default(),
    });
    let mut newest = Touchpoint::new(here, d("2026-05-02"), Channel::Meeting, "Signed.");
    newest.id = TouchpointId(2);
    newest.people = vec![PersonId(30), PersonId(20)];
    let mut oldest = Touchpoint::new(here, d("2026-04-01"), Channel::Call, "First call.");
    oldest.id = TouchpointId(1);
    oldest.people = vec![PersonId(10)];
    dossier.touchpoints = vec![newest, oldest];
    dossier
}

#[test]
fn insert_dossier_maps_local_person_ids() {
    let (_dir, mut store) = fresh();
    // Existing rows so that new ids differ from the local ones.
    let filler = new_account(&mut store, "Filler", None);
    for name in ["F1", "F2", "F3"] {
        store.save_person(&person(filler, name)).unwrap();
    }
    let original = sample_dossier();
    let id = store.insert_dossier(&original).unwrap();
    let loaded = store.load_dossier(id).unwrap();

    assert_eq!(loaded.account, Account { id, stamp: first_stamp(&loaded.account.stamp), ..original.account.clone() });
    assert_eq!(loaded.charter, original.charter);
    assert_eq!((loaded.objectives.len(), loaded.milestones.len(), loaded.competitors.len()), (1, 1, 1));
    assert!(loaded.objectives[0].account_id == id && loaded.milestones[0].account_id == id);
    let by_name = |name: &str| loaded.people.iter().find(|p| p.name == name).unwrap();
    let (alla, bohdan, chen) = (by_name("Alla"), by_name("Bohdan"), by_name("Chen"));
    assert!(![alla.id, bohdan.id, chen.id].iter().any(|p| [PersonId(10), PersonId(20), PersonId(30)].contains(p)));
    assert_eq!(alla.reports_to, Some(chen.id));
    assert_eq!(bohdan.reports_to, Some(alla.id));
    assert_eq!(chen.reports_to, None);

    assert_eq!(loaded.touchpoints[0].summary, "Signed.");
    assert_eq!(loaded.touchpoints[0].people, [chen.id, bohdan.id]);
    assert_eq!(loaded.touchpoints[1].people, [alla.id]);
    assert!(loaded.touchpoints[0].id > loaded.touchpoints[1].id, "logged oldest first");
    assert_eq!(store.last_channel().unwrap(), Some(Channel::Meeting));
}

#[test]
fn insert_dossier_is_all_or_nothing() {
    let (dir, mut store) = fresh();
    let mut broken = sample_dossier();
    broken.touchpoints[1].people = vec![PersonId(99)];
    let error = store.insert_dossier(&broken).unwrap_err();
    assert!(matches!(error, StoreError::Invalid(_)), "{error:?}");
    assert!(error.to_string().contains("99"), "{error}");
    assert_eq!(store.account_count().unwrap(), 0);
    assert_eq!(count(&dir.path().join("keyplan.db"), "people"), 0);

    let mut circle = sample_dossier();
    circle.people[2].reports_to = Some(PersonId(20));
    assert!(matches!(store.insert_dossier(&circle), Err(StoreError::Invalid(_))));

    let mut twins = sample_dossier();
    twins.people[1].id = PersonId(10);
    assert!(matches!(store.insert_dossier(&twins), Err(StoreError::Invalid(_))), "ambiguous local id in use");

    // Unreferenced duplicate ids (fresh Person::new values) are fine.
    let mut plain = Dossier::new(Account::new("Plain", d("2026-01-01")));
    plain.people = vec![person(AccountId(0), "One"), person(AccountId(0), "Two")];
    let id = store.insert_dossier(&plain).unwrap();
    assert_eq!(store.load_dossier(id).unwrap().people.len(), 2);

    let duplicate = Dossier::new(Account::new("PLAIN", d("2026-01-01")));
    assert!(matches!(store.insert_dossier(&duplicate), Err(StoreError::DuplicateName(_))));
    assert_eq!(store.account_count().unwrap(), 1);
}

#[test]
fn dossier_touchpoints_for_the_same_account_only() {
    let (_dir, mut store) = fresh();
    let a = store.insert_dossier(&sample_dossier()).unwrap();
    let mut second = sample_dossier();
    second.account.name = "Other".into();
    let b = store.insert_dossier(&second).unwrap();
    let (da, db) = (store.load_dossier(a).unwrap(), store.load_dossier(b).unwrap());
    assert_eq!(da.touchpoints.len(), 2);
    assert_eq!(db.touchpoints.len(), 2);
    let people_a: Vec<PersonId> = da.people.iter().map(|p| p.id).collect();
    assert!(da.touchpoints.iter().flat_map(|t| &t.people).all(|p| people_a.contains(p)));
    let _: PathBuf = store.path().to_path_buf();
}

/// Pages of the log are read from a touchpoint already shown (keyset
/// paging), in the log's order: ties of date and time, contacts without a
/// time, and every page boundary between them; down from the newest and up
/// from the oldest, each contact exactly once, with its people.
#[test]
fn the_log_is_paged_from_a_touchpoint_in_its_order_from_either_end() {
    let (dir, mut store) = fresh();
    let id = new_account(&mut store, "Довгий Журнал", None);
    let met = store.save_person(&person(id, "Алла")).unwrap();
    let times = [None, Some("09:00"), Some("17:30"), None, Some("09:00")];
    for n in 0..37u64 {
        let date = d("2026-11-01") - chrono::Days::new(n / 5);
        let mut touchpoint = Touchpoint::new(id, date, Channel::Call, format!("Дзвінок {n}"));
        touchpoint.time = times[(n % 5) as usize].map(t);
        if n % 3 == 0 {
            touchpoint.people = vec![met];
        }
        store.save_touchpoint(&touchpoint).unwrap();
    }
    let whole = store.load_dossier(id).unwrap().touchpoints;
    assert_eq!(whole.len(), 37);

    for size in [1, 4, 5, 7, 36, 37, 50] {
        let mut down = store.newest_touchpoints(id, size).unwrap();
        while let Some(last) = down.last().cloned() {
            let older = store.touchpoints_older(id, &last, size).unwrap();
            if older.is_empty() {
                break;
            }
            down.extend(older);
        }
        assert_eq!(down, whole, "down in pages of {size}");

        let mut up = store.oldest_touchpoints(id, size).unwrap();
        while let Some(first) = up.first().cloned() {
            let newer = store.touchpoints_newer(id, &first, size).unwrap();
            if newer.is_empty() {
                break;
            }
            up.splice(0..0, newer);
        }
        assert_eq!(up, whole, "up in pages of {size}");
    }
    for (position, touchpoint) in whole.iter().enumerate() {
        assert_eq!(store.touchpoints_newer_count(id, touchpoint).unwrap(), position);
        assert_eq!(store.touchpoints_from(id, touchpoint, 3).unwrap(), whole[position..(position + 3).min(37)]);
    }

    let conn = raw(&dir.path().join("keyplan.db"));
    let plan: Vec<String> = conn
        .prepare(
            "EXPLAIN QUERY PLAN SELECT id FROM touchpoints INDEXED BY touchpoints_account_date
              WHERE account_id = 1 AND date <= '2026-10-01' AND (date < '2026-10-01' OR id < 5)
              ORDER BY date DESC, time DESC, id DESC LIMIT 200",
        )
        .unwrap()
        .query_map([], |r| r.get(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(plan.iter().any(|step| step.contains("account_id=? AND date<?")), "a range of the index: {plan:?}");
    assert!(!plan.iter().any(|step| step.contains("TEMP B-TREE")), "in the index's order: {plan:?}");
}
