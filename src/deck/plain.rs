//! A fast reader for plain RON: the part of RON that decks are written in.
//!
//! Decks are read with the `ron` crate, which knows every corner of the
//! format and says exactly where a mistake is. It is also about three times
//! slower than a JSON parser on the same content, which a 5,000-card deck
//! feels (`docs/performance.md`). Nearly every deck is plain: named or
//! unnamed structs, lists, tuples, strings with the common escapes,
//! unsigned numbers, `true`/`false`, and `//` comments. This reader takes
//! those, and turns away everything else — a block comment, a raw string, an
//! explicit `Some`/`None`, a `#![enable]` line, an unknown escape, any
//! mistake at all — without saying why. The caller then reads the text with
//! `ron`, which accepts what it should and explains the rest.
//!
//! So the contract is one-sided: when this reader accepts a text, `ron`
//! (with the deck's options, including implicit `Some`) accepts it too and
//! reads the same value. The tests below compare the two on the bundled
//! decks and on hundreds of damaged copies of them.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// The text is not plain RON, or not a valid deck; read it with `ron`.
#[derive(Debug)]
pub struct NotPlain;

impl fmt::Display for NotPlain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not plain RON")
    }
}

impl std::error::Error for NotPlain {}

impl de::Error for NotPlain {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotPlain
    }
}

type Result<T> = std::result::Result<T, NotPlain>;

/// Reads `T` from a whole text (without a byte-order mark), or gives up.
pub fn from_str<'de, T: de::Deserialize<'de>>(text: &'de str) -> Result<T> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = T::deserialize(&mut reader)?;
    reader.space()?;
    if reader.at == reader.bytes.len() {
        Ok(value)
    } else {
        Err(NotPlain)
    }
}

/// Deeper than this and the text goes to `ron`, whose limit then applies.
const MAX_DEPTH: usize = 32;

struct Reader<'de> {
    text: &'de str,
    bytes: &'de [u8],
    at: usize,
    depth: usize,
}

impl<'de> Reader<'de> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips spaces, tabs, line breaks and `//` comments. Any other kind
    /// of space or comment is not plain.
    fn space(&mut self) -> Result<()> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.at += 1,
                b'/' => match self.bytes.get(self.at + 1) {
                    Some(b'/') => {
                        self.at = match self.bytes[self.at..].iter().position(|&b| b == b'\n') {
                            Some(n) => self.at + n + 1,
                            None => self.bytes.len(),
                        };
                    }
                    _ => return Err(NotPlain),
                },
                // Anything else, including the rarer spaces ron knows (form
                // feed, U+2028…), is for the caller to take or turn away.
                _ => return Ok(()),
            }
        }
        Ok(())
    }

    /// Skips space, then takes `b` if it is next.
    fn eat(&mut self, b: u8) -> Result<bool> {
        self.space()?;
        if self.peek() == Some(b) {
            self.at += 1;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn expect(&mut self, b: u8) -> Result<()> {
        if self.eat(b)? { Ok(()) } else { Err(NotPlain) }
    }

    /// An ASCII identifier, e.g. a field or struct name.
    fn ident(&mut self) -> Result<&'de str> {
        self.space()?;
        let start = self.at;
        match self.peek() {
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => self.at += 1,
            _ => return Err(NotPlain),
        }
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric() || b == b'_' {
                self.at += 1;
            } else {
                break;
            }
        }
        // `r#name` is a raw identifier in RON: not plain.
        if self.peek() == Some(b'#') {
            return Err(NotPlain);
        }
        Ok(&self.text[start..self.at])
    }

    fn starts_ident(&mut self) -> Result<bool> {
        self.space()?;
        Ok(self
            .peek()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_'))
    }

    /// A `"…"` string with the escapes `\\ \" \' \n \t \r`.
    fn string(&mut self) -> Result<String> {
        self.expect(b'"')?;
        let mut start = self.at;
        // Most strings have no escape: one exact copy.
        let n = self.bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\')
            .ok_or(NotPlain)?;
        if self.bytes[start + n] == b'"' {
            self.at = start + n + 1;
            return Ok(self.text[start..start + n].to_owned());
        }
        let mut out = String::with_capacity(n + 16);
        loop {
            let n = self.bytes[self.at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\')
                .ok_or(NotPlain)?;
            let end = self.at + n;
            // Both stops are ASCII, so these are character boundaries.
            out.push_str(&self.text[start..end]);
            self.at = end + 1;
            if self.bytes[end] == b'"' {
                return Ok(out);
            }
            let escaped = match self.peek() {
                Some(b'\\') => '\\',
                Some(b'"') => '"',
                Some(b'\'') => '\'',
                Some(b'n') => '\n',
                Some(b't') => '\t',
                Some(b'r') => '\r',
                _ => return Err(NotPlain),
            };
            out.push(escaped);
            self.at += 1;
            start = self.at;
        }
    }

    /// Decimal digits that fit in a `u64`.
    fn unsigned(&mut self) -> Result<u64> {
        self.space()?;
        let start = self.at;
        let mut value: u64 = 0;
        while let Some(b) = self.peek().filter(u8::is_ascii_digit) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(b - b'0')))
                .ok_or(NotPlain)?;
            self.at += 1;
        }
        // `1_000`, `1.5`, `0x10`, `1e3` and the like are not plain.
        let done = self
            .peek()
            .is_none_or(|b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'.'));
        if self.at == start || !done {
            return Err(NotPlain);
        }
        Ok(value)
    }

    fn deeper(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            Err(NotPlain)
        } else {
            Ok(())
        }
    }

    /// Reads items up to `close`, handing each to the visitor, then checks
    /// that the list really ends there.
    fn list<V: Visitor<'de>>(&mut self, close: u8, visitor: V) -> Result<V::Value> {
        self.deeper()?;
        let value = visitor.visit_seq(Items {
            reader: &mut *self,
            close,
            first: true,
        })?;
        self.eat(b',')?;
        self.expect(close)?;
        self.depth -= 1;
        Ok(value)
    }
}

