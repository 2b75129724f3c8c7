//! Reading a deck file: size limit, text encoding, RON syntax and types,
//! then validation. Whatever the bytes, the result is a deck or a list of
//! problems, never a panic.

use std::io::Read;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use serde::Deserialize;

use super::model::{Deck, FORMAT};
use super::problem::{Place, Problem, place_of};
use super::validate::validate;

/// A deck file larger than this is refused before it is parsed.
pub const MAX_DECK_BYTES: u64 = 4 * 1024 * 1024;

/// How deeply brackets may nest: a deck needs 4; this leaves room for
/// anything sensible and stops a hostile file early.
const RECURSION_LIMIT: usize = 32;

/// What checking a deck found: the deck (when it parsed), and every error and
/// warning, in file order.
#[derive(Debug, Clone)]
pub struct Checked {
    pub deck: Option<Deck>,
    pub problems: Vec<Problem>,
    /// The text, when it could be read as text (for snippets).
    pub source: Option<String>,
}

impl Checked {
    /// True when the deck can be played: it parsed and has no errors.
    pub fn is_ok(&self) -> bool {
        self.deck.is_some() && !self.problems.iter().any(Problem::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_error())
    }

    /// The deck when it is playable, else `None`.
    pub fn playable(&self) -> Option<&Deck> {
        if self.is_ok() {
            self.deck.as_ref()
        } else {
            None
        }
    }

    /// Every problem rendered as `path:line:col: message` with its snippet.
    pub fn render(&self, path: &str) -> String {
        self.problems
            .iter()
            .map(|p| p.render(path, self.source.as_deref()))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn failed(problem: Problem, source: Option<String>) -> Self {
        Checked {
            deck: None,
            problems: vec![problem],
            source,
        }
    }
}

/// A deck that loaded without errors, with its warnings.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub deck: Deck,
    pub warnings: Vec<Problem>,
    pub path: PathBuf,
}

/// Why a deck could not be loaded: every problem, rendered against the file.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{rendered}")]
pub struct DeckError {
    pub path: PathBuf,
    pub problems: Vec<Problem>,
    pub rendered: String,
}

/// Loads a deck for play: `Err` carries every problem, rendered.
pub fn load(path: &Path) -> Result<Loaded, DeckError> {
    let checked = check_file(path);
    let shown = path.display().to_string();
    match checked.playable() {
        Some(deck) => Ok(Loaded {
            deck: deck.clone(),
            warnings: checked.warnings().cloned().collect(),
            path: path.to_path_buf(),
        }),
        None => Err(DeckError {
            path: path.to_path_buf(),
            rendered: checked.render(&shown),
            problems: checked.problems,
        }),
    }
}

