//! The presenter console: the facilitator's panel in a window of its own
//! (on a second display when there is one), like a slide deck's presenter
//! view. The room's screen then shows only what the room reads: the table,
//! the timer, messages and the join card. Closing the console puts the
//! panel back on the room's screen; closing the room's screen while the
//! console is open asks first.

use bevy::camera::RenderTarget;
use bevy::ecs::schedule::ScheduleLabel;
use bevy::prelude::*;
use bevy::window::{
    Monitor, MonitorSelection, PrimaryWindow, WindowCloseRequested, WindowPosition, WindowRef,
    WindowResolution,
};

use super::panel::{Confirm, PanelState};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Console>()
        .add_systems(Update, (open_and_close, close_requests));
}

/// The egui pass of the console's window.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ConsolePass;

/// Whether the facilitator wants the console, and its window once open.
#[derive(Resource, Default, Debug)]
pub struct Console {
    pub wanted: bool,
    pub window: Option<Entity>,
    camera: Option<Entity>,
    /// A second display is connected: the console opens there.
    pub second_display: bool,
}

impl Console {
    /// The console from the start (`--console`).
    pub fn on() -> Console {
        Console {
            wanted: true,
            ..default()
        }
    }

    /// True while the console's window is open.
    pub fn open(&self) -> bool {
        self.window.is_some()
    }

    /// True when the console is open but about to close: the room's
    /// screen takes the panel back in this frame already.
    pub fn wanted_closed(&self) -> bool {
        self.window.is_some() && !self.wanted
    }
}

/// Opens the console's window when it is wanted, on the second display if
/// there is one; notices when it was closed, and puts the panel back.
fn open_and_close(
    mut commands: Commands,
    mut console: ResMut<Console>,
    mut panel: ResMut<PanelState>,
    windows: Query<(), With<Window>>,
    monitors: Query<(), With<Monitor>>,
) {
    if let Some(w) = console.window
        && windows.get(w).is_err()
    {
        // Closed by the facilitator.
        if let Some(c) = console.camera.take() {
            commands.entity(c).despawn();
        }
        console.window = None;
        console.wanted = false;
        panel.visible = true;
        return;
    }
    let second = monitors.iter().count() > 1;
    if console.second_display != second {
        console.second_display = second;
    }
    match (console.wanted, console.window) {
        (true, None) => {
            let window = commands
                .spawn(Window {
                    title: format!(
                        "Living Lab — {}",
                        crate::say!(super::game::machine_words(), "console-title")
                    ),
                    resolution: WindowResolution::new(900, 1000),
                    position: if second {
                        WindowPosition::Centered(MonitorSelection::Index(1))
                    } else {
                        WindowPosition::Automatic
                    },
                    ..default()
                })
                .id();
            let camera = commands
                .spawn((
                    Camera2d,
                    Camera {
                        order: 1,
                        ..default()
                    },
                    RenderTarget::Window(WindowRef::Entity(window)),
                    Msaa::Off,
                    bevy_egui::EguiSchedule::new(ConsolePass),
                    Name::new("console camera"),
                ))
                .id();
            console.window = Some(window);
            console.camera = Some(camera);
        }
        (false, Some(w)) => {
            commands.entity(w).despawn();
            if let Some(c) = console.camera.take() {
                commands.entity(c).despawn();
            }
            console.window = None;
            panel.visible = true;
        }
        _ => {}
    }
}

/// Closing the console closes it; closing the room's window while the
/// console is open asks on the console first (with no console, the game
/// closes as it always has).
fn close_requests(
    mut commands: Commands,
    mut requests: MessageReader<WindowCloseRequested>,
    mut console: ResMut<Console>,
    mut panel: ResMut<PanelState>,
    primary: Query<(), With<PrimaryWindow>>,
    mut exit: MessageWriter<AppExit>,
) {
    for r in requests.read() {
        let is_primary = primary.get(r.window).is_ok();
        match on_close(Some(r.window) == console.window, is_primary, console.open()) {
            Closing::Console => console.wanted = false,
            Closing::AskFirst => panel.confirm = Some(Confirm::Quit),
            Closing::Game => {
                exit.write(AppExit::Success);
            }
            Closing::Window => commands.entity(r.window).despawn(),
        }
    }
}

/// What closing a window does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Closing {
    /// The console closes; the panel goes back to the room's screen.
    Console,
    /// The facilitator is asked on the console first.
    AskFirst,
    /// The game closes (its session is saved after every action).
    Game,
    /// Any other window simply closes.
    Window,
}

fn on_close(is_console: bool, is_room: bool, console_open: bool) -> Closing {
    match (is_console, is_room, console_open) {
        (true, _, _) => Closing::Console,
        (false, true, true) => Closing::AskFirst,
        (false, true, false) => Closing::Game,
        (false, false, _) => Closing::Window,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_the_rooms_window_asks_first_only_while_the_console_is_open() {
        assert_eq!(on_close(true, false, true), Closing::Console);
        assert_eq!(on_close(false, true, true), Closing::AskFirst);
        assert_eq!(on_close(false, true, false), Closing::Game);
        assert_eq!(on_close(false, false, false), Closing::Window);
    }
}
