//! Decks as spreadsheets: `livinglab import` reads a sheet with the columns
//! `kind,id,title,text,tags,source` (and optionally `cost,image,wants`), and
//! `livinglab export --csv` writes one, so a deck can round-trip through a
//! spreadsheet without losing anything.
//!
//! Rows of kind `role`, `challenge`, `idea`, `method` and `criterion` are
//! cards; `deck` (id, title as the title, text as the summary, source),
//! `language` (the room's, its tag as the title), `level`, `support` and
//! `rule` (id is the rule, e.g. `hand.ideas`, text its value) carry the rest
//! of the deck. A card in other languages has a pair of columns for each,
//! `title_bn` and `text_bn` (a role's name and brief, a criterion's name and
//! question): each such language is one of the deck's `languages`.

use minijinja::{Environment, Value, context};

use super::model::*;
use super::validate::{bad_id, slug};

/// The columns of a sheet, in the order `export` writes them.
pub const COLUMNS: [&str; 9] = [
    "kind", "id", "title", "text", "tags", "source", "cost", "image", "wants",
];
const REQUIRED: [&str; 6] = ["kind", "id", "title", "text", "tags", "source"];

/// A sheet row that could not be read, by its row number in the sheet
/// (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    pub row: usize,
    pub message: String,
}

impl std::fmt::Display for BadRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}: {}", self.row, self.message)
    }
}

