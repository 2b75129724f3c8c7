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
use crate::session::{Action, Session, Solution, State as Table, clock};

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
        [canvas.0.x as u32, canvas.0.y as u32],
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
        session,
        pictures: &pictures,
        s,
        c: canvas.0,
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
                        ..px_node(0.0, 0.0, canvas.0.x, canvas.0.y)
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

    fn role_name<'b>(&'b self, id: &'b str) -> &'b str {
        self.session.deck().role(id).map_or(id, |r| r.name.as_str())
    }

    /// A card's kind, title and text (a group's own idea included).
    fn card(&self, id: &str) -> (Kind, String, String) {
        match self.session.deck().card(id) {
            Some((k, c)) => (k, c.title.clone(), c.text.clone()),
            None => match self.state().written_card(id) {
                Some(w) => (Kind::Idea, format!("{} (our own)", w.title), w.text.clone()),
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

/// "1 dot", "3 dots".
pub fn dots(n: usize) -> String {
    if n == 1 {
        "1 dot".into()
    } else {
        format!("{n} dots")
    }
}

/// The bar at the top of a screen: what it is, the countdown, a count-up
/// of the talk going on, and the pages when there are more than one.
fn bar(
    b: &mut ChildSpawnerCommands,
    room: &Room,
    heading: &str,
    timer: bool,
    talk: Option<String>,
    pages: (usize, usize, &str),
) {
    b.spawn((
        Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(24),
            min_height: px(BAR),
            flex_shrink: 0.0,
            ..default()
        },
        Pickable::IGNORE,
    ))
    .with_children(|bar| {
        bar.spawn(room.text(Reads::Label, heading, 30.0, true, theme::PAPER));
        if timer {
            bar.spawn((
                room.text(Reads::Timer, "", 48.0, true, theme::PAPER),
                TimerText,
            ));
        }
        if let Some(talk) = talk {
            bar.spawn((
                room.text(Reads::Hint, &talk, 24.0, false, theme::MUTED),
                CountUp(talk.clone()),
            ));
        }
        let (page, of, what) = pages;
        if of > 1 {
            bar.spawn((
                Node {
                    margin: UiRect::left(Val::Auto),
                    column_gap: px(10),
                    align_items: AlignItems::Center,
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|p| {
                p.spawn(room.text(Reads::Hint, what, 22.0, false, theme::PAPER));
                turn(p, room, "◂", page > 0, page.wrapping_sub(1));
                turn(p, room, "▸", page + 1 < of, page + 1);
            });
        }
    });
}

/// The bar's height, in canvas pixels before the text size.
const BAR: f32 = 64.0;

/// A button that turns to page `to`.
fn turn(p: &mut ChildSpawnerCommands, room: &Room, label: &str, enabled: bool, to: usize) {
    let colour = if enabled { theme::BUTTON } else { theme::OFF };
    let mut b = p.spawn((
        Node {
            min_width: px(56),
            min_height: px(48),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(px(8)),
            ..default()
        },
        Button,
        BackgroundColor(colour),
        Name::new(format!("button {label}")),
    ));
    if enabled {
        b.observe(
            move |mut click: On<Pointer<Click>>, mut view: ResMut<RoomView>| {
                click.propagate(false);
                view.page = to;
            },
        );
    }
    b.with_children(|b| {
        b.spawn(room.text(Reads::Button, label, 28.0, true, theme::PAPER));
    });
}

/// A button on a room screen (at least 48 px high, named for tests).
fn button(p: &mut ChildSpawnerCommands, room: &Room, label: &str, colour: Color, action: Action) {
    p.spawn((
        Node {
            padding: UiRect::axes(px(14), px(6)),
            min_height: px(48),
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(px(8)),
            flex_shrink: 0.0,
            ..default()
        },
        Button,
        BackgroundColor(colour),
        Name::new(format!("button {label}")),
    ))
    .observe(act_on_click(action))
    .with_children(|b| {
        b.spawn(room.text(Reads::Button, label, 22.0, true, theme::ink_on(colour)));
    });
}

/// A coloured label (a group, a pledge, a card's title).
fn chip(
    p: &mut ChildSpawnerCommands,
    room: &Room,
    reads: Reads,
    words: &str,
    colour: Color,
    size: f32,
) {
    p.spawn((
        Node {
            padding: UiRect::axes(px(10), px(4)),
            border_radius: BorderRadius::all(px(8)),
            ..default()
        },
        BackgroundColor(colour),
        Pickable::IGNORE,
    ))
    .with_children(|c| {
        c.spawn(room.text(reads, words, size, true, theme::ink_on(colour)));
    });
}

/// A group's solution as a box in its colour (a column with `node`'s
/// size and spacing), named for tests ("debrief of Kites").
fn solution_box(room: &Room, g: usize, what: &str, node: Node) -> impl Bundle {
    let colour = room.group_colour(g);
    (
        Node {
            flex_direction: FlexDirection::Column,
            border: px(4).all(),
            border_radius: BorderRadius::all(px(12)),
            ..node
        },
        BackgroundColor(theme::BACKGROUND.mix(&colour, 0.16)),
        BorderColor::all(colour),
        Pickable::IGNORE,
        SolutionBox(g),
        Name::new(format!("{what} of {}", room.group_name(g))),
    )
}

/// A row that wraps.
fn row(gap: f32) -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            align_items: AlignItems::Center,
            column_gap: px(gap),
            row_gap: px(gap),
            ..default()
        },
        Pickable::IGNORE,
    )
}

/// A labelled row of chips, or "none yet".
fn chips(
    p: &mut ChildSpawnerCommands,
    room: &Room,
    label: &str,
    items: &[(String, Color)],
    size: f32,
) {
    p.spawn(row(6.0)).with_children(|r| {
        r.spawn(room.text(Reads::Hint, &format!("{label}:"), size, false, theme::MUTED));
        for (words, colour) in items {
            chip(r, room, Reads::Hint, words, *colour, size);
        }
        if items.is_empty() {
            r.spawn(room.text(Reads::Hint, "none yet", size, false, theme::MUTED));
        }
    });
}

/// The heights of chips in rows of `width`.
fn chips_height(room: &Room, label: &str, items: &[(String, Color)], size: f32, width: f32) -> f32 {
    let letter = size * room.s * 0.64;
    let mut rows = 1.0;
    let mut at = (label.chars().count() + 2) as f32 * letter;
    for (words, _) in items {
        let w = words.chars().count() as f32 * letter + 26.0;
        if at + w > width {
            rows += 1.0;
            at = w;
        } else {
            at += w;
        }
    }
    rows * (size * room.s * 1.2 + 14.0)
}

/// The support pledged to `g`'s solution in `round`, each in its giver's
/// colour ("funding from Bridges (Funder)").
fn support(room: &Room, round: u32, g: usize, roles: bool) -> Vec<(String, Color)> {
    room.state()
        .pledges
        .iter()
        .filter(|p| p.round == round && p.to == g)
        .map(|p| {
            let from = room.group_name(p.from);
            let words = match p.role.as_deref().filter(|_| roles) {
                Some(role) => format!("{} from {from} ({})", p.kind, room.role_name(role)),
                None => format!("{} from {from}", p.kind),
            };
            (words, room.group_colour(p.from))
        })
        .collect()
}

/// The roles that said they will deliver `g`'s solution in `round`.
fn deliverers(room: &Room, round: u32, g: usize) -> Vec<(String, Color)> {
    room.state()
        .commitments
        .iter()
        .filter(|c| c.round == round && c.to == g)
        .map(|c| {
            (
                format!("{} ({})", room.role_name(&c.role), room.group_name(c.group)),
                room.group_colour(c.group),
            )
        })
        .collect()
}

/// Champions, when and where, in a line.
fn about(room: &Room, s: &Solution) -> String {
    let mut line = Vec::new();
    if !s.champions.is_empty() {
        let names: Vec<&str> = s.champions.iter().map(|r| room.role_name(r)).collect();
        line.push(format!("Championed by {}", names.join(", ")));
    }
    if let Some(h) = s.horizon {
        line.push(format!("When: {}", h.name()));
    }
    if let Some(l) = &s.level {
        line.push(format!("Where: {l}"));
    }
    line.join(" · ")
}

fn title_of(s: &Solution) -> &str {
    if s.title.is_empty() {
        "(no title yet)"
    } else {
        &s.title
    }
}

/// Rows of `heights` packed into pages of at most `room` high: the page
/// each row is on and how many pages there are.
fn pack(heights: &[f32], room: f32) -> (Vec<usize>, usize) {
    let mut page = 0;
    let mut used = 0.0;
    let mut on = Vec::with_capacity(heights.len());
    for &h in heights {
        if used > 0.0 && used + h > room {
            page += 1;
            used = 0.0;
        }
        used += h + GAP;
        on.push(page);
    }
    (on, page + 1)
}

/// The buttons that start a group's talk, marked when it has had it.
fn who(
    b: &mut ChildSpawnerCommands,
    room: &Room,
    label: &str,
    done: impl Fn(usize) -> bool,
    start: impl Fn(usize) -> Action,
    end: Option<(&str, Action)>,
) {
    b.spawn(row(8.0)).with_children(|r| {
        r.spawn(room.text(Reads::Hint, label, 22.0, false, theme::MUTED));
        for (g, group) in room.state().groups.iter().enumerate() {
            let mark = if done(g) { "✔" } else { "▶" };
            button(
                r,
                room,
                &format!("{mark} {}", group.name),
                room.group_colour(g),
                start(g),
            );
        }
        if let Some((words, action)) = end {
            button(r, room, words, theme::BUTTON, action);
        }
    });
}

/// The height of [`who`]'s row of buttons.
fn who_height(room: &Room, label: &str, end: bool) -> f32 {
    let letter = 22.0 * room.s * 0.64;
    let mut rows = 1.0;
    let mut at = label.chars().count() as f32 * letter;
    let widths = room
        .state()
        .groups
        .iter()
        .map(|g| (g.name.chars().count() + 2) as f32 * letter + 36.0)
        .chain(end.then_some(20.0 * letter + 36.0));
    for w in widths {
        if at + w > room.width() {
            rows += 1.0;
            at = w;
        } else {
            at += w;
        }
    }
    rows * (48.0f32.max(22.0 * room.s * 1.2 + 12.0) + 8.0)
}

// ---------------------------------------------------------------- briefing

/// The plans the room is responding to, in large type, page by page.
fn briefing(b: &mut ChildSpawnerCommands, room: &Room, page: &mut usize) {
    let state = room.state();
    let deck = room.session.deck();
    let width = room.width().min(1400.0 * room.s);
    let paragraphs: Vec<&str> = deck
        .briefing
        .as_deref()
        .unwrap_or_default()
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let hint =
        "When the room has heard the plans, the facilitator moves on to roles (Next phase, or N).";
    let space = room.c.y
        - 2.0 * PAD
        - BAR * room.s
        - room.height(&deck.title, 40.0, width, true)
        - room.height(hint, 18.0, width, false)
        - 4.0 * GAP;
    // The largest type that shows the whole briefing at once; at the
    // least, 28 px and pages.
    let mut size = 28.0;
    for larger in [40.0, 36.0, 32.0] {
        let all: f32 = paragraphs
            .iter()
            .map(|p| room.height(p, larger, width, false) + GAP)
            .sum();
        if all <= space {
            size = larger;
            break;
        }
    }
    let heights: Vec<f32> = paragraphs
        .iter()
        .map(|p| room.height(p, size, width, false))
        .collect();
    let (on, pages) = pack(&heights, space);
    *page = (*page).min(pages - 1);
    bar(
        b,
        room,
        &format!("Briefing · before round 1 of {}", state.rounds),
        true,
        None,
        (*page, pages, &format!("Part {} of {pages}", *page + 1)),
    );
    b.spawn(room.text(Reads::SolutionTitle, &deck.title, 40.0, true, theme::PAPER));
    b.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(GAP),
            max_width: px(width),
            flex_grow: 1.0,
            ..default()
        },
        Pickable::IGNORE,
    ))
    .with_children(|t| {
        for (p, _) in paragraphs.iter().zip(&on).filter(|(_, o)| **o == *page) {
            t.spawn(room.text(Reads::CardText, p, size, false, theme::PAPER));
        }
    });
    b.spawn(room.text(Reads::Hint, hint, 18.0, false, theme::MUTED));
}

