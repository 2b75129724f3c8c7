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
    app.add_systems(Update, tour.run_if(resource_exists::<Tour>))
        .add_systems(
            PostUpdate,
            read_texts
                .run_if(resource_exists::<Tour>)
                .after(bevy::ui::UiSystems::PostLayout)
                .after(bevy_egui::EguiPostUpdateSet::EndPass)
                .before(bevy_egui::EguiPostUpdateSet::ProcessOutput),
        );
}

/// One picture: a name and the session shown (none for the title screen).
pub struct Stop {
    pub name: String,
    pub session: Option<Session>,
    /// Show this deck in the deck browser (on the title screen).
    pub browse: Option<crate::deck::Deck>,
    /// What is drawn over the screen.
    pub overlay: Option<Overlay>,
}

/// What the tour shows over a screen, to see that it lies on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// A broken deck save's problems, and a long message for the room.
    Problems,
    /// The facilitator's "Move on anyway?" dialog.
    Confirm,
    /// A card shown large for the room (one with a picture, if the deck has one).
    Enlarged,
    /// Not over the screen: setup scrolled to its end (the rounds and their
    /// minutes).
    SetupEnd,
    /// Setup with the room's language picker open (every language's own
    /// name).
    Languages,
}

/// The long message the tour shows for the room: it must wrap.
pub const LONG_TOAST: &str = "“Corporate volunteering brokerage” cannot go into this solution: it already has three ideas, the most this deck allows. Take one out first, or trade this card to a group that needs it.";

#[derive(Resource)]
pub struct Tour {
    pub dir: PathBuf,
    pub stops: Vec<Stop>,
    next: usize,
    shown_at: f64,
    frames: u32,
    waiting: bool,
    zones: Vec<String>,
    /// The shot whose texts are read in this frame's `PostUpdate`.
    reading: Option<String>,
    texts: Vec<serde_json::Value>,
    /// Every picture drawn with Bevy UI: its shot, its card on the table and its box.
    pictures: Vec<serde_json::Value>,
    /// Every box that pages what does not fit: its group, what it holds,
    /// its size as its group sees it (logical pixels), how many items show
    /// of how many, and the smallest item it could hold at the floors.
    paged: Vec<serde_json::Value>,
}

/// The shot being saved has been written.
#[derive(Resource, Default)]
struct Saved(u8);

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
        let mut first_vote = None;
        let mut s = Session::new(deck.clone(), session.seed(), session.created_at());
        for (i, entry) in session.log().iter().enumerate() {
            let _ = s.act(entry.action.clone(), entry.at);
            let st = s.state();
            if st.round == 1 && st.phase == Phase::Build && first_build.is_none() {
                first_build = Some(i + 1);
            }
            if st.round == 1 && st.phase == Phase::Vote && first_vote.is_none() {
                first_vote = Some(i + 1);
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
                overlay: None,
            },
            Stop {
                name: "deck-browser".into(),
                session: None,
                browse: Some(deck.clone()),
                overlay: None,
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
                overlay: None,
            });
            if *phase == Phase::Setup {
                stops.push(Stop {
                    name: "setup-languages".into(),
                    session: Some(replay(&session.log()[..*n])?),
                    browse: None,
                    overlay: Some(Overlay::Languages),
                });
                stops.push(Stop {
                    name: "setup-end".into(),
                    session: Some(replay(&session.log()[..*n])?),
                    browse: None,
                    overlay: Some(Overlay::SetupEnd),
                });
            }
            if *phase == Phase::Vote
                && let Some(f) = first_vote
            {
                // Halfway through the vote: dots placed, trays to drag from.
                stops.insert(
                    stops.len() - 1,
                    Stop {
                        name: "vote-open".into(),
                        session: Some(replay(&session.log()[..f + (n - f) / 2])?),
                        browse: None,
                        overlay: None,
                    },
                );
            }
            if *phase == Phase::Build {
                // Halfway through the build: solutions open, fields to type in.
                let half = first_build.map_or(*n, |f| f + (n - f) / 2);
                stops.insert(
                    stops.len() - 1,
                    Stop {
                        name: "table-build-open".into(),
                        session: Some(replay(&session.log()[..half])?),
                        browse: None,
                        overlay: None,
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
                    overlay: None,
                });
                // The table under what must lie on top of it.
                for (name, overlay) in [
                    ("overlay-problems", Overlay::Problems),
                    ("overlay-confirm", Overlay::Confirm),
                    ("overlay-card", Overlay::Enlarged),
                ] {
                    stops.push(Stop {
                        name: name.into(),
                        session: Some(replay(&session.log()[..half])?),
                        browse: None,
                        overlay: Some(overlay),
                    });
                }
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
            reading: None,
            texts: Vec::new(),
            pictures: Vec::new(),
            paged: Vec::new(),
        })
    }
}

