//! The state of a session: everything on the table at one moment.

use serde::{Deserialize, Serialize};

use crate::deck::{Cards, Deck, Kind, copy_id};

/// Milliseconds since 1970-01-01 UTC. The clock is passed in with every
/// action, so tests and replays control time.
pub type Millis = u64;

/// The phases of a round, in order, with the setup before and the debrief after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Phase {
    Setup,
    /// The deck's briefing, before the first round (only if it has one).
    Briefing,
    Roles,
    Challenge,
    Build,
    Present,
    Negotiate,
    /// Each group in turn: its final solution, the support it received and
    /// who will deliver it (sessions under rules 2 and later).
    ReportBack,
    Vote,
    Debrief,
}

impl Phase {
    /// The phase's name, to be said in the reader's language.
    pub fn message(self) -> crate::words::Message {
        crate::words::Message::new(match self {
            Phase::Setup => "phase-setup",
            Phase::Briefing => "phase-briefing",
            Phase::Roles => "phase-roles",
            Phase::Challenge => "phase-challenge",
            Phase::Build => "phase-build",
            Phase::Present => "phase-present",
            Phase::Negotiate => "phase-negotiate",
            Phase::ReportBack => "phase-report-back",
            Phase::Vote => "phase-vote",
            Phase::Debrief => "phase-debrief",
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Phase::Setup => "Setup",
            Phase::Briefing => "Briefing",
            Phase::Roles => "Roles",
            Phase::Challenge => "Challenge",
            Phase::Build => "Build",
            Phase::Present => "Present",
            Phase::Negotiate => "Negotiate",
            Phase::ReportBack => "Report-back",
            Phase::Vote => "Vote",
            Phase::Debrief => "Debrief",
        }
    }

    /// The planned minutes of this phase in a deck (none for setup and debrief).
    pub fn planned_minutes(self, deck: &Deck) -> Option<u32> {
        let m = deck.rules.minutes;
        match self {
            Phase::Briefing => Some(m.briefing),
            Phase::Roles => Some(m.roles),
            Phase::Challenge => Some(m.challenge),
            Phase::Build => Some(m.build),
            Phase::Present => Some(m.present),
            Phase::Negotiate => Some(m.negotiate),
            // Per group: see `State::planned_minutes`.
            Phase::ReportBack => Some(m.report_back),
            Phase::Vote => Some(m.vote),
            Phase::Setup | Phase::Debrief => None,
        }
    }
}

/// Where a group sits around the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Seat {
    Bottom,
    Top,
    Left,
    Right,
    /// Everyone faces one screen on a wall (a TV or projector).
    Wall,
}

impl Seat {
    pub const ALL: [Seat; 5] = [Seat::Bottom, Seat::Top, Seat::Left, Seat::Right, Seat::Wall];

    pub fn name(self) -> &'static str {
        match self {
            Seat::Bottom => "bottom",
            Seat::Top => "top",
            Seat::Left => "left",
            Seat::Right => "right",
            Seat::Wall => "wall",
        }
    }
}

/// A group's colour, as red, green and blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Colour(pub [u8; 3]);

impl Colour {
    /// Eight colours that tell apart well, also for colour-blind eyes
    /// (Okabe–Ito, with black replaced by a dark blue).
    pub const PALETTE: [Colour; 8] = [
        Colour([230, 159, 0]),
        Colour([86, 180, 233]),
        Colour([0, 158, 115]),
        Colour([240, 228, 66]),
        Colour([0, 114, 178]),
        Colour([213, 94, 0]),
        Colour([204, 121, 167]),
        Colour([60, 60, 140]),
    ];

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// When a solution could happen (the report's "Now, Soon, Later").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Horizon {
    Now,
    Soon,
    Later,
}

impl Horizon {
    pub const ALL: [Horizon; 3] = [Horizon::Now, Horizon::Soon, Horizon::Later];

    /// When, to be said in the reader's language.
    pub fn message(self) -> crate::words::Message {
        crate::words::Message::new(match self {
            Horizon::Now => "horizon-now",
            Horizon::Soon => "horizon-soon",
            Horizon::Later => "horizon-later",
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Horizon::Now => "Now",
            Horizon::Soon => "Soon",
            Horizon::Later => "Later",
        }
    }
}

/// A group around the table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    pub colour: Colour,
    pub seat: Seat,
    /// Role card ids.
    pub roles: Vec<String>,
    /// The challenge card this group works on this round.
    pub challenge: Option<String>,
    /// Whether the group has used its one redraw this round.
    pub redrawn: bool,
    /// Idea and method card ids in the hand (including ideas it wrote).
    pub hand: Vec<String>,
    pub solution: Solution,
    pub swaps_used: u32,
}