// ----------------------------------------------------------------- present

/// The solution being presented fills the screen: its title large, its
/// pitch, and every card with its full text, its picture and its kind's
/// colour.
fn present(b: &mut ChildSpawnerCommands, room: &Room, page: &mut usize) {
    let state = room.state();
    let shown = state.presenting.or(state.spotlight).unwrap_or(0);
    let talk = state
        .presenting
        .and_then(|_| talk_started(state, Screen::Present))
        .map(|_| format!("{} presenting for", room.group_name(shown)));
    let Some(s) = state.groups.get(shown).map(|g| &g.solution) else {
        return;
    };
    let w = room.width();
    let cards: Vec<&String> = s
        .challenge
        .iter()
        .chain(&s.ideas)
        .chain(&s.methods)
        .collect();
    let cols = ((w / (420.0 * room.s)).floor() as usize)
        .clamp(1, 4)
        .min(cards.len().max(1));
    let card_w = (w - GAP * (cols as f32 - 1.0)) / cols as f32 - 1.0;
    let inner = card_w - 28.0;
    let pic = 120.0 * room.s;
    let card_h = |id: &String| {
        let (_, title, text) = room.card(id);
        let picture = if room.pictures.of(id).is_some() {
            pic + 6.0
        } else {
            0.0
        };
        28.0 + 18.0 * room.s * 1.2
            + room.height(&title, 28.0, inner, true)
            + picture
            + room.height(&text, 24.0, inner, false)
            + 3.0 * 6.0
    };
    let rows: Vec<f32> = cards
        .chunks(cols)
        .map(|row| row.iter().map(|id| card_h(id)).fold(0.0, f32::max))
        .collect();
    let about = about(room, s);
    let head = 24.0 * room.s * 1.2
        + 8.0
        + room.height(title_of(s), 56.0, w, true)
        + if s.pitch.is_empty() {
            0.0
        } else {
            room.height(&s.pitch, 24.0, w, false)
        }
        + if about.is_empty() {
            0.0
        } else {
            room.height(&about, 22.0, w, false)
        }
        + 3.0 * GAP;
    let space = room.c.y
        - 2.0 * PAD
        - BAR * room.s
        - who_height(room, "Who presents:", state.presenting.is_some())
        - head
        - 3.0 * GAP;
    let (on, pages) = pack(&rows, space);
    *page = (*page).min(pages - 1);
    let first = on.iter().position(|p| *p == *page).unwrap_or(0) * cols;
    let last = (on.iter().rposition(|p| *p == *page).unwrap_or(0) + 1) * cols;
    bar(
        b,
        room,
        &format!("Present · round {} of {}", state.round, state.rounds),
        true,
        talk,
        (
            *page,
            pages,
            &format!(
                "Cards {}–{} of {}",
                first + 1,
                last.min(cards.len()),
                cards.len()
            ),
        ),
    );
    who(
        b,
        room,
        "Who presents:",
        |g| {
            state
                .presentations
                .iter()
                .any(|p| p.round == state.round && p.group == g && p.ended.is_some())
        },
        |g| Action::StartPresentation { group: g },
        state
            .presenting
            .map(|_| ("■ End presentation", Action::EndPresentation)),
    );
    b.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(GAP),
            flex_shrink: 0.0,
            ..default()
        },
        Pickable::IGNORE,
        Name::new("presented solution"),
    ))
    .with_children(|h| {
        h.spawn(row(8.0)).with_children(|r| {
            chip(
                r,
                room,
                Reads::GroupName,
                room.group_name(shown),
                room.group_colour(shown),
                24.0,
            );
        });
        h.spawn(room.text(Reads::SolutionTitle, title_of(s), 56.0, true, theme::PAPER));
        if !s.pitch.is_empty() {
            h.spawn(room.text(Reads::CardText, &s.pitch, 24.0, false, theme::PAPER));
        }
        if !about.is_empty() {
            h.spawn(room.text(Reads::Hint, &about, 22.0, false, theme::MUTED));
        }
    });
    b.spawn((
        Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(GAP),
            row_gap: px(GAP),
            align_items: AlignItems::FlexStart,
            ..default()
        },
        Pickable::IGNORE,
    ))
    .with_children(|grid| {
        for id in &cards[first.min(cards.len())..last.min(cards.len())] {
            card(grid, room, id, card_w);
        }
    });
}

