//! The window: the camera, the scale that keeps the table the same size
//! relative to any screen (crisp at 4K), full screen, and an app that costs
//! nothing while idle but still draws everything before it rests.

use std::time::Duration;

use bevy::prelude::*;
use bevy::render::extract_resource::ExtractResource;
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
            commands.spawn(camera());
        })
        .add_systems(
            Update,
            (
                scale,
                fullscreen,
                pace.run_if(not(resource_exists::<DrawContinuously>)),
            ),
        )
        .add_systems(PostUpdate, beside_panel.before(bevy::ui::UiSystems::Layout));
}

/// The game's camera. No multisampling: the table is flat UI and egui,
/// which smooth their own edges, and 4x samples quadruple the work of every
/// pixel on a machine that renders in software. (The floor app of
/// `scripts/bench-app` uses the same camera.)
pub fn camera() -> impl Bundle {
    (Camera2d, IsDefaultUiCamera, Msaa::Off)
}

/// The game's systems outside `Update` (its egui pass), so the probe can
/// time them; in `Update` every system is timed.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Own;

/// Set once a screen's content has been drawn (by the game's egui pass or
/// the floor's), so the first frame counted is one a person would see.
#[derive(Resource, Clone, Copy, Default, Debug)]
pub struct Drawn(pub bool);

impl ExtractResource for Drawn {
    type Source = Drawn;
    fn extract_resource(source: &Drawn) -> Self {
        *source
    }
}

/// Present when the app must draw every frame (a probe or the screenshot
/// tour), so the window's idle pacing stands aside.
#[derive(Resource, Default)]
pub struct DrawContinuously;

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
    if (canvas.size - c).length() > 1.0 {
        canvas.size = c;
    }
    let left = if panel.on_left { panel.width / s } else { 0.0 };
    if (canvas.left - left).abs() > 0.5 {
        canvas.left = left;
    }
}

