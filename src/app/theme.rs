//! Colours and sizes: each kind of card has its colour and label, and every
//! size follows the facilitator's text-size control.

use bevy::prelude::*;

use crate::deck::Kind;
use crate::session::Colour;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TextSize>();
}

/// The facilitator's text-size control: 1.0 is normal; larger makes cards
/// and text bigger for a big room or low vision.
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct TextSize(pub f32);

impl Default for TextSize {
    fn default() -> Self {
        TextSize(1.0)
    }
}

impl TextSize {
    pub const MIN: f32 = 0.8;
    pub const MAX: f32 = 1.8;
}

pub const BACKGROUND: Color = Color::srgb(0.11, 0.13, 0.16);
pub const INK: Color = Color::srgb(0.08, 0.08, 0.1);
pub const PAPER: Color = Color::srgb(0.97, 0.96, 0.93);
pub const MUTED: Color = Color::srgb(0.75, 0.77, 0.8);
pub const REFUSED: Color = Color::srgb(0.75, 0.12, 0.1);
pub const GOOD: Color = Color::srgb(0.1, 0.55, 0.25);

/// The colour and the label of each kind of card.
pub fn kind_colour(kind: Kind) -> Color {
    rgb(crate::palette::kind(kind))
}

/// A colour of the core's palette (shared with the report and printed
/// cards) for Bevy.
pub fn rgb(c: crate::palette::Rgb) -> Color {
    Color::srgb_u8(c.0, c.1, c.2)
}

/// The label printed on each kind of card.
pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Challenge => "CHALLENGE",
        Kind::Idea => "IDEA",
        Kind::Method => "METHOD",
        Kind::Role => "ROLE",
        Kind::Criterion => "CRITERION",
    }
}

/// The colour and label for an idea a group wrote itself.
pub const WRITTEN_LABEL: &str = "OUR IDEA";

pub fn group_colour(c: Colour) -> Color {
    let [r, g, b] = c.0;
    Color::srgb_u8(r, g, b)
}

/// Same colours for egui.
pub fn egui_colour(c: Color) -> bevy_egui::egui::Color32 {
    let s = c.to_srgba();
    bevy_egui::egui::Color32::from_rgb(
        (s.red * 255.0) as u8,
        (s.green * 255.0) as u8,
        (s.blue * 255.0) as u8,
    )
}
