//! The room's screens: briefing, present, report-back, vote and debrief.
//! Drawn with Bevy UI in the table's look and at the room's sizes (nothing
//! a player reads under 18 px), from the session: what players tap (who
//! presents, a dot) becomes an engine action. What does not fit turns like
//! pages (◂ ▸ in the bar) rather than shrinking below the floors. The
//! facilitator's tools (the report-back note, exporting the report) are in
//! the panel.
//!
//! The vote is drawn part by part, like negotiate: a dot placed draws the
//! solutions again but not the trays of dots, so a dot another group is
//! dragging stays in its hand.

use std::hash::{Hash, Hasher};

use bevy::picking::events::{Click, DragDrop, DragEnd, Pointer};
use bevy::prelude::*;

use super::fonts::{Fonts, Reads, text_as};
use super::game::{Act, Clock, Game, GameSystems};
use super::pictures::Pictures;
use super::screens::Screen;
use super::table::{Canvas, TimerText, act_on_click, px_node, start_drag};
use super::theme::{self, TextSize};
use crate::deck::{Criterion, Kind};
use crate::say;
use crate::session::{Action, Phase, Session, Solution, State as Table, clock};
use crate::words::Words;

mod briefing;
mod debrief;
mod present;
mod report_back;
mod vote;
mod widgets;
pub(super) use widgets::reading_row;

use briefing::*;
use debrief::*;
use present::*;
use report_back::*;
use vote::*;
use widgets::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Built>()
        .init_resource::<RoomView>()
        .add_systems(
            Update,
            (rebuild.run_if(on_room_screen), count_up)
                .chain()
                .after(GameSystems),
        );
    for screen in SCREENS {
        app.add_systems(OnExit(screen), clear);
    }
}

/// The screens drawn here.
pub const SCREENS: [Screen; 5] = [
    Screen::Briefing,
    Screen::Present,
    Screen::ReportBack,
    Screen::Vote,
    Screen::Debrief,
];

fn on_room_screen(screen: Res<State<Screen>>) -> bool {
    SCREENS.contains(screen.get())
}

/// The root of a room screen.
#[derive(Component)]
pub struct RoomRoot;

/// A group's dot, to drag onto a criterion of another group's solution.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct DotToken {
    pub by: usize,
}

/// One criterion of a group's solution on the vote screen: a place to drop
/// dots.
#[derive(Component, Debug, Clone, PartialEq, Eq)]
pub struct CriterionRow {
    pub on: usize,
    pub criterion: String,
}

/// The solutions shown on the vote and debrief screens, each a group's box.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SolutionBox(pub usize);

/// The page of a screen that shows (when what it shows does not fit at
/// once), and what it pages through. Only what is drawn; the session never
/// learns of it.
#[derive(Resource, Default, Debug)]
pub struct RoomView {
    page: usize,
    of: Option<(Screen, usize)>,
}

/// What the screen was last drawn from.
#[derive(Resource, Default)]
struct Built {
    /// Screen, text size, canvas, groups, whether the vote is open.
    frame: Option<u64>,
    /// The session's revision, the page, the export and the pictures.
    body: Option<u64>,
    /// Each group's tray of dots.
    trays: Vec<Option<u64>>,
}

#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Body,
    Trays,
    Tray(usize),
}

/// A talk going on: the presentation on the present screen, the
/// report-back on the report-back screen; when it started.
pub fn talk_started(state: &Table, screen: Screen) -> Option<u64> {
    match screen {
        Screen::Present => {
            let g = state.presenting?;
            state
                .presentations
                .iter()
                .rev()
                .find(|t| t.group == g && t.ended.is_none())
                .map(|t| t.started)
        }
        Screen::ReportBack => {
            let g = state.reporting?;
            state
                .report_backs
                .iter()
                .rev()
                .find(|r| r.group == g && r.round == state.round && r.ended.is_none())
                .map(|r| r.started)
        }
        _ => None,
    }
}

/// The group whose report-back the screen shows: the one reporting, else
/// the last heard this round. (The panel's note is about the same one.)
pub fn report_back_shown(state: &Table) -> Option<usize> {
    state.reporting.or_else(|| {
        state
            .report_backs
            .iter()
            .rev()
            .find(|r| r.round == state.round)
            .map(|r| r.group)
    })
}

/// "Presenting for 2:05": shown each second without a rebuild.
#[derive(Component)]
struct CountUp(String);

fn count_up(
    game: Res<Game>,
    clock: Res<Clock>,
    screen: Res<State<Screen>>,
    mut texts: Query<(&mut Text, &CountUp)>,
) {
    let Some(session) = &game.session else { return };
    let Some(started) = talk_started(session.state(), *screen.get()) else {
        return;
    };
    let took = clock.now(Some(session)).saturating_sub(started);
    for (mut text, CountUp(what)) in &mut texts {
        let shown = format!("{what} {}", clock::duration(took));
        if text.0 != shown {
            text.0 = shown;
        }
    }
}

fn clear(mut commands: Commands, roots: Query<Entity, With<RoomRoot>>, mut built: ResMut<Built>) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    *built = Built::default();
}

