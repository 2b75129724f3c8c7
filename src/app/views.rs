//! The screens where the whole room looks at the solutions together:
//! present, negotiate, vote and debrief.

use bevy_egui::egui::{self, Color32, RichText};

use super::theme;
use super::ui::Ctx;
use crate::deck::Kind;
use crate::session::{Action, Session, Solution, clock};

/// "1 dot", "3 dots".
fn dots(n: usize) -> String {
    if n == 1 {
        "1 dot".into()
    } else {
        format!("{n} dots")
    }
}

fn group_colour(session: &Session, g: usize) -> Color32 {
    session.state().groups.get(g).map_or(Color32::GRAY, |x| {
        theme::egui_colour(theme::group_colour(x.colour))
    })
}

fn card_title(session: &Session, id: &str) -> (Kind, String) {
    if let Some((k, c)) = session.deck().card(id) {
        return (k, c.title.clone());
    }
    if let Some(w) = session.state().written_card(id) {
        return (Kind::Idea, format!("{} (our own)", w.title));
    }
    (Kind::Idea, id.to_string())
}

/// A coloured label that wraps as one piece.
fn chip(ui: &mut egui::Ui, text: &str, fill: Color32, size: f32) {
    let chip = egui::Button::new(RichText::new(text).size(size).color(Color32::BLACK))
        .fill(fill)
        .corner_radius(6.0)
        .sense(egui::Sense::hover());
    ui.add(chip);
}

/// Pictures of the deck's cards, as egui textures by card id.
pub type Textures = std::collections::HashMap<String, egui::TextureId>;

/// A solution: group, title, challenge, cards, and (when `full`) the pitch,
/// champions, horizon and level.
fn solution(
    ui: &mut egui::Ui,
    (session, pictures): (&Session, &Textures),
    s: &Solution,
    scale: f32,
    full: bool,
) {
    let state = session.state();
    let colour = group_colour(session, s.group);
    let name = state.groups.get(s.group).map_or("?", |g| g.name.as_str());
    ui.horizontal(|ui| {
        chip(ui, name, colour, 18.0 * scale);
        if s.ready {
            ui.label(
                RichText::new("ready")
                    .size(16.0 * scale)
                    .color(Color32::LIGHT_GREEN),
            );
        }
    });
    let title = if s.title.is_empty() {
        "(no title yet)"
    } else {
        &s.title
    };
    ui.label(
        RichText::new(title)
            .size(26.0 * scale)
            .strong()
            .color(Color32::WHITE),
    );
    if let Some(c) = &s.challenge {
        let (_, t) = card_title(session, c);
        ui.horizontal_wrapped(|ui| {
            chip(
                ui,
                &format!("Challenge: {t}"),
                theme::egui_colour(theme::kind_colour(Kind::Challenge)),
                16.0 * scale,
            );
        });
    }
    ui.horizontal_wrapped(|ui| {
        for id in s.ideas.iter().chain(&s.methods) {
            let (k, t) = card_title(session, id);
            chip(
                ui,
                &t,
                theme::egui_colour(theme::kind_colour(k)),
                16.0 * scale,
            );
        }
    });
    // The pictures of its cards, on the screens that show a solution whole.
    let shown: Vec<egui::TextureId> = s
        .ideas
        .iter()
        .chain(&s.methods)
        .filter_map(|id| pictures.get(crate::deck::original_id(id)).copied())
        .collect();
    if full && !shown.is_empty() {
        ui.horizontal_wrapped(|ui| {
            for t in shown {
                ui.add(egui::Image::new((t, egui::vec2(110.0, 110.0) * scale)));
            }
        });
    }
    if full {
        if !s.pitch.is_empty() {
            ui.label(RichText::new(&s.pitch).size(18.0 * scale));
        }
        let champions: Vec<String> = s
            .champions
            .iter()
            .map(|r| {
                session
                    .deck()
                    .role(r)
                    .map_or_else(|| r.clone(), |x| x.name.clone())
            })
            .collect();
        let mut line = Vec::new();
        if !champions.is_empty() {
            line.push(format!("Championed by {}", champions.join(", ")));
        }
        if let Some(h) = s.horizon {
            line.push(format!("When: {}", h.name()));
        }
        if let Some(l) = &s.level {
            line.push(format!("Where: {l}"));
        }
        ui.label(
            RichText::new(line.join(" · "))
                .size(16.0 * scale)
                .color(Color32::LIGHT_GRAY),
        );
    }
}