/// Reads and checks a deck file. Images are looked for next to the file.
pub fn check_file(path: &Path) -> Checked {
    let bytes = match read_limited(path) {
        Ok(bytes) => bytes,
        Err(message) => return Checked::failed(Problem::error(None, message), None),
    };
    check_bytes(&bytes, path.parent())
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path)
        .map_err(|e| format!("cannot read the deck file: {}", io_words(&e)))?;
    if meta.is_dir() {
        return Err("this is a folder, not a deck file (a deck is one .ron file)".into());
    }
    if meta.len() > MAX_DECK_BYTES {
        return Err(too_big(meta.len()));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| format!("cannot open the deck file: {}", io_words(&e)))?;
    let mut bytes = Vec::new();
    file.take(MAX_DECK_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the deck file: {}", io_words(&e)))?;
    if bytes.len() as u64 > MAX_DECK_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_big(len: u64) -> String {
    format!(
        "the file is {:.1} MiB; a deck file may be at most 4 MiB, so this is probably not a deck",
        len as f64 / (1024.0 * 1024.0)
    )
}

/// An I/O error in plain words.
pub fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file".into(),
        PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Checks a deck given as bytes. `base_dir` is where image paths are looked
/// up; without it, images are checked for form only.
pub fn check_bytes(bytes: &[u8], base_dir: Option<&Path>) -> Checked {
    if bytes.len() as u64 > MAX_DECK_BYTES {
        return Checked::failed(Problem::error(None, too_big(bytes.len() as u64)), None);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => check_str(text, base_dir),
        Err(e) => {
            let good = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
            let place = place_of(&good, good.len());
            Checked::failed(
                Problem::error(
                    Some(place),
                    "the file is not UTF-8 text here; save the deck as UTF-8 (plain text) in your editor",
                ),
                Some(good),
            )
        }
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// Just enough of a deck to read its format number before anything else.
#[derive(Deserialize)]
#[serde(rename = "Deck")]
struct FormatProbe {
    format: Option<u32>,
}

/// Checks a deck given as text.
pub fn check_str(text: &str, base_dir: Option<&Path>) -> Checked {
    let source = Some(text.to_string());
    let stripped = text.strip_prefix('\u{feff}').unwrap_or(text);
    if stripped.trim().is_empty() {
        return Checked::failed(
            Problem::error(
                Some(Place { line: 1, col: 1 }),
                "the file is empty; a deck starts with `Deck(` (run `livinglab new deck.ron` for a starter)",
            ),
            source,
        );
    }
    let offset_shift = text.len() - stripped.len();
    let options = ron_options();
    let unsupported = |n: u32| {
        let place = super::locate::Locator::new(text).field(&["format"]);
        Checked::failed(
            Problem::error(
                place,
                format!("unsupported deck format {n}; this version reads format {FORMAT}"),
            ),
            source.clone(),
        )
    };
    // The format is read on its own only when the deck does not parse, so
    // that a deck from a newer version is named as such rather than by its
    // first unknown field.
    match options.from_str::<Deck>(stripped) {
        Ok(deck) if deck.format != FORMAT => unsupported(deck.format),
        Ok(deck) => {
            let problems = validate(&deck, text, base_dir);
            Checked {
                deck: Some(deck),
                problems,
                source,
            }
        }
        Err(e) => {
            if let Ok(FormatProbe { format: Some(n) }) = options.from_str::<FormatProbe>(stripped)
                && n != FORMAT
            {
                return unsupported(n);
            }
            let mut place = Place {
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            };
            if offset_shift > 0 && place.line == 1 {
                place.col += 1;
            }
            Checked::failed(Problem::error(Some(place), ron_words(&e.code)), source)
        }
    }
}

/// A RON error in words an organiser can act on.
fn ron_words(e: &ron::Error) -> String {
    use ron::Error as E;
    match e {
        E::ExceededRecursionLimit => {
            format!("brackets are nested more than {RECURSION_LIMIT} deep; a deck needs only 4")
        }
        E::Eof => "the file ends too early: a bracket or quote is probably not closed".into(),
        E::ExpectedStringEnd => "this text is not closed with a `\"`".into(),
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("`{outer}` needs the field `{field}`"),
            None => format!("the field `{field}` is missing"),
        },
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let within = outer
                .as_deref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default();
            let hint = closest(found, expected)
                .map(|f| format!(" (did you mean `{f}`?)"))
                .unwrap_or_default();
            format!(
                "unknown field `{found}`{within}{hint}; the fields are: {}",
                expected.join(", ")
            )
        }
        E::DuplicateStructField { field, outer } => {
            let within = outer
                .as_deref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default();
            format!("the field `{field}` is written twice{within}")
        }
        other => {
            let s = other.to_string();
            let mut c = s.chars();
            match c.next() {
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => s,
            }
        }
    }
}

/// The expected name nearest to a misspelt one, if it is close.
fn closest<'a>(found: &str, expected: &[&'a str]) -> Option<&'a str> {
    expected
        .iter()
        .map(|e| (strsim::levenshtein(found, e), *e))
        .filter(|(d, e)| *d <= 2.max(e.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, e)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_files_are_errors_at_line_one() {
        for s in ["", "   \n\n", "\u{feff}"] {
            let c = check_str(s, None);
            assert!(!c.is_ok());
            assert!(c.problems[0].message.contains("empty"), "{:?}", c.problems);
        }
    }

    #[test]
    fn invalid_utf8_points_at_the_bad_byte() {
        let c = check_bytes(b"Deck(\n  id: \"a\xffb\"", None);
        assert_eq!(c.problems[0].place, Some(Place { line: 2, col: 9 }));
        assert!(c.problems[0].message.contains("UTF-8"));
    }

    #[test]
    fn deep_nesting_is_refused_quickly() {
        let s = "[".repeat(100_000);
        let c = check_str(&s, None);
        assert!(!c.is_ok());
    }
}
