//! The briefing: what the room hears first, full screen, a page at a time.

use super::*;

/// The plans the room is responding to, in large type, page by page.
pub(super) fn briefing(b: &mut ChildSpawnerCommands, room: &Room, page: &mut usize) {
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
    let hint = say!(room.w, "briefing-hint");
    let hint = hint.as_str();
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
        &say!(
            room.w,
            "room-heading-before",
            phase = say_phase(room.w, Phase::Briefing),
            rounds = state.rounds
        ),
        true,
        None,
        (
            *page,
            pages,
            &say!(room.w, "room-part", part = *page + 1, parts = pages),
        ),
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
