//! Finding where things are in a deck's RON text, so that a problem found
//! after parsing (a duplicate id, a value out of range) can still point at a
//! line and column.
//!
//! This is a small scanner, not a second parser: it knows strings, comments
//! and brackets, and records every `name: value` field with the names of the
//! fields that enclose it. It never fails; what it cannot find is `None`.

use std::collections::HashMap;

use super::problem::{Place, place_of};

/// One `name: value` field in the text.
#[derive(Debug, Clone)]
struct Field {
    /// Names of the enclosing fields, outermost first, then this field's name.
    path: Vec<String>,
    /// Byte offset of the value (the first character after the colon).
    value: usize,
    /// Byte offset of the bracket that encloses this field.
    parent_open: usize,
}

/// Every field of a deck text, indexed so that each lookup is quick even in
/// a deck of thousands of cards (validation asks for a place per field).
pub struct Locator<'a> {
    source: &'a str,
    fields: Vec<Field>,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// For each top-level list, the opening brackets of its items, in order.
    items: HashMap<String, Vec<usize>>,
    /// For each opening bracket, its fields (indices into `fields`), in order.
    children: HashMap<usize, Vec<usize>>,
}

struct Frame {
    name: Option<String>,
    open: usize,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a str) -> Self {
        let fields = scan(source);
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut items: HashMap<String, Vec<usize>> = HashMap::new();
        let mut children: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, f) in fields.iter().enumerate() {
            children.entry(f.parent_open).or_default().push(i);
            if f.path.len() == 2 {
                let opens = items.entry(f.path[0].clone()).or_default();
                // An item's own fields come before the next item's (the scan
                // is in text order), so a new bracket is a new item.
                if opens.last() != Some(&f.parent_open) {
                    opens.push(f.parent_open);
                }
            }
        }
        Locator {
            source,
            fields,
            line_starts,
            items,
            children,
        }
    }

    /// The line and column (in characters) of a byte offset.
    fn place(&self, offset: usize) -> Place {
        let offset = offset.min(self.source.len());
        // The first line starts at 0, so at least one start is <= offset.
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        // The column, counted within the line alone.
        let col = place_of(&self.source[start..], offset - start).col;
        Place { line, col }
    }

    /// The value of the first field at exactly this path, e.g.
    /// `["rules", "hand", "ideas"]`.
    pub fn field(&self, path: &[&str]) -> Option<Place> {
        self.fields
            .iter()
            .find(|f| f.path.iter().map(String::as_str).eq(path.iter().copied()))
            .map(|f| self.place(f.value))
    }

    /// The opening bracket of the `index`th item of a top-level list such as
    /// `ideas`.
    fn item_open(&self, list: &str, index: usize) -> Option<usize> {
        self.items.get(list)?.get(index).copied()
    }

    /// A field of the `index`th item of a top-level list; the item itself
    /// when the field is not written out.
    pub fn item_field(&self, list: &str, index: usize, field: &str) -> Option<Place> {
        let open = self.item_open(list, index)?;
        let found = self.children.get(&open).and_then(|ids| {
            ids.iter()
                .map(|&i| &self.fields[i])
                .find(|f| f.path.last().is_some_and(|n| n == field))
        });
        Some(self.place(found.map_or(open, |f| f.value)))
    }

    /// The `index`th element of a top-level list of plain values such as
    /// `levels` (found by counting commas at the list's depth).
    pub fn list_element(&self, list: &str, index: usize) -> Option<Place> {
        let f = self
            .fields
            .iter()
            .find(|f| f.path.len() == 1 && f.path[0] == list)?;
        let bytes = self.source.as_bytes();
        let mut i = f.value;
        while i < bytes.len() && bytes[i] != b'[' {
            i += 1;
        }
        let mut starts = Vec::new();
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escape = false;
        let mut expect_start = true;
        for (j, &b) in bytes.iter().enumerate().skip(i + 1) {
            if in_string {
                if escape {
                    escape = false;
                } else if b == b'\\' {
                    escape = true;
                } else if b == b'"' {
                    in_string = false;
                }
                continue;
            }
            if expect_start && !b.is_ascii_whitespace() && b != b']' {
                starts.push(j);
                expect_start = false;
            }
            match b {
                b'"' => in_string = true,
                b'[' | b'(' => depth += 1,
                b']' | b')' if depth == 0 => break,
                b']' | b')' => depth -= 1,
                b',' if depth == 0 => expect_start = true,
                _ => {}
            }
        }
        starts.get(index).map(|&o| self.place(o))
    }
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Skips white space and comments from `i`; returns the next offset.
fn skip_blank(bytes: &[u8], mut i: usize) -> usize {
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if bytes[i..].starts_with(b"//") {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else if bytes[i..].starts_with(b"/*") {
            i += 2;
            while i < bytes.len() && !bytes[i..].starts_with(b"*/") {
                i += 1;
            }
            i = (i + 2).min(bytes.len());
        } else {
            return i;
        }
    }
}

