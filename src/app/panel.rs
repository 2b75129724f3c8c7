//! The facilitator's panel (hidden with H): phase and round, the timer,
//! next phase, undo and redo, spotlight, notes, readiness, save, text size
//! and the end of the session.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::bidi::text as bidi;
use super::game::Command;
use super::ui::Ctx;
use crate::devices::Standing;
use crate::say;
use crate::session::{Action, Phase};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PanelState>();
}

/// A question the facilitator must answer before something happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Leave to the title screen (the session stays saved).
    Leave,
    /// End the session early and go to the debrief.
    End,
    /// Move on although some groups have not marked their solution ready.
    Advance,
    /// Close the game (asked when the room's window is closed while the
    /// console is open).
    Quit,
}

#[derive(Resource, Debug)]
pub struct PanelState {
    pub visible: bool,
    /// The panel's width in logical pixels, so the table leaves room for it.
    pub width: f32,
    /// The panel is on the window's left (a right-to-left room), not its
    /// right.
    pub on_left: bool,
    pub note: String,
    /// The facilitator's note on the report-back being heard.
    pub report_note: String,
    /// The round and group the note is about.
    pub report_note_for: Option<(u32, usize)>,
    pub confirm: Option<Confirm>,
    pub fullscreen: bool,
    /// Set when F11 or the panel asks for a change of window mode.
    pub toggle_fullscreen: bool,
    /// The host page's QR code is shown in the panel.
    pub show_host: bool,
    /// A held text being edited before its approval.
    pub editing: Option<(u32, crate::session::Written)>,
}

impl Default for PanelState {
    fn default() -> Self {
        PanelState {
            visible: true,
            width: 0.0,
            on_left: false,
            show_host: false,
            editing: None,
            note: String::new(),
            report_note: String::new(),
            report_note_for: None,
            confirm: None,
            fullscreen: false,
            toggle_fullscreen: false,
        }
    }
}

/// What "next phase" does: ask first when groups are still building.
pub fn advance_or_confirm(cx_state: &crate::session::State) -> Option<Confirm> {
    (cx_state.phase == Phase::Build && !cx_state.unready_groups().is_empty())
        .then_some(Confirm::Advance)
}

fn big(text: impl Into<String>) -> RichText {
    RichText::new(text.into()).size(18.0)
}

