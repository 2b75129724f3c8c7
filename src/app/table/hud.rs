//! The countdown and the message for the room, updated without a rebuild.

use super::*;

/// The big countdown.
#[derive(Component)]
pub struct TimerText;

/// The message for the room (why a move was refused).
#[derive(Component)]
pub struct ToastText;

/// The text of the entities marked `M` (and not `N`).
type TextOf<'w, 's, M, N> =
    Query<'w, 's, (&'static mut Text, &'static mut TextColor), (With<M>, Without<N>)>;

/// Updates the countdown and the message; flashes when the time is up.
pub(super) fn tick(
    game: Res<Game>,
    clock: Res<crate::app::game::Clock>,
    toast: Res<Toast>,
    time: Res<Time<Real>>,
    mut timers: TextOf<TimerText, ToastText>,
    mut toasts: TextOf<ToastText, TimerText>,
) {
    let Some(session) = &game.session else { return };
    let now = clock.now(Some(session));
    let t = &session.state().timer;
    let secs = time.elapsed_secs_f64();
    for (mut text, mut colour) in &mut timers {
        let shown = if t.is_up(now) {
            "Time is up".to_string()
        } else {
            let mut s = crate::session::clock::countdown(t.remaining(now));
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
    for (mut text, mut colour) in &mut toasts {
        let shown = if toast.visible(secs) {
            toast.text.clone()
        } else {
            String::new()
        };
        if text.0 != shown {
            text.0 = shown;
        }
        let c = if toast.refused {
            Color::srgb(1.0, 0.55, 0.5)
        } else {
            Color::srgb(0.6, 0.95, 0.65)
        };
        if colour.0 != c {
            colour.0 = c;
        }
    }
}
