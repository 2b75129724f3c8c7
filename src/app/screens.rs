//! The screens, as Bevy states. The screen follows the session's phase: the
//! screen never changes the game by itself.

use bevy::prelude::*;

use super::game::{Game, GameSystems};
use crate::session::Phase;

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_systems(Update, follow_phase.after(GameSystems));
}

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Setup,
    /// The deck's briefing, for the whole room.
    Briefing,
    /// Roles, challenge and build: every group's zone around the table.
    Table,
    Present,
    Negotiate,
    /// Each group in turn reports back.
    ReportBack,
    Vote,
    Debrief,
}

impl Screen {
    pub fn for_phase(phase: Phase) -> Screen {
        match phase {
            Phase::Setup => Screen::Setup,
            Phase::Briefing => Screen::Briefing,
            Phase::Roles | Phase::Challenge | Phase::Build => Screen::Table,
            Phase::Present => Screen::Present,
            Phase::Negotiate => Screen::Negotiate,
            Phase::ReportBack => Screen::ReportBack,
            Phase::Vote => Screen::Vote,
            Phase::Debrief => Screen::Debrief,
        }
    }
}

fn follow_phase(game: Res<Game>, screen: Res<State<Screen>>, mut next: ResMut<NextState<Screen>>) {
    let wanted = match &game.session {
        Some(s) => Screen::for_phase(s.state().phase),
        None => Screen::Title,
    };
    if *screen.get() != wanted {
        next.set(wanted);
    }
}
