//! The game's own words in the room's language: one Fluent file per
//! language under `assets/words/` (`en.ftl` is the original), built into the
//! program by build.rs. A message a translation lacks is said in English.
//!
//! Deck text is not here: a deck is written in its own language (and may
//! carry translations of its cards, `deck::model`). These are the words of
//! the game around it: headings, buttons, hints.
//!
//! ```text
//! let words = words::get("pl");
//! say!(words, "report-dots", count = 5)   // "5 kropek"
//! ```

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod files {
    include!(concat!(env!("OUT_DIR"), "/words.rs"));
}

/// The tag of the original language, and of every fallback.
pub const ENGLISH: &str = "en";

/// One language's words.
pub struct Words {
    tag: &'static str,
    bundle: FluentBundle<FluentResource>,
}

/// A message with its arguments: `say!(words, "report-none")` or
/// `say!(words, "report-table", number = 2)`.
#[macro_export]
macro_rules! say {
    ($words:expr, $id:literal) => {
        $words.say($id, None)
    };
    ($words:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::words::Args::new();
        $(args.set(stringify!($name), $crate::words::value($value));)+
        $words.say($id, Some(&args))
    }};
}

pub use fluent_bundle::FluentArgs as Args;

/// A message to be said later, in whichever language its reader reads: its
/// id and what fills it. The rules refuse with one; the room's screen says
/// it in the room's language, each phone in its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// What fills a message's variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message, said in the same language (a phase's name).
    Message(Message),
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The message in `words`' language.
    pub fn say(&self, words: &Words) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(t) => FluentValue::from(t.clone()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Message(m) => FluentValue::from(m.say(words)),
            };
            args.set(*name, value);
        }
        words.say(self.id, Some(&args))
    }
}

/// In English, the original (for logs, tests and the command line).
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(english()))
    }
}

/// What can fill a message's variable.
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl IntoArg for Message {
    fn into_arg(self) -> Arg {
        Arg::Message(self)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg {
                Arg::Number(i64::try_from(self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i64, i32);

/// A [`Message`] to say later: `msg!("rule-no-such-group", number = 3, count = 2)`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::words::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::words::Message::new($id)
            $(.with(stringify!($name), $crate::words::IntoArg::into_arg($value)))+
    };
}

/// A value for a message's variable: numbers choose plural forms, anything
/// else is text.
pub fn value<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

impl Words {
    /// The language's BCP 47 tag, as its file is named (`bn`, `pl`).
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// The language's name in itself (its `language-name` message).
    pub fn name(&self) -> String {
        self.say("language-name", None)
    }

    /// `rtl` for a language written right to left, else `ltr` (HTML's `dir`).
    pub fn direction(&self) -> &'static str {
        if right_to_left(self.tag) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Does this language have its own words for this message?
    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .and_then(|m| m.value())
            .is_some()
    }

    /// A message in this language, in English if this language lacks it, and
    /// its id if English lacks it too (a test keeps that from shipping).
    pub fn say(&self, id: &str, args: Option<&FluentArgs>) -> String {
        if let Some(text) = format(&self.bundle, id, args) {
            return text;
        }
        if self.tag != ENGLISH
            && let Some(text) = format(&english().bundle, id, args)
        {
            return text;
        }
        id.to_string()
    }

    /// The whole Fluent file, for a page that formats its own messages (the
    /// phone page uses Fluent's JavaScript implementation on the same text).
    pub fn source(&self) -> &'static str {
        files::FILES
            .iter()
            .find(|(tag, _)| *tag == self.tag)
            .map_or("", |(_, text)| text)
    }
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    // A wrong variable shows as `{$name}`; the translation test fails on it.
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn right_to_left(tag: &str) -> bool {
    let language = tag.split('-').next().unwrap_or(tag);
    matches!(
        language,
        "ar" | "ur" | "fa" | "ps" | "he" | "yi" | "sd" | "ug" | "ckb" | "dv"
    )
}

fn bundle(tag: &str, text: &'static str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No isolation marks (U+2068, U+2069) around what fills a message: egui
    // draws them as boxes and the fonts have no glyph for them. The Unicode
    // bidi algorithm still keeps a Latin name or a number inside Urdu in
    // its place; the phone page, which a browser draws, isolates its own.
    bundle.set_use_isolating(false);
    // What does not parse is left out (and said in English); the translation
    // test fails on it before it ships.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    // Only a message defined twice is refused, and the test fails on that.
    let _ = bundle.add_resource(resource);
    bundle
}

fn all() -> &'static BTreeMap<&'static str, Words> {
    static ALL: OnceLock<BTreeMap<&'static str, Words>> = OnceLock::new();
    ALL.get_or_init(|| {
        files::FILES
            .iter()
            .map(|(tag, text)| {
                (
                    *tag,
                    Words {
                        tag,
                        bundle: bundle(tag, text),
                    },
                )
            })
            .collect()
    })
}

/// The original words.
pub fn english() -> &'static Words {
    // build.rs puts English first; the program does not build without it.
    all()
        .get(ENGLISH)
        .unwrap_or_else(|| unreachable!("assets/words/en.ftl is built in"))
}

