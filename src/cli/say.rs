//! Every sentence keyplan writes about its input (an error quoting a typed
//! value, a file name, a CSV header, clap's own complaints) goes through
//! [`visible`]: control characters in the input are shown (`^[` for ESC,
//! `^G` for BEL, `<U+009B>` for a C1 control), never obeyed by the terminal.

use crate::domain::text::clean_multiline;

/// `text` with every control character shown visibly; line breaks stay.
pub fn visible(text: &str) -> String {
    clean_multiline(text)
}

/// A warning or refusal on stderr: `keyplan: ` and the sentence.
pub fn warn(text: &str) {
    eprintln!("keyplan: {}", visible(text));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_in_input_are_shown_not_obeyed() {
        let payload = "X\u{1b}]0;PWNED\u{7}\u{1b}]52;c;UFdORUQ=\u{7}\u{1b}[2J\u{9b}1m";
        let shown = visible(&format!("no account matches \"{payload}\"\n  1  Acme"));
        assert_eq!(shown, "no account matches \"X^[]0;PWNED^G^[]52;c;UFdORUQ=^G^[[2J<U+009B>1m\"\n  1  Acme");
    }
}
