//! Problems found in a deck, with the place in the file they point at.

use std::fmt;

/// How bad a problem is: errors stop a deck from loading, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A line and column in the deck file, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub line: usize,
    pub col: usize,
}

/// One thing wrong with a deck, in words an organiser understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where in the file, when it can be found.
    pub place: Option<Place>,
    pub message: String,
}

impl Problem {
    pub fn error(place: Option<Place>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            place,
            message: message.into(),
        }
    }

    pub fn warning(place: Option<Place>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            place,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col: message` (or `path: message` when there is no place),
    /// followed by the offending line with a caret under the column when the
    /// source is at hand.
    pub fn render(&self, path: &str, source: Option<&str>) -> String {
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        let mut out = match self.place {
            Some(p) => format!("{path}:{}:{}: {label}{}", p.line, p.col, self.message),
            None => format!("{path}: {label}{}", self.message),
        };
        if let (Some(p), Some(src)) = (self.place, source)
            && let Some(snippet) = snippet(src, p)
        {
            out.push('\n');
            out.push_str(&snippet);
        }
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            Some(p) => write!(f, "{}:{}: {}", p.line, p.col, self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

/// The longest part of a source line shown in a snippet, in characters.
const SNIPPET_WIDTH: usize = 100;

/// The line at `place`, shortened around the column if it is long, with a
/// caret under the column:
///
/// ```text
///    |
/// 12 |         rounds: 13,
///    |                 ^
/// ```
pub fn snippet(source: &str, place: Place) -> Option<String> {
    let text = source.lines().nth(place.line.checked_sub(1)?)?;
    let chars: Vec<char> = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let col = place.col.saturating_sub(1).min(chars.len());
    let start = col.saturating_sub(SNIPPET_WIDTH / 2);
    let end = (start + SNIPPET_WIDTH).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut caret_at = col - start;
    if start > 0 {
        shown.insert(0, '…');
        caret_at += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    let number = place.line.to_string();
    let gutter = " ".repeat(number.len());
    Some(format!(
        "{gutter} |\n{number} | {}\n{gutter} | {}^",
        shown.trim_end(),
        " ".repeat(caret_at)
    ))
}

/// The place of a byte offset in `source`.
pub fn place_of(source: &str, offset: usize) -> Place {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    Place { line, col }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_path_line_col_and_a_caret_under_the_column() {
        let src = "Deck(\n    format: 2,\n)";
        let p = Problem::error(Some(Place { line: 2, col: 13 }), "bad");
        assert_eq!(
            p.render("d.ron", Some(src)),
            "d.ron:2:13: bad\n  |\n2 |     format: 2,\n  |             ^"
        );
    }

    #[test]
    fn a_long_line_is_shortened_around_the_column() {
        let src = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let s = snippet(&src, Place { line: 1, col: 501 }).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert!(lines[1].chars().count() < 120, "{}", lines[1]);
        let caret = lines[2].chars().position(|c| c == '^').unwrap();
        assert_eq!(lines[1].chars().nth(caret), Some('X'));
    }

    #[test]
    fn place_of_counts_characters_not_bytes() {
        assert_eq!(place_of("é\nab", 4), Place { line: 2, col: 2 });
        assert_eq!(place_of("éa", 2), Place { line: 1, col: 2 });
    }
}
