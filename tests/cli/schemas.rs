//! The JSON of `list`, `show`, `check`, `search` and `export` on the sample
//! portfolio, checked against the JSON Schema files in `schemas/`; and the
//! schemas strict enough to refuse a renamed field.

use std::path::{Path, PathBuf};

use serde_json::Value;
use tempfile::TempDir;

use crate::cli;

const TODAY: &str = "2026-11-23";

fn schema(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas").join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema = schema(name);
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "{name}");
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("schemas/{name}.json: {e}"))
}

fn sample() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    cli::keyplan(dir.path()).args(["demo", "--today", TODAY, "--db"]).arg(&path).assert().success();
    (dir, path)
}

fn json_of(dir: &TempDir, db: &Path, args: &[&str]) -> Value {
    let output = cli::keyplan(dir.path()).args(args).args(["--today", TODAY, "--db"]).arg(db).output().unwrap();
    assert!(
        output.status.success() || output.status.code() == Some(1),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn assert_valid(name: &str, value: &Value) {
    let validator = validator(name);
    let errors: Vec<String> = validator.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
}

#[test]
fn the_json_of_each_command_follows_its_schema() {
    let (dir, db) = sample();
    let list = json_of(&dir, &db, &["list", "--format", "json"]);
    assert!(list.as_array().is_some_and(|a| !a.is_empty()));
    assert_valid("list", &list);
    for id in 1..=10 {
        let show = json_of(&dir, &db, &["show", &id.to_string(), "--format", "json"]);
        assert_valid("show", &show);
    }
    let section = json_of(&dir, &db, &["show", "1", "--format", "json", "--section", "people"]);
    assert_valid("show", &section);
    let check = json_of(&dir, &db, &["check", "--format", "json", "--within", "366"]);
    assert_valid("check", &check);
    for query in ["Київ", "offer", "a"] {
        let search = json_of(&dir, &db, &["search", query, "--format", "json", "--limit", "100"]);
        assert_valid("search", &search);
    }
    let export = json_of(&dir, &db, &["export", "--format", "json"]);
    assert_valid("export", &export);
}

/// A field renamed (as `list` once named `client_type` `type`) or added
/// fails every schema.
#[test]
fn a_renamed_field_fails_the_schema() {
    let (dir, db) = sample();
    let rename = |value: &mut Value, from: &str, to: &str| {
        let object = value.as_object_mut().unwrap();
        let v = object.remove(from).unwrap_or_else(|| panic!("no {from} in {object:?}"));
        object.insert(to.into(), v);
    };
    let mut list = json_of(&dir, &db, &["list", "--format", "json"]);
    rename(&mut list[0], "client_type", "type");
    assert!(!validator("list").is_valid(&list));

    let mut show = json_of(&dir, &db, &["show", "1", "--format", "json"]);
    rename(&mut show["account"], "level_now", "relationship_level");
    assert!(!validator("show").is_valid(&show));

    let mut export = json_of(&dir, &db, &["export", "--format", "json"]);
    rename(&mut export["accounts"][0]["account"], "client_type", "type");
    assert!(!validator("export").is_valid(&export));

    let mut check = json_of(&dir, &db, &["check", "--format", "json", "--within", "366"]);
    let first = check.as_array_mut().and_then(|a| a.first_mut()).expect("the sample has alerts");
    let key = first.as_object().unwrap().keys().next().unwrap().clone();
    rename(first, &key, &format!("{key}_renamed"));
    assert!(!validator("check").is_valid(&check));

    let mut search = json_of(&dir, &db, &["search", "a", "--format", "json"]);
    let first = search.as_array_mut().and_then(|a| a.first_mut()).expect("a search for `a` finds something");
    let key = first.as_object().unwrap().keys().next().unwrap().clone();
    rename(first, &key, &format!("{key}_renamed"));
    assert!(!validator("search").is_valid(&search));
}

/// The values a schema allows for a choice are keyplan's own keys (one
/// definition: a new choice in the domain must reach the schemas).
#[test]
fn the_schemas_allow_exactly_the_choices_of_the_domain() {
    use keyplan::domain::analysis::{LossReason, WinBackMeans};
    use keyplan::domain::search::SearchKind;
    use keyplan::domain::{
        AccountStatus, Attitude, BuyingRole, Channel, Choice, ContactChannel, KeyClientType, Outcome, RelationshipLevel,
    };
    fn keys<T: Choice + 'static>() -> Vec<String> {
        T::ALL.iter().map(|c| c.key().to_string()).collect()
    }
    /// The strings of an `enum`, without the `null` of an optional field.
    fn allowed(property: &Value) -> Vec<String> {
        let values = property["enum"].as_array().unwrap_or_else(|| panic!("no enum in {property}"));
        values.iter().filter_map(|v| v.as_str().map(String::from)).collect()
    }
    for name in ["show", "export"] {
        let schema = schema(name);
        let defs = &schema["$defs"];
        let account = &defs["account"]["properties"];
        assert_eq!(allowed(&account["client_type"]), keys::<KeyClientType>(), "{name}");
        assert_eq!(allowed(&account["level_now"]), keys::<RelationshipLevel>(), "{name}");
        assert_eq!(allowed(&account["level_target"]), keys::<RelationshipLevel>(), "{name}");
        assert_eq!(allowed(&account["status"]), keys::<AccountStatus>(), "{name}");
        assert_eq!(allowed(&account["loss_reason"]), keys::<LossReason>(), "{name}");
        let win_back = &account["win_back"]["oneOf"][0]["properties"];
        assert_eq!(allowed(&win_back["means"]), keys::<WinBackMeans>(), "{name}");
        let person = &defs["person"]["properties"];
        assert_eq!(allowed(&person["role"]), keys::<BuyingRole>(), "{name}");
        assert_eq!(allowed(&person["attitude"]), keys::<Attitude>(), "{name}");
        assert_eq!(allowed(&person["channel"]), keys::<ContactChannel>(), "{name}");
        let touchpoint = &defs["touchpoint"]["properties"];
        assert_eq!(allowed(&touchpoint["channel"]), keys::<Channel>(), "{name}");
        assert_eq!(allowed(&touchpoint["outcome"]), keys::<Outcome>(), "{name}");
    }
    let list = schema("list");
    let row = &list["items"]["properties"];
    assert_eq!(allowed(&row["client_type"]), keys::<KeyClientType>());
    assert_eq!(allowed(&row["level_now"]), keys::<RelationshipLevel>());
    assert_eq!(allowed(&row["status"]), keys::<AccountStatus>());
    // list's fields are the domain's list of them.
    let named: Vec<&str> = row.as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected = keyplan::domain::fields::LIST_KEYS.to_vec();
    let mut named = named;
    named.sort_unstable();
    expected.sort_unstable();
    assert_eq!(named, expected);
    let search = schema("search");
    assert_eq!(allowed(&search["items"]["properties"]["kind"]), keys::<SearchKind>());
}

/// A log longer than the pages `show --format json` reads it in comes out
/// whole, newest first, exactly as the store holds it, and follows the schema.
#[test]
fn a_long_log_is_shown_whole_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("keyplan.db");
    let today = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut store = keyplan::store::Store::open(&db).unwrap().store;
    let scale = keyplan::sample::Scale { accounts: 2, touchpoints: 4_600, seed: 9, today };
    store.insert_dossiers(keyplan::sample::synthetic_portfolio(scale)).unwrap();
    let longest = store
        .list_accounts()
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .max_by_key(|id| store.load_dossier(*id).unwrap().touchpoints.len());
    let id = longest.unwrap();
    let expected = serde_json::to_value(&store.load_dossier(id).unwrap().touchpoints).unwrap();
    drop(store);
    assert!(expected.as_array().unwrap().len() > 2_000, "longer than two pages");
    let show = json_of(&dir, &db, &["show", &id.0.to_string(), "--format", "json"]);
    assert_eq!(show["touchpoints"], expected);
    assert_valid("show", &show);
    // As Markdown, the log read in pages reads as the log read whole.
    let shown = id.0.to_string();
    let markdown = |log: &[&str]| {
        let args = [&["show", shown.as_str(), "--format", "md"][..], log].concat();
        let output = cli::keyplan(dir.path()).args(args).args(["--today", TODAY, "--db"]).arg(&db).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let paged = markdown(&[]);
    assert_eq!(paged, markdown(&["--log", "100000"]));
    assert!(paged.matches("\n### ").count() > expected.as_array().unwrap().len(), "a heading per contact and more");
    assert!(paged.ends_with('\n') && !paged.ends_with("\n\n"), "one line break at the end");
}
