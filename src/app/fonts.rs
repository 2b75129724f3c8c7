//! The fonts, compiled into the program so it runs from any folder.

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    let mut fonts = app.world_mut().get_resource_or_init::<Assets<Font>>();
    let regular = fonts.add(Font::from_bytes(crate::deck::glyphs::SANS.to_vec()));
    let bold = fonts.add(Font::from_bytes(crate::deck::glyphs::SANS_BOLD.to_vec()));
    app.insert_resource(Fonts { regular, bold });
}

/// DejaVu Sans, regular and bold: wide language coverage, clear at a distance.
#[derive(Resource, Clone)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
}

impl Fonts {
    pub fn text(&self, size: f32) -> TextFont {
        TextFont {
            font: self.regular.clone().into(),
            font_size: FontSize::Px(step(size)),
            ..default()
        }
    }

    pub fn bold(&self, size: f32) -> TextFont {
        TextFont {
            font: self.bold.clone().into(),
            font_size: FontSize::Px(step(size)),
            ..default()
        }
    }
}

/// A font size in whole steps, never smaller than asked: 2 px up to 32,
/// 4 px up to 64, 8 px beyond. Each size of each font has glyph atlases of
/// its own (1 MiB each, kept in memory twice and sent to the GPU whole when
/// a glyph is added), so texts a fraction of a pixel apart share them.
pub fn step(size: f32) -> f32 {
    let unit = if size <= 32.0 {
        2.0
    } else if size <= 64.0 {
        4.0
    } else {
        8.0
    };
    ((size - 0.01) / unit).ceil().max(1.0) * unit
}

/// A piece of text on the table that pointers pass through.
pub fn text_node(text: impl Into<String>, font: TextFont, colour: Color) -> impl Bundle {
    (Text::new(text), font, TextColor(colour), Pickable::IGNORE)
}

/// What a text on the screen is, for the tour's `texts.json` (and so for
/// the size floors its tests check). A text without one is a `label`.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reads {
    CardLabel,
    CardTitle,
    CardText,
    SolutionTitle,
    GroupName,
    Button,
    Hint,
    Timer,
    /// Any other text players read.
    Label,
}

impl Reads {
    pub fn name(self) -> &'static str {
        match self {
            Reads::CardLabel => "card-label",
            Reads::CardTitle => "card-title",
            Reads::CardText => "card-text",
            Reads::SolutionTitle => "solution-title",
            Reads::GroupName => "group-name",
            Reads::Button => "button",
            Reads::Hint => "hint",
            Reads::Timer => "timer",
            Reads::Label => "label",
        }
    }
}

/// A piece of text of a known kind (see [`Reads`]).
pub fn text_as(
    reads: Reads,
    text: impl Into<String>,
    font: TextFont,
    colour: Color,
) -> impl Bundle {
    (text_node(text, font, colour), reads)
}

#[cfg(test)]
mod tests {
    use super::step;

    #[test]
    fn sizes_step_up_never_down() {
        assert_eq!(step(18.0), 18.0);
        assert_eq!(step(21.9), 22.0);
        assert_eq!(step(24.3), 26.0);
        assert_eq!(step(31.6), 32.0);
        assert_eq!(step(33.0), 36.0);
        assert_eq!(step(75.8), 80.0);
        for tenth in 100..1000 {
            let size = tenth as f32 / 10.0;
            assert!(
                step(size) >= size - 0.01 && step(size) - size < 8.0,
                "{size}"
            );
        }
    }
}
