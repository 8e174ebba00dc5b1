//! Alert keys, JSON and sentences, and the check at scale.

use super::*;

#[test]
fn alert_keys_round_trip_as_text() {
    let keys = [
        AlertKey::Contact(AccountId(12)),
        AlertKey::FollowUp(TouchpointId(3)),
        AlertKey::Milestone(MilestoneId(4)),
        AlertKey::Birthday(PersonId(5)),
        AlertKey::Anniversary(AccountId(-6)),
    ];
    for key in keys {
        let text = key.to_string();
        assert_eq!(text.parse::<AlertKey>(), Ok(key));
        let json = serde_json::to_string(&key).unwrap();
        assert_eq!(json, format!("\"{text}\""));
        assert_eq!(serde_json::from_str::<AlertKey>(&json).unwrap(), key);
    }
    assert_eq!(AlertKey::Contact(AccountId(12)).to_string(), "contact:12");
    for bad in ["", "contact", "contact:", "contact:x", "call:1", ":1", "contact:1:2"] {
        assert!(bad.parse::<AlertKey>().is_err(), "{bad:?}");
    }
}

#[test]
fn every_alert_knows_its_key() {
    let mut inp = birthday_input("1980-03-05");
    inp.accounts[0].contact_every_days = None;
    inp.accounts[0].cooperation_start = Some(d("2025-03-03"));
    inp.follow_ups = vec![follow_up(7, 1, "2019-02-01", "2019-02-10", "call")];
    inp.milestones = vec![open_milestone(3, 1, "review", d("2020-03-31"))];
    let alerts = run(&inp, "2026-03-01");
    let mut keys: Vec<_> = alerts.iter().map(|a| a.key()).collect();
    keys.sort();
    assert_eq!(
        keys,
        vec![
            AlertKey::Contact(AccountId(1)),
            AlertKey::FollowUp(TouchpointId(7)),
            AlertKey::Milestone(MilestoneId(3)),
            AlertKey::Birthday(PersonId(5)),
            AlertKey::Anniversary(AccountId(1)),
        ]
    );
    // Snoozing each key by its alert's own key hides exactly everything.
    inp.snoozes = keys.iter().map(|&key| Snooze { key, until: d("2026-03-01") }).collect();
    assert!(run(&inp, "2026-03-01").is_empty());
}

#[test]
fn json_has_the_promised_fields() {
    let inp = input(vec![facts(1, "Acme", Some("2026-02-01"))]);
    let alerts = run(&inp, "2026-03-07");
    let json = serde_json::to_value(&alerts).unwrap();
    assert_eq!(
        json,
        serde_json::json!([{
            "kind": "touchpoint_overdue",
            "severity": "overdue",
            "account_id": 1,
            "account": "Acme",
            "subject": null,
            "item": {"type": "account", "id": 1},
            "date": "2026-02-22",
            "days": 13,
            "round": false,
            "text": "Acme: no touchpoint for 34 days (standard 14/21)"
        }])
    );
}

#[test]
fn text_is_safe_for_a_terminal() {
    let inp = input(vec![facts(1, "Ac\x1b[2Jme\n", Some("2026-02-01"))]);
    let alerts = run(&inp, "2026-03-07");
    assert_eq!(alerts[0].sentence(), "Ac^[[2Jme: no touchpoint for 34 days (standard 14/21)");
    assert!(!alerts[0].sentence().chars().any(char::is_control));
}

/// 10,000 accounts, 50,000 open follow-ups, 50,000 birthdays: every account
/// late in some way. `cargo test --release --lib check_is_fast -- --ignored --nocapture`
#[test]
#[ignore]
fn check_is_fast() {
    let today = d("2026-06-30");
    let (promised, due, born, coop) = (d("2026-06-01"), d("2026-06-10"), d("1970-01-01"), d("2015-07-01"));
    let days = chrono::Duration::days;
    let mut inp = CheckInput::default();
    for i in 0..10_000 {
        let mut a = facts(i, &format!("Account {i}"), None);
        a.last_touchpoint = Some(today - days(i % 60));
        a.cooperation_start = Some(coop + days(i % 3000));
        inp.accounts.push(a);
        for j in 0..5 {
            inp.follow_ups.push(FollowUp {
                touchpoint_id: TouchpointId(i * 10 + j),
                account_id: AccountId(i),
                promised_on: promised,
                next_step: "call back".to_string(),
                due,
            });
            inp.birthdays.push(Birthday {
                person_id: PersonId(i * 10 + j),
                account_id: AccountId(i),
                name: format!("Person {j}"),
                birthday: (born + days((i * 7 + j * 13) % 20000)).into(),
            });
        }
        inp.milestones.push(open_milestone(i, i, "review", today - days(i % 20)));
    }
    let mut best = std::time::Duration::MAX;
    let mut found = 0;
    for _ in 0..5 {
        let start = std::time::Instant::now();
        found = check(inp.clone(), today, &CheckSettings::default()).len();
        best = best.min(start.elapsed());
    }
    println!("{found} alerts in {best:?}");
    assert!(best.as_millis() < 50);
}
