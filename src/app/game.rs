//! The session held in one resource. Every change goes through an [`Act`]
//! message: the engine applies it (or refuses it, and the room sees why),
//! and the session is saved after every action, by a writer thread (see
//! `session::saver` for its contract), so a slow disk never holds a frame.

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;

use crate::deck::Deck;
use crate::say;
use crate::session::{Action, Saver, Session, Store, Ticket, clock};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Act>()
        .add_message::<Command>()
        .init_resource::<Toast>()
        .init_resource::<Clock>()
        .add_systems(
            Update,
            (apply_commands, apply_acts).chain().in_set(GameSystems),
        )
        .add_systems(Update, save_status.after(GameSystems))
        .add_systems(Last, flush_on_exit);
}

/// How long leaving, resuming or quitting waits for the last save.
const FLUSH: Duration = Duration::from_secs(3);

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
    /// Close the game, once everything is on disk.
    Quit,
}

/// The game: the session being played, where it is saved, and the deck file
/// it came from.
#[derive(Resource)]
pub struct Game {
    pub session: Option<Session>,
    pub store: Store,
    /// Where the session is saved.
    pub saved: Option<PathBuf>,
    /// The thread that writes the session after every action.
    pub saver: Saver,
    /// The save of the newest action handed to the saver.
    pub last_save: Option<Ticket>,
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
            saver: Saver::new(),
            last_save: None,
            save_error: None,
            deck_path: None,
            revision: 0,
            reports: crate::report::default_dir(),
            exported: None,
        }
    }

    /// Hands the session to the writer thread; returns at once, with the
    /// ticket that says when this save is on disk.
    pub(super) fn save(&mut self) -> Option<Ticket> {
        let session = self.session.as_ref()?;
        let path = self.store.path_for(session);
        let ticket = self.saver.save(path.clone(), session.to_file());
        self.last_save = Some(ticket);
        self.saved = Some(path);
        Some(ticket)
    }

    /// Waits (a few seconds at most) until every save is on disk.
    pub fn flush(&mut self) -> Result<(), String> {
        let flushed = self.saver.flush(FLUSH);
        if let Err(e) = &flushed {
            self.save_error = Some(e.clone());
        }
        flushed
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

/// The game's words in the room's language (the machine's before a session).
pub fn words(game: &Game) -> &'static crate::words::Words {
    game.session.as_ref().map_or_else(machine_words, room_words)
}

/// The game's words before a session: the machine's language where the
/// game speaks it (`LIVINGLAB_LANGUAGE` overrides it), else English.
pub fn machine_words() -> &'static crate::words::Words {
    static CHOSEN: std::sync::OnceLock<&'static crate::words::Words> = std::sync::OnceLock::new();
    CHOSEN.get_or_init(|| {
        let wanted: Vec<String> = std::env::var("LIVINGLAB_LANGUAGE")
            .ok()
            .into_iter()
            .chain(sys_locale::get_locales())
            // POSIX locales say `pl_PL.UTF-8`; BCP 47 says `pl-PL`.
            .map(|l| {
                l.split(['.', '@'])
                    .next()
                    .unwrap_or_default()
                    .replace('_', "-")
            })
            .collect();
        crate::words::choose(wanted.iter().map(String::as_str))
            .map_or_else(crate::words::english, crate::words::get)
    })
}

/// A running timer as the room reads it: "6 min" in the room's words while
/// more than a minute is left, then `0:59`.
pub fn countdown(w: &crate::words::Words, ms: crate::session::Millis) -> String {
    match crate::session::clock::countdown_minutes(ms) {
        Some(minutes) => crate::say!(w, "countdown-minutes", minutes = minutes),
        None => crate::session::clock::countdown(ms),
    }
}

/// The game's words in a session's room's language.
pub fn room_words(session: &Session) -> &'static crate::words::Words {
    session
        .language()
        .map_or_else(crate::words::english, crate::words::get)
}