fn boxed(ui: &mut egui::Ui, colour: Color32, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new()
        .fill(Color32::from_rgb(34, 38, 46))
        .stroke(egui::Stroke::new(3.0, colour))
        .corner_radius(10.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.vertical(|ui| {
                ui.set_width(width);
                add(ui);
            });
        });
}

fn header(ui: &mut egui::Ui, cx: &Ctx, session: &Session, what: &str) {
    let state = session.state();
    let t = &state.timer;
    let up = t.is_up(cx.now);
    ui.horizontal(|ui| {
        // The briefing comes before the first round.
        let heading = if state.phase == crate::session::Phase::Briefing {
            format!("{what} — before round 1 of {}", state.rounds)
        } else {
            format!("{what} — round {} of {}", state.round, state.rounds)
        };
        ui.label(
            RichText::new(heading)
                .size(30.0)
                .strong()
                .color(Color32::WHITE),
        );
        ui.add_space(30.0);
        let colour = if super::window::alarm(t, cx.now, cx.secs) {
            Color32::from_rgb(230, 60, 50)
        } else {
            Color32::WHITE
        };
        let text = if up {
            "Time is up".to_string()
        } else {
            clock::countdown(t.remaining(cx.now))
        };
        ui.label(RichText::new(text).size(40.0).strong().color(colour));
        if !t.is_running() && !up {
            ui.label(
                RichText::new("(timer paused)")
                    .size(16.0)
                    .color(Color32::GRAY),
            );
        }
    });
    if cx.toast.visible(cx.secs) {
        let colour = if cx.toast.refused {
            Color32::from_rgb(240, 110, 100)
        } else {
            Color32::LIGHT_GREEN
        };
        ui.label(
            RichText::new(&cx.toast.text)
                .size(22.0)
                .strong()
                .color(colour),
        );
    }
    ui.separator();
}

/// Columns that fit the width for boxes of at least `min` points.
fn columns(ui: &egui::Ui, n: usize, min: f32) -> usize {
    ((ui.available_width() / min).floor() as usize).clamp(1, n.max(1))
}

fn grid(ui: &mut egui::Ui, n: usize, min: f32, mut each: impl FnMut(&mut egui::Ui, usize, f32)) {
    let cols = columns(ui, n, min);
    let width = ui.available_width() / cols as f32 - 30.0;
    for row in 0..n.div_ceil(cols) {
        ui.horizontal_top(|ui| {
            for i in row * cols..((row + 1) * cols).min(n) {
                each(ui, i, width);
            }
        });
        ui.add_space(8.0);
    }
}

/// The briefing: the plans the room is responding to, in large type for
/// the whole room, with the phase's timer.
pub(super) fn briefing(ui: &mut egui::Ui, cx: &mut Ctx) {
    let Some(session) = &cx.game.session else {
        return;
    };
    header(ui, cx, session, "Briefing");
    let deck = session.deck();
    ui.add_space(10.0);
    ui.label(
        RichText::new(&deck.title)
            .size(34.0)
            .strong()
            .color(Color32::WHITE),
    );
    ui.add_space(16.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(1400.0));
        for paragraph in deck.briefing.as_deref().unwrap_or_default().split("\n\n") {
            ui.label(
                RichText::new(paragraph.trim())
                    .size(28.0)
                    .color(Color32::from_rgb(235, 235, 240)),
            );
            ui.add_space(14.0);
        }
        ui.add_space(10.0);
        ui.label(
            RichText::new("When the room has heard the plans, the facilitator moves on to roles (Next phase, or N).")
                .size(18.0)
                .color(Color32::from_rgb(170, 175, 185)),
        );
    });
}

