//! Text in any direction where egui draws it (the panel, setup, the title
//! screen, dialogs): the Unicode Bidirectional Algorithm (`unicode-bidi`)
//! orders each line's runs, since egui 0.36 shapes each run (harfrust) but
//! lays runs out left to right.
//!
//! A text with nothing written right to left is left as it is. Otherwise it
//! becomes a layout job of one section per run, in the order the eye meets
//! them from the left: a right-to-left run in logical order, set in the
//! [`RIGHT_TO_LEFT`] family (the faces of right-to-left scripts first, so
//! its words and the spaces and brackets between them are one run that
//! harfrust shapes right to left and mirrors); a left-to-right run inside it
//! (a number, a Latin word) in its own section, shaped left to right. A text
//! that must wrap is broken into lines in reading order first, so a wrapped
//! Urdu label reads from its first line down.

use bevy_egui::egui::{self, FontFamily, TextFormat, WidgetText, text::LayoutJob};
use unicode_bidi::{BidiClass, BidiInfo, bidi_class};

/// The egui family whose faces are those of right-to-left scripts first,
/// then the usual ones (`fonts.rs` defines it in every context).
pub const RIGHT_TO_LEFT: &str = "right-to-left";

/// Does this text have anything written right to left (Arabic, Hebrew and
/// their numbers)?
pub fn has_right_to_left(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::AN | BidiClass::RLE | BidiClass::RLO
        ) || c == '\u{2067}'
    })
}

/// Marks that steer the algorithm and are not drawn (egui would draw them
/// as boxes).
fn is_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A text for an egui widget, its runs in the order they are seen (see the
/// module's comment). Labels that wrap are broken at the width left in `ui`.
pub fn text(ui: &egui::Ui, text: impl Into<WidgetText>) -> WidgetText {
    let text = text.into();
    if !has_right_to_left(text.text()) {
        return text;
    }
    let job = text.into_layout_job(ui.style(), egui::FontSelection::Default, ui.text_valign());
    let family = FontFamily::Name(RIGHT_TO_LEFT.into());
    let has_family = ui.fonts(|f| f.definitions().families.contains_key(&family));
    // Lines are broken here, in reading order, a button's padding short of
    // the width left, so that egui (which would break the visual line,
    // its left part first) finds each line fits, in a label or a button.
    let wrap = (ui.wrap_mode() == egui::TextWrapMode::Wrap)
        .then(|| ui.available_width() - 2.0 * ui.spacing().button_padding.x - 2.0);
    let measure = |s: &str, format: &TextFormat| -> f32 {
        ui.fonts_mut(|f| {
            f.layout_no_wrap(s.to_string(), format.font_id.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
    };
    let lines = ordered(&job, wrap, &measure);
    let mut out = LayoutJob {
        halign: job.halign,
        justify: job.justify,
        wrap: job.wrap.clone(),
        first_row_min_height: job.first_row_min_height,
        break_on_newline: true,
        ..Default::default()
    };
    let format_of = |piece: &Piece| {
        let mut format = piece.format.clone();
        if piece.rtl && has_family {
            format.font_id.family = family.clone();
        }
        format
    };
    // A wrapped text read right to left has its lines' ends on the right:
    // a shorter line starts that much further in (a label is aligned by
    // egui, a button is not).
    let indent = lines.len() > 1
        && unicode_bidi::get_base_direction(job.text.as_str()) == unicode_bidi::Direction::Rtl;
    // Measured only for such a text (a line's pieces, in their faces).
    let widths: Vec<f32> = if indent {
        lines
            .iter()
            .map(|line| line.iter().map(|p| measure(&p.text, &format_of(p))).sum())
            .collect()
    } else {
        Vec::new()
    };
    let widest = widths.iter().copied().fold(0.0, f32::max);
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let format = out
                .sections
                .last()
                .map(|s| s.format.clone())
                .unwrap_or_default();
            out.append("\n", 0.0, format);
        }
        for (j, piece) in line.iter().enumerate() {
            let format = format_of(piece);
            let leading_space = if indent && j == 0 {
                (widest - widths.get(i).copied().unwrap_or(widest)).max(0.0)
            } else {
                0.0
            };
            // A section of its own, never merged with the one before (as
            // `LayoutJob::append` would): egui shapes a section's run of
            // one face as a whole, so two right-to-left words in one
            // section would be turned round again.
            let start = out.text.len();
            out.text.push_str(&piece.text);
            out.sections.push(egui::text::LayoutSection {
                leading_space,
                byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(out.text.len()),
                format,
            });
        }
    }
    WidgetText::LayoutJob(std::sync::Arc::new(out))
}

/// Where the egui context keeps the direction of the words on screen.
const DIRECTION: &str = "livinglab-right-to-left";

/// Says whether the words on screen (the room's, or the machine's on the
/// title screen) are written right to left; set once a pass (`ui.rs`).
pub fn set_right_to_left(ctx: &egui::Context, on: bool) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::new(DIRECTION), on));
}

