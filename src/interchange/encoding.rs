//! The text of an imported file, whatever the spreadsheet saved it in:
//! UTF-8 (with or without a byte order mark), UTF-16 with its byte order
//! mark ("Unicode text"), or Windows-1251, what Excel writes in Kyiv and
//! Moscow. Never a guess that garbles: bytes that are not UTF-8 are read as
//! Windows-1251 only when the detector finds Windows-1251 and the decoded
//! text looks like it (Cyrillic words in their usual case, no UTF-8 pieces
//! mixed in); otherwise the file is refused with the encodings tried.

use std::borrow::Cow;
use std::path::Path;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, WINDOWS_1251};

use super::ImportError;

/// The text of `bytes`, or a refusal naming the encodings tried.
pub fn decode<'b>(file: &Path, bytes: &'b [u8]) -> Result<Cow<'b, str>, ImportError> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, malformed) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if !malformed {
            return Ok(text);
        }
        return Err(refusal(file, bytes));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    windows_1251(bytes).map(Cow::Owned).ok_or_else(|| refusal(file, bytes))
}

/// The text of a value a vCard says is in `charset` (a label such as
/// `windows-1251`, `KOI8-R`, `UTF-8`); `None` for an unknown label or
/// bytes that are not in that charset.
pub fn decode_charset(charset: &str, bytes: &[u8]) -> Option<String> {
    let encoding = Encoding::for_label(charset.trim().as_bytes())?;
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    (!malformed).then(|| text.into_owned())
}

/// Whether `charset` names an encoding keyplan can read.
pub fn is_known_charset(charset: &str) -> bool {
    Encoding::for_label(charset.trim().as_bytes()).is_some()
}

/// The encodings [`decode`] reads, as the refusal names them.
pub const TRIED: &str = "UTF-8, UTF-16, Windows-1251";

fn refusal(file: &Path, bytes: &[u8]) -> ImportError {
    let line = match std::str::from_utf8(bytes) {
        Ok(_) => None,
        Err(e) => Some(bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1),
    };
    ImportError::new(file, line, crate::t!("import-encoding-unknown", tried = TRIED))
}

/// The text, when the bytes are Windows-1251 beyond reasonable doubt.
fn windows_1251(bytes: &[u8]) -> Option<String> {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    if detector.guess(None, Utf8Detection::Allow) != WINDOWS_1251 || has_utf8_pieces(bytes) {
        return None;
    }
    let (text, malformed) = WINDOWS_1251.decode_without_bom_handling(bytes);
    (!malformed && !has_case_inside_words(&text)).then(|| text.into_owned())
}

/// UTF-8 Cyrillic mixed into the file: a lead byte 0xD0-0xD3 followed by a
/// continuation byte, for a quarter or more of the bytes past ASCII. (In
/// Windows-1251 that is a capital letter before a rare sign, as in "Р°".)
fn has_utf8_pieces(bytes: &[u8]) -> bool {
    let beyond_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let pairs = bytes.windows(2).filter(|w| (0xD0..=0xD3).contains(&w[0]) && (0x80..=0xBF).contains(&w[1])).count();
    pairs * 2 * 4 >= beyond_ascii.max(1)
}

/// KOI8 text read as Windows-1251 swaps the case of every letter: words
/// like "нАЗВАНИЕ". More than one word in ten with a small letter before a
/// capital one says the bytes were not Windows-1251.
fn has_case_inside_words(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)))
        .collect();
    let odd = words
        .iter()
        .filter(|w| {
            let letters: Vec<char> = w.chars().collect();
            letters.windows(2).any(|p| p[0].is_lowercase() && p[1].is_uppercase())
        })
        .count();
    odd * 10 > words.len()
}

/// `text` written in Windows-1251 (for tests that make Excel's files).
pub fn to_windows_1251(text: &str) -> Vec<u8> {
    WINDOWS_1251.encode(text).0.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<String, ImportError> {
        decode(Path::new("a.csv"), bytes).map(Cow::into_owned)
    }

    const UKRAINIAN: &str = "Назва;Галузь;Регіон;Виручка\nУкрмережа;Телекомунікації;Київ;1 250 000,50\n\
                             Ромашка;Торгівля;Львів;300 000\n";
    const RUSSIAN: &str = "Название;Отрасль;Регион;Выручка\nРомашка;Торговля;Москва;1 250 000,50\n\
                           Северсталь-Сервис;Металлургия;Череповец;18 500 000\n";

    #[test]
    fn reads_utf8_with_and_without_a_byte_order_mark() {
        assert_eq!(read(UKRAINIAN.as_bytes()).unwrap(), UKRAINIAN);
        let with_bom = [b"\xef\xbb\xbf".as_slice(), UKRAINIAN.as_bytes()].concat();
        assert_eq!(read(&with_bom).unwrap(), UKRAINIAN);
        let utf16: Vec<u8> =
            [0xff, 0xfe].into_iter().chain(RUSSIAN.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(read(&utf16).unwrap(), RUSSIAN);
    }

    #[test]
    fn reads_windows_1251_in_ukrainian_and_russian() {
        for text in [UKRAINIAN, RUSSIAN] {
            assert_eq!(read(&to_windows_1251(text)).unwrap(), text);
        }
    }

    #[test]
    fn refuses_koi8_and_mixed_bytes_naming_the_encodings_tried() {
        let koi8 = encoding_rs::KOI8_R.encode(RUSSIAN).0.into_owned();
        let mixed = [to_windows_1251(RUSSIAN), UKRAINIAN.as_bytes().to_vec()].concat();
        for bytes in [koi8, mixed, b"name\n\xff\xfe\xfd\x81\n".to_vec()] {
            let _english = crate::l10n::scoped(crate::l10n::Language::English);
            let e = read(&bytes).unwrap_err();
            assert_eq!(
                e.message,
                "the file is in none of the encodings keyplan reads (UTF-8, UTF-16, Windows-1251): \
                 save it as UTF-8 CSV",
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn vcard_charsets() {
        let koi8 = encoding_rs::KOI8_R.encode("Олена").0.into_owned();
        assert_eq!(decode_charset("KOI8-R", &koi8).as_deref(), Some("Олена"));
        assert_eq!(decode_charset("windows-1251", &to_windows_1251("Олена")).as_deref(), Some("Олена"));
        assert_eq!(decode_charset("klingon", b"x"), None);
    }
}