pub(super) fn present(ui: &mut egui::Ui, cx: &mut Ctx) {
    let Some(session) = &cx.game.session else {
        return;
    };
    let state = session.state();
    header(ui, cx, session, "Present");
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Who presents:").size(18.0));
        for (g, group) in state.groups.iter().enumerate() {
            let done = state
                .presentations
                .iter()
                .any(|p| p.round == state.round && p.group == g && p.ended.is_some());
            let label = format!("{}{}", if done { "✔ " } else { "▶ " }, group.name);
            let b = egui::Button::new(RichText::new(label).size(18.0).color(Color32::BLACK))
                .fill(group_colour(session, g));
            if ui.add(b).clicked() {
                cx.acts.push(Action::StartPresentation { group: g });
            }
        }
        if state.presenting.is_some()
            && ui
                .button(RichText::new("■ End presentation").size(18.0))
                .clicked()
        {
            cx.acts.push(Action::EndPresentation);
        }
    });
    ui.add_space(10.0);
    let shown = state.presenting.or(state.spotlight).unwrap_or(0);
    if let Some(p) = state.presenting
        && let Some(talk) = state
            .presentations
            .iter()
            .rev()
            .find(|t| t.group == p && t.ended.is_none())
    {
        let took = cx.now.saturating_sub(talk.started);
        ui.label(
            RichText::new(format!("Presenting for {}", clock::duration(took)))
                .size(22.0)
                .color(Color32::LIGHT_GRAY),
        );
    }
    if let Some(s) = state.groups.get(shown).map(|g| &g.solution) {
        let colour = group_colour(session, shown);
        egui::ScrollArea::vertical().show(ui, |ui| {
            presented(ui, (session, cx.pictures), shown, s, colour);
        });
    }
}

/// The solution being presented, for the whole room: its title large, and
/// every card with its full text, its picture and its kind's colour.
fn presented(
    ui: &mut egui::Ui,
    (session, pictures): (&Session, &Textures),
    g: usize,
    s: &Solution,
    colour: Color32,
) {
    let name = session
        .state()
        .groups
        .get(g)
        .map_or("?", |x| x.name.as_str());
    // Sizes in points; egui's zoom (1.15 at 1080p) makes 49 points 56 pixels
    // and 21 points 24.
    ui.horizontal(|ui| chip(ui, name, colour, 24.0));
    let title = if s.title.is_empty() {
        "(no title yet)"
    } else {
        &s.title
    };
    ui.label(
        RichText::new(title)
            .size(49.0)
            .strong()
            .color(Color32::WHITE),
    );
    if !s.pitch.is_empty() {
        ui.label(RichText::new(&s.pitch).size(21.0).color(Color32::WHITE));
    }
    ui.add_space(8.0);
    let cards: Vec<&String> = s
        .challenge
        .iter()
        .chain(&s.ideas)
        .chain(&s.methods)
        .collect();
    grid(ui, cards.len(), 360.0, |ui, i, width| {
        let id = cards[i];
        let (kind, title, text) = match session.deck().card(id) {
            Some((k, c)) => (k, c.title.clone(), c.text.clone()),
            None => match session.state().written_card(id) {
                Some(w) => (Kind::Idea, format!("{} (our own)", w.title), w.text.clone()),
                None => (Kind::Idea, id.clone(), String::new()),
            },
        };
        egui::Frame::new()
            .fill(theme::egui_colour(theme::kind_colour(kind)))
            .corner_radius(10.0)
            .inner_margin(14.0)
            .show(ui, |ui| {
                ui.vertical(|ui| {
                    ui.set_width(width - 28.0);
                    ui.label(
                        RichText::new(theme::kind_label(kind))
                            .size(16.0)
                            .strong()
                            .color(Color32::BLACK),
                    );
                    ui.label(
                        RichText::new(title)
                            .size(26.0)
                            .strong()
                            .color(Color32::BLACK),
                    );
                    if let Some(t) = pictures.get(crate::deck::original_id(id)) {
                        ui.add(egui::Image::new((*t, egui::vec2(120.0, 120.0))));
                    }
                    ui.label(RichText::new(text).size(21.0).color(Color32::BLACK));
                });
            });
    });
}

