//! Everything a facilitator or a group can do, as data: the screen turns
//! clicks and drags into these, the engine applies them, the session file
//! logs them.

use serde::{Deserialize, Serialize};

use crate::deck::Cards;

use super::state::{Colour, Horizon, Millis, Seat};

/// One change to a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    // Setup
    AddGroup {
        name: String,
        colour: Colour,
        seat: Seat,
    },
    EditGroup {
        group: usize,
        name: String,
        colour: Colour,
        seat: Seat,
    },
    RemoveGroup {
        group: usize,
    },
    SetRounds {
        rounds: u32,
    },
    /// One set of cards for the room, or a set per group.
    SetCards {
        cards: Cards,
    },
    /// The room's language (a BCP 47 tag): its screens, the report and the
    /// phones that ask for no other. None: the deck's language.
    SetLanguage {
        language: Option<String>,
    },

    // Roles
    /// Deals every group the roles it still lacks, at random.
    DealRoles,
    /// The facilitator gives a group a role from the pile.
    ChooseRole {
        group: usize,
        role: String,
    },
    /// A group gives a role back to the pile.
    ReturnRole {
        group: usize,
        role: String,
    },
    /// A group swaps a role for a random one from the pile.
    SwapRole {
        group: usize,
        role: String,
    },

    // Challenge
    DrawChallenge {
        group: usize,
    },
    /// With a shared challenge, reveal it for everyone.
    RevealChallenge,
    /// Once per round, a group puts its challenge back and draws another.
    RedrawChallenge {
        group: usize,
    },

    // Build
    /// Swap a card from the hand with the top of its pile.
    SwapCard {
        group: usize,
        card: String,
    },
    /// Give a card from one group's hand to another group.
    Trade {
        from: usize,
        to: usize,
        card: String,
    },
    AddToSolution {
        group: usize,
        card: String,
    },
    RemoveFromSolution {
        group: usize,
        card: String,
    },
    /// The group writes its own idea card; it goes into its hand.
    WriteIdea {
        group: usize,
        title: String,
        text: String,
    },
    SetTitle {
        group: usize,
        title: String,
    },
    SetPitch {
        group: usize,
        pitch: String,
    },
    SetHorizon {
        group: usize,
        horizon: Horizon,
    },
    SetLevel {
        group: usize,
        level: String,
    },
    SetChampion {
        group: usize,
        role: String,
        champion: bool,
    },
    MarkReady {
        group: usize,
    },
    /// The facilitator reopens a solution marked ready.
    Reopen {
        group: usize,
    },

    // Present
    StartPresentation {
        group: usize,
    },
    EndPresentation,

    // Report-back
    StartReportBack {
        group: usize,
    },
    EndReportBack,
    /// The facilitator's note on a group's report-back this round.
    NoteReportBack {
        group: usize,
        note: String,
    },

    // Negotiate
    Pledge {
        from: usize,
        to: usize,
        kind: String,
        note: String,
    },
    WithdrawPledge {
        from: usize,
        to: usize,
        kind: String,
    },
    Commit {
        group: usize,
        role: String,
        to: usize,
    },
    WithdrawCommitment {
        group: usize,
        role: String,
        to: usize,
    },

    // Vote
    PlaceDot {
        group: usize,
        on: usize,
        criterion: String,
    },
    MoveDot {
        group: usize,
        from_on: usize,
        from_criterion: String,
        to_on: usize,
        to_criterion: String,
    },
    RemoveDot {
        group: usize,
        on: usize,
        criterion: String,
    },
    CloseVote,

    // The facilitator, at any time
    /// Move on to the next phase (or round, or the debrief).
    Advance,
    StartTimer,
    PauseTimer,
    ExtendTimer {
        minutes: u32,
    },
    /// End the countdown now.
    SkipTimer,
    AddNote {
        text: String,
    },
    Spotlight {
        group: Option<usize>,
    },
    /// Go straight to the debrief.
    EndSession,
    /// The deck file was saved while the session runs: continue with this
    /// deck (cards in play are kept; new cards join the piles).
    ReviseDeck {
        deck: Box<crate::deck::Deck>,
    },

    // Players' texts held for the facilitator
    /// A text a player wrote on a device (an idea card, a solution's title
    /// or pitch, a pledge with a note), held until the facilitator approves
    /// it: until then it is in no view, no screen and no report. `by` is
    /// the number of the device that wrote it (for its own page).
    Hold {
        action: Box<Action>,
        by: u32,
    },
    /// The facilitator lets a held text through, as written or edited.
    Approve {
        number: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        edited: Option<Written>,
    },
    /// The facilitator hides a held text: it never reaches anyone, and the
    /// report counts it without saying what it said.
    HideHeld {
        number: u32,
    },
}

/// A held text as the facilitator edited it: an idea card's title and
/// text; a solution's title (`title`) or pitch (`text`); a pledge's note
/// (`text`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub text: String,
}

impl Action {
    /// Does this action put a player's words on the screens (an idea card,
    /// a solution's title or pitch, a pledge's note)?
    pub fn writes_text(&self) -> bool {
        match self {
            Action::WriteIdea { .. } | Action::SetTitle { .. } | Action::SetPitch { .. } => true,
            Action::Pledge { note, .. } => !note.trim().is_empty(),
            _ => false,
        }
    }

    /// The action held for the facilitator if it writes text, else itself.
    pub fn held(self, by: u32) -> Action {
        if self.writes_text() {
            Action::Hold {
                action: Box::new(self),
                by,
            }
        } else {
            self
        }
    }

    /// The group whose words these are, what they are (`idea`, `title`,
    /// `pitch` or `note`) and the words (title, text), for the
    /// facilitator's queue and the writer's own page.
    pub fn written(&self) -> Option<(usize, &'static str, Written)> {
        let (group, kind, title, text) = match self {
            Action::WriteIdea { group, title, text } => {
                (*group, "idea", title.clone(), text.clone())
            }
            Action::SetTitle { group, title } => (*group, "title", title.clone(), String::new()),
            Action::SetPitch { group, pitch } => (*group, "pitch", String::new(), pitch.clone()),
            Action::Pledge { from, note, .. } => (*from, "note", String::new(), note.clone()),
            _ => return None,
        };
        Some((group, kind, Written { title, text }))
    }

    /// This action with the facilitator's edit of its words.
    pub fn with_words(self, w: &Written) -> Action {
        match self {
            Action::WriteIdea { group, .. } => Action::WriteIdea {
                group,
                title: w.title.clone(),
                text: w.text.clone(),
            },
            Action::SetTitle { group, .. } => Action::SetTitle {
                group,
                title: w.title.clone(),
            },
            Action::SetPitch { group, .. } => Action::SetPitch {
                group,
                pitch: w.text.clone(),
            },
            Action::Pledge { from, to, kind, .. } => Action::Pledge {
                from,
                to,
                kind,
                note: w.text.clone(),
            },
            other => other,
        }
    }
}

/// An action with the time it was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub at: Millis,
    pub action: Action,
}
