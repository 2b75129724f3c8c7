//! The fonts the game draws deck text with, and which characters they have:
//! `check` warns of a character no bundled font draws, so an organiser
//! learns of it before the workshop rather than from boxes on the screen.
//! Bevy-free; the game's font plugin takes its bytes from here too.

use std::sync::OnceLock;

/// DejaVu Sans, regular and bold (assets/fonts, with its licence).
pub const SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

fn faces() -> &'static [ttf_parser::Face<'static>] {
    static FACES: OnceLock<Vec<ttf_parser::Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| {
        [SANS, SANS_BOLD]
            .into_iter()
            .filter_map(|bytes| ttf_parser::Face::parse(bytes, 0).ok())
            .collect()
    })
}

/// Whether every bundled font draws `ch` (text is set in regular and bold).
/// White space and control characters are not drawn as glyphs.
pub fn drawable(ch: char) -> bool {
    if ch.is_whitespace() || ch.is_control() {
        return true;
    }
    // Joiners and marks of direction shape text rather than show.
    if matches!(ch, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FE00}'..='\u{FE0F}') {
        return true;
    }
    let faces = faces();
    !faces.is_empty() && faces.iter().all(|f| f.glyph_index(ch).is_some())
}

/// The name of the script `ch` is written in ("Ol Chiki", "Bengali").
pub fn script_name(ch: char) -> String {
    use unicode_script::UnicodeScript;
    ch.script().full_name().replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_fonts_draw_european_scripts_but_not_ol_chiki() {
        for ch in ['a', 'é', 'ł', 'ß', 'Ω', 'Ж', '€', '—', 'ő'] {
            assert!(drawable(ch), "{ch}");
        }
        assert!(!drawable('ᱚ'));
        assert_eq!(script_name('ᱚ'), "Ol Chiki");
        assert_eq!(script_name('অ'), "Bengali");
    }
}
