//! What the room's screens share: the bar with its pages, buttons, chips,
//! solution boxes, who presents and who delivers, and packing rows into pages.

use super::*;

/// "1 dot", "3 dots" ("3 kropki").
pub fn dots(w: &Words, n: usize) -> String {
    say!(w, "report-dots", count = n)
}

/// A row in reading order: from the right in a room that reads right to
/// left (a bar's heading at the right, its timer to its left).
pub(in crate::app) fn reading_row(w: &Words) -> FlexDirection {
    if w.direction() == "rtl" {
        FlexDirection::RowReverse
    } else {
        FlexDirection::Row
    }
}

/// A phase's name in the room's language.
pub(super) fn say_phase(w: &Words, phase: Phase) -> String {
    phase.message().say(w)
}

/// The bar at the top of a screen: what it is, the countdown, a count-up
/// of the talk going on, and the pages when there are more than one.
pub(super) fn bar(
    b: &mut ChildSpawnerCommands,
    room: &Room,
    heading: &str,
    timer: bool,
    talk: Option<String>,
    pages: (usize, usize, &str),
) {
    b.spawn((
        Node {
            flex_direction: reading_row(room.w),
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
pub(super) const BAR: f32 = 64.0;

/// A button that turns to page `to`.
pub(super) fn turn(
    p: &mut ChildSpawnerCommands,
    room: &Room,
    label: &str,
    enabled: bool,
    to: usize,
) {
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
pub(super) fn button(
    p: &mut ChildSpawnerCommands,
    room: &Room,
    label: &str,
    colour: Color,
    action: Action,
) {
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
pub(super) fn chip(
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
pub(super) fn solution_box(room: &Room, g: usize, what: &str, node: Node) -> impl Bundle {
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
pub(super) fn row(gap: f32) -> impl Bundle {
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
pub(super) fn chips(
    p: &mut ChildSpawnerCommands,
    room: &Room,
    label: &str,
    items: &[(String, Color)],
    size: f32,
) {
    p.spawn(row(6.0)).with_children(|r| {
        r.spawn(room.text(
            Reads::Hint,
            &say!(room.w, "room-label", label = label),
            size,
            false,
            theme::MUTED,
        ));
        for (words, colour) in items {
            chip(r, room, Reads::Hint, words, *colour, size);
        }
        if items.is_empty() {
            r.spawn(room.text(
                Reads::Hint,
                &say!(room.w, "report-none-yet"),
                size,
                false,
                theme::MUTED,
            ));
        }
    });
}

/// The heights of chips in rows of `width`.
pub(super) fn chips_height(
    room: &Room,
    label: &str,
    items: &[(String, Color)],
    size: f32,
    width: f32,
) -> f32 {
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
pub(super) fn support(room: &Room, round: u32, g: usize, roles: bool) -> Vec<(String, Color)> {
    room.state()
        .pledges
        .iter()
        .filter(|p| p.round == round && p.to == g)
        .map(|p| {
            let from = room.group_name(p.from);
            let words = match p.role.as_deref().filter(|_| roles) {
                Some(role) => say!(
                    room.w,
                    "room-pledge-from-role",
                    kind = p.kind.as_str(),
                    group = from,
                    role = room.role_name(role)
                ),
                None => say!(
                    room.w,
                    "report-pledge-from",
                    kind = p.kind.as_str(),
                    group = from
                ),
            };
            (words, room.group_colour(p.from))
        })
        .collect()
}

/// The roles that said they will deliver `g`'s solution in `round`.
pub(super) fn deliverers(room: &Room, round: u32, g: usize) -> Vec<(String, Color)> {
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
pub(super) fn about(room: &Room, s: &Solution) -> String {
    let mut line = Vec::new();
    if !s.champions.is_empty() {
        let names: Vec<&str> = s.champions.iter().map(|r| room.role_name(r)).collect();
        line.push(say!(room.w, "room-championed-by", roles = names.join(", ")));
    }
    if let Some(h) = s.horizon {
        let when = h.message().say(room.w);
        line.push(say!(room.w, "room-when", when = when));
    }
    if let Some(l) = &s.level {
        line.push(say!(room.w, "room-where", level = l.as_str()));
    }
    line.join(" · ")
}

/// Rows of `heights` packed into pages of at most `room` high: the page
/// each row is on and how many pages there are.
pub(super) fn pack(heights: &[f32], room: f32) -> (Vec<usize>, usize) {
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
pub(super) fn who(
    b: &mut ChildSpawnerCommands,
    room: &Room,
    label: &str,
    done: impl Fn(usize) -> bool,
    start: impl Fn(usize) -> Action,
    end: Option<(String, Action)>,
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
            button(r, room, &words, theme::BUTTON, action);
        }
    });
}

/// The height of [`who`]'s row of buttons.
pub(super) fn who_height(room: &Room, label: &str, end: bool) -> f32 {
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
