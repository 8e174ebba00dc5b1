//! The 100-byte header at the start of every SQLite file, read directly
//! (a read-only SQLite connection to a WAL database would leave `-wal` and
//! `-shm` files behind). Besides what the database says about itself, the
//! fields SQLite always writes the same way are checked, so a flipped byte
//! or a cut-off file is called damaged before any query trusts it. This
//! costs nothing beyond the read of the 100 bytes done anyway.

/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What the database says about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Header {
    pub application_id: i32,
    pub user_version: i64,
    /// Tables, indexes or views exist (or once did).
    pub has_schema: bool,
    pub wal_mode: bool,
}

/// The verdict on the first bytes of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Judged {
    /// Not a SQLite file at all (a text file, an image, …).
    NotSqlite,
    /// A SQLite file whose header SQLite cannot have written: what is wrong.
    Damaged(String),
    Sqlite(Header),
}

/// Judges `bytes` (the first 100 bytes of the file, fewer if it is shorter)
/// of a file `length` bytes long.
pub(crate) fn judge(bytes: &[u8], length: u64) -> Judged {
    let Ok(bytes) = <&[u8; 100]>::try_from(bytes) else {
        return if bytes.len() >= SQLITE_MAGIC.len() && bytes.starts_with(SQLITE_MAGIC) {
            Judged::Damaged(crate::l10n::text("err-header-ends-inside").into())
        } else {
            Judged::NotSqlite
        };
    };
    let be_u16 = |at: usize| u16::from_be_bytes([bytes[at], bytes[at + 1]]);
    let be_u32 = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    let header = Header {
        application_id: be_u32(68) as i32,
        user_version: i64::from(be_u32(60) as i32),
        // The schema cookie counts schema changes; 0 means never any table.
        has_schema: be_u32(40) != 0,
        wal_mode: bytes[18] == 2 || bytes[19] == 2,
    };
    let page_size = match be_u16(16) {
        1 => 65_536,
        size => u64::from(size),
    };
    let blank = !header.has_schema;
    let mut problems: Vec<(usize, bool)> = vec![
        (16, page_size >= 512 && page_size.is_power_of_two()),
        (18, (1..=2).contains(&bytes[18])),
        (19, (1..=2).contains(&bytes[19])),
        (20, page_size.saturating_sub(u64::from(bytes[20])) >= 480),
        // The payload fractions have been fixed since the format began.
        (21, bytes[21] == 64),
        (22, bytes[22] == 32),
        (23, bytes[23] == 32),
        (44, (1..=4).contains(&be_u32(44)) || (blank && be_u32(44) == 0)),
        (56, (1..=3).contains(&be_u32(56)) || (blank && be_u32(56) == 0)),
        (64, be_u32(64) <= 1 && (be_u32(52) != 0 || be_u32(64) == 0)),
        // Reserved for expansion: SQLite writes zeros.
        (72, bytes[72..92].iter().all(|b| *b == 0)),
    ];
    // The size in pages counts when SQLite vouches for it; a file shorter
    // than that has lost its end.
    let (pages, trusted) = (u64::from(be_u32(28)), be_u32(24) == be_u32(92));
    problems.push((28, !trusted || pages.saturating_mul(page_size) <= length));
    let first_wrong = problems.iter().find(|(_, fine)| !fine).map(|(at, _)| *at);
    let magic_differs = bytes[..16].iter().zip(SQLITE_MAGIC).filter(|(a, b)| a != b).count();
    match (magic_differs, first_wrong) {
        (0, None) => Judged::Sqlite(header),
        (0, Some(28)) => Judged::Damaged(crate::l10n::text("err-header-cut-off").into()),
        (0, Some(at)) => Judged::Damaged(crate::t!("err-header-altered-at", at = at)),
        // One altered byte in an otherwise sound header.
        (1, None) => Judged::Damaged(crate::l10n::text("err-header-altered-start").into()),
        _ => Judged::NotSqlite,
    }
}

/// An application id one byte away from `ours` is ours, damaged; another
/// program's id differs in more.
pub(crate) fn is_altered_id(found: i32, ours: i32) -> bool {
    let (found, ours) = (found.to_be_bytes(), ours.to_be_bytes());
    found.iter().zip(ours).filter(|(a, b)| **a != *b).count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The header of a small keyplan database in WAL mode, 5 pages of 4096 bytes.
    fn sound() -> [u8; 100] {
        let mut b = [0u8; 100];
        b[..16].copy_from_slice(SQLITE_MAGIC);
        b[16..18].copy_from_slice(&4096u16.to_be_bytes());
        (b[18], b[19], b[21], b[22], b[23]) = (2, 2, 64, 32, 32);
        b[24..28].copy_from_slice(&7u32.to_be_bytes());
        b[28..32].copy_from_slice(&5u32.to_be_bytes());
        b[40..44].copy_from_slice(&3u32.to_be_bytes());
        b[44..48].copy_from_slice(&4u32.to_be_bytes());
        b[56..60].copy_from_slice(&1u32.to_be_bytes());
        b[60..64].copy_from_slice(&6u32.to_be_bytes());
        b[68..72].copy_from_slice(b"KPLN");
        b[92..96].copy_from_slice(&7u32.to_be_bytes());
        b
    }

    #[test]
    fn a_sound_header_says_what_it_is() {
        let Judged::Sqlite(header) = judge(&sound(), 5 * 4096) else { panic!("sound") };
        assert_eq!(header.user_version, 6);
        assert_eq!(header.application_id.to_be_bytes(), *b"KPLN");
        assert!(header.has_schema && header.wal_mode);
    }

    #[test]
    fn every_flipped_byte_of_a_checked_field_is_damage() {
        for at in [0, 5, 15, 16, 17, 18, 19, 21, 22, 23, 28, 44, 47, 56, 59, 64, 75, 91] {
            let mut b = sound();
            b[at] ^= 0xff;
            assert!(matches!(judge(&b, 5 * 4096), Judged::Damaged(_)), "byte {at}: {:?}", judge(&b, 5 * 4096));
        }
    }

    #[test]
    fn a_cut_off_file_is_damage_and_other_files_are_not_sqlite() {
        assert!(matches!(judge(&sound(), 3 * 4096), Judged::Damaged(_)), "shorter than 5 pages");
        assert!(matches!(judge(&sound()[..40], 40), Judged::Damaged(_)), "ends in the header");
        assert_eq!(judge(b"name,city\nAcme,Kyiv\n", 20), Judged::NotSqlite);
        assert_eq!(judge(&[b'x'; 100], 100), Judged::NotSqlite);
        let mut untrusted = sound();
        untrusted[92] = 1;
        assert!(matches!(judge(&untrusted, 3 * 4096), Judged::Sqlite(_)), "a size SQLite does not vouch for");
    }

    #[test]
    fn an_id_one_byte_off_is_ours_damaged() {
        let ours = i32::from_be_bytes(*b"KPLN");
        assert!(is_altered_id(i32::from_be_bytes(*b"KPLM"), ours));
        assert!(!is_altered_id(ours, ours));
        assert!(!is_altered_id(i32::from_be_bytes(*b"FOSL"), ours));
    }
}