/// Are the words on screen written right to left?
pub fn right_to_left(ui: &egui::Ui) -> bool {
    ui.ctx()
        .data(|d| d.get_temp::<bool>(egui::Id::new(DIRECTION)))
        .unwrap_or(false)
}

/// A row of widgets in reading order: from the left, or in a room that
/// reads right to left from the right (a label, then its value to its left).
pub fn row<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> egui::InnerResponse<R> {
    if right_to_left(ui) {
        from_the_right(ui, false, add)
    } else {
        ui.horizontal(add)
    }
}

/// A checkbox with its words: in a room that reads right to left the box
/// is at the right, read first, and its words to its left (a tap on them
/// ticks it too). Returns whether it changed.
pub fn checkbox(ui: &mut egui::Ui, on: &mut bool, words: impl Into<WidgetText>) -> bool {
    if !right_to_left(ui) {
        let words = text(ui, words);
        return ui.checkbox(on, words).changed();
    }
    from_the_right(ui, false, |ui| {
        let mut changed = ui.checkbox(on, "").changed();
        let words = text(ui, words);
        if ui
            .add(egui::Label::new(words).sense(egui::Sense::click()))
            .clicked()
        {
            *on = !*on;
            changed = true;
        }
        changed
    })
    .inner
}

/// A row that wraps onto more lines, in reading order like [`row`].
pub fn row_wrapped<R>(
    ui: &mut egui::Ui,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    if right_to_left(ui) {
        from_the_right(ui, true, add)
    } else {
        ui.horizontal_wrapped(add)
    }
}

/// A row laid out from the right, as high as a button (as `ui.horizontal`
/// does), not the whole height left.
fn from_the_right<R>(
    ui: &mut egui::Ui,
    wrap: bool,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    let size = egui::vec2(
        ui.available_size_before_wrap().x,
        ui.spacing().interact_size.y,
    );
    let layout = egui::Layout::right_to_left(egui::Align::Center).with_main_wrap(wrap);
    ui.allocate_ui_with_layout(size, layout, add)
}

/// A column whose lines start on the side the words are read from: the
/// right in a room that reads right to left.
pub fn column<R>(
    ui: &mut egui::Ui,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    let align = if right_to_left(ui) {
        // Room for the scroll bar beside the lines' ends, not over them.
        ui.spacing_mut().scroll.floating_allocated_width = 12.0;
        egui::Align::Max
    } else {
        egui::Align::Min
    };
    ui.with_layout(egui::Layout::top_down(align), add)
}

/// One run of a line: its text in logical order, its format, and whether it
/// reads right to left.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    pub format: TextFormat,
    pub rtl: bool,
}

/// The lines of a job's text, each a list of runs in visual order (left to
/// right on the screen). `wrap` is the width a line may take, and `measure`
/// the width of a piece of text.
pub fn ordered(
    job: &LayoutJob,
    wrap: Option<f32>,
    measure: &dyn Fn(&str, &TextFormat) -> f32,
) -> Vec<Vec<Piece>> {
    let text = job.text.as_str();
    let format_at = |i: usize| -> &TextFormat {
        job.sections
            .iter()
            .find(|s| s.byte_range.start.0 <= i && i < s.byte_range.end.0)
            .or(job.sections.last())
            .map_or(&DEFAULT_FORMAT, |s| &s.format)
    };
    let mut lines = Vec::new();
    let mut offset = 0;
    for paragraph in text.split('\n') {
        let info = BidiInfo::new(paragraph, None);
        let mut para_lines = Vec::new();
        if let Some(para) = info.paragraphs.first() {
            for range in break_lines(paragraph, wrap, &|s: &str, at: usize| {
                measure(s, format_at(offset + at))
            }) {
                let (levels, runs) = info.visual_runs(para, range);
                let mut line = Vec::new();
                for run in runs {
                    let rtl = levels[run.start].is_rtl();
                    // A run may cross the job's sections (a word in bold):
                    // each part keeps its own format.
                    let mut parts: Vec<(usize, usize)> = Vec::new();
                    let mut start = run.start;
                    for (i, _) in paragraph[run.clone()].char_indices() {
                        let at = run.start + i;
                        if at > start && format_at(offset + at) != format_at(offset + start) {
                            parts.push((start, at));
                            start = at;
                        }
                    }
                    parts.push((start, run.end));
                    if rtl {
                        // Right to left, word by word: egui lays out the
                        // faces' runs of a section left to right, so a dash
                        // or a space from another face would land on the
                        // wrong side of its word.
                        parts = parts
                            .into_iter()
                            .flat_map(|(a, b)| words(paragraph, a, b))
                            .collect();
                        parts.reverse();
                    }
                    for (a, b) in parts {
                        let mut piece: String = paragraph[a..b]
                            .chars()
                            .filter(|c| !is_control(*c))
                            .collect();
                        if piece.is_empty() {
                            continue;
                        }
                        if rtl && !has_right_to_left(&piece) {
                            // A bracket on its own is shaped left to right:
                            // it is mirrored here, as harfrust would in a word.
                            piece = piece.chars().rev().map(mirrored).collect();
                        }
                        line.push(Piece {
                            text: piece,
                            format: format_at(offset + a).clone(),
                            rtl,
                        });
                    }
                }
                para_lines.push(line);
            }
        }
        if para_lines.is_empty() {
            para_lines.push(Vec::new());
        }
        lines.extend(para_lines);
        offset += paragraph.len() + 1;
    }
    lines
}