/// A group's solution in one round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Solution {
    pub group: usize,
    pub round: u32,
    pub challenge: Option<String>,
    pub title: String,
    pub pitch: String,
    pub ideas: Vec<String>,
    pub methods: Vec<String>,
    /// Role ids (of the group's own roles) that champion the solution.
    pub champions: Vec<String>,
    pub horizon: Option<Horizon>,
    pub level: Option<String>,
    pub ready: bool,
}

/// An idea card a group wrote itself. Its id starts with `written:`, which
/// no deck id can, so it never collides with the deck's cards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrittenCard {
    pub id: String,
    pub group: usize,
    pub round: u32,
    pub title: String,
    pub text: String,
}

/// Support one group pledges to another group's solution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pledge {
    pub round: u32,
    pub from: usize,
    pub to: usize,
    pub kind: String,
    pub note: String,
    /// The role whose token this is, when a role of the group holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A role of a group that commits to help deliver a solution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    pub round: u32,
    pub group: usize,
    pub role: String,
    /// The group whose solution it is.
    pub to: usize,
}

/// A dot a group places on another group's solution, against a criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dot {
    pub round: u32,
    pub by: usize,
    pub on: usize,
    pub criterion: String,
}

/// A card that went from one group to another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trade {
    pub round: u32,
    pub from: usize,
    pub to: usize,
    pub card: String,
}

/// A group's presentation: when it started and ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presentation {
    pub round: u32,
    pub group: usize,
    pub started: Millis,
    pub ended: Option<Millis>,
}

/// A group reporting back: what it will do, with whose support and who
/// delivers; with the facilitator's note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportBack {
    pub round: u32,
    pub group: usize,
    pub started: Millis,
    pub ended: Option<Millis>,
    #[serde(default)]
    pub note: String,
}

/// When a phase began.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseMark {
    pub phase: Phase,
    pub round: u32,
    pub at: Millis,
    pub planned_minutes: Option<u32>,
}

/// A facilitator's note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub at: Millis,
    pub phase: Phase,
    pub round: u32,
    pub text: String,
}

/// The phase countdown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    pub planned: Millis,
    pub extra: Millis,
    /// Time counted before the current run.
    pub counted: Millis,
    /// When the current run started, if the timer is running.
    pub running_since: Option<Millis>,
}

impl Timer {
    pub fn new(minutes: Option<u32>) -> Self {
        Timer {
            planned: u64::from(minutes.unwrap_or(0)) * 60_000,
            ..Timer::default()
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn elapsed(&self, now: Millis) -> Millis {
        self.counted + self.running_since.map_or(0, |s| now.saturating_sub(s))
    }

    pub fn total(&self) -> Millis {
        self.planned + self.extra
    }

    /// Time left, 0 when it is up.
    pub fn remaining(&self, now: Millis) -> Millis {
        self.total().saturating_sub(self.elapsed(now))
    }

    /// True once the countdown has reached zero.
    pub fn is_up(&self, now: Millis) -> bool {
        self.total() > 0 && self.remaining(now) == 0
    }
}

/// Where the deck's cards are when no group holds them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piles {
    pub roles: Vec<String>,
    pub challenges: Vec<String>,
    pub ideas: Vec<String>,
    pub methods: Vec<String>,
}

impl Piles {
    pub fn of(&self, kind: Kind) -> &Vec<String> {
        match kind {
            Kind::Role => &self.roles,
            Kind::Challenge => &self.challenges,
            Kind::Idea => &self.ideas,
            Kind::Method | Kind::Criterion => &self.methods,
        }
    }

