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
pub const GOOD: Color = Color::srgb(0.08, 0.45, 0.2);
/// "READY" and other good news written on the dark table.
pub const GOOD_TEXT: Color = Color::srgb(0.35, 0.85, 0.5);
/// The countdown when the time is up.
pub const ALARM: Color = Color::srgb(1.0, 0.35, 0.3);
/// The colour of the table's buttons.
pub const BUTTON: Color = Color::srgb(0.22, 0.4, 0.62);
/// A toggle that is off.
pub const OFF: Color = Color::srgb(0.3, 0.3, 0.36);

/// The room's messages (white words): a move refused, and good news.
pub const TOAST_REFUSED: Color = Color::srgb_u8(150, 30, 25);
pub const TOAST_GOOD: Color = Color::srgb_u8(30, 100, 50);
/// The join card's ground (white words).
pub const JOIN_CARD: Color = Color::srgb_u8(43, 51, 64);

/// The colour and the label of each kind of card.
pub fn kind_colour(kind: Kind) -> Color {
    match kind {
        // A shade lighter than on paper, so ink reads at 4.5:1 on a screen.
        Kind::Challenge => rgb(crate::palette::kind(kind).tint(0.85)),
        Kind::Role => rgb(crate::palette::kind(kind).tint(0.8)),
        _ => rgb(crate::palette::kind(kind)),
    }
}

/// A role as a chip with light words on it.
pub const ROLE_CHIP: Color = Color::srgb(0.45, 0.32, 0.65);

/// A colour of the core's palette (shared with the report and printed
/// cards) for Bevy.
pub fn rgb(c: crate::palette::Rgb) -> Color {
    Color::srgb_u8(c.0, c.1, c.2)
}

/// The label printed on each kind of card ("IDEA"), in the room's language.
pub fn kind_label(w: &crate::words::Words, kind: Kind) -> String {
    kind.message().say(w).to_uppercase()
}

/// The label on an idea a group wrote itself ("OUR IDEA").
pub fn kind_label_written(w: &crate::words::Words) -> String {
    w.say("kind-written", None).to_uppercase()
}

pub fn group_colour(c: Colour) -> Color {
    let [r, g, b] = c.0;
    Color::srgb_u8(r, g, b)
}

/// A group's name written in its colour on the dark screen (a shade
/// lighter, to read at 4.5:1).
pub fn group_name_colour(c: Colour) -> Color {
    group_colour(c).lighter(0.3)
}

/// Words on a coloured ground (a group's chip, a button in its colour):
/// ink or paper, whichever reads better.
pub fn ink_on(back: Color) -> Color {
    if contrast(INK, back) >= contrast(PAPER, back) {
        INK
    } else {
        PAPER
    }
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

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: Color, b: Color) -> f32 {
    let lum = |c: Color| {
        let l = c.to_linear();
        0.2126 * l.red + 0.7152 * l.green + 0.0722 * l.blue
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Colour;

    /// Every text colour of the table against every background it is
    /// drawn on reaches WCAG AA (4.5:1).
    #[test]
    fn every_text_colour_reads_at_wcag_aa_on_its_background() {
        let mut pairs: Vec<(&str, Color, Color)> = Vec::new();
        for c in Colour::PALETTE {
            let zone = BACKGROUND.mix(&group_colour(c), 0.16);
            // A zone's words, its "ready" mark and its hand (a shade darker).
            let hand = zone.mix(&Color::BLACK, 0.25);
            for (name, text) in [("paper", PAPER), ("muted", MUTED), ("ready", GOOD_TEXT)] {
                pairs.push((name, text, zone));
                pairs.push((name, text, hand));
            }
        }
        // The room's screens (negotiate, vote, debrief, report-back): a
        // group's name in its colour, words and chips on its tinted box.
        for c in Colour::PALETTE {
            let colour = group_colour(c);
            pairs.push(("words on a group's chip", ink_on(colour), colour));
            for tint in [0.12, 0.16, 0.22, 0.25] {
                let back = BACKGROUND.mix(&colour, tint);
                pairs.push(("paper on a tint", PAPER, back));
                pairs.push(("muted on a tint", MUTED, back));
                pairs.push(("a group's name", group_name_colour(c), back));
            }
        }
        for (name, text) in [("paper", PAPER), ("muted", MUTED), ("good news", GOOD_TEXT)] {
            pairs.push((name, text, BACKGROUND));
        }
        for kind in [
            Kind::Challenge,
            Kind::Idea,
            Kind::Method,
            Kind::Role,
            Kind::Criterion,
        ] {
            pairs.push(("ink on a card", INK, kind_colour(kind)));
        }
        pairs.push(("ink on a role", INK, kind_colour(Kind::Role).lighter(0.25)));
        pairs.push(("ink on a written card", INK, rgb(crate::palette::WRITTEN)));
        pairs.push(("paper on a button", PAPER, BUTTON));
        pairs.push(("paper on a chosen toggle", PAPER, GOOD));
        pairs.push(("paper on a toggle", PAPER, OFF));
        pairs.push(("paper on a role chip", PAPER, ROLE_CHIP));
        pairs.push(("time is up", ALARM, BACKGROUND));
        // egui's words for the room: messages and the join card.
        pairs.push(("a refused move", Color::WHITE, TOAST_REFUSED));
        pairs.push(("good news", Color::WHITE, TOAST_GOOD));
        pairs.push(("the join card", Color::WHITE, JOIN_CARD));
        let failing: Vec<String> = pairs
            .iter()
            .map(|(name, text, back)| (name, contrast(*text, *back)))
            .filter(|(_, ratio)| *ratio < 4.5)
            .map(|(name, ratio)| format!("{name}: {ratio:.2}"))
            .collect();
        assert!(failing.is_empty(), "below 4.5:1: {failing:?}");
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(PAPER, PAPER) - 1.0).abs() < 0.001);
    }
}
