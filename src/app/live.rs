//! Live deck editing: while a session runs, saving the deck file updates the
//! cards on screen within a second. A save that breaks the deck shows its
//! problems, with line and column, over the screen, and the last good deck
//! keeps playing; fixing the file clears them. The session keeps its cards
//! in play; new cards join the piles (through the engine, so the change is
//! logged, undoable and replayed).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bevy::prelude::*;

use super::game::{Act, Game, GameSystems};
use crate::deck::{self, Deck};
use crate::session::Action;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DeckFile>()
        .add_systems(Update, watch.before(GameSystems));
}

/// How often the deck file is looked at.
const POLL: Duration = Duration::from_millis(400);

/// The deck file of the running session, and what its last save said.
#[derive(Resource)]
pub struct DeckFile {
    /// The file being watched (shared with the watching thread).
    watched: Arc<Mutex<Option<PathBuf>>>,
    saves: Mutex<Receiver<(PathBuf, Vec<u8>)>>,
    sender: Sender<(PathBuf, Vec<u8>)>,
    started: bool,
    /// The deck as the file last said it, when it was valid.
    last_good: Option<Deck>,
    /// The problems of the last save, rendered with line and column.
    pub problems: Option<String>,
}

impl Default for DeckFile {
    fn default() -> Self {
        let (sender, receiver) = channel();
        DeckFile {
            watched: Arc::new(Mutex::new(None)),
            saves: Mutex::new(receiver),
            sender,
            started: false,
            last_good: None,
            problems: None,
        }
    }
}

/// Reads the watched file whenever it changes and sends its bytes; wakes
/// the (resting) app when there is a window to wake.
fn spawn_watcher(
    watched: Arc<Mutex<Option<PathBuf>>>,
    send: Sender<(PathBuf, Vec<u8>)>,
    wake: Option<Box<dyn Fn() + Send>>,
) {
    let spawned = std::thread::Builder::new()
        .name("deck watcher".into())
        .spawn(move || {
            let mut last: Option<(PathBuf, Vec<u8>)> = None;
            loop {
                std::thread::sleep(POLL);
                let path = watched.lock().ok().and_then(|p| p.clone());
                let Some(path) = path else {
                    last = None;
                    continue;
                };
                let Ok(meta) = std::fs::metadata(&path) else {
                    continue;
                };
                if meta.len() > deck::MAX_DECK_BYTES {
                    continue;
                }
                let Ok(bytes) = std::fs::read(&path) else {
                    continue;
                };
                let changed = last.as_ref().is_none_or(|(p, b)| *p != path || *b != bytes);
                if changed {
                    last = Some((path.clone(), bytes.clone()));
                    if send.send((path, bytes)).is_err() {
                        return; // the app is gone
                    }
                    if let Some(wake) = &wake {
                        wake();
                    }
                }
            }
        });
    if let Err(e) = spawned {
        warn!("cannot watch the deck file: {e}");
    }
}

fn watch(
    mut file: ResMut<DeckFile>,
    game: Res<Game>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    mut acts: MessageWriter<Act>,
) {
    let wanted = game.session.as_ref().and(game.deck_path.clone());
    let mut changed = false;
    if let Ok(mut watched) = file.watched.lock()
        && *watched != wanted
    {
        *watched = wanted.clone();
        changed = true;
    }
    if wanted.is_none() {
        // Leaving a deck's session clears what its file said.
        if changed {
            file.last_good = None;
            file.problems = None;
        }
        return;
    }
    if !file.started {
        file.started = true;
        let wake: Option<Box<dyn Fn() + Send>> = proxy.map(|p| {
            let proxy = (**p).clone();
            Box::new(move || {
                let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
            }) as Box<dyn Fn() + Send>
        });
        spawn_watcher(file.watched.clone(), file.sender.clone(), wake);
    }
    let saves: Vec<(PathBuf, Vec<u8>)> = match file.saves.lock() {
        Ok(r) => r.try_iter().collect(),
        Err(_) => Vec::new(),
    };
    let Some(session) = &game.session else { return };
    for (path, bytes) in saves {
        if Some(&path) != wanted.as_ref() {
            continue;
        }
        let checked = deck::check_bytes(&bytes, path.parent());
        match checked.playable() {
            None => {
                file.problems = Some(checked.render(&path.display().to_string()));
            }
            Some(new) => {
                file.problems = None;
                let known = file.last_good.as_ref().unwrap_or(session.original_deck());
                if new != known && new != session.deck() {
                    acts.write(Act(Action::ReviseDeck {
                        deck: Box::new(new.clone()),
                    }));
                }
                file.last_good = Some(new.clone());
            }
        }
    }
}
