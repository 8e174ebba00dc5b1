//! The scroll-region backend against a terminal emulator: every frame's bytes
//! go through crossterm into `vt100`, and the emulated screen must equal the
//! buffer ratatui drew, text and colours, cell for cell.

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

use keyplan::scrolling::ScrollingBackend;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListState};
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};
use unicode_width::UnicodeWidthStr;

/// A writer whose bytes the test can read while the backend owns it.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// crossterm's bytes, with a size the test sets and a cursor position
/// answered without a real terminal: ratatui asks for both when it resizes
/// and clears.
struct Tty {
    crossterm: CrosstermBackend<Shared>,
    size: Size,
}

impl Backend for Tty {
    type Error = io::Error;

    fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(&mut self, content: I) -> io::Result<()> {
        self.crossterm.draw(content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.crossterm.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.crossterm.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(Position::ORIGIN)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.crossterm.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.crossterm.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.crossterm.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize { columns_rows: self.size, pixels: Size::default() })
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.crossterm)
    }

    fn scroll_region_up(&mut self, region: std::ops::Range<u16>, amount: u16) -> io::Result<()> {
        self.crossterm.scroll_region_up(region, amount)
    }

    fn scroll_region_down(&mut self, region: std::ops::Range<u16>, amount: u16) -> io::Result<()> {
        self.crossterm.scroll_region_down(region, amount)
    }
}

/// A terminal over the scrolling backend, and the emulator reading its bytes.
struct Screen<B: Backend> {
    terminal: Terminal<ScrollingBackend<B>>,
    bytes: Shared,
    emulator: vt100::Parser,
    read: usize,
    frames: usize,
}

impl<B: Backend> Screen<B>
where
    B::Error: std::fmt::Debug,
{
    /// Draws one frame, feeds what it wrote to the emulator and checks the
    /// emulated screen. Returns the bytes the frame cost.
    fn frame(&mut self, render: impl FnOnce(&mut Frame)) -> usize {
        let drawn = self.terminal.draw(render).expect("a frame is drawn").buffer.clone();
        let bytes = self.bytes.0.borrow();
        let cost = bytes.len() - self.read;
        self.emulator.process(&bytes[self.read..]);
        self.read = bytes.len();
        self.frames += 1;
        assert_shows(&self.emulator, &drawn, &format!("frame {}", self.frames));
        cost
    }

    /// How many scrolls up and down the backend sent so far.
    fn scrolls(&self) -> (usize, usize) {
        let bytes = self.bytes.0.borrow();
        let count = |end: &[u8]| bytes.windows(end.len()).filter(|w| *w == end).count();
        (count(b"S\x1b[r"), count(b"T\x1b[r"))
    }
}

/// Fullscreen, as in the workbench, over a terminal whose size the test sets.
fn fullscreen(width: u16, height: u16) -> Screen<Tty> {
    let bytes = Shared::default();
    let size = Size::new(width, height);
    let tty = Tty { crossterm: CrosstermBackend::new(bytes.clone()), size };
    let terminal = Terminal::new(ScrollingBackend::new(tty, size)).expect("a terminal");
    Screen { terminal, bytes, emulator: vt100::Parser::new(height, width, 0), read: 0, frames: 0 }
}

/// A fixed viewport straight over crossterm, as in the benchmark.
fn fixed(width: u16, height: u16) -> Screen<CrosstermBackend<Shared>> {
    fixed_over(width, height, |crossterm| ScrollingBackend::new(crossterm, Size::new(width, height)))
}

fn fixed_over(
    width: u16,
    height: u16,
    wrap: impl FnOnce(CrosstermBackend<Shared>) -> ScrollingBackend<CrosstermBackend<Shared>>,
) -> Screen<CrosstermBackend<Shared>> {
    let bytes = Shared::default();
    let backend = wrap(CrosstermBackend::new(bytes.clone()));
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let terminal = Terminal::with_options(backend, TerminalOptions { viewport }).expect("a terminal");
    Screen { terminal, bytes, emulator: vt100::Parser::new(height, width, 0), read: 0, frames: 0 }
}

impl Screen<Tty> {
    fn resize(&mut self, width: u16, height: u16) {
        self.terminal.backend_mut().inner_mut().size = Size::new(width, height);
        self.emulator.screen_mut().set_size(height, width);
    }
}

fn assert_shows(emulator: &vt100::Parser, drawn: &Buffer, context: &str) {
    let screen = emulator.screen();
    let area = drawn.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let want = &drawn[(x, y)];
            let got = screen.cell(y, x).expect("the cell is on the emulated screen");
            let text = if got.has_contents() { got.contents() } else { " " };
            // On a blank cell the foreground and boldness do not show (ratatui
            // itself does not repaint a blank for them), unless reversed.
            let shows_fg = text != " " || got.inverse();
            let shown = (text, got.bgcolor(), got.inverse(), shows_fg.then(|| (got.fgcolor(), got.bold())));
            let fg = (colour(want.fg), want.modifier.contains(Modifier::BOLD));
            let wanted =
                (want.symbol(), colour(want.bg), want.modifier.contains(Modifier::REVERSED), shows_fg.then_some(fg));
            assert_eq!(
                shown,
                wanted,
                "{context}, cell ({x}, {y}): (text, bg, reversed, (fg, bold))\n{}",
                screen.contents()
            );
            // The columns a wide symbol covers are its own.
            x += u16::try_from(want.symbol().width()).unwrap_or(1).max(1);
        }
    }
}

