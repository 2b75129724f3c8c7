//! The vote: a column per solution, a row per criterion, and each group's
//! tray of dots to drag onto them; drawn part by part, so a dot being
//! dragged stays in its hand while others are placed.

use super::*;

/// Groups' dots left this round.
pub(super) fn dots_left(session: &Session, g: usize) -> usize {
    let state = session.state();
    let used = state
        .dots
        .iter()
        .filter(|d| d.round == state.round && d.by == g)
        .count();
    (session.deck().rules.dots_per_group as usize).saturating_sub(used)
}

/// The size of a dot: big enough to see and to tap.
pub(super) const DOT: f32 = 48.0;

/// Columns of solution boxes for `n` groups: one row up to four, then two.
pub(super) fn columns(n: usize) -> usize {
    if n <= 4 { n.max(1) } else { n.div_ceil(2) }
}

/// The vote, like a wall of posters with sticky dots: each solution a
/// column in its group's colour, with one row per criterion holding the
/// dots placed on it; each group's dots wait in its tray below. Criteria
/// that do not fit turn like pages.
pub(super) fn vote(b: &mut ChildSpawnerCommands, room: &Room, page: &mut usize) {
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
        .map(|g| {
            22.0 * room.s * 1.2 + room.height(&room.title_of(&g.solution), 20.0, col_w - 20.0, true)
        })
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
        say!(room.w, "vote-closed-hint")
    } else {
        say!(room.w, "vote-hint")
    };
    let hint = hint.as_str();
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
        &room.heading(Phase::Vote),
        !closed,
        None,
        (
            *page,
            pages,
            &say!(
                room.w,
                "vote-criteria-part",
                part = *page + 1,
                parts = pages
            ),
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
                        &room.title_of(&group.solution),
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
                name_cell(r, &say!(room.w, "vote-total"));
                for g in 0..state.groups.len() {
                    let words =
                        ranking
                            .iter()
                            .find(|x| x.group == g)
                            .map_or_else(String::new, |x| match (deck.rules.ranking, x.tied) {
                                (false, _) => dots(room.w, x.dots),
                                (true, true) => say!(
                                    room.w,
                                    "vote-place-tied",
                                    dots = dots(room.w, x.dots),
                                    place = x.place
                                ),
                                (true, false) => say!(
                                    room.w,
                                    "vote-place",
                                    dots = dots(room.w, x.dots),
                                    place = x.place
                                ),
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
pub(super) const CELL_GAP: f32 = 6.0;

/// A criterion of a group's solution: its dots (tap one to take it back);
/// a group's dot dropped here is placed.
pub(super) fn cell(
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
pub(super) fn drop_dot(
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
pub(super) struct Rim(Color);

/// A dot let go: back in its tray (a placed dot is drawn on the solution).
pub(super) fn end_dot_drag(
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
pub(super) fn spawn_tray(commands: &mut Commands, room: &Room, g: usize, left: usize) -> Entity {
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
        .observe(super::super::negotiate::follow_pointer)
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
            say!(room.w, "vote-dots-left", group = name, count = left)
        } else {
            say!(room.w, "vote-no-dots-left", group = name)
        };
        let ink = if left > 0 { theme::PAPER } else { theme::MUTED };
        t.spawn(room.text(Reads::Button, &words, 20.0, true, ink));
    });
    tray.id()
}

// ----------------------------------------------------------------- debrief