    pub fn of_mut(&mut self, kind: Kind) -> &mut Vec<String> {
        match kind {
            Kind::Role => &mut self.roles,
            Kind::Challenge => &mut self.challenges,
            Kind::Idea => &mut self.ideas,
            Kind::Method | Kind::Criterion => &mut self.methods,
        }
    }
}

/// Everything on the table at one moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub phase: Phase,
    /// 0 during setup, then 1 to `rounds`.
    pub round: u32,
    pub rounds: u32,
    pub groups: Vec<Group>,
    /// Face-down piles to draw from (the top is the end of each list).
    pub piles: Piles,
    pub discards: Piles,
    /// With `shared_challenge`, the challenge revealed to every group.
    pub shared_challenge: Option<String>,
    pub written: Vec<WrittenCard>,
    /// The solutions of rounds that have ended.
    pub archive: Vec<Solution>,
    pub pledges: Vec<Pledge>,
    pub commitments: Vec<Commitment>,
    pub dots: Vec<Dot>,
    pub trades: Vec<Trade>,
    pub vote_closed: bool,
    pub presenting: Option<usize>,
    pub presentations: Vec<Presentation>,
    /// The group reporting back now.
    #[serde(default)]
    pub reporting: Option<usize>,
    #[serde(default)]
    pub report_backs: Vec<ReportBack>,
    pub timer: Timer,
    pub phase_log: Vec<PhaseMark>,
    pub notes: Vec<Note>,
    pub spotlight: Option<usize>,
    pub ended_early: bool,
    /// How many shuffles and deals have been made: the next one's stream.
    pub draws: u64,
    /// The latest time seen: time never runs backwards in a session.
    pub now: Millis,
    /// The rules the session is played under (see [`RULES_VERSION`]).
    #[serde(default = "first_rules")]
    pub rules_version: u32,
    /// One set of cards for the room, or a set per group (then every card
    /// on the table is a copy, `id@set`, from setup on).
    #[serde(default)]
    pub cards: Cards,
    /// The room's language as the facilitator chose it at setup (a BCP 47
    /// tag); none: the deck's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Players' texts waiting for the facilitator's approval.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<Held>,
    /// The number the next held text gets.
    #[serde(default)]
    pub next_held: u32,
    /// How many held texts the facilitator hid.
    #[serde(default)]
    pub hidden_texts: u32,
}

/// A player's text held for the facilitator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    pub number: u32,
    /// The device that wrote it.
    pub by: u32,
    pub at: Millis,
    pub action: super::Action,
}

/// The rules this version plays by. 1: pledges cost nothing (each group
/// could pledge each kind of support to every other group). 2: a group
/// pledges what its roles hold, each token once a round (or the deck's
/// `support_per_group` of each kind when no role holds any).
pub const RULES_VERSION: u32 = 2;

fn first_rules() -> u32 {
    1
}

impl State {
    /// A fresh session in setup, with the deck's cards in ordered piles.
    pub fn new(deck: &Deck, at: Millis) -> Self {
        let ids = |cards: &[crate::deck::Card]| cards.iter().map(|c| c.id.clone()).collect();
        State {
            phase: Phase::Setup,
            round: 0,
            rounds: deck.rules.rounds,
            groups: Vec::new(),
            piles: Piles {
                roles: deck.roles.iter().map(|r| r.id.clone()).collect(),
                challenges: ids(&deck.challenges),
                ideas: ids(&deck.ideas),
                methods: ids(&deck.methods),
            },
            discards: Piles::default(),
            shared_challenge: None,
            written: Vec::new(),
            archive: Vec::new(),
            pledges: Vec::new(),
            commitments: Vec::new(),
            dots: Vec::new(),
            trades: Vec::new(),
            vote_closed: false,
            presenting: None,
            presentations: Vec::new(),
            reporting: None,
            report_backs: Vec::new(),
            timer: Timer::default(),
            phase_log: vec![PhaseMark {
                phase: Phase::Setup,
                round: 0,
                at,
                planned_minutes: None,
            }],
            notes: Vec::new(),
            spotlight: None,
            ended_early: false,
            draws: 0,
            now: at,
            rules_version: RULES_VERSION,
            cards: deck.rules.cards,
            language: None,
            held: Vec::new(),
            next_held: 0,
            hidden_texts: 0,
        }
    }

    /// The groups that have not marked their solution ready.
    pub fn unready_groups(&self) -> Vec<usize> {
        (0..self.groups.len())
            .filter(|&g| !self.groups[g].solution.ready)
            .collect()
    }

    /// The written card with this id.
    pub fn written_card(&self, id: &str) -> Option<&WrittenCard> {
        self.written.iter().find(|w| w.id == id)
    }

