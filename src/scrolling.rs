//! A backend wrapper that sends vertical shifts of the screen as terminal
//! scroll regions (DECSTBM + SU/SD): scrolling a table by one row then costs
//! the scroll sequence and the one new row, where ratatui's cell diff alone
//! repaints every row that moved.
//!
//! The wrapper keeps its own copy of what the terminal shows, in ratatui's
//! convention (the buffer ratatui diffed against). For each frame it builds
//! the next screen from the updates, looks for the shift that saves the most
//! rows, and when the shift pays, scrolls the terminal and its copy alike and
//! sends the cell diff from the scrolled copy. The diff is exact whatever the
//! shift, so a poor guess costs bytes, never a wrong picture.

use std::hash::{Hash, Hasher};
use std::io::{self, Write};
use std::ops::Range;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::layout::{Position, Rect, Size};

/// A shift must save at least this many rows to be tried.
const MIN_SAVED_ROWS: usize = 2;
/// The scroll sequence (`ESC[a;br ESC[nS ESC[r`, about 15 bytes), counted in
/// cell updates: a shift must spare more updates than this.
const SCROLL_COST: usize = 8;

/// Forwards everything to `inner`, except that a frame whose rows moved up or
/// down is sent as a scroll of the terminal plus the rows that really changed.
pub struct ScrollingBackend<B: Backend> {
    inner: B,
    /// What the terminal shows. `None` once something we do not follow
    /// changed it (a partial clear, appended lines, a failed write): frames
    /// then go through unchanged until the next full clear.
    screen: Option<Screen>,
    /// False for terminals that mishandle scroll regions (the settings'
    /// `scroll_regions = false`): every frame goes through unchanged.
    enabled: bool,
    /// Where the cursor was last put. ratatui asks for the cursor before a
    /// clear only to put it back after; the terminal is never asked (the
    /// CSI 6n query), since a terminal or a slow link that does not answer
    /// within two seconds would end the session with what is being typed.
    cursor: Position,
}

/// The cells of the terminal, and a hash of each row: a frame rehashes only
/// the rows it touches.
#[derive(Clone)]
struct Screen {
    cells: Buffer,
    rows: Vec<u64>,
    blank_row: u64,
}

/// Rows `region` of the screen move by `rows`, up or down; the rows they
/// leave become blank.
#[derive(Debug)]
struct Shift {
    region: Range<u16>,
    rows: u16,
    up: bool,
}

impl<B: Backend> ScrollingBackend<B> {
    /// `size` is the terminal's, and its screen must be blank (a fresh
    /// alternate screen), which ratatui assumes too for its first frame.
    pub fn new(inner: B, size: Size) -> Self {
        ScrollingBackend { inner, screen: Some(Screen::blank(size)), enabled: true, cursor: Position::ORIGIN }
    }

    /// Whether moved rows are sent as scrolls.
    pub fn scrolls(&self) -> bool {
        self.enabled
    }

    /// The same wrapper that never scrolls: a plain ratatui backend.
    pub fn without_scrolling(inner: B) -> Self {
        ScrollingBackend { inner, screen: None, enabled: false, cursor: Position::ORIGIN }
    }

    pub fn inner(&self) -> &B {
        &self.inner
    }

    pub fn inner_mut(&mut self) -> &mut B {
        &mut self.inner
    }

    fn scroll_inner(&mut self, shift: &Shift) -> Result<(), B::Error> {
        if shift.up {
            self.inner.scroll_region_up(shift.region.clone(), shift.rows)
        } else {
            self.inner.scroll_region_down(shift.region.clone(), shift.rows)
        }
    }

    fn after_full_clear(&mut self) {
        self.screen = if self.enabled { self.inner.size().ok().map(Screen::blank) } else { None };
    }

