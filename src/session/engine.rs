//! A session: the deck, the seed, the log of actions and the state they
//! lead to, with undo and redo to any depth.

use crate::deck::Deck;

use super::action::{Action, Entry};
use super::rules::{RuleError, apply};
use super::state::{Millis, State};

/// How many actions lie between two kept states: undo replays at most this
/// many actions, and memory holds one state per this many.
const CHECKPOINT_EVERY: usize = 32;

/// A session being played: the state is always the deck and seed with every
/// action of the log applied in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    deck: Deck,
    seed: u64,
    created_at: Millis,
    log: Vec<Entry>,
    /// Undone actions, the most recently undone last.
    redo: Vec<Entry>,
    state: State,
    /// `(n, state)`: the state after the first `n` actions of the log, for
    /// every `n` that is a multiple of `CHECKPOINT_EVERY`, starting at 0.
    checkpoints: Vec<(usize, State, Deck)>,
    /// The deck the session started with (the current one may be revised).
    origin: Deck,
    /// The time zone the session was created in (see `clock`).
    zone: String,
    /// The rules it is played under (`state::RULES_VERSION` for new ones).
    rules_version: u32,
}

/// An action of a log that the rules refuse on replay.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("action {number} of the log ({action}) breaks the rules: {error}")]
pub struct ReplayError {
    /// Counted from 1.
    pub number: usize,
    pub action: String,
    pub error: RuleError,
}

impl Session {
    /// A new session in setup.
    pub fn new(deck: Deck, seed: u64, created_at: Millis) -> Self {
        Self::new_under(deck, seed, created_at, super::state::RULES_VERSION)
    }

    /// A new session in setup, played under the rules of `rules_version`.
    fn new_under(deck: Deck, seed: u64, created_at: Millis, rules_version: u32) -> Self {
        let mut state = State::new(&deck, created_at);
        state.rules_version = rules_version;
        Session {
            deck: deck.clone(),
            seed,
            created_at,
            log: Vec::new(),
            redo: Vec::new(),
            checkpoints: vec![(0, state.clone(), deck.clone())],
            origin: deck.clone(),
            state,
            zone: super::clock::UTC.into(),
            rules_version,
        }
    }

    /// The state before the first action.
    fn first_state(&self) -> State {
        let mut state = State::new(&self.origin, self.created_at);
        state.rules_version = self.rules_version;
        state
    }

    /// The rules the session is played under (see `state::RULES_VERSION`).
    pub fn rules_version(&self) -> u32 {
        self.rules_version
    }

    /// The same session, its times shown in `zone` (a name `clock` knows;
    /// see `clock::zone_problem`).
    pub fn in_zone(mut self, zone: impl Into<String>) -> Self {
        self.zone = zone.into();
        self
    }

    /// The time zone the session was created in: its times are shown there.
    pub fn zone(&self) -> &str {
        &self.zone
    }

    /// Rebuilds a session from its deck, seed and logs; fails on the first
    /// action the rules refuse.
    pub fn replay(
        deck: Deck,
        seed: u64,
        created_at: Millis,
        log: Vec<Entry>,
        redo: Vec<Entry>,
    ) -> Result<Self, ReplayError> {
        Self::replay_under(
            deck,
            seed,
            created_at,
            (log, redo),
            super::state::RULES_VERSION,
        )
    }

    /// [`Session::replay`] under the rules of `rules_version` (a session
    /// file records the rules it was played under).
    pub fn replay_under(
        deck: Deck,
        seed: u64,
        created_at: Millis,
        (log, redo): (Vec<Entry>, Vec<Entry>),
        rules_version: u32,
    ) -> Result<Self, ReplayError> {
        let mut session = Session::new_under(deck, seed, created_at, rules_version);
        for (i, entry) in log.into_iter().enumerate() {
            if let Err(error) = session.apply_in_place(&entry) {
                return Err(ReplayError {
                    number: i + 1,
                    action: format!("{:?}", entry.action),
                    error,
                });
            }
            session.record(entry);
        }
        session.redo = redo;
        Ok(session)
    }

    /// Shows `each` every state the session has been through, one after
    /// another, from its first action to its last: the log replayed in place
    /// from the deck it started with, keeping no state but the current one.
    pub fn walk_states(&self, mut each: impl FnMut(&State)) {
        let mut deck = self.origin.clone();
        let mut state = self.first_state();
        for entry in &self.log {
            let applied = if matches!(entry.action, Action::ReviseDeck { .. }) {
                Self::step(&deck, self.seed, &state, entry).map(|(d, s)| {
                    if let Some(d) = d {
                        deck = d;
                    }
                    state = s;
                })
            } else {
                super::rules::apply_in_place(&deck, self.seed, &mut state, entry)
            };
            // The log replayed once already, when the session was made or
            // opened; should it not, the walk ends where it stops.
            if applied.is_err() {
                return;
            }
            each(&state);
        }
    }

