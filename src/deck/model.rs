//! The deck as organisers write it: one RON file (see `docs/deck-format.md`).
//!
//! Every field not marked optional is required, and unknown fields are errors,
//! so a typo in a field name is caught by `livinglab check` instead of being
//! silently ignored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The only deck format this version reads.
pub const FORMAT: u32 = 1;

/// A scenario deck: the roles players take, the challenges they draw, the idea
/// and method cards they build solutions from, and the criteria they vote on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Deck", deny_unknown_fields)]
pub struct Deck {
    pub format: u32,
    pub id: String,
    pub title: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The room's language, as a BCP 47 tag ("pl", "bn", "ur", "pt-BR"):
    /// what the report says its text is in. English when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The other languages its cards, roles and criteria are given in
    /// (BCP 47 tags), each in their `translations`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// What the room hears first: a few short paragraphs on the plans it is
    /// responding to, shown on the shared screen before roles are taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub briefing: Option<String>,
    pub roles: Vec<Role>,
    pub challenges: Vec<Card>,
    pub ideas: Vec<Card>,
    pub methods: Vec<Card>,
    pub criteria: Vec<Criterion>,
    #[serde(default = "default_levels")]
    pub levels: Vec<String>,
    #[serde(default = "default_support")]
    pub support: Vec<String>,
    #[serde(default)]
    pub rules: Rules,
}

/// A role a group takes: who they are and what they want.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Role", deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub brief: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wants: Option<String>,
    /// The support this role brings to the table, one entry per token
    /// (names from the deck's `support`): what its group can pledge in a
    /// round, e.g. `["Funding", "Funding", "Endorsement"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holds: Vec<String>,
    /// The role in other languages, by BCP 47 tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, RoleWords>,
}

/// A role's words in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleWords {
    pub name: String,
    pub brief: String,
}

/// A challenge, idea or method card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Card", deny_unknown_fields)]
pub struct Card {
    pub id: String,
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// What the card costs from a solution's budget, 1 to 3 (1 when left out).
    #[serde(default = "one")]
    pub cost: u32,
    /// The card in other languages, by BCP 47 tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, CardWords>,
}

/// A card's words in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardWords {
    pub title: String,
    pub text: String,
}

/// A question the room votes against with its dots.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Criterion", deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub question: String,
    /// The criterion in other languages, by BCP 47 tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, CriterionWords>,
}

/// A criterion's words in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionWords {
    pub name: String,
    pub question: String,
}

impl Card {
    /// The card's title and text in `language` where it is given in it,
    /// else as written.
    pub fn words(&self, language: Option<&str>) -> (&str, &str) {
        match language.and_then(|l| self.translations.get(l)) {
            Some(w) => (&w.title, &w.text),
            None => (&self.title, &self.text),
        }
    }
}

impl Role {
    /// The role's name and brief in `language` where given, else as written.
    pub fn words(&self, language: Option<&str>) -> (&str, &str) {
        match language.and_then(|l| self.translations.get(l)) {
            Some(w) => (&w.name, &w.brief),
            None => (&self.name, &self.brief),
        }
    }
}

impl Criterion {
    /// The criterion's name and question in `language` where given, else as
    /// written.
    pub fn words(&self, language: Option<&str>) -> (&str, &str) {
        match language.and_then(|l| self.translations.get(l)) {
            Some(w) => (&w.name, &w.question),
            None => (&self.name, &self.question),
        }
    }
}

/// How a session with this deck is played. Every field has a default.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Rules", default, deny_unknown_fields)]
pub struct Rules {
    pub rounds: u32,
    pub roles_per_group: u32,
    pub hand: Hand,
    pub solution: SolutionRules,
    pub swaps_per_round: u32,
    pub dots_per_group: u32,
    pub shared_challenge: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<u32>,
    pub minutes: Minutes,
    /// When no role holds any support: the tokens of each kind of support
    /// every group can pledge in a round (1 when left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_per_group: Option<u32>,
    /// Whether the vote ranks the solutions by dots (places 1, 2, 3…). By
    /// default it does not: the debrief and the report give the dots per
    /// criterion, as co-design is not a contest.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ranking: bool,
    /// One set of cards for the room (`Shared`, when left out) or a set per
    /// group (`PerGroup`), as when each table has its own printed props.
    #[serde(skip_serializing_if = "Cards::is_shared")]
    pub cards: Cards,
}

