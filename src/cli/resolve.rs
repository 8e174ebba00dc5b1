//! Finding the account a person means by `ACCOUNT` on the command line:
//! its id, its exact name, a unique beginning of its name (or of one of its
//! words), or, for a command that only reads, a fuzzy match. A command that
//! writes offers the fuzzy guesses but never takes one: a contact logged
//! with the wrong customer is worse than a question.

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::Failure;
use crate::domain::{AccountId, AccountStatus, Choice};
use crate::store::Store;

/// The account named by `wanted` for a command that only reads, or a
/// sentence listing the candidates (exit 2).
pub fn account(store: &Store, wanted: &str) -> Result<AccountId, Failure> {
    resolve(store, wanted, Guess::Take)
}

/// The account named by `wanted` for a command that writes: never a guess.
pub fn account_to_write(store: &Store, wanted: &str) -> Result<AccountId, Failure> {
    resolve(store, wanted, Guess::Offer)
}

/// What to do with a fuzzy match.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Guess {
    Take,
    Offer,
}

fn resolve(store: &Store, wanted: &str, guess: Guess) -> Result<AccountId, Failure> {
    // An id needs no list of names (the quick path over SSH: `keyplan show 12`).
    if let Ok(id) = wanted.trim().parse::<i64>()
        && let Some((id, _, _)) = store.account_name(AccountId(id))?
    {
        return Ok(id);
    }
    // An exact name or the beginning of one: a range of the names' index.
    // Every list of all names (the beginning of a later word, a fuzzy
    // guess) is read only when that range names nothing.
    let named =
        if wanted.trim().is_empty() { Vec::new() } else { named_by(&store.account_names_from(wanted.trim())?, wanted) };
    if !named.is_empty() {
        return one_of(&named, wanted);
    }
    let names = store.account_names()?;
    let named = named_by(&names, wanted);
    let found = if named.is_empty() && guess == Guess::Take { guesses(&names, wanted) } else { named.clone() };
    match found.as_slice() {
        [] => {
            let guesses = guesses(&names, wanted);
            if guesses.is_empty() {
                Err(Failure::user(crate::t!("shell-account-unknown", wanted = wanted.trim().to_string())))
            } else {
                Err(Failure::user(crate::t!(
                    "shell-account-guesses",
                    wanted = wanted.trim().to_string(),
                    accounts = listed(&guesses)
                )))
            }
        }
        found => one_of(found, wanted),
    }
}

/// The one account of `found`, or a sentence listing them all (exit 2).
fn one_of(found: &[Named], wanted: &str) -> Result<AccountId, Failure> {
    match found {
        [one] => Ok(one.0),
        many => Err(Failure::user(crate::t!(
            "shell-account-ambiguous",
            wanted = wanted.trim().to_string(),
            count = many.len(),
            accounts = listed(many)
        ))),
    }
}

fn listed(accounts: &[Named]) -> String {
    let lines: Vec<String> = accounts
        .iter()
        .take(10)
        .map(|(id, name, status)| format!("  {id:>5}  {name} ({})", status.label().to_lowercase()))
        .collect();
    lines.join("\n")
}

type Named = (AccountId, String, AccountStatus);

/// The accounts `wanted` could mean, best first; one element when it is clear.
pub fn choose(names: &[Named], wanted: &str) -> Vec<Named> {
    let named = named_by(names, wanted);
    if named.is_empty() { guesses(names, wanted) } else { named }
}

