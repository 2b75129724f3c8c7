//! Measurement hooks for `scripts/bench-app` (see `docs/performance.md`).
//! Nothing here runs unless the environment variable `LIVINGLAB_PROBE` asks
//! for it, and the same hooks serve the game and the floor it is compared
//! with (`examples/floor.rs`), so both are measured the same way:
//!
//! - `first-frame:FILE` — when the first frame showing a screen's content
//!   has been presented, write the wall-clock time (nanoseconds since the
//!   Unix epoch) to FILE and quit. The harness subtracts the time it
//!   started the process.
//! - `drag:FILE` / `still:FILE` — draw continuously; once the table has
//!   settled, record `LIVINGLAB_PROBE_FRAMES` frames (600 unless set) while
//!   a scripted mouse drags cards across the table (or while nothing
//!   moves), write the per-frame times as JSON to FILE and quit.
//!
//! Per-frame times are kept as Bevy diagnostics: [`OWN`] is the CPU time
//! of the app's own systems — the whole `Update` schedule (where all the
//! game's systems run, with the few Bevy puts there) and the game's egui
//! pass, each run on one thread while probing so that the thread's CPU
//! clock sees all of it; [`UPDATE`] is the wall time the main world takes
//! for one update — the app's systems and the Bevy systems they rely on
//! (UI layout, text, picking, egui) — and Bevy's own frame time is the
//! time from one frame to the next, rendering included.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use bevy::app::MainScheduleOrder;
use bevy::camera::RenderTarget;
use bevy::diagnostic::{
    Diagnostic, DiagnosticPath, Diagnostics, DiagnosticsStore, FrameTimeDiagnosticsPlugin,
    RegisterDiagnostic,
};
use bevy::ecs::schedule::{ScheduleLabel, SingleThreadedExecutor};
use bevy::picking::pointer::{Location, PointerAction, PointerButton, PointerId, PointerInput};
use bevy::prelude::*;
use bevy::render::extract_resource::ExtractResourcePlugin;
use bevy::render::view::ExtractedWindows;
use bevy::render::{Render, RenderApp, RenderSystems};
use bevy::ui::UiGlobalTransform;
use bevy::window::{PrimaryWindow, WindowRef};
use bevy::winit::WinitSettings;
use bevy_egui::EguiPrimaryContextPass;

use super::table::{CardView, DropZone, Place};

/// The environment variable that turns a probe on.
pub const VAR: &str = "LIVINGLAB_PROBE";
/// How many frames a `drag` or `still` probe records.
pub const FRAMES_VAR: &str = "LIVINGLAB_PROBE_FRAMES";

/// The main world's time for one update, in milliseconds.
pub const UPDATE: DiagnosticPath = DiagnosticPath::const_new("livinglab/update_ms");
/// The CPU time of the app's own systems in one update, in milliseconds.
pub const OWN: DiagnosticPath = DiagnosticPath::const_new("livinglab/own_cpu_ms");
/// The main world's CPU time for one update, every schedule from `First` to
/// `Last` (observers run inside them), in milliseconds.
pub const MAIN: DiagnosticPath = DiagnosticPath::const_new("livinglab/main_cpu_ms");

pub use super::window::{DrawContinuously, Drawn, Own};

/// What to measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Probe {
    FirstFrame(PathBuf),
    Frames {
        drag: bool,
        out: PathBuf,
        frames: usize,
    },
}

