//! Report-back: what the group reporting back received and who delivers it.

use super::*;

/// Each group in turn: its final solution, the support it received (and
/// from which role) and who will deliver it.
pub(super) fn report_back(b: &mut ChildSpawnerCommands, room: &Room) {
    let state = room.state();
    let round = state.round;
    let shown = report_back_shown(state);
    let talk = talk_started(state, Screen::ReportBack)
        .and(state.reporting)
        .map(|g| say!(room.w, "report-back-for", group = room.group_name(g)));
    bar(
        b,
        room,
        &room.heading(Phase::ReportBack),
        true,
        talk,
        (0, 1, ""),
    );
    who(
        b,
        room,
        &say!(room.w, "report-back-who"),
        |g| {
            state
                .report_backs
                .iter()
                .any(|r| r.round == round && r.group == g && r.ended.is_some())
        },
        |g| Action::StartReportBack { group: g },
        state
            .reporting
            .map(|_| (say!(room.w, "report-back-end"), Action::EndReportBack)),
    );
    let Some(g) = shown.filter(|g| *g < state.groups.len()) else {
        b.spawn(room.text(
            Reads::Hint,
            &say!(room.w, "report-back-hint"),
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
        p.spawn(room.text(
            Reads::SolutionTitle,
            &room.title_of(s),
            48.0,
            true,
            theme::PAPER,
        ));
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
                    super::super::pictures::picture_node(
                        r,
                        (room.fonts, room.w),
                        room.pictures,
                        id,
                        110.0 * room.s,
                    );
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
            &say!(room.w, "report-back-support"),
            &support(room, round, g, true),
            22.0,
        );
        chips(
            p,
            room,
            &say!(room.w, "report-back-deliver"),
            &deliverers(room, round, g),
            22.0,
        );
    });
}

// -------------------------------------------------------------------- vote