/// Reads a sheet into a deck whose id is `deck_id` (when the sheet has no
/// `deck` row). Every bad row is reported; nothing is guessed silently.
pub fn import(bytes: &[u8], deck_id: &str) -> Result<Deck, Vec<BadRow>> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![BadRow {
            row: 1,
            message: "the sheet is not UTF-8 text; save it as \"CSV UTF-8\"".into(),
        }]);
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_lowercase()).collect(),
        Err(e) => {
            return Err(vec![BadRow {
                row: 1,
                message: format!("the header cannot be read: {e}"),
            }]);
        }
    };
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !header.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        return Err(vec![BadRow {
            row: 1,
            message: format!(
                "the header lacks the column{} {}; it needs kind,id,title,text,tags,source",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ),
        }]);
    }
    let col = |name: &str| header.iter().position(|h| h == name);
    // The languages of the title_xx and text_xx columns, in their order.
    let mut languages: Vec<String> = Vec::new();
    for h in &header {
        let tag = h.strip_prefix("title_").or_else(|| h.strip_prefix("text_"));
        if let Some(tag) = tag {
            let Ok(tag) = super::validate::language_tag(tag) else {
                return Err(vec![BadRow {
                    row: 1,
                    message: format!(
                        "the column {h:?} does not name a language: write title_ and text_ with a BCP 47 tag, e.g. title_bn and text_bn for Bengali"
                    ),
                }]);
            };
            if !languages.contains(&tag) {
                languages.push(tag);
            }
        }
    }
    for tag in &languages {
        for half in ["title", "text"] {
            let wanted = format!("{half}_{tag}").to_lowercase();
            if !header.contains(&wanted) {
                return Err(vec![BadRow {
                    row: 1,
                    message: format!(
                        "the header has a column for {tag} but not {wanted:?}: a language needs both title_ and text_ columns"
                    ),
                }]);
            }
        }
    }
    let mut deck = Deck {
        format: FORMAT,
        id: slug(deck_id),
        title: String::new(),
        summary: String::new(),
        source: None,
        language: None,
        languages: languages.clone(),
        briefing: None,
        roles: Vec::new(),
        challenges: Vec::new(),
        ideas: Vec::new(),
        methods: Vec::new(),
        criteria: Vec::new(),
        levels: Vec::new(),
        support: Vec::new(),
        rules: Rules::default(),
    };
    let mut rules_given: Vec<(usize, String, String)> = Vec::new();
    let mut bad = Vec::new();
    let mut used_ids: Vec<String> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                bad.push(BadRow {
                    row,
                    message: format!("cannot be read: {e}"),
                });
                continue;
            }
        };
        let get = |name: &str| {
            col(name)
                .and_then(|c| record.get(c))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let kind = get("kind").to_lowercase();
        let (title, text) = (get("title"), get("text"));
        let mut id = get("id");
        let needs_id = matches!(
            kind.as_str(),
            "role" | "challenge" | "idea" | "method" | "criterion"
        );
        if needs_id {
            if id.is_empty() {
                let base = slug(&title);
                id = base.clone();
                let mut n = 2;
                while used_ids.contains(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
            } else if let Some(why) = bad_id(&id) {
                bad.push(BadRow {
                    row,
                    message: format!("the id {id:?} {why}"),
                });
                continue;
            }
            if used_ids.contains(&id) {
                bad.push(BadRow {
                    row,
                    message: format!("the id {id:?} is used by an earlier row"),
                });
                continue;
            }
            if title.is_empty() {
                bad.push(BadRow {
                    row,
                    message: format!("the {kind} has no title"),
                });
                continue;
            }
            if text.is_empty() {
                bad.push(BadRow {
                    row,
                    message: format!("the {kind} {title:?} has no text"),
                });
                continue;
            }
            used_ids.push(id.clone());
        }
        let optional = |s: String| if s.is_empty() { None } else { Some(s) };
        // The row's words in each of the sheet's other languages: both or
        // neither of a pair.
        let mut words: Vec<(String, String, String)> = Vec::new();
        let mut half_given = None;
        for tag in &languages {
            let lower = tag.to_lowercase();
            let (t, x) = (
                get(&format!("title_{lower}")),
                get(&format!("text_{lower}")),
            );
            match (t.is_empty(), x.is_empty()) {
                (true, true) => {}
                (false, false) => words.push((tag.clone(), t, x)),
                _ => half_given = Some(tag.clone()),
            }
        }
        if let Some(tag) = half_given {
            bad.push(BadRow {
                row,
                message: format!(
                    "the {kind} {title:?} has only one of title_{tag} and text_{tag}: give both, or neither"
                ),
            });
            continue;
        }
        let tags: Vec<String> = get("tags")
            .split(';')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        match kind.as_str() {
            // A role's tags column lists the support it holds.
            "role" => deck.roles.push(Role {
                id,
                name: title,
                brief: text,
                wants: optional(get("wants")),
                holds: tags,
                translations: words
                    .into_iter()
                    .map(|(tag, name, brief)| (tag, RoleWords { name, brief }))
                    .collect(),
            }),
            "challenge" | "idea" | "method" => {
                let cost = match get("cost").as_str() {
                    "" => 1,
                    c => match c.parse::<u32>() {
                        Ok(n) if (1..=3).contains(&n) => n,
                        _ => {
                            bad.push(BadRow {
                                row,
                                message: format!("the cost {c:?} is not 1, 2 or 3"),
                            });
                            continue;
                        }
                    },
                };
                let card = Card {
                    id,
                    title,
                    text,
                    tags,
                    source: optional(get("source")),
                    image: optional(get("image")),
                    cost,
                    translations: words
                        .into_iter()
                        .map(|(tag, title, text)| (tag, CardWords { title, text }))
                        .collect(),
                };
                match kind.as_str() {
                    "challenge" => deck.challenges.push(card),
                    "idea" => deck.ideas.push(card),
                    _ => deck.methods.push(card),
                }
            }
            "criterion" => deck.criteria.push(Criterion {
                id,
                name: title,
                question: text,
                translations: words
                    .into_iter()
                    .map(|(tag, name, question)| (tag, CriterionWords { name, question }))
                    .collect(),
            }),
            "language" => deck.language = optional(title),
            "deck" => {
                if !id.is_empty() {
                    deck.id = id;
                }
                deck.title = title;
                deck.summary = text;
                deck.source = optional(get("source"));
            }
            // The briefing, in the text column of a row of its own.
            "briefing" => deck.briefing = optional(text),
            "level" => deck.levels.push(title),
            "support" => deck.support.push(title),
            "rule" => rules_given.push((row, id, text)),
            "" => bad.push(BadRow {
                row,
                message: "the kind is empty; write role, challenge, idea, method or criterion"
                    .into(),
            }),
            other => bad.push(BadRow {
                row,
                message: format!(
                    "the kind {other:?} is not role, challenge, idea, method or criterion"
                ),
            }),
        }
    }
    for (kind, n) in [
        ("role", deck.roles.len()),
        ("challenge", deck.challenges.len()),
        ("idea", deck.ideas.len()),
        ("method", deck.methods.len()),
        ("criterion", deck.criteria.len()),
    ] {
        if n == 0 {
            bad.push(BadRow {
                row: 1,
                message: format!("the sheet has no {kind} rows; a deck needs at least one {kind}"),
            });
        }
    }
    if deck.title.is_empty() {
        deck.title = title_case(&deck.id);
    }
    if deck.summary.is_empty() {
        deck.summary = format!(
            "{} roles, {} challenges, {} ideas and {} methods.",
            deck.roles.len(),
            deck.challenges.len(),
            deck.ideas.len(),
            deck.methods.len()
        );
    }
    if deck.levels.is_empty() {
        deck.levels = default_levels();
    }
    if deck.support.is_empty() {
        deck.support = default_support();
    }
    // Rules that fit the sheet's cards, then any the sheet gives.
    let r = &mut deck.rules;
    let fit = |want: u32, have: usize| want.min(have as u32).max(1);
    r.roles_per_group = fit(r.roles_per_group, deck.roles.len());
    r.hand.ideas = fit(r.hand.ideas, deck.ideas.len());
    r.hand.methods = fit(r.hand.methods, deck.methods.len());
    r.solution.ideas = (1, r.solution.ideas.1.min(r.hand.ideas));
    r.solution.methods = (1, r.solution.methods.1.min(r.hand.methods));
    for (row, name, value) in rules_given {
        if let Err(message) = set_rule(r, &name, &value) {
            bad.push(BadRow { row, message });
        }
    }
    if bad.is_empty() { Ok(deck) } else { Err(bad) }
}

