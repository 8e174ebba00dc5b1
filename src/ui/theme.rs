//! Colours and emphasis in one place. Selection uses reverse video, so the
//! screens stay readable on terminals without colour.
//!
//! The screens draw with the palette's own colours; [`adapt`] then maps the
//! finished frame to what the terminal shows ([`ColourDepth`], decided in
//! `crate::terminal`): the 256-colour palette's entry, one of the 16 named
//! colours, or no colour at all (emphasis stays). Truecolour is never sent
//! to a terminal that did not advertise it.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use crate::terminal::ColourDepth;

/// One colour of the palette at each depth: 24-bit, its 256-palette entry
/// (the same colour on a standard xterm palette) and its 16-colour name.
#[derive(Debug, Clone, Copy)]
struct Shade {
    rgb: (u8, u8, u8),
    indexed: u8,
    named: Color,
}

const KEY: Shade = Shade { rgb: (0, 175, 215), indexed: 38, named: Color::Cyan };
const ALERT: Shade = Shade { rgb: (215, 0, 0), indexed: 160, named: Color::Red };
const GOOD: Shade = Shade { rgb: (0, 175, 95), indexed: 35, named: Color::Green };
const FOCUS: Shade = Shade { rgb: (215, 175, 0), indexed: 178, named: Color::Yellow };
const DIM: Shade = Shade { rgb: (138, 138, 138), indexed: 245, named: Color::DarkGray };

const PALETTE: [Shade; 5] = [KEY, ALERT, GOOD, FOCUS, DIM];

impl Shade {
    /// The richest form; [`adapt`] takes it down to the terminal's depth.
    const fn colour(self) -> Color {
        Color::Rgb(self.rgb.0, self.rgb.1, self.rgb.2)
    }
}

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

pub fn dim() -> Style {
    Style::new().fg(DIM.colour())
}

pub fn header() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn key() -> Style {
    Style::new().fg(KEY.colour()).add_modifier(Modifier::BOLD)
}

pub fn error() -> Style {
    Style::new().fg(ALERT.colour()).add_modifier(Modifier::BOLD)
}

pub fn late() -> Style {
    Style::new().fg(ALERT.colour())
}

pub fn good() -> Style {
    Style::new().fg(GOOD.colour())
}

pub fn focus() -> Style {
    Style::new().fg(FOCUS.colour()).add_modifier(Modifier::BOLD)
}

/// Every cell of a drawn frame in the colours `depth` can show.
pub fn adapt(buffer: &mut Buffer, depth: ColourDepth) {
    if depth == ColourDepth::True {
        return;
    }
    for cell in &mut buffer.content {
        cell.fg = at_depth(cell.fg, depth);
        cell.bg = at_depth(cell.bg, depth);
    }
}

/// One colour as a terminal of `depth` shows it.
pub fn at_depth(colour: Color, depth: ColourDepth) -> Color {
    match (depth, colour) {
        (_, Color::Reset) | (ColourDepth::True, _) => colour,
        (ColourDepth::None, _) => Color::Reset,
        (ColourDepth::Indexed, Color::Rgb(r, g, b)) => {
            Color::Indexed(shade_of((r, g, b)).map_or(cube((r, g, b)), |s| s.indexed))
        }
        (ColourDepth::Indexed, other) => other,
        (ColourDepth::Sixteen, Color::Rgb(r, g, b)) => {
            shade_of((r, g, b)).map_or(nearest_named((r, g, b)), |s| s.named)
        }
        (ColourDepth::Sixteen, Color::Indexed(i)) => match PALETTE.iter().find(|s| s.indexed == i) {
            Some(shade) => shade.named,
            None => nearest_named(indexed_rgb(i)),
        },
        (ColourDepth::Sixteen, other) => other,
    }
}

fn shade_of(rgb: (u8, u8, u8)) -> Option<Shade> {
    PALETTE.iter().copied().find(|s| s.rgb == rgb)
}

/// The 6x6x6 cube entry nearest a colour the palette does not name.
fn cube((r, g, b): (u8, u8, u8)) -> u8 {
    let step = |v: u8| -> u8 {
        match v {
            0..48 => 0,
            48..115 => 1,
            _ => (v - 35) / 40,
        }
    };
    16 + 36 * step(r) + 6 * step(g) + step(b)
}

/// The 16 named colours as a standard xterm draws them.
const NAMED: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

fn nearest_named((r, g, b): (u8, u8, u8)) -> Color {
    let distance = |(nr, ng, nb): (u8, u8, u8)| {
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(r, nr) + d(g, ng) + d(b, nb)
    };
    NAMED.iter().min_by_key(|(_, rgb)| distance(*rgb)).map_or(Color::Reset, |(named, _)| *named)
}

/// The colour of a 256-palette entry on a standard xterm.
fn indexed_rgb(i: u8) -> (u8, u8, u8) {
    match i {
        0..16 => NAMED[usize::from(i)].1,
        16..232 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let i = i - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        _ => {
            let grey = 8 + (i - 232) * 10;
            (grey, grey, grey)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_shade_is_the_same_colour_in_the_256_palette() {
        for shade in PALETTE {
            assert_eq!(indexed_rgb(shade.indexed), shade.rgb, "{shade:?}");
        }
    }

    #[test]
    fn sixteen_colours_keep_the_names_the_screens_always_had() {
        let sixteen = |style: Style| style.fg.map(|c| at_depth(c, ColourDepth::Sixteen));
        assert_eq!(sixteen(key()), Some(Color::Cyan));
        assert_eq!(sixteen(late()), Some(Color::Red));
        assert_eq!(sixteen(good()), Some(Color::Green));
        assert_eq!(sixteen(focus()), Some(Color::Yellow));
        assert_eq!(sixteen(dim()), Some(Color::DarkGray));
        // A colour outside the palette finds its nearest name.
        assert_eq!(at_depth(Color::Rgb(250, 10, 10), ColourDepth::Sixteen), Color::LightRed);
        assert_eq!(at_depth(Color::Indexed(21), ColourDepth::Sixteen), Color::Blue);
        assert_eq!(at_depth(Color::Rgb(0, 175, 0), ColourDepth::Indexed), Color::Indexed(34));
    }

    #[test]
    fn no_colour_leaves_emphasis_only() {
        assert_eq!(at_depth(KEY.colour(), ColourDepth::None), Color::Reset);
        assert_eq!(at_depth(Color::Cyan, ColourDepth::None), Color::Reset);
        assert_eq!(at_depth(KEY.colour(), ColourDepth::Indexed), Color::Indexed(38));
        assert_eq!(at_depth(KEY.colour(), ColourDepth::True), Color::Rgb(0, 175, 215));
    }
}