/// The accounts `wanted` names without guessing: by id, by name, by the
/// beginning of the name, or by the beginning of one of its words.
fn named_by(names: &[Named], wanted: &str) -> Vec<Named> {
    let wanted = wanted.trim();
    if let Ok(id) = wanted.parse::<i64>()
        && let Some(hit) = names.iter().find(|(a, _, _)| a.0 == id)
    {
        return vec![hit.clone()];
    }
    let lower = wanted.to_lowercase();
    // Among equal names, an open account wins over a closed one of the same name.
    let exact: Vec<&Named> = names.iter().filter(|(_, n, _)| n.to_lowercase() == lower).collect();
    let open_exact: Vec<&Named> = exact.iter().copied().filter(|(_, _, s)| s.is_open()).collect();
    match (open_exact.as_slice(), exact.as_slice()) {
        ([one], _) | ([], [one]) => return vec![(*one).clone()],
        _ if !exact.is_empty() => return exact.into_iter().cloned().collect(),
        _ => {}
    }
    if lower.is_empty() {
        return Vec::new();
    }
    let prefixed: Vec<Named> = names.iter().filter(|(_, n, _)| n.to_lowercase().starts_with(&lower)).cloned().collect();
    if !prefixed.is_empty() {
        return prefixed;
    }
    let word_start = |name: &str| name.to_lowercase().split_whitespace().any(|word| word.starts_with(&lower));
    names.iter().filter(|(_, n, _)| word_start(n)).cloned().collect()
}

/// Fuzzy guesses at what `wanted` means; none for a letter or two, which
/// say too little.
fn guesses(names: &[Named], wanted: &str) -> Vec<Named> {
    let wanted = wanted.trim();
    if wanted.chars().count() < 3 {
        return Vec::new();
    }
    fuzzy(names, wanted)
}

/// nucleo's fuzzy matching (the matcher of helix and television), best score first;
/// a clear winner (twice the runner-up's score) is returned alone.
fn fuzzy(names: &[Named], wanted: &str) -> Vec<Named> {
    let mut matcher = Matcher::new(Config::DEFAULT);
    let pattern = Pattern::new(wanted, CaseMatching::Ignore, Normalization::Smart, AtomKind::Fuzzy);
    let mut buf = Vec::new();
    let mut scored: Vec<(u32, &Named)> = names
        .iter()
        .filter_map(|named| pattern.score(Utf32Str::new(&named.1, &mut buf), &mut matcher).map(|s| (s, named)))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.1.cmp(&b.1.1)));
    match scored.as_slice() {
        [(best, one), (second, _), ..] if *best >= second.saturating_mul(2) => vec![(*one).clone()],
        _ => scored.into_iter().map(|(_, n)| n.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<Named> {
        vec![
            (AccountId(1), "Acme Logistics".into(), AccountStatus::Active),
            (AccountId(2), "Acme Foods".into(), AccountStatus::Active),
            (AccountId(3), "Київстар Бізнес".into(), AccountStatus::Active),
            (AccountId(4), "Northwind".into(), AccountStatus::Lost),
            (AccountId(5), "Northwind".into(), AccountStatus::Active),
            (AccountId(6), "თბილისის წყალი".into(), AccountStatus::Active),
        ]
    }

    fn ids(found: Vec<Named>) -> Vec<i64> {
        found.into_iter().map(|(id, _, _)| id.0).collect()
    }

    #[test]
    fn by_id_exact_name_prefix_and_fuzzy() {
        let names = names();
        assert_eq!(ids(choose(&names, "3")), vec![3]);
        assert_eq!(ids(choose(&names, "acme foods")), vec![2]);
        assert_eq!(ids(choose(&names, "київ")), vec![3]);
        assert_eq!(ids(choose(&names, "თბილ")), vec![6]);
        assert_eq!(ids(choose(&names, "acme")), vec![1, 2], "ambiguous prefix");
        assert_eq!(ids(choose(&names, "acmlog")), vec![1], "fuzzy");
        assert!(choose(&names, "ag").is_empty(), "two letters are no fuzzy guess");
        assert_eq!(ids(choose(&names, "northwind")), vec![5], "the open one of two equal names");
        assert!(choose(&names, "zzzz").is_empty());
        assert_eq!(ids(choose(&names, "бізн")), vec![3], "the beginning of a later word");
        assert_eq!(ids(choose(&names, "foods")), vec![2]);
    }

    #[test]
    fn a_command_that_writes_never_takes_a_guess() {
        let names = names();
        assert_eq!(ids(named_by(&names, "київ")), vec![3]);
        assert_eq!(ids(named_by(&names, "бізнес")), vec![3]);
        assert!(named_by(&names, "acmlog").is_empty(), "a fuzzy match is only offered");
        assert_eq!(ids(guesses(&names, "acmlog")), vec![1]);
        assert!(named_by(&names, "").is_empty());
    }
}
