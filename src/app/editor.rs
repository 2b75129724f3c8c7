//! Typing on the table: a solution's title and pitch, and a new idea card a
//! group writes itself. What is typed is kept until the engine accepts it,
//! so a refused save loses nothing.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::table::Edit;
use super::ui::Ctx;
use crate::session::Action;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Editor>()
        .add_systems(Update, open_editor);
}

#[derive(Resource, Default, Debug)]
pub struct Editor {
    pub open: Option<Edit>,
    pub title: String,
    pub text: String,
    /// The number of written cards when a new card was saved: when it
    /// grows, the card was accepted and the fields are cleared.
    pub written_before: Option<usize>,
}

fn open_editor(
    mut edits: MessageReader<Edit>,
    mut editor: ResMut<Editor>,
    game: Res<super::game::Game>,
) {
    for edit in edits.read() {
        let Some(session) = &game.session else {
            continue;
        };
        let state = session.state();
        match *edit {
            Edit::Solution(g) => {
                if let Some(group) = state.groups.get(g) {
                    editor.title = group.solution.title.clone();
                    editor.text = group.solution.pitch.clone();
                }
            }
            Edit::NewIdea(_) => {
                if editor.open != Some(*edit) {
                    editor.title.clear();
                    editor.text.clear();
                }
            }
        }
        editor.open = Some(*edit);
    }
}

pub(super) fn draw(ctx: &egui::Context, cx: &mut Ctx) {
    let Some(edit) = cx.editor.open else { return };
    let Some(session) = &cx.game.session else {
        return;
    };
    let state = session.state();
    if let Some(before) = cx.editor.written_before
        && state.written.len() > before
    {
        cx.editor.written_before = None;
        cx.editor.open = None;
        cx.editor.title.clear();
        cx.editor.text.clear();
        return;
    }
    let (g, heading) = match edit {
        Edit::Solution(g) => (g, "Our solution"),
        Edit::NewIdea(g) => (g, "A new idea card of our own"),
    };
    let Some(group) = state.groups.get(g) else {
        cx.editor.open = None;
        return;
    };
    let mut close = false;
    egui::Window::new(RichText::new(format!("{} — {heading}", group.name)).size(22.0))
        .collapsible(false)
        .resizable(false)
        .default_width(640.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            let (title_hint, text_hint, limits) = match edit {
                Edit::Solution(_) => (
                    "A title the room will remember",
                    "The pitch: what it does, for whom, and how (a few sentences)",
                    "Title up to 80 characters, pitch up to 1000.",
                ),
                Edit::NewIdea(_) => (
                    "The card's title",
                    "What the idea does, in a sentence or two",
                    "Title up to 48 characters, text up to 240.",
                ),
            };
            ui.label(RichText::new("Title").size(18.0));
            ui.add(
                egui::TextEdit::singleline(&mut cx.editor.title)
                    .hint_text(title_hint)
                    .desired_width(600.0)
                    .font(egui::TextStyle::Heading),
            );
            ui.label(
                RichText::new(if matches!(edit, Edit::Solution(_)) {
                    "Pitch"
                } else {
                    "Text"
                })
                .size(18.0),
            );
            ui.add(
                egui::TextEdit::multiline(&mut cx.editor.text)
                    .hint_text(text_hint)
                    .desired_rows(5)
                    .desired_width(600.0),
            );
            ui.label(RichText::new(limits).size(14.0).color(egui::Color32::GRAY));
            ui.horizontal(|ui| {
                let save = match edit {
                    Edit::Solution(_) => "Save",
                    Edit::NewIdea(_) => "Add it to our hand",
                };
                if ui.button(RichText::new(save).size(20.0).strong()).clicked() {
                    match edit {
                        Edit::Solution(g) => {
                            let s = &group.solution;
                            if cx.editor.title.trim() != s.title {
                                cx.acts.push(Action::SetTitle {
                                    group: g,
                                    title: cx.editor.title.clone(),
                                });
                            }
                            if cx.editor.text.trim() != s.pitch {
                                cx.acts.push(Action::SetPitch {
                                    group: g,
                                    pitch: cx.editor.text.clone(),
                                });
                            }
                            close = true;
                        }
                        Edit::NewIdea(g) => {
                            cx.editor.written_before = Some(state.written.len());
                            cx.acts.push(Action::WriteIdea {
                                group: g,
                                title: cx.editor.title.clone(),
                                text: cx.editor.text.clone(),
                            });
                        }
                    }
                }
                if ui.button(RichText::new("Cancel").size(20.0)).clicked() {
                    close = true;
                    cx.editor.written_before = None;
                }
            });
        });
    if close {
        cx.editor.open = None;
    }
}
