//! The fonts, compiled into the program so it runs from any folder.

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    let mut fonts = app.world_mut().get_resource_or_init::<Assets<Font>>();
    let regular = fonts.add(Font::from_bytes(crate::deck::glyphs::SANS.to_vec()));
    let bold = fonts.add(Font::from_bytes(crate::deck::glyphs::SANS_BOLD.to_vec()));
    app.insert_resource(Fonts { regular, bold })
        .init_resource::<Scripts>()
        .add_systems(
            PostUpdate,
            fall_back
                .after(bevy::text::load_font_assets_into_font_collection)
                .before(bevy::text::detect_text_needs_rerender),
        )
        .add_systems(Update, egui_fall_back);
}

/// What was read for egui's faces: the session's revision, the number of
/// decks on the title screen, the deck played, and the decks browsed and
/// opened.
type Seen = (
    bool,
    u64,
    usize,
    Option<String>,
    Option<std::path::PathBuf>,
    Option<std::path::PathBuf>,
    // How many saved sessions the title screen lists.
    Option<usize>,
);

/// What egui (the facilitator's panel, the title screen, the deck browser)
/// has been given: the Noto faces, and what was last read for them.
#[derive(Default)]
struct EguiFaces {
    given: Vec<bool>,
    read: Option<Seen>,
    wanted: Vec<bool>,
    room_rtl: bool,
}