fn colour(color: Color) -> vt100::Color {
    let named = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match color {
        Color::Reset => vt100::Color::Default,
        Color::Indexed(i) => vt100::Color::Idx(i),
        Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
        named_color => {
            let index = named.iter().position(|c| *c == named_color).expect("a named colour");
            vt100::Color::Idx(u8::try_from(index).expect("sixteen colours"))
        }
    }
}

const NAMES: [&str; 8] = [
    "Ключові клієнти",
    "ქართული ბანკი",
    "中文客户 北京",
    "🙂 Emoji 🚀 Ltd",
    "",
    "Müller & Söhne GmbH",
    "Ёлка — Ялта",
    "Acme Corporation",
];

/// Item `i` of a long account list: mixed scripts, wide symbols, blank rows,
/// and now and then a styled one.
fn item(i: usize) -> Line<'static> {
    let name = NAMES[i % NAMES.len()];
    if name.is_empty() {
        return Line::default();
    }
    let number = Span::styled(format!("{i:>5} "), Style::new().fg(Color::DarkGray));
    let name = if i.is_multiple_of(5) {
        Span::styled(name, Style::new().fg(Color::Yellow).bg(Color::Indexed(52)).add_modifier(Modifier::BOLD))
    } else {
        Span::raw(name)
    };
    let tail = Span::styled(format!("  {}", "·".repeat(i % 37)), Style::new().fg(Color::Rgb(120, 140, 160)));
    Line::from(vec![number, name, tail])
}

/// A title row, the list in a bordered block, and a status row: the way the
/// workbench's screens look.
fn list_screen(frame: &mut Frame, state: &mut ListState, count: usize) {
    let area = frame.area();
    let title = Line::styled("Portfolio — ключові клієнти", Style::new().add_modifier(Modifier::REVERSED));
    frame.render_widget(title, Rect { height: 1, ..area });
    let list = List::new((0..count).map(item))
        .block(Block::bordered().title("Accounts"))
        .highlight_style(Style::new().bg(Color::Blue).fg(Color::White));
    let middle = Rect { y: area.y + 1, height: area.height.saturating_sub(2), ..area };
    frame.render_stateful_widget(list, middle, state);
    let status = format!("{} of {count}", state.selected().map_or(0, |s| s + 1));
    frame.render_widget(Line::raw(status), Rect { y: area.bottom() - 1, height: 1, ..area });
}

#[test]
fn a_list_scrolls_down_and_up_by_rows_and_pages() {
    let mut screen = fixed(100, 30);
    let mut state = ListState::default().with_selected(Some(0));
    let count = 400;
    screen.frame(|f| list_screen(f, &mut state, count));
    // Down past the bottom row, one at a time; then back up; then pages.
    let mut moves: Vec<isize> = vec![1; 40];
    moves.extend([-1; 45]);
    moves.extend([27, 27, 27, -27, -27, 3, 3, -3, 100, -50, 1, -1]);
    for step in moves {
        let next = state.selected().unwrap_or(0).saturating_add_signed(step).min(count - 1);
        state.select(Some(next));
        screen.frame(|f| list_screen(f, &mut state, count));
    }
    let (up, down) = screen.scrolls();
    assert!(up >= 10 && down >= 10, "the list was scrolled with the terminal's help: {up} up, {down} down");
}

#[test]
fn scrolling_one_row_costs_a_fraction_of_a_repaint() {
    let (width, height, count) = (120, 40, 400);
    // The selection on the last visible row: the next one scrolls the list.
    let last_row = usize::from(height) - 4;

    let plain_bytes = Shared::default();
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let mut plain = Terminal::with_options(CrosstermBackend::new(plain_bytes.clone()), TerminalOptions { viewport })
        .expect("a terminal");
    let mut state = ListState::default().with_selected(Some(last_row));
    plain.draw(|f| list_screen(f, &mut state, count)).expect("a frame");
    let before = plain_bytes.0.borrow().len();
    state.select_next();
    plain.draw(|f| list_screen(f, &mut state, count)).expect("a frame");
    let repaint = plain_bytes.0.borrow().len() - before;

    let mut screen = fixed(width, height);
    let mut state = ListState::default().with_selected(Some(last_row));
    screen.frame(|f| list_screen(f, &mut state, count));
    state.select_next();
    let scrolled = screen.frame(|f| list_screen(f, &mut state, count));

    assert_eq!(screen.scrolls(), (1, 0), "one scroll up");
    assert!(scrolled * 5 < repaint, "one row scrolled: {scrolled} B with a scroll region, {repaint} B without");

    // Turned off in the settings, it sends what plain ratatui sends.
    let mut screen = fixed_over(width, height, ScrollingBackend::without_scrolling);
    let mut state = ListState::default().with_selected(Some(last_row));
    screen.frame(|f| list_screen(f, &mut state, count));
    state.select_next();
    let unscrolled = screen.frame(|f| list_screen(f, &mut state, count));
    assert_eq!((screen.scrolls(), unscrolled), ((0, 0), repaint), "no scroll regions when turned off");
}