/// The items of a `[…]` list or a `(…)` tuple.
struct Items<'a, 'de> {
    reader: &'a mut Reader<'de>,
    close: u8,
    first: bool,
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = NotPlain;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        let r = &mut *self.reader;
        if !self.first {
            r.space()?;
            if r.peek() == Some(self.close) {
                return Ok(None);
            }
            r.expect(b',')?;
        }
        self.first = false;
        r.space()?;
        if r.peek() == Some(self.close) {
            return Ok(None);
        }
        seed.deserialize(&mut *r).map(Some)
    }
}

/// The `field: value` pairs of a struct.
struct Fields<'a, 'de> {
    reader: &'a mut Reader<'de>,
    first: bool,
}

impl<'de> MapAccess<'de> for Fields<'_, 'de> {
    type Error = NotPlain;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let r = &mut *self.reader;
        if !self.first {
            r.space()?;
            if r.peek() == Some(b')') {
                return Ok(None);
            }
            r.expect(b',')?;
        }
        self.first = false;
        r.space()?;
        if r.peek() == Some(b')') {
            return Ok(None);
        }
        let name = r.ident()?;
        r.expect(b':')?;
        seed.deserialize(de::value::BorrowedStrDeserializer::new(name))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.reader)
    }
}

macro_rules! not_plain {
    ($($name:ident)*) => {
        $(
            fn $name<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
                Err(NotPlain)
            }
        )*
    };
}

macro_rules! unsigned {
    ($($name:ident $ty:ty => $visit:ident)*) => {
        $(
            fn $name<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
                let n = self.unsigned()?;
                visitor.$visit(<$ty>::try_from(n).map_err(|_| NotPlain)?)
            }
        )*
    };
}