/// Gives egui's contexts the Noto face of every script the game's words
/// need: those Bevy's texts needed, and those of the deck being played, the
/// session (names, notes, cards groups wrote) and the decks on the title
/// screen and in its deck browser, and the languages' own names the pickers
/// show. egui shapes each run of one face (harfrust) but lays the runs out
/// left to right: `bidi.rs` orders them, and sets right-to-left runs in a
/// family of their own whose right-to-left faces come first.
fn egui_fall_back(
    scripts: Res<Scripts>,
    game: Res<super::game::Game>,
    (catalog, title): (
        Option<Res<super::title::Catalog>>,
        Option<Res<super::title::TitleState>>,
    ),
    mut contexts: Query<(Entity, &mut bevy_egui::EguiContext, Has<FontsGiven>)>,
    mut commands: Commands,
    mut faces: Local<EguiFaces>,
) {
    let n = glyphs::FALLBACKS.len();
    if faces.wanted.len() != n {
        faces.wanted = vec![false; n];
        faces.given = vec![false; n];
    }
    let decks: &[super::title::DeckEntry] = catalog.as_ref().map_or(&[], |c| &c.decks);
    let title = title.as_deref();
    let room_rtl = super::game::words(&game).direction() == "rtl";
    let read = (
        room_rtl,
        game.revision,
        decks.len(),
        game.session.as_ref().map(|s| s.deck().id.clone()),
        title.and_then(|t| t.browsing.as_ref().map(|(path, _)| path.clone())),
        title.and_then(|t| t.opened.as_ref().map(|e| e.path.clone())),
        title.and_then(|t| t.saved.as_ref().map(Vec::len)),
    );
    if faces.read.as_ref() != Some(&read) {
        faces.read = Some(read);
        // The game's own words in the room's language (or the machine's,
        // on the title screen), then what decks and players wrote.
        let mut words = String::from(super::game::words(&game).source());
        // The languages' own names, as the room's and the phone's pickers
        // show them ("اردو" in an English room).
        for tag in crate::words::shipped() {
            words.push_str(&crate::words::get(tag).name());
        }
        if let Some(session) = &game.session {
            words.push_str(&serde_json::to_string(session.deck()).unwrap_or_default());
            words.push_str(&serde_json::to_string(session.state()).unwrap_or_default());
        }
        let browsed = title.and_then(|t| t.browsing.as_ref().and_then(|(_, c)| c.deck.as_ref()));
        let opened = title
            .into_iter()
            .flat_map(|t| t.opened.iter())
            .filter_map(|e| e.result.as_ref().ok());
        // The saved sessions the title screen lists (a deck's title and
        // its groups' names, in whatever script they were written).
        for saved in title.and_then(|t| t.saved.as_ref()).into_iter().flatten() {
            if let Some(summary) = &saved.summary {
                words.push_str(&summary.deck_title);
                for g in &summary.groups {
                    words.push_str(g);
                }
            }
            if let Some(problem) = &saved.problem {
                words.push_str(problem);
            }
        }
        for deck in decks
            .iter()
            .filter_map(|e| e.result.as_ref().ok())
            .chain(opened)
            .chain(browsed)
        {
            words.push_str(&serde_json::to_string(deck).unwrap_or_default());
        }
        for ch in words.chars() {
            if let Some(i) = glyphs::fallback_for(ch) {
                faces.wanted[i] = true;
            }
        }
    }
    for (i, on) in scripts.loaded.iter().enumerate() {
        if *on {
            faces.wanted[i] = true;
        }
    }
    let fresh = contexts.iter().any(|(_, _, given)| !given);
    if faces.wanted == faces.given && !fresh && faces.room_rtl == room_rtl {
        return;
    }
    faces.room_rtl = room_rtl;
    faces.given = faces.wanted.clone();
    let mut definitions = bevy_egui::egui::FontDefinitions::default();
    for (i, fallback) in glyphs::FALLBACKS.iter().enumerate() {
        if !faces.given[i] {
            continue;
        }
        definitions.font_data.insert(
            fallback.family.to_string(),
            std::sync::Arc::new(bevy_egui::egui::FontData::from_static(fallback.regular)),
        );
        for family in [
            bevy_egui::egui::FontFamily::Proportional,
            bevy_egui::egui::FontFamily::Monospace,
        ] {
            definitions
                .families
                .entry(family)
                .or_default()
                .push(fallback.family.to_string());
        }
    }
    // The family right-to-left runs are set in (`bidi.rs`): the faces of
    // right-to-left scripts first, so an Urdu phrase with its spaces and
    // brackets is one run, shaped right to left.
    let proportional = definitions
        .families
        .get(&bevy_egui::egui::FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut rtl_first: Vec<String> = Vec::new();
    for (i, fallback) in glyphs::FALLBACKS.iter().enumerate() {
        let rtl = fallback
            .scripts
            .iter()
            .any(|code| glyphs::RIGHT_TO_LEFT.contains(code));
        if faces.given[i] && rtl {
            rtl_first.push(fallback.family.to_string());
        }
    }
    let mut right_to_left = rtl_first.clone();
    right_to_left.extend(
        proportional
            .iter()
            .filter(|f| !rtl_first.contains(f))
            .cloned(),
    );
    definitions.families.insert(
        bevy_egui::egui::FontFamily::Name(super::bidi::RIGHT_TO_LEFT.into()),
        right_to_left.clone(),
    );
    // In a room written right to left, egui's texts that are not ordered
    // by `bidi.rs` (what is typed in a field) keep an Urdu phrase one run.
    if room_rtl {
        definitions
            .families
            .insert(bevy_egui::egui::FontFamily::Proportional, right_to_left);
    }
    for (entity, mut context, given) in &mut contexts {
        // Every context has the right-to-left family, even with no face
        // added yet.
        context.get_mut().set_fonts(definitions.clone());
        if !given {
            commands.entity(entity).insert(FontsGiven);
        }
    }
}

/// An egui context that has been given the faces it needs.
#[derive(Component)]
struct FontsGiven;

/// Which of the Noto faces (`glyphs::FALLBACKS`) the text engine has: each
/// is added the first time a text on a screen needs it, so a room that
/// never writes Chinese never holds the Chinese font.
#[derive(Resource, Default, Debug)]
pub struct Scripts {
    loaded: Vec<bool>,
    latin_after: bool,
}

impl Scripts {
    /// The families of the faces added so far.
    pub fn loaded(&self) -> Vec<&'static str> {
        glyphs::FALLBACKS
            .iter()
            .zip(&self.loaded)
            .filter(|(_, on)| **on)
            .map(|(f, _)| f.family)
            .collect()
    }
}

use crate::deck::glyphs;

/// A text and the font it is set in.
type TextAndFont = (Ref<'static, Text>, &'static mut TextFont);

