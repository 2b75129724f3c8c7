//! The fonts the game draws deck text with, and which characters they have:
//! `check` warns of a character no bundled font draws, so an organiser
//! learns of it before the workshop rather than from boxes on the screen.
//! Bevy-free; the game's font plugin takes its bytes from here too.

use std::sync::OnceLock;

/// DejaVu Sans, regular and bold (assets/fonts, with its licence).
pub static SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub static SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// A face the game falls back to where DejaVu Sans has no glyph: Noto Sans
/// for a script (assets/fonts/noto, with its licence). The game loads one
/// only when a text needs it.
pub struct Fallback {
    /// Its family name, as the font calls itself.
    pub family: &'static str,
    /// The ISO 15924 codes of the scripts it is the fallback for.
    pub scripts: &'static [[u8; 4]],
    pub regular: &'static [u8],
    /// The bold face (the regular one where the family has no bold).
    pub bold: &'static [u8],
}

macro_rules! noto {
    ($file:literal, $($script:literal),+) => {
        Fallback {
            family: concat!("Noto Sans ", $file),
            scripts: &[$(*$script),+],
            regular: include_bytes!(concat!("../../assets/fonts/noto/NotoSans", $file, "-Regular.ttf")),
            bold: include_bytes!(concat!("../../assets/fonts/noto/NotoSans", $file, "-Bold.ttf")),
        }
    };
}

static CJK: &[u8] = include_bytes!("../../assets/fonts/noto/NotoSansCJKsc-Regular.otf");

/// The fallback faces, in the order they are tried.
pub static FALLBACKS: &[Fallback] = &[
    noto!("Arabic", b"Arab"),
    noto!("Hebrew", b"Hebr"),
    noto!("Bengali", b"Beng"),
    noto!("Devanagari", b"Deva"),
    noto!("Gurmukhi", b"Guru"),
    noto!("Gujarati", b"Gujr"),
    noto!("Tamil", b"Taml"),
    noto!("Sinhala", b"Sinh"),
    noto!("Thai", b"Thai"),
    noto!("Ethiopic", b"Ethi"),
    Fallback {
        family: "Noto Sans CJK SC",
        scripts: &[*b"Hani", *b"Hira", *b"Kana", *b"Hang", *b"Bopo"],
        regular: CJK,
        bold: CJK,
    },
];

/// Scripts whose letters join or reorder: a word must be set in one face,
/// so text with any of their letters is set in the script's own face even
/// where DejaVu has some of them (DejaVu draws most Arabic letters but not
/// Urdu's ے and ہ, and letters from two faces do not join).
pub static OWN_FACE: &[[u8; 4]] = &[*b"Arab"];

/// The scripts among the fallbacks that are written right to left.
pub static RIGHT_TO_LEFT: &[[u8; 4]] = &[*b"Arab", *b"Hebr"];

fn fallback_faces() -> &'static [Option<ttf_parser::Face<'static>>] {
    static FACES: OnceLock<Vec<Option<ttf_parser::Face<'static>>>> = OnceLock::new();
    FACES.get_or_init(|| {
        FALLBACKS
            .iter()
            .map(|f| ttf_parser::Face::parse(f.regular, 0).ok())
            .collect()
    })
}

/// The fallback face that draws `ch`, where DejaVu Sans does not (or where
/// `ch`'s script is set in its own face).
pub fn fallback_for(ch: char) -> Option<usize> {
    if ch.is_ascii() {
        return None;
    }
    let own = OWN_FACE.contains(&script_code(ch));
    if !own && in_dejavu(ch) {
        return None;
    }
    fallback_faces()
        .iter()
        .position(|f| f.as_ref().is_some_and(|f| f.glyph_index(ch).is_some()))
}

/// The ISO 15924 code of `ch`'s script ("Beng").
pub fn script_code(ch: char) -> [u8; 4] {
    use unicode_script::UnicodeScript;
    let code = ch.script().short_name().as_bytes();
    let mut tag = *b"Zyyy";
    if code.len() == 4 {
        tag.copy_from_slice(code);
    }
    tag
}

fn in_dejavu(ch: char) -> bool {
    let faces = faces();
    !faces.is_empty() && faces.iter().all(|f| f.glyph_index(ch).is_some())
}

fn faces() -> &'static [ttf_parser::Face<'static>] {
    static FACES: OnceLock<Vec<ttf_parser::Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| {
        [SANS, SANS_BOLD]
            .into_iter()
            .filter_map(|bytes| ttf_parser::Face::parse(bytes, 0).ok())
            .collect()
    })
}

/// Whether the bundled fonts draw `ch`: DejaVu Sans (regular and bold), or
/// a Noto fallback for its script.
/// White space and control characters are not drawn as glyphs.
pub fn drawable(ch: char) -> bool {
    shapes_only(ch) || in_dejavu(ch) || fallback_for(ch).is_some()
}

/// A character no face needs to draw: a space, a control, a joiner or a
/// mark of direction (they shape text rather than show).
pub fn shapes_only(ch: char) -> bool {
    ch.is_whitespace()
        || ch.is_control()
        || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FE00}'..='\u{FE0F}')
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
    fn the_bundled_fonts_draw_the_rooms_scripts_but_not_ol_chiki() {
        for ch in ['a', 'é', 'ł', 'ß', 'Ω', 'Ж', '€', '—', 'ő', 'ệ'] {
            assert!(drawable(ch), "{ch}");
            assert_eq!(fallback_for(ch), None, "{ch} is DejaVu's");
        }
        // Urdu, Bengali, Chinese (simplified and traditional), Japanese,
        // Korean, Hebrew, Devanagari, Gurmukhi, Gujarati, Tamil, Sinhala,
        // Thai, Amharic: each from its Noto face.
        for (ch, family) in [
            ('ے', "Noto Sans Arabic"),
            ('ب', "Noto Sans Arabic"),
            ('অ', "Noto Sans Bengali"),
            ('中', "Noto Sans CJK SC"),
            ('體', "Noto Sans CJK SC"),
            ('あ', "Noto Sans CJK SC"),
            ('한', "Noto Sans CJK SC"),
            ('ש', "Noto Sans Hebrew"),
            ('क', "Noto Sans Devanagari"),
            ('ਕ', "Noto Sans Gurmukhi"),
            ('ક', "Noto Sans Gujarati"),
            ('த', "Noto Sans Tamil"),
            ('ක', "Noto Sans Sinhala"),
            ('ก', "Noto Sans Thai"),
            ('ሰ', "Noto Sans Ethiopic"),
        ] {
            assert!(drawable(ch), "{ch}");
            let f = fallback_for(ch).map(|i| FALLBACKS[i].family);
            assert!(
                f == Some(family) || (family == "Noto Sans Hebrew" && f.is_none()),
                "{ch}: {f:?}"
            );
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
