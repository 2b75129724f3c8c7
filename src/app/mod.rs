//! The Bevy shell: the game facilitators and players use around one shared
//! screen. One plugin per file; screens are Bevy states; the session is held
//! in one resource and changed only through engine actions.

mod bidi;
mod console;
pub mod devices;
mod fonts;
pub mod game;
pub mod gpu;
mod icon;
mod keys;
pub mod layout;
pub mod live;
pub mod negotiate;
mod open;
mod panel;
pub mod pictures;
#[cfg(feature = "probe")]
pub mod probe;
pub mod room;
pub mod screens;
mod setup;
pub mod table;
mod theme;
mod title;
mod tour;
pub mod typing;
mod ui;
pub mod window;

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::window::{WindowMode, WindowResolution};

pub use game::{Act, Command, Game};
pub use ui::quiet_egui;
pub use window::camera;

/// The facilitator panel's state (for tests).
pub mod panel_state {
    pub use super::panel::{Confirm, PanelState};
}
pub use console::Console;
pub use screens::Screen;
pub use title::Catalog;

use crate::session::{self, Store};

/// How the game starts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Start a new session with this deck, skipping the title screen.
    pub deck: Option<PathBuf>,
    /// Resume this saved session.
    pub resume: Option<PathBuf>,
    /// Where sessions are saved.
    pub data_dir: PathBuf,
    /// Folders with the bundled decks.
    pub scenarios: Vec<PathBuf>,
    pub fullscreen: bool,
    /// Take a picture of each screen of this session into this folder, then quit.
    pub tour: Option<(PathBuf, PathBuf)>,
    /// Serve the device page from the start, on this port (or the next free one).
    pub devices: Option<u16>,
    /// A device that joins waits for the facilitator to admit it.
    pub lobby: bool,
    /// What devices write waits for the facilitator's approval.
    pub hold_text: bool,
    /// Open the facilitator's panel in a window of its own from the start.
    pub console: bool,
    /// Write the number of frames drawn to this file (to check the app rests).
    #[cfg(feature = "probe")]
    pub frame_log: Option<PathBuf>,
    /// Draw every frame, as if something moved all the time (the idle
    /// test's comparison).
    #[cfg(feature = "probe")]
    pub draw_continuously: bool,
    /// Measure start-up or frame times for `scripts/bench-app`.
    #[cfg(feature = "probe")]
    pub probe: Option<probe::Probe>,
}

/// The window size of the screenshot tour and of every probe: a workshop
/// TV's 1080p.
pub const TV: (u32, u32) = (1920, 1080);

/// The plugins that hold the game's logic and views, without a window or
/// egui: what the headless tests run.
pub fn core_plugin(app: &mut App) {
    app.add_plugins((
        game::plugin,
        screens::plugin,
        theme::plugin,
        fonts::plugin,
        table::plugin,
        negotiate::plugin,
        room::plugin,
        keys::plugin,
        panel::plugin,
        typing::plugin,
        live::plugin,
        title::plugin,
        setup::plugin,
        devices::plugin,
        pictures::plugin,
    ));
}

/// True when a probe measures this run (it runs at 1080p).
fn measuring(options: &Options) -> bool {
    #[cfg(feature = "probe")]
    return options.probe.is_some();
    #[cfg(not(feature = "probe"))]
    {
        let _ = options;
        false
    }
}

/// The measurements `scripts/bench-app` and the idle test ask for.
#[cfg(feature = "probe")]
fn measure(app: &mut App, options: &Options) {
    if let Some(p) = &options.probe {
        app.add_plugins(probe::ProbePlugin(p.clone()));
    }
    if options.draw_continuously {
        app.insert_resource(window::DrawContinuously)
            .insert_resource(bevy::winit::WinitSettings::continuous());
    }
    if let Some(path) = &options.frame_log {
        let path = path.clone();
        let mut tmp = path.clone().into_os_string();
        tmp.push(".tmp");
        app.add_systems(Last, move |frames: Res<bevy::diagnostic::FrameCount>| {
            // Renamed into place, so a reader never sees it half written.
            if std::fs::write(&tmp, frames.0.to_string()).is_ok() {
                let _ = std::fs::rename(&tmp, &path);
            }
        });
    }
}

