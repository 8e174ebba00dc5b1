//! The shell commands in Ukrainian, Russian and Georgian: `check`, `show`
//! and an error, with the language from the environment (LANG, LC_ALL) and
//! from `--lang`; plural forms each language's way.

use std::path::{Path, PathBuf};

use tempfile::TempDir;

use crate::cli;

const TODAY: &str = "2026-11-23";

/// The sample portfolio, made by `keyplan demo` in English.
fn sample() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyplan.db");
    cli::keyplan(dir.path()).args(["demo", "--today", TODAY, "--db"]).arg(&path).assert().success();
    (dir, path)
}

/// Runs keyplan with `env` set (LANG, LC_ALL are removed first) and `args`
/// then `--db PATH --today`; returns (status code, stdout, stderr).
fn run(dir: &TempDir, db: &Path, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut command = cli::keyplan(dir.path());
    command.env_remove("LANG").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.args(args).arg("--db").arg(db).args(["--today", TODAY]).output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (output.status.code().unwrap_or(-1), text(output.stdout), text(output.stderr))
}

/// The same command with the language from the environment and from
/// `--lang` (the environment saying something else): the same output.
fn both_ways(dir: &TempDir, db: &Path, variable: &str, locale: &str, args: &[&str]) -> (i32, String, String) {
    let from_environment = run(dir, db, &[(variable, locale)], args);
    let code = &locale[..2];
    let mut with_flag = vec!["--lang", code];
    with_flag.extend_from_slice(args);
    let from_flag = run(dir, db, &[("LANG", "en_US.UTF-8")], &with_flag);
    assert_eq!(from_environment, from_flag, "{locale} from {variable} and from --lang {code}");
    from_environment
}

struct Expected {
    variable: &'static str,
    locale: &'static str,
    /// `check`: the severity word, and sentences with each plural form.
    overdue: &'static str,
    check: &'static [&'static str],
    /// `show укрм`: headings, labels, local dates and plural forms.
    show: &'static [&'static str],
    /// `show --format md`.
    markdown: &'static [&'static str],
    /// `show zzzz` and `show l` (two accounts).
    unknown: &'static str,
    ambiguous: &'static str,
}

const LANGUAGES: [Expected; 3] = [
    Expected {
        variable: "LANG",
        locale: "uk_UA.UTF-8",
        overdue: "прострочено 07.10.2026  St Aldhelm University Hospitals: ",
        check: &["прострочено на 47 днів", "прострочено на 24 дні", "немає контакту вже 61 день"],
        show: &[
            "== Загальна інформація ==",
            "Кількість працівників: 4 200",
            "Співпраця з: 29.11.2016 (9 років)",
            "Контакт кожні: 14 днів",
            "Останній контакт: 20.11.2026",
            "== Оцінка ситуації ==",
            "== Журнал контактів ==",
            "Задачі на рік:",
        ],
        markdown: &["*Досьє станом на 23.11.2026, з keyplan.*", "| Річні продажі | 18 500 000 |", "## Конкуренти"],
        unknown: "keyplan: жоден клієнт не відповідає «zzzz»: `keyplan list` показує всіх\n",
        ambiguous: "за «l» знайдено 2 клієнти",
    },
    Expected {
        variable: "LC_ALL",
        locale: "ru_RU.UTF-8",
        overdue: "просрочено 07.10.2026  St Aldhelm University Hospitals: ",
        check: &["просрочен на 47 дней", "просрочен на 24 дня", "нет контакта уже 61 день"],
        show: &[
            "== Общая информация ==",
            "Число сотрудников: 4 200",
            "Сотрудничество с: 29.11.2016 (9 лет)",
            "Контакт каждые: 14 дней",
            "Последний контакт: 20.11.2026",
            "== Оценка ситуации ==",
            "== Журнал контактов ==",
            "Цели на год:",
        ],
        markdown: &[
            "*Досье по состоянию на 23.11.2026, из keyplan.*",
            "| Годовые продажи | 18 500 000 |",
            "## Конкуренты",
        ],
        unknown: "keyplan: ни один клиент не соответствует «zzzz»: `keyplan list` показывает всех\n",
        ambiguous: "по «l» найдено 2 клиента",
    },
    Expected {
        variable: "LANG",
        locale: "ka_GE.UTF-8",
        overdue: "ვადაგასული 07.10.2026  St Aldhelm University Hospitals: ",
        check: &["47 დღით აგვიანებს", "კონტაქტი არ ყოფილა 61 დღე"],
        show: &[
            "== ზოგადი ინფორმაცია ==",
            "თანამშრომელთა რაოდენობა: 4 200",
            "თანამშრომლობა: 29.11.2016 (9 წელი)",
            "კონტაქტი ყოველ: 14 დღეში",
            "ბოლო კონტაქტი: 20.11.2026",
            "== სიტუაციის შეფასება ==",
            "== კონტაქტების ჟურნალი ==",
            "წლიური მიზნები:",
        ],
        markdown: &[
            "*დოსიე 23.11.2026-ის მდგომარეობით, keyplan-იდან.*",
            "| წლიური გაყიდვები | 18 500 000 |",
            "## კონკურენტები",
        ],
        unknown: "keyplan: „zzzz“-ს არცერთი კლიენტი არ შეესაბამება: `keyplan list` ყველას აჩვენებს\n",
        ambiguous: "„l“-ით ნაპოვნია 2 კლიენტი",
    },
];

