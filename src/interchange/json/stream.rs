//! Reading an export one account at a time, so that a file of any size is
//! read in the memory of one account. Two readings of the same bytes:
//!
//! - [`survey`] looks at the whole file as the header check always did
//!   (UTF-8, blank, well-formed JSON, then `format` and `version`, wherever
//!   they stand), and tells the name and status of each account entry;
//! - [`read_each`] then reads every entry strictly and hands each, as a
//!   dossier, to the caller, which may stop the reading with its own error.
//!
//! A file's problems are told in the order the whole-file reading told them:
//! bytes that are not UTF-8, an empty file, broken JSON, a header that is
//! not ours, a wrong value (with its line and column), a contact dated ahead.

use std::cell::Cell;
use std::io::Read;
use std::path::Path;
use std::rc::Rc;

use chrono::NaiveDate;
use serde::Deserializer as _;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::input::Input;
use super::{CheckedEntry, FORMAT, VERSION, dossier, located, refuse_future_touchpoints};
use crate::domain::{AccountStatus, Dossier};
use crate::interchange::ImportError;

/// Where a reading stopped: at a problem of the file, or by the caller.
#[derive(Debug)]
pub enum Stopped<E> {
    File(ImportError),
    By(E),
}

/// One account entry as the survey saw it: its name and status when they
/// are there and of the right kind (the strict reading refuses the rest).
pub struct Glimpse<'a> {
    pub name: &'a str,
    pub status: AccountStatus,
}

/// What the survey hands each account entry: its glimpse and the bytes read so far.
pub type Note<'n, E> = dyn FnMut(Option<Glimpse<'_>>, u64) -> Result<(), E> + 'n;

/// Checks the header and the well-formedness of the whole file; hands
/// `note` each account entry's [`Glimpse`] (or None) and the bytes read so far.
/// Answers how many entries the file holds.
pub fn survey<R: Read, E>(file: &Path, reader: R, note: &mut Note<'_, E>) -> Result<usize, Stopped<E>> {
    let mut input = Input::new(reader);
    let read = input.counter();
    let mut stop = None;
    let mut de = serde_json::Deserializer::from_reader(&mut input);
    let seen = de.deserialize_map(HeaderVisitor { note, read, stop: &mut stop }).and_then(|h| de.end().map(|()| h));
    drop(de);
    if let Some(e) = stop {
        return Err(Stopped::By(e));
    }
    let (header, count) = match seen {
        Ok(seen) => seen,
        Err(e) => {
            if let Some(problem) = whole_file_problem(file, &mut input) {
                return Err(Stopped::File(problem));
            }
            // Valid JSON of another shape (an array, a number): not ours.
            if !e.is_data() {
                return Err(Stopped::File(located(file, &e)));
            }
            ((None, None), 0)
        }
    };
    if let Some(problem) = whole_file_problem(file, &mut input) {
        return Err(Stopped::File(problem));
    }
    let refused = |message: String| Err(Stopped::File(ImportError::new(file, None, message)));
    match header {
        (Some(format), Some(version)) if format == FORMAT && version <= VERSION => Ok(count),
        (Some(format), Some(version)) if format == FORMAT => {
            refused(crate::t!("import-json-newer", version = version, known = VERSION))
        }
        (Some(format), None) if format == FORMAT => refused(crate::l10n::text("import-json-no-version").into()),
        _ => refused(crate::t!("import-json-not-ours", format = FORMAT)),
    }
}

/// Reads every account entry strictly, in the file's order, and hands each
/// to `each` as a dossier with the bytes read so far; `today` is the
/// creation date of an account that does not say. Meant for a file that
/// passed [`survey`]. A contact dated ahead is refused after the whole
/// file has been read (wrong values come first); no entry is handed on
/// after it.
pub fn read_each<R: Read, E>(
    file: &Path,
    reader: R,
    today: NaiveDate,
    each: &mut dyn FnMut(Dossier, u64) -> Result<(), E>,
) -> Result<(), Stopped<E>> {
    let mut input = Input::new(reader);
    let read = input.counter();
    let mut entries = Entries { file, today, each, read, stop: None, ahead: None };
    let mut de = serde_json::Deserializer::from_reader(&mut input);
    let done = de.deserialize_map(DocumentVisitor { entries: &mut entries }).and_then(|()| de.end());
    drop(de);
    if let Some(e) = entries.stop {
        return Err(Stopped::By(e));
    }
    if let Err(e) = done {
        return Err(Stopped::File(whole_file_problem(file, &mut input).unwrap_or_else(|| located(file, &e))));
    }
    match entries.ahead {
        Some(problem) => Err(Stopped::File(problem)),
        None => Ok(()),
    }
}