impl<'de> Deserializer<'de> for &mut Reader<'de> {
    type Error = NotPlain;

    not_plain! {
        deserialize_any deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_bytes deserialize_byte_buf deserialize_unit deserialize_map
        deserialize_ignored_any
    }

    unsigned! {
        deserialize_u8 u8 => visit_u8
        deserialize_u16 u16 => visit_u16
        deserialize_u32 u32 => visit_u32
        deserialize_u64 u64 => visit_u64
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.ident()? {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(NotPlain),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_string(self.string()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_string(self.string()?)
    }

    /// With implicit `Some`, a value stands for itself. `None` and
    /// `Some(…)` written out are left to `ron`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.starts_ident()? {
            return Err(NotPlain);
        }
        visitor.visit_some(self)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, _: V) -> Result<V::Value> {
        Err(NotPlain)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: V,
    ) -> Result<V::Value> {
        Err(NotPlain)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.expect(b'[')?;
        self.list(b']', visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value> {
        self.expect(b'(')?;
        self.list(b')', visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        _: V,
    ) -> Result<V::Value> {
        Err(NotPlain)
    }

    /// `Name(field: value, …)` or `(field: value, …)`; a different name is
    /// a mistake `ron` will explain.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        if self.starts_ident()? && self.ident()? != name {
            return Err(NotPlain);
        }
        self.expect(b'(')?;
        self.deeper()?;
        let value = visitor.visit_map(Fields {
            reader: &mut *self,
            first: true,
        })?;
        self.eat(b',')?;
        self.expect(b')')?;
        self.depth -= 1;
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value> {
        Err(NotPlain)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.ident()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename = "Deck", deny_unknown_fields)]
    struct Small {
        a: u32,
        #[serde(default)]
        s: Option<String>,
        #[serde(default)]
        t: (u32, u32),
        #[serde(default)]
        v: Vec<String>,
        #[serde(default)]
        b: bool,
    }

    fn ron(text: &str) -> Option<Small> {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(text)
            .ok()
    }

    #[test]
    fn plain_texts_read_as_ron_reads_them() {
        for text in [
            "Deck(a: 1)",
            "(a: 1,)",
            "Deck (a : 007 , s: \"x\\\"y\\\\z\\n\\t\\r\\'\", t: ( 1 , 3 , ), v: [\"é\", \"\",], b: true)",
            "// a comment\nDeck(a: 1, // another\n s: \"line\nbreak\", b: false) // last",
            "Deck(a: 4294967295, v: [])",
        ] {
            let plain = from_str::<Small>(text).unwrap_or_else(|_| panic!("{text} is plain"));
            assert_eq!(Some(plain), ron(text), "{text}");
        }
    }

    #[test]
    fn anything_else_is_left_to_ron() {
        for text in [
            "Dek(a: 1)",
            "Deck(a: 1) x",
            "Deck(a: 4294967296)",
            "Deck(a: +7)",
            "Deck(a: 1_0)",
            "Deck(a: 0x10)",
            "Deck(a: 1, s: None)",
            "Deck(a: 1, s: Some(\"q\"))",
            "Deck(a: 1, s: r\"x\")",
            "Deck(a: 1, s: \"\\u{41}\")",
            "Deck(a: 1, s: \"\\/\")",
            "Deck(a: 1, v: [,])",
            "Deck(a: 1,,)",
            "Deck(,)",
            "Deck()",
            "Deck(a: 1, t: (1, 3, 4))",
            "Deck(a: 1, t: [1, 3])",
            "Deck(a: 1, c: 2)",
            "Deck(a: 1, a: 2)",
            "/* block */ Deck(a: 1)",
            "#![enable(implicit_some)] Deck(a: 1)",
            "Deck(r#a: 1)",
            "Deck(a: 1, s: \"unclosed)",
            "Deck(a: 1",
            "",
        ] {
            assert!(from_str::<Small>(text).is_err(), "{text} is not plain");
        }
    }

    fn ron_deck(text: &str) -> Option<crate::deck::Deck> {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(text)
            .ok()
    }

    const DECKS: [&str; 3] = [
        include_str!("../../scenarios/hub-for-london.ron"),
        include_str!("../../scenarios/community-of-practice.ron"),
        include_str!("../../scenarios/neighbourhood-living-lab.ron"),
    ];

    #[test]
    fn the_bundled_decks_and_imported_ones_are_plain() {
        let hub = ron_deck(DECKS[0]).expect("the Hub deck parses");
        // What `livinglab import` writes.
        let imported =
            crate::deck::sheet::to_ron(&hub, Some("a sheet")).expect("the deck is written");
        for text in DECKS.iter().copied().chain([imported.as_str()]) {
            let plain = from_str::<crate::deck::Deck>(text).ok();
            assert!(plain.is_some(), "a deck should take the fast path:\n{text}");
            assert_eq!(plain, ron_deck(text));
        }
    }

    /// Damaged decks: whatever the fast reader accepts, `ron` accepts and
    /// reads the same; the rest goes to `ron` for its message.
    #[test]
    fn damaged_decks_are_read_as_ron_reads_them_or_left_to_it() {
        let marks = [
            "\"", "\\", ",", "(", ")", "[", "]", ":", "/", "*", "#", "0", "9", "-", "_", " ", "\n",
            "a", "N", "r", "'", ".", "é", "Some(", "None", "//", "1_", "\\u{41}",
        ];
        let mut draw = crate::session::Draw::new(2017, 11);
        let (mut taken, mut left) = (0, 0);
        for (d, text) in DECKS.iter().enumerate() {
            for _ in 0..150 {
                let mut t = text.to_string();
                for _ in 0..1 + draw.index(2) {
                    let mut at = draw.index(t.len());
                    while !t.is_char_boundary(at) {
                        at -= 1;
                    }
                    let mut end = (at + 1 + draw.index(3)).min(t.len());
                    while !t.is_char_boundary(end) {
                        end += 1;
                    }
                    match draw.index(3) {
                        0 => t.replace_range(at..end, ""),
                        1 => t.insert_str(at, marks[draw.index(marks.len())]),
                        _ => t.replace_range(at..end, marks[draw.index(marks.len())]),
                    }
                }
                match from_str::<crate::deck::Deck>(&t) {
                    Ok(plain) => {
                        taken += 1;
                        assert_eq!(Some(plain), ron_deck(&t), "deck {d} damaged as:\n{t}");
                    }
                    Err(NotPlain) => left += 1,
                }
            }
        }
        // Both sides of the contract were exercised.
        assert!(
            taken > 20 && left > 100,
            "taken {taken}, left to ron {left}"
        );
    }
}