/// What the game adds on a screen: egui (the facilitator panel and the
/// egui screens) and the window's camera, scale and pacing.
pub fn screen_plugin(app: &mut App) {
    app.add_plugins(bevy_egui::EguiPlugin::default());
    app.add_plugins((
        ui::plugin,
        window::plugin,
        console::plugin,
        icon::plugin,
        open::plugin,
    ));
}

/// Bevy's default plugins with a window of `size` but no window system and
/// no renderer: the real UI layout, text and picking, driven frame by frame
/// with `App::update` (for tests of touch input and the table's benchmark).
pub fn headless(app: &mut App, size: (u32, u32)) {
    use bevy::render::{RenderPlugin, settings::WgpuSettings};
    app.add_plugins(
        DefaultPlugins
            .build()
            .disable::<bevy::winit::WinitPlugin>()
            .disable::<bevy::log::LogPlugin>()
            .set(RenderPlugin {
                render_creation: WgpuSettings {
                    backends: None,
                    ..default()
                }
                .into(),
                ..default()
            })
            .set(WindowPlugin {
                primary_window: Some(Window {
                    resolution: WindowResolution::new(size.0, size.1),
                    ..default()
                }),
                ..default()
            }),
    );
}

/// Runs the game until the window closes.
pub fn run(options: Options) -> AppExit {
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Living Lab".into(),
                    // The window's class on X11 and app id on Wayland: what a
                    // desktop matches to livinglab.desktop and its icon.
                    name: Some("livinglab".into()),
                    // The pictures of the tour are taken at 1080p, the size of a workshop TV.
                    resolution: if options.tour.is_some() || measuring(&options) {
                        WindowResolution::new(TV.0, TV.1)
                    } else {
                        WindowResolution::new(1600, 900)
                    },
                    mode: if options.fullscreen {
                        WindowMode::BorderlessFullscreen(bevy::window::MonitorSelection::Current)
                    } else {
                        WindowMode::Windowed
                    },
                    ..default()
                }),
                // Closing the room's window asks first while the console is open.
                close_when_requested: false,
                ..default()
            })
            .set(bevy::log::LogPlugin {
                filter: "warn,livinglab=info,bevy_render::view::window::screenshot=info".into(),
                ..default()
            }),
    );
    app.insert_resource(Game::new(Store::new(options.data_dir.clone())));
    app.insert_resource(Catalog::scan(&options.scenarios));
    app.add_plugins((core_plugin, screen_plugin, tour::plugin));
    if let Some(port) = options.devices {
        let mut on = devices::Devices::on(port);
        on.door.lobby = options.lobby;
        on.door.hold_text = options.hold_text;
        app.insert_resource(on);
    }
    if options.console {
        app.insert_resource(console::Console::on());
    }
    #[cfg(feature = "probe")]
    measure(&mut app, &options);
    let mut start: Vec<Command> = Vec::new();
    if let Some(path) = &options.resume {
        start.push(Command::Resume(path.clone()));
    } else if let Some(path) = &options.deck {
        match crate::deck::load(path) {
            Ok(loaded) => start.push(Command::NewSession(
                Box::new(loaded.deck),
                Some(path.clone()),
            )),
            Err(e) => {
                // The title screen shows the deck's problems.
                let mut title = title::TitleState {
                    path: path.display().to_string(),
                    ..default()
                };
                title.opened = Some(title::DeckEntry {
                    path: path.clone(),
                    result: Err(e.rendered),
                    bundled: false,
                });
                app.insert_resource(title);
            }
        }
    }
    if let Some((file, dir)) = &options.tour {
        match session::load(file)
            .map_err(|e| e.to_string())
            .and_then(|s| tour::Tour::of(&s, dir.clone()))
        {
            Ok(t) => {
                // Draw continuously: each picture waits for the screen to settle.
                app.insert_resource(t)
                    .insert_resource(window::DrawContinuously)
                    .insert_resource(bevy::winit::WinitSettings::continuous())
                    .insert_resource(game::Clock::Frozen);
            }
            Err(e) => {
                eprintln!("cannot take the screenshots: {e}");
                return AppExit::error();
            }
        }
    }
    app.add_systems(Startup, move |mut commands: MessageWriter<Command>| {
        for c in &start {
            commands.write(c.clone());
        }
    });
    app.run()
}
