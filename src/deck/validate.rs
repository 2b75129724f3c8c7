//! The rules a deck must follow, each with a message an organiser
//! understands and, where it can be found, the place in the file.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path};

use super::locate::Locator;
use super::model::{Card, Deck, FORMAT, Kind};
use super::problem::{Place, Problem};

/// Texts longer than these do not fit on a card at a readable size: warnings.
pub const MAX_TITLE: usize = 48;
pub const MAX_TEXT: usize = 240;
pub const MAX_NAME: usize = 40;
pub const MAX_SUMMARY: usize = 300;
pub const MAX_QUESTION: usize = 120;
pub const MAX_BRIEFING: usize = 1200;

pub const ROUNDS: (u32, u32) = (1, 12);
pub const MINUTES: (u32, u32) = (1, 120);
pub const COSTS: (u32, u32) = (1, 3);
pub const DOTS: (u32, u32) = (1, 12);
pub const SWAPS: (u32, u32) = (0, 12);
pub const TOKENS: (u32, u32) = (1, 12);

struct Checker<'a> {
    deck: &'a Deck,
    source: &'a str,
    /// Built on the first problem: a clean deck never scans its text twice.
    locator: OnceCell<Locator<'a>>,
    problems: Vec<Problem>,
}

/// A field of an item of a top-level list, e.g. the `title` of `ideas[3]`;
/// turned into a line and column only when a problem is found there.
#[derive(Clone, Copy)]
struct Spot<'s> {
    list: &'s str,
    index: usize,
    field: &'s str,
}

/// Every problem in a parsed deck, errors and warnings, in file order.
pub fn validate(deck: &Deck, source: &str, base_dir: Option<&Path>) -> Vec<Problem> {
    check(deck, source, base_dir).problems
}

/// Runs every check; the checker is kept for the tests to look into.
fn check<'a>(deck: &'a Deck, source: &'a str, base_dir: Option<&Path>) -> Checker<'a> {
    let mut c = Checker {
        deck,
        source,
        locator: OnceCell::new(),
        problems: Vec::new(),
    };
    c.header();
    c.control_characters();
    c.undrawable();
    c.ids();
    c.roles();
    for (list, kind) in [
        ("challenges", Kind::Challenge),
        ("ideas", Kind::Idea),
        ("methods", Kind::Method),
    ] {
        c.cards(list, kind, base_dir);
    }
    c.criteria();
    c.translations();
    c.names("levels", &deck.levels, "level");
    c.names("support", &deck.support, "kind of support");
    c.rules();
    c.problems.sort_by_key(|p| (p.place.is_none(), p.place));
    c
}

