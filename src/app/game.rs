//! The session held in one resource. Every change goes through an [`Act`]
//! message: the engine applies it (or refuses it, and the room sees why),
//! and the session is saved after every action.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::deck::Deck;
use crate::session::{Action, Session, Store, clock};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Act>()
        .add_message::<Command>()
        .init_resource::<Toast>()
        .init_resource::<Clock>()
        .add_systems(
            Update,
            (apply_commands, apply_acts).chain().in_set(GameSystems),
        );
}

/// The systems that change the session; views run after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct GameSystems;

/// An action for the engine, from a drag, a click or a key.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct Act(pub Action);

/// What the facilitator asks of the program rather than of the rules.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Command {
    Undo,
    Redo,
    /// Start a new session with this deck (read from this file).
    NewSession(Box<Deck>, Option<PathBuf>),
    /// Open a saved session.
    Resume(PathBuf),
    /// Leave the session (it stays saved) and go back to the title screen.
    Leave,
    /// Write the session's report into a new folder.
    Export,
    /// Save now (the session is also saved after every action).
    Save,
}

/// The game: the session being played, where it is saved, and the deck file
/// it came from.
#[derive(Resource)]
pub struct Game {
    pub session: Option<Session>,
    pub store: Store,
    /// Where the session was last saved.
    pub saved: Option<PathBuf>,
    /// Why the last save failed, if it did: shown until a save succeeds.
    pub save_error: Option<String>,
    pub deck_path: Option<PathBuf>,
    /// Counts every change of the session, so views redraw only on change.
    pub revision: u64,
    /// Where reports are exported.
    pub reports: PathBuf,
    /// The last export: its folder, or why it failed.
    pub exported: Option<Result<PathBuf, String>>,
}

impl Game {
    pub fn new(store: Store) -> Self {
        Game {
            session: None,
            store,
            saved: None,
            save_error: None,
            deck_path: None,
            revision: 0,
            reports: crate::report::default_dir(),
            exported: None,
        }
    }

    fn save(&mut self) {
        let Some(session) = &self.session else { return };
        match self.store.save(session) {
            Ok(path) => {
                self.saved = Some(path);
                self.save_error = None;
            }
            Err(e) => {
                self.save_error = Some(format!(
                    "Could not save to {}: {}",
                    self.store.dir.display(),
                    crate::deck::io_words(&e)
                ));
            }
        }
    }

    /// Replaces the session (and saves it).
    pub fn open(&mut self, session: Session) {
        self.session = Some(session);
        self.revision += 1;
        self.save();
    }
}

/// A message for the room that disappears after a few seconds: why a move
/// was refused, or what just happened.
#[derive(Resource, Default, Debug, Clone)]
pub struct Toast {
    pub text: String,
    pub refused: bool,
    /// Seconds since start-up when it disappears.
    pub until: f64,
}

impl Toast {
    pub const SECONDS: f64 = 5.0;

    pub fn refuse(&mut self, text: impl Into<String>, now: f64) {
        self.text = text.into();
        self.refused = true;
        self.until = now + Self::SECONDS;
    }

    pub fn tell(&mut self, text: impl Into<String>, now: f64) {
        self.text = text.into();
        self.refused = false;
        self.until = now + Self::SECONDS;
    }

    pub fn visible(&self, now: f64) -> bool {
        now < self.until && !self.text.is_empty()
    }
}

fn apply_acts(
    mut acts: MessageReader<Act>,
    mut game: ResMut<Game>,
    mut toast: ResMut<Toast>,
    time: Res<Time<Real>>,
) {
    let now = time.elapsed_secs_f64();
    let mut changed = false;
    for Act(action) in acts.read() {
        let Some(session) = game.session.as_mut() else {
            continue;
        };
        match session.act(action.clone(), clock::now()) {
            Ok(_) => changed = true,
            Err(e) => toast.refuse(e.0, now),
        }
    }
    if changed {
        game.revision += 1;
        game.save();
    }
}

fn apply_commands(
    mut commands: MessageReader<Command>,
    mut game: ResMut<Game>,
    mut toast: ResMut<Toast>,
    time: Res<Time<Real>>,
) {
    let now = time.elapsed_secs_f64();
    for command in commands.read() {
        match command {
            Command::Undo | Command::Redo => {
                let Some(session) = game.session.as_mut() else {
                    continue;
                };
                let undo = matches!(command, Command::Undo);
                let done = if undo { session.undo() } else { session.redo() };
                if done {
                    game.revision += 1;
                    game.save();
                    toast.tell(if undo { "Undone" } else { "Redone" }, now);
                } else {
                    toast.refuse(
                        if undo {
                            "Nothing to undo"
                        } else {
                            "Nothing to redo"
                        },
                        now,
                    );
                }
            }
            Command::NewSession(deck, path) => {
                let seed = rand::random::<u64>();
                game.deck_path = path.clone();
                game.open(
                    Session::new((**deck).clone(), seed, clock::now()).in_zone(clock::local_zone()),
                );
                if let Some(p) = path {
                    super::title::remember_deck(&game.store, p);
                }
            }
            Command::Resume(path) => match crate::session::load(path) {
                Ok(session) => {
                    game.deck_path = None;
                    game.open(session);
                    toast.tell("Session resumed where it stopped", now);
                }
                Err(e) => toast.refuse(e.to_string(), now),
            },
            Command::Leave => {
                game.session = None;
                game.exported = None;
                game.revision += 1;
            }
            Command::Save => {
                game.save();
                match (&game.save_error, &game.saved) {
                    (Some(e), _) => toast.refuse(e.clone(), now),
                    (None, Some(p)) => toast.tell(format!("Saved to {}", p.display()), now),
                    (None, None) => {}
                }
            }
            Command::Export => {
                let Some(session) = game.session.clone() else {
                    continue;
                };
                let result =
                    crate::report::export_new(std::slice::from_ref(&session), &game.reports);
                match &result {
                    Ok(dir) => toast.tell(format!("Report written to {}", dir.display()), now),
                    Err(e) => toast.refuse(format!("The report could not be written: {e}"), now),
                }
                game.exported = Some(result);
            }
        }
    }
}

/// The time the screens show against the timer: the wall clock, or (for
/// the screenshot tour of an old session) the time of its last action.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    #[default]
    Wall,
    Frozen,
}

impl Clock {
    pub fn now(self, session: Option<&Session>) -> u64 {
        match (self, session) {
            (Clock::Frozen, Some(s)) => s.state().now,
            _ => clock::now(),
        }
    }
}