    /// Applies a scroll someone else asked for (ratatui's `insert_before`)
    /// to our copy of the screen.
    fn follow(&mut self, shift: &Shift) {
        let fits =
            |screen: &Screen| shift.region.start < shift.region.end && shift.region.end <= screen.cells.area.height;
        self.screen = self.screen.take().filter(fits).map(|mut screen| {
            screen.apply(shift);
            screen
        });
    }
}

impl<B: Backend> Backend for ScrollingBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // Taken until the frame is written: a failed write leaves it unknown.
        let Some(screen) = self.screen.take() else {
            return self.inner.draw(content);
        };
        let updates: Vec<(u16, u16, &Cell)> = content.collect();
        let Some(next) = screen.updated(&updates) else {
            return self.inner.draw(updates.into_iter());
        };
        if let Some(shift) = find_shift(&screen, &next) {
            let mut moved = screen;
            moved.apply(&shift);
            let rest = moved.cells.diff(&next.cells);
            if rest.len() + SCROLL_COST < updates.len() {
                // crossterm ends every draw by resetting colours and attributes,
                // so the rows the scroll blanks get the default background, as
                // `moved` says. Setting the region homes the cursor: `rest`
                // starts with a move, and ratatui places the cursor after a draw.
                match self.scroll_inner(&shift) {
                    Ok(()) => self.inner.draw(rest.into_iter())?,
                    // A terminal that cannot scroll regions (a legacy Windows
                    // console) gets the plain frame and is no longer followed.
                    Err(_) => return self.inner.draw(updates.into_iter()),
                }
                self.screen = Some(next);
                return Ok(());
            }
        }
        self.inner.draw(updates.into_iter())?;
        self.screen = Some(next);
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        if n > 0 {
            self.screen = None;
        }
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.cursor = position.into();
        self.inner.set_cursor_position(self.cursor)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.screen = None;
        self.inner.clear()?;
        self.after_full_clear();
        Ok(())
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.screen = None;
        self.inner.clear_region(clear_type)?;
        if clear_type == ClearType::All {
            self.after_full_clear();
        }
        Ok(())
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }

    fn scroll_region_up(&mut self, region: Range<u16>, line_count: u16) -> Result<(), Self::Error> {
        self.follow(&Shift { region: region.clone(), rows: line_count, up: true });
        self.inner.scroll_region_up(region, line_count)
    }

    fn scroll_region_down(&mut self, region: Range<u16>, line_count: u16) -> Result<(), Self::Error> {
        self.follow(&Shift { region: region.clone(), rows: line_count, up: false });
        self.inner.scroll_region_down(region, line_count)
    }
}

/// Raw bytes (synchronized-update markers, modes) go straight to the
/// terminal; they must not change what the screen shows.
impl<B: Backend + Write> Write for ScrollingBackend<B> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

impl Screen {
    fn blank(size: Size) -> Screen {
        let cells = Buffer::empty(Rect::new(0, 0, size.width, size.height));
        let blank_row = hash_row(&vec![Cell::EMPTY; usize::from(size.width)]);
        Screen { cells, rows: vec![blank_row; usize::from(size.height)], blank_row }
    }

    /// The screen after `updates`, or None when one falls off it.
    fn updated(&self, updates: &[(u16, u16, &Cell)]) -> Option<Screen> {
        let mut next = self.clone();
        let mut touched = vec![false; next.rows.len()];
        for &(x, y, cell) in updates {
            next.put(x, y, cell)?;
            touched[usize::from(y)] = true;
        }
        let width = usize::from(next.cells.area.width);
        for (y, _) in touched.iter().enumerate().filter(|(_, touched)| **touched) {
            next.rows[y] = hash_row(&next.cells.content[y * width..(y + 1) * width]);
        }
        Some(next)
    }

    /// Writes one update the way ratatui's buffer holds it: the cells a wide
    /// symbol hides are reset (as `Buffer::set_stringn` does, and ratatui's
    /// diff never sends them).
    fn put(&mut self, x: u16, y: u16, cell: &Cell) -> Option<()> {
        let area = self.cells.area;
        if !area.contains(Position { x, y }) {
            return None;
        }
        self.cells[(x, y)] = cell.clone();
        let hidden_end = x.saturating_add(cell.cell_width()).min(area.right());
        for hidden in x + 1..hidden_end {
            self.cells[(hidden, y)].reset();
        }
        Some(())
    }

