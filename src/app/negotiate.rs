//! Negotiate: every solution on screen. Each group has a tray of support
//! tokens (funding, endorsement, sharing…) and its roles; dragging a token
//! onto another group's solution pledges that support, dragging a role onto
//! a solution commits it to deliver. Tapping a pledge or commitment on a
//! solution withdraws it. Drawn with Bevy UI, like the table, and like it
//! part by part: a pledge draws the solutions again but not the trays, so
//! a token being dragged by another group stays in its hand.

use bevy::picking::events::{Click, Drag, DragDrop, Pointer};
use bevy::prelude::*;

use super::fonts::Fonts;
use super::game::{Act, Game, GameSystems};
use super::screens::Screen;
use super::table::{Canvas, TimerText, end_drag, fit, px_node, start_drag};
use super::theme::{self, TextSize};
use crate::deck::Kind;
use crate::say;
use crate::session::Action;
use crate::words::Words;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Built>()
        .add_systems(
            Update,
            rebuild
                .run_if(in_state(Screen::Negotiate))
                .after(GameSystems),
        )
        .add_systems(OnExit(Screen::Negotiate), clear);
}

/// What the screen was last drawn from: the frame (text size, canvas and
/// groups), the solutions (the session's revision) and each group's tray
/// (what it can drag and how much support it has left).
#[derive(Resource, Default)]
struct Built {
    frame: Option<(u32, [u32; 2], usize)>,
    solutions: Option<u64>,
    trays: Vec<Option<u64>>,
}

/// The parts of the screen drawn on their own.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Solutions,
    /// The row holding every group's tray.
    Trays,
    /// A group's tray.
    Tray(usize),
}

/// Where the solutions sit among the root's children: after the bar and
/// the line of help, before the trays.
const SOLUTIONS_AT: usize = 2;

#[derive(Component)]
pub struct NegotiateRoot;

/// Something a group can drag onto a solution.
#[derive(Component, Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Support { from: usize, kind: String },
    Role { group: usize, role: String },
}

/// The grid of every group's solution (what shows of it is what fits above
/// the trays).
#[derive(Component, Debug, Clone, Copy)]
pub struct SolutionsGrid;

/// A group's solution, as a place to drop tokens.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SolutionPanel(pub usize);

/// The action a token dropped on a solution stands for.
pub fn token_action(token: &Token, to: usize) -> Action {
    match token {
        Token::Support { from, kind } => Action::Pledge {
            from: *from,
            to,
            kind: kind.clone(),
            note: String::new(),
        },
        Token::Role { group, role } => Action::Commit {
            group: *group,
            role: role.clone(),
            to,
        },
    }
}

fn clear(
    mut commands: Commands,
    roots: Query<Entity, With<NegotiateRoot>>,
    mut built: ResMut<Built>,
) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    *built = Built::default();
}

fn on_drop(
    mut drop: On<Pointer<DragDrop>>,
    panels: Query<&SolutionPanel>,
    tokens: Query<&Token>,
    mut acts: MessageWriter<Act>,
) {
    let Ok(panel) = panels.get(drop.event_target()) else {
        return;
    };
    drop.propagate(false);
    if let Ok(token) = tokens.get(drop.dropped) {
        acts.write(Act(token_action(token, panel.0)));
    }
}

fn withdraw(action: Action) -> impl FnMut(On<Pointer<Click>>, MessageWriter<Act>) {
    move |mut click: On<Pointer<Click>>, mut acts: MessageWriter<Act>| {
        click.propagate(false);
        acts.write(Act(action.clone()));
    }
}

fn text(fonts: &Fonts, s: &str, size: f32, bold: bool, colour: Color) -> impl Bundle {
    (
        Text::new(s),
        if bold {
            fonts.bold(size)
        } else {
            fonts.text(size)
        },
        TextColor(colour),
        Pickable::IGNORE,
    )
}

