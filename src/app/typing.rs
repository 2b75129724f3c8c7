//! Typing in place on the table: a solution's title and pitch, and the idea
//! cards a group writes, are edited right in the group's zone (turned to
//! face its seat). What is typed is kept as a draft until it reaches the
//! engine, so a table redrawn while someone types loses nothing; a field is
//! sent to the engine when it loses focus (Enter in a title, a tap elsewhere).

use std::collections::BTreeMap;

use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::text::{EditableText, TextCursorStyle};

use super::game::{Act, Game, GameSystems};
use super::theme;
use crate::session::Action;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Drafts>()
        .init_resource::<Writing>()
        .add_systems(
            Update,
            (keep_drafts, enter_leaves_titles, send_drafts)
                .chain()
                .before(GameSystems),
        )
        .add_systems(Update, close_accepted.after(GameSystems))
        .add_observer(press_elsewhere);
}

/// A field a group types into.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title(usize),
    Pitch(usize),
    NewTitle(usize),
    NewText(usize),
}

impl Field {
    pub fn group(self) -> usize {
        match self {
            Field::Title(g) | Field::Pitch(g) | Field::NewTitle(g) | Field::NewText(g) => g,
        }
    }

    fn multiline(self) -> bool {
        matches!(self, Field::Pitch(_) | Field::NewText(_))
    }

    fn limit(self) -> usize {
        match self {
            Field::Title(_) => crate::session::MAX_SOLUTION_TITLE,
            Field::Pitch(_) => crate::session::MAX_PITCH,
            Field::NewTitle(_) => crate::session::MAX_WRITTEN_TITLE,
            Field::NewText(_) => crate::session::MAX_WRITTEN_TEXT,
        }
    }
}

/// Text typed but not yet accepted by the engine, and the field that has
/// the keyboard (kept across redraws of the table).
#[derive(Resource, Default, Debug)]
pub struct Drafts {
    pub text: BTreeMap<Field, String>,
    pub focused: Option<Field>,
    focused_entity: Option<Entity>,
    /// The last text sent for each field, so a refused one is not sent again.
    sent: BTreeMap<Field, String>,
}

/// Groups that have the "write our own idea" form open, with the number of
/// written cards when it opened.
#[derive(Resource, Default, Debug)]
pub struct Writing(pub BTreeMap<usize, usize>);

/// The text a field shows: its draft, or what the session holds.
pub fn shown(drafts: &Drafts, field: Field, saved: &str) -> String {
    drafts
        .text
        .get(&field)
        .cloned()
        .unwrap_or_else(|| saved.to_string())
}

/// Spawns a text field. `hint` shows while it is empty.
pub fn spawn_field(
    parent: &mut ChildSpawnerCommands,
    field: Field,
    text: String,
    font: TextFont,
    width_chars: f32,
    lines: f32,
) -> Entity {
    let mut editable = EditableText::new(&text);
    editable.allow_newlines = field.multiline();
    editable.max_characters = Some(field.limit());
    editable.visible_width = Some(width_chars);
    editable.visible_lines = Some(lines);
    parent
        .spawn((
            Node {
                border: px(1).all(),
                padding: UiRect::axes(px(4), px(2)),
                border_radius: BorderRadius::all(px(4)),
                ..default()
            },
            editable,
            if field.multiline() {
                TextLayout::default()
            } else {
                TextLayout::no_wrap()
            },
            font,
            TextColor(theme::PAPER),
            TextCursorStyle::default(),
            BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.35)),
            BorderColor::all(theme::MUTED.with_alpha(0.6)),
            field,
            DrawnWith(text),
            Name::new(format!("field {field:?}")),
        ))
        .id()
}

/// The text a field was drawn with. Only what differs from it was typed:
/// a field left as it was drawn (one waiting to be drawn again while a card
/// of its zone is held) never sends its old text over a newer one.
#[derive(Component, Debug, Clone)]
struct DrawnWith(String);

/// Copies what is typed into the drafts; gives the keyboard back to a field
/// that was redrawn while it had it.
fn keep_drafts(
    mut drafts: ResMut<Drafts>,
    focus: Option<ResMut<InputFocus>>,
    fields: Query<(Entity, &Field, Ref<EditableText>, &DrawnWith)>,
    alive: Query<()>,
) {
    let Some(mut focus) = focus else { return };
    let focused = focus
        .get()
        .and_then(|e| fields.get(e).ok())
        .map(|(e, f, _, _)| (e, *f));
    match (focused, drafts.focused) {
        (Some((e, f)), _) => {
            drafts.focused = Some(f);
            drafts.focused_entity = Some(e);
        }
        (None, Some(f)) => {
            // Was the field redrawn (its entity gone), or did it let go?
            let redrawn = drafts.focused_entity.is_none_or(|e| alive.get(e).is_err());
            match fields.iter().find(|(_, x, _, _)| **x == f) {
                Some((e, _, _, _)) if redrawn => {
                    focus.set(e, FocusCause::Navigated);
                    drafts.focused_entity = Some(e);
                }
                _ => {
                    drafts.focused = None;
                    drafts.focused_entity = None;
                }
            }
        }
        (None, None) => {}
    }
    for (_, field, text, drawn) in &fields {
        if text.is_changed() {
            let value = text.value().to_string();
            if value == drawn.0 && !text.is_added() {
                // Typed back to what it showed: nothing to send.
                if drafts.text.get(field) != Some(&value) {
                    drafts.text.remove(field);
                }
            } else if value != drawn.0 && drafts.text.get(field) != Some(&value) {
                drafts.text.insert(*field, value);
            }
        }
    }
}

