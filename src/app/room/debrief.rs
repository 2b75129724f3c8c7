//! The debrief: every solution of a round with its dots, support and who
//! delivers it, and its cards and pitch where the page has room.

use super::*;

/// Every solution of a round, by its place: its dots, the support it
/// received, and who will deliver it. Rounds (and what does not fit) turn
/// like pages.
pub(super) fn debrief(
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
            + room.height(&room.title_of(&s), 24.0, inner, true)
            + 22.0 * room.s * 1.2
            + room.height(&by_criterion(round, r.group), 18.0, inner, false)
            + chips_height(
                room,
                &say!(room.w, "room-support"),
                &support(room, round, r.group, false),
                18.0,
                inner,
            )
            + chips_height(
                room,
                &say!(room.w, "room-will-deliver"),
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
        .then(|| say!(room.w, "debrief-ended-early"));
    let export = match exported {
        Some(Ok(dir)) => Some(say!(
            room.w,
            "debrief-report-in",
            folder = dir.display().to_string()
        )),
        Some(Err(e)) => Some(say!(room.w, "debrief-report-failed", reason = e.as_str())),
        None => None,
    };
    let space = room.c.y
        - 2.0 * PAD
        - BAR * room.s
        - ended
            .as_deref()
            .map_or(0.0, |e| room.height(e, 20.0, room.width(), false) + GAP)
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
    let mut label = say!(
        room.w,
        "debrief-round",
        round = round_shown,
        rounds = state.round.max(1)
    );
    if parts.len() > 1 {
        let part = parts.iter().position(|p| *p == *page).unwrap_or(0) + 1;
        label = say!(
            room.w,
            "debrief-round-part",
            round = label,
            part = part,
            parts = parts.len()
        );
    }
    let heading = say_phase(room.w, Phase::Debrief);
    bar(b, room, &heading, false, None, (*page, pages, &label));
    if let Some(e) = ended {
        b.spawn(room.text(Reads::Hint, &e, 20.0, false, theme::MUTED));
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
                    &say!(room.w, "report-round", number = round),
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
pub(super) fn debriefed(
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
    let pitch = super::super::table::fit::first_lines(
        &s.pitch,
        super::super::fonts::step(18.0 * room.s),
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
        b.spawn(room.text(
            Reads::SolutionTitle,
            &room.title_of(s),
            24.0,
            true,
            theme::PAPER,
        ));
        b.spawn(room.text(
            Reads::Label,
            &dots(room.w, rank.dots),
            22.0,
            true,
            theme::PAPER,
        ));
        if !by_criterion.is_empty() {
            b.spawn(room.label(by_criterion, 18.0, theme::MUTED));
        }
        if show_cards {
            b.spawn(room.label(&cards, 18.0, theme::MUTED));
        }
        if !pitch.is_empty() {
            b.spawn(room.label(&pitch, 18.0, theme::PAPER));
        }
        chips(
            b,
            room,
            &say!(room.w, "room-support"),
            &support(room, round, g, false),
            18.0,
        );
        chips(
            b,
            room,
            &say!(room.w, "room-will-deliver"),
            &deliverers(room, round, g),
            18.0,
        );
    });
}
