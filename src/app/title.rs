//! The title screen: the bundled decks, recently used decks, a deck file by
//! its path, and saved sessions to resume. A deck that fails `check` shows
//! its problems with line and column; nothing here can crash the game.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::game::Command;
use super::theme;
use super::ui::Ctx;
use crate::deck::{self, Deck};
use crate::session::{Saved, Store, clock::DateTime};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TitleState>().add_systems(
        OnEnter(super::screens::Screen::Title),
        |mut t: ResMut<TitleState>| t.saved = None,
    );
}

/// Where the bundled decks are looked for, and what was found.
#[derive(Resource, Default)]
pub struct Catalog {
    pub decks: Vec<DeckEntry>,
}

/// A deck file and what checking it found.
#[derive(Clone)]
pub struct DeckEntry {
    pub path: PathBuf,
    pub result: Result<Deck, String>,
}

impl DeckEntry {
    pub fn read(path: &Path) -> DeckEntry {
        let result = deck::load(path).map(|l| l.deck).map_err(|e| e.rendered);
        DeckEntry {
            path: path.to_path_buf(),
            result,
        }
    }
}

impl Catalog {
    /// Every `.ron` deck in the given folders, checked, in name order.
    pub fn scan(folders: &[PathBuf]) -> Catalog {
        let mut paths: Vec<PathBuf> = Vec::new();
        for folder in folders {
            if let Ok(entries) = std::fs::read_dir(folder) {
                for e in entries.flatten() {
                    let p = std::fs::canonicalize(e.path()).unwrap_or_else(|_| e.path());
                    if p.extension().is_some_and(|x| x == "ron")
                        && !paths.iter().any(|q| q.file_name() == p.file_name())
                    {
                        paths.push(p);
                    }
                }
            }
        }
        paths.sort();
        Catalog {
            decks: paths.iter().map(|p| DeckEntry::read(p)).collect(),
        }
    }
}

#[derive(Resource, Default)]
pub struct TitleState {
    pub path: String,
    /// The result of opening a deck by path (errors stay on screen).
    pub opened: Option<DeckEntry>,
    pub saved: Option<Vec<Saved>>,
}

const RECENT: &str = "recent-decks.txt";

fn recent_file(store: &Store) -> PathBuf {
    store.dir.parent().unwrap_or(&store.dir).join(RECENT)
}

/// Remembers a deck file for the "recently used" list (best effort: a
/// failure to write it loses nothing but the list).
pub fn remember_deck(store: &Store, path: &Path) {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut list = recent_decks(store);
    list.retain(|p| p != &path);
    list.insert(0, path);
    list.truncate(8);
    let text: String = list.iter().map(|p| format!("{}\n", p.display())).collect();
    let file = recent_file(store);
    if let Some(dir) = file.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = crate::session::write_atomic(&file, text.as_bytes());
}

pub fn recent_decks(store: &Store) -> Vec<PathBuf> {
    std::fs::read_to_string(recent_file(store))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(PathBuf::from)
        .collect()
}

fn deck_card(ui: &mut egui::Ui, entry: &DeckEntry, commands: &mut Vec<Command>) {
    egui::Frame::new()
        .fill(egui::Color32::from_rgb(38, 44, 54))
        .corner_radius(10.0)
        .inner_margin(14.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            match &entry.result {
                Ok(d) => {
                    ui.label(RichText::new(&d.title).size(26.0).strong().color(egui::Color32::WHITE));
                    ui.label(RichText::new(&d.summary).size(17.0));
                    let (max, _) = d.max_groups();
                    ui.label(
                        RichText::new(format!("{} · seats up to {max} groups · {}", d.counts(), entry.path.display()))
                            .size(14.0)
                            .color(egui::Color32::GRAY),
                    );
                    if ui.add(egui::Button::new(RichText::new("Play this deck").size(20.0))).clicked() {
                        commands.push(Command::NewSession(Box::new(d.clone()), Some(entry.path.clone())));
                    }
                }
                Err(problems) => {
                    ui.label(
                        RichText::new(format!("{} cannot be played", entry.path.display()))
                            .size(20.0)
                            .strong()
                            .color(theme::egui_colour(theme::REFUSED).gamma_multiply(1.6)),
                    );
                    egui::ScrollArea::vertical().max_height(220.0).id_salt(&entry.path).show(ui, |ui| {
                        ui.label(RichText::new(problems).monospace().size(14.0));
                    });
                    ui.label(RichText::new("Fix the file and open it again; run `livinglab check FILE` to see the same list.").size(14.0));
                }
            }
        });
}

