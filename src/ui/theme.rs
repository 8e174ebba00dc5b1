//! Colours and emphasis in one place. Selection uses reverse video, so the
//! screens stay readable on terminals without colour.

use ratatui::style::{Color, Modifier, Style};

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn header() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn key() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn error() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn late() -> Style {
    Style::new().fg(Color::Red)
}

pub fn good() -> Style {
    Style::new().fg(Color::Green)
}

pub fn focus() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}