/// Adds the Noto face of every script a new or changed text needs to the
/// text engine's collection, as the fallback for that script (the bytes stay
/// where the program holds them: nothing is copied). A text with letters of
/// a script that must be set in its own face (Arabic: DejaVu has some of its
/// letters, and letters from two faces do not join) is set in that face,
/// with DejaVu as the fallback for its Latin letters and digits.
fn fall_back(
    mut scripts: ResMut<Scripts>,
    font_cx: Option<ResMut<bevy::text::FontCx>>,
    fonts: Res<Fonts>,
    mut texts: ParamSet<(Query<TextAndFont>, Query<&mut TextFont>)>,
) {
    use parley::fontique::{Blob, FallbackKey, Script};
    // Without a text engine (the table's headless tests) there is nothing to add to.
    let Some(mut font_cx) = font_cx else {
        return;
    };
    if scripts.loaded.len() != glyphs::FALLBACKS.len() {
        scripts.loaded = vec![false; glyphs::FALLBACKS.len()];
    }
    let mut needed = vec![false; glyphs::FALLBACKS.len()];
    for (text, mut font) in &mut texts.p0() {
        if !text.is_changed() {
            continue;
        }
        let mut own = None;
        for ch in text.0.chars() {
            if let Some(i) = glyphs::fallback_for(ch) {
                needed[i] = true;
                if glyphs::OWN_FACE.contains(&glyphs::script_code(ch)) {
                    own = Some(glyphs::FALLBACKS[i].family);
                }
            }
        }
        let bold = match &font.font {
            bevy::text::FontSource::Handle(h) => *h == fonts.bold,
            _ => font.weight == bevy::text::FontWeight::BOLD,
        };
        let wanted = match own {
            Some(family) => bevy::text::FontSource::Family(family.into()),
            None if bold => fonts.bold.clone().into(),
            None => fonts.regular.clone().into(),
        };
        let weight = if bold {
            bevy::text::FontWeight::BOLD
        } else {
            bevy::text::FontWeight::NORMAL
        };
        let ours = match &font.font {
            bevy::text::FontSource::Handle(h) => *h == fonts.regular || *h == fonts.bold,
            bevy::text::FontSource::Family(_) => true,
            _ => false,
        };
        if ours && (font.font != wanted || font.weight != weight) {
            font.font = wanted;
            font.weight = weight;
        }
    }
    let mut added = false;
    for (i, fallback) in glyphs::FALLBACKS.iter().enumerate() {
        if !needed[i] || scripts.loaded[i] {
            continue;
        }
        scripts.loaded[i] = true;
        added = true;
        let mut families = Vec::new();
        // The bold face, unless the family has none (it is the regular one).
        let bold = (!std::ptr::eq(fallback.bold, fallback.regular)).then_some(fallback.bold);
        for bytes in std::iter::once(fallback.regular).chain(bold) {
            let blob: Blob<u8> = Blob::new(std::sync::Arc::new(bytes));
            for (family, _) in font_cx.collection.register_fonts(blob, None) {
                if !families.contains(&family) {
                    families.push(family);
                }
            }
        }
        // Then DejaVu: punctuation inside a script's text (the "·" of an
        // Urdu heading) is looked up as that script's, and its own face
        // may not have it.
        let dejavu = font_cx.collection.family_id("DejaVu Sans");
        for script in fallback.scripts {
            let key = FallbackKey::new(Script::from_bytes(*script), None);
            font_cx
                .collection
                .append_fallbacks(key, families.iter().copied().chain(dejavu));
        }
        info!("a text needs {}: added to the fonts", fallback.family);
    }
    if added && !scripts.latin_after {
        // Latin letters and digits inside a text set in a script's own face.
        scripts.latin_after = true;
        if let Some(dejavu) = font_cx.collection.family_id("DejaVu Sans") {
            for script in [*b"Latn", *b"Zyyy", *b"Zinh", *b"Grek", *b"Cyrl"] {
                let key = FallbackKey::new(Script::from_bytes(script), None);
                font_cx
                    .collection
                    .append_fallbacks(key, std::iter::once(dejavu));
            }
        }
    }
    if added {
        // Everything is laid out again with the new faces.
        for mut font in &mut texts.p1() {
            font.set_changed();
        }
    }
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
