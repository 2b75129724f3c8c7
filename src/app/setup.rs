//! Setup: the facilitator names the groups, gives each a colour and a seat,
//! chooses the rounds and the table or wall mode, and starts.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::game::Command;
use super::theme;
use super::ui::Ctx;
use crate::deck::Cards;
use crate::session::{Action, Colour, MAX_GROUPS, Seat};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SetupState>();
}

/// Names being typed, by group, until they are committed.
#[derive(Resource, Default)]
pub struct SetupState {
    pub names: Vec<String>,
    pub revision: u64,
}

const NAMES: [&str; MAX_GROUPS] = [
    "Kites", "Bridges", "Lanterns", "Oaks", "Ravens", "Compass", "Harbour", "Beacons",
];
const TABLE_SEATS: [Seat; 4] = [Seat::Bottom, Seat::Top, Seat::Left, Seat::Right];

pub(super) fn draw(ui: &mut egui::Ui, cx: &mut Ctx) {
    let Some(session) = &cx.game.session else {
        return;
    };
    let state = session.state();
    let deck = session.deck();
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
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.label(RichText::new(&deck.title).size(40.0).strong().color(egui::Color32::WHITE));
        ui.label(RichText::new(&deck.summary).size(18.0));
        ui.add_space(10.0);
        let seats = if shared_max >= MAX_GROUPS {
            format!("This deck seats up to {MAX_GROUPS} groups.")
        } else {
            format!(
                "With one set of cards for the room, this deck seats up to {shared_max} groups (its {} cards run out after that). With a set per group it seats up to {MAX_GROUPS}.",
                limit.word()
            )
        };
        ui.label(
            RichText::new(seats)
            .size(16.0)
            .color(egui::Color32::GRAY),
        );
        ui.add_space(10.0);
        ui.label(RichText::new("Groups").size(28.0).strong());
        for (g, group) in state.groups.iter().enumerate() {
            ui.horizontal(|ui| {
                let name = &mut buffers.names[g];
                let edit = ui.add(egui::TextEdit::singleline(name).desired_width(260.0).font(egui::TextStyle::Heading));
                if edit.lost_focus() && name.trim() != group.name {
                    cx.acts.push(Action::EditGroup { group: g, name: name.clone(), colour: group.colour, seat: group.seat });
                }
                for c in Colour::PALETTE {
                    let fill = theme::egui_colour(theme::group_colour(c));
                    let selected = c == group.colour;
                    let label = if selected { "✔" } else { " " };
                    let b = egui::Button::new(RichText::new(label).size(20.0).color(egui::Color32::BLACK))
                        .fill(fill)
                        .min_size(egui::vec2(34.0, 34.0));
                    if ui.add(b).clicked() && !selected {
                        cx.acts.push(Action::EditGroup { group: g, name: group.name.clone(), colour: c, seat: group.seat });
                    }
                }
                if !wall {
                    egui::ComboBox::from_id_salt(("seat", g))
                        .selected_text(RichText::new(format!("seat: {}", group.seat.name())).size(18.0))
                        .show_ui(ui, |ui| {
                            for seat in TABLE_SEATS {
                                if ui.selectable_label(seat == group.seat, RichText::new(seat.name()).size(18.0)).clicked() {
                                    cx.acts.push(Action::EditGroup { group: g, name: group.name.clone(), colour: group.colour, seat });
                                }
                            }
                        });
                }
                if ui.add(egui::Button::new(RichText::new("Remove").size(16.0))).clicked() {
                    cx.acts.push(Action::RemoveGroup { group: g });
                }
            });
        }
        let n = state.groups.len();
        if n < max && ui.add(egui::Button::new(RichText::new("+ Add a group").size(20.0))).clicked() {
            let name = NAMES
                .iter()
                .find(|x| !state.groups.iter().any(|g| g.name.eq_ignore_ascii_case(x)))
                .map_or_else(|| format!("Group {}", n + 1), |x| (*x).to_string());
            let colour = Colour::PALETTE
                .into_iter()
                .find(|c| !state.groups.iter().any(|g| g.colour == *c))
                .unwrap_or(Colour::PALETTE[n % MAX_GROUPS]);
            let seat = if wall { Seat::Wall } else { TABLE_SEATS[n % 4] };
            cx.acts.push(Action::AddGroup { name, colour, seat });
        }
        ui.add_space(14.0);
        ui.label(RichText::new("Cards").size(28.0).strong());
        ui.horizontal(|ui| {
            for (cards, words) in [
                (Cards::Shared, "One set for the room: a card is in one place at a time, groups trade"),
                (Cards::PerGroup, "A set per group, as when each table has its own printed cards"),
            ] {
                let chosen = state.cards == cards;
                if ui.selectable_label(chosen, RichText::new(words).size(18.0)).clicked() && !chosen {
                    cx.acts.push(Action::SetCards { cards });
                }
            }
        });
        if state.cards == Cards::Shared && n > shared_max {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!(
                        "One set of this deck's cards seats {shared_max} groups, not {n}."
                    ))
                    .size(18.0)
                    .color(egui::Color32::from_rgb(255, 200, 90)),
                );
                let give = egui::Button::new(RichText::new("Give each group its own set").size(18.0).strong());
                if ui.add(give).clicked() {
                    cx.acts.push(Action::SetCards { cards: Cards::PerGroup });
                }
            });
        }
        ui.add_space(14.0);
        ui.label(RichText::new("Screen").size(28.0).strong());
        ui.horizontal(|ui| {
            let table_label = RichText::new("Touch table: seats on four sides, cards face each group").size(18.0);
            if ui.selectable_label(!wall, table_label).clicked() && wall {
                for (g, group) in state.groups.iter().enumerate() {
                    cx.acts.push(Action::EditGroup { group: g, name: group.name.clone(), colour: group.colour, seat: TABLE_SEATS[g % 4] });
                }
            }
            let wall_label = RichText::new("TV or projector: everything upright").size(18.0);
            if ui.selectable_label(wall, wall_label).clicked() && !wall {
                for (g, group) in state.groups.iter().enumerate() {
                    cx.acts.push(Action::EditGroup { group: g, name: group.name.clone(), colour: group.colour, seat: Seat::Wall });
                }
            }
        });
        ui.add_space(14.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new("Rounds").size(28.0).strong());
            let mut rounds = state.rounds;
            if ui.add(egui::Slider::new(&mut rounds, 1..=12).text("rounds")).changed() {
                cx.acts.push(Action::SetRounds { rounds });
            }
        });
        let m = deck.rules.minutes;
        let start = match deck.briefing {
            Some(_) => format!("briefing {} min and roles {} min", m.briefing, m.roles),
            None => format!("roles {} min", m.roles),
        };
        ui.label(
            RichText::new(format!(
                "Each round: challenge {} min, build {} min, present {} min, negotiate {} min, report-back {} min a group, vote {} min ({start} at the start).",
                m.challenge, m.build, m.present, m.negotiate, m.report_back, m.vote
            ))
            .size(16.0)
            .color(egui::Color32::GRAY),
        );
        ui.add_space(20.0);
        ui.horizontal(|ui| {
            let start = egui::Button::new(RichText::new("Start the session ▶").size(28.0).strong()).fill(egui::Color32::from_rgb(30, 120, 60));
            if ui.add_enabled(n > 0, start).clicked() {
                cx.acts.push(Action::Advance);
            }
            if ui.add(egui::Button::new(RichText::new("Back to the decks").size(18.0))).clicked() {
                cx.commands.push(Command::Leave);
            }
        });
        if n == 0 {
            ui.label(RichText::new("Add at least one group to start.").size(16.0));
        }
    });
}
