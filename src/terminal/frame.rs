//! One frame, one `write`: inside a synchronized update (`ESC[?2026h` …
//! `ESC[?2026l`) nothing is shown until its end anyway, so what is written
//! there is held and sent with the end in a single system call. Over SSH
//! each `write` can cost its own packet; a frame that left in three paid
//! for three.

use std::io::{self, Write};

const BEGIN: &[u8] = b"\x1b[?2026h";
const END: &[u8] = b"\x1b[?2026l";
/// What the crossterm backend writes after each frame's cells to leave the
/// terminal in plain colours (foreground, background, underline colour,
/// then every attribute): the last reset alone does all of it, and the
/// other three cost 15 bytes a frame over a slow link.
const RESETS: &[u8] = b"\x1b[39m\x1b[49m\x1b[59m\x1b[0m";
const RESET: &[u8] = b"\x1b[0m";

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
            collapse_resets(&mut self.held);
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

/// Replaces each run of colour resets ending in a full reset by the full reset.
fn collapse_resets(bytes: &mut Vec<u8>) {
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(RESETS.len()).position(|w| w == RESETS) {
        let start = at + found;
        bytes.splice(start..start + RESETS.len(), RESET.iter().copied());
        at = start + RESET.len();
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
    fn the_resets_after_a_frame_leave_as_one() {
        let mut out = OneWritePerFrame::new(Writes::default());
        for part in [BEGIN, b"\x1b[3;9H\x1b[7mName", b"\x1b[39m", b"\x1b[49m", b"\x1b[59m", b"\x1b[0m", END] {
            out.write_all(part).unwrap();
        }
        out.flush().unwrap();
        assert_eq!(out.get_ref().0, [[BEGIN, b"\x1b[3;9H\x1b[7mName\x1b[0m", END].concat()]);
        // Colours reset without a full reset after them are kept as written.
        let mut out = OneWritePerFrame::new(Writes::default());
        out.write_all(&[BEGIN, b"\x1b[39m\x1b[49mx", END].concat()).unwrap();
        out.flush().unwrap();
        assert_eq!(out.get_ref().0, [[BEGIN, b"\x1b[39m\x1b[49mx", END].concat()]);
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
