//! Text entering keyplan is made safe for a terminal here: control characters
//! and escape sequences are shown visibly (`^[`) instead of being obeyed.

use std::borrow::Cow;

/// Cleans free text that may span lines (plan sections, notes).
pub fn clean_multiline(input: &str) -> String {
    clean(input, true)
}

/// Cleans a one-line value (a name, a field): line breaks become spaces.
pub fn clean_line(input: &str) -> String {
    cleaned_line(input).into_owned()
}

/// [`clean_line`] without a copy when the text needs no cleaning (the usual
/// case): for sentences written by the thousand.
pub fn cleaned_line(input: &str) -> Cow<'_, str> {
    if needs_cleaning(input) { Cow::Owned(clean(input, false).trim().to_string()) } else { Cow::Borrowed(input.trim()) }
}

/// True when the text would be changed by cleaning: lets callers skip a copy.
pub fn needs_cleaning(input: &str) -> bool {
    // Most text (Latin, Cyrillic, Georgian) has none of the bytes a control
    // character or a reordering mark can begin with in UTF-8: C0 controls
    // and DEL, 0xC2 (C1 controls), 0xE2 (the overrides and isolates).
    // Every byte looked at without stopping early, so the loop is vectorised.
    let suspect = |b: u8| (b < 0x20) | (b == 0x7f) | (b == 0xc2) | (b == 0xe2);
    input.as_bytes().iter().fold(false, |found, &b| found | suspect(b))
        && input.chars().any(|c| c.is_control() || c == '\u{7f}' || reorders(c))
}

/// The bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069):
/// they make a terminal show text in another order than it is stored
/// ("ZWJ\u{202E}evil" reads "ZWJlive"), so they are shown, not obeyed.
/// Right-to-left letters themselves are text and stay.
fn reorders(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn clean(input: &str, keep_lines: bool) -> String {
    if !needs_cleaning(input) {
        return input.to_string();
    }
    let mut out = String::with_capacity(input.len() + 8);
    let normalised = input.replace("\r\n", "\n");
    for c in normalised.chars() {
        match c {
            '\n' if keep_lines => out.push('\n'),
            '\n' | '\r' => out.push(' '),
            '\t' => out.push_str("    "),
            '\u{7f}' => out.push_str("^?"),
            c if (c as u32) < 0x20 => {
                out.push('^');
                out.push(char::from(b'@' + c as u8));
            }
            // C1 controls (U+0080..U+009F) can act as escape introducers too.
            c if c.is_control() || reorders(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// `text` cut to at most `max` terminal columns (wide scripts take two per
/// character), with `…` where it was cut (after the last letter, not after
/// a space or a full stop).
pub fn truncate(text: &str, max: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    if max > 0 {
        out.truncate(out.trim_end_matches([' ', '.', ',']).len());
        out.push('…');
    }
    out
}

/// Greedy word wrap by display width; a word wider than the line is cut.
/// `None` returns the line as it is. Always at least one (maybe empty) line.
pub fn wrap(line: &str, width: Option<usize>) -> Vec<String> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let Some(width) = width.map(|w| w.max(10)) else { return vec![line.to_string()] };
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    for word in line.split(' ') {
        let w = word.width();
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut current));
            used = 0;
        }
        if used > 0 {
            current.push(' ');
            used += 1;
        }
        if w <= width - used {
            current.push_str(word);
            used += w;
            continue;
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width {
                lines.push(std::mem::take(&mut current));
                used = 0;
            }
            current.push(c);
            used += cw;
        }
    }
    lines.push(current);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidirectional_overrides_are_shown_not_obeyed() {
        assert_eq!(clean_line("ZWJ\u{202E}evil"), "ZWJ<U+202E>evil");
        assert_eq!(clean_line("a\u{2066}b\u{2069}"), "a<U+2066>b<U+2069>");
        assert_eq!(clean_line("שלום Київ"), "שלום Київ", "right-to-left letters stay");
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(clean_line("\u{1b}[2Jwiped"), "^[[2Jwiped");
        assert_eq!(clean_multiline("bell\u{7}"), "bell^G");
        assert_eq!(clean_multiline("del\u{7f}"), "del^?");
        assert_eq!(clean_multiline("csi\u{9b}31m"), "csi<U+009B>31m");
    }

    #[test]
    fn line_breaks_kept_only_where_they_belong() {
        assert_eq!(clean_multiline("one\r\ntwo\nthree"), "one\ntwo\nthree");
        assert_eq!(clean_line("one\ntwo"), "one two");
        assert_eq!(clean_line("  padded \t"), "padded");
    }

    #[test]
    fn a_cut_ends_in_an_ellipsis_after_a_letter() {
        assert_eq!(truncate("Київстар Бізнес", 10), "Київстар…");
        assert_eq!(truncate("თბილისის წყალი", 9), "თბილისის…");
        assert_eq!(truncate("Ltd. Co", 5), "Ltd…");
        assert_eq!(truncate("short", 5), "short");
        assert_eq!(truncate("wide", 1), "…");
        assert_eq!(truncate("wide", 0), "");
    }

    #[test]
    fn unicode_text_is_untouched() {
        let text = "Київстар · თბილისი · 東京 · 🚀";
        assert_eq!(clean_line(text), text);
        assert!(!needs_cleaning(text));
    }

    #[test]
    fn the_quick_look_at_bytes_misses_no_character_to_clean() {
        // Every character whose encoding begins with a byte the quick look
        // trusts, and its neighbours: the answer is the character's own.
        for c in ('\u{0}'..='\u{2ff}').chain('\u{2000}'..='\u{20ff}').chain(['Ї', 'ა', '東', '🚀']) {
            let text = format!("a{c}b");
            let expected = c.is_control() || c == '\u{7f}' || reorders(c);
            assert_eq!(needs_cleaning(&text), expected, "U+{:04X}", c as u32);
        }
    }
}
