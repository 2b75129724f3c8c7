//! The rules of a session as actions applied to a state: each action returns
//! the new state or a rule error the room can read. Undo, redo, exact replay
//! and autosave are built on the action log. Bevy-free.

mod action;
pub mod clock;
mod draw;
mod engine;
pub mod file;
mod rehearse;
mod revise;
mod rules;
pub mod saver;
mod state;

pub use action::{Action, Entry, Written};
pub use draw::Draw;
pub use engine::{ReplayError, Session};
pub use file::{
    LoadError, Saved, SessionFile, Store, Summary, backup_path, load, unpack_bundled_decks,
    write_atomic, write_session,
};
pub use rehearse::{rehearse, rehearse_with};
pub use rules::{
    MAX_GROUPS, MAX_PITCH, MAX_SOLUTION_TITLE, MAX_WRITTEN_TEXT, MAX_WRITTEN_TITLE, RuleError,
    apply, clean, support_left, tokens,
};
pub use saver::{Saver, Ticket};
pub use state::*;