impl Probe {
    /// The probe the environment asks for, if any.
    pub fn from_env() -> Result<Option<Probe>, String> {
        let Some(spec) = std::env::var_os(VAR) else {
            return Ok(None);
        };
        let spec = spec
            .into_string()
            .map_err(|_| format!("{VAR} is not valid text"))?;
        let frames = match std::env::var(FRAMES_VAR) {
            Ok(n) => n
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|n| (10..=100_000).contains(n))
                .ok_or_else(|| {
                    format!("{FRAMES_VAR} must be a number of frames from 10 to 100000, not {n:?}")
                })?,
            Err(_) => 600,
        };
        Probe::parse(&spec, frames).map(Some)
    }

    /// Reads `first-frame:FILE`, `drag:FILE` or `still:FILE`.
    pub fn parse(spec: &str, frames: usize) -> Result<Probe, String> {
        let (kind, file) = spec.split_once(':').ok_or_else(|| {
            format!("{VAR} is KIND:FILE with KIND first-frame, drag or still, not {spec:?}")
        })?;
        if file.is_empty() {
            return Err(format!("{VAR} names no file to write to"));
        }
        let out = PathBuf::from(file);
        match kind {
            "first-frame" => Ok(Probe::FirstFrame(out)),
            "drag" => Ok(Probe::Frames {
                drag: true,
                out,
                frames,
            }),
            "still" => Ok(Probe::Frames {
                drag: false,
                out,
                frames,
            }),
            other => Err(format!(
                "{VAR}: unknown probe {other:?}; use first-frame, drag or still"
            )),
        }
    }

    /// The window size every probe runs at: a workshop TV's 1080p.
    pub const WINDOW: (u32, u32) = super::TV;
}

/// The probe as a Bevy plugin.
pub struct ProbePlugin(pub Probe);

impl Plugin for ProbePlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Drawn>()
            .insert_resource(WinitSettings::continuous())
            .insert_resource(DrawContinuously);
        match &self.0 {
            Probe::FirstFrame(out) => first_frame(app, out.clone()),
            Probe::Frames { drag, out, frames } => frame_times(app, *drag, out.clone(), *frames),
        }
    }
}

/// Shared between the main and the render world: the first frame is out.
#[derive(Resource, Clone)]
struct FirstFrame {
    out: PathBuf,
    done: Arc<AtomicBool>,
}

fn first_frame(app: &mut App, out: PathBuf) {
    let shared = FirstFrame {
        out,
        done: Arc::new(AtomicBool::new(false)),
    };
    app.add_plugins(ExtractResourcePlugin::<Drawn>::default())
        .insert_resource(shared.clone())
        .add_systems(
            Last,
            |first: Res<FirstFrame>, mut exit: MessageWriter<AppExit>| {
                if first.done.load(Ordering::Acquire) {
                    exit.write(AppExit::Success);
                }
            },
        );
    if let Some(render) = app.get_sub_app_mut(RenderApp) {
        render
            .insert_resource(shared)
            .add_systems(Render, presented.in_set(RenderSystems::Cleanup));
    }
}

/// In the render world, after the frame was handed to the window: the
/// first one that shows a drawn screen is the one measured.
fn presented(windows: Res<ExtractedWindows>, drawn: Option<Res<Drawn>>, first: Res<FirstFrame>) {
    if first.done.load(Ordering::Acquire) || !drawn.is_some_and(|d| d.0) {
        return;
    }
    // A presented frame hands its texture to the window and keeps the view.
    let shown = windows
        .windows
        .values()
        .any(|w| w.swap_chain_texture_view.is_some() && w.swap_chain_texture.is_none());
    if !shown {
        return;
    }
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    if let Err(e) = std::fs::write(&first.out, nanos.to_string()) {
        eprintln!("probe: cannot write {}: {e}", first.out.display());
    }
    first.done.store(true, Ordering::Release);
}

/// Runs before `First` and after `Last`: brackets the main world's update.
#[derive(ScheduleLabel, Debug, Clone, PartialEq, Eq, Hash)]
struct Begin;
#[derive(ScheduleLabel, Debug, Clone, PartialEq, Eq, Hash)]
struct End;
/// Takes `Update`'s place in the main schedule, to run it on a CPU clock.
#[derive(ScheduleLabel, Debug, Clone, PartialEq, Eq, Hash)]
struct TimedUpdate;