/// A card with its full text, in its kind's colour.
fn card(p: &mut ChildSpawnerCommands, room: &Room, id: &str, width: f32) {
    let (kind, title, text) = room.card(id);
    p.spawn((
        Node {
            width: px(width),
            flex_direction: FlexDirection::Column,
            padding: px(14).all(),
            row_gap: px(6),
            border_radius: BorderRadius::all(px(10)),
            ..default()
        },
        BackgroundColor(theme::kind_colour(kind)),
        Pickable::IGNORE,
        Name::new(format!("card {title}")),
    ))
    .with_children(|c| {
        c.spawn(room.text(
            Reads::CardLabel,
            theme::kind_label(kind),
            18.0,
            true,
            theme::INK,
        ));
        c.spawn(room.text(Reads::CardTitle, &title, 28.0, true, theme::INK));
        super::pictures::picture_node(c, room.fonts, room.pictures, id, 120.0 * room.s);
        c.spawn(room.text(Reads::CardText, &text, 24.0, false, theme::INK));
    });
}

// ------------------------------------------------------------- report-back

/// Each group in turn: its final solution, the support it received (and
/// from which role) and who will deliver it.
fn report_back(b: &mut ChildSpawnerCommands, room: &Room) {
    let state = room.state();
    let round = state.round;
    let shown = report_back_shown(state);
    let talk = talk_started(state, Screen::ReportBack)
        .and(state.reporting)
        .map(|g| format!("{} reporting back for", room.group_name(g)));
    bar(
        b,
        room,
        &format!("Report-back · round {round} of {}", state.rounds),
        true,
        talk,
        (0, 1, ""),
    );
    who(
        b,
        room,
        "Who reports back:",
        |g| {
            state
                .report_backs
                .iter()
                .any(|r| r.round == round && r.group == g && r.ended.is_some())
        },
        |g| Action::StartReportBack { group: g },
        state
            .reporting
            .map(|_| ("■ End report-back", Action::EndReportBack)),
    );
    let Some(g) = shown.filter(|g| *g < state.groups.len()) else {
        b.spawn(room.text(
            Reads::Hint,
            "Tap a group to hear its report-back: what it will do, with whose support, and who delivers.",
            24.0,
            false,
            theme::MUTED,
        ));
        return;
    };
    let s = &state.groups[g].solution;
    let colour = room.group_colour(g);
    b.spawn(solution_box(
        room,
        g,
        "report-back",
        Node {
            padding: px(16).all(),
            row_gap: px(12),
            ..default()
        },
    ))
    .with_children(|p| {
        p.spawn(row(8.0)).with_children(|r| {
            chip(r, room, Reads::GroupName, room.group_name(g), colour, 24.0);
        });
        p.spawn(room.text(Reads::SolutionTitle, title_of(s), 48.0, true, theme::PAPER));
        if !s.pitch.is_empty() {
            p.spawn(room.text(Reads::CardText, &s.pitch, 24.0, false, theme::PAPER));
        }
        p.spawn(row(8.0)).with_children(|r| {
            for id in s.challenge.iter().chain(&s.ideas).chain(&s.methods) {
                let (kind, title, _) = room.card(id);
                chip(
                    r,
                    room,
                    Reads::CardTitle,
                    &title,
                    theme::kind_colour(kind),
                    22.0,
                );
            }
        });
        let shown: Vec<&String> = s
            .ideas
            .iter()
            .chain(&s.methods)
            .filter(|id| room.pictures.of(id).is_some())
            .collect();
        if !shown.is_empty() {
            p.spawn(row(8.0)).with_children(|r| {
                for id in shown {
                    super::pictures::picture_node(r, room.fonts, room.pictures, id, 110.0 * room.s);
                }
            });
        }
        let about = about(room, s);
        if !about.is_empty() {
            p.spawn(room.text(Reads::Hint, &about, 22.0, false, theme::MUTED));
        }
        chips(
            p,
            room,
            "Support received",
            &support(room, round, g, true),
            22.0,
        );
        chips(
            p,
            room,
            "Will deliver it",
            &deliverers(room, round, g),
            22.0,
        );
    });
}

