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

/// How wide `text` is set on one line at `size` px, in the bold or the
/// regular face, from the fonts' own advances (a character the font lacks
/// counts as wide as an "M"). Layouts use it to know what fits before Bevy
/// lays the text out.
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let faces = faces();
    let Some(face) = faces.get(usize::from(bold)).or(faces.first()) else {
        return text.chars().count() as f32 * size * 0.6;
    };
    let em = f32::from(face.units_per_em().max(1));
    let wide = face
        .glyph_index('M')
        .and_then(|g| face.glyph_hor_advance(g))
        .unwrap_or(face.units_per_em());
    let units: u32 = text
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(u32::from(wide), u32::from)
        })
        .sum();
    units as f32 * size / em
}

/// How many lines `text` takes when wrapped at word boundaries to `room`
/// px at `size` px (a word wider than the line is broken, as the game's
/// text does). Empty text takes one line.
pub fn lines(text: &str, size: f32, bold: bool, room: f32) -> usize {
    let space = width(" ", size, bold);
    let mut count = 0;
    for paragraph in text.split('\n') {
        count += 1;
        let mut used = 0.0_f32;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let w = width(word, size, bold);
            if used > 0.0 && used + space + w > room {
                count += 1;
                used = 0.0;
            }
            if used == 0.0 && w > room {
                // Broken across lines: the last piece stays on the line.
                let whole = (w / room.max(1.0)).floor();
                count += whole as usize;
                used = w - whole * room;
            } else {
                used += if used > 0.0 { space + w } else { w };
            }
        }
    }
    count.max(1)
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

    #[test]
    fn text_is_measured_with_the_fonts_own_widths() {
        // Bold is wider, "i" narrower than "M", and width grows with size.
        assert!(width("Mi", 20.0, true) > width("Mi", 20.0, false));
        assert!(width("iiii", 20.0, false) < width("MMMM", 20.0, false));
        let w = width("Corporate volunteering", 20.0, true);
        assert!((width("Corporate volunteering", 40.0, true) - 2.0 * w).abs() < 0.01);
        // DejaVu Sans Bold: an "M" is 0.995 em.
        assert!(
            (width("M", 100.0, true) - 99.5).abs() < 1.0,
            "{}",
            width("M", 100.0, true)
        );
        // Words wrap where the line is full; a long word is broken.
        let one = width("volunteering", 20.0, true);
        assert_eq!(
            lines("Corporate volunteering brokerage", 20.0, true, 1000.0),
            1
        );
        assert_eq!(
            lines("Corporate volunteering brokerage", 20.0, true, w + 1.0),
            2
        );
        assert_eq!(
            lines("Corporate volunteering brokerage", 20.0, true, one + 1.0),
            3
        );
        assert_eq!(
            lines("MMMMMMMMMM", 20.0, true, width("MMMMM", 20.0, true) + 0.5),
            2
        );
        assert_eq!(lines("", 20.0, true, 100.0), 1);
        assert_eq!(lines("a\nb", 20.0, true, 100.0), 2);
    }
}
