//! A value of any `Deserialize` type with every string in it set to a distinct token ("F0",
//! "F1", …), every list holding one element, every option set, every enum at its first variant:
//! made from the type's own definition (the field names serde passes), so that a test can go
//! through every text field of a type without a hand-written list, and a field added later is
//! covered without anyone remembering it.
#![allow(dead_code)] // each test crate uses part of it

use std::cell::Cell;

use serde::de::{self, DeserializeSeed, Visitor};

/// A value of `T` with every string a distinct token, and how many tokens it holds.
pub fn filled<T: de::DeserializeOwned>() -> (T, usize) {
    let count = Cell::new(0);
    let value = T::deserialize(Filler { count: &count })
        .unwrap_or_else(|e| panic!("the filler could not make a value: {e}"));
    (value, count.get())
}

/// The token of string number `n`.
pub fn token(n: usize) -> String {
    format!("F{n}")
}

#[derive(Clone, Copy)]
struct Filler<'a> {
    count: &'a Cell<usize>,
}

#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl Filler<'_> {
    fn next_token(self) -> String {
        let n = self.count.get();
        self.count.set(n + 1);
        token(n)
    }
}

/// The elements of a list, or the fields of a struct, one value each.
struct Items<'a> {
    filler: Filler<'a>,
    fields: Vec<&'static str>,
    at: usize,
}

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = Error;
    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Error> {
        if self.at >= self.fields.len() {
            return Ok(None);
        }
        self.at += 1;
        seed.deserialize(self.filler).map(Some)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(name) = self.fields.get(self.at) else {
            return Ok(None);
        };
        self.at += 1;
        seed.deserialize(de::value::StrDeserializer::<Error>::new(name))
            .map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(self.filler)
    }
}

struct FirstVariant<'a> {
    filler: Filler<'a>,
    name: &'static str,
}

impl<'de, 'a> de::EnumAccess<'de> for FirstVariant<'a> {
    type Error = Error;
    type Variant = Filler<'a>;
    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Filler<'a>), Error> {
        let v = seed.deserialize(de::value::StrDeserializer::<Error>::new(self.name))?;
        Ok((v, self.filler))
    }
}

impl<'de> de::VariantAccess<'de> for Filler<'_> {
    type Error = Error;
    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_tuple(self, len, visitor)
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_struct(self, "", fields, visitor)
    }
}

impl<'de> de::Deserializer<'de> for Filler<'_> {
    type Error = Error;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_string(self.next_token())
    }
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bool(false)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_i64(1)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_u64(1)
    }
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
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(Items {
            filler: self,
            fields: vec![""],
            at: 0,
        })
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(Items {
            filler: self,
            fields: vec![""; len],
            at: 0,
        })
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_map(Items {
            filler: self,
            fields: fields.to_vec(),
            at: 0,
        })
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let name = variants.first().copied().unwrap_or_default();
        visitor.visit_enum(FirstVariant { filler: self, name })
    }
    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u32 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct map tuple_struct identifier ignored_any
    }
}