    /// Every solution of a round: archived ones, or the live ones for the
    /// current round.
    pub fn solutions(&self, round: u32) -> Vec<&Solution> {
        let archived: Vec<&Solution> = self.archive.iter().filter(|s| s.round == round).collect();
        if !archived.is_empty() || round != self.round {
            return archived;
        }
        self.groups.iter().map(|g| &g.solution).collect()
    }

    /// Dots on each group's solution in a round, by criterion id.
    pub fn dots_on(&self, round: u32, group: usize) -> Vec<&Dot> {
        self.dots
            .iter()
            .filter(|d| d.round == round && d.on == group)
            .collect()
    }

    /// The ranking of a round's solutions by dots, most first. Equal totals
    /// share a rank ("1, 1, 3"), and are listed in group order.
    pub fn ranking(&self, round: u32) -> Vec<Rank> {
        let mut totals: Vec<(usize, usize)> = (0..self.groups.len())
            .map(|g| (g, self.dots_on(round, g).len()))
            .collect();
        totals.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut out: Vec<Rank> = Vec::with_capacity(totals.len());
        for (i, (group, dots)) in totals.iter().enumerate() {
            let place = match out.last() {
                Some(prev) if prev.dots == *dots => prev.place,
                _ => i + 1,
            };
            let tied = totals.iter().filter(|t| t.1 == *dots).count() > 1;
            out.push(Rank {
                place,
                group: *group,
                dots: *dots,
                tied,
            });
        }
        out
    }
}

/// A solution's place in a round's ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rank {
    /// 1 for first; tied solutions share a place.
    pub place: usize,
    pub group: usize,
    pub dots: usize,
    pub tied: bool,
}

impl State {
    /// Card conservation: every card of the deck is in exactly one place
    /// (a pile, a discard pile, a hand, a solution, a group's roles or
    /// challenge, or the revealed challenge), and every idea a group wrote
    /// this round is in exactly one hand or solution. `Err` names the first
    /// card that is lost or doubled.
    pub fn check_cards(&self, deck: &Deck) -> Result<(), String> {
        use std::collections::BTreeMap;
        let mut count: BTreeMap<&str, usize> = BTreeMap::new();
        let mut seen: Vec<&str> = Vec::new();
        for piles in [&self.piles, &self.discards] {
            for list in [
                &piles.roles,
                &piles.challenges,
                &piles.ideas,
                &piles.methods,
            ] {
                seen.extend(list.iter().map(String::as_str));
            }
        }
        for g in &self.groups {
            seen.extend(g.roles.iter().map(String::as_str));
            seen.extend(g.challenge.as_deref());
            seen.extend(g.hand.iter().map(String::as_str));
            seen.extend(g.solution.ideas.iter().map(String::as_str));
            seen.extend(g.solution.methods.iter().map(String::as_str));
        }
        seen.extend(self.shared_challenge.as_deref());
        for id in seen {
            *count.entry(id).or_default() += 1;
        }
        let originals = deck
            .roles
            .iter()
            .map(|r| r.id.as_str())
            .chain(deck.challenges.iter().map(|c| c.id.as_str()))
            .chain(deck.ideas.iter().map(|c| c.id.as_str()))
            .chain(deck.methods.iter().map(|c| c.id.as_str()));
        // With a set per group, from the start every card is a copy: one
        // of each card per group.
        let sets = if self.cards == Cards::PerGroup && self.phase != Phase::Setup {
            self.groups.len()
        } else {
            0
        };
        let deck_ids: Vec<String> = if sets == 0 {
            originals.map(String::from).collect()
        } else {
            originals
                .flat_map(|id| (1..=sets).map(move |set| copy_id(id, set)))
                .collect()
        };
        for id in &deck_ids {
            let id = id.as_str();
            match count.remove(id) {
                Some(1) => {}
                Some(n) => return Err(format!("card {id:?} is in {n} places")),
                None => return Err(format!("card {id:?} is nowhere")),
            }
        }
        let live = matches!(
            self.phase,
            Phase::Build | Phase::Present | Phase::Negotiate | Phase::ReportBack | Phase::Vote
        );
        for w in &self.written {
            let n = count.remove(w.id.as_str()).unwrap_or(0);
            let expected = usize::from(live && w.round == self.round);
            if n != expected {
                return Err(format!("written card {:?} is in {n} places", w.id));
            }
        }
        match count.into_iter().next() {
            Some((id, _)) => Err(format!("{id:?} is on the table but not in the deck")),
            None => Ok(()),
        }
    }
}
