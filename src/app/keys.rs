//! The facilitator's keys: Space pauses or resumes the timer, N moves to the
//! next phase, Ctrl+Z and Ctrl+Shift+Z undo and redo, H hides the panel, Esc
//! asks before leaving (F11 is handled with the window).

use bevy::prelude::*;

use super::game::{Act, Command, Game, GameSystems};
use super::panel::{Confirm, PanelState, advance_or_confirm};
use crate::session::{Action, Phase};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Typing>()
        .add_systems(Update, keys.before(GameSystems));
}

/// True while someone is typing into a text field.
#[derive(Resource, Default)]
pub struct Typing(pub bool);

#[allow(clippy::too_many_arguments)]
fn keys(
    input: Res<ButtonInput<KeyCode>>,
    game: Res<Game>,
    typing: Option<Res<Typing>>,
    focus: Option<Res<bevy::input_focus::InputFocus>>,
    fields: Query<(), With<bevy::text::EditableText>>,
    mut panel: ResMut<PanelState>,
    mut acts: MessageWriter<Act>,
    mut commands: MessageWriter<Command>,
) {
    // Keys belong to whoever is typing: in an egui field or in a field on the table.
    let on_table = focus
        .and_then(|f| f.get())
        .is_some_and(|e| fields.contains(e));
    if typing.is_some_and(|t| t.0) || on_table {
        return;
    }
    let Some(session) = &game.session else { return };
    let state = session.state();
    let ctrl = input.any_pressed([
        KeyCode::ControlLeft,
        KeyCode::ControlRight,
        KeyCode::SuperLeft,
        KeyCode::SuperRight,
    ]);
    let shift = input.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    if ctrl && input.just_pressed(KeyCode::KeyZ) {
        commands.write(if shift { Command::Redo } else { Command::Undo });
        return;
    }
    if ctrl && input.just_pressed(KeyCode::KeyY) {
        commands.write(Command::Redo);
        return;
    }
    if ctrl {
        return;
    }
    if input.just_pressed(KeyCode::Space) && !matches!(state.phase, Phase::Setup | Phase::Debrief) {
        acts.write(Act(if state.timer.is_running() {
            Action::PauseTimer
        } else {
            Action::StartTimer
        }));
    }
    if input.just_pressed(KeyCode::KeyN) && state.phase != Phase::Debrief {
        match advance_or_confirm(state) {
            Some(c) => panel.confirm = Some(c),
            None => {
                acts.write(Act(Action::Advance));
            }
        }
    }
    if input.just_pressed(KeyCode::KeyH) {
        panel.visible = !panel.visible;
    }
    if input.just_pressed(KeyCode::Escape) {
        panel.confirm = match panel.confirm {
            Some(_) => None,
            None => Some(Confirm::Leave),
        };
    }
    if input.just_pressed(KeyCode::F11) {
        panel.toggle_fullscreen = true;
    }
}