#[test]
fn resizes_and_clears_start_the_picture_afresh() {
    let mut screen = fullscreen(80, 24);
    let mut state = ListState::default().with_selected(Some(0));
    let count = 300;
    let down = |screen: &mut Screen<Tty>, state: &mut ListState, rows: usize| {
        for _ in 0..rows {
            state.select_next();
            screen.frame(|f| list_screen(f, state, count));
        }
    };
    screen.frame(|f| list_screen(f, &mut state, count));
    down(&mut screen, &mut state, 30);
    for (width, height) in [(60, 16), (100, 35), (100, 20), (40, 10)] {
        screen.resize(width, height);
        down(&mut screen, &mut state, 12);
    }
    screen.terminal.clear().expect("a clear");
    down(&mut screen, &mut state, 12);
    let (up, _) = screen.scrolls();
    assert!(up >= 50, "scrolling went on after resizes: {up} scrolls");
}

/// A small xorshift: the same frames on every run, no crate needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).expect("below n")
    }
}

/// A random row: a background (sometimes reversed) across the whole width,
/// words of several scripts and widths in random foregrounds. Backgrounds
/// are per row because a terminal gives the uncovered half of a wide symbol
/// the colours of whatever half-covers it, which ratatui's diff does not
/// follow (with or without scrolling); within a row that is the row's own.
fn random_row(rng: &mut Rng) -> (Style, Line<'static>) {
    const WORDS: [&str; 10] = ["Ключові", "клієнти", "ქართული", "中文", "🙂", "🚀", "acme", "plan", "  ", "—"];
    const COLOURS: [Color; 5] =
        [Color::Reset, Color::Red, Color::LightGreen, Color::Indexed(200), Color::Rgb(9, 99, 199)];
    let mut row = Style::new().bg(COLOURS[rng.below(COLOURS.len())]);
    if rng.below(6) == 0 {
        return (row, Line::default());
    }
    let reversed = rng.below(8) == 0;
    if reversed {
        row = row.add_modifier(Modifier::REVERSED);
    }
    let spans = (0..1 + rng.below(6)).map(|_| {
        // Reversed, the foreground shows on blanks too: keep it plain there.
        let fg = if reversed { Color::Reset } else { COLOURS[rng.below(COLOURS.len())] };
        let mut style = Style::new().fg(fg);
        if rng.below(4) == 0 {
            style = style.add_modifier(Modifier::BOLD);
        }
        Span::styled(format!("{} ", WORDS[rng.below(WORDS.len())]), style)
    });
    (row, Line::from(spans.collect::<Vec<_>>()))
}

/// Random frames, most of them shifting a random band of rows up or down
/// (what a scrolled list or log does), the rest rewriting rows, resizing or
/// clearing.
#[test]
fn random_frames_keep_the_terminal_equal_to_the_buffer() {
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let (mut width, mut height) = (36, 14);
    let mut screen = fullscreen(width, height);
    let mut rows: Vec<(Style, Line<'static>)> = (0..height).map(|_| random_row(&mut rng)).collect();
    for _ in 0..600 {
        match rng.below(20) {
            0 => {
                width = 20 + u16::try_from(rng.below(30)).expect("small");
                height = 6 + u16::try_from(rng.below(14)).expect("small");
                screen.resize(width, height);
                rows.resize_with(usize::from(height), || random_row(&mut rng));
            }
            1 => screen.terminal.clear().expect("a clear"),
            2..=5 => {
                let row = rng.below(rows.len());
                rows[row] = random_row(&mut rng);
            }
            _ => {
                let top = rng.below(rows.len() / 2);
                let bottom = top + 2 + rng.below(rows.len() - top - 1);
                let bottom = bottom.min(rows.len());
                let by = 1 + rng.below(3.min(bottom - top));
                let band = &mut rows[top..bottom];
                if rng.below(2) == 0 {
                    band.rotate_left(by);
                    let len = band.len();
                    band[len - by..].iter_mut().for_each(|row| *row = random_row(&mut rng));
                } else {
                    band.rotate_right(by);
                    band[..by].iter_mut().for_each(|row| *row = random_row(&mut rng));
                }
            }
        }
        screen.frame(|f| {
            let area = f.area();
            for (y, (style, line)) in (area.top()..area.bottom()).zip(&rows) {
                f.buffer_mut().set_style(Rect { y, height: 1, ..area }, *style);
                f.buffer_mut().set_line(0, y, line, area.width);
            }
        });
    }
    let (up, down) = screen.scrolls();
    assert!(up >= 50 && down >= 50, "the random frames were scrolled: {up} up, {down} down");
}
