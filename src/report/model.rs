//! What a report says, as data: built once from the sessions, then written
//! as Markdown, HTML, JSON, GraphML and CSV. `session.json` is this model,
//! documented in `docs/session-schema.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The `schema` field of `session.json`.
pub const SCHEMA: &str = "livinglab-report";
/// The `version` field of `session.json`; raised on any incompatible change.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub version: u32,
    /// The day of the first session, `YYYY-MM-DD`.
    pub date: String,
    pub deck: DeckInfo,
    /// One per screen (session) of the workshop.
    pub tables: Vec<Table>,
    pub network: Network,
    pub analysis: Analysis,
    pub cards: CardUse,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeckInfo {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub source: Option<String>,
    /// The room's language (the deck's, as a BCP 47 tag); English when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub sha256: String,
    pub criteria: Vec<Criterion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub question: String,
}

/// A card as the report names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardRef {
    pub id: String,
    /// `challenge`, `idea`, `method`, `role` or `written` (an idea a group wrote).
    pub kind: String,
    pub title: String,
    pub text: String,
    /// Its title in the deck's other languages, by tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, String>,
}

/// One screen's session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// 1, 2, 3… in the order the files were given.
    pub number: usize,
    pub session_id: String,
    /// `YYYY-MM-DD HH:MM UTC`
    pub started: String,
    pub ended: String,
    pub seed: u64,
    pub ended_early: bool,
    pub rounds_planned: u32,
    /// One set of cards for the room, or a set per group.
    pub cards: crate::deck::Cards,
    pub groups: Vec<Group>,
    pub rounds: Vec<Round>,
    pub phases: Vec<PhaseTime>,
    pub notes: Vec<Note>,
    /// How many texts written on devices the facilitator hid (what they
    /// said is never in the report).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub hidden_texts: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    /// `#rrggbb`
    pub colour: String,
    pub seat: String,
    pub roles: Vec<CardRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub number: u32,
    /// In ranking order (most dots first) when the deck ranks; else in the
    /// order the groups sat down.
    pub solutions: Vec<Solution>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Solution {
    pub group: String,
    pub group_colour: String,
    /// 1 for first; equal dots share a place. Only when the deck's rules
    /// rank the solutions (`ranking: true`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<usize>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tied: bool,
    pub dots: usize,
    pub dots_by_criterion: Vec<CriterionDots>,
    pub challenge: Option<CardRef>,
    pub title: String,
    pub pitch: String,
    pub ideas: Vec<CardRef>,
    pub methods: Vec<CardRef>,
    /// Idea cards the group wrote itself (also listed in `ideas` when used).
    pub written: Vec<CardRef>,
    pub champions: Vec<String>,
    pub horizon: Option<String>,
    pub level: Option<String>,
    pub ready: bool,
    pub pledges: Vec<Pledge>,
    pub deliverers: Vec<Deliverer>,
    /// How long the group presented, `m:ss`.
    pub presented_for: Option<String>,
    /// The group's report-back, when the session had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_back: Option<ReportedBack>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriterionDots {
    pub criterion: String,
    pub dots: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pledge {
    pub from: String,
    pub kind: String,
    pub note: String,
    /// The role of the pledging group whose token it was, when a role held it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A group's report-back on its solution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportedBack {
    /// How long it took, `m:ss` (absent if it was not ended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub took: Option<String>,
    /// The facilitator's note.
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deliverer {
    pub role: String,
    pub group: String,
}

/// How long a phase took against its plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhaseTime {
    pub phase: String,
    pub round: u32,
    pub planned_minutes: Option<u32>,
    /// `m:ss`
    pub took: String,
    pub took_seconds: u64,
    pub over: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub at: String,
    pub phase: String,
    pub round: u32,
    pub text: String,
}

/// The session as a network: "anything that can be represented by a set of
/// nodes and links".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    /// `group`, `role`, `challenge`, `idea`, `method` or `solution`.
    pub kind: String,
    pub description: String,
    /// Position in the map drawn in the HTML report (0 to 1000).
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub source: String,
    pub target: String,
    /// `took the role`, `worked on`, `used in`, `championed`, `traded with`,
    /// `pledged support`, `will deliver` or `voted for`.
    pub kind: String,
    /// How many times (dots, trades…).
    pub weight: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Ideas and methods by betweenness, then degree.
    pub central_cards: Vec<Centrality>,
    /// Cards used in the solutions of more than one group.
    pub shared_cards: Vec<SharedCard>,
    /// Roles of different groups that championed or will deliver the same solution.
    pub alliances: Vec<Alliance>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Centrality {
    pub id: String,
    pub label: String,
    pub kind: String,
    pub degree: usize,
    pub betweenness: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedCard {
    pub card: CardRef,
    pub groups: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alliance {
    pub first: String,
    pub second: String,
    /// The solutions they stood behind together.
    pub solutions: Vec<String>,
}

/// How the deck's cards were used, so organisers can improve it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardUse {
    /// Dealt into a hand but never put into a solution.
    pub dealt_never_chosen: Vec<CardRef>,
    /// Never dealt at all.
    pub never_dealt: Vec<CardRef>,
}