/// How many sets of the deck's cards are on the table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cards {
    /// One set for the whole room: a card is in one place at a time, so
    /// trades matter and the deck seats as many groups as its piles allow.
    #[default]
    Shared,
    /// Each group draws from its own copy of the roles, challenges, ideas
    /// and methods: any deck that seats one group seats the whole room.
    PerGroup,
}

impl Cards {
    pub fn is_shared(&self) -> bool {
        *self == Cards::Shared
    }

    /// The word a facilitator sees: "one set for the room", "a set per group".
    pub fn describe(self) -> &'static str {
        match self {
            Cards::Shared => "one set of cards for the room",
            Cards::PerGroup => "a set of cards per group",
        }
    }
}

/// The id of a card in one printed set of the deck, when each group has its
/// own set: `time-banking@3` is set 3's copy of `time-banking`. A deck id
/// never holds `@`, so copies never collide with cards.
pub fn copy_id(id: &str, set: usize) -> String {
    format!("{id}@{set}")
}

/// The deck card a copy was printed from (the id itself for a card that is
/// not a copy).
pub fn original_id(id: &str) -> &str {
    id.split_once('@').map_or(id, |(base, _)| base)
}

/// The printed set a copy belongs to (`None` for a card that is not a copy).
pub fn set_of(id: &str) -> Option<usize> {
    id.split_once('@').and_then(|(_, n)| n.parse().ok())
}

impl Rules {
    /// The tokens of each kind of support a group has in a round when no
    /// role of the deck holds any.
    pub fn tokens_per_kind(&self) -> u32 {
        self.support_per_group.unwrap_or(1)
    }
}

/// How many idea and method cards each group is dealt in a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Hand", default, deny_unknown_fields)]
pub struct Hand {
    pub ideas: u32,
    pub methods: u32,
}

/// The least and most cards of each kind a solution holds, as `(min, max)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "SolutionRules", default, deny_unknown_fields)]
pub struct SolutionRules {
    pub ideas: (u32, u32),
    pub methods: (u32, u32),
}

/// The planned length of each phase, in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Minutes", default, deny_unknown_fields)]
pub struct Minutes {
    /// The briefing, when the deck has one (5 when left out).
    #[serde(skip_serializing_if = "is_five")]
    pub briefing: u32,
    pub roles: u32,
    pub challenge: u32,
    pub build: u32,
    pub present: u32,
    pub negotiate: u32,
    pub vote: u32,
    /// Each group's report-back, in minutes (2 when left out).
    #[serde(skip_serializing_if = "is_two")]
    pub report_back: u32,
}

fn one() -> u32 {
    1
}

fn is_five(n: &u32) -> bool {
    *n == 5
}

fn is_two(n: &u32) -> bool {
    *n == 2
}

/// Where a solution works, when a deck does not say.
pub fn default_levels() -> Vec<String> {
    ["Local", "Borough", "Pan-London"]
        .map(String::from)
        .to_vec()
}

/// What groups can pledge to each other, when a deck does not say.
pub fn default_support() -> Vec<String> {
    ["Funding", "Endorsement", "Sharing"]
        .map(String::from)
        .to_vec()
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            rounds: 2,
            roles_per_group: 2,
            hand: Hand::default(),
            solution: SolutionRules::default(),
            swaps_per_round: 2,
            dots_per_group: 3,
            shared_challenge: false,
            budget: None,
            minutes: Minutes::default(),
            support_per_group: None,
            ranking: false,
            cards: Cards::Shared,
        }
    }
}

impl Default for Hand {
    fn default() -> Self {
        Hand {
            ideas: 5,
            methods: 3,
        }
    }
}

impl Default for SolutionRules {
    fn default() -> Self {
        SolutionRules {
            ideas: (1, 3),
            methods: (1, 2),
        }
    }
}

impl Default for Minutes {
    fn default() -> Self {
        Minutes {
            report_back: 2,
            briefing: 5,
            roles: 5,
            challenge: 3,
            build: 20,
            present: 3,
            negotiate: 5,
            vote: 5,
        }
    }
}