pub(super) fn draw(ui: &mut egui::Ui, cx: &mut Ctx) {
    let Some(session) = &cx.game.session else {
        return;
    };
    let state = session.state();
    let deck = session.deck();
    let w = super::game::room_words(session);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "panel-facilitator"))
                .size(22.0)
                .strong(),
        ));
        let phase = state.phase.message().say(w);
        let round = if state.round == 0 {
            say!(
                w,
                "panel-rounds",
                phase = phase.as_str(),
                rounds = state.rounds
            )
        } else if state.phase == Phase::Briefing {
            say!(
                w,
                "room-heading-before",
                phase = phase.as_str(),
                rounds = state.rounds
            )
        } else {
            say!(
                w,
                "room-heading",
                phase = phase.as_str(),
                round = state.round,
                rounds = state.rounds
            )
        };
        ui.label(bidi(ui, big(round)));
        // Who waits at the door, and what waits for approval: said at the
        // top, since the lists are at the foot of the panel.
        let waiting = cx
            .devices
            .list()
            .iter()
            .filter(|d| d.standing == Standing::Waiting)
            .count();
        let attention = egui::Color32::from_rgb(240, 192, 90);
        if waiting > 0 {
            ui.label(bidi(
                ui,
                RichText::new(say!(w, "panel-devices-waiting", count = waiting))
                    .size(16.0)
                    .strong()
                    .color(attention),
            ));
        }
        if !state.held.is_empty() {
            ui.label(bidi(
                ui,
                RichText::new(say!(w, "panel-texts-waiting", count = state.held.len()))
                    .size(16.0)
                    .strong()
                    .color(attention),
            ));
        }
        ui.separator();

        if !matches!(state.phase, Phase::Setup | Phase::Debrief) {
            let t = &state.timer;
            let left = t.remaining(cx.now);
            let text = if t.is_up(cx.now) {
                say!(w, "table-time-up")
            } else {
                super::game::countdown(w, left)
            };
            ui.label(bidi(ui, RichText::new(text).size(34.0).strong()));
            super::bidi::row_wrapped(ui, |ui| {
                if t.is_running() {
                    if ui.button(bidi(ui, big(say!(w, "panel-pause")))).clicked() {
                        cx.acts.push(Action::PauseTimer);
                    }
                } else if ui.button(bidi(ui, big(say!(w, "panel-start")))).clicked() {
                    cx.acts.push(Action::StartTimer);
                }
                if ui
                    .button(bidi(ui, big(say!(w, "panel-plus-minutes", minutes = 1))))
                    .clicked()
                {
                    cx.acts.push(Action::ExtendTimer { minutes: 1 });
                }
                if ui
                    .button(bidi(ui, big(say!(w, "panel-plus-minutes", minutes = 5))))
                    .clicked()
                {
                    cx.acts.push(Action::ExtendTimer { minutes: 5 });
                }
                if ui.button(bidi(ui, big(say!(w, "panel-skip")))).clicked() {
                    cx.acts.push(Action::SkipTimer);
                }
            });
            ui.separator();
        }

        match state.phase {
            Phase::Roles
                if ui
                    .button(bidi(ui, big(say!(w, "panel-deal-roles"))))
                    .clicked() =>
            {
                cx.acts.push(Action::DealRoles);
            }
            Phase::Challenge
                if deck.rules.shared_challenge
                    && state.shared_challenge.is_none()
                    && ui
                        .button(bidi(ui, big(say!(w, "panel-reveal-challenge"))))
                        .clicked() =>
            {
                cx.acts.push(Action::RevealChallenge);
            }
            Phase::Vote
                if !state.vote_closed
                    && ui
                        .button(bidi(ui, big(say!(w, "panel-close-vote"))))
                        .clicked() =>
            {
                cx.acts.push(Action::CloseVote);
            }
            _ => {}
        }
        if state.phase != Phase::Debrief {
            let next = match state.phase {
                Phase::Setup => say!(w, "panel-start-session"),
                Phase::Vote if state.round >= state.rounds => say!(w, "panel-finish"),
                Phase::Vote => say!(w, "panel-next-round", round = state.round + 1),
                _ => say!(w, "panel-next-phase", phase = phase.as_str()),
            };
            let b = egui::Button::new(bidi(ui, RichText::new(next).size(20.0).strong()))
                .fill(egui::Color32::from_rgb(30, 110, 60));
            if ui
                .add(b)
                .on_hover_text(bidi(ui, say!(w, "panel-key", key = "N")))
                .clicked()
            {
                match advance_or_confirm(state) {
                    Some(c) => cx.panel.confirm = Some(c),
                    None => cx.acts.push(Action::Advance),
                }
            }
        }
        super::bidi::row(ui, |ui| {
            if ui
                .add_enabled(
                    session.can_undo(),
                    egui::Button::new(bidi(ui, big(say!(w, "panel-undo")))),
                )
                .on_hover_text(bidi(ui, say!(w, "panel-key", key = "Ctrl+Z")))
                .clicked()
            {
                cx.commands.push(Command::Undo);
            }
            if ui
                .add_enabled(
                    session.can_redo(),
                    egui::Button::new(bidi(ui, big(say!(w, "panel-redo")))),
                )
                .on_hover_text(bidi(ui, say!(w, "panel-key", key = "Ctrl+Shift+Z")))
                .clicked()
            {
                cx.commands.push(Command::Redo);
            }
        });
        ui.separator();

        if state.phase == Phase::ReportBack {
            report_note(ui, cx, state);
            ui.separator();
        }
        if state.phase == Phase::Debrief {
            export(ui, cx);
            ui.separator();
        }
        if matches!(state.phase, Phase::Build | Phase::Roles | Phase::Challenge) {
            ui.label(bidi(
                ui,
                RichText::new(say!(w, "panel-groups")).size(18.0).strong(),
            ));
            for (g, group) in state.groups.iter().enumerate() {
                let done = match state.phase {
                    Phase::Build => group.solution.ready,
                    Phase::Roles => group.roles.len() >= deck.rules.roles_per_group as usize,
                    _ => group.challenge.is_some() || state.shared_challenge.is_some(),
                };
                super::bidi::row(ui, |ui| {
                    ui.label(bidi(ui, big(if done { "✔" } else { "…" })));
                    ui.label(bidi(ui, big(&group.name)));
                    if state.phase == Phase::Build
                        && group.solution.ready
                        && ui.small_button(say!(w, "panel-reopen")).clicked()
                    {
                        cx.acts.push(Action::Reopen { group: g });
                    }
                });
            }
            ui.separator();
        }

        ui.label(bidi(
            ui,
            RichText::new(say!(w, "panel-spotlight"))
                .size(18.0)
                .strong(),
        ));
        super::bidi::row_wrapped(ui, |ui| {
            if ui
                .selectable_label(
                    state.spotlight.is_none(),
                    bidi(ui, big(say!(w, "panel-nobody"))),
                )
                .clicked()
            {
                cx.acts.push(Action::Spotlight { group: None });
            }
            for (g, group) in state.groups.iter().enumerate() {
                if ui
                    .selectable_label(state.spotlight == Some(g), bidi(ui, big(&group.name)))
                    .clicked()
                {
                    cx.acts.push(Action::Spotlight { group: Some(g) });
                }
            }
        });
        ui.separator();

        ui.label(bidi(
            ui,
            RichText::new(say!(w, "panel-notes")).size(18.0).strong(),
        ));
        ui.add(
            egui::TextEdit::multiline(&mut cx.panel.note)
                .desired_rows(2)
                .hint_text(say!(w, "panel-note-hint")),
        );
        if ui
            .button(bidi(ui, big(say!(w, "panel-add-note"))))
            .clicked()
            && !cx.panel.note.trim().is_empty()
        {
            cx.acts.push(Action::AddNote {
                text: std::mem::take(&mut cx.panel.note),
            });
        }
        for note in state.notes.iter().rev().take(3) {
            ui.label(bidi(
                ui,
                RichText::new(format!("• {}", note.text)).size(14.0),
            ));
        }
        ui.separator();
        devices(ui, cx, state);
        ui.separator();

        super::bidi::row(ui, |ui| {
            ui.label(bidi(ui, big(say!(w, "panel-text-size"))));
            ui.add(
                egui::Slider::new(
                    &mut cx.text_size.0,
                    super::theme::TextSize::MIN..=super::theme::TextSize::MAX,
                )
                .step_by(0.1),
            );
        });
        if ui
            .button(bidi(
                ui,
                big(if cx.panel.fullscreen {
                    say!(w, "panel-leave-full-screen")
                } else {
                    say!(w, "panel-full-screen")
                }),
            ))
            .clicked()
        {
            cx.panel.toggle_fullscreen = true;
        }
        // The panel in a window of its own (on a second display if there is one).
        let label = if cx.console.open() {
            say!(w, "panel-console-close")
        } else if cx.console.second_display {
            say!(w, "panel-console-second-display")
        } else {
            say!(w, "panel-console-open")
        };
        if ui.button(bidi(ui, big(label))).clicked() {
            cx.console.wanted = !cx.console.open();
        }
        ui.separator();
        match (&cx.game.saved, &cx.game.save_error) {
            (_, Some(e)) => {
                ui.label(bidi(
                    ui,
                    RichText::new(e).size(14.0).color(egui::Color32::LIGHT_RED),
                ));
            }
            (Some(p), None) => {
                ui.label(bidi(
                    ui,
                    RichText::new(say!(w, "panel-saved-to", file = p.display().to_string()))
                        .size(13.0)
                        .color(egui::Color32::GRAY),
                ));
            }
            _ => {}
        }
        if !matches!(state.phase, Phase::Setup | Phase::Debrief)
            && ui
                .button(bidi(ui, big(say!(w, "panel-end-session"))))
                .clicked()
        {
            cx.panel.confirm = Some(Confirm::End);
        }
        if ui.button(bidi(ui, big(say!(w, "panel-leave")))).clicked() {
            cx.panel.confirm = Some(Confirm::Leave);
        }
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "panel-keys"))
                .size(16.0)
                .color(egui::Color32::GRAY),
        ));
    });
}