/// The CPU time this thread has used, in nanoseconds; `None` where the
/// system offers no thread clock.
fn thread_cpu_nanos() -> Option<u64> {
    #[cfg(unix)]
    {
        let mut t = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `t` is a valid, writable timespec for the call.
        let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
        ok.then(|| t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// CPU time of the app's own systems in this update.
#[derive(Resource, Default)]
struct OwnTime {
    nanos: u64,
    /// The thread and its CPU clock when the update began.
    main_began: Option<(std::thread::ThreadId, u64)>,
    /// A clock reading on this thread, taken before the egui pass.
    pass: Option<(std::thread::ThreadId, u64)>,
    /// False when a reading was missing: the figure is not recorded.
    complete: bool,
}

fn timed_update(world: &mut World) {
    let before = thread_cpu_nanos();
    world.run_schedule(Update);
    let after = thread_cpu_nanos();
    let mut own = world.resource_mut::<OwnTime>();
    match (before, after) {
        (Some(b), Some(a)) => own.nanos += a.saturating_sub(b),
        _ => own.complete = false,
    }
}

fn pass_begins(mut own: ResMut<OwnTime>) {
    own.pass = thread_cpu_nanos().map(|t| (std::thread::current().id(), t));
}

fn pass_ends(mut own: ResMut<OwnTime>) {
    match (own.pass.take(), thread_cpu_nanos()) {
        (Some((thread, b)), Some(a)) if thread == std::thread::current().id() => {
            own.nanos += a.saturating_sub(b);
        }
        _ => own.complete = false,
    }
}

#[derive(Resource)]
struct Recorder {
    drag: bool,
    out: PathBuf,
    frames: usize,
    began: Option<Instant>,
    /// Frames seen on the table so far (the first are for settling).
    table_frames: usize,
    recorded: usize,
    drags: usize,
    /// Recorded frames that carry a drop: the frame of the release and the
    /// two after it (picking delivers the drop, the engine applies it, the
    /// table redraws what changed).
    drop_frames: Vec<usize>,
    /// Frames left that carry the last release.
    carrying: usize,
    /// The scripted pointer: where it is, and where it goes next.
    pointer: Option<Vec2>,
    path: Vec<Step>,
}

/// One frame of the scripted drag.
#[derive(Debug, Clone, Copy)]
enum Step {
    Press(Vec2),
    Move(Vec2),
    Release(Vec2),
    Wait,
}

/// Frames on the table before recording starts: fonts, pipelines and the
/// first layouts are done by then.
const SETTLE_FRAMES: usize = 240;
/// Frames a drag takes to cross the table, and to come back to the hand's group.
const DRAG_FRAMES: usize = 50;

fn frame_times(app: &mut App, drag: bool, out: PathBuf, frames: usize) {
    app.add_plugins(FrameTimeDiagnosticsPlugin::new(frames + 64))
        .register_diagnostic(Diagnostic::new(UPDATE).with_max_history_length(frames + 64))
        .register_diagnostic(Diagnostic::new(OWN).with_max_history_length(frames + 64))
        .register_diagnostic(Diagnostic::new(MAIN).with_max_history_length(frames + 64))
        .init_resource::<OwnTime>()
        .insert_resource(Recorder {
            drag,
            out,
            frames,
            began: None,
            table_frames: 0,
            recorded: 0,
            drags: 0,
            drop_frames: Vec::new(),
            carrying: 0,
            pointer: None,
            path: Vec::new(),
        })
        .init_schedule(Begin)
        .init_schedule(End)
        .init_schedule(TimedUpdate)
        .add_systems(Begin, begin)
        .add_systems(First, script_pointer)
        .add_systems(TimedUpdate, timed_update)
        .add_systems(
            EguiPrimaryContextPass,
            (pass_begins.before(Own), pass_ends.after(Own)),
        )
        .add_systems(End, end);
    // Every schedule of the main world on one thread, so that the main
    // thread's CPU clock counts every system and observer.
    let labels: Vec<_> = app.world().resource::<MainScheduleOrder>().labels.clone();
    for label in labels
        .into_iter()
        .chain([Update.intern(), EguiPrimaryContextPass.intern()])
    {
        app.edit_schedule(label, |s| {
            s.set_executor(SingleThreadedExecutor::new());
        });
    }
    let mut order = app.world_mut().resource_mut::<MainScheduleOrder>();
    order.insert_before(First, Begin);
    order.insert_after(Last, End);
    if let Some(update) = order.labels.iter_mut().find(|l| **l == Update.intern()) {
        *update = TimedUpdate.intern();
    }
}

fn begin(mut recorder: ResMut<Recorder>, mut own: ResMut<OwnTime>) {
    recorder.began = Some(Instant::now());
    *own = OwnTime {
        complete: true,
        main_began: thread_cpu_nanos().map(|t| (std::thread::current().id(), t)),
        ..default()
    };
}

fn recording(r: &Recorder) -> bool {
    r.table_frames >= SETTLE_FRAMES && r.recorded < r.frames
}

/// Plans and plays the scripted drag: each card in turn is pressed in its
/// group's hand, carried across the middle of the table, and dropped into
/// its group's solution frame.
fn script_pointer(
    mut recorder: ResMut<Recorder>,
    windows: Query<(Entity, &Window), With<PrimaryWindow>>,
    cards: Query<(&CardView, &UiGlobalTransform)>,
    zones: Query<(&DropZone, &UiGlobalTransform)>,
    mut inputs: MessageWriter<PointerInput>,
) {
    if !recorder.drag || !recording(&recorder) {
        return;
    }
    let Ok((window, w)) = windows.single() else {
        return;
    };
    let scale = w.scale_factor().max(0.01);
    if recorder.path.is_empty() {
        let centre = Vec2::new(w.width(), w.height()) / 2.0;
        let mut hands: Vec<(usize, Vec2)> = cards
            .iter()
            .filter(|(c, _)| c.place == Place::Hand)
            .map(|(c, t)| (c.group, t.translation / scale))
            .collect();
        hands.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.x.total_cmp(&b.1.x)));
        if hands.is_empty() {
            // Nothing to drag: still record, as a still frame.
            recorder.path.push(Step::Wait);
        } else {
            let (group, from) = hands[recorder.drags % hands.len()];
            let to = zones
                .iter()
                .find(|(z, _)| z.group == Some(group) && z.area == super::table::Area::Solution)
                .map_or(centre, |(_, t)| t.translation / scale);
            recorder.path.push(Step::Press(from));
            for i in 1..=DRAG_FRAMES {
                recorder
                    .path
                    .push(Step::Move(from.lerp(centre, i as f32 / DRAG_FRAMES as f32)));
            }
            for i in 1..=DRAG_FRAMES {
                recorder
                    .path
                    .push(Step::Move(centre.lerp(to, i as f32 / DRAG_FRAMES as f32)));
            }
            recorder.path.push(Step::Release(to));
            recorder.path.extend([Step::Wait; 8]);
            recorder.path.reverse();
            recorder.drags += 1;
        }
    }
    let Some(step) = recorder.path.pop() else {
        return;
    };
    let Some(target) = RenderTarget::Window(WindowRef::Entity(window)).normalize(Some(window))
    else {
        return;
    };
    let at = |position: Vec2| Location {
        target: target.clone(),
        position,
    };
    let input = match step {
        Step::Press(p) => {
            let last = recorder.pointer.unwrap_or(p);
            inputs.write(PointerInput::new(
                PointerId::Mouse,
                at(p),
                PointerAction::Move { delta: p - last },
            ));
            Some((p, PointerAction::Press(PointerButton::Primary)))
        }
        Step::Move(p) => Some((
            p,
            PointerAction::Move {
                delta: p - recorder.pointer.unwrap_or(p),
            },
        )),
        Step::Release(p) => {
            recorder.carrying = 3;
            Some((p, PointerAction::Release(PointerButton::Primary)))
        }
        Step::Wait => None,
    };
    if let Some((p, action)) = input {
        inputs.write(PointerInput::new(PointerId::Mouse, at(p), action));
        recorder.pointer = Some(p);
    }
}

fn end(
    mut recorder: ResMut<Recorder>,
    own: Res<OwnTime>,
    screen: Res<State<super::screens::Screen>>,
    mut diagnostics: Diagnostics,
    store: Res<DiagnosticsStore>,
    mut exit: MessageWriter<AppExit>,
) {
    let on_table = matches!(
        screen.get(),
        super::screens::Screen::Table | super::screens::Screen::Negotiate
    );
    if !on_table {
        return;
    }
    let took = recorder.began.map(|b| b.elapsed());
    let own_ms = own.complete.then(|| own.nanos as f64 / 1e6);
    // Only when the update ended on the thread it began on: two threads'
    // clocks cannot be subtracted.
    let main_ms = own
        .main_began
        .filter(|(thread, _)| *thread == std::thread::current().id())
        .zip(thread_cpu_nanos())
        .map(|((_, b), a)| a.saturating_sub(b) as f64 / 1e6);
    if recording(&recorder) {
        if let Some(took) = took {
            diagnostics.add_measurement(&UPDATE, || took.as_secs_f64() * 1000.0);
        }
        if let Some(ms) = own_ms {
            diagnostics.add_measurement(&OWN, || ms);
        }
        if let Some(ms) = main_ms {
            diagnostics.add_measurement(&MAIN, || ms);
        }
        if recorder.carrying > 0 {
            recorder.carrying -= 1;
            let frame = recorder.recorded;
            recorder.drop_frames.push(frame);
        }
        recorder.recorded += 1;
        if recorder.recorded == recorder.frames {
            let values = |path: &DiagnosticPath| -> Vec<f64> {
                store
                    .get(path)
                    .map(|d| d.values().copied().collect())
                    .unwrap_or_default()
            };
            // The measurement of this frame is applied after this system,
            // so the store holds the frames before it: add this one here.
            let mut update = values(&UPDATE);
            if let Some(took) = took {
                update.push(took.as_secs_f64() * 1000.0);
            }
            let mut own_cpu = values(&OWN);
            own_cpu.extend(own_ms);
            let mut main_cpu = values(&MAIN);
            main_cpu.extend(main_ms);
            let frame = values(&FrameTimeDiagnosticsPlugin::FRAME_TIME);
            let json = serde_json::json!({
                "probe": if recorder.drag { "drag" } else { "still" },
                "frames": recorder.frames,
                "drags": recorder.drags,
                "update_ms": last(update, recorder.frames),
                "own_cpu_ms": last(own_cpu, recorder.frames),
                "main_cpu_ms": last(main_cpu, recorder.frames),
                "drop_frames": recorder.drop_frames,
                "frame_ms": last(frame, recorder.frames),
            });
            if let Err(e) = std::fs::write(&recorder.out, json.to_string()) {
                eprintln!("probe: cannot write {}: {e}", recorder.out.display());
                exit.write(AppExit::error());
                return;
            }
            exit.write(AppExit::Success);
        }
    } else {
        recorder.table_frames += 1;
    }
}

/// The last `n` of `values`.
fn last(values: Vec<f64>, n: usize) -> Vec<f64> {
    let skip = values.len().saturating_sub(n);
    values.into_iter().skip(skip).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_probes_and_refuses_the_rest() {
        assert_eq!(
            Probe::parse("first-frame:/tmp/x", 600),
            Ok(Probe::FirstFrame("/tmp/x".into()))
        );
        assert_eq!(
            Probe::parse("drag:out.json", 90),
            Ok(Probe::Frames {
                drag: true,
                out: "out.json".into(),
                frames: 90
            })
        );
        assert!(matches!(
            Probe::parse("still:a:b", 600),
            Ok(Probe::Frames { drag: false, .. })
        ));
        assert!(Probe::parse("drag", 600).unwrap_err().contains("KIND:FILE"));
        assert!(Probe::parse("drag:", 600).unwrap_err().contains("no file"));
        assert!(
            Probe::parse("sprint:x", 600)
                .unwrap_err()
                .contains("unknown probe")
        );
    }
}
