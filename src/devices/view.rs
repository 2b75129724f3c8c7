//! What a group's device sees, and what it may ask: a view of the session
//! for one group (its roles, challenge, hand and solution with full card
//! texts; the other groups' solutions in negotiate and vote), and the moves
//! a device can make, each of which becomes the engine action a tap on the
//! table makes, for the device's own group only.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::deck::{CardWords, CriterionWords, Deck, Kind, RoleWords};
use crate::session::{self, Action, Horizon, Phase, Session, State};

/// One card as a device shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CardView {
    pub id: String,
    /// "challenge", "idea", "method" or "written" (an idea the group wrote).
    pub kind: &'static str,
    pub title: String,
    pub text: String,
    pub cost: u32,
    /// The card in the deck's other languages, by tag.
    pub translations: BTreeMap<String, CardWords>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleView {
    pub id: String,
    pub name: String,
    pub brief: String,
    pub wants: Option<String>,
    pub holds: Vec<String>,
    pub translations: BTreeMap<String, RoleWords>,
}

/// A language the deck's cards can be read in, for the page's picker.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LanguageView {
    /// Its BCP 47 tag.
    pub tag: String,
    /// Its name in itself ("বাংলা"), or the tag where the game does not know it.
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupName {
    pub index: usize,
    pub name: String,
    pub colour: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SolutionView {
    pub title: String,
    pub pitch: String,
    pub ideas: Vec<CardView>,
    pub methods: Vec<CardView>,
    pub champions: Vec<String>,
    pub horizon: Option<&'static str>,
    pub level: Option<String>,
    pub ready: bool,
    pub cost: u32,
}

/// Another group's solution, as negotiate and vote show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OtherView {
    pub group: GroupName,
    pub title: String,
    pub pitch: String,
    pub cards: Vec<String>,
    /// Support pledged to it, by kind, with how many came from this group.
    pub pledges: Vec<Pledged>,
    /// This group's roles committed to deliver it.
    pub my_deliverers: Vec<String>,
    /// Everyone's roles committed to deliver it, by name.
    pub deliverers: Vec<String>,
    /// This group's dots on it, by criterion id.
    pub my_dots: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pledged {
    pub kind: String,
    pub all: usize,
    pub mine: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SupportLeft {
    pub kind: String,
    pub left: usize,
    pub held: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CriterionView {
    pub id: String,
    pub name: String,
    pub question: String,
    pub translations: BTreeMap<String, CriterionWords>,
}

/// Everything one group's device shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct View {
    pub deck: String,
    pub group: GroupName,
    pub phase: &'static str,
    /// The phase as its messages are named (`phase-report-back`).
    pub phase_key: String,
    /// Nothing to do on the device in this phase: everyone looks at the
    /// shared screen (setup, briefing, present, report-back, debrief).
    pub look_at_screen: bool,
    /// What this phase asks of the group: the id of its sentence.
    pub hint: String,
    pub round: u32,
    pub rounds: u32,
    pub roles: Vec<RoleView>,
    pub challenge: Option<CardView>,
    pub hand: Vec<CardView>,
    pub solution: SolutionView,
    pub solution_rules: SolutionRulesView,
    pub swaps_left: u32,
    pub can_redraw: bool,
    pub shared_challenge: bool,
    pub levels: Vec<String>,
    pub horizons: Vec<&'static str>,
    pub groups: Vec<GroupName>,
    pub others: Vec<OtherView>,
    pub support: Vec<SupportLeft>,
    pub criteria: Vec<CriterionView>,
    pub dots_left: usize,
    pub vote_closed: bool,
    /// The phase's timer when the view was made: milliseconds left and
    /// whether it runs (the page counts down from there).
    pub timer: Option<TimerView>,
    /// The room's language (the cards' own words are in it), then the
    /// deck's other languages: a player reads the cards in any of them.
    pub languages: Vec<LanguageView>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimerView {
    pub remaining_ms: u64,
    pub running: bool,
    /// When (ms since 1970, the game's clock) `remaining_ms` was true: the
    /// server sends its own time beside the view, so a page loaded later
    /// counts from the right moment.
    pub as_of_ms: u64,
}

impl TimerView {
    /// The phase's timer at `now` (the wall clock), if the phase has one.
    fn of(state: &State, now: session::Millis) -> Option<TimerView> {
        let at = now.max(state.now);
        (state.timer.total() > 0).then(|| TimerView {
            remaining_ms: state.timer.remaining(at),
            running: state.timer.is_running(),
            as_of_ms: at,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SolutionRulesView {
    pub ideas: (u32, u32),
    pub methods: (u32, u32),
    pub budget: Option<u32>,
}

/// A move a device asks for, for its own group (the server adds the group).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
pub enum Move {
    // Moves without fields are empty structs, so that an unknown field
    // (such as another group's number) is refused rather than ignored.
    SwapRole {
        role: String,
    },
    DrawChallenge {},
    RedrawChallenge {},
    Add {
        card: String,
    },
    Remove {
        card: String,
    },
    Swap {
        card: String,
    },
    Trade {
        card: String,
        to: usize,
    },
    Write {
        title: String,
        text: String,
    },
    Title {
        text: String,
    },
    Pitch {
        text: String,
    },
    Champion {
        role: String,
        on: bool,
    },
    Horizon {
        horizon: String,
    },
    Level {
        level: String,
    },
    Ready {},
    Pledge {
        to: usize,
        kind: String,
        note: String,
    },
    Unpledge {
        to: usize,
        kind: String,
    },
    Commit {
        role: String,
        to: usize,
    },
    Uncommit {
        role: String,
        to: usize,
    },
    Dot {
        on: usize,
        criterion: String,
    },
    Undot {
        on: usize,
        criterion: String,
    },
}

impl Move {
    /// The engine action this move is for group `g`; an unknown "when" is
    /// refused in the room's words.
    pub fn action(self, g: usize) -> Result<Action, crate::words::Message> {
        Ok(match self {
            Move::SwapRole { role } => Action::SwapRole { group: g, role },
            Move::DrawChallenge {} => Action::DrawChallenge { group: g },
            Move::RedrawChallenge {} => Action::RedrawChallenge { group: g },
            Move::Add { card } => Action::AddToSolution { group: g, card },
            Move::Remove { card } => Action::RemoveFromSolution { group: g, card },
            Move::Swap { card } => Action::SwapCard { group: g, card },
            Move::Trade { card, to } => Action::Trade { from: g, to, card },
            Move::Write { title, text } => Action::WriteIdea {
                group: g,
                title,
                text,
            },
            Move::Title { text } => Action::SetTitle {
                group: g,
                title: text,
            },
            Move::Pitch { text } => Action::SetPitch {
                group: g,
                pitch: text,
            },
            Move::Champion { role, on } => Action::SetChampion {
                group: g,
                role,
                champion: on,
            },
            Move::Horizon { horizon } => {
                let Some(h) = Horizon::ALL.into_iter().find(|h| h.name() == horizon) else {
                    return Err(crate::msg!(
                        "device-bad-horizon",
                        now = Horizon::Now.message(),
                        soon = Horizon::Soon.message(),
                        later = Horizon::Later.message(),
                        horizon = format!("{horizon:?}")
                    ));
                };
                Action::SetHorizon {
                    group: g,
                    horizon: h,
                }
            }
            Move::Level { level } => Action::SetLevel { group: g, level },
            Move::Ready {} => Action::MarkReady { group: g },
            Move::Pledge { to, kind, note } => Action::Pledge {
                from: g,
                to,
                kind,
                note,
            },
            Move::Unpledge { to, kind } => Action::WithdrawPledge { from: g, to, kind },
            Move::Commit { role, to } => Action::Commit { group: g, role, to },
            Move::Uncommit { role, to } => Action::WithdrawCommitment { group: g, role, to },
            Move::Dot { on, criterion } => Action::PlaceDot {
                group: g,
                on,
                criterion,
            },
            Move::Undot { on, criterion } => Action::RemoveDot {
                group: g,
                on,
                criterion,
            },
        })
    }
}

fn card(deck: &Deck, state: &State, id: &str) -> CardView {
    if let Some(w) = state.written_card(id) {
        return CardView {
            id: id.to_string(),
            kind: "written",
            title: w.title.clone(),
            text: w.text.clone(),
            cost: 1,
            translations: BTreeMap::new(),
        };
    }
    match deck.card(id) {
        Some((kind, c)) => CardView {
            id: id.to_string(),
            kind: match kind {
                Kind::Challenge => "challenge",
                Kind::Method => "method",
                _ => "idea",
            },
            title: c.title.clone(),
            text: c.text.clone(),
            cost: c.cost,
            translations: c.translations.clone(),
        },
        None => CardView {
            id: id.to_string(),
            kind: "idea",
            title: id.to_string(),
            text: String::new(),
            cost: 1,
            translations: BTreeMap::new(),
        },
    }
}

fn group_name(state: &State, g: usize) -> GroupName {
    let group = &state.groups[g];
    GroupName {
        index: g,
        name: group.name.clone(),
        colour: group.colour.hex(),
    }
}

/// A phase as its messages are named: `build`, `report-back`.
fn key(phase: Phase) -> String {
    phase.name().to_lowercase()
}

/// The view of group `g` (which must exist), at `now` on the session's clock.
pub fn view(session: &Session, g: usize, now: session::Millis) -> View {
    let deck = session.deck();
    let state = session.state();
    let group = &state.groups[g];
    let s = &group.solution;
    let round = state.round;
    let look_at_screen = matches!(
        state.phase,
        Phase::Setup | Phase::Briefing | Phase::Present | Phase::ReportBack | Phase::Debrief
    );
    let others = (0..state.groups.len())
        .filter(|&o| o != g)
        .map(|o| {
            let theirs = &state.groups[o].solution;
            let pledges = deck
                .support
                .iter()
                .map(|kind| {
                    let to_them: Vec<_> = state
                        .pledges
                        .iter()
                        .filter(|p| p.round == round && p.to == o && &p.kind == kind)
                        .collect();
                    Pledged {
                        kind: kind.clone(),
                        all: to_them.len(),
                        mine: to_them.iter().filter(|p| p.from == g).count(),
                    }
                })
                .collect();
            let commitments: Vec<_> = state
                .commitments
                .iter()
                .filter(|c| c.round == round && c.to == o)
                .collect();
            OtherView {
                group: group_name(state, o),
                title: theirs.title.clone(),
                pitch: theirs.pitch.clone(),
                cards: theirs
                    .ideas
                    .iter()
                    .chain(&theirs.methods)
                    .map(|c| card(deck, state, c).title)
                    .collect(),
                pledges,
                my_deliverers: commitments
                    .iter()
                    .filter(|c| c.group == g)
                    .map(|c| c.role.clone())
                    .collect(),
                deliverers: commitments
                    .iter()
                    .map(|c| {
                        let role = deck.role(&c.role).map_or(c.role.as_str(), |r| &r.name);
                        format!("{role} ({})", state.groups[c.group].name)
                    })
                    .collect(),
                my_dots: state
                    .dots
                    .iter()
                    .filter(|d| d.round == round && d.by == g && d.on == o)
                    .map(|d| d.criterion.clone())
                    .collect(),
            }
        })
        .collect();
    let dots_used = state
        .dots
        .iter()
        .filter(|d| d.round == round && d.by == g)
        .count();
    let rules = &deck.rules;
    View {
        deck: deck.title.clone(),
        group: group_name(state, g),
        phase: state.phase.name(),
        phase_key: key(state.phase),
        look_at_screen,
        hint: format!("hint-{}", key(state.phase)),
        round,
        rounds: state.rounds,
        roles: group
            .roles
            .iter()
            .filter_map(|id| {
                deck.role(id).map(|r| RoleView {
                    id: id.clone(),
                    name: r.name.clone(),
                    brief: r.brief.clone(),
                    wants: r.wants.clone(),
                    holds: r.holds.clone(),
                    translations: r.translations.clone(),
                })
            })
            .collect(),
        challenge: group
            .challenge
            .as_deref()
            .or(state.shared_challenge.as_deref())
            .map(|c| card(deck, state, c)),
        hand: group.hand.iter().map(|c| card(deck, state, c)).collect(),
        solution: SolutionView {
            title: s.title.clone(),
            pitch: s.pitch.clone(),
            ideas: s.ideas.iter().map(|c| card(deck, state, c)).collect(),
            methods: s.methods.iter().map(|c| card(deck, state, c)).collect(),
            champions: s.champions.clone(),
            horizon: s.horizon.map(Horizon::name),
            level: s.level.clone(),
            ready: s.ready,
            cost: s
                .ideas
                .iter()
                .chain(&s.methods)
                .map(|c| card(deck, state, c).cost)
                .sum(),
        },
        solution_rules: SolutionRulesView {
            ideas: rules.solution.ideas,
            methods: rules.solution.methods,
            budget: rules.budget,
        },
        swaps_left: rules.swaps_per_round.saturating_sub(group.swaps_used),
        can_redraw: !group.redrawn && !rules.shared_challenge,
        shared_challenge: rules.shared_challenge,
        levels: deck.levels.clone(),
        horizons: Horizon::ALL.iter().map(|h| h.name()).collect(),
        groups: (0..state.groups.len())
            .map(|o| group_name(state, o))
            .collect(),
        others,
        support: deck
            .support
            .iter()
            .map(|kind| SupportLeft {
                kind: kind.clone(),
                left: session::support_left(deck, state, g, kind),
                held: session::tokens(deck, &group.roles, kind).len(),
            })
            .collect(),
        criteria: deck
            .criteria
            .iter()
            .map(|c| CriterionView {
                id: c.id.clone(),
                name: c.name.clone(),
                question: c.question.clone(),
                translations: c.translations.clone(),
            })
            .collect(),
        dots_left: (rules.dots_per_group as usize).saturating_sub(dots_used),
        vote_closed: state.vote_closed,
        timer: TimerView::of(state, now),
        languages: languages(deck),
    }
}

/// The room's language, then the deck's others, each with its own name.
fn languages(deck: &Deck) -> Vec<LanguageView> {
    let room = deck
        .language
        .as_deref()
        .and_then(|t| crate::deck::language_tag(t).ok())
        .unwrap_or_else(|| "en".to_string());
    std::iter::once(room)
        .chain(deck.languages.iter().cloned())
        .map(|tag| LanguageView {
            name: crate::deck::autonym(&tag).unwrap_or(&tag).to_string(),
            tag,
        })
        .collect()
}

/// The room's language: the facilitator's choice, else the deck's, else
/// English.
pub fn room_language(session: &Session) -> String {
    session
        .language()
        .and_then(|t| crate::deck::language_tag(t).ok())
        .unwrap_or_else(|| crate::words::ENGLISH.to_string())
}

/// What the server hands out until the next change: the group names (for
/// the join page) and each group's view, already written as JSON.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    /// Counts the changes: a device that has seen this one need not reload.
    pub version: u64,
    pub groups: Vec<GroupName>,
    pub views: Vec<String>,
    /// The room's language: the facilitator's choice, else the deck's, else
    /// English. A device whose browser asks for none the game speaks reads it.
    pub language: String,
    /// What the facilitator's remote control shows of the session.
    pub room: Room,
    /// Players' texts waiting for the facilitator's approval: the host
    /// page lists them all, a device only its own.
    pub held: Vec<HeldText>,
}

/// A player's text waiting for the facilitator's approval.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HeldText {
    pub number: u32,
    /// The device that wrote it.
    pub by: u32,
    pub group: usize,
    /// What it is: `idea`, `title`, `pitch` or `note`.
    pub kind: &'static str,
    pub title: String,
    pub text: String,
}

/// The session as the facilitator's remote control (the host page) shows
/// it: the phase, the timer, the spotlight and whether undo can go back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Room {
    /// `None` before the app has published a session.
    pub phase: Option<session::Phase>,
    pub round: u32,
    pub rounds: u32,
    pub timer: Option<TimerView>,
    pub spotlight: Option<usize>,
    pub can_undo: bool,
    /// The notes the facilitator added so far.
    pub notes: usize,
}

/// The snapshot of a session, numbered `version`, at the time of its last
/// action.
pub fn snapshot(session: &Session, version: u64) -> Snapshot {
    snapshot_at(session, version, session.state().now)
}

/// The snapshot of a session at `now` (the wall clock, for the timers).
pub fn snapshot_at(session: &Session, version: u64, now: session::Millis) -> Snapshot {
    let state = session.state();
    Snapshot {
        version,
        language: room_language(session),
        groups: (0..state.groups.len())
            .map(|g| group_name(state, g))
            .collect(),
        views: (0..state.groups.len())
            .map(|g| {
                let mut v = serde_json::to_value(view(session, g, now)).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("version".into(), version.into());
                }
                v.to_string()
            })
            .collect(),
        room: Room {
            phase: Some(state.phase),
            round: state.round,
            rounds: state.rounds,
            timer: TimerView::of(state, now),
            spotlight: state.spotlight,
            can_undo: session.can_undo(),
            notes: state.notes.len(),
        },
        held: state
            .held
            .iter()
            .filter_map(|h| {
                let (group, kind, w) = h.action.written()?;
                Some(HeldText {
                    number: h.number,
                    by: h.by,
                    group,
                    kind,
                    title: w.title,
                    text: w.text,
                })
            })
            .collect(),
    }
}