impl<'a> Checker<'a> {
    fn at(&self) -> &Locator<'a> {
        self.locator.get_or_init(|| Locator::new(self.source))
    }

    fn place(&self, spot: Spot) -> Option<Place> {
        self.at().item_field(spot.list, spot.index, spot.field)
    }

    fn error(&mut self, place: Option<Place>, message: impl Into<String>) {
        self.problems.push(Problem::error(place, message));
    }

    fn warn(&mut self, place: Option<Place>, message: impl Into<String>) {
        self.problems.push(Problem::warning(place, message));
    }

    fn deck_field(&self, name: &str) -> Option<Place> {
        self.at().field(&[name])
    }

    fn header(&mut self) {
        let d = self.deck;
        if d.format != FORMAT {
            let place = self.deck_field("format");
            self.error(
                place,
                format!(
                    "unsupported deck format {}; this version reads format {FORMAT}",
                    d.format
                ),
            );
        }
        if let Some(tag) = &d.language {
            let place = self.deck_field("language");
            match language_tag(tag) {
                Err(why) => self.error(place, why),
                Ok(tag) if !crate::words::speaks(&tag) => self.warn(
                    place,
                    format!(
                        "the game has no translation for \"{tag}\" yet: its own words stay English (your cards are shown as you wrote them, and the report says its language is \"{tag}\"); it speaks {}. docs/translating.md says how to add one",
                        crate::words::shipped().join(", ")
                    ),
                ),
                Ok(_) => {}
            }
        }
        if let Some(b) = &d.briefing {
            if b.trim().is_empty() {
                let place = self.deck_field("briefing");
                self.error(
                    place,
                    "the briefing is empty; leave it out for no briefing, or write what the room should hear first",
                );
            } else if b.chars().count() > MAX_BRIEFING {
                let place = self.deck_field("briefing");
                self.warn(
                    place,
                    format!(
                        "the briefing is {} characters; over {MAX_BRIEFING} it will not fit on one screen at a size the room can read",
                        b.chars().count()
                    ),
                );
            }
        }
        for (field, value) in [("title", &d.title), ("summary", &d.summary)] {
            if value.trim().is_empty() {
                let place = self.deck_field(field);
                self.error(place, format!("the deck's {field} is empty"));
            }
        }
        if d.title.chars().count() > 80 {
            let place = self.deck_field("title");
            self.warn(
                place,
                format!(
                    "the deck's title is {} characters; titles over 80 are cut on the title screen",
                    d.title.chars().count()
                ),
            );
        }
        if d.summary.chars().count() > MAX_SUMMARY {
            let place = self.deck_field("summary");
            self.warn(
                place,
                format!(
                    "the summary is {} characters; over {MAX_SUMMARY} it will not fit on the title screen",
                    d.summary.chars().count()
                ),
            );
        }
        for (list, len) in [
            ("roles", d.roles.len()),
            ("challenges", d.challenges.len()),
            ("ideas", d.ideas.len()),
            ("methods", d.methods.len()),
            ("criteria", d.criteria.len()),
        ] {
            if len == 0 {
                let place = self.deck_field(list);
                let one = match list {
                    "criteria" => "criterion".to_string(),
                    "challenges" => "challenge".to_string(),
                    other => other.trim_end_matches('s').to_string(),
                };
                self.error(
                    place,
                    format!("the deck has no {list}; it needs at least one {one}"),
                );
            }
        }
    }

    /// No control character but new lines and tabs anywhere in the deck's
    /// text: a NUL or an escape sequence in a title would reach the screen,
    /// printed cards and every report format. Written into the file, each
    /// one is pointed at; written as an escape (`\u{0}`), its field is.
    /// Characters in the deck's texts that no bundled font draws: a warning
    /// at the first place each one appears (the first 20 of them), then one
    /// line per script for the rest.
    fn undrawable(&mut self) {
        const MOST: usize = 20;
        let source = self.source;
        let mut seen = std::collections::HashSet::new();
        let mut first: Vec<(char, usize)> = Vec::new();
        let mut more: Vec<(String, usize)> = Vec::new();
        for (offset, ch) in string_characters(source) {
            if super::glyphs::drawable(ch) || !seen.insert(ch) {
                continue;
            }
            if first.len() < MOST {
                first.push((ch, offset));
            } else {
                let script = super::glyphs::script_name(ch);
                match more.iter_mut().find(|(s, _)| *s == script) {
                    Some((_, n)) => *n += 1,
                    None => more.push((script, 1)),
                }
            }
        }
        for (ch, offset) in first {
            self.warn(
                Some(super::problem::place_of(source, offset)),
                format!(
                    "\"{ch}\" ({}, {} script) cannot be drawn: no font that comes with the game has it, so it would show as an empty box on the screen",
                    code_point(ch),
                    super::glyphs::script_name(ch)
                ),
            );
        }
        for (script, n) in more {
            self.warn(
                None,
                format!(
                    "{n} more character{} of {script} script cannot be drawn either",
                    if n == 1 { "" } else { "s" }
                ),
            );
        }
    }

    fn control_characters(&mut self) {
        const MOST: usize = 20;
        let source = self.source;
        let mut found = 0;
        let mut chars = source.char_indices().peekable();
        while let Some((offset, ch)) = chars.next() {
            let line_end = ch == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
            if is_forbidden(ch) && !line_end {
                found += 1;
                if found <= MOST {
                    self.error(
                        Some(super::problem::place_of(source, offset)),
                        format!(
                            "a control character ({}) is in the text here; a deck may hold only printable text, new lines and tabs, so delete it",
                            code_point(ch)
                        ),
                    );
                }
            }
        }
        if found > MOST {
            self.error(
                None,
                format!(
                    "{} more control characters are in the file; delete them all",
                    found - MOST
                ),
            );
        }
        if found > 0 {
            return;
        }
        for (spot, what, value) in self.deck_texts() {
            if let Some(ch) = value.chars().find(|&c| is_forbidden(c)) {
                let place = spot
                    .map(|s| self.place(s))
                    .unwrap_or_else(|| self.deck_field(what));
                self.error(
                    place,
                    format!(
                        "{} holds a control character ({}); a deck may hold only printable text, new lines and tabs",
                        describe(spot, what),
                        code_point(ch)
                    ),
                );
            }
        }
    }

    /// Every text of the deck, with where it is: a field of an item of a
    /// list (`Some(spot)`), or a field of the deck itself (`what`).
    fn deck_texts(&self) -> Vec<(Option<Spot<'static>>, &'static str, &'a str)> {
        let d = self.deck;
        let mut out: Vec<(Option<Spot<'static>>, &'static str, &'a str)> = Vec::new();
        for l in &d.languages {
            out.push((None, "languages", l));
        }
        for (field, value) in [
            ("id", Some(&d.id)),
            ("title", Some(&d.title)),
            ("summary", Some(&d.summary)),
            ("source", d.source.as_ref()),
            ("language", d.language.as_ref()),
            ("briefing", d.briefing.as_ref()),
        ] {
            if let Some(v) = value {
                out.push((None, field, v));
            }
        }
        for (list, names) in [("levels", &d.levels), ("support", &d.support)] {
            for n in names {
                out.push((None, list, n));
            }
        }
        let spot = |list, index, field| Some(Spot { list, index, field });
        for (i, r) in d.roles.iter().enumerate() {
            for (field, value) in [
                ("id", Some(&r.id)),
                ("name", Some(&r.name)),
                ("brief", Some(&r.brief)),
                ("wants", r.wants.as_ref()),
            ] {
                if let Some(v) = value {
                    out.push((spot("roles", i, field), field, v));
                }
            }
            for h in &r.holds {
                out.push((spot("roles", i, "holds"), "holds", h));
            }
            for w in r.translations.values() {
                out.push((spot("roles", i, "translations"), "translations", &w.name));
                out.push((spot("roles", i, "translations"), "translations", &w.brief));
            }
        }
        for (list, cards) in [
            ("challenges", &d.challenges),
            ("ideas", &d.ideas),
            ("methods", &d.methods),
        ] {
            for (i, c) in cards.iter().enumerate() {
                for (field, value) in [
                    ("id", Some(&c.id)),
                    ("title", Some(&c.title)),
                    ("text", Some(&c.text)),
                    ("source", c.source.as_ref()),
                    ("image", c.image.as_ref()),
                ] {
                    if let Some(v) = value {
                        out.push((spot(list, i, field), field, v));
                    }
                }
                for t in &c.tags {
                    out.push((spot(list, i, "tags"), "tags", t));
                }
                for w in c.translations.values() {
                    out.push((spot(list, i, "translations"), "translations", &w.title));
                    out.push((spot(list, i, "translations"), "translations", &w.text));
                }
            }
        }
        for (i, c) in d.criteria.iter().enumerate() {
            for (field, value) in [("id", &c.id), ("name", &c.name), ("question", &c.question)] {
                out.push((spot("criteria", i, field), field, value));
            }
            for w in c.translations.values() {
                out.push((spot("criteria", i, "translations"), "translations", &w.name));
                out.push((
                    spot("criteria", i, "translations"),
                    "translations",
                    &w.question,
                ));
            }
        }
        out
    }

    /// Every id well formed, and unique across the whole deck.
    fn ids(&mut self) {
        let d = self.deck;
        if let Some(why) = bad_id(&d.id) {
            let place = self.deck_field("id");
            self.error(place, format!("the deck id {:?} {why}", d.id));
        }
        let count =
            d.roles.len() + d.challenges.len() + d.ideas.len() + d.methods.len() + d.criteria.len();
        let mut seen: HashMap<&str, (&str, Spot)> = HashMap::with_capacity(count);
        let mut items: Vec<(&str, &str, usize, &str)> = Vec::with_capacity(count);
        items.extend(
            d.roles
                .iter()
                .enumerate()
                .map(|(i, r)| ("roles", "role", i, r.id.as_str())),
        );
        for (list, word, cards) in [
            ("challenges", "challenge", &d.challenges),
            ("ideas", "idea", &d.ideas),
            ("methods", "method", &d.methods),
        ] {
            items.extend(
                cards
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (list, word, i, c.id.as_str())),
            );
        }
        items.extend(
            d.criteria
                .iter()
                .enumerate()
                .map(|(i, c)| ("criteria", "criterion", i, c.id.as_str())),
        );
        for (list, word, index, id) in items {
            let spot = Spot {
                list,
                index,
                field: "id",
            };
            if let Some(why) = bad_id(id) {
                let place = self.place(spot);
                self.error(place, format!("the {word} id {id:?} {why}"));
                continue;
            }
            if let Some(&(first_word, first)) = seen.get(id) {
                let place = self.place(spot);
                let where_ = match self.place(first) {
                    Some(p) => format!(" at line {}", p.line),
                    None => String::new(),
                };
                self.error(
                    place,
                    format!("duplicate id {id:?}: already used by the {first_word}{where_}; every id in a deck must be different"),
                );
            } else {
                seen.insert(id, (word, spot));
            }
        }
    }

    /// A text that must not be empty and should fit on a card; `what` names
    /// it in a message, and is only written when there is one.
    fn text(&mut self, spot: Spot, what: impl FnOnce() -> String, value: &str, max: Option<usize>) {
        let value = value.trim();
        // Short ASCII texts (nearly all of them) need no character count.
        let len = if value.is_empty() || max.is_some_and(|m| value.len() <= m) {
            value.len()
        } else {
            value.chars().count()
        };
        if len == 0 {
            let place = self.place(spot);
            self.error(place, format!("{} is empty", what()));
        } else if let Some(max) = max
            && len > max
        {
            let place = self.place(spot);
            self.warn(
                place,
                format!("{} is {len} characters; over {max} it will not fit on the card at a readable size", what()),
            );
        }
    }

    fn roles(&mut self) {
        for (i, r) in self.deck.roles.iter().enumerate() {
            let who = || format!("the role {:?}", r.id);
            let at = |field| Spot {
                list: "roles",
                index: i,
                field,
            };
            let (name, brief, wants) = (at("name"), at("brief"), at("wants"));
            self.text(
                name,
                || format!("the name of {}", who()),
                &r.name,
                Some(MAX_NAME),
            );
            self.text(
                brief,
                || format!("the brief of {}", who()),
                &r.brief,
                Some(MAX_TEXT),
            );
            if let Some(w) = &r.wants {
                self.text(wants, || format!("what {} wants", who()), w, Some(MAX_TEXT));
            }
            for h in &r.holds {
                if !self.deck.support.iter().any(|k| k == h) {
                    let place = self.place(at("holds"));
                    self.error(
                        place,
                        format!(
                            "{} holds {h:?}, which is not a kind of support in this deck ({})",
                            who(),
                            self.deck.support.join(", ")
                        ),
                    );
                }
            }
        }
    }

    /// The deck's other languages, and each card, role and criterion in
    /// them: every tag well formed and listed, no translation empty, and a
    /// warning for an item that lacks one of the languages.
    fn translations(&mut self) {
        let d = self.deck;
        let room = d.language.as_deref().and_then(|t| language_tag(t).ok());
        let mut listed: Vec<String> = Vec::new();
        // Where a problem is, found only when there is one: finding places
        // scans the whole text.
        for tag in &d.languages {
            match language_tag(tag) {
                Err(why) => {
                    let place = self.deck_field("languages");
                    self.error(place, why)
                }
                Ok(tag) if listed.contains(&tag) => {
                    let place = self.deck_field("languages");
                    self.error(
                        place,
                        format!("the language \"{tag}\" is listed twice in languages"),
                    )
                }
                Ok(tag) if room.as_deref() == Some(tag.as_str()) => {
                    let place = self.deck_field("languages");
                    self.warn(
                        place,
                        format!(
                            "\"{tag}\" is the room's language (language: \"{tag}\"): the cards' own words are in it, so languages need not list it"
                        ),
                    )
                }
                Ok(tag) => listed.push(tag),
            }
        }
        let mut items: Vec<Translated> = Vec::new();
        for (i, r) in d.roles.iter().enumerate() {
            let words = r
                .translations
                .iter()
                .map(|(t, w)| (t, [&w.name, &w.brief]))
                .collect();
            items.push(("roles", i, format!("the role {:?}", r.id), words));
        }
        for (list, kind) in [
            ("challenges", "challenge"),
            ("ideas", "idea"),
            ("methods", "method"),
        ] {
            let cards = match list {
                "challenges" => &d.challenges,
                "ideas" => &d.ideas,
                _ => &d.methods,
            };
            for (i, c) in cards.iter().enumerate() {
                let words = c
                    .translations
                    .iter()
                    .map(|(t, w)| (t, [&w.title, &w.text]))
                    .collect();
                items.push((list, i, format!("the {kind} {:?}", c.id), words));
            }
        }
        for (i, c) in d.criteria.iter().enumerate() {
            let words = c
                .translations
                .iter()
                .map(|(t, w)| (t, [&w.name, &w.question]))
                .collect();
            items.push(("criteria", i, format!("the criterion {:?}", c.id), words));
        }
        for (list, index, what, words) in items {
            let spot = Spot {
                list,
                index,
                field: "translations",
            };
            let mut given: Vec<String> = Vec::new();
            for (tag, texts) in words {
                let problem = match language_tag(tag) {
                    Err(why) => Some(format!("{what}: {why}")),
                    Ok(tag) if !listed.contains(&tag) => Some(format!(
                        "{what} is given in \"{tag}\", which the deck's languages do not list: add \"{tag}\" to languages: [...] at the top of the deck"
                    )),
                    Ok(tag) => {
                        let empty = texts.iter().any(|t| t.trim().is_empty());
                        let problem = empty.then(|| format!("{what} in \"{tag}\" has an empty text: give both, or leave the language out"));
                        given.push(tag);
                        problem
                    }
                };
                if let Some(problem) = problem {
                    let place = self.place(spot);
                    self.error(place, problem);
                }
            }
            let missing: Vec<&str> = listed
                .iter()
                .filter(|t| !given.contains(t))
                .map(String::as_str)
                .collect();
            if !missing.is_empty() && !listed.is_empty() {
                let place = self.place(Spot {
                    list,
                    index,
                    field: "id",
                });
                self.warn(
                    place,
                    format!(
                        "{what} is not given in {} (the deck's languages): a player who reads {} sees it as written",
                        missing.join(", "),
                        if missing.len() == 1 { "it" } else { "them" }
                    ),
                );
            }
        }
    }

    fn cards(&mut self, list: &str, kind: Kind, base_dir: Option<&Path>) {
        let cards: &[Card] = self.deck.cards(kind);
        for (i, c) in cards.iter().enumerate() {
            let who = || format!("the {} {:?}", kind.word(), c.id);
            let at = |field| Spot {
                list,
                index: i,
                field,
            };
            let (title, text, cost, image, tags) =
                (at("title"), at("text"), at("cost"), at("image"), at("tags"));
            self.text(
                title,
                || format!("the title of {}", who()),
                &c.title,
                Some(MAX_TITLE),
            );
            self.text(
                text,
                || format!("the text of {}", who()),
                &c.text,
                Some(MAX_TEXT),
            );
            if !(COSTS.0..=COSTS.1).contains(&c.cost) {
                let place = self.place(cost);
                self.error(
                    place,
                    format!("{} costs {}; a cost is 1, 2 or 3", who(), c.cost),
                );
            }
            if c.tags.iter().any(|t| t.trim().is_empty()) {
                let place = self.place(tags);
                self.error(place, format!("{} has an empty tag", who()));
            }
            match c.image.as_ref().map(|path| check_image(path, base_dir)) {
                Some(Err(ImageProblem::Unsafe(why))) => {
                    let place = self.place(image);
                    self.error(place, format!("the image of {}: {why}", who()));
                }
                Some(Err(ImageProblem::Unreadable(why))) => {
                    let place = self.place(image);
                    self.warn(
                        place,
                        format!(
                            "the image of {}: {why}; the card shows a placeholder until it is fixed",
                            who()
                        ),
                    );
                }
                _ => {}
            }
        }
    }

    fn criteria(&mut self) {
        for (i, c) in self.deck.criteria.iter().enumerate() {
            let who = || format!("the criterion {:?}", c.id);
            let at = |field| Spot {
                list: "criteria",
                index: i,
                field,
            };
            let (name, question) = (at("name"), at("question"));
            self.text(
                name,
                || format!("the name of {}", who()),
                &c.name,
                Some(MAX_NAME),
            );
            self.text(
                question,
                || format!("the question of {}", who()),
                &c.question,
                Some(MAX_QUESTION),
            );
        }
    }

    fn names(&mut self, list: &str, names: &[String], word: &str) {
        if names.is_empty() {
            let place = self.deck_field(list);
            self.error(
                place,
                format!(
                    "`{list}` is empty; leave it out for the default, or name at least one {word}"
                ),
            );
        }
        for (i, n) in names.iter().enumerate() {
            let place = || {
                self.at()
                    .list_element(list, i)
                    .or_else(|| self.deck_field(list))
            };
            if n.trim().is_empty() {
                let place = place();
                self.error(place, format!("a {word} in `{list}` is empty"));
            } else if names[..i]
                .iter()
                .any(|m| m.trim().eq_ignore_ascii_case(n.trim()))
            {
                let place = place();
                self.error(
                    place,
                    format!("the {word} {n:?} is listed twice in `{list}`"),
                );
            } else if n.chars().count() > MAX_NAME {
                let place = place();
                self.warn(
                    place,
                    format!(
                        "the {word} {n:?} is over {MAX_NAME} characters and will be cut on screen"
                    ),
                );
            }
        }
    }

    fn rule(&self, path: &[&str]) -> Option<Place> {
        let mut full = vec!["rules"];
        full.extend_from_slice(path);
        // Point at the value when written, else at `rules`, else nowhere.
        self.at().field(&full).or_else(|| {
            (1..full.len())
                .rev()
                .find_map(|n| self.at().field(&full[..n]))
        })
    }

    fn range(&mut self, path: &[&str], value: u32, (lo, hi): (u32, u32), what: &str) {
        if !(lo..=hi).contains(&value) {
            let place = self.rule(path);
            self.error(
                place,
                format!("{what} must be between {lo} and {hi} (it is {value})"),
            );
        }
    }

    fn rules(&mut self) {
        let d = self.deck;
        let r = &d.rules;
        self.range(&["rounds"], r.rounds, ROUNDS, "rounds");
        self.range(
            &["dots_per_group"],
            r.dots_per_group,
            DOTS,
            "dots_per_group",
        );
        self.range(
            &["swaps_per_round"],
            r.swaps_per_round,
            SWAPS,
            "swaps_per_round",
        );
        if let Some(n) = r.support_per_group {
            self.range(&["support_per_group"], n, TOKENS, "support_per_group");
            if d.roles.iter().any(|role| !role.holds.is_empty()) {
                let place = self.rule(&["support_per_group"]);
                self.warn(
                    place,
                    "support_per_group is not used: the roles hold the support (a group can pledge what its roles hold)",
                );
            }
        }
        let m = r.minutes;
        for (name, value) in [
            ("roles", m.roles),
            ("challenge", m.challenge),
            ("build", m.build),
            ("present", m.present),
            ("negotiate", m.negotiate),
            ("vote", m.vote),
        ] {
            self.range(
                &["minutes", name],
                value,
                MINUTES,
                &format!("minutes for {name}"),
            );
        }
        if r.roles_per_group == 0 {
            let place = self.rule(&["roles_per_group"]);
            self.error(place, "roles_per_group must be at least 1");
        } else if r.roles_per_group as usize > d.roles.len() && !d.roles.is_empty() {
            let place = self.rule(&["roles_per_group"]);
            self.error(
                place,
                format!(
                    "roles_per_group is {} but the deck has only {} roles",
                    r.roles_per_group,
                    d.roles.len()
                ),
            );
        }
        for (kind, hand, have, (min, max)) in [
            ("ideas", r.hand.ideas, d.ideas.len(), r.solution.ideas),
            (
                "methods",
                r.hand.methods,
                d.methods.len(),
                r.solution.methods,
            ),
        ] {
            if hand == 0 {
                let place = self.rule(&["hand", kind]);
                self.error(place, format!("a hand must hold at least 1 of the {kind}"));
            } else if hand as usize > have && have > 0 {
                let place = self.rule(&["hand", kind]);
                self.error(
                    place,
                    format!("a hand of {hand} {kind} is more than the deck's {have} {kind}"),
                );
            }
            let problem = if min > max {
                Some(format!(
                    "a solution's {kind} are ({min}, {max}): the least ({min}) is more than the most ({max})"
                ))
            } else if max == 0 {
                Some(format!(
                    "a solution must be allowed at least 1 of the {kind}"
                ))
            } else if max > hand {
                Some(format!(
                    "a solution may hold up to {max} {kind}, more than the hand of {hand}"
                ))
            } else {
                None
            };
            // Placed only when there is a problem: a clean deck is not
            // scanned for places at all.
            if let Some(message) = problem {
                let place = self.rule(&["solution", kind]);
                self.error(place, message);
            }
        }
        if let Some(budget) = r.budget {
            let cheapest = cheapest_solution(&d.ideas, r.solution.ideas.0)
                + cheapest_solution(&d.methods, r.solution.methods.0);
            if budget < cheapest.max(1) {
                let place = self.rule(&["budget"]);
                self.error(
                    place,
                    format!(
                        "a budget of {budget} is less than the cheapest solution the rules allow, which costs {} ({} of the cheapest ideas and {} of the cheapest methods)",
                        cheapest.max(1),
                        r.solution.ideas.0,
                        r.solution.methods.0
                    ),
                );
            }
        }
    }
}

