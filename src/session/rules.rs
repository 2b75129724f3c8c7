//! The rules of a session: one function applies an action to a state and
//! returns the new state, or a rule error whose message can be shown to the
//! room. The state passed in is never changed.

use std::fmt;

use crate::deck::{Cards, Deck, Kind, copy_id, set_of};

use super::action::{Action, Entry};
use super::draw::Draw;
use super::state::*;
use crate::msg;
use crate::words::Message;

/// The most groups that can play on one screen.
pub const MAX_GROUPS: usize = 8;
pub const MAX_GROUP_NAME: usize = 40;
pub const MAX_SOLUTION_TITLE: usize = 80;
pub const MAX_PITCH: usize = 1000;
pub const MAX_NOTE: usize = 2000;
pub const MAX_WRITTEN_TITLE: usize = 48;
pub const MAX_WRITTEN_TEXT: usize = 240;
pub const MAX_PLEDGE_NOTE: usize = 280;
pub const MAX_REPORT_NOTE: usize = 600;
pub const MAX_EXTENSION_MINUTES: u32 = 60;

/// An action the rules refuse, with the reason: a message that the room's
/// screen says in the room's language and a phone in its own (`Display`
/// says it in English).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError(pub Message);

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for RuleError {}

type Result<T = ()> = std::result::Result<T, RuleError>;

fn refuse<T>(message: Message) -> Result<T> {
    Err(RuleError(message))
}

/// Applies one action. The time never runs backwards: an entry stamped
/// before the latest time seen counts as happening at that time.
pub fn apply(deck: &Deck, seed: u64, state: &State, entry: &Entry) -> Result<State> {
    let mut next = state.clone();
    apply_in_place(deck, seed, &mut next, entry)?;
    Ok(next)
}

/// Applies one action to `state` itself. On a rule error `state` may be
/// half changed: only for callers that then throw it away (a replay that
/// fails as a whole), since copying the state costs more than the action.
pub fn apply_in_place(deck: &Deck, seed: u64, state: &mut State, entry: &Entry) -> Result {
    state.now = entry.at.max(state.now);
    let mut table = Table {
        deck,
        seed,
        s: state,
    };
    table.act(&entry.action)
}

struct Table<'a> {
    deck: &'a Deck,
    seed: u64,
    s: &'a mut State,
}

/// Text as the players typed it, trimmed, without control characters (new
/// lines are kept where `multiline`).
pub fn clean(text: &str, multiline: bool) -> String {
    text.trim()
        .chars()
        .filter(|&c| !c.is_control() || (multiline && c == '\n'))
        .collect()
}

fn within(what: Message, text: &str, max: usize) -> Result {
    let n = text.chars().count();
    if n > max {
        return refuse(msg!("rule-too-long", what = what, count = n, max = max));
    }
    Ok(())
}

