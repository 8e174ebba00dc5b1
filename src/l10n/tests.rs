use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::catalogues::{AREAS, sources};
use super::*;

/// Every message id of one language's catalogue, with the variables each
/// uses, and the parse errors and duplicate ids found on the way.
fn inventory(language: Language) -> (BTreeMap<String, BTreeSet<String>>, Vec<String>) {
    let mut ids = BTreeMap::new();
    let mut problems = Vec::new();
    for (area, source) in AREAS.iter().zip(sources(language)) {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.push(format!("{}/{area}.ftl: {errors:?}", language.code()));
                r
            }
        };
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_variables(pattern, &mut variables);
                }
                let id = message.id.name.to_string();
                if message.value.is_none() {
                    problems.push(format!("{}/{area}.ftl: {id} has no value", language.code()));
                }
                if ids.insert(id.clone(), variables).is_some() {
                    problems.push(format!("{}/{area}.ftl: {id} is defined twice", language.code()));
                }
            }
        }
    }
    (ids, problems)
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_in_inline(inline, out),
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    }
}

#[test]
fn every_catalogue_parses_without_duplicates() {
    for language in Language::ALL {
        let (_, problems) = inventory(language);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

#[test]
fn every_catalogue_has_every_message_and_no_other() {
    let (english, _) = inventory(Language::English);
    let mut report = Vec::new();
    for language in Language::ALL.into_iter().skip(1) {
        let (theirs, _) = inventory(language);
        let missing: Vec<&String> = english.keys().filter(|id| !theirs.contains_key(*id)).collect();
        let extra: Vec<&String> = theirs.keys().filter(|id| !english.contains_key(*id)).collect();
        if !missing.is_empty() {
            report.push(format!("{} lacks {missing:?}", language.code()));
        }
        if !extra.is_empty() {
            report.push(format!("{} has ids English lacks: {extra:?}", language.code()));
        }
        for (id, variables) in &theirs {
            if let Some(wanted) = english.get(id) {
                let unknown: Vec<&String> = variables.difference(wanted).collect();
                if !unknown.is_empty() {
                    report.push(format!("{}: {id} uses {unknown:?}, which the code never gives", language.code()));
                }
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// Every id the code names in `t!("…")`, `l10n::text("…")` and `l10n::has("…")` is in
/// the English catalogue (ids computed at run time are checked where they
/// are computed).
#[test]
fn every_id_the_code_names_is_in_english() {
    let (english, _) = inventory(Language::English);
    let mut missing = BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // The seam's own examples and tests name made-up ids.
    for file in rust_files(&root).into_iter().filter(|f| !f.starts_with(root.join("l10n"))) {
        let source = std::fs::read_to_string(&file).unwrap();
        for id in named_ids(&source) {
            if !english.contains_key(&id) {
                missing.insert(format!("{id} ({})", file.strip_prefix(&root).unwrap().display()));
            }
        }
    }
    assert!(missing.is_empty(), "ids missing from locales/en: {missing:#?}");
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The string literals that follow `t!(`, `l10n::text(` and `l10n::has(`
/// (`crate::l10n::text(` too), and every literal of the shape `"x-y"` inside `t!(if … { "a" }
/// else { "b" })` on the same line.
fn named_ids(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for marker in ["t!(\"", "l10n::text(\"", "l10n::has(\""] {
        for (at, _) in source.match_indices(marker) {
            let before = source[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // `print!(`
            }
            let rest = &source[at + marker.len()..];
            if let Some(end) = rest.find('"') {
                ids.push(rest[..end].to_string());
            }
        }
    }
    for line in source.lines().filter(|l| l.contains("t!(") && l.contains(" if ")) {
        for (i, piece) in line.split('"').enumerate() {
            let looks_like_id = !piece.is_empty()
                && piece.contains('-')
                && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if i % 2 == 1 && looks_like_id {
                ids.push(piece.to_string());
            }
        }
    }
    ids
}

#[test]
fn ukrainian_and_russian_plurals_follow_their_rules() {
    let cases = [
        (0, "днів", "дней"),
        (1, "день", "день"),
        (2, "дні", "дня"),
        (5, "днів", "дней"),
        (11, "днів", "дней"),
        (21, "день", "день"),
        (22, "дні", "дня"),
        (25, "днів", "дней"),
    ];
    for (n, uk, ru) in cases {
        let args = [("days", Value::from(n))];
        assert_eq!(message_in(Language::Ukrainian, "alert-when-in", &args), format!("через {n} {uk}"));
        assert_eq!(message_in(Language::Russian, "alert-when-in", &args), format!("через {n} {ru}"));
    }
    for (n, en) in [(0, "days"), (1, "day"), (2, "days"), (21, "days")] {
        let args = [("days", Value::from(n))];
        assert_eq!(message_in(Language::English, "alert-when-in", &args), format!("in {n} {en}"));
        assert_eq!(message_in(Language::Georgian, "alert-when-in", &args), format!("{n} დღეში"));
    }
}

#[test]
fn messages_carry_no_isolation_marks() {
    let args = [("item", Value::from("x"))];
    assert_eq!(message_in(Language::Ukrainian, "alert-quoted", &args), " «x»");
}

#[test]
fn a_thread_may_speak_another_language_for_a_while() {
    let before = text("status-lost");
    {
        let _uk = scoped(Language::Georgian);
        assert_eq!(text("status-lost"), "დაკარგული");
        let _ru = scoped(Language::Russian);
        assert_eq!(text("status-lost"), "Потерянный");
    }
    assert_eq!(text("status-lost"), before);
}

#[test]
fn an_unknown_id_shows_itself_rather_than_nothing() {
    assert_eq!(text_in(Language::Georgian, "no-such-message"), "no-such-message");
}

#[test]
fn locales_name_the_language() {
    for (locale, language) in [
        ("uk_UA.UTF-8", Some(Language::Ukrainian)),
        ("ru_RU.UTF-8", Some(Language::Russian)),
        ("ru_KZ", Some(Language::Russian)),
        ("ka_GE.utf8", Some(Language::Georgian)),
        ("en_GB.UTF-8", Some(Language::English)),
        ("C.UTF-8", Some(Language::English)),
        ("POSIX", Some(Language::English)),
        ("uk", Some(Language::Ukrainian)),
        ("kk_KZ.UTF-8", None),
        ("de_DE", None),
        ("", None),
    ] {
        assert_eq!(Language::parse(locale), language, "{locale}");
    }
}

#[test]
fn the_environment_is_read_as_posix_reads_it() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(from_environment(env(&[("LANG", "uk_UA.UTF-8")])), Language::Ukrainian);
    assert_eq!(from_environment(env(&[("LANG", "uk_UA.UTF-8"), ("LC_MESSAGES", "ka_GE")])), Language::Georgian);
    assert_eq!(
        from_environment(env(&[("LANG", "uk_UA.UTF-8"), ("LC_MESSAGES", "ka_GE"), ("LC_ALL", "ru_RU")])),
        Language::Russian
    );
    assert_eq!(from_environment(env(&[("LC_ALL", ""), ("LANG", "ru_KZ.UTF-8")])), Language::Russian);
    assert_eq!(from_environment(env(&[("LANG", "de_DE.UTF-8")])), Language::English);
    assert_eq!(from_environment(env(&[])), Language::English);
}

#[test]
fn dates_are_written_the_languages_way_in_ten_characters() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let _en = scoped(Language::English);
    assert_eq!(date(day), "2026-12-31");
    for language in [Language::Ukrainian, Language::Russian, Language::Georgian] {
        let _l = scoped(language);
        assert_eq!(date(day), "31.12.2026");
        assert_eq!(day_month(12, 31), "31.12");
    }
    // Written digit by digit: the same as `{:04}` and `{:02}` for any year.
    for (y, m, d) in [(-44, 3, 15), (0, 1, 1), (7, 2, 9), (999, 10, 10), (2026, 1, 31), (9999, 12, 31), (10000, 1, 1)] {
        let day = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let _en = scoped(Language::English);
        assert_eq!(date(day), format!("{y:04}-{m:02}-{d:02}"));
        let _uk = scoped(Language::Ukrainian);
        assert_eq!(date(day), format!("{d:02}.{m:02}.{y:04}"));
    }
}

#[test]
fn amounts_are_read_with_any_usual_marks() {
    let _uk = scoped(Language::Ukrainian);
    for (typed, hundredths) in [
        ("1 250 000,50", 125_000_050),
        ("1\u{a0}250\u{a0}000,50", 125_000_050),
        ("1\u{202f}250\u{202f}000,5", 125_000_050),
        ("1'250'000.50", 125_000_050),
        ("1’250’000", 125_000_000),
        ("1,250,000.50", 125_000_050),
        ("1.250.000,50", 125_000_050),
        ("1.250.000", 125_000_000),
        ("1250000", 125_000_000),
        ("12,5", 1_250),
        ("12.50", 1_250),
        (",5", 50),
        ("-300", -30_000),
        ("−300", -30_000),
        ("+300", 30_000),
        ("0", 0),
    ] {
        assert_eq!(parse_amount(typed), Ok(hundredths), "{typed}");
    }
}

#[test]
fn amounts_that_cannot_be_read_surely_are_refused() {
    let _uk = scoped(Language::Ukrainian);
    assert!(matches!(parse_amount("1.250"), Err(AmountError::Ambiguous(_))));
    assert!(matches!(parse_amount("12,505"), Err(AmountError::TooPrecise(_))));
    assert!(matches!(parse_amount("1,25,0"), Err(AmountError::NotANumber(_))));
    assert!(matches!(parse_amount("1.250,00.5"), Err(AmountError::NotANumber(_))));
    assert!(matches!(parse_amount("12 грн"), Err(AmountError::NotANumber(_))));
    assert!(matches!(parse_amount(""), Err(AmountError::NotANumber(_))));
    assert!(matches!(parse_amount("-"), Err(AmountError::NotANumber(_))));
    assert!(matches!(parse_amount("99999999999999999999"), Err(AmountError::TooLarge(_))));
    // Fits as units, not as hundredths.
    assert!(matches!(parse_amount("92 233 720 368 547 759"), Err(AmountError::TooLarge(_))));
    assert_eq!(parse_amount("92 233 720 368 547 758"), Ok(9_223_372_036_854_775_800));
    assert!(matches!(parse_amount("' _"), Err(AmountError::NotANumber(_))));
    let _en = scoped(Language::English);
    assert_eq!(parse_amount("1,250"), Ok(125_000));
    assert_eq!(parse_amount("1.25"), Ok(125));
}

#[test]
fn amounts_are_shown_grouped_with_the_languages_decimal_mark() {
    let _uk = scoped(Language::Ukrainian);
    assert_eq!(amount(125_000_050), "1 250 000,50");
    assert_eq!(amount(125_000_000), "1 250 000");
    assert_eq!(amount(-50), "-0,50");
    let _en = scoped(Language::English);
    assert_eq!(amount(125_000_050), "1 250 000.50");
    assert_eq!(group_digits(-12_000), "-12 000");
    assert_eq!(group_digits(999), "999");
}

#[test]
fn money_carries_the_currency_the_settings_name() {
    assert_eq!(Currency::parse("гривня"), None);
    assert_eq!(Currency::parse("UA"), None);
    assert_eq!(Currency::parse("U1H"), None);
    // The process-wide setting is left alone: other tests draw amounts.
    let uah = Currency::parse(" uah ");
    assert_eq!(uah.map(|c| c.code().to_string()).as_deref(), Some("UAH"));
    assert_eq!(unpack(pack(uah)), uah);
    assert_eq!(unpack(pack(None)), None);
    assert_eq!(money_in(uah, 18_500_000), "18 500 000 UAH");
    assert_eq!(money_in(None, 1_000), "1 000");
    assert_eq!(money(-5), "-5");
}

/// The keys of every selection in `pattern`, as texts a variable may hold.
fn collect_keys(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } = element {
            for variant in variants {
                if let ast::VariantKey::Identifier { name } = variant.key {
                    out.insert(name.to_string());
                }
                collect_keys(&variant.value, out);
            }
        }
    }
}

/// fluent_bundle's own text of `id`, and whether it reported an error.
fn through_fluent(language: Language, id: &str, args: Option<&Args<'_>>) -> (String, bool) {
    let bundle = bundle(language);
    let pattern = bundle.get_message(id).and_then(|m| m.value()).expect("the message has a value");
    let mut errors = Vec::new();
    let args = args.map(fluent_args);
    let text = bundle.format_pattern(pattern, args.as_ref(), &mut errors).into_owned();
    (text, !errors.is_empty())
}

fn through_fast_path(language: Language, id: &str, args: Option<&Args<'_>>) -> Option<String> {
    let pattern = bundle(language).get_message(id).and_then(|m| m.value())?;
    let mut text = String::new();
    resolve::write(&mut text, pattern, args, plural_rules(language)?).map(|()| text)
}

#[test]
fn the_fast_path_writes_every_message_as_fluent_does() {
    let numbers: Vec<Value> =
        [0i64, 1, 2, 3, 4, 5, 7, 10, 11, 12, 14, 15, 20, 21, 22, 25, 101, 102, 111, 1000, 1001, -1, -2, -21]
            .into_iter()
            .map(Value::from)
            .chain([Value::from(1.5), Value::from(-0.0), Value::from(2.0), Value::from(1e20)])
            .collect();
    let mut written = 0;
    for language in Language::ALL {
        let (ids, _) = inventory(language);
        for (id, variables) in &ids {
            let pattern = bundle(language).get_message(id).and_then(|m| m.value()).expect("a value");
            let mut keys = BTreeSet::new();
            collect_keys(pattern, &mut keys);
            let texts = keys.iter().map(String::as_str).chain(["", "x", "“quoted” {$days}"]).map(Value::from);
            let candidates: Vec<Value> = numbers.iter().cloned().chain(texts).collect();
            // Each variable through every candidate, the others at 3; then
            // all of them at each candidate; a name given twice (the last
            // counts); then none at all.
            let mut cases: Vec<Option<Vec<(&str, Value)>>> = Vec::new();
            for varied in variables {
                for candidate in &candidates {
                    let pairs = variables
                        .iter()
                        .map(|v| (v.as_str(), if v == varied { candidate.clone() } else { Value::from(3) }));
                    cases.push(Some(pairs.collect()));
                }
                cases.push(Some(vec![(varied.as_str(), Value::from("first")), (varied.as_str(), Value::from(1))]));
            }
            for candidate in &candidates {
                cases.push(Some(variables.iter().map(|v| (v.as_str(), candidate.clone())).collect()));
            }
            cases.push(None);
            cases.push(Some(Vec::new()));
            for case in &cases {
                let (fluent, failed) = through_fluent(language, id, case.as_deref());
                match through_fast_path(language, id, case.as_deref()) {
                    Some(fast) => {
                        assert!(
                            !failed,
                            "{}: {id} {case:?}: fluent reports an error the fast path missed",
                            language.code()
                        );
                        assert_eq!(fast, fluent, "{}: {id} {case:?}", language.code());
                        written += 1;
                    }
                    None => assert!(
                        failed || case.as_ref().is_some_and(|a| a.iter().any(|(_, v)| !is_whole(v))),
                        "{}: {id} {case:?}: the fast path left a plain message to fluent",
                        language.code()
                    ),
                }
            }
        }
    }
    assert!(written > 10_000, "{written}");
}

/// A text or a whole number: what the fast path writes itself.
fn is_whole(value: &Value) -> bool {
    match value {
        Value::String(_) => true,
        Value::Number(n) => {
            n.value.fract() == 0.0 && n.value.abs() < 1e15 && !(n.value == 0.0 && n.value.is_sign_negative())
        }
        _ => false,
    }
}