// -------------------------------------------------------------------- vote

/// Groups' dots left this round.
fn dots_left(session: &Session, g: usize) -> usize {
    let state = session.state();
    let used = state
        .dots
        .iter()
        .filter(|d| d.round == state.round && d.by == g)
        .count();
    (session.deck().rules.dots_per_group as usize).saturating_sub(used)
}

/// The size of a dot: big enough to see and to tap.
const DOT: f32 = 48.0;

/// Columns of solution boxes for `n` groups: one row up to four, then two.
fn columns(n: usize) -> usize {
    if n <= 4 { n.max(1) } else { n.div_ceil(2) }
}

/// The vote, like a wall of posters with sticky dots: each solution a
/// column in its group's colour, with one row per criterion holding the
/// dots placed on it; each group's dots wait in its tray below. Criteria
/// that do not fit turn like pages.
fn vote(b: &mut ChildSpawnerCommands, room: &Room, page: &mut usize) {
    let state = room.state();
    let deck = room.session.deck();
    let n = state.groups.len().max(1);
    let closed = state.vote_closed;
    let name_w = (room.width() * 0.15).clamp(150.0, 260.0);
    let col_w = (room.width() - name_w - CELL_GAP * n as f32) / n as f32 - 0.5;
    let dot = DOT * room.s.max(1.0);
    let per_line = (((col_w - 16.0) / (dot + 6.0)).floor() as usize).max(1);
    let placed = |on: usize, criterion: &str| -> Vec<usize> {
        state
            .dots
            .iter()
            .filter(|d| d.round == state.round && d.on == on && d.criterion == criterion)
            .map(|d| d.by)
            .collect()
    };
    let header = state
        .groups
        .iter()
        .map(|g| 22.0 * room.s * 1.2 + room.height(title_of(&g.solution), 20.0, col_w - 20.0, true))
        .fold(0.0, f32::max)
        + 20.0;
    let rows: Vec<f32> = deck
        .criteria
        .iter()
        .map(|c| {
            let dots = (0..state.groups.len())
                .map(|on| {
                    let k = placed(on, &c.id).len() + usize::from(closed);
                    k.max(1).div_ceil(per_line) as f32 * (dot + 6.0)
                })
                .fold(0.0, f32::max);
            dots.max(room.height(&c.name, 18.0, name_w - 12.0, true)) + 16.0
        })
        .collect();
    let hint = if closed {
        "The vote is closed: each solution's dots, and its place."
    } else {
        "Drag your group's dot onto a criterion of another group's solution; tap a placed dot to take it back."
    };
    let trays = if closed {
        0.0
    } else {
        let letter = 20.0 * room.s * 0.64;
        let mut lines = 1.0;
        let mut at = 0.0;
        for g in &state.groups {
            let w = (g.name.chars().count() + 14) as f32 * letter + 40.0 * room.s + 40.0;
            if at > 0.0 && at + w > room.width() {
                lines += 1.0;
                at = 0.0;
            }
            at += w + 10.0;
        }
        lines * (DOT * room.s.max(1.0) + 12.0 + 8.0)
    };
    let totals = if closed {
        24.0 * room.s * 1.2 + 16.0
    } else {
        0.0
    };
    let space = room.c.y
        - 2.0 * PAD
        - BAR * room.s
        - room.height(hint, 18.0, room.width(), false)
        - trays
        - header
        - totals
        - 5.0 * GAP;
    let (on, pages) = pack(&rows, space);
    *page = (*page).min(pages - 1);
    let shown: Vec<&Criterion> = deck
        .criteria
        .iter()
        .zip(&on)
        .filter(|(_, p)| **p == *page)
        .map(|(c, _)| c)
        .collect();
    bar(
        b,
        room,
        &format!("Vote · round {} of {}", state.round, state.rounds),
        !closed,
        None,
        (
            *page,
            pages,
            &format!("Criteria, part {} of {pages}", *page + 1),
        ),
    );
    b.spawn(room.text(Reads::Hint, hint, 18.0, false, theme::MUTED));
    let ranking = state.ranking(state.round);
    let line = |b: &mut ChildSpawnerCommands, each: &mut dyn FnMut(&mut ChildSpawnerCommands)| {
        b.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                column_gap: px(CELL_GAP),
                align_items: AlignItems::Stretch,
                flex_shrink: 0.0,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|r| each(r));
    };
    let name_cell = |r: &mut ChildSpawnerCommands, words: &str| {
        r.spawn((
            Node {
                width: px(name_w),
                flex_shrink: 0.0,
                align_items: AlignItems::Center,
                padding: px(6).all(),
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|n| {
            if !words.is_empty() {
                n.spawn(room.text(Reads::Label, words, 18.0, true, theme::PAPER));
            }
        });
    };
    b.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(CELL_GAP),
            flex_grow: 1.0,
            ..default()
        },
        Pickable::IGNORE,
        Name::new("solutions to vote on"),
    ))
    .with_children(|grid| {
        // Each solution's group and title at the head of its column.
        line(grid, &mut |r| {
            name_cell(r, "");
            for (g, group) in state.groups.iter().enumerate() {
                let colour = room.group_colour(g);
                r.spawn((
                    Node {
                        width: px(col_w),
                        flex_direction: FlexDirection::Column,
                        padding: px(8).all(),
                        row_gap: px(4),
                        border: UiRect::new(px(3), px(3), px(3), px(0)),
                        border_radius: BorderRadius::top(px(12)),
                        flex_shrink: 0.0,
                        ..default()
                    },
                    BackgroundColor(theme::BACKGROUND.mix(&colour, 0.22)),
                    BorderColor::all(colour),
                    Pickable::IGNORE,
                    SolutionBox(g),
                    Name::new(format!("vote on {}", group.name)),
                ))
                .with_children(|h| {
                    h.spawn(room.text(
                        Reads::GroupName,
                        &group.name,
                        22.0,
                        true,
                        room.group_name_colour(g),
                    ));
                    h.spawn(room.text(
                        Reads::SolutionTitle,
                        title_of(&group.solution),
                        20.0,
                        true,
                        theme::PAPER,
                    ));
                });
            }
        });
        for criterion in &shown {
            line(grid, &mut |r| {
                name_cell(r, &criterion.name);
                for g in 0..state.groups.len() {
                    cell(r, room, (g, criterion), &placed(g, &criterion.id), col_w);
                }
            });
        }
        if closed {
            line(grid, &mut |r| {
                name_cell(r, "Total");
                for g in 0..state.groups.len() {
                    let words =
                        ranking
                            .iter()
                            .find(|x| x.group == g)
                            .map_or_else(String::new, |x| match (deck.rules.ranking, x.tied) {
                                (false, _) => dots(x.dots),
                                (true, true) => format!("{} · place {}=", dots(x.dots), x.place),
                                (true, false) => format!("{} · place {}", dots(x.dots), x.place),
                            });
                    r.spawn((
                        Node {
                            width: px(col_w),
                            padding: px(8).all(),
                            flex_shrink: 0.0,
                            ..default()
                        },
                        Pickable::IGNORE,
                    ))
                    .with_children(|t| {
                        t.spawn(room.text(Reads::Label, &words, 24.0, true, theme::PAPER));
                    });
                }
            });
        }
    });
}