/// A hash of what a part of the screen was drawn from.
pub(super) fn key(h: impl Hash) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    h.hash(&mut hasher);
    hasher.finish()
}

/// What a screen pages through: a new one starts at its first page (the
/// debrief at its last round).
fn subject(screen: Screen, state: &Table) -> usize {
    match screen {
        Screen::Present => state.presenting.or(state.spotlight).unwrap_or(0),
        Screen::ReportBack => state.reporting.unwrap_or(usize::MAX),
        Screen::Debrief | Screen::Vote => state.round as usize,
        _ => 0,
    }
}

#[allow(clippy::too_many_arguments)]
fn rebuild(
    mut commands: Commands,
    screen: Res<State<Screen>>,
    (game, drawn): (Res<Game>, Option<ResMut<super::window::Drawn>>),
    size: Res<TextSize>,
    canvas: Res<Canvas>,
    fonts: Res<Fonts>,
    pictures: Res<Pictures>,
    mut view: ResMut<RoomView>,
    roots: Query<Entity, With<RoomRoot>>,
    parts: Query<(Entity, &Part)>,
    mut built: ResMut<Built>,
) {
    let Some(session) = &game.session else { return };
    let state = session.state();
    let screen = *screen.get();
    let of = (screen, subject(screen, state));
    if view.of != Some(of) {
        view.of = Some(of);
        view.page = if screen == Screen::Debrief {
            usize::MAX
        } else {
            0
        };
    }
    let voting = screen == Screen::Vote && !state.vote_closed;
    let frame = key((
        screen,
        (size.0 * 100.0) as u32,
        [canvas.size.x as u32, canvas.size.y as u32],
        state.groups.len(),
        voting,
    ));
    let exported = game.exported.as_ref().map(|e| format!("{e:?}"));
    let body = key((game.revision, view.page, &exported));
    let old = roots.iter().next().filter(|_| built.frame == Some(frame));
    if old.is_some() && built.body == Some(body) && !pictures.is_changed() {
        return;
    }
    let s = size.0;
    let room = Room {
        fonts: &fonts,
        w: super::game::words(&game),
        session,
        pictures: &pictures,
        s,
        c: canvas.size,
    };
    let (root, trays) = match old {
        Some(root) => (
            root,
            parts
                .iter()
                .find(|(_, p)| **p == Part::Trays)
                .map(|(e, _)| e),
        ),
        None => {
            for e in &roots {
                commands.entity(e).despawn();
            }
            *built = Built {
                frame: Some(frame),
                trays: vec![None; state.groups.len()],
                body: None,
            };
            let root = commands
                .spawn((
                    RoomRoot,
                    Node {
                        flex_direction: FlexDirection::Column,
                        padding: px(PAD).all(),
                        row_gap: px(GAP),
                        ..px_node(0.0, 0.0, canvas.size.x, canvas.size.y)
                    },
                    // No background: the window is cleared to it.
                    Pickable::IGNORE,
                    Name::new(format!("room screen {screen:?}")),
                ))
                .id();
            let trays = voting.then(|| {
                let row = commands
                    .spawn((
                        super::negotiate::trays_row(),
                        Part::Trays,
                        Name::new("trays of dots"),
                    ))
                    .id();
                commands.entity(root).add_child(row);
                row
            });
            (root, trays)
        }
    };
    if old.is_some() {
        for (e, p) in &parts {
            if *p == Part::Body {
                commands.entity(e).despawn();
            }
        }
    }
    // The first frame a person sees (for the start-up probe).
    if let Some(mut drawn) = drawn.filter(|d| !d.0) {
        drawn.0 = true;
    }
    let body = commands
        .spawn((
            Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(GAP),
                flex_grow: 1.0,
                min_height: px(0),
                ..default()
            },
            Pickable::IGNORE,
            Part::Body,
        ))
        .id();
    commands.entity(root).insert_child(0, body);
    let page = &mut view.page;
    let mut body_node = commands.entity(body);
    body_node.with_children(|b| match screen {
        Screen::Briefing => briefing(b, &room, page),
        Screen::Present => present(b, &room, page),
        Screen::ReportBack => report_back(b, &room),
        Screen::Vote => vote(b, &room, page),
        Screen::Debrief => debrief(b, &room, page, game.exported.as_ref()),
        _ => {}
    });
    // The page as drawn (a page past the last is the last).
    built.body = Some(key((game.revision, view.page, &exported)));
    let Some(row) = trays.filter(|_| voting) else {
        return;
    };
    // Each group's tray is drawn again only when what it holds changes, so
    // one group's dot never takes another group's dot from its hand.
    for g in 0..state.groups.len() {
        let left = dots_left(session, g);
        let k = key((
            &state.groups[g].name,
            state.groups[g].colour,
            left,
            s.to_bits(),
        ));
        if built.trays.get(g).copied().flatten() == Some(k) {
            continue;
        }
        if let Some(slot) = built.trays.get_mut(g) {
            *slot = Some(k);
        }
        for (e, p) in &parts {
            if *p == Part::Tray(g) {
                commands.entity(e).despawn();
            }
        }
        let tray = spawn_tray(&mut commands, &room, g, left);
        commands.entity(row).insert_child(g, tray);
    }
}