/// The question of a pending confirmation, as a modal dialog.
/// The dialog asking the facilitator to confirm, if one is open; returns
/// where it is.
pub(super) fn confirm(ctx: &egui::Context, cx: &mut Ctx) -> Option<egui::Rect> {
    let which = cx.panel.confirm?;
    let w = super::game::words(cx.game);
    let unready: Vec<String> = cx
        .game
        .session
        .as_ref()
        .map(|s| {
            s.state()
                .unready_groups()
                .iter()
                .map(|&g| s.state().groups[g].name.clone())
                .collect()
        })
        .unwrap_or_default();
    let (question, yes) = match which {
        Confirm::Leave => (say!(w, "confirm-leave"), say!(w, "confirm-leave-yes")),
        Confirm::End => (say!(w, "confirm-end"), say!(w, "confirm-end-yes")),
        Confirm::Quit => (say!(w, "confirm-quit"), say!(w, "confirm-quit-yes")),
        Confirm::Advance => (
            say!(w, "confirm-advance", groups = unready.join(", ")),
            say!(w, "confirm-advance-yes"),
        ),
    };
    let modal = egui::Modal::new(egui::Id::new("confirm")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(bidi(ui, RichText::new(question).size(20.0)));
        ui.add_space(10.0);
        super::bidi::row(ui, |ui| {
            if ui
                .button(bidi(ui, RichText::new(yes).size(20.0).strong()))
                .clicked()
            {
                match which {
                    Confirm::Leave => cx.commands.push(Command::Leave),
                    Confirm::End => cx.acts.push(Action::EndSession),
                    Confirm::Advance => cx.acts.push(Action::Advance),
                    Confirm::Quit => cx.commands.push(Command::Quit),
                }
                cx.panel.confirm = None;
            }
            if ui
                .button(bidi(
                    ui,
                    RichText::new(say!(w, "confirm-cancel")).size(20.0),
                ))
                .clicked()
            {
                cx.panel.confirm = None;
            }
        });
    });
    if modal.should_close() {
        cx.panel.confirm = None;
    }
    Some(modal.response.rect)
}