fn title_case(id: &str) -> String {
    id.split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every rule as `(name, value)`, as `export` writes them.
fn rule_rows(r: &Rules) -> Vec<(&'static str, String)> {
    let mut rows = vec![
        ("rounds", r.rounds.to_string()),
        ("roles_per_group", r.roles_per_group.to_string()),
        ("hand.ideas", r.hand.ideas.to_string()),
        ("hand.methods", r.hand.methods.to_string()),
        (
            "solution.ideas",
            format!("{}-{}", r.solution.ideas.0, r.solution.ideas.1),
        ),
        (
            "solution.methods",
            format!("{}-{}", r.solution.methods.0, r.solution.methods.1),
        ),
        ("swaps_per_round", r.swaps_per_round.to_string()),
        ("dots_per_group", r.dots_per_group.to_string()),
        ("shared_challenge", r.shared_challenge.to_string()),
        ("minutes.briefing", r.minutes.briefing.to_string()),
        ("minutes.report_back", r.minutes.report_back.to_string()),
        ("minutes.roles", r.minutes.roles.to_string()),
        ("minutes.challenge", r.minutes.challenge.to_string()),
        ("minutes.build", r.minutes.build.to_string()),
        ("minutes.present", r.minutes.present.to_string()),
        ("minutes.negotiate", r.minutes.negotiate.to_string()),
        ("minutes.vote", r.minutes.vote.to_string()),
    ];
    if let Some(b) = r.budget {
        rows.push(("budget", b.to_string()));
    }
    if let Some(n) = r.support_per_group {
        rows.push(("support_per_group", n.to_string()));
    }
    if r.ranking {
        rows.push(("ranking", "true".into()));
    }
    if r.cards == Cards::PerGroup {
        rows.push(("cards", "per-group".into()));
    }
    rows
}

fn set_rule(r: &mut Rules, name: &str, value: &str) -> Result<(), String> {
    let v = value.trim();
    let num = || {
        v.parse::<u32>()
            .map_err(|_| format!("the rule {name} needs a whole number, not {v:?}"))
    };
    let range = || -> Result<(u32, u32), String> {
        let (a, b) = v
            .split_once('-')
            .ok_or_else(|| format!("the rule {name} needs a range like 1-3, not {v:?}"))?;
        match (a.trim().parse(), b.trim().parse()) {
            (Ok(a), Ok(b)) => Ok((a, b)),
            _ => Err(format!("the rule {name} needs a range like 1-3, not {v:?}")),
        }
    };
    match name {
        "rounds" => r.rounds = num()?,
        "roles_per_group" => r.roles_per_group = num()?,
        "hand.ideas" => r.hand.ideas = num()?,
        "hand.methods" => r.hand.methods = num()?,
        "solution.ideas" => r.solution.ideas = range()?,
        "solution.methods" => r.solution.methods = range()?,
        "swaps_per_round" => r.swaps_per_round = num()?,
        "dots_per_group" => r.dots_per_group = num()?,
        "shared_challenge" => {
            r.shared_challenge = matches!(v.to_lowercase().as_str(), "true" | "yes" | "1")
        }
        "budget" => r.budget = Some(num()?),
        "support_per_group" => r.support_per_group = Some(num()?),
        "ranking" => {
            r.ranking = match v {
                "true" | "yes" => true,
                "false" | "no" => false,
                _ => return Err(format!("the rule ranking is true or false, not {v:?}")),
            }
        }
        "cards" => {
            r.cards = match v.to_lowercase().as_str() {
                "shared" => Cards::Shared,
                "per-group" | "pergroup" => Cards::PerGroup,
                _ => return Err(format!("the rule cards is shared or per-group, not {v:?}")),
            }
        }
        "minutes.briefing" => r.minutes.briefing = num()?,
        "minutes.report_back" => r.minutes.report_back = num()?,
        "minutes.roles" => r.minutes.roles = num()?,
        "minutes.challenge" => r.minutes.challenge = num()?,
        "minutes.build" => r.minutes.build = num()?,
        "minutes.present" => r.minutes.present = num()?,
        "minutes.negotiate" => r.minutes.negotiate = num()?,
        "minutes.vote" => r.minutes.vote = num()?,
        other => return Err(format!("there is no rule {other:?}")),
    }
    Ok(())
}

/// The deck as a sheet (UTF-8 CSV with a header row). Each of the deck's
/// other languages has a pair of columns after the usual ones.
pub fn export(deck: &Deck) -> Result<String, String> {
    let languages = &deck.languages;
    let mut rows: Vec<Vec<String>> = Vec::new();
    // A row of the usual columns, then each language's pair where given.
    let mut put = |row: [&str; 9], words: &dyn Fn(&str) -> Option<(String, String)>| {
        let mut record: Vec<String> = row.iter().map(|c| c.to_string()).collect();
        for tag in languages {
            let (title, text) = words(tag).unwrap_or_default();
            record.push(title);
            record.push(text);
        }
        rows.push(record);
    };
    let none = |_: &str| None;
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    for tag in languages {
        header.push(format!("title_{tag}"));
        header.push(format!("text_{tag}"));
    }
    put(
        [
            "deck",
            &deck.id,
            &deck.title,
            &deck.summary,
            "",
            deck.source.as_deref().unwrap_or(""),
            "",
            "",
            "",
        ],
        &none,
    );
    if let Some(l) = &deck.language {
        put(["language", "", l, "", "", "", "", "", ""], &none);
    }
    if let Some(b) = &deck.briefing {
        put(["briefing", "", "", b, "", "", "", "", ""], &none);
    }
    for r in &deck.roles {
        put(
            [
                "role",
                &r.id,
                &r.name,
                &r.brief,
                &r.holds.join("; "),
                "",
                "",
                "",
                r.wants.as_deref().unwrap_or(""),
            ],
            &|tag| {
                r.translations
                    .get(tag)
                    .map(|w| (w.name.clone(), w.brief.clone()))
            },
        );
    }
    for (kind, cards) in [
        ("challenge", &deck.challenges),
        ("idea", &deck.ideas),
        ("method", &deck.methods),
    ] {
        for c in cards {
            let cost = c.cost.to_string();
            put(
                [
                    kind,
                    &c.id,
                    &c.title,
                    &c.text,
                    &c.tags.join("; "),
                    c.source.as_deref().unwrap_or(""),
                    &cost,
                    c.image.as_deref().unwrap_or(""),
                    "",
                ],
                &|tag| {
                    c.translations
                        .get(tag)
                        .map(|w| (w.title.clone(), w.text.clone()))
                },
            );
        }
    }
    for c in &deck.criteria {
        put(
            ["criterion", &c.id, &c.name, &c.question, "", "", "", "", ""],
            &|tag| {
                c.translations
                    .get(tag)
                    .map(|w| (w.name.clone(), w.question.clone()))
            },
        );
    }
    for l in &deck.levels {
        put(["level", "", l, "", "", "", "", "", ""], &none);
    }
    for s in &deck.support {
        put(["support", "", s, "", "", "", "", "", ""], &none);
    }
    for (name, value) in rule_rows(&deck.rules) {
        put(["rule", name, "", &value, "", "", "", "", ""], &none);
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&header).map_err(|e| e.to_string())?;
    for row in rows {
        w.write_record(&row).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// The deck as a commented RON file that `check` accepts.
pub fn to_ron(deck: &Deck, origin: Option<&str>) -> Result<String, String> {
    let mut env = Environment::new();
    env.add_filter("ron", |v: Value| -> Result<Value, minijinja::Error> {
        let s = v
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| v.to_string());
        let quoted = ron::to_string(&s).map_err(|e| {
            minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string())
        })?;
        Ok(Value::from_safe_string(quoted))
    });
    env.add_filter("ron_comment", |s: String| s.replace(['\n', '\r'], " "));
    env.add_template("deck.ron", include_str!("templates/deck.ron"))
        .map_err(|e| e.to_string())?;
    let lists = [
        (
            "challenges",
            "Challenges: each group draws one and works on it.",
            &deck.challenges,
        ),
        ("ideas", "Ideas: what a solution does.", &deck.ideas),
        (
            "methods",
            "Methods: how a solution gets done.",
            &deck.methods,
        ),
    ]
    .map(
        |(name, comment, cards)| context! { name, comment, cards => Value::from_serialize(cards) },
    );
    let template = env.get_template("deck.ron").map_err(|e| e.to_string())?;
    template
        .render(context! { deck => Value::from_serialize(deck), lists, origin })
        .map_err(|e| e.to_string())
}