/// Control characters other than a new line and a tab.
/// A card, role or criterion and its words in other languages: its list,
/// its index there, what it is ("the idea \"x\""), and each language's tag
/// with its two texts.
type Translated<'a> = (&'a str, usize, String, Vec<(&'a String, [&'a String; 2])>);

/// A language's name in itself ("বাংলা" for "bn"), for pickers: the
/// languages of the rooms the game is played in, and the world's most
/// spoken. A tag with a region or script is named by its language.
pub fn autonym(tag: &str) -> Option<&'static str> {
    let language = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    Some(match language.as_str() {
        "am" => "አማርኛ",
        "ar" => "العربية",
        "bg" => "Български",
        "bn" => "বাংলা",
        "ca" => "Català",
        "cs" => "Čeština",
        "cy" => "Cymraeg",
        "da" => "Dansk",
        "de" => "Deutsch",
        "el" => "Ελληνικά",
        "en" => "English",
        "es" => "Español",
        "et" => "Eesti",
        "fa" => "فارسی",
        "fi" => "Suomi",
        "fr" => "Français",
        "ga" => "Gaeilge",
        "gu" => "ગુજરાતી",
        "he" => "עברית",
        "hi" => "हिन्दी",
        "hr" => "Hrvatski",
        "hu" => "Magyar",
        "it" => "Italiano",
        "ja" => "日本語",
        "ko" => "한국어",
        "lt" => "Lietuvių",
        "lv" => "Latviešu",
        "nl" => "Nederlands",
        "no" | "nb" => "Norsk",
        "pa" => "ਪੰਜਾਬੀ",
        "pl" => "Polski",
        "ps" => "پښتو",
        "pt" => "Português",
        "ro" => "Română",
        "ru" => "Русский",
        "si" => "සිංහල",
        "sk" => "Slovenčina",
        "sl" => "Slovenščina",
        "so" => "Soomaali",
        "sq" => "Shqip",
        "sr" => "Српски",
        "sv" => "Svenska",
        "sw" => "Kiswahili",
        "ta" => "தமிழ்",
        "th" => "ไทย",
        "ti" => "ትግርኛ",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "ur" => "اردو",
        "vi" => "Tiếng Việt",
        "yo" => "Yorùbá",
        "zh" => "中文",
        _ => return None,
    })
}