/// The words of a right-to-left run (`a..b` of `text`), each letters and
/// the marks that join or accent them, and every other character (a space,
/// a dash, a bracket) on its own, in logical order.
fn words(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    let in_word = |c: char| {
        matches!(
            bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::NSM | BidiClass::BN | BidiClass::L
        )
    };
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text[a..b].char_indices() {
        let at = a + i;
        if in_word(c) {
            start.get_or_insert(at);
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, at));
        }
        out.push((at, at + c.len_utf8()));
    }
    if let Some(s) = start {
        out.push((s, b));
    }
    out
}

/// A bracket as it is drawn in text read right to left (Unicode's
/// Bidi_Mirroring_Glyph for the brackets people type; `unicode-bidi` does
/// not give it).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

static DEFAULT_FORMAT: std::sync::LazyLock<TextFormat> = std::sync::LazyLock::new(Default::default);

/// Where a paragraph's lines begin and end, in reading order: greedily at
/// spaces, so that each line fits `wrap` (a word wider than the line has a
/// line of its own). Without `wrap`, one line.
fn break_lines(
    paragraph: &str,
    wrap: Option<f32>,
    measure: &dyn Fn(&str, usize) -> f32,
) -> Vec<std::ops::Range<usize>> {
    let whole = std::iter::once(0..paragraph.len()).collect();
    let Some(width) = wrap.filter(|w| w.is_finite() && *w > 0.0) else {
        return whole;
    };
    if measure(paragraph, 0) <= width {
        return whole;
    }
    // Words with the spaces after them.
    let mut words: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in paragraph.char_indices() {
        let space = c.is_whitespace();
        if in_space && !space {
            words.push(start..i);
            start = i;
        }
        in_space = space;
    }
    words.push(start..paragraph.len());
    let mut lines = Vec::new();
    let mut line = 0..0;
    for word in words {
        let candidate = line.start..word.end;
        if line.is_empty() || measure(paragraph[candidate.clone()].trim_end(), line.start) <= width
        {
            line = candidate;
        } else {
            lines.push(line.clone());
            line = word;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> LayoutJob {
        LayoutJob::simple_format(text.to_string(), TextFormat::default())
    }

    fn seen(lines: &[Vec<Piece>]) -> Vec<Vec<(String, bool)>> {
        lines
            .iter()
            .map(|l| l.iter().map(|p| (p.text.clone(), p.rtl)).collect())
            .collect()
    }

    /// Every character counts one unit wide.
    fn chars(s: &str, _: &TextFormat) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn a_number_inside_urdu_keeps_its_digits_in_order() {
        // "build 20 min" in Urdu: the number is a run of its own, left to
        // right, between the two Urdu words, which read right to left.
        let lines = ordered(&plain("تعمیر 20 منٹ"), None, &chars);
        assert_eq!(
            seen(&lines),
            vec![vec![
                ("منٹ".to_string(), true),
                (" ".to_string(), true),
                ("20".to_string(), false),
                (" ".to_string(), true),
                ("تعمیر".to_string(), true),
            ]]
        );
    }

    #[test]
    fn a_dash_stays_on_the_side_it_is_read() {
        // "Setup — 2 rounds": read from the right, setup, the dash, 2, rounds.
        let lines = ordered(&plain("تیاری — 2 راؤنڈ"), None, &chars);
        let texts: Vec<String> = lines[0].iter().map(|p| p.text.clone()).collect();
        assert_eq!(texts, vec!["راؤنڈ", " ", "2", " ", "—", " ", "تیاری"]);
    }

    #[test]
    fn english_with_an_urdu_name_keeps_english_order() {
        let lines = ordered(&plain("Language: اردو (Urdu)"), None, &chars);
        let texts: Vec<String> = lines[0].iter().map(|p| p.text.clone()).collect();
        assert_eq!(texts, vec!["Language: ", "اردو", " (Urdu)"]);
        assert!(lines[0][1].rtl);
    }

    #[test]
    fn brackets_are_mirrored_in_right_to_left_text() {
        // "full screen (F11)": read from the right, the words, then "(F11)".
        let lines = ordered(&plain("پوری اسکرین (F11)"), None, &chars);
        let texts: String = lines[0].iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, "(F11) اسکرین پوری");
    }

    #[test]
    fn a_wrapped_urdu_text_starts_with_its_first_words() {
        // Three words, two to a line: the first line holds the first two
        // words (seen right to left), the second the third.
        let lines = ordered(&plain("ایک دو تین"), Some(6.0), &chars);
        assert_eq!(lines.len(), 2);
        let first: String = lines[0].iter().map(|p| p.text.as_str()).collect();
        assert!(first.contains("ایک") && first.contains("دو"), "{first}");
        let second: String = lines[1].iter().map(|p| p.text.as_str()).collect();
        assert_eq!(second, "تین");
    }

    #[test]
    fn isolation_marks_are_not_drawn() {
        let lines = ordered(&plain("\u{2068}اردو\u{2069} 12"), None, &chars);
        let all: String = lines.concat().iter().map(|p| p.text.as_str()).collect();
        assert!(!all.chars().any(is_control), "{all:?}");
        assert!(all.contains("12"));
    }

    #[test]
    fn only_texts_with_right_to_left_letters_are_reordered() {
        assert!(!has_right_to_left("build 20 min (start 5 min)"));
        assert!(!has_right_to_left("বোর্ড 店主"));
        assert!(has_right_to_left("تعمیر 20"));
        assert!(has_right_to_left("שלום"));
    }

    #[test]
    fn lines_follow_newlines() {
        let lines = ordered(&plain("ایک\n20"), None, &chars);
        assert_eq!(
            seen(&lines),
            vec![vec![("ایک".into(), true)], vec![("20".into(), false)]]
        );
    }

    /// Where egui draws each character of `s` (set as a button's text in a
    /// right-to-left row), with the Arabic face as the game gives it.
    fn drawn_at(s: &str) -> Vec<(char, f32)> {
        let ctx = egui::Context::default();
        let mut fonts = egui::FontDefinitions::default();
        fonts.font_data.insert(
            "arabic".into(),
            std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
                "../../assets/fonts/noto/NotoSansArabic-Regular.ttf"
            ))),
        );
        let mut proportional = fonts.families[&FontFamily::Proportional].clone();
        proportional.push("arabic".into());
        let mut right_to_left = vec!["arabic".to_string()];
        right_to_left.extend(proportional.iter().cloned());
        fonts
            .families
            .insert(FontFamily::Proportional, proportional);
        fonts
            .families
            .insert(FontFamily::Name(RIGHT_TO_LEFT.into()), right_to_left);
        ctx.set_fonts(fonts);
        let mut drawn = Vec::new();
        // The fonts are in place from the second pass.
        for _ in 0..2 {
            let mut out = ctx.run_ui(Default::default(), |ui| {
                set_right_to_left(ui.ctx(), true);
                row(ui, |ui| {
                    let galley = text(ui, s).into_galley(ui, None, 1000.0, egui::TextStyle::Button);
                    drawn = galley
                        .rows
                        .iter()
                        .flat_map(|r| r.glyphs.iter().map(|g| (g.chr, g.pos.x)))
                        .collect();
                });
            });
            out.textures_delta.clear();
        }
        drawn
    }

    fn left_of(drawn: &[(char, f32)], a: char, b: char) -> bool {
        let x = |c: char| {
            drawn
                .iter()
                .filter(|(d, _)| *d == c)
                .map(|(_, x)| *x)
                .fold(f32::NAN, f32::min)
        };
        x(a) < x(b)
    }

    #[test]
    fn egui_draws_right_to_left_words_where_the_algorithm_put_them() {
        // "+1 min": read from the right, +1 then the word, as a browser
        // draws it ("منٹ 1+"), with the space kept between them.
        let drawn = drawn_at("+1 منٹ");
        assert!(
            left_of(&drawn, 'م', '1') && left_of(&drawn, '1', '+'),
            "{drawn:?}"
        );
        assert!(drawn.iter().any(|(c, _)| *c == ' '), "{drawn:?}");
        // "Next phase ▶ (after build)": "next" (اگلا) is read first, at the
        // right; the bracket's words at the left, "after" (بعد) leftmost.
        let drawn = drawn_at("اگلا مرحلہ ▶ (تعمیر کے بعد)");
        assert!(left_of(&drawn, '▶', 'گ'), "{drawn:?}");
        assert!(left_of(&drawn, 'ح', 'گ'), "{drawn:?}");
        assert!(left_of(&drawn, 'ب', 'ت'), "{drawn:?}");
        assert!(left_of(&drawn, 'ت', '▶'), "{drawn:?}");
    }
}