impl Table<'_> {
    fn now(&self) -> Millis {
        self.s.now
    }

    fn next_draw(&mut self) -> Draw {
        let d = Draw::new(self.seed, self.s.draws);
        self.s.draws += 1;
        d
    }

    fn group_name(&self, g: usize) -> String {
        self.s
            .groups
            .get(g)
            .map_or_else(|| format!("group {}", g + 1), |x| x.name.clone())
    }

    fn check_group(&self, g: usize) -> Result {
        if g >= self.s.groups.len() {
            return refuse(msg!(
                "rule-no-such-group",
                number = g + 1,
                count = self.s.groups.len()
            ));
        }
        Ok(())
    }

    fn in_phase(&self, phases: &[Phase], what: Message) -> Result {
        if phases.contains(&self.s.phase) {
            return Ok(());
        }
        let names = match phases {
            [one] => one.message(),
            [first, second, ..] => msg!(
                "rule-either-phase",
                first = first.message(),
                second = second.message()
            ),
            [] => self.s.phase.message(),
        };
        refuse(msg!(
            "rule-wrong-phase",
            what = what,
            phases = names,
            phase = self.s.phase.message()
        ))
    }

    /// The group's solution can be changed: Build phase, not marked ready.
    fn editable(&self, g: usize, what: Message) -> Result {
        self.check_group(g)?;
        self.in_phase(&[Phase::Build], what)?;
        if self.s.groups[g].solution.ready {
            return refuse(msg!("rule-marked-ready", group = self.group_name(g)));
        }
        Ok(())
    }

    fn card_title(&self, id: &str) -> String {
        if let Some((_, c)) = self.deck.card(id) {
            return format!("\u{201c}{}\u{201d}", c.title);
        }
        if let Some(r) = self.deck.role(id) {
            return format!("\u{201c}{}\u{201d}", r.name);
        }
        if let Some(w) = self.s.written_card(id) {
            return format!("\u{201c}{}\u{201d}", w.title);
        }
        format!("{id:?}")
    }

    /// The kind of a card that can be in a hand: idea or method.
    fn hand_kind(&self, id: &str) -> Option<Kind> {
        if self.s.written_card(id).is_some() {
            return Some(Kind::Idea);
        }
        match self.deck.card(id) {
            Some((k @ (Kind::Idea | Kind::Method), _)) => Some(k),
            _ => None,
        }
    }

    fn cost(&self, id: &str) -> u32 {
        self.deck.card(id).map_or(1, |(_, c)| c.cost)
    }

    /// The printed set group `g` draws from: none when the room shares one
    /// set of cards.
    fn set_of_group(&self, g: usize) -> Option<usize> {
        (self.s.cards == Cards::PerGroup).then_some(g + 1)
    }

    /// Draws the top card of group `g`'s pile (the room's pile when it
    /// shares one set), reshuffling its discards into it when it runs dry.
    /// A copy traded to another group goes back to its own set's discards.
    fn draw(&mut self, kind: Kind, g: usize) -> Option<String> {
        let set = self.set_of_group(g);
        let mine = |id: &String| set.is_none() || set_of(id) == set;
        if !self.s.piles.of(kind).iter().any(mine) && self.s.discards.of(kind).iter().any(mine) {
            let (mut cards, rest): (Vec<String>, Vec<String>) =
                std::mem::take(self.s.discards.of_mut(kind))
                    .into_iter()
                    .partition(mine);
            *self.s.discards.of_mut(kind) = rest;
            self.next_draw().shuffle(&mut cards);
            self.s.piles.of_mut(kind).extend(cards);
        }
        let pile = self.s.piles.of_mut(kind);
        let top = pile.iter().rposition(mine)?;
        Some(pile.remove(top))
    }

    /// The role or card a group means: with a set per group, a deck id names
    /// the group's own copy.
    fn own_copy(&self, g: usize, id: &str) -> String {
        match self.set_of_group(g) {
            Some(set) if set_of(id).is_none() && self.deck.role(id).is_some() => copy_id(id, set),
            _ => id.to_string(),
        }
    }

    fn act(&mut self, action: &Action) -> Result {
        use Action::*;
        match action {
            AddGroup { name, colour, seat } => self.add_group(name, *colour, *seat),
            EditGroup {
                group,
                name,
                colour,
                seat,
            } => self.edit_group(*group, name, *colour, *seat),
            RemoveGroup { group } => {
                self.in_phase(&[Phase::Setup], msg!("rule-doing-remove-group"))?;
                self.check_group(*group)?;
                self.s.groups.remove(*group);
                for (i, g) in self.s.groups.iter_mut().enumerate() {
                    g.solution.group = i;
                }
                Ok(())
            }
            SetCards { cards } => {
                self.in_phase(&[Phase::Setup], msg!("rule-doing-card-sets"))?;
                self.s.cards = *cards;
                Ok(())
            }
            SetLanguage { language } => {
                self.in_phase(&[Phase::Setup], msg!("rule-doing-language"))?;
                self.s.language = match language {
                    None => None,
                    Some(tag) => match crate::deck::language_tag(tag) {
                        Ok(tag) => Some(tag),
                        Err(e) => return refuse(msg!("rule-bad-language", reason = e)),
                    },
                };
                Ok(())
            }
            SetRounds { rounds } => {
                self.in_phase(&[Phase::Setup], msg!("rule-doing-rounds"))?;
                if !(1..=12).contains(rounds) {
                    return refuse(msg!("rule-rounds", count = *rounds));
                }
                self.s.rounds = *rounds;
                Ok(())
            }
            DealRoles => {
                self.in_phase(&[Phase::Roles], msg!("rule-doing-deal-roles"))?;
                self.deal_missing_roles()
            }
            ChooseRole { group, role } => self.choose_role(*group, role),
            ReturnRole { group, role } => self.return_role(*group, role),
            SwapRole { group, role } => self.swap_role(*group, role),
            DrawChallenge { group } => self.draw_challenge(*group),
            RevealChallenge => self.reveal_challenge(),
            RedrawChallenge { group } => self.redraw_challenge(*group),
            SwapCard { group, card } => self.swap_card(*group, card),
            Trade { from, to, card } => self.trade(*from, *to, card),
            AddToSolution { group, card } => self.add_to_solution(*group, card),
            RemoveFromSolution { group, card } => self.remove_from_solution(*group, card),
            WriteIdea { group, title, text } => self.write_idea(*group, title, text),
            SetTitle { group, title } => {
                self.editable(*group, msg!("rule-doing-name-solution"))?;
                let title = clean(title, false);
                within(msg!("rule-field-title"), &title, MAX_SOLUTION_TITLE)?;
                self.s.groups[*group].solution.title = title;
                Ok(())
            }
            SetPitch { group, pitch } => {
                self.editable(*group, msg!("rule-doing-pitch"))?;
                let pitch = clean(pitch, true);
                within(msg!("rule-field-pitch"), &pitch, MAX_PITCH)?;
                self.s.groups[*group].solution.pitch = pitch;
                Ok(())
            }
            SetHorizon { group, horizon } => {
                self.editable(*group, msg!("rule-doing-when"))?;
                self.s.groups[*group].solution.horizon = Some(*horizon);
                Ok(())
            }
            SetLevel { group, level } => {
                self.editable(*group, msg!("rule-doing-where"))?;
                if !self.deck.levels.contains(level) {
                    return refuse(msg!(
                        "rule-no-such-level",
                        level = format!("{level:?}"),
                        levels = self.deck.levels.join(", ")
                    ));
                }
                self.s.groups[*group].solution.level = Some(level.clone());
                Ok(())
            }
            SetChampion {
                group,
                role,
                champion,
            } => self.set_champion(*group, role, *champion),
            MarkReady { group } => self.mark_ready(*group),
            Reopen { group } => {
                self.check_group(*group)?;
                self.in_phase(&[Phase::Build], msg!("rule-doing-reopen"))?;
                if !self.s.groups[*group].solution.ready {
                    return refuse(msg!("rule-already-open", group = self.group_name(*group)));
                }
                self.s.groups[*group].solution.ready = false;
                Ok(())
            }
            StartPresentation { group } => {
                self.check_group(*group)?;
                self.in_phase(&[Phase::Present], msg!("rule-doing-present"))?;
                if self.s.presenting == Some(*group) {
                    return refuse(msg!(
                        "rule-already-presenting",
                        group = self.group_name(*group)
                    ));
                }
                self.end_presentation();
                let (round, now) = (self.s.round, self.now());
                self.s.presentations.push(Presentation {
                    round,
                    group: *group,
                    started: now,
                    ended: None,
                });
                self.s.presenting = Some(*group);
                Ok(())
            }
            EndPresentation => {
                self.in_phase(&[Phase::Present], msg!("rule-doing-end-presentation"))?;
                if self.s.presenting.is_none() {
                    return refuse(msg!("rule-nobody-presenting"));
                }
                self.end_presentation();
                Ok(())
            }
            StartReportBack { group } => {
                self.check_group(*group)?;
                self.in_phase(&[Phase::ReportBack], msg!("rule-doing-report-back"))?;
                if self.s.reporting == Some(*group) {
                    return refuse(msg!(
                        "rule-already-reporting",
                        group = self.group_name(*group)
                    ));
                }
                self.end_report_back();
                let (round, now) = (self.s.round, self.now());
                self.s.report_backs.push(ReportBack {
                    round,
                    group: *group,
                    started: now,
                    ended: None,
                    note: String::new(),
                });
                self.s.reporting = Some(*group);
                Ok(())
            }
            EndReportBack => {
                self.in_phase(&[Phase::ReportBack], msg!("rule-doing-end-report-back"))?;
                if self.s.reporting.is_none() {
                    return refuse(msg!("rule-nobody-reporting"));
                }
                self.end_report_back();
                Ok(())
            }
            NoteReportBack { group, note } => {
                self.check_group(*group)?;
                self.in_phase(&[Phase::ReportBack], msg!("rule-doing-report-note"))?;
                let note = clean(note, true);
                within(msg!("rule-field-note"), &note, MAX_REPORT_NOTE)?;
                let round = self.s.round;
                let name = self.group_name(*group);
                match self
                    .s
                    .report_backs
                    .iter_mut()
                    .rev()
                    .find(|r| r.round == round && r.group == *group)
                {
                    Some(r) => {
                        r.note = note;
                        Ok(())
                    }
                    None => refuse(msg!("rule-not-reported-yet", group = name)),
                }
            }
            Pledge {
                from,
                to,
                kind,
                note,
            } => self.pledge(*from, *to, kind, note),
            WithdrawPledge { from, to, kind } => {
                self.in_phase(&[Phase::Negotiate], msg!("rule-doing-withdraw-support"))?;
                let round = self.s.round;
                let before = self.s.pledges.len();
                self.s.pledges.retain(|p| {
                    !(p.round == round && p.from == *from && p.to == *to && &p.kind == kind)
                });
                if self.s.pledges.len() == before {
                    return refuse(msg!("rule-no-such-pledge"));
                }
                Ok(())
            }
            Commit { group, role, to } => self.commit(*group, role, *to),
            WithdrawCommitment { group, role, to } => {
                self.in_phase(&[Phase::Negotiate], msg!("rule-doing-withdraw-commitment"))?;
                let round = self.s.round;
                let before = self.s.commitments.len();
                self.s.commitments.retain(|c| {
                    !(c.round == round && c.group == *group && &c.role == role && c.to == *to)
                });
                if self.s.commitments.len() == before {
                    return refuse(msg!("rule-no-such-commitment"));
                }
                Ok(())
            }
            PlaceDot {
                group,
                on,
                criterion,
            } => self.place_dot(*group, *on, criterion),
            MoveDot {
                group,
                from_on,
                from_criterion,
                to_on,
                to_criterion,
            } => {
                self.take_dot(*group, *from_on, from_criterion)?;
                self.place_dot(*group, *to_on, to_criterion)
            }
            RemoveDot {
                group,
                on,
                criterion,
            } => self.take_dot(*group, *on, criterion),
            CloseVote => {
                self.in_phase(&[Phase::Vote], msg!("rule-doing-close-vote"))?;
                if self.s.vote_closed {
                    return refuse(msg!("rule-vote-already-closed"));
                }
                self.s.vote_closed = true;
                Ok(())
            }
            Advance => self.advance(),
            StartTimer => {
                self.timed(msg!("rule-doing-start-timer"))?;
                if self.s.timer.is_running() {
                    return refuse(msg!("rule-timer-running"));
                }
                self.s.timer.running_since = Some(self.now());
                Ok(())
            }
            PauseTimer => {
                self.timed(msg!("rule-doing-pause-timer"))?;
                let Some(since) = self.s.timer.running_since.take() else {
                    return refuse(msg!("rule-timer-not-running"));
                };
                self.s.timer.counted += self.now().saturating_sub(since);
                Ok(())
            }
            ExtendTimer { minutes } => {
                self.timed(msg!("rule-doing-extend-timer"))?;
                if !(1..=MAX_EXTENSION_MINUTES).contains(minutes) {
                    return refuse(msg!(
                        "rule-extend",
                        max = MAX_EXTENSION_MINUTES,
                        minutes = *minutes
                    ));
                }
                self.s.timer.extra += u64::from(*minutes) * 60_000;
                Ok(())
            }
            SkipTimer => {
                self.timed(msg!("rule-doing-skip-timer"))?;
                let now = self.now();
                let t = &mut self.s.timer;
                t.counted = t.total().max(t.elapsed(now));
                t.running_since = None;
                Ok(())
            }
            Hold { action, by } => {
                if !action.writes_text() {
                    return refuse(msg!("rule-hold-not-text"));
                }
                // It must be a move the rules allow now; it is made only
                // once approved.
                let mut probe = self.s.clone();
                Table {
                    deck: self.deck,
                    seed: self.seed,
                    s: &mut probe,
                }
                .act(action)?;
                self.s.next_held += 1;
                let number = self.s.next_held;
                let at = self.now();
                self.s.held.push(super::state::Held {
                    number,
                    by: *by,
                    at,
                    action: (**action).clone(),
                });
                Ok(())
            }
            Approve { number, edited } => {
                let Some(i) = self.s.held.iter().position(|h| h.number == *number) else {
                    return refuse(msg!("rule-no-such-held", number = *number));
                };
                let held = self.s.held.remove(i);
                let action = match edited {
                    Some(w) => held.action.with_words(w),
                    None => held.action,
                };
                self.act(&action)
            }
            HideHeld { number } => {
                let Some(i) = self.s.held.iter().position(|h| h.number == *number) else {
                    return refuse(msg!("rule-no-such-held", number = *number));
                };
                self.s.held.remove(i);
                self.s.hidden_texts += 1;
                Ok(())
            }
            AddNote { text } => {
                let text = clean(text, true);
                if text.is_empty() {
                    return refuse(msg!("rule-note-empty"));
                }
                within(msg!("rule-field-note"), &text, MAX_NOTE)?;
                let (at, phase, round) = (self.now(), self.s.phase, self.s.round);
                self.s.notes.push(Note {
                    at,
                    phase,
                    round,
                    text,
                });
                Ok(())
            }
            Spotlight { group } => {
                if let Some(g) = group {
                    self.check_group(*g)?;
                }
                self.s.spotlight = *group;
                Ok(())
            }
            ReviseDeck { .. } => refuse(msg!("rule-revised-deck")),
            EndSession => {
                if matches!(self.s.phase, Phase::Setup) {
                    return refuse(msg!("rule-not-started"));
                }
                if matches!(self.s.phase, Phase::Debrief) {
                    return refuse(msg!("rule-already-ended"));
                }
                self.end_round();
                self.s.ended_early = true;
                self.enter(Phase::Debrief);
                Ok(())
            }
        }
    }

    fn timed(&self, what: Message) -> Result {
        if matches!(self.s.phase, Phase::Setup | Phase::Debrief) {
            return refuse(msg!(
                "rule-no-timer",
                what = what,
                phase = self.s.phase.message()
            ));
        }
        Ok(())
    }

    fn group_fields(&self, except: Option<usize>, name: &str) -> Result<String> {
        let name = clean(name, false);
        if name.is_empty() {
            return refuse(msg!("rule-group-needs-name"));
        }
        within(msg!("rule-field-group-name"), &name, MAX_GROUP_NAME)?;
        let taken = self
            .s
            .groups
            .iter()
            .enumerate()
            .any(|(i, g)| Some(i) != except && g.name.to_lowercase() == name.to_lowercase());
        if taken {
            return refuse(msg!("rule-group-name-taken", name = format!("{name:?}")));
        }
        Ok(name)
    }

    fn add_group(&mut self, name: &str, colour: Colour, seat: Seat) -> Result {
        self.in_phase(&[Phase::Setup], msg!("rule-doing-add-group"))?;
        if self.s.groups.len() >= MAX_GROUPS {
            return refuse(msg!("rule-too-many-groups", count = MAX_GROUPS));
        }
        let name = self.group_fields(None, name)?;
        let index = self.s.groups.len();
        self.s.groups.push(Group {
            name,
            colour,
            seat,
            roles: Vec::new(),
            challenge: None,
            redrawn: false,
            hand: Vec::new(),
            solution: Solution {
                group: index,
                ..Solution::default()
            },
            swaps_used: 0,
        });
        Ok(())
    }

    fn edit_group(&mut self, g: usize, name: &str, colour: Colour, seat: Seat) -> Result {
        self.check_group(g)?;
        self.in_phase(&[Phase::Setup], msg!("rule-doing-change-group"))?;
        let name = self.group_fields(Some(g), name)?;
        let group = &mut self.s.groups[g];
        group.name = name;
        group.colour = colour;
        group.seat = seat;
        Ok(())
    }

    // Phases ------------------------------------------------------------

    fn enter(&mut self, phase: Phase) {
        if self.s.phase == Phase::Present {
            self.end_presentation();
        }
        if self.s.phase == Phase::ReportBack {
            self.end_report_back();
        }
        self.s.phase = phase;
        let groups = self.s.groups.len().max(1) as u32;
        let planned = phase.planned_minutes(self.deck).map(|m| {
            if phase == Phase::ReportBack {
                m * groups
            } else {
                m
            }
        });
        self.s.timer = Timer::new(planned);
        let (round, at) = (self.s.round, self.now());
        self.s.phase_log.push(PhaseMark {
            phase,
            round,
            at,
            planned_minutes: planned,
        });
    }

    fn advance(&mut self) -> Result {
        match self.s.phase {
            Phase::Setup => self.start(),
            Phase::Briefing => {
                self.enter(Phase::Roles);
                Ok(())
            }
            Phase::Roles => {
                self.deal_missing_roles()?;
                self.start_round();
                self.enter(Phase::Challenge);
                Ok(())
            }
            Phase::Challenge => {
                if self.deck.rules.shared_challenge {
                    if self.s.shared_challenge.is_none() {
                        self.reveal_challenge()?;
                    }
                } else {
                    for g in 0..self.s.groups.len() {
                        if self.s.groups[g].challenge.is_none() {
                            self.draw_challenge(g)?;
                        }
                    }
                }
                self.deal_hands()?;
                self.enter(Phase::Build);
                Ok(())
            }
            Phase::Build => {
                self.enter(Phase::Present);
                Ok(())
            }
            Phase::Present => {
                self.enter(Phase::Negotiate);
                Ok(())
            }
            Phase::Negotiate => {
                // Under rules 2, each group reports back before the vote,
                // so the vote weighs support and delivery.
                self.enter(if self.s.rules_version >= 2 {
                    Phase::ReportBack
                } else {
                    Phase::Vote
                });
                Ok(())
            }
            Phase::ReportBack => {
                self.enter(Phase::Vote);
                Ok(())
            }
            Phase::Vote => {
                self.s.vote_closed = true;
                self.end_round();
                if self.s.round < self.s.rounds {
                    self.s.round += 1;
                    self.start_round();
                    self.enter(Phase::Challenge);
                } else {
                    self.enter(Phase::Debrief);
                }
                Ok(())
            }
            Phase::Debrief => refuse(msg!("rule-no-next-phase")),
        }
    }

    fn start(&mut self) -> Result {
        let n = self.s.groups.len();
        if n == 0 {
            return refuse(msg!("rule-add-a-group"));
        }
        let (max, kind) = self.deck.max_groups_with(self.s.cards);
        if n > max {
            let r = &self.deck.rules;
            let (have, need) = match kind {
                Kind::Role => (self.deck.roles.len(), r.roles_per_group),
                Kind::Idea => (self.deck.ideas.len(), r.hand.ideas),
                Kind::Method => (self.deck.methods.len(), r.hand.methods),
                _ => (self.deck.challenges.len(), 1),
            };
            if max == 0 {
                return refuse(msg!(
                    "rule-seats-none",
                    have = have,
                    kind = kind.message(),
                    need = need
                ));
            }
            return refuse(msg!(
                "rule-seats-shared",
                max = max,
                have = have,
                kind = kind.message(),
                need = need,
                count = n
            ));
        }
        if self.s.cards == Cards::PerGroup {
            // Each table gets its own printed set.
            for kind in [Kind::Role, Kind::Challenge, Kind::Idea, Kind::Method] {
                let originals = std::mem::take(self.s.piles.of_mut(kind));
                let copies = (1..=n)
                    .flat_map(|set| originals.iter().map(move |id| copy_id(id, set)))
                    .collect();
                *self.s.piles.of_mut(kind) = copies;
            }
        }
        for kind in [Kind::Role, Kind::Challenge, Kind::Idea, Kind::Method] {
            let mut d = self.next_draw();
            d.shuffle(self.s.piles.of_mut(kind));
        }
        self.s.round = 1;
        self.start_round();
        // The room hears the plans first, when the deck has a briefing.
        self.enter(if self.deck.briefing.is_some() {
            Phase::Briefing
        } else {
            Phase::Roles
        });
        Ok(())
    }

    /// Fresh per-round state: no challenge, no redraw or swaps used, an
    /// empty solution, the vote open.
    fn start_round(&mut self) {
        let round = self.s.round;
        self.s.vote_closed = false;
        for (i, g) in self.s.groups.iter_mut().enumerate() {
            g.redrawn = false;
            g.swaps_used = 0;
            g.solution = Solution {
                group: i,
                round,
                challenge: g.challenge.clone(),
                ..Solution::default()
            };
        }
    }

    /// Archives the round's solutions and returns every card to its discards.
    fn end_round(&mut self) {
        self.end_presentation();
        let reached_build =
            self.s.phase_log.iter().any(|m| {
                m.round == self.s.round && m.phase >= Phase::Build && m.phase <= Phase::Vote
            });
        let shared = self.s.shared_challenge.take();
        for i in 0..self.s.groups.len() {
            let g = &mut self.s.groups[i];
            let mut solution = std::mem::take(&mut g.solution);
            solution.challenge = g.challenge.clone().or_else(|| shared.clone());
            let challenge = g.challenge.take();
            let hand = std::mem::take(&mut g.hand);
            let cards: Vec<String> = hand
                .into_iter()
                .chain(solution.ideas.iter().cloned())
                .chain(solution.methods.iter().cloned())
                .collect();
            if reached_build {
                self.s.archive.push(solution);
            }
            if let Some(c) = challenge {
                self.s.discards.challenges.push(c);
            }
            for card in cards {
                match self.deck.card(&card) {
                    Some((Kind::Idea, _)) => self.s.discards.ideas.push(card),
                    Some((Kind::Method, _)) => self.s.discards.methods.push(card),
                    _ => {} // a written card stays with its group's record
                }
            }
        }
        if let Some(c) = shared {
            self.s.discards.challenges.push(c);
        }
    }

    // Roles -------------------------------------------------------------

    fn deal_missing_roles(&mut self) -> Result {
        let per = self.deck.rules.roles_per_group as usize;
        for g in 0..self.s.groups.len() {
            while self.s.groups[g].roles.len() < per {
                let Some(role) = self.draw(Kind::Role, g) else {
                    return refuse(msg!("rule-not-enough-roles"));
                };
                self.s.groups[g].roles.push(role);
            }
        }
        Ok(())
    }

    fn holder_of_role(&self, role: &str) -> Option<usize> {
        self.s
            .groups
            .iter()
            .position(|g| g.roles.iter().any(|r| r == role))
    }

    fn choose_role(&mut self, g: usize, role: &str) -> Result {
        self.check_group(g)?;
        self.in_phase(&[Phase::Roles], msg!("rule-doing-choose-roles"))?;
        if self.deck.role(role).is_none() {
            return refuse(msg!("rule-no-such-role", role = format!("{role:?}")));
        }
        let role = self.own_copy(g, role);
        let role = role.as_str();
        if let (Some(own), Some(set)) = (self.set_of_group(g), set_of(role))
            && own != set
        {
            return refuse(msg!(
                "rule-role-from-other-set",
                role = self.card_title(role),
                group = self.group_name(g)
            ));
        }
        if !self.s.piles.roles.iter().any(|r| r == role) && self.holder_of_role(role).is_none() {
            return refuse(msg!("rule-role-not-in-pile", role = self.card_title(role)));
        }
        if let Some(holder) = self.holder_of_role(role) {
            return refuse(msg!(
                "rule-role-taken",
                role = self.card_title(role),
                group = self.group_name(holder)
            ));
        }
        let per = self.deck.rules.roles_per_group as usize;
        if self.s.groups[g].roles.len() >= per {
            return refuse(msg!(
                "rule-has-its-roles",
                group = self.group_name(g),
                count = per
            ));
        }
        self.s.piles.roles.retain(|r| r != role);
        self.s.groups[g].roles.push(role.to_string());
        Ok(())
    }

    fn check_holds_role(&self, g: usize, role: &str) -> Result {
        if !self.s.groups[g].roles.iter().any(|r| r == role) {
            return refuse(msg!(
                "rule-does-not-hold-role",
                group = self.group_name(g),
                role = self.card_title(role)
            ));
        }
        Ok(())
    }

    fn return_role(&mut self, g: usize, role: &str) -> Result {
        self.check_group(g)?;
        self.in_phase(&[Phase::Roles], msg!("rule-doing-give-back-role"))?;
        let role = self.own_copy(g, role);
        let role = role.as_str();
        self.check_holds_role(g, role)?;
        self.s.groups[g].roles.retain(|r| r != role);
        self.s.piles.roles.insert(0, role.to_string());
        Ok(())
    }

    fn swap_role(&mut self, g: usize, role: &str) -> Result {
        self.check_group(g)?;
        self.in_phase(&[Phase::Roles], msg!("rule-doing-swap-role"))?;
        let role = self.own_copy(g, role);
        let role = role.as_str();
        self.check_holds_role(g, role)?;
        let Some(new) = self.draw(Kind::Role, g) else {
            return refuse(msg!("rule-no-other-roles"));
        };
        let roles = &mut self.s.groups[g].roles;
        if let Some(slot) = roles.iter_mut().find(|r| *r == role) {
            *slot = new;
        }
        self.s.piles.roles.insert(0, role.to_string());
        Ok(())
    }

    // Challenges --------------------------------------------------------

    fn set_challenge(&mut self, g: usize, card: Option<String>) {
        self.s.groups[g].solution.challenge = card.clone();
        self.s.groups[g].challenge = card;
    }

    fn draw_challenge(&mut self, g: usize) -> Result {
        self.check_group(g)?;
        self.in_phase(&[Phase::Challenge], msg!("rule-doing-draw-challenge"))?;
        if self.deck.rules.shared_challenge {
            return refuse(msg!("rule-shared-challenge-reveal"));
        }
        if self.s.groups[g].challenge.is_some() {
            return refuse(msg!("rule-has-challenge", group = self.group_name(g)));
        }
        let Some(card) = self.draw(Kind::Challenge, g) else {
            return refuse(msg!("rule-no-challenges-left"));
        };
        self.set_challenge(g, Some(card));
        Ok(())
    }

    fn reveal_challenge(&mut self) -> Result {
        self.in_phase(&[Phase::Challenge], msg!("rule-doing-reveal-challenge"))?;
        if !self.deck.rules.shared_challenge {
            return refuse(msg!("rule-own-challenge"));
        }
        if self.s.shared_challenge.is_some() {
            return refuse(msg!("rule-challenge-revealed"));
        }
        // With a set per group, the first group's set holds the one revealed.
        let Some(card) = self.draw(Kind::Challenge, 0) else {
            return refuse(msg!("rule-no-challenges-left"));
        };
        self.s.shared_challenge = Some(card.clone());
        for g in 0..self.s.groups.len() {
            self.s.groups[g].solution.challenge = Some(card.clone());
        }
        Ok(())
    }

    fn redraw_challenge(&mut self, g: usize) -> Result {
        self.check_group(g)?;
        self.in_phase(
            &[Phase::Challenge, Phase::Build],
            msg!("rule-doing-redraw-challenge"),
        )?;
        if self.deck.rules.shared_challenge {
            return refuse(msg!("rule-shared-challenge"));
        }
        let group = &self.s.groups[g];
        if group.redrawn {
            return refuse(msg!("rule-already-redrawn", group = &group.name));
        }
        if group.solution.ready {
            return refuse(msg!("rule-marked-ready", group = &group.name));
        }
        let Some(old) = group.challenge.clone() else {
            return refuse(msg!("rule-no-challenge-to-redraw", group = &group.name));
        };
        let Some(new) = self.draw(Kind::Challenge, g) else {
            return refuse(msg!("rule-no-other-challenges"));
        };
        self.s.discards.challenges.push(old);
        self.set_challenge(g, Some(new));
        self.s.groups[g].redrawn = true;
        Ok(())
    }

    // Build -------------------------------------------------------------

    fn deal_hands(&mut self) -> Result {
        let hand = self.deck.rules.hand;
        for g in 0..self.s.groups.len() {
            for (kind, n) in [(Kind::Idea, hand.ideas), (Kind::Method, hand.methods)] {
                for _ in 0..n {
                    let Some(card) = self.draw(kind, g) else {
                        return refuse(msg!("rule-not-enough-to-deal", kind = kind.message()));
                    };
                    self.s.groups[g].hand.push(card);
                }
            }
        }
        Ok(())
    }

    fn check_in_hand(&self, g: usize, card: &str) -> Result {
        let group = &self.s.groups[g];
        if group.hand.iter().any(|c| c == card) {
            return Ok(());
        }
        if group
            .solution
            .ideas
            .iter()
            .chain(&group.solution.methods)
            .any(|c| c == card)
        {
            return refuse(msg!(
                "rule-in-solution-not-hand",
                card = self.card_title(card),
                group = &group.name
            ));
        }
        refuse(msg!(
            "rule-not-in-hand",
            card = self.card_title(card),
            group = &group.name
        ))
    }

    fn swap_card(&mut self, g: usize, card: &str) -> Result {
        self.check_group(g)?;
        self.in_phase(&[Phase::Build], msg!("rule-doing-swap-cards"))?;
        self.check_in_hand(g, card)?;
        let allowed = self.deck.rules.swaps_per_round;
        if self.s.groups[g].swaps_used >= allowed {
            return refuse(msg!(
                "rule-swaps-used",
                group = self.group_name(g),
                count = allowed
            ));
        }
        if self.s.written_card(card).is_some() {
            return refuse(msg!("rule-written-stays"));
        }
        let Some(kind) = self.hand_kind(card) else {
            return refuse(msg!("rule-cannot-swap", card = self.card_title(card)));
        };
        let Some(new) = self.draw(kind, g) else {
            return refuse(msg!("rule-pile-empty", kind = kind.message()));
        };
        let group = &mut self.s.groups[g];
        if let Some(slot) = group.hand.iter_mut().find(|c| *c == card) {
            *slot = new;
        }
        group.swaps_used += 1;
        self.s.discards.of_mut(kind).push(card.to_string());
        Ok(())
    }

    fn trade(&mut self, from: usize, to: usize, card: &str) -> Result {
        self.check_group(from)?;
        self.check_group(to)?;
        self.in_phase(&[Phase::Build], msg!("rule-doing-trade-cards"))?;
        if from == to {
            return refuse(msg!("rule-trade-with-itself"));
        }
        self.check_in_hand(from, card)?;
        if self.s.written_card(card).is_some() {
            return refuse(msg!("rule-written-stays"));
        }
        self.s.groups[from].hand.retain(|c| c != card);
        self.s.groups[to].hand.push(card.to_string());
        let round = self.s.round;
        self.s.trades.push(Trade {
            round,
            from,
            to,
            card: card.to_string(),
        });
        Ok(())
    }

    fn solution_cost(&self, s: &Solution) -> u32 {
        s.ideas.iter().chain(&s.methods).map(|c| self.cost(c)).sum()
    }

    fn add_to_solution(&mut self, g: usize, card: &str) -> Result {
        self.editable(g, msg!("rule-doing-build"))?;
        self.check_in_hand(g, card)?;
        let Some(kind) = self.hand_kind(card) else {
            return refuse(msg!(
                "rule-not-for-a-solution",
                card = self.card_title(card)
            ));
        };
        let rules = &self.deck.rules;
        let solution = &self.s.groups[g].solution;
        let (have, max) = match kind {
            Kind::Idea => (solution.ideas.len(), rules.solution.ideas.1),
            _ => (solution.methods.len(), rules.solution.methods.1),
        };
        if have >= max as usize {
            return refuse(if kind == Kind::Idea {
                msg!("rule-solution-full-ideas", count = have)
            } else {
                msg!("rule-solution-full-methods", count = have)
            });
        }
        if let Some(budget) = rules.budget {
            let spent = self.solution_cost(solution);
            let cost = self.cost(card);
            if spent + cost > budget {
                return refuse(msg!(
                    "rule-over-budget",
                    card = self.card_title(card),
                    cost = cost,
                    total = spent + cost,
                    budget = budget,
                    spent = spent
                ));
            }
        }
        let group = &mut self.s.groups[g];
        group.hand.retain(|c| c != card);
        match kind {
            Kind::Idea => group.solution.ideas.push(card.to_string()),
            _ => group.solution.methods.push(card.to_string()),
        }
        Ok(())
    }

    fn remove_from_solution(&mut self, g: usize, card: &str) -> Result {
        self.editable(g, msg!("rule-doing-change-solution"))?;
        let group = &mut self.s.groups[g];
        let before = group.solution.ideas.len() + group.solution.methods.len();
        group.solution.ideas.retain(|c| c != card);
        group.solution.methods.retain(|c| c != card);
        if group.solution.ideas.len() + group.solution.methods.len() == before {
            let name = group.name.clone();
            return refuse(msg!(
                "rule-not-in-solution",
                card = self.card_title(card),
                group = name
            ));
        }
        group.hand.push(card.to_string());
        Ok(())
    }

    fn write_idea(&mut self, g: usize, title: &str, text: &str) -> Result {
        self.editable(g, msg!("rule-doing-write-idea"))?;
        let title = clean(title, false);
        let text = clean(text, true);
        if title.is_empty() {
            return refuse(msg!("rule-idea-needs-title"));
        }
        if text.is_empty() {
            return refuse(msg!("rule-idea-needs-text"));
        }
        within(msg!("rule-field-card-title"), &title, MAX_WRITTEN_TITLE)?;
        within(msg!("rule-field-card-text"), &text, MAX_WRITTEN_TEXT)?;
        let id = format!("written:{}", self.s.written.len() + 1);
        let round = self.s.round;
        self.s.written.push(WrittenCard {
            id: id.clone(),
            group: g,
            round,
            title,
            text,
        });
        self.s.groups[g].hand.push(id);
        Ok(())
    }

    fn set_champion(&mut self, g: usize, role: &str, champion: bool) -> Result {
        let role = self.own_copy(g, role);
        let role = role.as_str();
        self.editable(g, msg!("rule-doing-champions"))?;
        self.check_holds_role(g, role)?;
        let champions = &mut self.s.groups[g].solution.champions;
        let has = champions.iter().any(|r| r == role);
        match (champion, has) {
            (true, false) => champions.push(role.to_string()),
            (false, true) => champions.retain(|r| r != role),
            (true, true) => {
                return refuse(msg!("rule-already-champions", role = self.card_title(role)));
            }
            (false, false) => {
                return refuse(msg!("rule-does-not-champion", role = self.card_title(role)));
            }
        }
        Ok(())
    }

    fn mark_ready(&mut self, g: usize) -> Result {
        self.editable(g, msg!("rule-doing-ready"))?;
        let rules = &self.deck.rules.solution;
        let s = &self.s.groups[g].solution;
        let mut missing = Vec::new();
        if s.title.is_empty() {
            missing.push(msg!("rule-missing-title"));
        }
        if s.pitch.is_empty() {
            missing.push(msg!("rule-missing-pitch"));
        }
        if s.ideas.len() < rules.ideas.0 as usize {
            missing.push(msg!("rule-missing-ideas", count = rules.ideas.0));
        }
        if s.methods.len() < rules.methods.0 as usize {
            missing.push(msg!("rule-missing-methods", count = rules.methods.0));
        }
        if s.champions.is_empty() {
            missing.push(msg!("rule-missing-champions"));
        }
        if s.horizon.is_none() {
            missing.push(msg!(
                "rule-missing-when",
                now = Horizon::Now.message(),
                soon = Horizon::Soon.message(),
                later = Horizon::Later.message()
            ));
        }
        if s.level.is_none() {
            missing.push(msg!(
                "rule-missing-where",
                levels = self.deck.levels.join(", ")
            ));
        }
        // "give it a title; write a pitch", each part in the reader's words.
        if let Some(first) = missing.first().cloned() {
            let list = missing[1..].iter().cloned().fold(first, |list, next| {
                msg!("rule-and", list = list, next = next)
            });
            return refuse(msg!("rule-not-ready", missing = list));
        }
        self.s.groups[g].solution.ready = true;
        Ok(())
    }

    // Present -----------------------------------------------------------

    fn end_report_back(&mut self) {
        let now = self.now();
        if let Some(g) = self.s.reporting.take()
            && let Some(r) = self
                .s
                .report_backs
                .iter_mut()
                .rev()
                .find(|r| r.group == g && r.ended.is_none())
        {
            r.ended = Some(now);
        }
    }

    fn end_presentation(&mut self) {
        let now = self.now();
        if let Some(g) = self.s.presenting.take()
            && let Some(p) = self
                .s
                .presentations
                .iter_mut()
                .rev()
                .find(|p| p.group == g && p.ended.is_none())
        {
            p.ended = Some(now);
        }
    }

    // Negotiate ---------------------------------------------------------

    fn pledge(&mut self, from: usize, to: usize, kind: &str, note: &str) -> Result {
        self.check_group(from)?;
        self.check_group(to)?;
        self.in_phase(&[Phase::Negotiate], msg!("rule-doing-pledge"))?;
        if from == to {
            return refuse(msg!("rule-pledge-to-itself"));
        }
        if !self.deck.support.iter().any(|k| k == kind) {
            return refuse(msg!(
                "rule-no-such-support",
                kind = format!("{kind:?}"),
                kinds = self.deck.support.join(", ")
            ));
        }
        let note = clean(note, false);
        within(msg!("rule-field-note"), &note, MAX_PLEDGE_NOTE)?;
        let round = self.s.round;
        if self
            .s
            .pledges
            .iter()
            .any(|p| p.round == round && p.from == from && p.to == to && p.kind == kind)
        {
            return refuse(msg!(
                "rule-already-pledged",
                group = self.group_name(from),
                kind = kind.to_lowercase(),
                to = self.group_name(to)
            ));
        }
        let role = if self.s.rules_version >= 2 {
            self.pay(from, kind)?
        } else {
            None
        };
        self.s.pledges.push(Pledge {
            round,
            from,
            to,
            kind: kind.to_string(),
            note,
            role,
        });
        Ok(())
    }

    /// Takes a token of `kind` from group `g` for a pledge this round: the
    /// first of its roles with one left (returned), or one of the deck's
    /// `support_per_group` when no role in the deck holds any support.
    fn pay(&self, g: usize, kind: &str) -> Result<Option<String>> {
        let tokens = tokens(self.deck, &self.s.groups[g].roles, kind);
        let round = self.s.round;
        let spent: Vec<&Pledge> = self
            .s
            .pledges
            .iter()
            .filter(|p| p.round == round && p.from == g && p.kind == kind)
            .collect();
        let mut left = tokens.clone();
        for p in &spent {
            if let Some(i) = left.iter().position(|t| *t == p.role) {
                left.remove(i);
            }
        }
        match left.into_iter().next() {
            Some(token) if spent.len() < tokens.len() => Ok(token),
            _ => {
                let kind_words = kind.to_lowercase();
                let to: Vec<String> = spent.iter().map(|p| self.group_name(p.to)).collect();
                refuse(if tokens.is_empty() {
                    msg!(
                        "rule-no-support-to-pledge",
                        group = self.group_name(g),
                        kind = kind_words
                    )
                } else {
                    msg!(
                        "rule-no-support-left",
                        group = self.group_name(g),
                        kind = kind_words,
                        count = tokens.len(),
                        to = to.join(", ")
                    )
                })
            }
        }
    }

    fn commit(&mut self, g: usize, role: &str, to: usize) -> Result {
        let role = self.own_copy(g, role);
        let role = role.as_str();
        self.check_group(g)?;
        self.check_group(to)?;
        self.in_phase(&[Phase::Negotiate], msg!("rule-doing-commit"))?;
        self.check_holds_role(g, role)?;
        let round = self.s.round;
        if self
            .s
            .commitments
            .iter()
            .any(|c| c.round == round && c.group == g && c.role == role && c.to == to)
        {
            return refuse(msg!(
                "rule-already-committed",
                role = self.card_title(role),
                group = self.group_name(g),
                to = self.group_name(to)
            ));
        }
        self.s.commitments.push(Commitment {
            round,
            group: g,
            role: role.to_string(),
            to,
        });
        Ok(())
    }

    // Vote --------------------------------------------------------------

    fn open_vote(&self, what: Message) -> Result {
        self.in_phase(&[Phase::Vote], what)?;
        if self.s.vote_closed {
            return refuse(msg!("rule-vote-closed"));
        }
        Ok(())
    }

    fn place_dot(&mut self, g: usize, on: usize, criterion: &str) -> Result {
        self.check_group(g)?;
        self.check_group(on)?;
        self.open_vote(msg!("rule-doing-place-dots"))?;
        if g == on {
            return refuse(msg!("rule-dots-on-itself"));
        }
        if self.deck.criterion(criterion).is_none() {
            return refuse(msg!(
                "rule-no-such-criterion",
                criterion = format!("{criterion:?}")
            ));
        }
        let round = self.s.round;
        let used = self
            .s
            .dots
            .iter()
            .filter(|d| d.round == round && d.by == g)
            .count();
        let allowed = self.deck.rules.dots_per_group as usize;
        if used >= allowed {
            return refuse(msg!(
                "rule-all-dots-placed",
                group = self.group_name(g),
                count = allowed
            ));
        }
        self.s.dots.push(Dot {
            round,
            by: g,
            on,
            criterion: criterion.to_string(),
        });
        Ok(())
    }

    fn take_dot(&mut self, g: usize, on: usize, criterion: &str) -> Result {
        self.check_group(g)?;
        self.open_vote(msg!("rule-doing-move-dots"))?;
        let round = self.s.round;
        let Some(i) =
            self.s.dots.iter().rposition(|d| {
                d.round == round && d.by == g && d.on == on && d.criterion == criterion
            })
        else {
            return refuse(msg!("rule-no-dot-there", group = self.group_name(g)));
        };
        self.s.dots.remove(i);
        Ok(())
    }
}

/// The tokens of `kind` a group with these roles can pledge in a round:
/// one per entry in its roles' `holds` (with the role that holds it), or,
/// when no role of the deck holds any support, the deck's
/// `support_per_group` tokens held by the group itself (`None`).
pub fn tokens(deck: &Deck, roles: &[String], kind: &str) -> Vec<Option<String>> {
    if deck.roles.iter().all(|r| r.holds.is_empty()) {
        return vec![None; deck.rules.tokens_per_kind() as usize];
    }
    roles
        .iter()
        .filter_map(|id| deck.role(id))
        .flat_map(|r| {
            r.holds
                .iter()
                .filter(|h| *h == kind)
                .map(|_| Some(r.id.clone()))
        })
        .collect()
}

/// How many tokens of `kind` group `g` has left to pledge this round.
pub fn support_left(deck: &Deck, state: &State, g: usize, kind: &str) -> usize {
    let Some(group) = state.groups.get(g) else {
        return 0;
    };
    let spent = state
        .pledges
        .iter()
        .filter(|p| p.round == state.round && p.from == g && p.kind == kind)
        .count();
    tokens(deck, &group.roles, kind).len().saturating_sub(spent)
}
