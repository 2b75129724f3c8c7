//! The countdown, updated without a rebuild.

use super::*;

/// The big countdown.
#[derive(Component)]
pub struct TimerText;

/// Updates the countdown; flashes when the time is up.
pub(super) fn tick(
    game: Res<Game>,
    clock: Res<crate::app::game::Clock>,
    time: Res<Time<Real>>,
    mut timers: Query<(&mut Text, &mut TextColor), With<TimerText>>,
) {
    let Some(session) = &game.session else { return };
    let now = clock.now(Some(session));
    let t = &session.state().timer;
    let w = crate::app::game::room_words(session);
    let secs = crate::app::game::seconds(&time);
    for (mut text, mut colour) in &mut timers {
        let shown = if t.is_up(now) {
            crate::say!(w, "table-time-up")
        } else {
            let mut s = crate::app::game::countdown(w, t.remaining(now));
            if !t.is_running() {
                s.push_str(" ❚❚");
            }
            s
        };
        if text.0 != shown {
            text.0 = shown;
        }
        let c = if crate::app::window::alarm(t, now, secs) {
            theme::ALARM
        } else {
            theme::PAPER
        };
        if colour.0 != c {
            colour.0 = c;
        }
    }
}