/// Report-back: each group in turn shows its final solution, the support
/// it received (and from which role) and who will deliver it; the
/// facilitator notes what it says, for the report.
pub(super) fn report_back(ui: &mut egui::Ui, cx: &mut Ctx) {
    let Some(session) = &cx.game.session else {
        return;
    };
    let state = session.state();
    let deck = session.deck();
    header(ui, cx, session, "Report-back");
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Who reports back:").size(18.0));
        for (g, group) in state.groups.iter().enumerate() {
            let done = state
                .report_backs
                .iter()
                .any(|r| r.round == state.round && r.group == g && r.ended.is_some());
            let label = format!("{}{}", if done { "✔ " } else { "▶ " }, group.name);
            let b = egui::Button::new(RichText::new(label).size(18.0).color(Color32::BLACK))
                .fill(group_colour(session, g));
            if ui.add(b).clicked() {
                cx.acts.push(Action::StartReportBack { group: g });
                cx.panel.report_note.clear();
            }
        }
        if state.reporting.is_some()
            && ui
                .button(RichText::new("■ End report-back").size(18.0))
                .clicked()
        {
            cx.acts.push(Action::EndReportBack);
        }
    });
    ui.add_space(10.0);
    let Some(g) = state.reporting.or_else(|| {
        state
            .report_backs
            .iter()
            .rev()
            .find(|r| r.round == state.round)
            .map(|r| r.group)
    }) else {
        ui.label(
            RichText::new("Tap a group to hear its report-back: what it will do, with whose support, and who delivers.")
                .size(22.0)
                .color(Color32::LIGHT_GRAY),
        );
        return;
    };
    if let Some(r) = state
        .report_backs
        .iter()
        .rev()
        .find(|r| r.group == g && r.round == state.round && r.ended.is_none())
    {
        let took = cx.now.saturating_sub(r.started);
        ui.label(
            RichText::new(format!(
                "{} reporting back for {}",
                state.groups[g].name,
                clock::duration(took)
            ))
            .size(22.0)
            .color(Color32::LIGHT_GRAY),
        );
    }
    let round = state.round;
    let support: Vec<String> = state
        .pledges
        .iter()
        .filter(|p| p.round == round && p.to == g)
        .map(|p| {
            let from = state.groups.get(p.from).map_or("?", |x| x.name.as_str());
            match p.role.as_deref().and_then(|r| deck.role(r)) {
                Some(role) => format!("{} from {from} ({})", p.kind, role.name),
                None => format!("{} from {from}", p.kind),
            }
        })
        .collect();
    let delivers: Vec<String> = state
        .commitments
        .iter()
        .filter(|c| c.round == round && c.to == g)
        .map(|c| {
            let by = state.groups.get(c.group).map_or("?", |x| x.name.as_str());
            let role = deck
                .role(&c.role)
                .map_or(c.role.as_str(), |r| r.name.as_str());
            format!("{role} ({by})")
        })
        .collect();
    let width = ui.available_width() - 30.0;
    boxed(ui, group_colour(session, g), width, |ui| {
        solution(
            ui,
            (session, cx.pictures),
            &state.groups[g].solution,
            1.4,
            true,
        );
        let line = |ui: &mut egui::Ui, label: &str, items: &[String]| {
            let text = if items.is_empty() {
                "none yet".to_string()
            } else {
                items.join(" · ")
            };
            ui.label(
                RichText::new(format!("{label}: {text}"))
                    .size(26.0)
                    .color(Color32::WHITE),
            );
        };
        line(ui, "Support received", &support);
        line(ui, "Will deliver it", &delivers);
    });
    ui.add_space(8.0);
    let saved = state
        .report_backs
        .iter()
        .rev()
        .find(|r| r.group == g && r.round == round)
        .map(|r| r.note.clone())
        .unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label(RichText::new("Facilitator's note (goes into the report):").size(16.0));
        if !saved.is_empty() {
            ui.label(
                RichText::new(format!("saved: {saved}"))
                    .size(16.0)
                    .color(Color32::GRAY),
            );
        }
    });
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::multiline(&mut cx.panel.report_note)
                .desired_rows(2)
                .desired_width(width.min(900.0))
                .hint_text("What the group will do, with whose support, who delivers…"),
        );
        if ui
            .button(RichText::new("Save the note").size(16.0))
            .clicked()
        {
            cx.acts.push(Action::NoteReportBack {
                group: g,
                note: cx.panel.report_note.clone(),
            });
        }
    });
}