/// Seconds a screen is shown before its picture is taken: long enough for
/// software rendering to compile its pipelines.
const SETTLE: f64 = 2.5;

/// What the tour lays over a screen.
#[derive(bevy::ecs::system::SystemParam)]
struct Shown<'w> {
    panel: ResMut<'w, super::panel::PanelState>,
    deck_file: ResMut<'w, super::live::DeckFile>,
    toast: ResMut<'w, super::game::Toast>,
    console: Res<'w, super::console::Console>,
    zoom: ResMut<'w, super::table::Zoom>,
    scripts: Res<'w, super::fonts::Scripts>,
    setup: ResMut<'w, super::setup::SetupState>,
}

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
    mut shown: Shown,
) {
    let now = crate::app::game::seconds(&time);
    tour.frames += 1;
    if tour.waiting {
        let wanted = if shown.console.open() { 2 } else { 1 };
        if saved.is_none_or(|s| s.0 < wanted) {
            return;
        }
        tour.waiting = false;
        tour.next += 1;
        if tour.next >= tour.stops.len() {
            let manifest = format!("[\n{}\n]\n", tour.zones.join(",\n"));
            let _ = std::fs::write(tour.dir.join("zones.json"), manifest);
            let texts = serde_json::to_string_pretty(&tour.texts).unwrap_or_default();
            let _ = std::fs::write(tour.dir.join("texts.json"), texts + "\n");
            let pictures = serde_json::to_string_pretty(&tour.pictures).unwrap_or_default();
            let _ = std::fs::write(tour.dir.join("pictures.json"), pictures + "\n");
            let paged = serde_json::to_string_pretty(&tour.paged).unwrap_or_default();
            let _ = std::fs::write(tour.dir.join("paged.json"), paged + "\n");
            // The Noto faces the texts needed, added on the way.
            let faces = serde_json::to_string_pretty(&shown.scripts.loaded()).unwrap_or_default();
            let _ = std::fs::write(tour.dir.join("fonts.json"), faces + "\n");
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
        let overlay = tour.stops[i].overlay;
        shown.deck_file.problems = (overlay == Some(Overlay::Problems)).then(|| {
            "scenarios/hub-for-london.ron:212:9: expected `,` or `)` after a card\n   |\n212 |         text: \"A map of who does what\"\n   |         ^".to_string()
        });
        if overlay == Some(Overlay::Problems) {
            shown.toast.refuse(LONG_TOAST, now);
            // Kept up until the picture is taken, however slowly a busy
            // machine draws the frames before it.
            shown.toast.until = now + 3600.0;
        } else {
            shown.toast.until = 0.0;
        }
        shown.setup.scroll_to_end = overlay == Some(Overlay::SetupEnd);
        shown.setup.open_languages = overlay == Some(Overlay::Languages);
        shown.panel.confirm =
            (overlay == Some(Overlay::Confirm)).then_some(super::panel::Confirm::Advance);
        let card = (overlay == Some(Overlay::Enlarged))
            .then(|| tour.stops[i].session.as_ref())
            .flatten()
            .and_then(|s| {
                let deck = s.deck();
                deck.ideas
                    .iter()
                    .chain(&deck.methods)
                    .find(|c| c.image.is_some())
                    .or(deck.ideas.first())
                    .map(|c| c.id.clone())
            });
        if shown.zoom.0 != card {
            shown.zoom.0 = card;
        }
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
    if stop.name.starts_with("table-")
        && let Some(session) = &stop.session
    {
        let factor = windows.iter().next().map_or(1.0, |w| w.scale_factor()) * ui_scale.0;
        let seats: Vec<Seat> = session.state().groups.iter().map(|g| g.seat).collect();
        for zone in layout::layout(&seats, canvas.size).zones {
            let r = zone.screen_rect();
            let r = Rect::from_corners(
                r.min + Vec2::new(canvas.left, 0.0),
                r.max + Vec2::new(canvas.left, 0.0),
            );
            let g = &session.state().groups[zone.group];
            tour.zones.push(format!(
                "  {{\"shot\": {:?}, \"group\": {}, \"seat\": {:?}, \"degrees\": {}, \"colour\": {:?}, \"rect\": [{:.0}, {:.0}, {:.0}, {:.0}]}}",
                path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                zone.group,
                g.seat.name(),
                zone.degrees,
                g.colour.hex(),
                r.min.x * factor,
                r.min.y * factor,
                r.max.x * factor,
                r.max.y * factor
            ));
        }
    }
    tour.reading = path.file_name().map(|n| n.to_string_lossy().into_owned());
    commands.insert_resource(Saved(0));
    // With the presenter console open, its window is pictured too.
    if let Some(window) = shown.console.window {
        let path = tour
            .dir
            .join(format!("{:02}-{}-console.png", tour.next, stop.name));
        commands
            .spawn(Screenshot::window(window))
            .observe(save_to_disk(path))
            .observe(|_: On<ScreenshotCaptured>, mut saved: ResMut<Saved>| saved.0 += 1);
    }
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(path))
        .observe(|_: On<ScreenshotCaptured>, mut saved: ResMut<Saved>| saved.0 += 1);
    tour.waiting = true;
}

/// A node as laid out: its size and where it is.
type Placed = (
    &'static bevy::ui::ComputedNode,
    &'static bevy::ui::UiGlobalTransform,
);

/// A group's solution on the negotiate screen, as laid out.
type Panel = (
    &'static super::negotiate::SolutionPanel,
    &'static bevy::ui::ComputedNode,
    &'static bevy::ui::UiGlobalTransform,
);

/// A node's box on the screen after turning, in physical pixels.
fn screen_box(node: &bevy::ui::ComputedNode, at: &bevy::ui::UiGlobalTransform) -> Rect {
    let half = node.size() / 2.0;
    let corners = [
        Vec2::new(-half.x, -half.y),
        Vec2::new(half.x, -half.y),
        Vec2::new(half.x, half.y),
        Vec2::new(-half.x, half.y),
    ]
    .map(|c| at.transform_point2(c));
    let min = corners.iter().fold(Vec2::MAX, |a, c| a.min(*c));
    let max = corners.iter().fold(Vec2::MIN, |a, c| a.max(*c));
    Rect::from_corners(min, max)
}

/// A text drawn with Bevy UI: where it is, how big, and what it is.
type DrawnText = (
    Entity,
    &'static Text,
    &'static TextFont,
    &'static bevy::ui::ComputedNode,
    &'static bevy::ui::UiGlobalTransform,
    &'static InheritedVisibility,
    Option<&'static super::fonts::Reads>,
);

/// A box that pages: what it holds and its size.
type PagedBox = (
    &'static super::table::Paged,
    &'static bevy::ui::ComputedNode,
    &'static InheritedVisibility,
);

/// The deck browser's scrolling view: where it is.
type BrowserView = (
    Entity,
    &'static bevy::ui::ComputedNode,
    &'static bevy::ui::UiGlobalTransform,
);

/// A picture drawn with Bevy UI: where it is.
type DrawnPicture = (
    Entity,
    &'static bevy::ui::ComputedNode,
    &'static bevy::ui::UiGlobalTransform,
    &'static InheritedVisibility,
);

/// Every text on the screen as the shot is taken, for `texts.json`: what
/// it says, its size in physical pixels, what it is, whom it is for, its
/// box `[x, y, w, h]` on the screen and the group whose zone holds it.
#[allow(clippy::too_many_arguments)]
fn read_texts(
    mut tour: ResMut<Tour>,
    texts: Query<DrawnText>,
    parents: Query<&ChildOf>,
    zones: Query<&super::table::GroupZone>,
    (panels, grids): (
        Query<Panel>,
        Query<Placed, With<super::negotiate::SolutionsGrid>>,
    ),
    browser: Query<BrowserView, With<super::title::BrowserRoot>>,
    ui_scale: Res<UiScale>,
    windows: Query<&Window, With<PrimaryWindow>>,
    mut egui: Query<(
        &bevy_egui::EguiFullOutput,
        &mut bevy_egui::EguiContext,
        Has<bevy_egui::PrimaryEguiContext>,
    )>,
    regions: Res<super::ui::Regions>,
    (images, cards, paged): (
        Query<DrawnPicture, With<ImageNode>>,
        Query<&super::table::CardView>,
        Query<PagedBox>,
    ),
) {
    let Some(shot) = tour.reading.take() else {
        return;
    };
    for (p, node, visible) in &paged {
        if !visible.get() {
            continue;
        }
        let size = node.size() * node.inverse_scale_factor();
        tour.paged.push(serde_json::json!({
            "shot": shot,
            "group": p.group,
            "what": p.what,
            "size": [size.x.round(), size.y.round()],
            "shown": p.shown,
            "of": p.of,
            "least": [p.least.x.round(), p.least.y.round()],
        }));
    }
    // Every picture on the screen, and the card on the table it is on.
    for (e, node, at, visible) in &images {
        if !visible.get() {
            continue;
        }
        let r = screen_box(node, at);
        let card = parents
            .iter_ancestors(e)
            .find_map(|a| cards.get(a).ok().map(|c| c.card.clone()));
        tour.pictures.push(serde_json::json!({
            "shot": shot,
            "card": card,
            "rect": [r.min.x.round(), r.min.y.round(), r.width().round(), r.height().round()],
        }));
    }
    let factor = windows.iter().next().map_or(1.0, |w| w.scale_factor()) * ui_scale.0;
    let round = |v: f32| (v * 10.0).round() / 10.0;
    // On the negotiate screen each solution is a group's zone: what shows
    // of it above the trays.
    if shot.contains("negotiate")
        && let Some((grid_node, grid_at)) = grids.iter().next()
    {
        let grid = screen_box(grid_node, grid_at);
        for (panel, node, at) in &panels {
            let r = screen_box(node, at).intersect(grid);
            tour.zones.push(format!(
                "  {{\"shot\": {shot:?}, \"group\": {}, \"seat\": \"negotiate\", \"rect\": [{:.0}, {:.0}, {:.0}, {:.0}]}}",
                panel.0, r.min.x, r.min.y, r.max.x, r.max.y
            ));
        }
    }
    let mut found = Vec::new();
    for (e, text, font, node, at, visible, reads) in &texts {
        let bevy::text::FontSize::Px(size) = font.font_size else {
            continue;
        };
        if !visible.get() || text.0.trim().is_empty() {
            continue;
        }
        let r = screen_box(node, at);
        // The deck browser scrolls: what is scrolled out of its view is
        // not on the screen.
        let scrolled_out = browser.iter().any(|(root, n, a)| {
            parents.iter_ancestors(e).any(|x| x == root) && {
                let view = screen_box(n, a);
                view.intersect(r) != r
            }
        });
        if scrolled_out {
            continue;
        }
        let group = parents.iter_ancestors(e).find_map(|a| {
            zones
                .get(a)
                .ok()
                .map(|z| z.0)
                .or_else(|| panels.get(a).ok().map(|p| p.0.0))
        });
        let mut t = serde_json::json!({
            "shot": shot,
            "window": "room",
            "text": text.0,
            "px": round(size * factor),
            "kind": reads.map_or("label", |r| r.name()),
            "for": "players",
            "rect": [round(r.min.x), round(r.min.y), round(r.width()), round(r.height())],
        });
        if let Some(g) = group {
            t["group"] = g.into();
        }
        found.push(t);
    }
    for (output, mut context, room) in &mut egui {
        let Some(full) = &output.0 else { continue };
        // Only read: the context is not marked as changed.
        let definitions = context
            .bypass_change_detection()
            .get_mut()
            .fonts(|f| f.definitions().clone());
        // Each family's faces, read from the bytes egui was given (egui's
        // own `has_glyph` says no for whatever its replacement face holds).
        let faces: std::collections::HashMap<_, Vec<ttf_parser::Face>> = definitions
            .families
            .iter()
            .map(|(family, names)| {
                let faces = names
                    .iter()
                    .filter_map(|n| definitions.font_data.get(n))
                    .filter_map(|d| ttf_parser::Face::parse(&d.font, d.index).ok())
                    .collect();
                (family.clone(), faces)
            })
            .collect();
        let ppp = full.pixels_per_point;
        // Each shape with the clip it is drawn in: text clipped away is not seen.
        let mut shapes: Vec<(&bevy_egui::egui::Shape, bevy_egui::egui::Rect)> = full
            .shapes
            .iter()
            .map(|c| (&c.shape, c.clip_rect))
            .collect();
        while let Some((shape, clip)) = shapes.pop() {
            match shape {
                bevy_egui::egui::Shape::Vec(v) => shapes.extend(v.iter().map(|s| (s, clip))),
                bevy_egui::egui::Shape::Text(t) => {
                    let rect = t.galley.rect.translate(t.pos.to_vec2());
                    if !rect.intersects(clip) {
                        continue;
                    }
                    // The console's window is the facilitator's alone.
                    let whom = if !room
                        || regions
                            .facilitator
                            .iter()
                            .any(|r| r.contains(rect.center()))
                    {
                        "facilitator"
                    } else {
                        "players"
                    };
                    let job = &t.galley.job;
                    for section in &job.sections {
                        let (start, end) = (section.byte_range.start.0, section.byte_range.end.0);
                        let words = job.text.get(start..end).unwrap_or("");
                        if words.trim().is_empty() {
                            continue;
                        }
                        // What none of the faces of the text's family has
                        // (egui would draw a box).
                        let undrawn: String = words
                            .chars()
                            .filter(|c| {
                                !crate::deck::glyphs::shapes_only(*c)
                                    && !faces.get(&section.format.font_id.family).is_some_and(|f| {
                                        f.iter().any(|f| f.glyph_index(*c).is_some())
                                    })
                            })
                            .collect();
                        found.push(serde_json::json!({
                            "shot": shot,
                            "window": if room { "room" } else { "console" },
                            "text": words,
                            "px": round(section.format.font_id.size * ppp),
                            "kind": "egui",
                            "for": whom,
                            "undrawn": undrawn,
                            "rect": [round(rect.min.x * ppp), round(rect.min.y * ppp), round(rect.width() * ppp), round(rect.height() * ppp)],
                        }));
                    }
                }
                _ => {}
            }
        }
    }
    tour.texts.extend(found);
}
