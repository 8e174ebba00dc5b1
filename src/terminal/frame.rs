//! One frame, one `write`: inside a synchronized update (`ESC[?2026h` …
//! `ESC[?2026l`) nothing is shown until its end anyway, so what is written
//! there is held and sent with the end in a single system call. Over SSH
//! each `write` can cost its own packet; a frame that left in three paid
//! for three.

use std::io::{self, Write};

const BEGIN: &[u8] = b"\x1b[?2026h";
const END: &[u8] = b"\x1b[?2026l";

/// Holds the bytes of an open synchronized update; outside one, a flush
/// sends what was written, as any writer does.
pub struct OneWritePerFrame<W: Write> {
    inner: W,
    held: Vec<u8>,
    /// A synchronized update has begun and not yet ended.
    open: bool,
}

impl<W: Write> OneWritePerFrame<W> {
    pub fn new(inner: W) -> Self {
        OneWritePerFrame { inner, held: Vec::with_capacity(1 << 14), open: false }
    }

    /// The writer underneath (a benchmark counts what reaches it).
    pub fn get_ref(&self) -> &W {
        &self.inner
    }

    fn send(&mut self) -> io::Result<()> {
        if !self.held.is_empty() {
            let result = self.inner.write_all(&self.held);
            self.held.clear();
            result?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Write for OneWritePerFrame<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.held.extend_from_slice(buf);
        // crossterm writes each command whole, so a marker is never split.
        if let Some(at) = last(buf, BEGIN) {
            self.open = last(&buf[at..], END).is_none();
        } else if last(buf, END).is_some() {
            self.open = false;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.open { Ok(()) } else { self.send() }
    }
}

impl<W: Write> Drop for OneWritePerFrame<W> {
    fn drop(&mut self) {
        let _ = self.send();
    }
}

/// Where the last `marker` in `bytes` begins.
fn last(bytes: &[u8], marker: &[u8]) -> Option<usize> {
    bytes.windows(marker.len()).rposition(|w| w == marker)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `write` that reaches the terminal.
    #[derive(Default)]
    struct Writes(Vec<Vec<u8>>);

    impl Write for Writes {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.push(buf.to_vec());
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_synchronized_update_leaves_in_one_write_whatever_flushes_it_holds() {
        let mut out = OneWritePerFrame::new(Writes::default());
        out.write_all(BEGIN).unwrap();
        out.write_all(b"\x1b[2;1Hrow").unwrap();
        out.flush().unwrap();
        out.write_all(b"\x1b[5S").unwrap();
        out.flush().unwrap();
        assert!(out.get_ref().0.is_empty(), "nothing leaves before the update ends");
        out.write_all(END).unwrap();
        out.flush().unwrap();
        assert_eq!(out.get_ref().0, [[BEGIN, b"\x1b[2;1Hrow", b"\x1b[5S", END].concat()]);
    }

    #[test]
    fn outside_an_update_a_flush_sends_as_usual() {
        let mut out = OneWritePerFrame::new(Writes::default());
        out.write_all(b"\x1b[?1049l").unwrap();
        out.flush().unwrap();
        out.write_all(b"bye").unwrap();
        drop(out.flush());
        assert_eq!(out.get_ref().0, [b"\x1b[?1049l".to_vec(), b"bye".to_vec()]);
        // An update begun and ended in one write is closed.
        let mut out = OneWritePerFrame::new(Writes::default());
        out.write_all(&[BEGIN, b"x", END].concat()).unwrap();
        out.flush().unwrap();
        assert_eq!(out.get_ref().0.len(), 1);
    }
}