pub(super) fn vote(ui: &mut egui::Ui, cx: &mut Ctx) {
    let Some(session) = &cx.game.session else {
        return;
    };
    let state = session.state();
    let deck = session.deck();
    header(ui, cx, session, "Vote");
    let allowed = deck.rules.dots_per_group as usize;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Dots left:").size(17.0));
        for (g, group) in state.groups.iter().enumerate() {
            let used = state
                .dots
                .iter()
                .filter(|d| d.round == state.round && d.by == g)
                .count();
            chip(
                ui,
                &format!("{} {}", group.name, allowed.saturating_sub(used)),
                group_colour(session, g),
                16.0,
            );
        }
    });
    if !state.vote_closed {
        ui.label(RichText::new("Tap a group's button beside a criterion to place its dot there; tap a placed dot to take it back. Totals appear when the facilitator closes the vote.").size(16.0));
    }
    ui.add_space(6.0);
    let ranking = state.ranking(state.round);
    egui::ScrollArea::vertical().show(ui, |ui| {
        grid(ui, state.groups.len(), 520.0, |ui, on, width| {
            boxed(ui, group_colour(session, on), width, |ui| {
                solution(
                    ui,
                    (session, cx.pictures),
                    &state.groups[on].solution,
                    1.0,
                    false,
                );
                if state.vote_closed
                    && let Some(r) = ranking.iter().find(|r| r.group == on)
                {
                    let place = if !deck.rules.ranking {
                        String::new()
                    } else if r.tied {
                        format!(" · place {}=", r.place)
                    } else {
                        format!(" · place {}", r.place)
                    };
                    ui.label(
                        RichText::new(format!("{}{place}", dots(r.dots)))
                            .size(24.0)
                            .strong()
                            .color(Color32::WHITE),
                    );
                }
                ui.separator();
                for criterion in &deck.criteria {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(&criterion.name).size(16.0).strong())
                            .on_hover_text(&criterion.question);
                        let dots: Vec<usize> = state
                            .dots
                            .iter()
                            .filter(|d| {
                                d.round == state.round && d.on == on && d.criterion == criterion.id
                            })
                            .map(|d| d.by)
                            .collect();
                        if state.vote_closed {
                            ui.label(RichText::new(format!("{}", dots.len())).size(18.0).strong());
                        }
                        for by in dots {
                            // A sticky dot, big enough to see and to tap
                            // (42 points are 48 pixels at 1080p).
                            let b = egui::Button::new(RichText::new(" ").size(16.0))
                                .fill(group_colour(session, by))
                                .corner_radius(21.0)
                                .min_size(egui::vec2(42.0, 42.0));
                            if ui.add_enabled(!state.vote_closed, b).clicked() {
                                cx.acts.push(Action::RemoveDot {
                                    group: by,
                                    on,
                                    criterion: criterion.id.clone(),
                                });
                            }
                        }
                        if !state.vote_closed {
                            for (by, group) in state.groups.iter().enumerate() {
                                let used = state
                                    .dots
                                    .iter()
                                    .filter(|d| d.round == state.round && d.by == by)
                                    .count();
                                if by == on || used >= allowed {
                                    continue;
                                }
                                let b = egui::Button::new(
                                    RichText::new(format!("+ {}", group.name))
                                        .size(16.0)
                                        .color(Color32::BLACK),
                                )
                                .fill(group_colour(session, by))
                                .min_size(egui::vec2(42.0, 42.0));
                                if ui
                                    .add(b)
                                    .on_hover_text(format!(
                                        "{} places a dot on {}",
                                        group.name, criterion.name
                                    ))
                                    .clicked()
                                {
                                    cx.acts.push(Action::PlaceDot {
                                        group: by,
                                        on,
                                        criterion: criterion.id.clone(),
                                    });
                                }
                            }
                        }
                    });
                }
            });
        });
    });
}