#[test]
fn check_speaks_the_language_with_its_plurals_and_dates() {
    let (dir, db) = sample();
    for language in &LANGUAGES {
        let (code, out, err) = both_ways(&dir, &db, language.variable, language.locale, &["check"]);
        assert_eq!(code, 0, "{}: {err}", language.locale);
        assert!(out.starts_with(language.overdue), "{}:\n{out}", language.locale);
        for wanted in language.check {
            assert!(out.contains(wanted), "{}: {wanted:?} in\n{out}", language.locale);
        }
        assert!(!out.contains("overdue") && !out.contains("2026-"), "{}:\n{out}", language.locale);
        // The severity column is as wide as the language's longest word.
        let starts: Vec<usize> = out.lines().map(|l| l[..l.find(".20").unwrap()].chars().count()).collect();
        assert!(starts.iter().all(|s| *s == starts[0]), "{}:\n{out}", language.locale);
    }
}

#[test]
fn check_as_json_stays_english_for_scripts() {
    let (dir, db) = sample();
    let (code, out, _) = run(&dir, &db, &[("LANG", "uk_UA.UTF-8")], &["check", "--format", "json"]);
    assert_eq!(code, 0);
    let (_, english, _) = run(&dir, &db, &[], &["check", "--format", "json"]);
    assert_eq!(out, english);
    assert!(out.contains("\"severity\": \"overdue\"") && out.contains("is 47 days late"), "{out}");
}

#[test]
fn show_writes_the_dossier_in_the_language() {
    let (dir, db) = sample();
    for language in &LANGUAGES {
        let (code, out, err) = both_ways(&dir, &db, language.variable, language.locale, &["show", "укрм"]);
        assert_eq!(code, 0, "{}: {err}", language.locale);
        for wanted in language.show {
            assert!(out.contains(wanted), "{}: {wanted:?} in\n{out}", language.locale);
        }
        assert!(!out.contains("General information") && !out.contains("2026-11-20"), "{}", language.locale);
        let (code, md, _) =
            both_ways(&dir, &db, language.variable, language.locale, &["show", "укрм", "--format", "md"]);
        assert_eq!(code, 0);
        for wanted in language.markdown {
            assert!(md.contains(wanted), "{}: {wanted:?} in\n{md}", language.locale);
        }
    }
}

#[test]
fn errors_are_written_in_the_language() {
    let (dir, db) = sample();
    for language in &LANGUAGES {
        let (code, out, err) = both_ways(&dir, &db, language.variable, language.locale, &["show", "zzzz"]);
        assert_eq!((code, out.as_str(), err.as_str()), (2, "", language.unknown), "{}", language.locale);
        let (code, _, err) = both_ways(&dir, &db, language.variable, language.locale, &["show", "l"]);
        assert_eq!(code, 2);
        assert!(err.contains(language.ambiguous), "{}: {err}", language.locale);
        assert!(err.contains("Brambleford Foods Ltd") && err.contains("Meridian Freight Lines"), "{err}");
    }
    // A file that is not there: the store's own sentence.
    let missing = dir.path().join("nowhere.db");
    let (code, _, err) = run(&dir, &missing, &[("LANG", "uk_UA.UTF-8")], &["show", "acme"]);
    assert_eq!(code, 2);
    assert_eq!(err, format!("keyplan: {} не існує\n", missing.display()));
}