/// Every screen drawn with Bevy UI is laid out from its root, a node the
/// size of the room's area at the window's left edge; with the panel on
/// the left (a right-to-left room) the roots move right by its width.
/// Only a root whose place is wrong is touched, so a resting game stays
/// unchanged.
fn beside_panel(
    canvas: Res<Canvas>,
    mut roots: Query<&mut Node, (Without<ChildOf>, With<ComputedNode>)>,
) {
    let left = Val::Px(canvas.left.round());
    for mut node in &mut roots {
        if node.position_type == PositionType::Absolute && node.left != left {
            node.left = left;
        }
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
    seen: Option<(u64, Screen, [i64; 4])>,
    /// The wake-up in force for a running timer's countdown.
    timer: Option<TimerWake>,
    /// The wake-up in force for a presentation's count-up.
    presenting: Option<TimerWake>,
    /// The toast being waited out, and the wait that takes it away.
    toast: Option<(f64, Duration)>,
}

/// Seconds to keep drawing after start-up and after any change, so render
/// pipelines (compiled in the background) and new text are on screen before
/// the app rests.
const WARM_UP: f64 = 4.0;
const SETTLE: f64 = 0.8;

#[allow(clippy::too_many_arguments)]
/// Rests when nothing moves; while the timer runs, wakes only when its text
/// changes (once a minute, then each second of the last minute, see
/// `clock::countdown`), and draws continuously for a moment after start-up
/// and after every change.
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
    (clock, toast): (Res<super::game::Clock>, Res<super::game::Toast>),
    (proxy, mut alarm): (
        Option<Res<bevy::winit::EventLoopProxyWrapper>>,
        Local<Option<Alarm>>,
    ),
) {
    let now = crate::app::game::seconds(&time);
    let key = (
        game.revision,
        *screen.get(),
        [
            (ui_scale.0 * 1000.0) as i64,
            canvas.size.x as i64,
            (toast.until * 1000.0) as i64,
            // A message that has just gone is drawn away for a moment, not
            // one frame: on a busy machine a single frame can be lost, and
            // the message would stay on the resting screen.
            i64::from(toast.visible(now)),
        ],
    );
    if awake.seen != Some(key) {
        awake.seen = Some(key);
        awake.until = awake.until.max(now + SETTLE);
    }
    if now < WARM_UP || now < awake.until {
        redraw.write(RequestRedraw);
    }
    let typing = focus
        .as_ref()
        .and_then(|f| f.get())
        .is_some_and(|e| fields.contains(e));
    // Wake when the timer's text next changes (or its alarm next flashes).
    let mut countdown = None;
    let ticking = game.session.as_ref().and_then(|s| {
        let t = &s.state().timer;
        let at = clock.now(Some(s));
        if !t.is_running() {
            None
        } else if t.is_up(at) {
            flashing(t, at).then_some(500)
        } else {
            let wake = TimerWake::next(awake.timer, at, t.remaining(at));
            countdown = Some(wake);
            Some(wake.wait)
        }
    });
    // A toast is taken away on time: the alarm wakes the app when it is to
    // go, set once when it appears. (Not a wait of the window's update
    // mode: Bevy draws when the mode changes, and again one old wait later.)
    let before = awake.toast;
    awake.toast = toast_wake(awake.toast, &toast, now);
    if let Some((_, wait)) = awake.toast
        && awake.toast != before
    {
        if alarm.is_none()
            && let Some(proxy) = &proxy
        {
            *alarm = Some(Alarm::start((**proxy).clone()));
        }
        if let Some(alarm) = alarm.as_ref() {
            alarm.ring_in(wait);
        }
    }
    // Without an event loop to wake (tests), the toast's own wait.
    let toast_wait = if alarm.is_some() {
        None
    } else {
        awake.toast.map(|(_, w)| w.as_millis() as u64)
    };
    // A talk's count-up (a presentation's, a report-back's) shows each
    // second as it comes.
    let presenting = game.session.as_ref().and_then(|s| {
        let started = super::room::talk_started(s.state(), *screen.get())?;
        let took = clock.now(Some(s)).saturating_sub(started);
        let to_change = 1000 - took % 1000;
        Some(TimerWake::aligned(
            awake.presenting,
            clock.now(Some(s)),
            1000,
            to_change,
        ))
    });
    awake.presenting = presenting;
    // Typing sets a wait of its own; after it, the countdown starts afresh.
    // So does any other wait: a countdown waits for its own next change.
    let others = awake.presenting.is_some() || toast_wait.is_some();
    awake.timer = if typing || others { None } else { countdown };
    let ticking = [
        ticking.filter(|_| !others),
        awake.presenting.map(|w| w.wait),
        toast_wait,
    ]
    .into_iter()
    .flatten()
    .min()
    .map(Duration::from_millis);
    let wanted = if typing {
        // The cursor blinks.
        WinitSettings {
            focused_mode: UpdateMode::reactive(Duration::from_millis(500)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(1)),
        }
    } else if let Some(wait) = ticking {
        WinitSettings {
            focused_mode: UpdateMode::reactive(wait),
            unfocused_mode: UpdateMode::reactive_low_power(wait),
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

/// Wakes the resting app at a moment: a thread that sleeps until then and
/// sends winit a wake-up. A later moment set before it rings replaces it.
struct Alarm(std::sync::mpsc::Sender<std::time::Instant>);

impl Alarm {
    fn start(proxy: bevy::winit::EventLoopProxy<bevy::winit::WinitUserEvent>) -> Alarm {
        use std::sync::mpsc::RecvTimeoutError;
        let (tx, rx) = std::sync::mpsc::channel::<std::time::Instant>();
        let spawned = std::thread::Builder::new()
            .name("livinglab-alarm".into())
            .spawn(move || {
                let mut next: Option<std::time::Instant> = None;
                loop {
                    let got = match next {
                        Some(at) => {
                            rx.recv_timeout(at.saturating_duration_since(std::time::Instant::now()))
                        }
                        None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
                    };
                    match got {
                        Ok(at) => next = Some(at),
                        Err(RecvTimeoutError::Timeout) => {
                            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
                            next = None;
                        }
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
            });
        if let Err(e) = spawned {
            warn!("no alarm thread ({e}): a message may stay until the next change");
        }
        Alarm(tx)
    }

    fn ring_in(&self, wait: Duration) {
        let _ = self.0.send(std::time::Instant::now() + wait);
    }
}

/// The wait that wakes the app to take `toast` away on time, given the one
/// in force: set once when the toast appears (a wait that changed every
/// frame would keep the app drawing), gone with the toast.
pub fn toast_wake(
    in_force: Option<(f64, Duration)>,
    toast: &super::game::Toast,
    now: f64,
) -> Option<(f64, Duration)> {
    match in_force {
        Some((until, wait)) if until == toast.until && toast.visible(now) => Some((until, wait)),
        _ if toast.visible(now) => Some((
            toast.until,
            Duration::from_secs_f64(toast.until - now + 0.05),
        )),
        _ => None,
    }
}

/// When the app wakes to redraw a running timer's countdown.
///
/// Bevy counts each reactive wait from the last scheduled wake, and a new
/// wait wakes the app at once (so a wait recomputed every frame would keep
/// it drawing continuously). So the wait is the countdown's steady step — a
/// minute, or a second in the last minute — set just after the text has
/// changed, so that every wake then falls just after the next change.
/// Started at any other moment (a timer resumed at 14:33), it first waits
/// once for the next change, then takes the step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimerWake {
    /// Milliseconds.
    pub wait: u64,
    /// True for the steady step; false while waiting for the first change.
    pub steady: bool,
    /// When (on the session's clock) that first change is due.
    due: u64,
}

impl TimerWake {
    /// The wake-up for a timer with `remaining` ms left at `now`, given the
    /// one in force.
    pub fn next(in_force: Option<TimerWake>, now: u64, remaining: u64) -> TimerWake {
        let step = if remaining > 60_000 { 60_000 } else { 1_000 };
        let to_change = crate::session::clock::countdown_changes_in(remaining);
        Self::aligned(in_force, now, step, to_change)
    }

    /// The wake-up for a text that next changes in `to_change` ms and then
    /// every `step` ms, given the one in force.
    pub fn aligned(in_force: Option<TimerWake>, now: u64, step: u64, to_change: u64) -> TimerWake {
        let due = now + to_change;
        match in_force {
            Some(w) if w.steady && w.wait == step => w,
            // Just past a change: from here the steady step lands on each one.
            _ if to_change + 100 >= step => TimerWake {
                wait: step,
                steady: true,
                due,
            },
            // Still waiting for the same first change.
            Some(w) if !w.steady && w.due.abs_diff(due) <= 50 => w,
            _ => TimerWake {
                wait: to_change.max(20) + 5,
                steady: false,
                due,
            },
        }
    }
}

/// How long a timer that has run out flashes before it stays red: long
/// enough to be seen, short enough not to keep the machine busy.
pub const FLASH_SECONDS: u64 = 30;

/// True while a timer that has run out is still flashing.
pub fn flashing(t: &crate::session::Timer, now: u64) -> bool {
    t.is_up(now) && t.elapsed(now).saturating_sub(t.total()) < FLASH_SECONDS * 1000
}

/// True when the timer's text is drawn in the alarm colour: on alternate
/// seconds while it flashes, then for good.
pub fn alarm(t: &crate::session::Timer, now: u64, secs: f64) -> bool {
    t.is_up(now) && (!flashing(t, now) || (secs as u64).is_multiple_of(2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::clock::countdown;

    /// Runs a countdown of `total` ms, started (or resumed) at time 0 with
    /// `remaining` ms left, the way Bevy's reactive mode schedules frames:
    /// a changed wait wakes at once and counts from that frame; an unchanged
    /// one counts from the last scheduled wake. Each frame takes `frame` ms.
    /// Returns how many frames were drawn and the longest time the screen
    /// showed a countdown that was no longer true.
    fn run(remaining: u64, frame: u64) -> (usize, u64) {
        let (mut t, mut frames, mut stale_max) = (0u64, 0usize, 0u64);
        let mut in_force: Option<TimerWake> = None;
        let mut scheduled = 0u64;
        let mut shown = String::new();
        let mut next_frame = 0u64;
        while t < remaining {
            if t == next_frame {
                frames += 1;
                shown = countdown(remaining - t);
                let wake = TimerWake::next(in_force, t, remaining - t);
                let changed = in_force.map(|w| w.wait) != Some(wake.wait);
                in_force = Some(wake);
                if changed {
                    scheduled = t + wake.wait;
                    next_frame = t + frame;
                } else {
                    scheduled = if scheduled <= t {
                        scheduled + wake.wait
                    } else {
                        scheduled
                    };
                    next_frame = scheduled.max(t + frame);
                }
            }
            // How long the screen has been wrong, measured at each ms.
            if shown != countdown(remaining - t) {
                let since = (0..=t)
                    .rev()
                    .take_while(|&u| countdown(remaining - u) == countdown(remaining - t))
                    .count() as u64;
                stale_max = stale_max.max(since);
            }
            t += 1;
        }
        (frames, stale_max)
    }

    #[test]
    fn a_running_timer_wakes_the_screen_only_when_its_text_changes() {
        // A 5-minute timer: 4 minute changes, 60 seconds, a few extra frames
        // when the step changes; never more than a frame behind.
        let (frames, stale) = run(5 * 60_000, 100);
        assert!(frames <= 4 + 60 + 6, "{frames} frames");
        assert!(stale <= 120, "the countdown was {stale} ms out of date");
    }

    #[test]
    fn a_toast_sets_one_wait_that_ends_when_it_goes() {
        let mut toast = crate::app::game::Toast::default();
        toast.refuse("No more swaps this round", 10.0);
        let first = toast_wake(None, &toast, 10.0).expect("a wait for the toast");
        let secs = first.1.as_secs_f64();
        assert!((5.0..5.2).contains(&secs), "waits {secs} s");
        // The same wait on every frame while it shows (so the app rests).
        assert_eq!(toast_wake(Some(first), &toast, 12.5), Some(first));
        // Gone on time: no wait, and the app rests again.
        assert_eq!(toast_wake(Some(first), &toast, 15.01), None);
        // A new message sets its own wait.
        toast.tell("Saved", 13.0);
        let second = toast_wake(Some(first), &toast, 13.0).expect("a new wait");
        assert_ne!(second, first);
    }

    #[test]
    fn a_presentation_count_up_wakes_on_each_second() {
        // 1.4 s into a talk: first to the next second, then each second.
        let first = TimerWake::aligned(None, 1_400, 1_000, 600);
        assert!(!first.steady && first.wait >= 600 && first.wait < 700);
        let steady = TimerWake::aligned(Some(first), 2_010, 1_000, 990);
        assert!(steady.steady && steady.wait == 1_000);
        assert_eq!(TimerWake::aligned(Some(steady), 2_500, 1_000, 500), steady);
    }

    #[test]
    fn a_timer_resumed_between_changes_catches_up_then_steps() {
        let (frames, stale) = run(2 * 60_000 + 33_400, 100);
        assert!(frames <= 2 + 60 + 6, "{frames} frames");
        assert!(stale <= 120, "the countdown was {stale} ms out of date");
    }
}
