//! People, their reporting lines, and competitors.

use crate::common::*;

#[test]
fn people_round_trip_with_reporting_lines() {
    let (dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let boss = store.save_person(&person(account, "Олена Коваль")).unwrap();
    let mut anna = Person {
        id: PersonId(0),
        account_id: account,
        name: "Anna Beridze".into(),
        job_title: "Head of purchasing".into(),
        role: Some(BuyingRole::DecisionMaker),
        influence: Some(5),
        attitude: Some(Attitude::Supporter),
        reports_to: Some(boss),
        channel: Some(ContactChannel::Messenger),
        phone: "+995 555 12 34 56".into(),
        email: "anna@example.ge".into(),
        birthday: Some(d("1980-02-29").into()),
        notes: "Likes tea.\nPlays chess.".into(),
        stamp: Default::default(),
    };
    let anna_id = store.save_person(&anna).unwrap();
    anna.id = anna_id;

    let people = store.load_dossier(account).unwrap().people;
    assert_eq!(people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Anna Beridze", "Олена Коваль"]);
    anna.stamp = first_stamp(&people[0].stamp);
    assert_eq!(people[0], anna);

    anna.influence = None;
    anna.role = None;
    anna.attitude = Some(Attitude::Opponent);
    assert_eq!(store.save_person(&anna).unwrap(), anna_id);
    anna.stamp.revision = 2;
    assert_eq!(store.load_dossier(account).unwrap().people[0], anna);

    // Deleting the boss frees whoever reported to them.
    store.delete_person(boss, None).unwrap();
    assert_eq!(store.load_dossier(account).unwrap().people[0].reports_to, None);
    assert_eq!(count(&dir.path().join("keyplan.db"), "people"), 1);
    assert!(matches!(store.delete_person(boss, None), Err(StoreError::NotFound(_))));
}

#[test]
fn reporting_lines_stay_inside_the_account_and_never_circle() {
    let (_dir, mut store) = fresh();
    let acme = new_account(&mut store, "Acme", None);
    let other = new_account(&mut store, "Globex", None);
    let stranger = store.save_person(&person(other, "Stranger")).unwrap();
    let a = store.save_person(&person(acme, "A")).unwrap();
    let mut b = person(acme, "B");
    b.reports_to = Some(a);
    let b_id = store.save_person(&b).unwrap();

    let mut a_person = store.load_dossier(acme).unwrap().people[0].clone();
    a_person.reports_to = Some(a);
    assert!(matches!(store.save_person(&a_person), Err(StoreError::Invalid(_))), "self");
    a_person.reports_to = Some(b_id);
    let error = store.save_person(&a_person).unwrap_err();
    assert!(matches!(error, StoreError::Invalid(_)), "circle: {error:?}");
    a_person.reports_to = Some(stranger);
    assert!(matches!(store.save_person(&a_person), Err(StoreError::Invalid(_))), "other account");
    let mut newcomer = person(acme, "C");
    newcomer.reports_to = Some(stranger);
    assert!(matches!(store.save_person(&newcomer), Err(StoreError::Invalid(_))));
    newcomer.reports_to = None;
    newcomer.influence = Some(9);
    assert!(matches!(store.save_person(&newcomer), Err(StoreError::Invalid(_))));
    assert_eq!(store.load_dossier(acme).unwrap().people.len(), 2, "refused edits leave nothing behind");
}

#[test]
fn competitors_round_trip() {
    let (_dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let mut rival = Competitor {
        id: CompetitorId(0),
        account_id: account,
        name: "Zenit".into(),
        position: "Incumbent on racks.".into(),
        strengths: "Price\nLocal stock".into(),
        weaknesses: "Slow service".into(),
        stamp: Default::default(),
    };
    let zenit = store.save_competitor(&rival).unwrap();
    let alpha = store.save_competitor(&Competitor { name: "Alpha".into(), ..rival.clone() }).unwrap();
    rival.id = zenit;
    let loaded = store.load_dossier(account).unwrap().competitors;
    assert_eq!(loaded.iter().map(|c| c.id).collect::<Vec<_>>(), [alpha, zenit]);
    rival.stamp = first_stamp(&loaded[1].stamp);
    assert_eq!(loaded[1], rival);
    rival.weaknesses = "None left".into();
    store.save_competitor(&rival).unwrap();
    rival.stamp.revision = 2;
    assert_eq!(store.load_dossier(account).unwrap().competitors[1], rival);
    store.delete_competitor(alpha, None).unwrap();
    assert!(matches!(store.delete_competitor(alpha, None), Err(StoreError::NotFound(_))));
    rival.name = "".into();
    assert!(matches!(store.save_competitor(&rival), Err(StoreError::Invalid(_))));
}

#[test]
fn a_birthday_without_a_year_is_kept_and_found_by_the_check() {
    use keyplan::domain::BirthDate;
    let (dir, mut store) = fresh();
    let account = new_account(&mut store, "Acme", None);
    let mut olena = person(account, "Олена Коваль");
    olena.birthday = BirthDate::no_year(12, 31);
    store.save_person(&olena).unwrap();
    let mut nina = person(account, "Ніна Бондар");
    nina.birthday = Some(d("1980-12-30").into());
    store.save_person(&nina).unwrap();

    let people = store.load_dossier(account).unwrap().people;
    let birthday_of = |name: &str| people.iter().find(|p| p.name == name).unwrap().birthday;
    assert_eq!(birthday_of("Олена Коваль"), BirthDate::no_year(12, 31));
    assert_eq!(birthday_of("Ніна Бондар"), nina.birthday);
    let stored: String = rusqlite::Connection::open(dir.path().join("keyplan.db"))
        .unwrap()
        .query_row("SELECT birthday FROM people WHERE birthday LIKE '--%'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, "--12-31");

    let input = store.check_input(d("2026-12-25"), 14).unwrap();
    let found: Vec<_> = input.birthdays.iter().map(|b| (b.name.as_str(), b.birthday)).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.contains(&("Олена Коваль", BirthDate::no_year(12, 31).unwrap())));
}