/// Enter in a one-line field is "done": the field lets go of the keyboard.
fn enter_leaves_titles(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    focus: Option<ResMut<InputFocus>>,
    fields: Query<&Field>,
    mut drafts: ResMut<Drafts>,
) {
    let (Some(keys), Some(mut focus)) = (keys, focus) else {
        return;
    };
    let Some(e) = focus.get() else { return };
    let Ok(field) = fields.get(e) else { return };
    if (keys.just_pressed(KeyCode::Enter) && !field.multiline())
        || keys.just_pressed(KeyCode::Escape)
    {
        focus.clear();
        drafts.focused = None;
    }
}

/// Sends a title or pitch to the engine once its field has let go of the
/// keyboard and it differs from the session.
fn send_drafts(game: Res<Game>, mut drafts: ResMut<Drafts>, mut acts: MessageWriter<Act>) {
    let Some(session) = &game.session else {
        drafts.text.clear();
        return;
    };
    let state = session.state();
    let focused = drafts.focused;
    let mut done = Vec::new();
    let mut send = Vec::new();
    for (field, text) in &drafts.text {
        let Some(group) = state.groups.get(field.group()) else {
            done.push(*field);
            continue;
        };
        let saved = match field {
            Field::Title(_) => &group.solution.title,
            Field::Pitch(_) => &group.solution.pitch,
            // New cards are sent by their button.
            Field::NewTitle(_) | Field::NewText(_) => continue,
        };
        if crate::session::clean(text, field.multiline()) == *saved {
            done.push(*field);
        } else if Some(*field) != focused && drafts.sent.get(field) != Some(text) {
            send.push((*field, text.clone()));
        }
    }
    for field in done {
        drafts.text.remove(&field);
        drafts.sent.remove(&field);
    }
    for (field, text) in send {
        let action = match field {
            Field::Title(group) => Action::SetTitle {
                group,
                title: text.clone(),
            },
            Field::Pitch(group) => Action::SetPitch {
                group,
                pitch: text.clone(),
            },
            _ => continue,
        };
        drafts.sent.insert(field, text);
        acts.write(Act(action));
    }
}

/// The "add it to our hand" button of the new-card form: sends the card.
/// The form closes and clears when the engine accepts it; if it refuses, the
/// room sees why and the text stays.
pub fn write_card(
    group: usize,
) -> impl FnMut(
    On<bevy::picking::events::Pointer<bevy::picking::events::Click>>,
    Res<Drafts>,
    MessageWriter<Act>,
) {
    move |mut click, drafts, mut acts| {
        click.propagate(false);
        let title = drafts
            .text
            .get(&Field::NewTitle(group))
            .cloned()
            .unwrap_or_default();
        let text = drafts
            .text
            .get(&Field::NewText(group))
            .cloned()
            .unwrap_or_default();
        acts.write(Act(Action::WriteIdea { group, title, text }));
    }
}

/// Opens or closes a group's new-card form.
pub fn toggle_writing(
    group: usize,
) -> impl FnMut(
    On<bevy::picking::events::Pointer<bevy::picking::events::Click>>,
    ResMut<Writing>,
    Res<Game>,
) {
    move |mut click, mut writing, game| {
        click.propagate(false);
        let written = game.session.as_ref().map_or(0, |s| s.state().written.len());
        if writing.0.remove(&group).is_none() {
            writing.0.insert(group, written);
        }
    }
}

/// Closes the form of a group whose new card the engine accepted.
fn close_accepted(game: Res<Game>, mut writing: ResMut<Writing>, mut drafts: ResMut<Drafts>) {
    let Some(session) = &game.session else {
        writing.0.clear();
        return;
    };
    let written = &session.state().written;
    let accepted: Vec<usize> = writing
        .0
        .iter()
        .filter(|(g, since)| written.iter().skip(**since).any(|w| w.group == **g))
        .map(|(g, _)| *g)
        .collect();
    for g in accepted {
        writing.0.remove(&g);
        drafts.text.remove(&Field::NewTitle(g));
        drafts.text.remove(&Field::NewText(g));
    }
}

/// A press anywhere but in a text field lets go of the field, so what was
/// typed reaches the engine (a tap on the table is "done").
fn press_elsewhere(
    press: On<bevy::picking::events::Pointer<bevy::picking::events::Press>>,
    fields: Query<(), With<EditableText>>,
    focus: Option<ResMut<InputFocus>>,
) {
    let Some(mut focus) = focus else { return };
    let pressed = press.original_event_target();
    if press.event_target() != pressed || fields.contains(pressed) {
        return; // bubbling up from the first target, or a press in a field
    }
    if focus.get().is_some_and(|e| fields.contains(e)) {
        focus.clear();
    }
}