/// The tags of the languages the game speaks, English first.
pub fn shipped() -> Vec<&'static str> {
    files::FILES.iter().map(|(tag, _)| *tag).collect()
}

/// The game's words for a BCP 47 tag: that language (`pl-PL` finds `pl`),
/// or English when the game does not speak it.
pub fn get(tag: &str) -> &'static Words {
    choose([tag]).map_or_else(english, |t| all().get(t).unwrap_or_else(|| english()))
}

/// Does the game speak this language (or, for `pl-PL`, its language)?
pub fn speaks(tag: &str) -> bool {
    choose([tag]).is_some()
}

/// The first of the wanted languages the game speaks, by Fluent's
/// negotiation (`pt-BR` finds `pt`, `zh-Hant` does not find `zh-Hans`).
pub fn choose<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    // Read once: every request of a phone, and the panel, ask again.
    static AVAILABLE: OnceLock<Vec<LanguageIdentifier>> = OnceLock::new();
    let available =
        AVAILABLE.get_or_init(|| shipped().iter().filter_map(|t| t.parse().ok()).collect());
    for want in wanted {
        let Ok(id) = want.trim().parse::<LanguageIdentifier>() else {
            continue;
        };
        let found = fluent_langneg::negotiate_languages(
            &[id],
            available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        if let Some(first) = found.first() {
            let tag = first.to_string();
            return shipped().into_iter().find(|t| *t == tag);
        }
    }
    None
}

/// `t("report-table", number=2)` in a template: the message in the language its
/// `lang` variable names (English when it names none the game speaks).
pub fn add_to(env: &mut minijinja::Environment) {
    env.add_function(
        "t",
        |state: &minijinja::State,
         id: String,
         kwargs: minijinja::value::Kwargs|
         -> Result<String, minijinja::Error> {
            let lang = state
                .lookup("lang")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let mut args = FluentArgs::new();
            for name in kwargs.args() {
                let v: minijinja::Value = kwargs.get(name)?;
                let v = if let Some(n) = v.as_i64() {
                    FluentValue::from(n)
                } else if let Ok(f) = f64::try_from(v.clone()) {
                    FluentValue::from(f)
                } else if v.is_none() || v.is_undefined() {
                    FluentValue::from("")
                } else {
                    FluentValue::from(v.to_string())
                };
                args.set(name.to_string(), v);
            }
            kwargs.assert_all_used()?;
            Ok(get(&lang).say(&id, Some(&args)))
        },
    );
}

/// The languages of an `Accept-Language` header, most wanted first.
pub fn accepted(header: &str) -> Vec<String> {
    fluent_langneg::accepted_languages::parse(header)
        .into_iter()
        .map(|id| id.to_string())
        .collect()
}

#[cfg(test)]
mod tests;
