//! A guided tour for screenshots: shows each screen of a session in turn,
//! saves a PNG of each, writes where every group's zone is, and quits. The
//! screenshot tests and the README pictures come from here.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::window::PrimaryWindow;

use super::game::Game;
use super::layout;
use super::table::Canvas;
use crate::session::{Action, Phase, Seat, Session};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, tour.run_if(resource_exists::<Tour>));
}

/// One picture: a name and the session shown (none for the title screen).
pub struct Stop {
    pub name: String,
    pub session: Option<Session>,
    /// Show this deck in the deck browser (on the title screen).
    pub browse: Option<crate::deck::Deck>,
}

#[derive(Resource)]
pub struct Tour {
    pub dir: PathBuf,
    pub stops: Vec<Stop>,
    next: usize,
    shown_at: f64,
    frames: u32,
    waiting: bool,
    zones: Vec<String>,
}

/// The shot being saved has been written.
#[derive(Resource, Default)]
struct Saved(bool);

impl Tour {
    /// The stops of a session: the title, setup, each phase of the first
    /// round at its fullest, the table again in wall mode, and the debrief.
    pub fn of(session: &Session, dir: PathBuf) -> Result<Tour, String> {
        let deck = session.deck().clone();
        let replay = |log: &[crate::session::Entry]| {
            Session::replay(
                deck.clone(),
                session.seed(),
                session.created_at(),
                log.to_vec(),
                Vec::new(),
            )
            .map_err(|e| e.to_string())
        };
        // The last action of each phase of round 1, and the end.
        let mut last: Vec<(Phase, usize)> = Vec::new();
        let mut first_build = None;
        let mut s = Session::new(deck.clone(), session.seed(), session.created_at());
        for (i, entry) in session.log().iter().enumerate() {
            let _ = s.act(entry.action.clone(), entry.at);
            let st = s.state();
            if st.round == 1 && st.phase == Phase::Build && first_build.is_none() {
                first_build = Some(i + 1);
            }
            if st.round <= 1 || st.phase == Phase::Debrief {
                match last.iter_mut().find(|(p, _)| *p == st.phase) {
                    Some(slot) => slot.1 = i + 1,
                    None => last.push((st.phase, i + 1)),
                }
            }
        }
        let mut stops = vec![
            Stop {
                name: "title".into(),
                session: None,
                browse: None,
            },
            Stop {
                name: "deck-browser".into(),
                session: None,
                browse: Some(deck.clone()),
            },
        ];
        for (phase, n) in &last {
            let name = match phase {
                Phase::Roles | Phase::Challenge | Phase::Build => {
                    format!("table-{}", phase.name().to_lowercase())
                }
                p => p.name().to_lowercase(),
            };
            stops.push(Stop {
                name,
                session: Some(replay(&session.log()[..*n])?),
                browse: None,
            });
            if *phase == Phase::Build {
                // Halfway through the build: solutions open, fields to type in.
                let half = first_build.map_or(*n, |f| f + (n - f) / 2);
                stops.insert(
                    stops.len() - 1,
                    Stop {
                        name: "table-build-open".into(),
                        session: Some(replay(&session.log()[..half])?),
                        browse: None,
                    },
                );
                // The same moment on a wall screen.
                let walled: Vec<_> = session.log()[..*n]
                    .iter()
                    .cloned()
                    .map(|mut e| {
                        if let Action::AddGroup { seat, .. } = &mut e.action {
                            *seat = Seat::Wall;
                        }
                        e
                    })
                    .collect();
                stops.push(Stop {
                    name: "table-build-wall".into(),
                    session: Some(replay(&walled)?),
                    browse: None,
                });
            }
        }
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        Ok(Tour {
            dir,
            stops,
            next: 0,
            shown_at: 0.0,
            frames: 0,
            waiting: false,
            zones: Vec::new(),
        })
    }
}

/// Seconds a screen is shown before its picture is taken: long enough for
/// software rendering to compile its pipelines.
const SETTLE: f64 = 2.5;

#[allow(clippy::too_many_arguments)]
fn tour(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    mut game: ResMut<Game>,
    saved: Option<Res<Saved>>,
    time: Res<Time<Real>>,
    canvas: Res<Canvas>,
    ui_scale: Res<UiScale>,
    windows: Query<&Window, With<PrimaryWindow>>,
    mut exit: MessageWriter<AppExit>,
    mut title: ResMut<super::title::TitleState>,
) {
    let now = time.elapsed_secs_f64();
    tour.frames += 1;
    if tour.waiting {
        if !saved.is_some_and(|s| s.0) {
            return;
        }
        tour.waiting = false;
        tour.next += 1;
        if tour.next >= tour.stops.len() {
            let manifest = format!("[\n{}\n]\n", tour.zones.join(",\n"));
            let _ = std::fs::write(tour.dir.join("zones.json"), manifest);
            exit.write(AppExit::Success);
            return;
        }
        tour.shown_at = 0.0;
    }
    if tour.shown_at == 0.0 {
        let i = tour.next;
        game.session = tour.stops[i].session.clone();
        title.browsing = tour.stops[i].browse.clone().map(|deck| {
            let checked = crate::deck::Checked {
                deck: Some(deck),
                problems: Vec::new(),
                source: None,
            };
            (std::path::PathBuf::from("the session's deck"), checked)
        });
        game.revision += 1;
        tour.shown_at = now;
        tour.frames = 0;
        return;
    }
    if now - tour.shown_at < SETTLE || tour.frames < 10 {
        return;
    }
    let tour = &mut *tour;
    let stop = &tour.stops[tour.next];
    let path = tour.dir.join(format!("{:02}-{}.png", tour.next, stop.name));
    // Where each group's zone is on the screen, in physical pixels.
    if stop.name.starts_with("table-build")
        && let Some(session) = &stop.session
    {
        let factor = windows.iter().next().map_or(1.0, |w| w.scale_factor()) * ui_scale.0;
        let seats: Vec<Seat> = session.state().groups.iter().map(|g| g.seat).collect();
        for zone in layout::layout(&seats, canvas.0).zones {
            let r = zone.screen_rect();
            let g = &session.state().groups[zone.group];
            tour.zones.push(format!(
                "  {{\"shot\": {:?}, \"group\": {}, \"seat\": {:?}, \"colour\": {:?}, \"rect\": [{:.0}, {:.0}, {:.0}, {:.0}]}}",
                path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                zone.group,
                g.seat.name(),
                g.colour.hex(),
                r.min.x * factor,
                r.min.y * factor,
                r.max.x * factor,
                r.max.y * factor
            ));
        }
    }
    commands.insert_resource(Saved(false));
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(path))
        .observe(|_: On<ScreenshotCaptured>, mut saved: ResMut<Saved>| saved.0 = true);
    tour.waiting = true;
}
