//! The bytes of an export as serde_json reads them (one at a time, so they
//! are served from a buffer of their own): without a leading UTF-8 byte
//! order mark, checked to be UTF-8 a buffer at a time (the line of the
//! first bad byte kept, as a whole-file check would name it), whether
//! everything so far was blank, and how many were read.

use std::cell::Cell;
use std::io::Read;
use std::rc::Rc;

/// The byte order mark some editors put first.
const BOM: &[u8] = b"\xEF\xBB\xBF";
const CHUNK: usize = 1 << 16;

pub(crate) struct Input<R> {
    inner: R,
    buf: Box<[u8]>,
    /// `buf[at..valid]` is checked and not yet served; `buf[valid..filled]`
    /// is the start of a character cut by the end of the last read.
    at: usize,
    valid: usize,
    filled: usize,
    /// Bytes served so far (after the mark), shared with whoever reports progress.
    read: Rc<Cell<u64>>,
    /// Line breaks before `buf[0]`, plus one.
    line: usize,
    /// The line of the first byte that is not UTF-8: met at `valid`.
    bad: Option<usize>,
    ended: bool,
    started: bool,
    blank: bool,
}

impl<R: Read> Input<R> {
    pub(crate) fn new(inner: R) -> Self {
        Input {
            inner,
            buf: vec![0; CHUNK].into_boxed_slice(),
            at: 0,
            valid: 0,
            filled: 0,
            read: Rc::default(),
            line: 1,
            bad: None,
            ended: false,
            started: false,
            blank: true,
        }
    }

    /// The count of bytes read so far (after the mark), as it goes on.
    pub(crate) fn counter(&self) -> Rc<Cell<u64>> {
        Rc::clone(&self.read)
    }

    /// The line of the first byte that is not UTF-8, once reached.
    pub(crate) fn not_utf8(&self) -> Option<usize> {
        self.bad.filter(|_| self.at == self.valid)
    }

    /// Whether all that was read is white space.
    pub(crate) fn blank(&self) -> bool {
        self.blank
    }

    /// Reads the rest (after a parse stopped early), so that the answers of
    /// [`Input::not_utf8`] and [`Input::blank`] are about the whole file.
    pub(crate) fn drain(&mut self) -> std::io::Result<()> {
        let mut chunk = [0u8; 8192];
        loop {
            match self.read(&mut chunk) {
                Ok(0) => return Ok(()),
                Ok(_) => {}
                Err(_) if self.bad.is_some() => return Ok(()),
                Err(e) => return Err(e),
            }
        }
    }

    /// Takes the next bytes from the file and checks them.
    fn refill(&mut self) -> std::io::Result<()> {
        let cut = self.filled - self.valid;
        self.line += self.buf[..self.valid].iter().filter(|b| **b == b'\n').count();
        self.buf.copy_within(self.valid..self.filled, 0);
        (self.at, self.valid, self.filled) = (0, 0, cut);
        while self.filled < self.buf.len() && !self.ended {
            match self.inner.read(&mut self.buf[self.filled..]) {
                Ok(0) => self.ended = true,
                Ok(n) => self.filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
            if self.filled >= CHUNK / 2 {
                break;
            }
        }
        if !self.started {
            self.started = true;
            if self.buf[..self.filled].starts_with(BOM) {
                self.at = BOM.len();
            }
        }
        let checked = match std::str::from_utf8(&self.buf[self.at..self.filled]) {
            Ok(text) => text,
            Err(e) => {
                let whole = e.error_len().is_some() || self.ended;
                if whole {
                    let lines = self.buf[..self.at + e.valid_up_to()].iter().filter(|b| **b == b'\n').count();
                    self.bad = Some(self.line + lines);
                }
                // Checked just now.
                std::str::from_utf8(&self.buf[self.at..self.at + e.valid_up_to()]).unwrap_or_default()
            }
        };
        if self.blank {
            self.blank = checked.chars().all(char::is_whitespace);
        }
        self.valid = self.at + checked.len();
        Ok(())
    }
}

impl<R: Read> Read for Input<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        // serde_json asks for one byte at a time.
        if let [one] = out
            && self.at < self.valid
        {
            *one = self.buf[self.at];
            self.at += 1;
            self.read.set(self.read.get() + 1);
            return Ok(1);
        }
        if self.at == self.valid {
            if self.bad.is_some() {
                return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8"));
            }
            if self.ended && self.filled == self.valid {
                return Ok(0);
            }
            self.refill()?;
            if self.at == self.valid {
                return self.read(out);
            }
        }
        let n = out.len().min(self.valid - self.at);
        out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
        self.at += n;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(bytes: &[u8]) -> Input<&[u8]> {
        let mut input = Input::new(bytes);
        input.drain().unwrap();
        input
    }

    #[test]
    fn agrees_with_the_standard_check() {
        let samples: [&[u8]; 9] = [
            b"plain",
            "Київ ქართ 😀".as_bytes(),
            b"a\nb\n\xFF",
            b"\xC0\x80",
            b"\xED\xA0\x80",
            b"\xF4\x90\x80\x80",
            b"ok\n\xE2\x82",
            b"\xEF\xBB\xBFmarked",
            b"\xE0\x9F\xBF",
        ];
        for bytes in samples {
            let input = through(bytes);
            let expected = std::str::from_utf8(bytes)
                .err()
                .map(|e| bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1);
            assert_eq!(input.not_utf8(), expected, "{bytes:?}");
        }
    }

    #[test]
    fn the_mark_is_skipped_and_blank_means_white_space_only() {
        let mut input = Input::new(&b"\xEF\xBB\xBF{}"[..]);
        let mut text = String::new();
        input.read_to_string(&mut text).unwrap();
        assert_eq!(text, "{}");
        assert!(!input.blank());
        assert!(through(" \n\t\u{a0}\u{3000}".as_bytes()).blank());
        assert!(!through(" x ".as_bytes()).blank());
    }
}
