//! Setup: the facilitator names the groups, gives each a colour and a seat,
//! chooses the rounds and the table or wall mode, and starts.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::bidi::text as bidi;
use super::game::Command;
use super::theme;
use super::ui::Ctx;
use crate::deck::Cards;
use crate::say;
use crate::session::{Action, Colour, MAX_GROUPS, Seat, Session};
use crate::words::{self, Words};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SetupState>();
}

/// Names being typed, by group, until they are committed.
#[derive(Resource, Default)]
pub struct SetupState {
    pub names: Vec<String>,
    pub revision: u64,
    /// Show the end of the screen (the tour's picture of the rounds).
    pub scroll_to_end: bool,
    /// Open the room's language picker (the tour's picture of every
    /// language's own name); closed again when this is put back to false.
    pub open_languages: bool,
    /// The picker is open because `open_languages` asked.
    languages_opened: bool,
}

/// The names a new group is given, in turn (`group-name-1` …), in the
/// room's language.
fn names(w: &Words) -> Vec<String> {
    (1..=MAX_GROUPS)
        .map(|i| w.say(&format!("group-name-{i}"), None))
        .collect()
}
const TABLE_SEATS: [Seat; 4] = [Seat::Bottom, Seat::Top, Seat::Left, Seat::Right];

pub(super) fn draw(ui: &mut egui::Ui, cx: &mut Ctx) {
    let Some(session) = &cx.game.session else {
        return;
    };
    let state = session.state();
    let deck = session.deck();
    let w = super::game::room_words(session);
    let buffers = &mut *cx.setup;
    if buffers.revision != cx.game.revision || buffers.names.len() != state.groups.len() {
        buffers.names = state.groups.iter().map(|g| g.name.clone()).collect();
        buffers.revision = cx.game.revision;
    }
    let (shared_max, limit) = deck.max_groups();
    let shared_max = shared_max.min(MAX_GROUPS);
    // A set per group seats up to the most groups one screen holds, so the
    // facilitator may add groups beyond what one set allows and then
    // choose a set per group.
    let max = if shared_max >= 1 { MAX_GROUPS } else { 0 };
    let wall = !state.groups.is_empty() && state.groups.iter().all(|g| g.seat == Seat::Wall);
    let to_end = buffers.scroll_to_end;
    // Open the picker while asked to, close it once no longer asked.
    let open_languages = match (buffers.open_languages, buffers.languages_opened) {
        (true, _) => Some(true),
        (false, true) => Some(false),
        (false, false) => None,
    };
    buffers.languages_opened = buffers.open_languages;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.label(bidi(
            ui,
            RichText::new(&deck.title)
                .size(40.0)
                .strong()
                .color(egui::Color32::WHITE),
        ));
        ui.label(bidi(ui, RichText::new(&deck.summary).size(18.0)));
        ui.add_space(10.0);
        let seats = if shared_max >= MAX_GROUPS {
            say!(w, "setup-seats", count = MAX_GROUPS)
        } else {
            say!(
                w,
                "setup-seats-shared",
                shared = shared_max,
                kind = limit.message().say(w),
                count = MAX_GROUPS
            )
        };
        ui.label(bidi(
            ui,
            RichText::new(seats).size(16.0).color(egui::Color32::GRAY),
        ));
        ui.add_space(10.0);
        language(ui, cx.acts, (session, w), open_languages);
        ui.add_space(10.0);
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "panel-groups")).size(28.0).strong(),
        ));
        for (g, group) in state.groups.iter().enumerate() {
            super::bidi::row(ui, |ui| {
                let name = &mut buffers.names[g];
                let edit = ui.add(
                    egui::TextEdit::singleline(name)
                        .desired_width(260.0)
                        .font(egui::TextStyle::Heading),
                );
                if edit.lost_focus() && name.trim() != group.name {
                    cx.acts.push(Action::EditGroup {
                        group: g,
                        name: name.clone(),
                        colour: group.colour,
                        seat: group.seat,
                    });
                }
                for c in Colour::PALETTE {
                    let fill = theme::egui_colour(theme::group_colour(c));
                    let selected = c == group.colour;
                    let label = if selected { "✔" } else { " " };
                    let b = egui::Button::new(bidi(
                        ui,
                        RichText::new(label).size(20.0).color(egui::Color32::BLACK),
                    ))
                    .fill(fill)
                    .min_size(egui::vec2(34.0, 34.0));
                    if ui.add(b).clicked() && !selected {
                        cx.acts.push(Action::EditGroup {
                            group: g,
                            name: group.name.clone(),
                            colour: c,
                            seat: group.seat,
                        });
                    }
                }
                if !wall {
                    egui::ComboBox::from_id_salt(("seat", g))
                        .selected_text(bidi(
                            ui,
                            RichText::new(say!(w, "setup-seat", seat = seat_name(w, group.seat)))
                                .size(18.0),
                        ))
                        .show_ui(ui, |ui| {
                            for seat in TABLE_SEATS {
                                if ui
                                    .selectable_label(
                                        seat == group.seat,
                                        bidi(ui, RichText::new(seat_name(w, seat)).size(18.0)),
                                    )
                                    .clicked()
                                {
                                    cx.acts.push(Action::EditGroup {
                                        group: g,
                                        name: group.name.clone(),
                                        colour: group.colour,
                                        seat,
                                    });
                                }
                            }
                        });
                }
                if ui
                    .add(egui::Button::new(bidi(
                        ui,
                        RichText::new(say!(w, "panel-remove")).size(16.0),
                    )))
                    .clicked()
                {
                    cx.acts.push(Action::RemoveGroup { group: g });
                }
            });
        }
        let n = state.groups.len();
        if n < max
            && ui
                .add(egui::Button::new(bidi(
                    ui,
                    RichText::new(say!(w, "setup-add-group")).size(20.0),
                )))
                .clicked()
        {
            let name = names(w)
                .into_iter()
                .find(|x| {
                    !state
                        .groups
                        .iter()
                        .any(|g| g.name.to_lowercase() == x.to_lowercase())
                })
                .unwrap_or_else(|| say!(w, "setup-group-n", number = n + 1));
            let colour = Colour::PALETTE
                .into_iter()
                .find(|c| !state.groups.iter().any(|g| g.colour == *c))
                .unwrap_or(Colour::PALETTE[n % MAX_GROUPS]);
            let seat = if wall { Seat::Wall } else { TABLE_SEATS[n % 4] };
            cx.acts.push(Action::AddGroup { name, colour, seat });
        }
        ui.add_space(14.0);
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "setup-cards")).size(28.0).strong(),
        ));
        super::bidi::row(ui, |ui| {
            for (cards, words) in [
                (Cards::Shared, say!(w, "setup-cards-shared")),
                (Cards::PerGroup, say!(w, "setup-cards-per-group")),
            ] {
                let chosen = state.cards == cards;
                if ui
                    .selectable_label(chosen, bidi(ui, RichText::new(words).size(18.0)))
                    .clicked()
                    && !chosen
                {
                    cx.acts.push(Action::SetCards { cards });
                }
            }
        });
        if state.cards == Cards::Shared && n > shared_max {
            super::bidi::row(ui, |ui| {
                ui.label(bidi(
                    ui,
                    RichText::new(say!(w, "setup-too-many", shared = shared_max, count = n))
                        .size(18.0)
                        .color(egui::Color32::from_rgb(255, 200, 90)),
                ));
                let give = egui::Button::new(bidi(
                    ui,
                    RichText::new(say!(w, "setup-give-sets"))
                        .size(18.0)
                        .strong(),
                ));
                if ui.add(give).clicked() {
                    cx.acts.push(Action::SetCards {
                        cards: Cards::PerGroup,
                    });
                }
            });
        }
        ui.add_space(14.0);
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "setup-screen")).size(28.0).strong(),
        ));
        super::bidi::row(ui, |ui| {
            let table_label = RichText::new(say!(w, "setup-table")).size(18.0);
            if ui.selectable_label(!wall, bidi(ui, table_label)).clicked() && wall {
                for (g, group) in state.groups.iter().enumerate() {
                    cx.acts.push(Action::EditGroup {
                        group: g,
                        name: group.name.clone(),
                        colour: group.colour,
                        seat: TABLE_SEATS[g % 4],
                    });
                }
            }
            let wall_label = RichText::new(say!(w, "setup-wall")).size(18.0);
            if ui.selectable_label(wall, bidi(ui, wall_label)).clicked() && !wall {
                for (g, group) in state.groups.iter().enumerate() {
                    cx.acts.push(Action::EditGroup {
                        group: g,
                        name: group.name.clone(),
                        colour: group.colour,
                        seat: Seat::Wall,
                    });
                }
            }
        });
        ui.add_space(14.0);
        super::bidi::row(ui, |ui| {
            ui.label(bidi(
                ui,
                RichText::new(say!(w, "setup-rounds")).size(28.0).strong(),
            ));
            let mut rounds = state.rounds;
            if ui
                .add(egui::Slider::new(&mut rounds, 1..=12).text(say!(w, "setup-rounds-unit")))
                .changed()
            {
                cx.acts.push(Action::SetRounds { rounds });
            }
        });
        let m = deck.rules.minutes;
        let start = match deck.briefing {
            Some(_) => say!(
                w,
                "setup-start-briefing",
                briefing = m.briefing,
                roles = m.roles
            ),
            None => say!(w, "setup-start-roles", roles = m.roles),
        };
        ui.label(bidi(
            ui,
            RichText::new(say!(
                w,
                "setup-round-minutes",
                challenge = m.challenge,
                build = m.build,
                present = m.present,
                negotiate = m.negotiate,
                report_back = m.report_back,
                vote = m.vote,
                start = start
            ))
            .size(16.0)
            .color(egui::Color32::GRAY),
        ));
        ui.add_space(20.0);
        super::bidi::row(ui, |ui| {
            let start = egui::Button::new(bidi(
                ui,
                RichText::new(say!(w, "setup-start")).size(28.0).strong(),
            ))
            .fill(egui::Color32::from_rgb(30, 120, 60));
            if ui.add_enabled(n > 0, start).clicked() {
                cx.acts.push(Action::Advance);
            }
            if ui
                .add(egui::Button::new(bidi(
                    ui,
                    RichText::new(say!(w, "setup-back")).size(18.0),
                )))
                .clicked()
            {
                cx.commands.push(Command::Leave);
            }
        });
        if n == 0 {
            ui.label(bidi(ui, RichText::new(say!(w, "setup-add-one")).size(16.0)));
        }
        if to_end {
            ui.scroll_to_cursor(Some(egui::Align::BOTTOM));
        }
    });
}