#[allow(clippy::too_many_arguments)]
fn rebuild(
    mut commands: Commands,
    game: Res<Game>,
    size: Res<TextSize>,
    canvas: Res<Canvas>,
    fonts: Res<Fonts>,
    roots: Query<Entity, With<NegotiateRoot>>,
    parts: Query<(Entity, &Part)>,
    mut built: ResMut<Built>,
) {
    let Some(session) = &game.session else { return };
    let state = session.state();
    let frame = (
        (size.0 * 100.0) as u32,
        [canvas.size.x as u32, canvas.size.y as u32],
        state.groups.len(),
    );
    let old = roots.iter().next().filter(|_| built.frame == Some(frame));
    // Solutions and trays show the session: nothing to compare until it
    // changes.
    if old.is_some() && built.solutions == Some(game.revision) {
        return;
    }
    // The old parts go with their root when the whole screen is drawn anew.
    let parts: Vec<(Entity, Part)> = match old {
        Some(_) => parts.iter().map(|(e, p)| (e, *p)).collect(),
        None => Vec::new(),
    };
    let (root, row) = match old.zip(parts.iter().find(|(_, p)| *p == Part::Trays)) {
        Some((root, &(row, _))) => (root, row),
        None => {
            for e in &roots {
                commands.entity(e).despawn();
            }
            *built = Built {
                frame: Some(frame),
                trays: vec![None; state.groups.len()],
                ..default()
            };
            let root = spawn_root(&mut commands, &fonts, session, size.0, canvas.size);
            let row = commands.spawn((trays_row(), Part::Trays)).id();
            commands.entity(root).add_child(row);
            (root, row)
        }
    };
    if built.solutions != Some(game.revision) {
        built.solutions = Some(game.revision);
        for &(e, p) in &parts {
            if p == Part::Solutions {
                commands.entity(e).despawn();
            }
        }
        let grid = spawn_solutions(&mut commands, &fonts, session, size.0, canvas.size);
        commands.entity(root).insert_child(SOLUTIONS_AT, grid);
    }
    // Each group's tray is drawn again only when what it holds changes, so
    // one group's pledge never takes a token from another group's hand.
    for g in 0..state.groups.len() {
        let tray = Tray::of(session, g);
        let key = super::room::key(&tray);
        if built.trays.get(g).copied().flatten() == Some(key) {
            continue;
        }
        if let Some(k) = built.trays.get_mut(g) {
            *k = Some(key);
        }
        for &(e, p) in &parts {
            if p == Part::Tray(g) {
                commands.entity(e).despawn();
            }
        }
        // With more than six groups, two trays share a row and spent
        // tokens are left out (the solutions show every pledge).
        let crowded = state.groups.len() > 6;
        let half = (canvas.size.x - 40.0) / 2.0;
        let t = spawn_tray(
            &mut commands,
            &fonts,
            &tray,
            g,
            size.0,
            crowded.then_some(half),
        );
        commands.entity(row).insert_child(g, t);
    }
}

/// What a group's tray shows: its name and colour, its support tokens with
/// how many of each it has left this round, and its roles.
#[derive(Hash)]
struct Tray {
    name: String,
    colour: crate::session::Colour,
    /// Each kind of support and the tokens of it left (`None`: unlimited,
    /// in a session played under the first rules).
    support: Vec<(String, Option<usize>)>,
    /// Each role's id and name.
    roles: Vec<(String, String)>,
}

impl Tray {
    fn of(session: &crate::session::Session, g: usize) -> Tray {
        let state = session.state();
        let deck = session.deck();
        let group = &state.groups[g];
        let unlimited = session.rules_version() < 2;
        let support = deck
            .support
            .iter()
            .map(|kind| {
                let left = (!unlimited).then(|| crate::session::support_left(deck, state, g, kind));
                (kind.clone(), left)
            })
            .collect();
        let roles = group
            .roles
            .iter()
            .map(|id| {
                let name = deck.role(id).map_or(id.as_str(), |r| r.name.as_str());
                (id.clone(), name.to_string())
            })
            .collect();
        Tray {
            name: group.name.clone(),
            colour: group.colour,
            support,
            roles,
        }
    }
}