/// Bytes that are not UTF-8 anywhere in the file, or a file with nothing
/// but white space: said before anything about its JSON.
fn whole_file_problem<R: std::io::Read>(file: &Path, input: &mut Input<R>) -> Option<ImportError> {
    if let Err(e) = input.drain()
        && input.not_utf8().is_none()
    {
        return Some(unreadable(file, &e));
    }
    if let Some(line) = input.not_utf8() {
        return Some(ImportError::new(file, Some(line), crate::l10n::text("import-not-utf8")));
    }
    input.blank().then(|| ImportError::new(file, None, crate::l10n::text("import-json-empty")))
}

fn unreadable(file: &Path, error: &std::io::Error) -> ImportError {
    ImportError::new(file, None, error.to_string())
}

/// The error that carries a caller's stop out of serde (the caller's own
/// error is kept aside and answered instead).
fn stopped<Er: de::Error>() -> Er {
    Er::custom("stopped")
}

/// The top level as the header check reads it: `format` and `version`
/// (null or absent is None, another type not ours), `accounts` glimpsed,
/// anything else passed over.
struct HeaderVisitor<'n, 's, E> {
    note: &'n mut Note<'n, E>,
    read: Rc<Cell<u64>>,
    stop: &'s mut Option<E>,
}

type Header = (Option<String>, Option<u32>);

impl<'de, E> Visitor<'de> for HeaderVisitor<'_, '_, E> {
    type Value = (Header, usize);

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct Header")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut format, mut version): (Option<Option<String>>, Option<Option<u32>>) = (None, None);
        let mut count = 0;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" if format.is_some() => return Err(de::Error::duplicate_field("format")),
                "format" => format = Some(map.next_value()?),
                "version" if version.is_some() => return Err(de::Error::duplicate_field("version")),
                "version" => version = Some(map.next_value()?),
                "accounts" => {
                    let tally = Tally { note: &mut *self.note, read: &self.read, stop: &mut *self.stop };
                    count += map.next_value_seed(tally)?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(((format.flatten(), version.flatten()), count))
    }
}

/// The accounts as the survey reads them: each entry's name and status
/// when they are there and well-typed; anything at all otherwise.
struct Tally<'n, 'r, 's, E> {
    note: &'n mut Note<'n, E>,
    read: &'r Cell<u64>,
    stop: &'s mut Option<E>,
}

impl<'de, E> DeserializeSeed<'de> for Tally<'_, '_, '_, E> {
    type Value = usize;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, E> Visitor<'de> for Tally<'_, '_, '_, E> {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("anything")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut count = 0;
        while let Some(Loose(entry)) = seq.next_element::<Loose<EntryGlimpse>>()? {
            count += 1;
            let glimpse =
                entry.and_then(|e| e.0).and_then(|a| Some((a.name?, a.status.unwrap_or(AccountStatus::Active))));
            let glimpse = glimpse.as_ref().map(|(name, status)| Glimpse { name, status: *status });
            if let Err(e) = (self.note)(glimpse, self.read.get()) {
                *self.stop = Some(e);
                return Err(stopped());
            }
        }
        Ok(count)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<usize, A::Error> {
        skip_map(map).map(|()| 0)
    }

    fn visit_bool<Er: de::Error>(self, _: bool) -> Result<usize, Er> {
        Ok(0)
    }
    fn visit_i64<Er: de::Error>(self, _: i64) -> Result<usize, Er> {
        Ok(0)
    }
    fn visit_u64<Er: de::Error>(self, _: u64) -> Result<usize, Er> {
        Ok(0)
    }
    fn visit_f64<Er: de::Error>(self, _: f64) -> Result<usize, Er> {
        Ok(0)
    }
    fn visit_str<Er: de::Error>(self, _: &str) -> Result<usize, Er> {
        Ok(0)
    }
    fn visit_unit<Er: de::Error>(self) -> Result<usize, Er> {
        Ok(0)
    }
}

fn skip_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// A value read without ever refusing it: Some when it has the shape
/// `T` looks for, None for anything else.
struct Loose<T>(Option<T>);

/// What a loosely read value may be made from.
trait LooseShape: Sized {
    fn from_str(_: &str) -> Option<Self> {
        None
    }
    fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
        skip_map(map).map(|()| None)
    }
}

impl<'de, T: LooseShape> de::Deserialize<'de> for Loose<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor(std::marker::PhantomData))
    }
}

