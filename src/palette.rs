//! One palette for every place a card is shown: the table on screen, the
//! report (its map and chips) and printed cards. Change a colour here and
//! all three follow.

use crate::deck::Kind;

/// A colour as red, green and blue bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#d9544f`, for HTML, CSS and SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The colour mixed with white: `amount` 1.0 is the colour, 0.0 white
    /// (the pale background of a printed card).
    pub fn tint(self, amount: f32) -> Rgb {
        let mix = |c: u8| (f32::from(c) * amount + 255.0 * (1.0 - amount)).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }
}

pub const CHALLENGE: Rgb = Rgb(0xd9, 0x54, 0x4f);
pub const IDEA: Rgb = Rgb(0xfa, 0xbf, 0x2e);
pub const METHOD: Rgb = Rgb(0x45, 0x9e, 0xd1);
pub const ROLE: Rgb = Rgb(0x8c, 0x66, 0xbf);
pub const CRITERION: Rgb = Rgb(0x4f, 0xb3, 0x6a);
/// An idea a group wrote itself.
pub const WRITTEN: Rgb = Rgb(0xf7, 0xd7, 0x7a);
/// Text on paper.
pub const INK: Rgb = Rgb(0x15, 0x15, 0x1a);
/// Groups and solutions on the report's map.
pub const GROUP: Rgb = Rgb(0x44, 0x44, 0x44);
pub const SOLUTION: Rgb = Rgb(0x2e, 0x8b, 0x57);
/// The map's connections: votes, pledges and deliveries, and the rest.
pub const VOTE_LINK: Rgb = SOLUTION;
pub const SUPPORT_LINK: Rgb = Rgb(0xc0, 0x39, 0x2b);
pub const OTHER_LINK: Rgb = Rgb(0x88, 0x88, 0x88);

/// The colour of each kind of card.
pub fn kind(kind: Kind) -> Rgb {
    match kind {
        Kind::Challenge => CHALLENGE,
        Kind::Idea => IDEA,
        Kind::Method => METHOD,
        Kind::Role => ROLE,
        Kind::Criterion => CRITERION,
    }
}

/// Every kind's colour by its name in templates (`challenge`, `idea`, …).
pub fn by_name() -> Vec<(&'static str, Rgb)> {
    vec![
        ("challenge", CHALLENGE),
        ("idea", IDEA),
        ("method", METHOD),
        ("role", ROLE),
        ("criterion", CRITERION),
        ("written", WRITTEN),
        ("ink", INK),
        ("group", GROUP),
        ("solution", SOLUTION),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_print_as_css_and_tint_towards_white() {
        assert_eq!(CHALLENGE.hex(), "#d9544f");
        assert_eq!(CHALLENGE.tint(1.0), CHALLENGE);
        assert_eq!(CHALLENGE.tint(0.0), Rgb(255, 255, 255));
        assert_eq!(CHALLENGE.tint(0.25).hex(), "#f6d4d3");
    }
}
