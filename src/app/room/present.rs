//! Present: the presenting group's solution, its cards with their full
//! text, and who champions it.

use super::*;

/// The solution being presented fills the screen: its title large, its
/// pitch, and every card with its full text, its picture and its kind's
/// colour.
pub(super) fn present(b: &mut ChildSpawnerCommands, room: &Room, page: &mut usize) {
    let state = room.state();
    let shown = state.presenting.or(state.spotlight).unwrap_or(0);
    let talk = state
        .presenting
        .and_then(|_| talk_started(state, Screen::Present))
        .map(|_| say!(room.w, "present-for", group = room.group_name(shown)));
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
        + room.height(&room.title_of(s), 56.0, w, true)
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
        - who_height(
            room,
            &say!(room.w, "present-who"),
            state.presenting.is_some(),
        )
        - head
        - 3.0 * GAP;
    let (on, pages) = pack(&rows, space);
    *page = (*page).min(pages - 1);
    let first = on.iter().position(|p| *p == *page).unwrap_or(0) * cols;
    let last = (on.iter().rposition(|p| *p == *page).unwrap_or(0) + 1) * cols;
    bar(
        b,
        room,
        &room.heading(Phase::Present),
        true,
        talk,
        (
            *page,
            pages,
            &say!(
                room.w,
                "present-cards",
                first = first + 1,
                last = last.min(cards.len()),
                count = cards.len()
            ),
        ),
    );
    who(
        b,
        room,
        &say!(room.w, "present-who"),
        |g| {
            state
                .presentations
                .iter()
                .any(|p| p.round == state.round && p.group == g && p.ended.is_some())
        },
        |g| Action::StartPresentation { group: g },
        state
            .presenting
            .map(|_| (say!(room.w, "present-end"), Action::EndPresentation)),
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
        h.spawn(room.text(
            Reads::SolutionTitle,
            &room.title_of(s),
            56.0,
            true,
            theme::PAPER,
        ));
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
pub(super) fn card(p: &mut ChildSpawnerCommands, room: &Room, id: &str, width: f32) {
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
            &theme::kind_label(room.w, kind),
            18.0,
            true,
            theme::INK,
        ));
        c.spawn(room.text(Reads::CardTitle, &title, 28.0, true, theme::INK));
        super::super::pictures::picture_node(
            c,
            (room.fonts, room.w),
            room.pictures,
            id,
            120.0 * room.s,
        );
        c.spawn(room.text(Reads::CardText, &text, 24.0, false, theme::INK));
    });
}

// ------------------------------------------------------------- report-back