pub(super) fn draw(ui: &mut egui::Ui, cx: &mut Ctx) {
    let state = &mut *cx.title;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(12.0);
        ui.label(RichText::new("Living Lab").size(56.0).strong().color(egui::Color32::WHITE));
        ui.label(RichText::new("A co-design game for one shared screen: take roles, draw challenges, build solutions from idea and method cards, and vote.").size(20.0));
        ui.add_space(16.0);

        let saved = state.saved.get_or_insert_with(|| cx.game.store.list());
        let resumable: Vec<&Saved> = saved.iter().take(5).collect();
        if !resumable.is_empty() {
            ui.label(RichText::new("Resume a session").size(28.0).strong());
            for s in resumable {
                ui.horizontal(|ui| match (&s.summary, &s.problem) {
                    (Some(m), _) => {
                        let when = DateTime::from_millis(m.saved_at).readable();
                        let text = format!(
                            "{} — {} (round {} of {}), {} groups, saved {when}",
                            m.deck_title,
                            m.phase.name(),
                            m.round,
                            m.rounds,
                            m.groups.len()
                        );
                        if ui.add(egui::Button::new(RichText::new("Resume").size(18.0))).clicked() {
                            cx.commands.push(Command::Resume(s.path.clone()));
                        }
                        ui.label(RichText::new(text).size(17.0));
                    }
                    (None, problem) => {
                        ui.label(
                            RichText::new(format!(
                                "{} cannot be read ({}); its backup is beside it as .bak",
                                s.path.display(),
                                problem.as_deref().unwrap_or("unknown problem")
                            ))
                            .size(15.0)
                            .color(egui::Color32::LIGHT_RED),
                        );
                    }
                });
            }
            ui.add_space(16.0);
        }

        ui.label(RichText::new("Choose a deck").size(28.0).strong());
        for entry in &cx.catalog.decks {
            deck_card(ui, entry, cx.commands);
            ui.add_space(8.0);
        }
        let recent: Vec<PathBuf> = recent_decks(&cx.game.store)
            .into_iter()
            .filter(|p| !cx.catalog.decks.iter().any(|d| std::fs::canonicalize(&d.path).ok().as_ref() == Some(p)))
            .collect();
        if !recent.is_empty() {
            ui.label(RichText::new("Recently used").size(22.0).strong());
            for p in recent {
                if ui.link(RichText::new(p.display().to_string()).size(17.0)).clicked() {
                    state.path = p.display().to_string();
                    state.opened = Some(DeckEntry::read(&p));
                }
            }
        }
        ui.add_space(8.0);
        ui.label(RichText::new("Open a deck file").size(22.0).strong());
        ui.horizontal(|ui| {
            let edit = ui.add(
                egui::TextEdit::singleline(&mut state.path)
                    .hint_text("/path/to/deck.ron")
                    .desired_width(640.0)
                    .font(egui::TextStyle::Heading),
            );
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.add(egui::Button::new(RichText::new("Open").size(20.0))).clicked() || enter {
                let path = PathBuf::from(state.path.trim());
                state.opened = Some(DeckEntry::read(&path));
            }
        });
        if let Some(entry) = &state.opened {
            deck_card(ui, entry, cx.commands);
        }
        ui.add_space(20.0);
        ui.label(
            RichText::new(format!("Sessions are saved after every action in {}", cx.game.store.dir.display()))
                .size(14.0)
                .color(egui::Color32::GRAY),
        );
    });
}