/// A deck's `language` as a well-formed BCP 47 tag in its canonical form
/// ("pt-br" is "pt-BR"), or what is wrong with it.
pub fn language_tag(tag: &str) -> Result<String, String> {
    match icu_locale_core::LanguageIdentifier::try_from_str(tag.trim()) {
        Ok(id)
            if !tag.trim().is_empty()
                && id.language != icu_locale_core::subtags::Language::UNKNOWN =>
        {
            Ok(id.to_string())
        }
        _ => Err(format!(
            "the language \"{tag}\" is not a BCP 47 language tag: write the language's code, e.g. \"pl\" (Polish), \"bn\" (Bengali), \"ur\" (Urdu), \"pt-BR\" (Portuguese as in Brazil) or \"zh-Hant\" (Chinese in traditional characters)"
        )),
    }
}

fn is_forbidden(ch: char) -> bool {
    ch.is_control() && ch != '\n' && ch != '\t'
}

/// `U+0000`
/// Every character inside the text's string literals, with its byte
/// offset: what a deck shows people (comments and field names are not).
fn string_characters(source: &str) -> Vec<(usize, char)> {
    let mut found = Vec::new();
    let mut chars = source.char_indices().peekable();
    let (mut in_string, mut escaped) = (false, false);
    while let Some((offset, ch)) = chars.next() {
        if in_string {
            if escaped {
                escaped = false;
            } else if ch == '\\' {
                escaped = true;
            } else if ch == '"' {
                in_string = false;
            } else {
                found.push((offset, ch));
            }
            continue;
        }
        match ch {
            '"' => in_string = true,
            '/' if chars.peek().is_some_and(|&(_, n)| n == '/') => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek().is_some_and(|&(_, n)| n == '*') => {
                chars.next();
                let mut last = ' ';
                for (_, c) in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            _ => {}
        }
    }
    found
}

fn code_point(ch: char) -> String {
    format!("U+{:04X}", u32::from(ch))
}

/// "the title of ideas item 3" or "the deck's summary", for a message.
fn describe(spot: Option<Spot>, what: &str) -> String {
    match spot {
        Some(s) => format!("the {} of item {} of `{}`", s.field, s.index + 1, s.list),
        None => format!("the deck's `{what}`"),
    }
}

/// The cost of the `n` cheapest cards.
fn cheapest_solution(cards: &[Card], n: u32) -> u32 {
    let mut costs: Vec<u32> = cards.iter().map(|c| c.cost).collect();
    costs.sort_unstable();
    costs.iter().take(n as usize).sum()
}

/// Why an id is not well formed, if it is not.
pub fn bad_id(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("is empty".into());
    }
    if id.len() > 64 {
        return Some("is longer than 64 characters".into());
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Some(format!(
            "may use only lowercase letters, digits and '-' (for example {:?})",
            slug(id)
        ));
    }
    if id.starts_with('-') || id.ends_with('-') {
        return Some("must not start or end with '-'".into());
    }
    None
}