    /// Applies an entry to the session's own state, without the copy that
    /// makes `push` all-or-nothing: a replay that fails is thrown away whole.
    fn apply_in_place(&mut self, entry: &Entry) -> Result<(), RuleError> {
        if matches!(entry.action, Action::ReviseDeck { .. }) {
            let (deck, state) = Self::step(&self.deck, self.seed, &self.state, entry)?;
            if let Some(d) = deck {
                self.deck = d;
            }
            self.state = state;
            return Ok(());
        }
        super::rules::apply_in_place(&self.deck, self.seed, &mut self.state, entry)
    }

    /// One action on a deck and a state: the rules, or a deck revision.
    fn step(
        deck: &Deck,
        seed: u64,
        state: &State,
        entry: &Entry,
    ) -> Result<(Option<Deck>, State), RuleError> {
        match &entry.action {
            Action::ReviseDeck { deck: new } => {
                if let Some(why) = super::super::deck::check_revision(new) {
                    return Err(RuleError(crate::msg!(
                        "rule-revised-deck-errors",
                        reason = why.to_string()
                    )));
                }
                let (deck, mut state) = super::revise::revise(deck, new, state);
                state.now = entry.at.max(state.now);
                Ok((Some(deck), state))
            }
            _ => Ok((None, apply(deck, seed, state, entry)?)),
        }
    }

    fn push(&mut self, entry: Entry) -> Result<(), RuleError> {
        let (deck, state) = Self::step(&self.deck, self.seed, &self.state, &entry)?;
        if let Some(d) = deck {
            self.deck = d;
        }
        self.state = state;
        self.record(entry);
        Ok(())
    }

    /// Logs an entry already applied, with a checkpoint every so often.
    fn record(&mut self, entry: Entry) {
        self.log.push(entry);
        if self.log.len().is_multiple_of(CHECKPOINT_EVERY) {
            self.checkpoints
                .push((self.log.len(), self.state.clone(), self.deck.clone()));
        }
    }

    /// Applies an action made at `at`. On a rule error nothing changes.
    /// A new action clears what could be redone.
    pub fn act(&mut self, action: Action, at: Millis) -> Result<&State, RuleError> {
        self.push(Entry { at, action })?;
        self.redo.clear();
        Ok(&self.state)
    }

    /// Undoes the last action; `false` when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(entry) = self.log.pop() else {
            return false;
        };
        self.redo.push(entry);
        let n = self.log.len();
        self.checkpoints.retain(|(at, _, _)| *at <= n);
        let (from, mut state, mut deck) = match self.checkpoints.last() {
            Some((at, s, d)) => (*at, s.clone(), d.clone()),
            None => (0, self.first_state(), self.origin.clone()),
        };
        for entry in &self.log[from..] {
            // Every entry of the log applied before; it applies again.
            if let Ok((d, next)) = Self::step(&deck, self.seed, &state, entry) {
                if let Some(d) = d {
                    deck = d;
                }
                state = next;
            }
        }
        self.state = state;
        self.deck = deck;
        true
    }

    /// Redoes the last undone action; `false` when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(entry) = self.redo.pop() else {
            return false;
        };
        match self.push(entry.clone()) {
            Ok(()) => true,
            Err(_) => {
                // Cannot happen with an unchanged log; keep the entry rather than lose it.
                self.redo.push(entry);
                false
            }
        }
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    /// The deck as it is now (revised if the deck file changed during the session).
    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    /// The deck the session started with; with the log it replays the session.
    pub fn original_deck(&self) -> &Deck {
        &self.origin
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The room's language (a BCP 47 tag): the facilitator's choice at
    /// setup, else the deck's; none for a deck that names none (English).
    pub fn language(&self) -> Option<&str> {
        self.state()
            .language
            .as_deref()
            .or(self.deck().language.as_deref())
    }

    pub fn created_at(&self) -> Millis {
        self.created_at
    }

    pub fn log(&self) -> &[Entry] {
        &self.log
    }

    pub fn redo_log(&self) -> &[Entry] {
        &self.redo
    }

    pub fn can_undo(&self) -> bool {
        !self.log.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What the last action was, for an "Undo …" button.
    pub fn last_action(&self) -> Option<&Action> {
        self.log.last().map(|e| &e.action)
    }
}
