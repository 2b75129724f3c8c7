//! Cards' pictures: read from beside the deck (the deck file's folder, or
//! the bundled decks' folder for a session of a bundled deck), once per
//! deck. A picture that cannot be read is a placeholder naming it.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

use bevy::asset::RenderAssetUsages;
use bevy::image::{CompressedImageFormats, ImageSampler, ImageType};
use bevy::prelude::*;

use super::game::Game;
use super::title::Catalog;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Pictures>().add_systems(Update, load);
}

/// The largest picture file read.
const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// A card's picture, or the path of one that cannot be shown.
#[derive(Debug, Clone)]
pub enum Picture {
    Shown(Handle<Image>),
    Missing(String),
}

/// The pictures of the session's deck, by card id.
#[derive(Resource, Default)]
pub struct Pictures {
    by_card: HashMap<String, Picture>,
    /// What they were read for: the deck's id, its folder and each card's picture.
    read_for: Option<ReadFor>,
}

/// A deck's id, its folder, and each card's id and picture path.
type ReadFor = (String, Option<PathBuf>, Vec<(String, String)>);

impl Pictures {
    /// The picture of a card (or of the card a copy was made from).
    pub fn of(&self, id: &str) -> Option<&Picture> {
        self.by_card.get(crate::deck::original_id(id))
    }

    /// Every picture that shows.
    pub fn shown(&self) -> impl Iterator<Item = (&String, &Handle<Image>)> {
        self.by_card.iter().filter_map(|(id, p)| match p {
            Picture::Shown(h) => Some((id, h)),
            Picture::Missing(_) => None,
        })
    }
}

/// Reads the deck's pictures when the deck (or its folder) changes.
fn load(
    game: Res<Game>,
    catalog: Option<Res<Catalog>>,
    mut pictures: ResMut<Pictures>,
    images: Option<ResMut<Assets<Image>>>,
) {
    // Looked at only when the session (or the bundled decks) may have
    // changed, not on every frame of a drag.
    if !game.is_changed() && !catalog.as_ref().is_some_and(|c| c.is_changed()) {
        return;
    }
    let (Some(session), Some(mut images)) = (&game.session, images) else {
        return;
    };
    let deck = session.deck();
    let wanted: Vec<(String, String)> = deck
        .challenges
        .iter()
        .chain(&deck.ideas)
        .chain(&deck.methods)
        .filter_map(|c| c.image.clone().map(|p| (c.id.clone(), p)))
        .collect();
    let folder = game
        .deck_path
        .as_ref()
        .and_then(|p| p.parent().map(PathBuf::from))
        .or_else(|| {
            catalog.as_ref().and_then(|c| {
                c.decks
                    .iter()
                    .find(|e| e.result.as_ref().is_ok_and(|d| d.id == deck.id))
                    .and_then(|e| e.path.parent().map(PathBuf::from))
            })
        });
    let key = (deck.id.clone(), folder.clone(), wanted.clone());
    if pictures.read_for.as_ref() == Some(&key) {
        return;
    }
    pictures.by_card.clear();
    for (id, path) in &wanted {
        let picture = folder
            .as_ref()
            .and_then(|f| read(&f.join(path), path))
            .map(|image| Picture::Shown(images.add(image)))
            .unwrap_or_else(|| Picture::Missing(path.clone()));
        pictures.by_card.insert(id.clone(), picture);
    }
    pictures.read_for = Some(key);
}

/// A PNG or JPEG file as an image, or nothing if it cannot be read.
fn read(file: &std::path::Path, path: &str) -> Option<Image> {
    let f = std::fs::File::open(file).ok()?;
    let mut bytes = Vec::new();
    f.take(MAX_BYTES + 1).read_to_end(&mut bytes).ok()?;
    if bytes.len() as u64 > MAX_BYTES {
        return None;
    }
    let lower = path.to_ascii_lowercase();
    let ext = if lower.ends_with(".png") {
        "png"
    } else {
        "jpeg"
    };
    Image::from_buffer(
        &bytes,
        ImageType::Extension(ext),
        CompressedImageFormats::NONE,
        true,
        ImageSampler::linear(),
        RenderAssetUsages::RENDER_WORLD,
    )
    .ok()
}

/// A card's picture, `height` high, or a placeholder naming a picture that
/// cannot be shown; nothing for a card without one.
pub fn picture_node(
    c: &mut ChildSpawnerCommands,
    (fonts, w): (&super::fonts::Fonts, &crate::words::Words),
    pictures: &Pictures,
    id: &str,
    height: f32,
) {
    match pictures.of(id) {
        Some(Picture::Shown(image)) => {
            c.spawn((
                ImageNode::new(image.clone()),
                Node {
                    height: px(height),
                    align_self: AlignSelf::Center,
                    ..default()
                },
                Pickable::IGNORE,
                Name::new("picture"),
            ));
        }
        Some(Picture::Missing(path)) => {
            c.spawn((
                Node {
                    min_height: px(height * 0.4),
                    padding: px(8).all(),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    border: px(2).all(),
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BorderColor::all(super::theme::INK.with_alpha(0.5)),
                Pickable::IGNORE,
                Name::new("picture missing"),
            ))
            .with_children(|b| {
                b.spawn(super::fonts::text_node(
                    crate::say!(w, "print-picture-missing", file = path.as_str()),
                    fonts.text(18.0),
                    super::theme::INK,
                ));
            });
        }
        None => {}
    }
}
