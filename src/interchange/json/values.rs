//! Values the document checks where they stand: a name that must not be
//! empty, an influence on the 1-5 scale, a time as `HH:MM`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A name or title: refused where it is when it is empty.
pub(super) struct NonEmpty(pub(super) String);

impl Serialize for NonEmpty {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for NonEmpty {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text.trim().is_empty() {
            return Err(serde::de::Error::custom(crate::l10n::text("import-json-name-empty")));
        }
        Ok(NonEmpty(text))
    }
}

/// Influence on the 1-5 scale, refused where it is when out of range.
pub(super) struct Influence(pub(super) u8);

impl Serialize for Influence {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Influence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = u8::deserialize(d)?;
        if !crate::domain::people::valid_influence(value) {
            return Err(serde::de::Error::custom(format!("influence is 1 to 5, not {value}")));
        }
        Ok(Influence(value))
    }
}

/// Times as the store keeps them: `HH:MM`.
pub(super) mod hours_minutes {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(time: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(t) => s.serialize_str(&t.format("%H:%M").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => NaiveTime::parse_from_str(&text, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(&text, "%H:%M:%S"))
                .map(Some)
                .map_err(|_| serde::de::Error::custom(format!("\"{text}\" is not a time (HH:MM)"))),
        }
    }
}

/// Amounts kept in hundredths, written as decimal numbers (`1250.5`) and
/// read from them (at most two decimals count; more are rounded).
pub(super) mod hundredths {
    use serde::{Deserialize, Deserializer, Serializer};

    /// The largest amount read, in hundredths (as the store's limit).
    const LIMIT: f64 = crate::store::MAX_SALES_AMOUNT as f64;

    pub fn serialize<S: Serializer>(value: &i64, s: S) -> Result<S::Ok, S::Error> {
        if value % 100 == 0 { s.serialize_i64(value / 100) } else { s.serialize_f64(*value as f64 / 100.0) }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
        from_number(f64::deserialize(d)?)
    }

    pub(super) fn from_number<E: serde::de::Error>(number: f64) -> Result<i64, E> {
        let hundredths = (number * 100.0).round();
        if !hundredths.is_finite() || hundredths.abs() > LIMIT {
            return Err(E::custom(crate::t!("sales-json-amount-too-large", amount = number.to_string())));
        }
        Ok(hundredths as i64)
    }
}

/// The same for an amount that may be unknown (`null` or absent).
pub(super) mod optional_hundredths {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => super::hundredths::serialize(v, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        Option::<f64>::deserialize(d)?.map(super::hundredths::from_number).transpose()
    }
}