#[test]
fn the_help_speaks_the_language_and_english_stays() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("keyplan.db");
    let (code, help, _) = run(&dir, &db, &[("LANG", "uk_UA.UTF-8")], &["log", "--help"]);
    assert_eq!(code, 0);
    for wanted in ["Записати контакт із клієнтом одним рядком", "Що сталося, одним рядком", "Приклади:"]
    {
        assert!(help.contains(wanted), "{wanted:?} in\n{help}");
    }
    assert!(help.contains("keyplan log acme -s 'Call about the renewal'"), "the examples stay as typed");
    let (_, main, _) = run(&dir, &db, &[("LC_ALL", "ka_GE.UTF-8")], &["--help"]);
    assert!(main.contains("დასრულების კოდები:") && main.contains("  2  გამოსასწორებელი შეცდომა"), "{main}");
    let (_, english, _) = run(&dir, &db, &[("LANG", "de_DE.UTF-8")], &["--help"]);
    assert!(english.starts_with("A terminal workbench for key account managers.\n"), "{english}");
    assert!(english.contains("Exit codes:\n  0  success\n"), "{english}");
}

/// `import --dry-run`, the import's summary and `history` in Ukrainian:
/// the report's words, field names and local dates; scripts' JSON stays English.
#[test]
fn the_import_report_and_the_history_speak_the_language() {
    let (dir, db) = sample();
    let uk = [("LANG", "uk_UA.UTF-8")];
    let (_, exported, _) = run(&dir, &db, &[], &["export", "--format", "json"]);
    let mut doc: serde_json::Value = serde_json::from_str(&exported).unwrap();
    let account = &mut doc["accounts"][0];
    account["account"]["industry"] = "Something else".into();
    account["touchpoints"].as_array_mut().unwrap().insert(
        0,
        serde_json::json!({"date": "2026-11-22", "channel": "call", "people": [1], "summary": "Called about the anniversary"}),
    );
    let file = dir.path().join("changed.json");
    std::fs::write(&file, serde_json::to_string(&doc).unwrap()).unwrap();
    let file = file.to_str().unwrap();

    let (code, dry, err) = run(&dir, &db, &uk, &["import", file, "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    for wanted in [
        "клієнт «Укрмережа Телеком», доповнити:",
        "  залишити як є: галузь (у файлі інакше)",
        "  контакт «22.11.2026 Called about the anniversary»: додати",
        "буде додано клієнтів: 0, доповнено: 1, уже є: 9; нове в наявних клієнтів: контактів: 1",
    ] {
        assert!(dry.contains(wanted), "{wanted:?} in\n{dry}");
    }
    assert!(!dry.contains("merge") && !dry.contains("2026-11-22"), "{dry}");
    let (code, said, err) = run(&dir, &db, &uk, &["import", file]);
    assert_eq!(code, 0, "{err}");
    assert!(said.contains("додано клієнтів: 0, доповнено: 1, уже були: 9"), "{said}");

    let (code, _, err) =
        run(&dir, &db, &uk, &["log", "укрм", "-s", "Called about the anniversary", "--date", "22.11.2026"]);
    assert_eq!(code, 0, "{err}");
    let (code, history, err) = run(&dir, &db, &uk, &["history", "укрм"]);
    assert_eq!(code, 0, "{err}");
    assert!(history.contains("контакт «22.11.2026 Called about the anniversary»: створено"), "{history}");
    assert!(!history.contains("created") && !history.contains("2026-11-22"), "{history}");
    let (_, json, _) = run(&dir, &db, &uk, &["history", "укрм", "--format", "json"]);
    assert!(json.contains("touchpoint «2026-11-22 Called about the anniversary» created"), "{json}");
}
