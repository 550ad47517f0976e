//! Content types from a parsed `toml::Value`, with as little code per type as serde allows
//! (library size, docs/PERFORMANCE.md).
//!
//! `toml::Value`'s own deserializer answers every request through `deserialize_any`, so
//! each content type's derived visitor was compiled for every shape a value can have: its
//! struct visitor both from a table and from an array, its field visitors from booleans
//! and numbers, each with its error paths. This one answers each request only with the
//! shape that was asked for (a struct from a table, a list from an array, text from a
//! string) and reports anything else as the same "invalid type" error, so one path per
//! type is compiled. What it accepts is what the content uses: unit enums are strings,
//! and a date written without quotes is still read as text.

use serde::de::{self, DeserializeSeed, Expected, IntoDeserializer, Unexpected, Visitor};
use toml::Value;

type Error = toml::de::Error;

/// One TOML value being deserialized into the type that asks for it.
pub(crate) struct ValueDe(pub(crate) Value);

fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::String(s) => Unexpected::Str(s),
        Value::Integer(i) => Unexpected::Signed(*i),
        Value::Float(f) => Unexpected::Float(*f),
        Value::Boolean(b) => Unexpected::Bool(*b),
        Value::Datetime(_) => Unexpected::Other("datetime"),
        Value::Array(_) => Unexpected::Seq,
        Value::Table(_) => Unexpected::Map,
    }
}

// Not generic over the visitor (it is passed as `&dyn Expected`), so compiled once.
#[inline(never)]
fn invalid(value: &Value, expected: &dyn Expected) -> Error {
    de::Error::invalid_type(unexpected(value), expected)
}

impl ValueDe {
    fn seq<'de, V: Visitor<'de>>(items: Vec<Value>, visitor: V) -> Result<V::Value, Error> {
        let len = items.len();
        let mut access = SeqAccess(items.into_iter());
        let out = visitor.visit_seq(&mut access)?;
        match access.0.len() {
            0 => Ok(out),
            _ => Err(de::Error::invalid_length(len, &"fewer elements in array")),
        }
    }

    fn map<'de, V: Visitor<'de>>(table: toml::Table, visitor: V) -> Result<V::Value, Error> {
        let len = table.len();
        let mut access = MapAccess {
            iter: table.into_iter(),
            value: None,
        };
        let out = visitor.visit_map(&mut access)?;
        match access.iter.len() {
            0 => Ok(out),
            _ => Err(de::Error::invalid_length(len, &"fewer elements in map")),
        }
    }
}

impl<'de> de::Deserializer<'de> for ValueDe {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Boolean(b) => visitor.visit_bool(b),
            Value::Integer(i) => visitor.visit_i64(i),
            Value::Float(f) => visitor.visit_f64(f),
            Value::String(s) => visitor.visit_string(s),
            Value::Datetime(d) => visitor.visit_string(d.to_string()),
            Value::Array(items) => Self::seq(items, visitor),
            Value::Table(table) => Self::map(table, visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Boolean(b) => visitor.visit_bool(b),
            other => Err(invalid(&other, &visitor)),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Integer(i) => visitor.visit_i64(i),
            other => Err(invalid(&other, &visitor)),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Float(f) => visitor.visit_f64(f),
            Value::Integer(i) => visitor.visit_i64(i),
            other => Err(invalid(&other, &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(s) => visitor.visit_string(s),
            Value::Datetime(d) => visitor.visit_string(d.to_string()),
            other => Err(invalid(&other, &visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(items) => Self::seq(items, visitor),
            other => Err(invalid(&other, &visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Table(table) => Self::map(table, visitor),
            other => Err(invalid(&other, &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // Content enums are closed vocabularies of words: unit variants written as strings.
        match self.0 {
            Value::String(s) => visitor.visit_enum(s.into_deserializer()),
            other => Err(invalid(&other, &visitor)),
        }
    }

    // TOML has no null: a missing key is `None` (serde handles that), a present one `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    // An unknown key in a type that allows them: nothing to look at.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        char str bytes byte_buf unit unit_struct tuple_struct tuple identifier
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }
}

struct SeqAccess(std::vec::IntoIter<Value>);

impl<'de> de::SeqAccess<'de> for SeqAccess {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.0.next() {
            Some(value) => seed.deserialize(ValueDe(value)).map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct MapAccess {
    iter: <toml::Table as IntoIterator>::IntoIter,
    value: Option<Value>,
}

impl<'de> de::MapAccess<'de> for MapAccess {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.iter.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(IntoDeserializer::<Error>::into_deserializer(key))
                    .map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(ValueDe(value)),
            None => Err(de::Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "lowercase")]
    enum Tier {
        Strong,
        Weak,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: String,
        weight: u32,
        ratio: f64,
        on: bool,
        tier: Tier,
        #[serde(default)]
        tags: Vec<String>,
        note: Option<String>,
        date: String,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct File {
        items: Vec<Item>,
        #[serde(default)]
        chains: std::collections::BTreeMap<String, Vec<String>>,
    }

    fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.message().to_owned())?;
        T::deserialize(ValueDe(Value::Table(table))).map_err(|e| e.message().to_owned())
    }

    #[test]
    fn reads_every_shape_the_content_uses() {
        let file: File = parse(
            "unknown = [1, { a = 2 }]\n[chains]\nht = [\"fr\", \"en\"]\n\
             [[items]]\nid = \"a\"\nweight = 3\nratio = 2\non = true\ntier = \"strong\"\n\
             tags = [\"x\"]\nnote = \"n\"\ndate = 2026-11-23\n\
             [[items]]\nid = \"b\"\nweight = 0\nratio = 0.5\non = false\ntier = \"weak\"\n\
             date = \"2026-01-01\"\n",
        )
        .unwrap();
        assert_eq!(file.items.len(), 2);
        assert_eq!(file.items[0].ratio, 2.0);
        assert_eq!(file.items[0].date, "2026-11-23");
        assert_eq!(file.items[0].note.as_deref(), Some("n"));
        assert_eq!(file.items[1].tier, Tier::Weak);
        assert_eq!(file.items[1].tags, Vec::<String>::new());
        assert_eq!(file.items[1].note, None);
        assert_eq!(file.chains["ht"], ["fr", "en"]);
    }

    #[test]
    fn wrong_shapes_are_the_usual_serde_errors() {
        let item = "id = \"a\"\nratio = 1.0\non = true\ntier = \"strong\"\ndate = \"d\"\n";
        let err = parse::<Item>(&format!("{item}weight = \"3\"")).unwrap_err();
        assert_eq!(err, "invalid type: string \"3\", expected u32");
        let err = parse::<Item>(&format!("{item}weight = -1")).unwrap_err();
        assert_eq!(err, "invalid value: integer `-1`, expected u32");
        let err = parse::<Item>(&format!("{item}weight = 1\nextra = 1")).unwrap_err();
        assert!(err.starts_with("unknown field `extra`"), "{err}");
        let err = parse::<Item>(item).unwrap_err();
        assert_eq!(err, "missing field `weight`");
        let err =
            parse::<Item>(&format!("weight = 1\n{}", item.replace("strong", "mild"))).unwrap_err();
        assert!(err.starts_with("unknown variant `mild`"), "{err}");
        let err = parse::<File>("items = { id = \"a\" }").unwrap_err();
        assert_eq!(err, "invalid type: map, expected a sequence");
        let err = parse::<File>("items = [1]").unwrap_err();
        assert_eq!(err, "invalid type: integer `1`, expected struct Item");
    }
}