/// The device server's switch, its address and code, and the devices of
/// each group with a way to remove one.
fn devices(ui: &mut egui::Ui, cx: &mut Ctx, state: &crate::session::State) {
    let w = super::game::words(cx.game);
    ui.label(bidi(
        ui,
        RichText::new(say!(w, "panel-devices")).size(18.0).strong(),
    ));
    let mut on = cx.devices.wanted;
    if super::bidi::checkbox(ui, &mut on, big(say!(w, "panel-devices-on"))) {
        cx.devices.wanted = on;
    }
    if let Some(e) = &cx.devices.error {
        ui.label(bidi(
            ui,
            RichText::new(e).size(14.0).color(egui::Color32::LIGHT_RED),
        ));
    }
    // Who may come in: set before the server starts, too.
    let mut door = cx.devices.door;
    for (on, id) in [
        (&mut door.lobby, "host-lobby"),
        (&mut door.locked, "host-lock"),
        (&mut door.code_hidden, "host-hide-code"),
        (&mut door.hold_text, "host-hold-text"),
    ] {
        super::bidi::checkbox(ui, on, big(w.say(id, None)));
    }
    if door != cx.devices.door {
        cx.devices.set_door(door);
    }
    held(ui, cx, state);
    let (Some(url), Some(code)) = (cx.devices.url(), cx.devices.code()) else {
        return;
    };
    ui.label(bidi(
        ui,
        RichText::new(say!(w, "panel-join-address", address = url, code = code))
            .size(14.0)
            .color(egui::Color32::GRAY),
    ));
    let label = if cx.devices.show_join {
        say!(w, "panel-hide-join")
    } else {
        say!(w, "panel-show-join")
    };
    if ui.button(bidi(ui, big(label))).clicked() {
        cx.devices.show_join = !cx.devices.show_join;
    }
    // The facilitator's remote: its code only while asked for, since the
    // panel may be on the room's screen.
    let label = if cx.panel.show_host {
        say!(w, "panel-host-hide")
    } else {
        say!(w, "panel-host-show")
    };
    if ui.button(bidi(ui, big(label))).clicked() {
        cx.panel.show_host = !cx.panel.show_host;
    }
    if cx.panel.show_host
        && let (Some(qr), Some(host)) = (cx.host_qr, cx.devices.host_url())
    {
        ui.label(bidi(ui, RichText::new(say!(w, "host-scan")).size(14.0)));
        ui.add(egui::Image::new((qr, egui::vec2(220.0, 220.0))));
        ui.label(RichText::new(host).size(12.0).color(egui::Color32::GRAY));
    }
    let list = cx.devices.list();
    if list.is_empty() {
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "panel-no-devices")).size(14.0),
        ));
    }
    let mut decided: Option<(u32, Standing)> = None;
    for d in &list {
        let group = state.groups.get(d.group).map_or("?", |g| g.name.as_str());
        let standing = match d.standing {
            Standing::In => String::new(),
            Standing::Waiting => format!(" · {}", say!(w, "host-waiting")),
            Standing::Removed => format!(" · {}", say!(w, "host-removed")),
            Standing::Refused => format!(" · {}", say!(w, "host-refused")),
        };
        ui.label(bidi(
            ui,
            RichText::new(format!("{group}: {}{standing}", d.name)).size(15.0),
        ));
        ui.label(bidi(
            ui,
            RichText::new(crate::devices::status(w, d))
                .size(13.0)
                .color(egui::Color32::GRAY),
        ));
        super::bidi::row(ui, |ui| {
            let mut button = |id: &'static str, to: Standing| {
                if ui.small_button(bidi(ui, w.say(id, None))).clicked() {
                    decided = Some((d.id, to));
                }
            };
            match d.standing {
                Standing::Waiting => {
                    button("host-admit", Standing::In);
                    button("host-refuse", Standing::Refused);
                }
                Standing::In => button("host-remove", Standing::Removed),
                Standing::Removed | Standing::Refused => button("host-let-back", Standing::In),
            }
        });
    }
    match decided {
        Some((id, Standing::In)) => cx.devices.admit(id),
        Some((id, Standing::Refused)) => cx.devices.refuse(id),
        Some((id, _)) => cx.devices.remove(id),
        None => {}
    }
}