/// The kinds of card in a deck, in the workshop's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    Role,
    Challenge,
    Idea,
    Method,
    Criterion,
}

impl Kind {
    /// The word the room sees ("idea", "method"…).
    /// The kind's name ("idea"), to be said in the reader's language.
    pub fn message(self) -> crate::words::Message {
        crate::words::Message::new(match self {
            Kind::Role => "kind-role",
            Kind::Challenge => "kind-challenge",
            Kind::Idea => "kind-idea",
            Kind::Method => "kind-method",
            Kind::Criterion => "kind-criterion",
        })
    }

    pub fn word(self) -> &'static str {
        match self {
            Kind::Role => "role",
            Kind::Challenge => "challenge",
            Kind::Idea => "idea",
            Kind::Method => "method",
            Kind::Criterion => "criterion",
        }
    }
}

impl Deck {
    /// The challenge, idea or method card with this id.
    pub fn card(&self, id: &str) -> Option<(Kind, &Card)> {
        let id = original_id(id);
        let find = |cards: &'_ [Card]| cards.iter().position(|c| c.id == id);
        if let Some(i) = find(&self.challenges) {
            return Some((Kind::Challenge, &self.challenges[i]));
        }
        if let Some(i) = find(&self.ideas) {
            return Some((Kind::Idea, &self.ideas[i]));
        }
        find(&self.methods).map(|i| (Kind::Method, &self.methods[i]))
    }

    /// The role card with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        let id = original_id(id);
        self.roles.iter().find(|r| r.id == id)
    }

    /// The criterion with this id.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The cards of one kind (roles and criteria are not `Card`s: empty).
    pub fn cards(&self, kind: Kind) -> &[Card] {
        match kind {
            Kind::Challenge => &self.challenges,
            Kind::Idea => &self.ideas,
            Kind::Method => &self.methods,
            Kind::Role | Kind::Criterion => &[],
        }
    }

    /// The most groups this deck can seat with a full set of roles, a
    /// challenge each and a full hand each, and the card kind that limits it.
    pub fn max_groups(&self) -> (usize, Kind) {
        let r = &self.rules;
        let per = |have: usize, need: u32| {
            if need == 0 {
                usize::MAX
            } else {
                have / need as usize
            }
        };
        let mut limits = vec![
            (per(self.roles.len(), r.roles_per_group), Kind::Role),
            (per(self.ideas.len(), r.hand.ideas), Kind::Idea),
            (per(self.methods.len(), r.hand.methods), Kind::Method),
        ];
        if !r.shared_challenge {
            limits.push((self.challenges.len(), Kind::Challenge));
        }
        limits
            .into_iter()
            .min_by_key(|(n, _)| *n)
            .unwrap_or((0, Kind::Role))
    }

    /// The most groups this deck seats with the card sets given: with a set
    /// per group, any number (`usize::MAX`) once one set seats one group.
    pub fn max_groups_with(&self, cards: Cards) -> (usize, Kind) {
        let (max, kind) = self.max_groups();
        match cards {
            Cards::PerGroup if max >= 1 => (usize::MAX, kind),
            _ => (max, kind),
        }
    }

    /// The summary line `check` prints for a valid deck.
    pub fn counts(&self) -> String {
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        [
            count(self.roles.len(), "role", "roles"),
            count(self.challenges.len(), "challenge", "challenges"),
            count(self.ideas.len(), "idea", "ideas"),
            count(self.methods.len(), "method", "methods"),
            count(self.criteria.len(), "criterion", "criteria"),
        ]
        .join(", ")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_say_one_card_and_many_cards() {
        let text = crate::deck::starter::starter(std::path::Path::new("street.ron"));
        let mut deck = crate::deck::check_str(&text, None).deck.unwrap();
        deck.roles.truncate(1);
        deck.challenges.truncate(1);
        deck.ideas.truncate(1);
        deck.methods.truncate(1);
        deck.criteria.truncate(1);
        assert_eq!(
            deck.counts(),
            "1 role, 1 challenge, 1 idea, 1 method, 1 criterion"
        );
        deck.ideas.clear();
        assert!(deck.counts().contains("0 ideas"), "{}", deck.counts());
    }
}
