//! The window: the camera, the scale that keeps the table the same size
//! relative to any screen (crisp at 4K), full screen, and an app that costs
//! nothing while idle but still draws everything before it rests.

use std::time::Duration;

use bevy::prelude::*;
use bevy::window::{MonitorSelection, PrimaryWindow, RequestRedraw, WindowMode};
use bevy::winit::{UpdateMode, WinitSettings};

use super::game::Game;
use super::layout::CANVAS;
use super::panel::PanelState;
use super::screens::Screen;
use super::table::Canvas;
use super::theme::BACKGROUND;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings::desktop_app())
        .insert_resource(ClearColor(BACKGROUND))
        .init_resource::<Awake>()
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn((Camera2d, IsDefaultUiCamera));
        })
        .add_systems(
            Update,
            (
                scale,
                fullscreen,
                pace.run_if(not(resource_exists::<super::probe::DrawContinuously>)),
            ),
        );
}

/// Maps the 1920×1080 canvas onto the window, leaving room for the panel.
fn scale(
    windows: Query<&Window, With<PrimaryWindow>>,
    panel: Res<PanelState>,
    mut ui_scale: ResMut<UiScale>,
    mut canvas: ResMut<Canvas>,
) {
    let Some(w) = windows.iter().next() else {
        return;
    };
    let (width, height) = (w.width().max(1.0), w.height().max(1.0));
    let s = (width / CANVAS.x).min(height / CANVAS.y).max(0.2);
    if (ui_scale.0 - s).abs() > 1e-3 {
        ui_scale.0 = s;
    }
    let c = Vec2::new(((width - panel.width).max(200.0)) / s, height / s);
    if (canvas.0 - c).length() > 1.0 {
        canvas.0 = c;
    }
}

fn fullscreen(mut panel: ResMut<PanelState>, mut windows: Query<&mut Window, With<PrimaryWindow>>) {
    if !panel.toggle_fullscreen {
        return;
    }
    panel.toggle_fullscreen = false;
    for mut w in &mut windows {
        let full = !matches!(w.mode, WindowMode::Windowed);
        w.mode = if full {
            WindowMode::Windowed
        } else {
            WindowMode::BorderlessFullscreen(MonitorSelection::Current)
        };
        panel.fullscreen = !full;
    }
}

/// When the app last had a reason to draw continuously.
#[derive(Resource, Default)]
struct Awake {
    until: f64,
    seen: Option<(u64, Screen, [i32; 2])>,
}

/// Seconds to keep drawing after start-up and after any change, so render
/// pipelines (compiled in the background) and new text are on screen before
/// the app rests.
const WARM_UP: f64 = 4.0;
const SETTLE: f64 = 0.8;

#[allow(clippy::too_many_arguments)]
/// Rests when nothing moves; wakes once a second while the timer runs, and
/// draws continuously for a moment after start-up and after every change.
fn pace(
    time: Res<Time<Real>>,
    game: Res<Game>,
    screen: Res<State<Screen>>,
    ui_scale: Res<UiScale>,
    canvas: Res<Canvas>,
    mut awake: ResMut<Awake>,
    mut settings: ResMut<WinitSettings>,
    mut redraw: MessageWriter<RequestRedraw>,
    focus: Option<Res<bevy::input_focus::InputFocus>>,
    fields: Query<(), With<bevy::text::EditableText>>,
) {
    let now = time.elapsed_secs_f64();
    let key = (
        game.revision,
        *screen.get(),
        [(ui_scale.0 * 1000.0) as i32, canvas.0.x as i32],
    );
    if awake.seen != Some(key) {
        awake.seen = Some(key);
        awake.until = awake.until.max(now + SETTLE);
    }
    if now < WARM_UP || now < awake.until {
        redraw.write(RequestRedraw);
    }
    let ticking = game
        .session
        .as_ref()
        .is_some_and(|s| s.state().timer.is_running());
    let typing = focus
        .as_ref()
        .and_then(|f| f.get())
        .is_some_and(|e| fields.contains(e));
    let wanted = if typing {
        // The cursor blinks.
        WinitSettings {
            focused_mode: UpdateMode::reactive(Duration::from_millis(500)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(1)),
        }
    } else if ticking {
        WinitSettings {
            focused_mode: UpdateMode::reactive(Duration::from_secs(1)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(1)),
        }
    } else {
        WinitSettings::desktop_app()
    };
    if settings.focused_mode != wanted.focused_mode
        || settings.unfocused_mode != wanted.unfocused_mode
    {
        *settings = wanted;
    }
}
