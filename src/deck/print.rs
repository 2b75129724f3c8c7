//! Printable cards: one self-contained HTML file of A4 sheets, nine cards a
//! sheet with cutting lines and corner marks, each kind in its colour, so the
//! same deck serves a workshop with paper props or with no screen at all.

use std::path::Path;

use minijinja::{Environment, Value, context};
use serde::Serialize;

use super::model::Deck;

/// The largest picture a printed card embeds.
const MAX_PICTURE: u64 = 4 * 1024 * 1024;

/// Cards on one A4 sheet (3 × 3 playing-card size).
pub const PER_SHEET: usize = 9;

#[derive(Serialize)]
struct Printed {
    kind: &'static str,
    title: String,
    text: String,
    extra: Option<String>,
    source: Option<String>,
    cost: Option<u32>,
    /// The card's picture as a `data:` address, so the file stays whole.
    picture: Option<String>,
    /// The picture the card names but that cannot be shown.
    missing: Option<String>,
}

/// A card's picture, read from beside the deck: embedded, or why not.
fn picture(path: Option<&String>, base_dir: Option<&Path>) -> (Option<String>, Option<String>) {
    use base64::Engine;
    use std::io::Read;
    let Some(path) = path else {
        return (None, None);
    };
    let read = base_dir.and_then(|base| {
        let file = std::fs::File::open(base.join(path)).ok()?;
        let mut bytes = Vec::new();
        file.take(MAX_PICTURE + 1).read_to_end(&mut bytes).ok()?;
        (bytes.len() as u64 <= MAX_PICTURE).then_some(bytes)
    });
    let kind = match &read {
        Some(b) if b.starts_with(b"\x89PNG\r\n\x1a\n") => Some("image/png"),
        Some(b) if b.starts_with(b"\xff\xd8\xff") => Some("image/jpeg"),
        _ => None,
    };
    match (read, kind) {
        (Some(bytes), Some(kind)) => (
            Some(format!(
                "data:{kind};base64,{}",
                base64::engine::general_purpose::STANDARD.encode(bytes)
            )),
            None,
        ),
        _ => (None, Some(path.clone())),
    }
}

/// The deck's roles, challenges, ideas, methods and criteria as printable
/// HTML. All text is escaped. Cards' pictures are read from `base_dir` (the
/// deck's folder) and embedded; one that cannot be read prints as a
/// placeholder naming it.
pub fn html(deck: &Deck, base_dir: Option<&Path>) -> Result<String, String> {
    in_language(deck, base_dir, None)
}

/// The printable cards in one of the deck's languages (`None`: as written):
/// each card, role and criterion in that language where the deck gives it,
/// as written where it does not.
pub fn in_language(
    deck: &Deck,
    base_dir: Option<&Path>,
    language: Option<&str>,
) -> Result<String, String> {
    let room = deck
        .language
        .as_deref()
        .and_then(|t| super::validate::language_tag(t).ok());
    let language = match language {
        None => None,
        Some(asked) => {
            let tag = super::validate::language_tag(asked)?;
            let listed = deck
                .languages
                .iter()
                .find(|l| super::validate::language_tag(l).ok().as_deref() == Some(tag.as_str()));
            if room.as_deref() == Some(tag.as_str()) {
                None
            } else if let Some(listed) = listed {
                // As the deck spells it: its translations are keyed so.
                Some(listed.clone())
            } else {
                let mut given: Vec<&str> = room.iter().map(String::as_str).collect();
                given.extend(deck.languages.iter().map(String::as_str));
                return Err(if given.is_empty() {
                    format!(
                        "the deck is not given in \"{tag}\": it lists no other languages (see languages in docs/deck-format.md)"
                    )
                } else {
                    format!(
                        "the deck is not given in \"{tag}\"; its languages are {}",
                        given.join(", ")
                    )
                });
            }
        }
    };
    let lang = language.as_deref();
    let mut cards: Vec<Printed> = Vec::new();
    for r in &deck.roles {
        let (name, brief) = r.words(lang);
        cards.push(Printed {
            kind: "role",
            title: name.to_string(),
            text: brief.to_string(),
            extra: r.wants.clone(),
            source: None,
            cost: None,
            picture: None,
            missing: None,
        });
    }
    for (kind, list) in [
        ("challenge", &deck.challenges),
        ("idea", &deck.ideas),
        ("method", &deck.methods),
    ] {
        for c in list {
            let (picture, missing) = picture(c.image.as_ref(), base_dir);
            let (title, text) = c.words(lang);
            cards.push(Printed {
                kind,
                title: title.to_string(),
                text: text.to_string(),
                extra: None,
                source: c.source.clone(),
                cost: deck.rules.budget.map(|_| c.cost),
                picture,
                missing,
            });
        }
    }
    for c in &deck.criteria {
        let (name, question) = c.words(lang);
        cards.push(Printed {
            kind: "criterion",
            title: name.to_string(),
            text: question.to_string(),
            extra: None,
            source: None,
            cost: None,
            picture: None,
            missing: None,
        });
    }
    // The cards' language; the game's own words on them (a card's kind) in
    // it where the game speaks it, else in English.
    let lang_tag = language
        .as_deref()
        .and_then(|l| super::validate::language_tag(l).ok())
        .or(room)
        .unwrap_or_else(|| crate::words::ENGLISH.to_string());
    let sheets: Vec<Vec<&Printed>> = cards
        .chunks(PER_SHEET)
        .map(|c| c.iter().collect())
        .collect();
    let mut env = Environment::new();
    env.set_formatter(|out, state, value| {
        if value.is_safe() || value.is_none() {
            return minijinja::escape_formatter(out, state, value);
        }
        out.write_str(&crate::escape::html(&value.to_string()))?;
        Ok(())
    });
    crate::words::add_to(&mut env);
    env.add_template("print.html", include_str!("templates/print.html"))
        .map_err(|e| e.to_string())?;
    let template = env.get_template("print.html").map_err(|e| e.to_string())?;
    // Each kind in the palette's colour, on a pale tint of it.
    let colours: std::collections::BTreeMap<&str, String> = crate::palette::by_name()
        .into_iter()
        .map(|(k, c)| (k, c.hex()))
        .collect();
    let tints: std::collections::BTreeMap<&str, String> = crate::palette::by_name()
        .into_iter()
        .map(|(k, c)| (k, c.tint(0.25).hex()))
        .collect();
    template
        .render(context! { lang => lang_tag.clone(), dir => crate::words::get(&lang_tag).direction(), deck => Value::from_serialize(deck), cards => Value::from_serialize(&cards), sheets => Value::from_serialize(&sheets), colours => colours, tints => tints })
        .map_err(|e| e.to_string())
}