/// A well-formed id made from any text: "Room booking!" → "room-booking".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "card".into() } else { out }
}

/// What is wrong with a card's image.
enum ImageProblem {
    /// The path itself is refused (an error): absolute, outside the
    /// deck's folder, or not a picture's name.
    Unsafe(String),
    /// The file is missing or not a picture (a warning: the card shows a
    /// placeholder, the deck still plays).
    Unreadable(String),
}

/// An image path must be relative, stay inside the deck's folder, and name
/// a PNG or JPEG file; the file should exist and be one.
fn check_image(path: &str, base_dir: Option<&Path>) -> Result<(), ImageProblem> {
    use ImageProblem::{Unreadable, Unsafe};
    if path.trim().is_empty() {
        return Err(Unsafe("the path is empty".into()));
    }
    let p = Path::new(path);
    if p.is_absolute()
        || path.starts_with('/')
        || path.starts_with('\\')
        || path.get(1..2) == Some(":")
    {
        return Err(Unsafe(format!(
            "{path:?} must be relative to the deck file, e.g. \"images/card.png\""
        )));
    }
    let mut depth: i32 = 0;
    for part in p.components() {
        match part {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            _ => {
                return Err(Unsafe(format!(
                    "{path:?} must be relative to the deck file"
                )));
            }
        }
        if depth < 0 {
            return Err(Unsafe(format!(
                "{path:?} leads outside the deck's folder; keep images beside the deck"
            )));
        }
    }
    let lower = path.to_ascii_lowercase();
    if ![".png", ".jpg", ".jpeg"].iter().any(|e| lower.ends_with(e)) {
        return Err(Unsafe(format!(
            "{path:?} is not a .png, .jpg or .jpeg file"
        )));
    }
    let Some(base) = base_dir else { return Ok(()) };
    let full = base.join(p);
    let (Ok(real), Ok(real_base)) = (full.canonicalize(), base.canonicalize()) else {
        return Err(Unreadable(format!(
            "{path:?} does not exist next to the deck"
        )));
    };
    if !real.starts_with(&real_base) {
        return Err(Unsafe(format!(
            "{path:?} leads outside the deck's folder (through a link)"
        )));
    }
    let mut head = [0u8; 8];
    let read = std::fs::File::open(&real).and_then(|f| f.take(8).read(&mut head));
    match read {
        Ok(n)
            if n >= 3
                && (head.starts_with(b"\x89PNG\r\n\x1a\n")
                    || head.starts_with(b"\xff\xd8\xff")) =>
        {
            Ok(())
        }
        Ok(_) => Err(Unreadable(format!("{path:?} is not a PNG or JPEG image"))),
        Err(e) => Err(Unreadable(format!(
            "{path:?} cannot be read: {}",
            super::load::io_words(&e)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finding places scans the whole text again: a clean deck (the usual
    /// case, and a 5,000-card one is felt) must not pay for it.
    #[test]
    fn a_clean_deck_is_not_scanned_for_places() {
        for text in [
            include_str!("../../scenarios/hub-for-london.ron"),
            include_str!("../../scenarios/community-of-practice.ron"),
            include_str!("../../scenarios/neighbourhood-living-lab.ron"),
        ] {
            let deck: Deck = ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                .from_str(text)
                .expect("a bundled deck parses");
            let c = check(&deck, text, None);
            assert!(c.problems.is_empty(), "{:?}", c.problems);
            assert!(c.locator.get().is_none(), "a clean deck was located");
        }
        // And a deck with a problem is: the message says where.
        let text = include_str!("../../scenarios/hub-for-london.ron");
        let mut deck: Deck = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(text)
            .expect("parses");
        deck.ideas[2].title = " ".into();
        let c = check(&deck, text, None);
        assert!(c.locator.get().is_some());
        assert!(c.problems.iter().any(|p| p.place.is_some()));
    }

    #[test]
    fn a_language_is_a_bcp47_tag() {
        assert_eq!(language_tag("pl"), Ok("pl".to_string()));
        assert_eq!(language_tag("pt-br"), Ok("pt-BR".to_string()));
        assert_eq!(language_tag("zh-Hant"), Ok("zh-Hant".to_string()));
        assert_eq!(language_tag("sr-Latn-RS"), Ok("sr-Latn-RS".to_string()));
        for bad in ["", "Polish", "pl_PL", "en-", "12", "und", "p"] {
            let e = language_tag(bad).unwrap_err();
            assert!(e.contains("not a BCP 47 language tag"), "{bad}: {e}");
        }
    }

    #[test]
    fn slugs_are_valid_ids() {
        for t in ["Room booking!", "  ", "Ünïcode — test", "a--b", "---"] {
            assert_eq!(bad_id(&slug(t)), None, "{t} -> {}", slug(t));
        }
        assert_eq!(slug("The 'Lifeboat' scheme"), "the-lifeboat-scheme");
    }
}