/// Skips a string literal starting at `i` (a `"` or a raw `r#"`); returns the
/// offset after it.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    if bytes[i] == b'r' {
        let mut hashes = 0;
        i += 1;
        while i < bytes.len() && bytes[i] == b'#' {
            hashes += 1;
            i += 1;
        }
        i += 1; // the opening quote
        while i < bytes.len() {
            if bytes[i] == b'"'
                && bytes[i + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&b| b == b'#')
                    .count()
                    == hashes
            {
                return i + 1 + hashes;
            }
            i += 1;
        }
        return i;
    }
    i += 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn scan(source: &str) -> Vec<Field> {
    let bytes = source.as_bytes();
    let mut fields = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut pending: Option<String> = None;
    let mut i = 0;
    while i < bytes.len() {
        i = skip_blank(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        let raw_string = b == b'r' && matches!(bytes.get(i + 1), Some(b'"' | b'#'));
        if b == b'"' || raw_string {
            i = skip_string(bytes, i);
        } else if b == b'\'' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'\'' && bytes[i] != b'\n' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else if is_ident_start(b) {
            let start = i;
            while i < bytes.len() && is_ident(bytes[i]) {
                i += 1;
            }
            let after = skip_blank(bytes, i);
            if bytes.get(after) == Some(&b':') && bytes.get(after + 1) != Some(&b':') {
                let name = source[start..i].to_string();
                let value = skip_blank(bytes, after + 1);
                let mut path: Vec<String> = frames.iter().filter_map(|f| f.name.clone()).collect();
                path.push(name.clone());
                fields.push(Field {
                    path,
                    value,
                    parent_open: frames.last().map_or(0, |f| f.open),
                });
                pending = Some(name);
                i = after + 1;
            }
        } else {
            match b {
                b'(' | b'[' | b'{' => frames.push(Frame {
                    name: pending.take(),
                    open: i,
                }),
                b')' | b']' | b'}' => {
                    frames.pop();
                    pending = None;
                }
                b',' => pending = None,
                _ => {}
            }
            i += 1;
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"Deck( // a comment with id: "nope"
    id: "d",
    ideas: [
        Card(id: "a", title: "A (one", text: "x"),
        Card(id: "b", title: "B", text: "y", cost: 4),
    ],
    levels: ["Local", "Borough"],
    rules: Rules(hand: Hand(ideas: 9)),
)"#;

    #[test]
    fn finds_nested_fields_by_path() {
        let l = Locator::new(SRC);
        assert_eq!(l.field(&["id"]), Some(Place { line: 2, col: 9 }));
        assert_eq!(
            l.field(&["rules", "hand", "ideas"]),
            Some(Place { line: 8, col: 36 })
        );
    }

    #[test]
    fn finds_items_and_their_fields_despite_brackets_in_strings() {
        let l = Locator::new(SRC);
        assert_eq!(
            l.item_field("ideas", 1, "tags"),
            Some(Place { line: 5, col: 13 })
        );
        assert_eq!(
            l.item_field("ideas", 1, "cost"),
            Some(Place { line: 5, col: 52 })
        );
        assert_eq!(l.item_field("ideas", 2, "id"), None);
    }

    #[test]
    fn finds_elements_of_plain_lists() {
        let l = Locator::new(SRC);
        assert_eq!(
            l.list_element("levels", 1),
            Some(Place { line: 7, col: 23 })
        );
    }

    #[test]
    fn never_fails_on_garbage() {
        for s in ["", "(", ")", "\"", "r#\"", "a:", "/*", "'", "x: [(", "]]]:"] {
            let l = Locator::new(s);
            let _ = l.field(&["a"]);
            let _ = l.item_field("x", 0, "y");
            let _ = l.list_element("x", 0);
        }
    }
}
