//! Word-level differences between two versions of a text: what a conflict
//! and the history show. Words are Unicode words (Cyrillic and Georgian as
//! well as Latin), never bytes.

use similar::{ChangeTag, TextDiff};

/// A run of the text and how it differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Same,
    /// Only in the old version.
    Removed,
    /// Only in the new version.
    Added,
}

/// The runs of `old` and `new` in reading order; runs of one kind are joined.
pub fn words(old: &str, new: &str) -> Vec<(Part, String)> {
    let diff = TextDiff::configure().diff_unicode_words(old, new);
    let mut runs: Vec<(Part, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let part = match change.tag() {
            ChangeTag::Equal => Part::Same,
            ChangeTag::Delete => Part::Removed,
            ChangeTag::Insert => Part::Added,
        };
        match runs.last_mut() {
            Some((last, text)) if *last == part => text.push_str(change.value()),
            _ => runs.push((part, change.value().to_string())),
        }
    }
    runs
}

/// How much changed, in words: (added, removed).
pub fn size(old: &str, new: &str) -> (usize, usize) {
    let count = |text: &str| text.split_whitespace().count();
    words(old, new).iter().fold((0, 0), |(added, removed), (part, text)| match part {
        Part::Added => (added + count(text), removed),
        Part::Removed => (added, removed + count(text)),
        Part::Same => (added, removed),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_not_bytes_in_every_script() {
        let runs = words("Надійний партнер у сфері IoT", "Надійний стратегічний партнер у сфері IoT");
        assert_eq!(
            runs,
            vec![
                (Part::Same, "Надійний ".to_string()),
                (Part::Added, "стратегічний ".to_string()),
                (Part::Same, "партнер у сфері IoT".to_string()),
            ]
        );
        assert_eq!(size("ერთი ორი სამი", "ერთი ორი ოთხი"), (1, 1));
        assert_eq!(size("ერთი ორი", "ერთი ორი სამი ოთხი"), (2, 0));
    }

    #[test]
    fn equal_texts_have_no_change() {
        assert_eq!(size("same words", "same words"), (0, 0));
        assert_eq!(words("", "new"), vec![(Part::Added, "new".to_string())]);
    }
}
