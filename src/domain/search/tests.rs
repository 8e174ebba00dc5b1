use super::*;

fn words_of(query: &str) -> Vec<(String, bool)> {
    query_terms(query).into_iter().map(|t| (t.word, t.prefix)).collect()
}

fn hit(snippet: String) -> SearchHit {
    SearchHit {
        account_id: AccountId(1),
        account: "A".into(),
        kind: SearchKind::Touchpoint,
        item_id: None,
        date: None,
        snippet,
    }
}

#[test]
fn operators_and_punctuation_are_only_separators() {
    assert_eq!(words_of("NEAR(a b)"), vec![("NEAR".into(), true), ("a".into(), false), ("b".into(), false)]);
    assert_eq!(words_of("\"поставки\" -молока*"), vec![("поставки".into(), true), ("молока".into(), true)]);
    assert_eq!(words_of("AND OR and"), vec![("AND".into(), true), ("OR".into(), true)]);
    assert!(query_terms("\" * - ( ) : ^ +").is_empty());
    assert_eq!(words_of("зв'язку"), vec![("зв".into(), true), ("язку".into(), true)]);
    assert_eq!(query_terms(&"слово ".repeat(3)).len(), 1);
    let many: String = (0..40).map(|i| format!("w{i} ")).collect();
    assert_eq!(query_terms(&many).len(), MAX_TERMS);
}

#[test]
fn terms_match_case_and_diacritics_insensitively() {
    let terms = query_terms("постав uber თბილ й");
    assert!(terms[0].matches("ПОСТАВКИ"));
    assert!(terms[1].matches("Über"));
    assert!(terms[2].matches("თბილისის"));
    assert!(terms[3].matches("Й"));
    assert!(!terms[3].matches("йогурт"), "one letter is a whole word");
    assert!(!terms[0].matches("поста"));
    assert!(query_terms("приве\u{301}т")[0].matches("привет"), "a stress mark does not split a word");
}

#[test]
fn snippet_marks_matches_around_the_first() {
    let terms = query_terms("поставки");
    let text = "Зустріч щодо ПОСТАВКИ молока на наступний рік, обговорили ціни, обсяги, графік відвантаження та умови оплати для всіх філій";
    let s = snippet("", &[text], &terms);
    assert!(s.starts_with("Зустріч щодо \u{2}ПОСТАВКИ\u{3} молока"), "{s}");
    assert!(s.ends_with('…'), "{s}");
    assert!(s.chars().count() <= SNIPPET_CHARS + 4, "{s}");
    let late = format!("{} поставки наприкінці", "слово ".repeat(30));
    let s = snippet("", &[&late], &terms);
    assert!(s.starts_with('…') && s.contains("\u{2}поставки\u{3} наприкінці"), "{s}");
}

#[test]
fn snippet_names_the_item_when_the_match_is_in_its_text() {
    let terms = query_terms("iot");
    let s = snippet("Олена Коваль", &["Директорка з IoT", "olena@example.ua"], &terms);
    assert_eq!(s, "Олена Коваль: Директорка з \u{2}IoT\u{3}");
    let s = snippet("Олена Коваль", &["Директорка", ""], &query_terms("олена"));
    assert_eq!(s, "\u{2}Олена\u{3} Коваль · Директорка");
}

#[test]
fn snippet_without_a_visible_match_starts_at_the_beginning() {
    let s = snippet("", &["", "Перший рядок\n\nдругий"], &query_terms("zzz"));
    assert_eq!(s, "Перший рядок другий");
}

#[test]
fn odd_texts_are_cut_without_panic() {
    let dashes = "-".repeat(500);
    assert_eq!(snippet("", &[&dashes], &query_terms("a")).chars().count(), SNIPPET_CHARS + 1);
    let giant = format!("x {} y", "ab".repeat(400));
    let s = snippet("", &[&giant], &query_terms("abab"));
    assert!(s.contains('\u{2}') && s.chars().count() < SNIPPET_CHARS + 8, "{s}");
    let s = snippet("", &["日本語テキスト 🚀 ტესტი"], &query_terms("ტეს"));
    assert_eq!(s, "日本語テキスト 🚀 \u{2}ტესტი\u{3}");
    assert_eq!(snippet("", &[], &query_terms("a")), "");
}

#[test]
fn marks_become_brackets_or_positions() {
    let h = hit("щодо \u{2}ПОСТАВКИ\u{3} молока \u{2}й\u{3}".into());
    assert_eq!(h.marked("[", "]"), "щодо [ПОСТАВКИ] молока [й]");
    let (text, matches) = h.plain();
    assert_eq!(text, "щодо ПОСТАВКИ молока й");
    assert_eq!(matches, vec![(5, 13), (21, 22)]);
    assert_eq!(h.parts(), vec![("щодо ", false), ("ПОСТАВКИ", true), (" молока ", false), ("й", true)]);
    assert_eq!(split_marks("\u{2}unclosed"), vec![("unclosed", true)]);
}
