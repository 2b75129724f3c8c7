//! The floor the game is measured against (`scripts/bench-app`,
//! `docs/performance.md`): the least an app on this stack can be — Bevy with
//! the game's own features and bevy_egui, one window, one line of egui text —
//! with the game's own settings, so that the comparison is fair: the game's
//! camera (no multisampling, `livinglab::app::camera`), its window pacing
//! (`WinitSettings::desktop_app`) and its filter of bevy_egui's per-frame
//! `ModifiersChanged` (`livinglab::app::quiet_egui`), so it rests between
//! events exactly as the game does (tests/screenshots.rs checks that it does).
//! Whatever the game costs beyond this is the game's own.
//!
//! Run it like the game's probes: `LIVINGLAB_PROBE=first-frame:FILE` quits
//! after the first frame is shown; without a probe it stays open.
//! `--frame-log FILE` writes the number of frames drawn so far, as the game's
//! option of that name does.

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
        commands.spawn(livinglab::app::camera());
    })
    .add_systems(EguiPrimaryContextPass, draw);
    livinglab::app::quiet_egui(&mut app);
    if let Some(path) = frame_log() {
        let mut tmp = path.clone().into_os_string();
        tmp.push(".tmp");
        app.add_systems(Last, move |frames: Res<bevy::diagnostic::FrameCount>| {
            if std::fs::write(&tmp, frames.0.to_string()).is_ok() {
                let _ = std::fs::rename(&tmp, &path);
            }
        });
    }
    if let Some(p) = probe {
        app.add_plugins(ProbePlugin(p));
    }
    app.run()
}

/// `--frame-log FILE`, the only option.
fn frame_log() -> Option<std::path::PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        if a == "--frame-log" {
            return args.next().map(Into::into);
        }
    }
    None
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
