use super::*;

#[test]
fn lists_gain_what_they_lack() {
    let mut email = "a@x.org".to_string();
    assert!(add_to_list(&mut email, "A@X.org, b@y.org", email_key));
    assert_eq!(email, "a@x.org, b@y.org");
    assert!(!add_to_list(&mut email, "b@y.org", email_key));
    let mut phone = "+380 44 123-45-67".to_string();
    assert!(!add_to_list(&mut phone, "+380441234567", phone_key));
    let mut empty = String::new();
    assert!(add_to_list(&mut empty, "1; 2", phone_key));
    assert_eq!(empty, "1, 2");
}

#[test]
fn circles_are_seen() {
    let mut a = Person::new(AccountId(1), "A");
    a.id = PersonId(1);
    let mut b = Person::new(AccountId(1), "B");
    b.id = PersonId(2);
    b.reports_to = Some(PersonId(1));
    let people = vec![a, b];
    assert!(makes_circle(&people, PersonId(1), PersonId(2)));
    assert!(!makes_circle(&people, PersonId(2), PersonId(1)));
}

#[test]
fn claims_match_one_to_one_among_earlier_items() {
    let items = vec!["x", "x", "y"];
    let mut claims = Claims::new(2);
    assert_eq!(claims.take(&items, |s| *s == "x"), Some(0));
    assert_eq!(claims.take(&items, |s| *s == "x"), Some(1));
    assert_eq!(claims.take(&items, |s| *s == "x"), None);
    assert_eq!(claims.take(&items, |s| *s == "y"), None, "beyond the limit");
    let mut keyed = Keyed::new(&items, |s| s.to_string());
    assert_eq!(keyed.take(&"x".to_string()), Some(0));
    assert_eq!(keyed.take(&"x".to_string()), Some(1));
    assert_eq!(keyed.take(&"x".to_string()), None);
}
