//! Opening a deck the way the system does: **Open…** on the title screen
//! shows the system's file dialog (`rfd`: the desktop portal on Linux, so
//! the program needs no GTK; the system's own on Windows and macOS), and a
//! deck file dropped on the window opens it. Either way the deck is checked
//! and shown on the title screen like a deck whose path was typed.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, channel};

use bevy::prelude::*;
use bevy::window::FileDragAndDrop;

use super::screens::Screen;
use super::title::{DeckEntry, TitleState};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Dialog>().add_systems(
        Update,
        (ask, chosen, dropped).run_if(in_state(Screen::Title)),
    );
}

/// The system's file dialog, while it is open: its answer comes back on a
/// channel from the thread that waits for it.
#[derive(Resource, Default)]
pub struct Dialog {
    answer: Option<Mutex<Receiver<Option<PathBuf>>>>,
}

impl Dialog {
    /// Is the system's dialog open (the button waits for it)?
    pub fn is_open(&self) -> bool {
        self.answer.is_some()
    }
}

/// Opens the system's dialog when the title screen asks for it, on a thread
/// of its own so the game keeps drawing; its answer wakes the game.
fn ask(
    mut title: ResMut<TitleState>,
    mut dialog: ResMut<Dialog>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
) {
    if !title.ask_for_file {
        return;
    }
    title.ask_for_file = false;
    if dialog.is_open() {
        return;
    }
    let (send, receive) = channel();
    let proxy = proxy.map(|p| Mutex::new((**p).clone()));
    let filter = crate::say!(super::game::machine_words(), "title-deck-files");
    let spawned = std::thread::Builder::new()
        .name("file dialog".into())
        .spawn(move || {
            let picked = bevy::tasks::block_on(
                rfd::AsyncFileDialog::new()
                    .add_filter(filter, &["ron"])
                    .pick_file(),
            );
            let _ = send.send(picked.map(|f| f.path().to_path_buf()));
            if let Some(proxy) = proxy
                && let Ok(p) = proxy.lock()
            {
                let _ = p.send_event(bevy::winit::WinitUserEvent::WakeUp);
            }
        });
    match spawned {
        Ok(_) => dialog.answer = Some(Mutex::new(receive)),
        Err(e) => warn!("cannot open the file dialog: {e}"),
    }
}

/// The file chosen in the dialog opens as if its path had been typed.
fn chosen(mut title: ResMut<TitleState>, mut dialog: ResMut<Dialog>) {
    let answer = match &dialog.answer {
        Some(receive) => match receive.lock().map(|r| r.try_recv()) {
            Ok(Ok(answer)) => Some(answer),
            Ok(Err(std::sync::mpsc::TryRecvError::Empty)) => return,
            // The dialog's thread is gone without an answer.
            _ => None,
        },
        None => return,
    };
    dialog.answer = None;
    if let Some(path) = answer.flatten() {
        open(&mut title, path);
    }
}

/// A file dropped on the window opens as a deck.
fn dropped(mut drops: MessageReader<FileDragAndDrop>, mut title: ResMut<TitleState>) {
    for drop in drops.read() {
        if let FileDragAndDrop::DroppedFile { path_buf, .. } = drop {
            open(&mut title, path_buf.clone());
        }
    }
}

/// Shows a deck file on the title screen, checked (a file that is not a
/// deck says so, as `check` would).
fn open(title: &mut TitleState, path: PathBuf) {
    title.path = path.display().to_string();
    title.opened = Some(DeckEntry::read(&path));
}