/// The gap between the vote's cells.
const CELL_GAP: f32 = 6.0;

/// A criterion of a group's solution: its dots (tap one to take it back);
/// a group's dot dropped here is placed.
fn cell(
    r: &mut ChildSpawnerCommands,
    room: &Room,
    (on, criterion): (usize, &Criterion),
    placed: &[usize],
    width: f32,
) {
    let closed = room.state().vote_closed;
    let dot = DOT * room.s.max(1.0);
    let colour = room.group_colour(on);
    let mut c = r.spawn((
        Node {
            width: px(width),
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            align_items: AlignItems::Center,
            column_gap: px(6),
            row_gap: px(6),
            padding: px(6).all(),
            min_height: px(dot + 16.0),
            border: UiRect::horizontal(px(3)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(theme::BACKGROUND.mix(&colour, 0.12)),
        BorderColor::all(colour),
        CriterionRow {
            on,
            criterion: criterion.id.clone(),
        },
        Name::new(format!(
            "criterion {} of {}",
            criterion.name,
            room.group_name(on)
        )),
    ));
    if !closed {
        c.observe(drop_dot);
    }
    c.with_children(|d| {
        if closed {
            d.spawn(room.text(
                Reads::Label,
                &placed.len().to_string(),
                24.0,
                true,
                theme::PAPER,
            ));
        }
        for &by in placed {
            let mut disc = d.spawn((
                Node {
                    width: px(dot),
                    height: px(dot),
                    border: px(3).all(),
                    border_radius: BorderRadius::MAX,
                    flex_shrink: 0.0,
                    ..default()
                },
                BackgroundColor(room.group_colour(by)),
                BorderColor::all(theme::PAPER),
                Name::new(format!("dot of {}", room.group_name(by))),
            ));
            if closed {
                disc.insert(Pickable::IGNORE);
            } else {
                disc.insert(Button).observe(act_on_click(Action::RemoveDot {
                    group: by,
                    on,
                    criterion: criterion.id.clone(),
                }));
            }
        }
    });
}

/// A group's dot dropped on a criterion: the engine decides.
fn drop_dot(
    mut drop: On<Pointer<DragDrop>>,
    rows: Query<&CriterionRow>,
    tokens: Query<&DotToken>,
    mut acts: MessageWriter<Act>,
) {
    let Ok(row) = rows.get(drop.event_target()) else {
        return;
    };
    drop.propagate(false);
    if let Ok(token) = tokens.get(drop.dropped) {
        acts.write(Act(Action::PlaceDot {
            group: token.by,
            on: row.on,
            criterion: row.criterion.clone(),
        }));
    }
}

/// The colour a tray's border goes back to after a drag.
#[derive(Component, Clone, Copy)]
struct Rim(Color);

/// A dot let go: back in its tray (a placed dot is drawn on the solution).
fn end_dot_drag(
    drag: On<Pointer<DragEnd>>,
    mut q: Query<(
        &mut UiTransform,
        &mut GlobalZIndex,
        &mut Pickable,
        &mut BorderColor,
        &Rim,
    )>,
) {
    if let Ok((mut t, mut z, mut pickable, mut border, rim)) = q.get_mut(drag.event_target()) {
        t.translation = Val2::ZERO;
        z.0 = 0;
        *pickable = Pickable::default();
        *border = BorderColor::all(rim.0);
    }
}

/// A group's tray: a dot in its colour with how many it has left, to
/// drag; with none left, greyed and still.
fn spawn_tray(commands: &mut Commands, room: &Room, g: usize, left: usize) -> Entity {
    let colour = room.group_colour(g);
    let name = room.group_name(g);
    let disc = 40.0 * room.s;
    let mut tray = commands.spawn((
        Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(10),
            padding: UiRect::new(px(6), px(16), px(6), px(6)),
            min_height: px(DOT),
            border: px(3).all(),
            border_radius: BorderRadius::all(px(30)),
            ..default()
        },
        BorderColor::all(if left > 0 {
            colour
        } else {
            theme::MUTED.with_alpha(0.5)
        }),
        BackgroundColor(theme::BACKGROUND.mix(&colour, 0.25)),
        Part::Tray(g),
        Rim(colour),
        Name::new(format!("dots of {name}")),
    ));
    if left > 0 {
        tray.insert((
            DotToken { by: g },
            UiTransform::default(),
            GlobalZIndex::default(),
            Pickable::default(),
        ))
        .observe(start_drag)
        .observe(super::negotiate::follow_pointer)
        .observe(end_dot_drag);
    } else {
        tray.insert(Pickable::IGNORE);
    }
    tray.with_children(|t| {
        t.spawn((
            Node {
                width: px(disc),
                height: px(disc),
                border_radius: BorderRadius::MAX,
                ..default()
            },
            BackgroundColor(if left > 0 { colour } else { theme::OFF }),
            Pickable::IGNORE,
        ));
        let words = if left > 0 {
            format!("{name} · {} left", dots(left))
        } else {
            format!("{name} · no dots left")
        };
        let ink = if left > 0 { theme::PAPER } else { theme::MUTED };
        t.spawn(room.text(Reads::Button, &words, 20.0, true, ink));
    });
    tray.id()
}

// ----------------------------------------------------------------- debrief

/// Every solution of a round, by its place: its dots, the support it
/// received, and who will deliver it. Rounds (and what does not fit) turn
/// like pages.
fn debrief(
    b: &mut ChildSpawnerCommands,
    room: &Room,
    page: &mut usize,
    exported: Option<&Result<std::path::PathBuf, String>>,
) {
    let state = room.state();
    let deck = room.session.deck();
    let n = state.groups.len();
    let cols = columns(n);
    let w = (room.width() - GAP * (cols as f32 - 1.0)) / cols as f32 - 1.0;
    let inner = w - 28.0;
    // Each round's solutions in their places, in rows.
    let mut rows: Vec<(u32, Vec<crate::session::Rank>)> = Vec::new();
    for round in 1..=state.round.max(1) {
        let solutions = state.solutions(round);
        if solutions.is_empty() {
            continue;
        }
        let mut ranking: Vec<_> = state
            .ranking(round)
            .into_iter()
            .filter(|r| solutions.iter().any(|s| s.group == r.group))
            .collect();
        if !deck.rules.ranking {
            // Not a contest: the solutions in the order the groups sat.
            ranking.sort_by_key(|r| r.group);
        }
        for chunk in ranking.chunks(cols) {
            rows.push((round, chunk.to_vec()));
        }
    }
    let by_criterion = |round: u32, g: usize| -> String {
        deck.criteria
            .iter()
            .filter_map(|c| {
                let n = state
                    .dots_on(round, g)
                    .iter()
                    .filter(|d| d.criterion == c.id)
                    .count();
                (n > 0).then(|| format!("{} {n}", c.name))
            })
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let solution_of = |round: u32, g: usize| -> Option<Solution> {
        state
            .solutions(round)
            .into_iter()
            .find(|s| s.group == g)
            .cloned()
    };
    let box_h = |round: u32, r: &crate::session::Rank| {
        let Some(s) = solution_of(round, r.group) else {
            return 0.0;
        };
        28.0 + 32.0 * room.s * 1.2
            + room.height(title_of(&s), 24.0, inner, true)
            + 22.0 * room.s * 1.2
            + room.height(&by_criterion(round, r.group), 18.0, inner, false)
            + chips_height(
                room,
                "Support",
                &support(room, round, r.group, false),
                18.0,
                inner,
            )
            + chips_height(
                room,
                "Will deliver",
                &deliverers(room, round, r.group),
                18.0,
                inner,
            )
            + 6.0 * 6.0
    };
    let heights: Vec<f32> = rows
        .iter()
        .map(|(round, rs)| rs.iter().map(|r| box_h(*round, r)).fold(0.0, f32::max))
        .collect();
    let ended = state
        .ended_early
        .then_some("The facilitator ended the session early.");
    let export = match exported {
        Some(Ok(dir)) => Some(format!("The report is in {}", dir.display())),
        Some(Err(e)) => Some(format!("The report could not be written: {e}")),
        None => None,
    };
    let space = room.c.y
        - 2.0 * PAD
        - BAR * room.s
        - ended.map_or(0.0, |e| room.height(e, 20.0, room.width(), false) + GAP)
        - export
            .as_deref()
            .map_or(0.0, |e| room.height(e, 20.0, room.width(), false) + GAP)
        // The round's heading.
        - 24.0 * room.s * 1.2
        - 3.0 * GAP;
    // A new round starts a new page.
    let mut on = Vec::new();
    let mut pages = 0;
    let mut round_seen = None;
    let mut used = 0.0;
    for ((round, _), h) in rows.iter().zip(&heights) {
        if round_seen != Some(*round) || (used > 0.0 && used + h > space) {
            pages += 1;
            used = 0.0;
            round_seen = Some(*round);
        }
        used += h + GAP;
        on.push(pages - 1);
    }
    let pages = pages.max(1);
    *page = (*page).min(pages - 1);
    let round_shown = rows
        .iter()
        .zip(&on)
        .find(|(_, p)| **p == *page)
        .map_or(state.round, |((r, _), _)| *r);
    // A round on more than one page says which part shows.
    let parts: Vec<usize> = {
        let mut p: Vec<usize> = rows
            .iter()
            .zip(&on)
            .filter(|((r, _), _)| *r == round_shown)
            .map(|(_, p)| *p)
            .collect();
        p.dedup();
        p
    };
    let mut label = format!("Round {round_shown} of {}", state.round.max(1));
    if parts.len() > 1 {
        let part = parts.iter().position(|p| *p == *page).unwrap_or(0) + 1;
        label.push_str(&format!(", part {part} of {}", parts.len()));
    }
    bar(b, room, "Debrief", false, None, (*page, pages, &label));
    if let Some(e) = ended {
        b.spawn(room.text(Reads::Hint, e, 20.0, false, theme::MUTED));
    }
    if let Some(e) = &export {
        let colour = if matches!(exported, Some(Ok(_))) {
            theme::GOOD_TEXT
        } else {
            theme::ALARM
        };
        b.spawn(room.text(Reads::Hint, e, 20.0, false, colour));
    }
    // What the page leaves free, shared by its rows: each solution then
    // shows its cards and as much of its pitch as that room holds.
    let on_page: Vec<f32> = heights
        .iter()
        .zip(&on)
        .filter(|(_, p)| **p == *page)
        .map(|(h, _)| *h)
        .collect();
    let spare = ((space - on_page.iter().map(|h| h + GAP).sum::<f32>())
        / on_page.len().max(1) as f32)
        .max(0.0);
    b.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(GAP),
            flex_grow: 1.0,
            ..default()
        },
        Pickable::IGNORE,
        Name::new("solutions of the round"),
    ))
    .with_children(|list| {
        let mut heading = None;
        for (((round, ranks), _), h) in rows
            .iter()
            .zip(&on)
            .zip(&heights)
            .filter(|((_, p), _)| **p == *page)
        {
            if heading != Some(*round) {
                heading = Some(*round);
                list.spawn(room.text(
                    Reads::SolutionTitle,
                    &format!("Round {round}"),
                    24.0,
                    true,
                    theme::PAPER,
                ));
            }
            list.spawn((
                Node {
                    flex_direction: FlexDirection::Row,
                    column_gap: px(GAP),
                    align_items: AlignItems::FlexStart,
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|r| {
                for rank in ranks {
                    if let Some(s) = solution_of(*round, rank.group) {
                        // This box's own room: the row's tallest box, and the spare.
                        let room_left = h - box_h(*round, rank) + spare;
                        debriefed(
                            r,
                            room,
                            (*round, rank),
                            &s,
                            &by_criterion(*round, rank.group),
                            (w, room_left),
                        );
                    }
                }
            });
        }
    });
}

/// One solution on the debrief: place, group, title, dots (by criterion),
/// support and who will deliver it.
fn debriefed(
    p: &mut ChildSpawnerCommands,
    room: &Room,
    (round, rank): (u32, &crate::session::Rank),
    s: &Solution,
    by_criterion: &str,
    (width, spare): (f32, f32),
) {
    let g = rank.group;
    let inner = width - 28.0;
    // With room to spare, the solution's cards, then its pitch.
    let cards = s
        .ideas
        .iter()
        .chain(&s.methods)
        .map(|id| room.card(id).1)
        .collect::<Vec<_>>()
        .join(" · ");
    let cards_h = room.height(&cards, 18.0, inner, false) + 6.0;
    let show_cards = !cards.is_empty() && cards_h <= spare;
    let pitch_lines = if show_cards {
        ((spare - cards_h - 6.0) / (18.0 * room.s * 1.2))
            .floor()
            .clamp(0.0, 16.0) as usize
    } else {
        0
    };
    let pitch = super::table::fit::first_lines(
        &s.pitch,
        super::fonts::step(18.0 * room.s),
        inner,
        pitch_lines,
    );
    let place = match (room.session.deck().rules.ranking, rank.tied) {
        (false, _) => String::new(),
        (true, true) => format!("{}=", rank.place),
        (true, false) => rank.place.to_string(),
    };
    p.spawn(solution_box(
        room,
        g,
        "debrief",
        Node {
            width: px(width),
            padding: px(10).all(),
            row_gap: px(6),
            ..default()
        },
    ))
    .with_children(|b| {
        b.spawn(row(12.0)).with_children(|r| {
            if !place.is_empty() {
                r.spawn(room.text(Reads::Label, &place, 32.0, true, theme::PAPER));
            }
            r.spawn(room.text(
                Reads::GroupName,
                room.group_name(g),
                22.0,
                true,
                room.group_name_colour(g),
            ));
        });
        b.spawn(room.text(Reads::SolutionTitle, title_of(s), 24.0, true, theme::PAPER));
        b.spawn(room.text(Reads::Label, &dots(rank.dots), 22.0, true, theme::PAPER));
        if !by_criterion.is_empty() {
            b.spawn(room.label(by_criterion, 18.0, theme::MUTED));
        }
        if show_cards {
            b.spawn(room.label(&cards, 18.0, theme::MUTED));
        }
        if !pitch.is_empty() {
            b.spawn(room.label(&pitch, 18.0, theme::PAPER));
        }
        chips(b, room, "Support", &support(room, round, g, false), 18.0);
        chips(b, room, "Will deliver", &deliverers(room, round, g), 18.0);
    });
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
        assert_eq!(dots(1), "1 dot");
        assert_eq!(dots(0), "0 dots");
        assert_eq!(dots(3), "3 dots");
    }
}