/// Players' texts waiting for approval: each with Approve, Edit and Hide
/// (every decision is an engine action).
fn held(ui: &mut egui::Ui, cx: &mut Ctx, state: &crate::session::State) {
    if state.held.is_empty() {
        return;
    }
    let w = super::game::words(cx.game);
    ui.label(bidi(
        ui,
        RichText::new(say!(w, "host-held")).size(16.0).strong(),
    ));
    for h in &state.held {
        let Some((group, kind, words)) = h.action.written() else {
            continue;
        };
        let group = state.groups.get(group).map_or("?", |g| g.name.as_str());
        ui.label(bidi(
            ui,
            RichText::new(format!(
                "{group} · {}",
                w.say(&format!("host-held-{kind}"), None)
            ))
            .size(14.0)
            .color(egui::Color32::GRAY),
        ));
        let editing = cx
            .panel
            .editing
            .as_ref()
            .is_some_and(|(n, _)| *n == h.number);
        if editing {
            if let Some((_, edit)) = cx.panel.editing.as_mut() {
                if !edit.title.is_empty() || matches!(h.action, Action::WriteIdea { .. }) {
                    ui.text_edit_singleline(&mut edit.title);
                }
                if !matches!(h.action, Action::SetTitle { .. }) {
                    ui.text_edit_multiline(&mut edit.text);
                }
            }
        } else {
            for text in [&words.title, &words.text] {
                if !text.is_empty() {
                    ui.label(bidi(ui, RichText::new(text).size(15.0)));
                }
            }
        }
        super::bidi::row(ui, |ui| {
            if ui.small_button(bidi(ui, say!(w, "host-approve"))).clicked() {
                let edited = editing
                    .then(|| cx.panel.editing.take().map(|(_, e)| e))
                    .flatten();
                cx.acts.push(Action::Approve {
                    number: h.number,
                    edited,
                });
            }
            if !editing && ui.small_button(bidi(ui, say!(w, "host-edit"))).clicked() {
                cx.panel.editing = Some((h.number, words.clone()));
            }
            if ui.small_button(bidi(ui, say!(w, "host-hide"))).clicked() {
                cx.acts.push(Action::HideHeld { number: h.number });
            }
        });
    }
    ui.separator();
}