/// Seconds since the app's first update, read from the clock as it is
/// called. Bevy's `Time<Real>` holds the moment the frame's time was taken,
/// which on a frame after the game has rested is the end of the frame
/// before the rest: a message due to go would still seem to show, and go
/// only one more wait later. Everything that shows for a while (messages,
/// a flashing alarm) reads this.
pub fn seconds(time: &Time<Real>) -> f64 {
    time.first_update().map_or(0.0, |first| {
        std::time::Instant::now()
            .saturating_duration_since(first)
            .as_secs_f64()
    })
}

fn apply_acts(
    mut acts: MessageReader<Act>,
    mut game: ResMut<Game>,
    mut toast: ResMut<Toast>,
    time: Res<Time<Real>>,
) {
    let now = crate::app::game::seconds(&time);
    let mut changed = false;
    for Act(action) in acts.read() {
        let Some(session) = game.session.as_mut() else {
            continue;
        };
        match session.act(action.clone(), clock::now()) {
            Ok(_) => changed = true,
            Err(e) => toast.refuse(e.0.say(room_words(session)), now),
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
    mut exit: MessageWriter<AppExit>,
) {
    let now = crate::app::game::seconds(&time);
    for command in commands.read() {
        match command {
            Command::Quit => {
                let _ = game.flush();
                exit.write(AppExit::Success);
            }
            Command::Undo | Command::Redo => {
                let Some(session) = game.session.as_mut() else {
                    continue;
                };
                let undo = matches!(command, Command::Undo);
                let done = if undo { session.undo() } else { session.redo() };
                let w = room_words(session);
                if done {
                    game.revision += 1;
                    game.save();
                    toast.tell(
                        if undo {
                            say!(w, "game-undone")
                        } else {
                            say!(w, "game-redone")
                        },
                        now,
                    );
                } else {
                    toast.refuse(
                        if undo {
                            say!(w, "game-nothing-to-undo")
                        } else {
                            say!(w, "game-nothing-to-redo")
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
            Command::Resume(path) => {
                // The file may be the one being written.
                let _ = game.flush();
                match crate::session::load(path) {
                    Ok(session) => {
                        game.deck_path = None;
                        game.open(session);
                        toast.tell(say!(words(&game), "game-resumed"), now);
                    }
                    Err(e) => toast.refuse(e.to_string(), now),
                }
            }
            Command::Leave => {
                if let Err(e) = game.flush() {
                    toast.refuse(e, now);
                }
                game.session = None;
                game.exported = None;
                game.revision += 1;
            }
            Command::Save => {
                game.save();
                let _ = game.flush();
                match (&game.save_error, &game.saved) {
                    (Some(e), _) => toast.refuse(e.clone(), now),
                    (None, Some(p)) => toast.tell(
                        say!(
                            words(&game),
                            "game-saved-to",
                            file = p.display().to_string()
                        ),
                        now,
                    ),
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
                    Ok(dir) => toast.tell(
                        say!(
                            room_words(&session),
                            "game-report-written",
                            folder = dir.display().to_string()
                        ),
                        now,
                    ),
                    Err(e) => toast.refuse(
                        say!(
                            room_words(&session),
                            "debrief-report-failed",
                            reason = e.as_str()
                        ),
                        now,
                    ),
                }
                game.exported = Some(result);
            }
        }
    }
}

/// Shows a save error the writer thread found (on the panel and as a
/// toast), and clears it once a save succeeds. The writer wakes the resting
/// app after each write, so an error shows at once.
fn save_status(
    mut game: ResMut<Game>,
    mut toast: ResMut<Toast>,
    time: Res<Time<Real>>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut wakes: Local<bool>,
) {
    if !*wakes && let Some(p) = proxy {
        let proxy = (**p).clone();
        game.saver.set_wake(Box::new(move || {
            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
        }));
        *wakes = true;
    }
    let error = game.saver.error();
    if error != game.save_error {
        if let Some(e) = &error {
            toast.refuse(e.clone(), crate::app::game::seconds(&time));
        }
        game.save_error = error;
    }
}

/// Quitting loses nothing: the last save is on disk before the app ends.
fn flush_on_exit(mut exits: MessageReader<AppExit>, mut game: ResMut<Game>) {
    if exits.read().next().is_some()
        && let Err(e) = game.flush()
    {
        error!("{e}");
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
