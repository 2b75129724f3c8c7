//! Decks: the model organisers write in RON, loading it from a file, and the
//! rules it must follow. Bevy-free: it compiles and tests without a window.

pub mod bundled;
pub mod glyphs;
mod load;
mod locate;
mod model;
pub mod print;
mod problem;
pub mod sheet;
pub mod starter;
mod validate;

pub use load::{
    Checked, DeckError, Loaded, MAX_DECK_BYTES, check_bytes, check_file, check_str, io_words, load,
};
pub use model::*;
pub use problem::{Place, Problem, Severity, place_of, snippet};
pub use validate::{autonym, bad_id, language_tag, slug};

/// The errors of a deck that comes without its text (a revision of the deck
/// a session plays, or the deck inside a session file), joined into one
/// message, if it has any: it must pass every check, but with no text there
/// are no line numbers.
pub fn check_revision(deck: &Deck) -> Option<String> {
    let errors: Vec<String> = validate::validate(deck, "", None)
        .into_iter()
        .filter(Problem::is_error)
        .map(|p| p.message)
        .collect();
    (!errors.is_empty()).then(|| errors.join("; "))
}