/// The facilitator's note on the report-back being heard (or the last one
/// heard), for the report.
fn report_note(ui: &mut egui::Ui, cx: &mut Ctx, state: &crate::session::State) {
    let round = state.round;
    let w = super::game::words(cx.game);
    let Some(g) = super::room::report_back_shown(state) else {
        ui.label(bidi(ui, big(say!(w, "panel-report-back-tap"))));
        return;
    };
    let name = state.groups.get(g).map_or("?", |x| x.name.as_str());
    ui.label(bidi(
        ui,
        RichText::new(say!(w, "panel-report-back-note", group = name))
            .size(18.0)
            .strong(),
    ));
    let saved = state
        .report_backs
        .iter()
        .rev()
        .find(|r| r.group == g && r.round == round)
        .map(|r| r.note.as_str())
        .unwrap_or_default();
    // A new report-back starts from its saved note.
    if cx.panel.report_note_for != Some((round, g)) {
        cx.panel.report_note_for = Some((round, g));
        cx.panel.report_note = saved.to_string();
    }
    if !saved.is_empty() {
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "panel-note-saved", note = saved))
                .size(16.0)
                .color(egui::Color32::GRAY),
        ));
    }
    ui.add(
        egui::TextEdit::multiline(&mut cx.panel.report_note)
            .desired_rows(3)
            .hint_text(say!(w, "panel-report-back-hint")),
    );
    if ui
        .button(bidi(ui, big(say!(w, "panel-save-note"))))
        .clicked()
    {
        cx.acts.push(Action::NoteReportBack {
            group: g,
            note: cx.panel.report_note.clone(),
        });
    }
}

/// Exporting the report, and where it went.
fn export(ui: &mut egui::Ui, cx: &mut Ctx) {
    let w = super::game::words(cx.game);
    let b = egui::Button::new(bidi(
        ui,
        RichText::new(say!(w, "panel-export")).size(20.0).strong(),
    ))
    .fill(egui::Color32::from_rgb(30, 110, 60));
    if ui
        .add(b)
        .on_hover_text(bidi(ui, say!(w, "panel-export-what")))
        .clicked()
    {
        cx.commands.push(Command::Export);
    }
    match &cx.game.exported {
        Some(Ok(dir)) => {
            ui.label(bidi(
                ui,
                RichText::new(say!(
                    w,
                    "panel-exported",
                    folder = dir.display().to_string()
                ))
                .size(16.0)
                .color(egui::Color32::LIGHT_GREEN),
            ));
        }
        Some(Err(e)) => {
            ui.label(bidi(
                ui,
                RichText::new(say!(w, "debrief-report-failed", reason = e.as_str()))
                    .size(16.0)
                    .color(egui::Color32::LIGHT_RED),
            ));
        }
        None => {}
    }
}