    /// Does what the terminal does to its rows.
    fn apply(&mut self, shift: &Shift) {
        let width = usize::from(self.cells.area.width);
        shift.apply(&mut self.cells.content, width, &Cell::EMPTY);
        shift.apply(&mut self.rows, 1, &self.blank_row);
    }
}

fn hash_row(row: &[Cell]) -> u64 {
    let mut hasher = RowHasher(0);
    row.hash(&mut hasher);
    hasher.finish()
}

/// rustc's FxHash, a word at a time: a scroll rehashes the whole screen every
/// frame, where std's SipHash (a defence against chosen collisions, which
/// cost us nothing here) took most of the backend's time.
struct RowHasher(u64);

impl RowHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for RowHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u16(&mut self, n: u16) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The shift that makes the most rows of `old` equal to those of `new`, less
/// the rows it would blank that were right already and are not blank. Rows
/// are compared by hash: a collision only makes the guess poorer, since the
/// caller sends the exact diff after the shift.
fn find_shift(old: &Screen, new: &Screen) -> Option<Shift> {
    let (old, new, blank_row) = (&old.rows, &new.rows, old.blank_row);
    let height = old.len();
    let mut best: Option<(usize, Shift)> = None;
    for rows in 1..=height / 2 {
        for up in [true, false] {
            // new[y] shows what old[source(y)] showed.
            let source = |y: usize| if up { Some(y + rows).filter(|&s| s < height) } else { y.checked_sub(rows) };
            let (mut start, mut saved) = (None, 0);
            for y in 0..=height {
                if y < height && source(y).is_some_and(|s| new[y] == old[s]) {
                    start.get_or_insert(y);
                    saved += usize::from(new[y] != old[y]);
                    continue;
                }
                let Some(start) = start.take() else { continue };
                let shift = Shift::of_run(start..y, rows, up);
                let spoiled = shift.vacated().filter(|&v| new[v] == old[v] && new[v] != blank_row).count();
                let score = saved.saturating_sub(spoiled);
                if score >= MIN_SAVED_ROWS && best.as_ref().is_none_or(|(s, _)| score > *s) {
                    best = Some((score, shift));
                }
                saved = 0;
            }
        }
    }
    best.map(|(_, shift)| shift)
}

impl Shift {
    /// The shift that brings rows `run` of the new screen from `rows` below
    /// (up) or above (down) in the old one.
    fn of_run(run: Range<usize>, rows: usize, up: bool) -> Shift {
        let region = if up { run.start..run.end + rows } else { run.start - rows..run.end };
        let narrow = |y: usize| u16::try_from(y).unwrap_or(u16::MAX);
        Shift { region: narrow(region.start)..narrow(region.end), rows: narrow(rows), up }
    }

    /// The rows the shift leaves blank.
    fn vacated(&self) -> Range<usize> {
        let (start, end) = (usize::from(self.region.start), usize::from(self.region.end));
        let rows = usize::from(self.rows).min(end - start);
        if self.up { end - rows..end } else { start..start + rows }
    }

    /// Moves the rows of `content`, `width` items each, and blanks the rows
    /// left behind.
    fn apply<T: Clone>(&self, content: &mut [T], width: usize, blank: &T) {
        let (start, end) = (usize::from(self.region.start), usize::from(self.region.end));
        let region = &mut content[start * width..end * width];
        let vacated = self.vacated().len() * width;
        if self.up {
            region.rotate_left(vacated);
            let len = region.len();
            region[len - vacated..].fill(blank.clone());
        } else {
            region.rotate_right(vacated);
            region[..vacated].fill(blank.clone());
        }
    }
}
