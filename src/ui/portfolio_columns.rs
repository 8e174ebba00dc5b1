//! The portfolio's columns: which are shown and how wide each is, from the
//! labels of the language spoken, so that no header or label is cut.

use ratatui::layout::Constraint;
use unicode_width::UnicodeWidthStr;

use crate::domain::columns;
use crate::domain::{AccountStatus, Choice, KeyClientType, RelationshipLevel};
use crate::l10n::{self, Language};

pub use crate::domain::columns::AccountColumn as Column;

/// Below this width the level is left out: the dossier shows it.
const WIDE: u16 = 96;

/// The columns of a table `width` wide (borders included), each with its
/// width, and the room left for the account's name. Narrow windows (a
/// phone over SSH) leave out first what the dossier shows, in the order
/// `keyplan list` does, before a name `longest` wide is shortened: the name
/// keeps up to a third of the width. A name that English would show whole
/// is shown whole in every language: when the language's longer labels
/// leave it less room, the next column in that order goes.
pub fn columns(width: u16, longest: usize) -> (Vec<(Column, Constraint)>, usize) {
    let mut shown = vec![Column::Late, Column::Name, Column::Class, Column::Type];
    if width >= WIDE {
        shown.push(Column::Level);
    }
    shown.extend([Column::Status, Column::Sales, Column::LastContact, Column::NextDue]);
    let longest_i = i32::try_from(longest).unwrap_or(i32::MAX);
    let without_class: Vec<Column> = shown.iter().copied().filter(|&c| c != Column::Class).collect();
    let english = usize::try_from(longest_i.min(name_room(Language::English, &without_class, width))).unwrap_or(0);
    let need = english.max(columns::name_needs(usize::from(width), longest));
    let language = l10n::language();
    let inner = usize::from(width.saturating_sub(2));
    let room =
        columns::make_room(&mut shown, |c| c.drop_order(), |&c| usize::from(fixed(language, c)), (inner, 1), need);
    let shown = shown
        .into_iter()
        .map(|c| {
            let constraint =
                if c == Column::Name { Constraint::Fill(1) } else { Constraint::Length(fixed(language, c)) };
            (c, constraint)
        })
        .collect();
    (shown, room)
}

/// What is left for the account's name in `language` (may be negative).
fn name_room(language: Language, shown: &[Column], width: u16) -> i32 {
    let fixed: i32 = shown.iter().filter(|&&c| c != Column::Name).map(|&c| i32::from(fixed(language, c))).sum();
    let spacing = i32::try_from(shown.len()).unwrap_or(0) - 1;
    i32::from(width) - 2 - spacing - fixed
}

/// The header of `column` in the language spoken.
pub fn header(column: Column) -> &'static str {
    l10n::text(header_id(column))
}

fn header_id(column: Column) -> &'static str {
    match column {
        Column::Late => "portfolio-column-late",
        Column::Name => "portfolio-column-account",
        Column::Id => "shell-list-id",
        Column::Class => "analysis-column-class",
        Column::Type => "portfolio-column-type",
        Column::Level => "portfolio-column-level",
        Column::Status => "portfolio-column-status",
        Column::Sales => "portfolio-column-share",
        Column::LastContact => "portfolio-column-last",
        Column::NextDue => "portfolio-column-next",
    }
}

/// A fixed column's width in `language`: its header or its widest value,
/// whichever is wider. A date is ten characters in every language.
fn fixed(language: Language, column: Column) -> u16 {
    let text = |id| l10n::text_in(language, id);
    let widest_value = match column {
        Column::Late => format!("!1013{}", text("portfolio-days")).width(),
        Column::Name => 0,
        Column::Id => 0,
        Column::Class => 2,
        Column::Type => widest_label::<KeyClientType>(language),
        Column::Level => widest_label::<RelationshipLevel>(language),
        Column::Status => widest_label::<AccountStatus>(language),
        Column::Sales => "100%".width(),
        Column::LastContact | Column::NextDue => "2026-12-31".width(),
    };
    let least = if column == Column::Class { 2 } else { 5 };
    let width = text(header_id(column)).width().max(widest_value).max(least);
    u16::try_from(width).unwrap_or(u16::MAX)
}

fn widest_label<C: Choice>(language: Language) -> usize {
    C::ALL.iter().map(|c| l10n::text_in(language, c.label_id()).width()).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(language: Language, width: u16, longest: usize) -> Vec<Column> {
        let _speaking = l10n::scoped(language);
        columns(width, longest).0.into_iter().map(|(c, _)| c).collect()
    }

    #[test]
    fn the_class_goes_before_a_name_is_cut() {
        assert!(shown(Language::English, 80, 15).contains(&Column::Class));
        let long = shown(Language::English, 80, 22);
        assert!(!long.contains(&Column::Class) && long.contains(&Column::Type), "{long:?}");
    }

    #[test]
    fn on_a_phone_the_other_columns_go_before_a_name_is_shortened() {
        for language in Language::ALL {
            let _speaking = l10n::scoped(language);
            for width in [50, 60] {
                let (shown, room) = columns(width, 15);
                let shown: Vec<Column> = shown.into_iter().map(|(c, _)| c).collect();
                assert!(room >= 15, "{language:?} {width}: {room} {shown:?}");
                assert!(shown.contains(&Column::Status), "{language:?} {width}: {shown:?}");
                assert!(!shown.contains(&Column::Type), "{language:?} {width}: {shown:?}");
            }
            // A long name keeps a third of the width; the rest is cut.
            let (_, room) = columns(50, 200);
            assert!(room >= 16, "{language:?}: {room}");
        }
        assert!(shown(Language::English, 120, 200).contains(&Column::Type), "a wide window keeps every column");
    }

    #[test]
    fn longer_labels_make_room_for_a_name_english_shows_whole() {
        // Short names fit beside every column at 80 in every language.
        for language in Language::ALL {
            assert!(shown(language, 80, 15).contains(&Column::Type), "{language:?}");
        }
        // A name English shows whole at 80 (22 columns) costs the Type column.
        assert!(!shown(Language::Russian, 80, 22).contains(&Column::Type));
        assert!(shown(Language::Russian, 80, 22).contains(&Column::LastContact));
    }

    #[test]
    fn every_fixed_column_holds_its_header_and_labels() {
        for language in Language::ALL {
            for column in [Column::Late, Column::Type, Column::Level, Column::Status, Column::Sales, Column::NextDue] {
                let header = l10n::text_in(language, header_id(column)).width();
                assert!(usize::from(fixed(language, column)) >= header, "{language:?} {column:?}");
            }
            assert!(usize::from(fixed(language, Column::Status)) >= widest_label::<AccountStatus>(language));
        }
    }
}
