//! The floor the game is measured against (`scripts/bench-app`,
//! `docs/performance.md`): the least an app on this stack can be — Bevy with
//! the game's own features and bevy_egui, one window, one camera, one line of
//! egui text, resting between events like the game does. Whatever the game
//! costs beyond this is the game's own.
//!
//! Run it like the game's probes: `LIVINGLAB_PROBE=first-frame:FILE` quits
//! after the first frame is shown; without a probe it stays open.

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use livinglab::app::probe::{Drawn, Probe, ProbePlugin};

fn main() -> AppExit {
    let probe = match Probe::from_env() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return AppExit::error();
        }
    };
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Living Lab floor".into(),
                    resolution: WindowResolution::new(Probe::WINDOW.0, Probe::WINDOW.1),
                    ..default()
                }),
                ..default()
            })
            // As quiet as the game.
            .set(bevy::log::LogPlugin {
                filter: "warn".into(),
                ..default()
            }),
    )
    .add_plugins(EguiPlugin::default())
    .insert_resource(WinitSettings::desktop_app())
    .init_resource::<Drawn>()
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    })
    .add_systems(EguiPrimaryContextPass, draw);
    if let Some(p) = probe {
        app.add_plugins(ProbePlugin(p));
    }
    app.run()
}

fn draw(mut contexts: EguiContexts, mut drawn: ResMut<Drawn>) -> Result {
    egui::Window::new("Living Lab floor").show(contexts.ctx_mut()?, |ui| {
        ui.heading("One window, one camera, one line of egui text.");
    });
    if !drawn.0 {
        drawn.0 = true;
    }
    Ok(())
}