/// A seat's name in the room's language.
fn seat_name(w: &Words, seat: Seat) -> String {
    w.say(&format!("seat-{}", seat.name()), None)
}

/// The room's language: the deck's unless the facilitator chooses another
/// the game speaks (a logged action, so the report and replays follow).
fn language(
    ui: &mut egui::Ui,
    acts: &mut Vec<Action>,
    (session, w): (&Session, &Words),
    open: Option<bool>,
) {
    let deck_language = session.deck().language.as_deref();
    let chosen = session.state().language.as_deref();
    super::bidi::row(ui, |ui| {
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "setup-language")).size(20.0).strong(),
        ));
        let salt = egui::IdSalt::new("room-language");
        // The id egui's combo box keeps its popup's state under (it makes
        // its salt from the string).
        let popup = ui.make_persistent_id(salt).with("popup");
        match open {
            Some(true) => egui::Popup::open_id(ui.ctx(), popup),
            Some(false) => egui::Popup::close_id(ui.ctx(), popup),
            None => {}
        }
        egui::ComboBox::from_id_salt("room-language")
            .selected_text(bidi(ui, RichText::new(w.name()).size(18.0)))
            .show_ui(ui, |ui| {
                for tag in words::shipped() {
                    let here = words::get(tag);
                    let on = here.tag() == w.tag();
                    if ui
                        .selectable_label(on, bidi(ui, RichText::new(here.name()).size(18.0)))
                        .clicked()
                        && !on
                    {
                        // The deck's own language needs no choice of its own.
                        let language = (deck_language.map(words::get).map(Words::tag) != Some(tag))
                            .then(|| tag.to_string());
                        if language.as_deref() != chosen {
                            acts.push(Action::SetLanguage { language });
                        }
                    }
                }
            });
    });
    ui.label(bidi(
        ui,
        RichText::new(say!(w, "setup-language-about"))
            .size(15.0)
            .color(egui::Color32::GRAY),
    ));
}
