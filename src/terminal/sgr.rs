//! The 16 named colours in the 16-colour syntax. crossterm writes every
//! colour in the 256-colour form, `ESC[38;5;1m` for red too, which a
//! 16-colour terminal (the Linux console, an old `screen`) may not read.
//! [`SixteenColourSyntax`] rewrites, on the way out, each of the first 16
//! palette entries to the codes every colour terminal knows (`ESC[31m`,
//! `ESC[91m`, `ESC[41m`...); other sequences pass unchanged.

use std::io::{self, Write};

/// The longest escape sequence held back while waiting for its end; a
/// longer one is not a colour and goes out as it is.
const LONGEST: usize = 64;

/// A writer that puts the 16 named colours in the 16-colour syntax.
pub struct SixteenColourSyntax<W: Write> {
    inner: W,
    /// An escape sequence begun but not yet ended.
    pending: Vec<u8>,
}

impl<W: Write> SixteenColourSyntax<W> {
    pub fn new(inner: W) -> Self {
        SixteenColourSyntax { inner, pending: Vec::new() }
    }

    /// Rewrites what `bytes` hold, keeping a sequence cut at the end for the next write.
    fn rewrite(&mut self, bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len() + 8);
        for &byte in bytes {
            if self.pending.is_empty() {
                if byte == 0x1b {
                    self.pending.push(byte);
                } else {
                    out.push(byte);
                }
                continue;
            }
            self.pending.push(byte);
            let csi = self.pending.get(1) == Some(&b'[');
            if !csi {
                out.append(&mut self.pending);
            } else if self.pending.len() > 2 && (0x40..=0x7e).contains(&byte) {
                let sequence = std::mem::take(&mut self.pending);
                match sequence.strip_prefix(b"\x1b[").and_then(|s| s.strip_suffix(b"m")) {
                    Some(params) => out.extend(sgr(params)),
                    None => out.extend(sequence),
                }
            } else if self.pending.len() > LONGEST {
                out.append(&mut self.pending);
            }
        }
        out
    }
}

impl<W: Write> Write for SixteenColourSyntax<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let out = self.rewrite(buf);
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// `ESC[` `params` `m` with `38;5;N` and `48;5;N` (N below 16) in the
/// 16-colour syntax.
fn sgr(params: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(params);
    let parts: Vec<&str> = text.split(';').collect();
    let mut codes: Vec<String> = Vec::with_capacity(parts.len());
    let mut i = 0;
    while i < parts.len() {
        let colour = match (parts[i], parts.get(i + 1), parts.get(i + 2).and_then(|n| n.parse::<u8>().ok())) {
            ("38", Some(&"5"), Some(n)) if n < 16 => Some(if n < 8 { 30 + n } else { 90 + n - 8 }),
            ("48", Some(&"5"), Some(n)) if n < 16 => Some(if n < 8 { 40 + n } else { 100 + n - 8 }),
            _ => None,
        };
        match colour {
            Some(code) => {
                codes.push(code.to_string());
                i += 3;
            }
            None => {
                // Another extended colour's own parameters are kept whole.
                let take = match (parts[i], parts.get(i + 1)) {
                    ("38" | "48" | "58", Some(&"5")) => 3,
                    ("38" | "48" | "58", Some(&"2")) => 5,
                    _ => 1,
                };
                codes.extend(parts[i..(i + take).min(parts.len())].iter().map(|p| p.to_string()));
                i += take;
            }
        }
    }
    format!("\x1b[{}m", codes.join(";")).into_bytes()
}

/// `text` with its named colours in the 16-colour syntax.
pub fn sixteen_colour_syntax(text: &str) -> String {
    let mut writer = SixteenColourSyntax::new(Vec::new());
    let mut out = writer.rewrite(text.as_bytes());
    out.append(&mut writer.pending);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_colours_take_the_16_colour_syntax() {
        let cases = [
            ("\x1b[38;5;1m", "\x1b[31m"),
            ("\x1b[38;5;9m", "\x1b[91m"),
            ("\x1b[48;5;4m", "\x1b[44m"),
            ("\x1b[48;5;15m", "\x1b[107m"),
            // As crossterm sets both at once.
            ("\x1b[38;5;1;49m", "\x1b[31;49m"),
            ("\x1b[1;38;5;3;48;5;8m", "\x1b[1;33;100m"),
        ];
        for (from, to) in cases {
            assert_eq!(sixteen_colour_syntax(&format!("a{from}b")), format!("a{to}b"), "{from:?}");
        }
    }

    #[test]
    fn everything_else_passes_unchanged() {
        for text in [
            "\x1b[38;5;38mcyan\x1b[39m",
            "\x1b[38;2;1;2;3mrgb",
            "\x1b[38;2;0;5;1m (5 in an rgb triple)",
            "\x1b[?2026h\x1b[1;1H\x1b[2J",
            "\x1b]0;title\x07",
            "Київ ქართული",
            "\x1b[0m\x1b[39;49m",
        ] {
            assert_eq!(sixteen_colour_syntax(text), text);
        }
    }

    #[test]
    fn a_sequence_cut_between_two_writes_is_rewritten_whole() {
        let mut writer = SixteenColourSyntax::new(Vec::new());
        for part in ["x\x1b[38;", "5;", "2mgreen\x1b", "[39m"] {
            writer.write_all(part.as_bytes()).unwrap();
        }
        assert_eq!(String::from_utf8(writer.inner).unwrap(), "x\x1b[32mgreen\x1b[39m");
    }
}