/// The screen's root with its bar (phase, countdown, message) and help.
fn spawn_root(
    commands: &mut Commands,
    fonts: &Fonts,
    session: &crate::session::Session,
    s: f32,
    c: Vec2,
) -> Entity {
    let state = session.state();
    let w = super::game::room_words(session);
    commands
        .spawn((
            NegotiateRoot,
            px_node(0.0, 0.0, c.x, c.y),
            // No background: the window is cleared to it, and a node the
            // size of the screen would shade every pixel again.
            Pickable::IGNORE,
        ))
        .insert(Node {
            flex_direction: FlexDirection::Column,
            padding: px(12).all(),
            row_gap: px(10),
            ..px_node(0.0, 0.0, c.x, c.y)
        })
        .with_children(|root| {
            // The bar: phase, countdown, message, what to do.
            root.spawn((
                Node {
                    flex_direction: super::room::reading_row(w),
                    align_items: AlignItems::Center,
                    column_gap: px(24),
                    flex_shrink: 0.0,
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|bar| {
                bar.spawn(text(
                    fonts,
                    &say!(
                        w,
                        "negotiate-heading",
                        round = state.round,
                        rounds = state.rounds
                    ),
                    28.0,
                    true,
                    theme::PAPER,
                ));
                bar.spawn((
                    Text::new(""),
                    fonts.bold(48.0),
                    TextColor(theme::PAPER),
                    TimerText,
                    Pickable::IGNORE,
                ));
            });
            root.spawn(text(
                fonts,
                &say!(w, "negotiate-hint"),
                18.0 * s,
                false,
                theme::MUTED,
            ));
        })
        .id()
}

/// Every group's solution, with the support pledged to it and the roles
/// that will help deliver it.
fn spawn_solutions(
    commands: &mut Commands,
    fonts: &Fonts,
    session: &crate::session::Session,
    s: f32,
    c: Vec2,
) -> Entity {
    let state = session.state();
    let deck = session.deck();
    let w = super::game::room_words(session);
    let round = state.round;
    let n = state.groups.len();
    let cols = if n <= 4 { n.max(1) } else { n.div_ceil(2) };
    commands
        .spawn((
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(10),
                row_gap: px(10),
                flex_grow: 1.0,
                min_height: px(0),
                // With many groups the solutions may not all fit above the
                // trays at the room's text size: cut them there rather than
                // draw under the trays.
                overflow: Overflow::clip_y(),
                ..default()
            },
            Pickable::IGNORE,
            Part::Solutions,
            SolutionsGrid,
        ))
        .with_children(|grid| {
            // Inside the padding, with a little to spare: rounding to whole
            // pixels must never wrap a row.
            let width = (c.x - 30.0 - 10.0 * (cols as f32 - 1.0)) / cols as f32;
            // The height each solution has above the trays (one tray a row,
            // the heading and the hint above): what does not fit is left
            // out, most dispensable first, rather than cut off.
            let rows = n.div_ceil(cols).max(1) as f32;
            let trays = if n > 6 {
                // Two a row, each on two lines.
                n.div_ceil(2) as f32 * 104.0 * s + 20.0
            } else {
                n as f32 * 52.0 * s + 20.0
            };
            let room = (c.y - 150.0 * s - trays) / rows - 10.0;
            let lines = |words: &str, letter: f32| {
                (words.chars().count() as f32 * letter * s / (width - 36.0))
                    .ceil()
                    .max(1.0)
            };
            for (to, group) in state.groups.iter().enumerate() {
                let colour = theme::group_colour(group.colour);
                let sol = &group.solution;
                let pledged: Vec<_> = state
                    .pledges
                    .iter()
                    .filter(|x| x.round == round && x.to == to)
                    .collect();
                let delivering = state
                    .commitments
                    .iter()
                    .filter(|x| x.round == round && x.to == to)
                    .count();
                let card_words: usize = sol
                    .ideas
                    .iter()
                    .chain(&sol.methods)
                    .map(|id| deck.card(id).map_or(12, |(_, c)| c.title.len() + 3))
                    .sum();
                let base_with = |title: f32, letter: f32, deliver: f32| {
                    30.0 * s
                        + lines(&sol.title, letter) * title * 1.25 * s
                        + (delivering.max(1) as f32) * deliver * s
                        + 40.0
                };
                // Tight: a smaller title (still above the floor) and the
                // roles that deliver named without their group (the chip's
                // colour is the group's).
                let tight = base_with(24.0, 14.5, 36.0) + 40.0 * s > room;
                let base = if tight {
                    base_with(20.0, 12.0, 31.0)
                } else {
                    base_with(24.0, 14.5, 36.0)
                };
                let pledge_h = |long: bool| {
                    pledged
                        .iter()
                        .map(|_| if long { 2.0 } else { 1.0 } * 26.0 * s + 10.0)
                        .sum::<f32>()
                        .max(30.0 * s)
                };
                let cards_h = (card_words as f32 * 10.5 * s / (width - 36.0)).ceil() * 23.0 * s;
                let show_cards = base + cards_h + pledge_h(true) <= room;
                // The pitch, in the lines left under the cards.
                let pitch_lines = if show_cards && !sol.pitch.is_empty() {
                    ((room - base - cards_h - pledge_h(true) - 6.0) / fit::line(18.0 * s))
                        .floor()
                        .clamp(0.0, 12.0) as usize
                } else {
                    0
                };
                let long_pledges = base + pledge_h(true) <= room;
                // Deliverers that still fit, one a row, when nothing else
                // can be left out.
                let spare = room - (base - (delivering.max(1) as f32) * 31.0 * s) - pledge_h(false);
                let deliver_limit = if tight {
                    // (one row kept for "+1 more")
                    (((spare - 31.0 * s) / (31.0 * s)).floor() as usize).max(1)
                } else {
                    usize::MAX
                };
                grid.spawn((
                    Node {
                        width: px(width),
                        flex_direction: FlexDirection::Column,
                        padding: px(10).all(),
                        row_gap: px(6),
                        border: px(4).all(),
                        border_radius: BorderRadius::all(px(12)),
                        ..default()
                    },
                    BackgroundColor(theme::BACKGROUND.mix(&colour, 0.16)),
                    BorderColor::all(colour),
                    SolutionPanel(to),
                    Name::new(format!("solution of {}", group.name)),
                ))
                .observe(on_drop)
                .with_children(|p| {
                    p.spawn(text(
                        fonts,
                        &group.name,
                        22.0 * s,
                        true,
                        theme::group_name_colour(group.colour),
                    ));
                    let untitled = say!(w, "report-untitled");
                    let title = if sol.title.is_empty() {
                        &untitled
                    } else {
                        &sol.title
                    };
                    let size = if tight { 20.0 } else { 24.0 };
                    p.spawn(text(fonts, title, size * s, true, theme::PAPER));
                    let cards: Vec<String> = sol
                        .ideas
                        .iter()
                        .chain(&sol.methods)
                        .map(|id| {
                            deck.card(id)
                                .map(|(_, c)| c.title.clone())
                                .or_else(|| state.written_card(id).map(|w| w.title.clone()))
                                .unwrap_or_default()
                        })
                        .collect();
                    if show_cards {
                        p.spawn(text(
                            fonts,
                            &cards.join(" · "),
                            18.0 * s,
                            false,
                            theme::MUTED,
                        ));
                    }
                    let pitch = fit::first_lines(
                        &sol.pitch,
                        super::fonts::step(18.0 * s),
                        width - 36.0,
                        pitch_lines,
                    );
                    if !pitch.is_empty() {
                        p.spawn(text(fonts, &pitch, 18.0 * s, false, theme::PAPER));
                    }
                    chips(
                        p,
                        fonts,
                        (s, usize::MAX, w),
                        &say!(w, "room-support"),
                        state
                            .pledges
                            .iter()
                            .filter(|x| x.round == round && x.to == to)
                            .map(|x| {
                                let from = state.groups.get(x.from);
                                (
                                    match x.role.as_deref().and_then(|r| deck.role(r)) {
                                        Some(role) if long_pledges => say!(
                                            w,
                                            "room-pledge-from-role",
                                            kind = x.kind.as_str(),
                                            group = from.map_or("?", |g| g.name.as_str()),
                                            role = role.name.as_str()
                                        ),
                                        _ => say!(
                                            w,
                                            "report-pledge-from",
                                            kind = x.kind.as_str(),
                                            group = from.map_or("?", |g| g.name.as_str())
                                        ),
                                    },
                                    from.map_or(theme::MUTED, |g| theme::group_colour(g.colour)),
                                    Action::WithdrawPledge {
                                        from: x.from,
                                        to,
                                        kind: x.kind.clone(),
                                    },
                                )
                            }),
                    );
                    chips(
                        p,
                        fonts,
                        (s, deliver_limit, w),
                        &say!(w, "room-will-deliver"),
                        state
                            .commitments
                            .iter()
                            .filter(|x| x.round == round && x.to == to)
                            .map(|x| {
                                let by = state.groups.get(x.group);
                                let role = deck
                                    .role(&x.role)
                                    .map_or(x.role.as_str(), |r| r.name.as_str());
                                (
                                    if tight {
                                        role.to_string()
                                    } else {
                                        say!(
                                            w,
                                            "negotiate-deliverer",
                                            role = role,
                                            group = by.map_or("?", |g| g.name.as_str())
                                        )
                                    },
                                    by.map_or(theme::MUTED, |g| theme::group_colour(g.colour)),
                                    Action::WithdrawCommitment {
                                        group: x.group,
                                        role: x.role.clone(),
                                        to,
                                    },
                                )
                            }),
                    );
                });
            }
        })
        .id()
}

/// A group's tray: its support tokens (with how many are left; with none
/// left, the token rests greyed) and its roles, to drag onto solutions.
fn spawn_tray(
    commands: &mut Commands,
    fonts: &Fonts,
    tray: &Tray,
    g: usize,
    s: f32,
    half: Option<f32>,
) -> Entity {
    let colour = theme::group_colour(tray.colour);
    commands
        .spawn((
            Node {
                max_width: half.map_or(Val::Auto, px),
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                column_gap: px(6),
                row_gap: px(4),
                padding: px(6).all(),
                border: px(2).all(),
                border_radius: BorderRadius::all(px(10)),
                ..default()
            },
            BorderColor::all(colour),
            Pickable::IGNORE,
            Part::Tray(g),
        ))
        .with_children(|t| {
            t.spawn(text(
                fonts,
                &tray.name,
                20.0 * s,
                true,
                theme::group_name_colour(tray.colour),
            ));
            for (kind, left) in &tray.support {
                let label = match left {
                    None => kind.clone(),
                    Some(n) => format!("{kind} ×{n}"),
                };
                if *left == Some(0) && half.is_some() {
                } else if *left == Some(0) {
                    spent(t, fonts, s, &label);
                } else {
                    let support = Token::Support {
                        from: g,
                        kind: kind.clone(),
                    };
                    token(t, fonts, s, &label, colour, support);
                }
            }
            for (id, name) in &tray.roles {
                let role = Token::Role {
                    group: g,
                    role: id.clone(),
                };
                token(t, fonts, s, name, theme::kind_colour(Kind::Role), role);
            }
        })
        .id()
}

/// A kind of support the group has none left of this round: shown, greyed,
/// and not to be dragged.
fn spent(tray: &mut ChildSpawnerCommands, fonts: &Fonts, s: f32, label: &str) {
    tray.spawn((
        Node {
            padding: UiRect::axes(px(10), px(5)),
            border: px(2).all(),
            border_radius: BorderRadius::all(px(14)),
            ..default()
        },
        BackgroundColor(theme::MUTED.with_alpha(0.25)),
        BorderColor::all(theme::MUTED.with_alpha(0.5)),
        Pickable::IGNORE,
        Name::new(format!("spent {label}")),
    ))
    .with_children(|t| {
        t.spawn(text(fonts, label, 18.0 * s, true, theme::MUTED));
    });
}

/// A labelled row of chips (tap one to take it back); at most `limit`, the
/// rest counted ("+2 more").
fn chips(
    p: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    (s, limit, w): (f32, usize, &Words),
    label: &str,
    items: impl Iterator<Item = (String, Color, Action)>,
) {
    p.spawn((
        Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(4),
            row_gap: px(4),
            align_items: AlignItems::Center,
            ..default()
        },
        Pickable::IGNORE,
    ))
    .with_children(|row| {
        row.spawn(text(
            fonts,
            &say!(w, "room-label", label = label),
            18.0 * s,
            false,
            theme::MUTED,
        ));
        let mut any = false;
        let mut more = 0;
        for (i, (words, colour, undo)) in items.enumerate() {
            any = true;
            if i >= limit {
                more += 1;
                continue;
            }
            // A token like those in the trays: the support given.
            row.spawn((
                Node {
                    padding: UiRect::axes(px(10), px(3)),
                    border_radius: BorderRadius::all(px(14)),
                    ..default()
                },
                Button,
                BackgroundColor(colour),
                Name::new(format!("chip {words}")),
            ))
            .observe(withdraw(undo))
            .with_children(|c| {
                c.spawn(text(fonts, &words, 18.0 * s, false, theme::ink_on(colour)));
            });
        }
        if more > 0 {
            row.spawn(text(
                fonts,
                &say!(w, "negotiate-more", count = more),
                18.0 * s,
                false,
                theme::MUTED,
            ));
        }
        if !any {
            row.spawn(text(
                fonts,
                &say!(w, "report-none-yet"),
                18.0 * s,
                false,
                theme::MUTED,
            ));
        }
    });
}

