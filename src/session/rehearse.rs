//! A rehearsal: a complete session played with random but valid choices, so
//! an organiser can see what a deck produces before the workshop, and tests
//! and benchmarks have real sessions to work on.

use crate::deck::{Cards, Deck, Kind};

use super::action::Action;
use super::draw::Draw;
use super::engine::Session;
use super::rules::MAX_GROUPS;
use super::state::{Colour, Horizon, Millis, Phase, Seat};

const NAMES: [&str; MAX_GROUPS] = [
    "Kites", "Bridges", "Lanterns", "Oaks", "Ravens", "Compass", "Harbour", "Beacons",
];

const OWN_IDEAS: [(&str, &str); 6] = [
    (
        "Listening posts",
        "Volunteers hold a monthly listening session in a library or market and pass on what they hear.",
    ),
    (
        "Network buddies",
        "Every new group is paired with an experienced one for its first year.",
    ),
    (
        "A skills map",
        "Members mark on a shared map what they can teach and what they want to learn.",
    ),
    (
        "Kitchen-table meetings",
        "Small meetings in people's homes for those who never come to a hall.",
    ),
    (
        "Open budget day",
        "Once a year the Hub shows where its money went and asks where it should go.",
    ),
    (
        "Welcome packs",
        "A short guide and a named contact for anyone starting a group.",
    ),
];

const NOTES: [&str; 4] = [
    "We can help you reach the groups you need.",
    "Our members would share their rooms.",
    "This fits what we already fund.",
    "Happy to lend our network map.",
];

/// The stream of rehearsal choices; the session's own shuffles use the
/// streams counted up from 0.
const CHOICE_STREAM: u64 = u64::MAX;

struct Player<'a> {
    deck: &'a Deck,
    session: Session,
    draw: Draw,
    now: Millis,
}

/// Plays a whole session of `groups` groups. The same deck, seed and start
/// give the same session, action for action.
pub fn rehearse(deck: &Deck, groups: usize, seed: u64, start: Millis) -> Result<Session, String> {
    rehearse_with(deck, groups, seed, start, deck.rules.cards)
}

/// Plays a whole session as [`rehearse`] does, with the card sets chosen at
/// setup (one for the room, or one per group).
pub fn rehearse_with(
    deck: &Deck,
    groups: usize,
    seed: u64,
    start: Millis,
    cards: Cards,
) -> Result<Session, String> {
    if groups == 0 || groups > MAX_GROUPS {
        return Err(format!(
            "a session has 1 to {MAX_GROUPS} groups, not {groups}"
        ));
    }
    let (max, kind) = deck.max_groups_with(cards);
    if max == 0 {
        return Err(format!(
            "the deck {:?} cannot seat even one group: it has too few {} cards",
            deck.id,
            kind.word()
        ));
    }
    if groups > max {
        return Err(format!(
            "the deck {:?} seats at most {max} group{} with one set of cards (it runs out of {} cards); ask for fewer groups, or give each group its own set with --cards per-group",
            deck.id,
            if max == 1 { "" } else { "s" },
            kind.word()
        ));
    }
    let mut p = Player {
        deck,
        session: Session::new(deck.clone(), seed, start),
        draw: Draw::new(seed, CHOICE_STREAM),
        now: start,
    };
    p.play(groups, cards)?;
    Ok(p.session)
}