pub(super) fn debrief(ui: &mut egui::Ui, cx: &mut Ctx) {
    let Some(session) = &cx.game.session else {
        return;
    };
    let state = session.state();
    let deck = session.deck();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new("Debrief")
                .size(40.0)
                .strong()
                .color(Color32::WHITE),
        );
        ui.add_space(30.0);
        let export = egui::Button::new(RichText::new("Export the report").size(22.0).strong())
            .fill(Color32::from_rgb(30, 110, 60));
        if ui
            .add(export)
            .on_hover_text("Markdown, HTML, JSON and the network map")
            .clicked()
        {
            cx.commands.push(super::game::Command::Export);
        }
    });
    match &cx.game.exported {
        Some(Ok(dir)) => {
            ui.label(
                RichText::new(format!(
                    "The report is in {} (report.md, report.html, session.json, network.graphml and the Kumu CSV files).",
                    dir.display()
                ))
                .size(17.0)
                .color(Color32::LIGHT_GREEN),
            );
        }
        Some(Err(e)) => {
            ui.label(
                RichText::new(format!("The report could not be written: {e}"))
                    .size(17.0)
                    .color(Color32::LIGHT_RED),
            );
        }
        None => {}
    }
    if state.ended_early {
        ui.label(RichText::new("The facilitator ended the session early.").size(16.0));
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        for round in 1..=state.round.max(1) {
            let solutions = state.solutions(round);
            if solutions.is_empty() {
                continue;
            }
            ui.label(RichText::new(format!("Round {round}")).size(28.0).strong());
            let mut ranking = state.ranking(round);
            if !deck.rules.ranking {
                // Not a contest: the solutions in the order the groups sat.
                ranking.sort_by_key(|r| r.group);
            }
            for r in ranking {
                let Some(s) = solutions.iter().find(|s| s.group == r.group) else {
                    continue;
                };
                let place = match (deck.rules.ranking, r.tied) {
                    (false, _) => String::new(),
                    (true, true) => format!("{}=", r.place),
                    (true, false) => r.place.to_string(),
                };
                ui.horizontal_top(|ui| {
                    ui.label(
                        RichText::new(place)
                            .size(32.0)
                            .strong()
                            .color(Color32::WHITE),
                    );
                    boxed(
                        ui,
                        group_colour(session, r.group),
                        ui.available_width() - 40.0,
                        |ui| {
                            let by_criterion: Vec<String> = deck
                                .criteria
                                .iter()
                                .filter_map(|c| {
                                    let n = state
                                        .dots_on(round, r.group)
                                        .iter()
                                        .filter(|d| d.criterion == c.id)
                                        .count();
                                    (n > 0).then(|| format!("{} {n}", c.name))
                                })
                                .collect();
                            let dots = if by_criterion.is_empty() {
                                dots(r.dots)
                            } else {
                                format!("{}: {}", dots(r.dots), by_criterion.join(" · "))
                            };
                            ui.label(RichText::new(dots).size(20.0).strong());
                            solution(ui, (session, cx.pictures), s, 1.0, true);
                            let pledges: Vec<String> = state
                                .pledges
                                .iter()
                                .filter(|p| p.round == round && p.to == r.group)
                                .map(|p| {
                                    format!(
                                        "{} from {}",
                                        p.kind,
                                        state.groups.get(p.from).map_or("?", |g| g.name.as_str())
                                    )
                                })
                                .collect();
                            if !pledges.is_empty() {
                                ui.label(
                                    RichText::new(format!("Support: {}", pledges.join(", ")))
                                        .size(16.0),
                                );
                            }
                            // Who will deliver it: the roles that said so.
                            let deliverers: Vec<String> = state
                                .commitments
                                .iter()
                                .filter(|c| c.round == round && c.to == r.group)
                                .map(|c| {
                                    format!(
                                        "{} ({})",
                                        session
                                            .deck()
                                            .role(&c.role)
                                            .map_or(c.role.as_str(), |x| x.name.as_str()),
                                        state.groups.get(c.group).map_or("?", |g| g.name.as_str())
                                    )
                                })
                                .collect();
                            let who = if deliverers.is_empty() {
                                "Will deliver: nobody has said yet".to_string()
                            } else {
                                format!("Will deliver: {}", deliverers.join(", "))
                            };
                            ui.label(RichText::new(who).size(16.0).strong());
                        },
                    );
                });
                ui.add_space(6.0);
            }
        }
        if !state.notes.is_empty() {
            ui.label(RichText::new("Notes").size(24.0).strong());
            for n in &state.notes {
                ui.label(RichText::new(format!("• {}", n.text)).size(16.0));
            }
        }
        if let Some(p) = &cx.game.saved {
            ui.add_space(10.0);
            ui.label(
                RichText::new(format!("The whole session is saved in {}", p.display()))
                    .size(16.0)
                    .color(Color32::GRAY),
            );
        }
    });
}