fn token(
    tray: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    s: f32,
    label: &str,
    colour: Color,
    token: Token,
) {
    tray.spawn((
        Node {
            padding: UiRect::axes(px(10), px(5)),
            border: px(2).all(),
            border_radius: BorderRadius::all(px(14)),
            ..default()
        },
        BackgroundColor(colour),
        BorderColor::all(theme::INK.with_alpha(0.4)),
        UiTransform::default(),
        GlobalZIndex::default(),
        Pickable::default(),
        Name::new(format!("token {label}")),
        token,
    ))
    .observe(start_drag)
    .observe(follow_pointer)
    .observe(end_drag)
    .with_children(|t| {
        t.spawn(text(fonts, label, 18.0 * s, true, theme::ink_on(colour)));
    });
}

/// The row at the foot of the screen holding every group's tray (of
/// tokens here, of dots on the vote).
pub(super) fn trays_row() -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(10),
            row_gap: px(8),
            flex_shrink: 0.0,
            ..default()
        },
        Pickable::IGNORE,
    )
}

/// A token being dragged follows the pointer.
pub(super) fn follow_pointer(
    drag: On<Pointer<Drag>>,
    scale: Res<UiScale>,
    mut q: Query<&mut UiTransform>,
) {
    if let Ok(mut t) = q.get_mut(drag.event_target()) {
        let d = drag.distance / scale.0.max(0.01);
        t.translation = Val2::px(d.x, d.y);
    }
}