/// Padding of the screen and the gap between its parts, in canvas pixels.
const PAD: f32 = 12.0;
const GAP: f32 = 10.0;

/// What every screen is drawn from.
struct Room<'a> {
    fonts: &'a Fonts,
    /// The game's words in the room's language.
    w: &'static Words,
    session: &'a Session,
    pictures: &'a Pictures,
    /// The facilitator's text size.
    s: f32,
    /// The room's area (the canvas beside the panel).
    c: Vec2,
}

impl Room<'_> {
    fn state(&self) -> &Table {
        self.session.state()
    }

    /// A text of `size` canvas pixels (times the text size).
    fn text(&self, reads: Reads, words: &str, size: f32, bold: bool, colour: Color) -> impl Bundle {
        let font = if bold {
            self.fonts.bold(size * self.s)
        } else {
            self.fonts.text(size * self.s)
        };
        text_as(reads, words, font, colour)
    }

    /// A plain text (a label).
    fn label(&self, words: &str, size: f32, colour: Color) -> impl Bundle {
        (
            Text::new(words),
            self.fonts.text(size * self.s),
            TextColor(colour),
            Pickable::IGNORE,
        )
    }

    /// The width inside the screen's padding.
    fn width(&self) -> f32 {
        self.c.x - 2.0 * PAD
    }

    fn group_name(&self, g: usize) -> &str {
        self.state().groups.get(g).map_or("?", |x| x.name.as_str())
    }

    fn group_colour(&self, g: usize) -> Color {
        self.state()
            .groups
            .get(g)
            .map_or(theme::MUTED, |x| theme::group_colour(x.colour))
    }

    /// A group's name written in its colour.
    fn group_name_colour(&self, g: usize) -> Color {
        self.state()
            .groups
            .get(g)
            .map_or(theme::MUTED, |x| theme::group_name_colour(x.colour))
    }

    /// A solution's title, or that it has none yet.
    fn title_of(&self, s: &Solution) -> String {
        if s.title.is_empty() {
            say!(self.w, "room-no-title-yet")
        } else {
            s.title.clone()
        }
    }

    /// "Vote · round 2 of 3", in the room's language.
    fn heading(&self, phase: Phase) -> String {
        let state = self.state();
        say!(
            self.w,
            "room-heading",
            phase = say_phase(self.w, phase),
            round = state.round,
            rounds = state.rounds
        )
    }

    fn role_name<'b>(&'b self, id: &'b str) -> &'b str {
        self.session.deck().role(id).map_or(id, |r| r.name.as_str())
    }

    /// A card's kind, title and text (a group's own idea included).
    fn card(&self, id: &str) -> (Kind, String, String) {
        match self.session.deck().card(id) {
            Some((k, c)) => (k, c.title.clone(), c.text.clone()),
            None => match self.state().written_card(id) {
                Some(w) => (
                    Kind::Idea,
                    say!(self.w, "room-our-own", title = w.title.as_str()),
                    w.text.clone(),
                ),
                None => (Kind::Idea, id.to_string(), String::new()),
            },
        }
    }

    /// The lines `words` take at `size` canvas pixels in `width`: words
    /// wrap whole, and DejaVu Sans letters are a little over half an em
    /// wide (bold a little more). An estimate on the generous side, so what
    /// is drawn fits.
    fn lines(&self, words: &str, size: f32, width: f32, bold: bool) -> f32 {
        let letter = size * self.s * if bold { 0.62 } else { 0.55 };
        let space = letter * 0.6;
        let mut lines = 1.0;
        let mut at = 0.0;
        for word in words.split_whitespace() {
            let w = word.chars().count() as f32 * letter;
            if at > 0.0 && at + space + w > width {
                lines += 1.0 + (w / width).floor();
                at = w % width;
            } else {
                at += if at > 0.0 { space } else { 0.0 } + w;
            }
        }
        lines
    }

    /// The height of `words` at `size` in `width`.
    fn height(&self, words: &str, size: f32, width: f32, bold: bool) -> f32 {
        self.lines(words, size, width, bold) * size * self.s * 1.2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_pack_into_pages_that_fit() {
        // Two rows fit a page of 500; the third starts the next.
        assert_eq!(pack(&[200.0, 200.0, 200.0], 500.0), (vec![0, 0, 1], 2));
        // A row taller than a page has a page of its own.
        assert_eq!(pack(&[900.0, 100.0], 500.0), (vec![0, 1], 2));
        assert_eq!(pack(&[], 500.0), (vec![], 1));
    }

    #[test]
    fn dots_say_one_dot() {
        let en = crate::words::english();
        assert_eq!(dots(en, 1), "1 dot");
        assert_eq!(dots(en, 0), "0 dots");
        assert_eq!(dots(en, 3), "3 dots");
        let pl = crate::words::get("pl");
        assert_eq!(dots(pl, 3), "3 kropki");
    }
}