struct LooseVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: LooseShape> Visitor<'de> for LooseVisitor<T> {
    type Value = Loose<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("anything")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::from_map(map).map(Loose)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Loose(None))
    }
    fn visit_str<Er: de::Error>(self, text: &str) -> Result<Self::Value, Er> {
        Ok(Loose(T::from_str(text)))
    }
    fn visit_bool<Er: de::Error>(self, _: bool) -> Result<Self::Value, Er> {
        Ok(Loose(None))
    }
    fn visit_i64<Er: de::Error>(self, _: i64) -> Result<Self::Value, Er> {
        Ok(Loose(None))
    }
    fn visit_u64<Er: de::Error>(self, _: u64) -> Result<Self::Value, Er> {
        Ok(Loose(None))
    }
    fn visit_f64<Er: de::Error>(self, _: f64) -> Result<Self::Value, Er> {
        Ok(Loose(None))
    }
    fn visit_unit<Er: de::Error>(self) -> Result<Self::Value, Er> {
        Ok(Loose(None))
    }
}

impl LooseShape for String {
    fn from_str(text: &str) -> Option<Self> {
        Some(text.to_string())
    }
}

impl LooseShape for AccountStatus {
    fn from_str(text: &str) -> Option<Self> {
        use serde::de::IntoDeserializer;
        let text: de::value::StrDeserializer<'_, de::value::Error> = text.into_deserializer();
        de::Deserialize::deserialize(text).ok()
    }
}

/// An entry's `account`, glimpsed.
struct EntryGlimpse(Option<AccountGlimpse>);

struct AccountGlimpse {
    name: Option<String>,
    status: Option<AccountStatus>,
}

impl LooseShape for EntryGlimpse {
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<Self>, A::Error> {
        let mut account = None;
        while let Some(Loose(key)) = map.next_key::<Loose<String>>()? {
            if key.as_deref() == Some("account") && account.is_none() {
                account = Some(map.next_value::<Loose<AccountGlimpse>>()?.0);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Some(EntryGlimpse(account.flatten())))
    }
}

impl LooseShape for AccountGlimpse {
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<Self>, A::Error> {
        let mut glimpse = AccountGlimpse { name: None, status: None };
        while let Some(Loose(key)) = map.next_key::<Loose<String>>()? {
            match key.as_deref() {
                Some("name") if glimpse.name.is_none() => glimpse.name = map.next_value::<Loose<String>>()?.0,
                Some("status") if glimpse.status.is_none() => {
                    glimpse.status = map.next_value::<Loose<AccountStatus>>()?.0;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(glimpse))
    }
}

/// The strict reading's state: the caller's stop and the first contact
/// dated ahead, kept until the end of the file.
struct Entries<'f, 'e, E> {
    file: &'f Path,
    today: NaiveDate,
    each: &'e mut dyn FnMut(Dossier, u64) -> Result<(), E>,
    read: Rc<Cell<u64>>,
    stop: Option<E>,
    ahead: Option<ImportError>,
}

/// The document as the format defines it: these three fields, once each.
struct DocumentVisitor<'a, 'f, 'e, E> {
    entries: &'a mut Entries<'f, 'e, E>,
}

const FIELDS: &[&str] = &["format", "version", "accounts"];

impl<'de, E> Visitor<'de> for DocumentVisitor<'_, '_, '_, E> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct Document")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = [false; 3];
        while let Some(key) = map.next_key::<String>()? {
            let Some(at) = FIELDS.iter().position(|f| *f == key) else {
                return Err(de::Error::unknown_field(&key, FIELDS));
            };
            if std::mem::replace(&mut seen[at], true) {
                return Err(de::Error::duplicate_field(FIELDS[at]));
            }
            match at {
                0 => drop(map.next_value::<String>()?),
                1 => drop(map.next_value::<u32>()?),
                _ => map.next_value_seed(&mut *self.entries)?,
            }
        }
        match seen.iter().position(|s| !s) {
            Some(missing) => Err(de::Error::missing_field(FIELDS[missing])),
            None => Ok(()),
        }
    }
}

impl<'de, E> DeserializeSeed<'de> for &mut Entries<'_, '_, E> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, E> Visitor<'de> for &mut Entries<'_, '_, E> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(CheckedEntry(entry)) = seq.next_element::<CheckedEntry>()? {
            if self.ahead.is_some() {
                continue;
            }
            if let Err(problem) = refuse_future_touchpoints(self.file, &entry, self.today) {
                self.ahead = Some(problem);
                continue;
            }
            if let Err(e) = (self.each)(dossier(entry, self.today), self.read.get()) {
                self.stop = Some(e);
                return Err(stopped());
            }
        }
        Ok(())
    }
}
