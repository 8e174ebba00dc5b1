//! Which columns of a table give way first on a narrow terminal (a phone
//! over SSH): one order for the workbench's portfolio and `keyplan list`,
//! and one rule for how much room a name keeps before it is shortened.

/// A fact a table of accounts may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountColumn {
    Id,
    Name,
    /// Days past the contact standard: `!9d`.
    Late,
    /// The ABC-XYZ class: `AX`.
    Class,
    Type,
    Level,
    Status,
    /// The sales, or the share of them.
    Sales,
    LastContact,
    NextDue,
}

impl AccountColumn {
    /// How readily the column is left out of a narrow table, highest
    /// first: the class, the level and the type are in the dossier, the
    /// order already says the sales; the status (at risk, lost), how late
    /// the account is and what comes due stay longest. The name (0) is
    /// never left out, only shortened.
    pub const fn drop_order(self) -> u8 {
        match self {
            AccountColumn::Name => 0,
            AccountColumn::Status => 1,
            AccountColumn::Late => 2,
            AccountColumn::NextDue => 3,
            AccountColumn::Id => 4,
            AccountColumn::LastContact => 5,
            AccountColumn::Sales => 6,
            AccountColumn::Type => 7,
            AccountColumn::Level => 8,
            AccountColumn::Class => 9,
        }
    }
}

/// The room a name `longest` wide keeps in a table `width` wide before
/// other columns give way: all of it, up to a third of the width (at
/// least ten columns).
pub fn name_needs(width: usize, longest: usize) -> usize {
    longest.min((width / 3).max(10))
}

/// The room a text `longest` wide (a summary) keeps before other columns
/// give way: all of it, up to half the width (at least ten columns) and
/// at most 24, the gist of it (the details show it whole).
pub fn text_needs(width: usize, longest: usize) -> usize {
    longest.min((width / 2).clamp(10, 24))
}

/// Leaves out of `columns` (in the order shown, the flexible one with drop
/// order 0) those that give way first, until the flexible column has
/// `need` of the `width` columns, cells `gap` apart, or nothing else can
/// go. Returns the room the flexible column then has.
pub fn make_room<T>(
    columns: &mut Vec<T>,
    drop_order: impl Fn(&T) -> u8,
    fixed: impl Fn(&T) -> usize,
    (width, gap): (usize, usize),
    need: usize,
) -> usize {
    let room = |columns: &[T]| {
        let taken: usize = columns.iter().filter(|c| drop_order(c) > 0).map(&fixed).sum();
        width.saturating_sub(taken + gap * columns.len().saturating_sub(1))
    };
    while room(columns) < need {
        let Some(i) =
            (0..columns.len()).filter(|&i| drop_order(&columns[i]) > 0).max_by_key(|&i| drop_order(&columns[i]))
        else {
            break;
        };
        columns.remove(i);
    }
    room(columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_least_needed_column_goes_first_and_the_name_last() {
        use AccountColumn::*;
        let widths = |c: &AccountColumn| match c {
            Name => 0,
            Status => 8,
            NextDue | LastContact => 10,
            _ => 6,
        };
        let mut shown = vec![Late, Name, Class, Type, Status, Sales, LastContact, NextDue];
        let room = make_room(&mut shown, |c| c.drop_order(), widths, (48, 1), 15);
        // The class, the type, the sales, then the last contact went.
        assert_eq!(shown, [Late, Name, Status, NextDue]);
        assert_eq!(room, 48 - 6 - 8 - 10 - 3);
        // Everything else gives way before the name is shortened.
        let mut shown = vec![Late, Name, Status];
        assert_eq!(make_room(&mut shown, |c| c.drop_order(), widths, (20, 1), 15), 20);
        assert_eq!(shown, [Name]);
        let mut alone = vec![Name];
        assert_eq!(make_room(&mut alone, |c| c.drop_order(), widths, (10, 1), 15), 10);
    }

    #[test]
    fn a_name_keeps_a_third_of_the_width() {
        assert_eq!(name_needs(50, 40), 16);
        assert_eq!(name_needs(20, 40), 10);
        assert_eq!(name_needs(80, 14), 14);
        assert_eq!(text_needs(48, 40), 24);
        assert_eq!(text_needs(78, 40), 24);
        assert_eq!(text_needs(30, 40), 15);
    }
}