impl Player<'_> {
    /// An action that must succeed.
    fn must(&mut self, action: Action, seconds: u64) -> Result<(), String> {
        self.now += seconds * 1000;
        self.session
            .act(action.clone(), self.now)
            .map(|_| ())
            .map_err(|e| format!("the rehearsal could not {action:?}: {e}"))
    }

    /// An action that may be refused (a card over budget, a swap with an
    /// empty pile): refused ones are simply not logged.
    fn try_act(&mut self, action: Action, seconds: u64) -> bool {
        self.now += seconds * 1000;
        self.session.act(action, self.now).is_ok()
    }

    fn secs(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.draw.below(hi - lo + 1)
    }

    fn phase(&self) -> Phase {
        self.session.state().phase
    }

    fn play(&mut self, groups: usize, cards: Cards) -> Result<(), String> {
        let seats = [Seat::Bottom, Seat::Top, Seat::Left, Seat::Right];
        for (g, name) in NAMES.iter().enumerate().take(groups) {
            let s = self.secs(5, 20);
            self.must(
                Action::AddGroup {
                    name: (*name).to_string(),
                    colour: Colour::PALETTE[g],
                    seat: seats[g % seats.len()],
                },
                s,
            )?;
        }
        if cards != self.session.state().cards {
            self.must(Action::SetCards { cards }, 5)?;
        }
        self.must(Action::Advance, 30)?;
        if self.phase() == Phase::Briefing {
            // The room hears the plans, for about the planned time.
            self.timer()?;
            let planned = u64::from(self.deck.rules.minutes.briefing) * 60;
            let s = self.secs(planned * 3 / 4, planned + 60);
            self.must(Action::Advance, s)?;
        }
        self.roles(groups)?;
        while self.phase() != Phase::Debrief {
            self.round(groups)?;
        }
        Ok(())
    }

    fn timer(&mut self) -> Result<(), String> {
        self.must(Action::StartTimer, 10)
    }

    fn roles(&mut self, groups: usize) -> Result<(), String> {
        self.timer()?;
        let s = self.secs(30, 90);
        self.must(Action::DealRoles, s)?;
        if self.draw.chance(50) && !self.session.state().piles.roles.is_empty() {
            let g = self.draw.index(groups);
            let role = self.session.state().groups[g].roles[0].clone();
            let s = self.secs(20, 60);
            // With a set per group, this group's own pile may be empty.
            self.try_act(Action::SwapRole { group: g, role }, s);
        }
        let s = self.secs(60, 240);
        self.must(Action::Advance, s)
    }

    fn round(&mut self, groups: usize) -> Result<(), String> {
        // Challenge
        self.timer()?;
        if self.deck.rules.shared_challenge {
            let s = self.secs(20, 60);
            self.must(Action::RevealChallenge, s)?;
        } else {
            for g in 0..groups {
                let s = self.secs(10, 40);
                self.must(Action::DrawChallenge { group: g }, s)?;
            }
            if self.draw.chance(40) {
                let g = self.draw.index(groups);
                let s = self.secs(20, 60);
                self.try_act(Action::RedrawChallenge { group: g }, s);
            }
        }
        let s = self.secs(30, 120);
        self.must(Action::Advance, s)?;
        // Build
        self.timer()?;
        if self.session.state().round == 1 {
            self.must(
                Action::AddNote {
                    text: "Rehearsal: every choice in this session was made at random.".into(),
                },
                5,
            )?;
        }
        for g in 0..groups {
            self.build(g, groups)?;
        }
        if self.draw.chance(30) {
            self.must(Action::PauseTimer, 60)?;
            self.must(Action::ExtendTimer { minutes: 5 }, 20)?;
            self.must(Action::StartTimer, 10)?;
        }
        self.must(Action::Advance, 30)?;
        // Present
        self.timer()?;
        for g in 0..groups {
            self.must(Action::StartPresentation { group: g }, 15)?;
            let s = self.secs(120, 240);
            self.must(Action::EndPresentation, s)?;
        }
        self.must(Action::Advance, 30)?;
        // Negotiate
        self.timer()?;
        self.negotiate(groups)?;
        self.must(Action::Advance, 30)?;
        if self.phase() == Phase::ReportBack {
            self.report_back(groups)?;
            self.must(Action::Advance, 20)?;
        }
        // Vote
        self.timer()?;
        self.vote(groups)?;
        self.must(Action::CloseVote, 20)?;
        let s = self.secs(60, 180);
        self.must(Action::Advance, s)
    }

    fn hand_of(&self, g: usize, kind: Kind) -> Vec<String> {
        let state = self.session.state();
        state.groups[g]
            .hand
            .iter()
            .filter(|c| match self.deck.card(c) {
                Some((k, _)) => k == kind,
                None => kind == Kind::Idea && state.written_card(c).is_some(),
            })
            .cloned()
            .collect()
    }

    fn build(&mut self, g: usize, groups: usize) -> Result<(), String> {
        let rules = self.deck.rules.clone();
        if self.draw.chance(40) {
            let hand = self.session.state().groups[g].hand.clone();
            if let Some(card) = self.draw.pick(&hand).cloned() {
                let s = self.secs(20, 60);
                self.try_act(Action::SwapCard { group: g, card }, s);
            }
        }
        if groups > 1 && self.draw.chance(25) {
            let methods = self.hand_of(g, Kind::Method);
            if let Some(card) = self.draw.pick(&methods).cloned() {
                let to = (g + 1) % groups;
                let s = self.secs(20, 60);
                self.try_act(Action::Trade { from: g, to, card }, s);
            }
        }
        if self.draw.chance(30) {
            let (title, text) = OWN_IDEAS[self.draw.index(OWN_IDEAS.len())];
            let s = self.secs(60, 180);
            self.must(
                Action::WriteIdea {
                    group: g,
                    title: title.into(),
                    text: text.into(),
                },
                s,
            )?;
        }
        for (kind, (lo, hi)) in [
            (Kind::Idea, rules.solution.ideas),
            (Kind::Method, rules.solution.methods),
        ] {
            let want = lo + self.draw.below(u64::from(hi - lo) + 1) as u32;
            let mut hand = self.hand_of(g, kind);
            self.draw.shuffle(&mut hand);
            // Cheapest last, so that what does not fit the budget is tried
            // before the cards that surely do.
            let mut placed = 0;
            for card in hand {
                if placed >= want {
                    break;
                }
                let s = self.secs(10, 40);
                if self.try_act(Action::AddToSolution { group: g, card }, s) {
                    placed += 1;
                }
            }
        }
        let roles = self.session.state().groups[g].roles.clone();
        for (i, role) in roles.iter().enumerate() {
            if i == 0 || self.draw.chance(50) {
                let s = self.secs(5, 20);
                self.must(
                    Action::SetChampion {
                        group: g,
                        role: role.clone(),
                        champion: true,
                    },
                    s,
                )?;
            }
        }
        let (title, pitch) = self.words_for(g);
        let s = self.secs(30, 90);
        self.must(Action::SetTitle { group: g, title }, s)?;
        let s = self.secs(120, 300);
        self.must(Action::SetPitch { group: g, pitch }, s)?;
        let horizon = Horizon::ALL[self.draw.index(3)];
        self.must(Action::SetHorizon { group: g, horizon }, 10)?;
        let level = self.deck.levels[self.draw.index(self.deck.levels.len())].clone();
        self.must(Action::SetLevel { group: g, level }, 10)?;
        self.try_act(Action::MarkReady { group: g }, 15);
        Ok(())
    }

    /// A title and a pitch made from the solution's cards.
    fn words_for(&self, g: usize) -> (String, String) {
        let state = self.session.state();
        let s = &state.groups[g].solution;
        let title_of = |id: &str| {
            self.deck
                .card(id)
                .map(|(_, c)| c.title.clone())
                .or_else(|| state.written_card(id).map(|w| w.title.clone()))
                .unwrap_or_default()
        };
        let text_of = |id: &str| {
            self.deck
                .card(id)
                .map(|(_, c)| c.text.clone())
                .or_else(|| state.written_card(id).map(|w| w.text.clone()))
                .unwrap_or_default()
        };
        let idea = s
            .ideas
            .first()
            .map(|c| title_of(c))
            .unwrap_or_else(|| "Our idea".into());
        let method = s
            .methods
            .first()
            .map(|c| title_of(c).to_lowercase())
            .unwrap_or_else(|| "our own way".into());
        let mut title = format!("{idea}, through {method}");
        if title.chars().count() > 80 {
            title = idea.chars().take(80).collect();
        }
        let challenge = s
            .challenge
            .as_deref()
            .map(title_of)
            .unwrap_or_else(|| "our challenge".into());
        let stop = if challenge.ends_with(['.', '?', '!']) {
            ""
        } else {
            "."
        };
        let mut pitch = format!("Our challenge: {challenge}{stop}");
        for c in s.ideas.iter().chain(&s.methods) {
            pitch.push(' ');
            pitch.push_str(&text_of(c));
        }
        let pitch: String = pitch.chars().take(1000).collect();
        (title, pitch)
    }

    fn negotiate(&mut self, groups: usize) -> Result<(), String> {
        if groups < 2 {
            return Ok(());
        }
        for g in 0..groups {
            let pledges = 1 + self.draw.below(2);
            for _ in 0..pledges {
                let to = (g + 1 + self.draw.index(groups - 1)) % groups;
                let kind = self.deck.support[self.draw.index(self.deck.support.len())].clone();
                let note = NOTES[self.draw.index(NOTES.len())].to_string();
                let s = self.secs(20, 60);
                self.try_act(
                    Action::Pledge {
                        from: g,
                        to,
                        kind,
                        note,
                    },
                    s,
                );
            }
            let roles = self.session.state().groups[g].roles.clone();
            if let Some(role) = self.draw.pick(&roles).cloned() {
                let to = self.draw.index(groups);
                let s = self.secs(10, 30);
                self.must(Action::Commit { group: g, role, to }, s)?;
            }
        }
        Ok(())
    }

    /// Each group in turn reports back; the facilitator notes some of them.
    fn report_back(&mut self, groups: usize) -> Result<(), String> {
        self.timer()?;
        let planned = u64::from(self.deck.rules.minutes.report_back) * 60;
        for g in 0..groups {
            let s = self.secs(5, 20);
            self.must(Action::StartReportBack { group: g }, s)?;
            if self.draw.chance(60) {
                let note = NOTES[self.draw.index(NOTES.len())].to_string();
                let s = self.secs(planned / 2, planned);
                self.must(Action::NoteReportBack { group: g, note }, s)?;
            }
        }
        let s = self.secs(planned / 2, planned);
        self.must(Action::EndReportBack, s)
    }

    fn vote(&mut self, groups: usize) -> Result<(), String> {
        if groups < 2 {
            return Ok(());
        }
        for g in 0..groups {
            for _ in 0..self.deck.rules.dots_per_group {
                let on = (g + 1 + self.draw.index(groups - 1)) % groups;
                let criterion = self.deck.criteria[self.draw.index(self.deck.criteria.len())]
                    .id
                    .clone();
                let s = self.secs(5, 20);
                self.must(
                    Action::PlaceDot {
                        group: g,
                        on,
                        criterion,
                    },
                    s,
                )?;
            }
        }
        Ok(())
    }
}
