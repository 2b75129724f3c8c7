//! Random sequences of actions — valid, invalid, undo and redo — never panic,
//! never lose or double a card, and always replay and reload exactly.

mod common;

use common::*;
use livinglab::deck::Deck;
use livinglab::session::{Action, Colour, Horizon, Seat, Session};
use proptest::prelude::*;

/// One step of a random session: an opcode and three numbers it interprets
/// against the current state, so most steps are plausible actions.
type Step = (u8, u16, u16, u16);

fn pick(list: &[String], n: u16) -> String {
    if list.is_empty() {
        format!("no-such-card-{n}")
    } else {
        list[n as usize % list.len()].clone()
    }
}

fn action_for(deck: &Deck, s: &Session, (op, a, b, c): Step) -> Option<Action> {
    let st = s.state();
    let groups = st.groups.len().max(1);
    // Mostly a real group, sometimes one out of range.
    let g = |n: u16| {
        if n % 17 == 16 {
            n as usize
        } else {
            n as usize % groups
        }
    };
    let hand = |n: u16| {
        st.groups
            .get(g(n))
            .map(|x| x.hand.clone())
            .unwrap_or_default()
    };
    let roles = |n: u16| {
        st.groups
            .get(g(n))
            .map(|x| x.roles.clone())
            .unwrap_or_default()
    };
    let all_roles: Vec<String> = deck.roles.iter().map(|r| r.id.clone()).collect();
    let criteria: Vec<String> = deck.criteria.iter().map(|c| c.id.clone()).collect();
    let in_solution = |n: u16| {
        st.groups
            .get(g(n))
            .map(|x| {
                x.solution
                    .ideas
                    .iter()
                    .chain(&x.solution.methods)
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    Some(match op % 40 {
        0..=5 => Action::Advance,
        6 => Action::AddGroup {
            name: format!("G{a}"),
            colour: Colour::PALETTE[a as usize % 8],
            seat: Seat::ALL[b as usize % 5],
        },
        7 => Action::RemoveGroup { group: g(a) },
        8 => Action::DealRoles,
        9 => Action::ChooseRole {
            group: g(a),
            role: pick(&all_roles, b),
        },
        10 => Action::SwapRole {
            group: g(a),
            role: pick(&roles(a), b),
        },
        11 => Action::ReturnRole {
            group: g(a),
            role: pick(&roles(a), b),
        },
        12 => Action::DrawChallenge { group: g(a) },
        13 => Action::RedrawChallenge { group: g(a) },
        14 => Action::SwapCard {
            group: g(a),
            card: pick(&hand(a), b),
        },
        15 => Action::Trade {
            from: g(a),
            to: g(c),
            card: pick(&hand(a), b),
        },
        16 | 17 => Action::AddToSolution {
            group: g(a),
            card: pick(&hand(a), b),
        },
        18 => Action::RemoveFromSolution {
            group: g(a),
            card: pick(&in_solution(a), b),
        },
        19 => Action::WriteIdea {
            group: g(a),
            title: format!("Idea {b}"),
            text: "Our own.".into(),
        },
        20 => Action::SetTitle {
            group: g(a),
            title: format!("Solution {b}"),
        },
        21 => Action::SetPitch {
            group: g(a),
            pitch: "We will do it together.".into(),
        },
        22 => Action::SetHorizon {
            group: g(a),
            horizon: Horizon::ALL[b as usize % 3],
        },
        23 => Action::SetLevel {
            group: g(a),
            level: pick(&deck.levels, b),
        },
        24 => Action::SetChampion {
            group: g(a),
            role: pick(&roles(a), b),
            champion: c % 3 != 0,
        },
        25 => Action::MarkReady { group: g(a) },
        26 => Action::Reopen { group: g(a) },
        27 => Action::StartPresentation { group: g(a) },
        28 => Action::EndPresentation,
        29 => Action::Pledge {
            from: g(a),
            to: g(b),
            kind: pick(&deck.support, c),
            note: String::new(),
        },
        30 => Action::WithdrawPledge {
            from: g(a),
            to: g(b),
            kind: pick(&deck.support, c),
        },
        31 => Action::Commit {
            group: g(a),
            role: pick(&roles(a), c),
            to: g(b),
        },
        32 => Action::PlaceDot {
            group: g(a),
            on: g(b),
            criterion: pick(&criteria, c),
        },
        33 => Action::MoveDot {
            group: g(a),
            from_on: g(b),
            from_criterion: pick(&criteria, c),
            to_on: g(c),
            to_criterion: pick(&criteria, a),
        },
        34 => Action::CloseVote,
        35 => match a % 4 {
            0 => Action::StartTimer,
            1 => Action::PauseTimer,
            2 => Action::ExtendTimer {
                minutes: u32::from(b % 70),
            },
            _ => Action::SkipTimer,
        },
        36 => Action::AddNote {
            text: format!("note {a}"),
        },
        37 => Action::EndSession,
        38 => Action::RevealChallenge,
        _ => return None, // undo or redo
    })
}

/// Plays the steps; checks card conservation after each.
fn play(steps: &[Step]) -> Session {
    play_with(steps, livinglab::deck::Cards::Shared)
}

/// [`play`] with the card sets chosen at setup.
fn play_with(steps: &[Step], cards: livinglab::deck::Cards) -> Session {
    let deck = hub();
    let mut s = Session::new(deck.clone(), 99, T0);
    s.act(Action::SetCards { cards }, T0).unwrap();
    // Start with a few groups so that play gets past setup.
    for i in 0..3 {
        s.act(
            Action::AddGroup {
                name: format!("Start {i}"),
                colour: Colour::PALETTE[i],
                seat: Seat::Wall,
            },
            T0,
        )
        .unwrap();
    }
    for step in steps {
        let at = s.state().now + u64::from(step.3 % 120) * 1000;
        match action_for(&deck, &s, *step) {
            Some(action) => {
                let _ = s.act(action, at);
            }
            None if step.1 % 2 == 0 => {
                s.undo();
            }
            None => {
                s.redo();
            }
        }
        if let Err(e) = s.state().check_cards(s.deck()) {
            panic!("after {step:?}: {e}");
        }
    }
    s
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    proptest::collection::vec(
        (any::<u8>(), any::<u16>(), any::<u16>(), any::<u16>()),
        0..250,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_play_conserves_cards_and_replays_exactly(steps in steps()) {
        let s = play(&steps);
        let replayed = Session::replay(s.deck().clone(), s.seed(), s.created_at(), s.log().to_vec(), s.redo_log().to_vec())
            .expect("the log replays");
        prop_assert_eq!(replayed.state(), s.state());
    }

    #[test]
    fn random_play_with_a_set_per_group_conserves_every_copy_and_replays_exactly(steps in steps()) {
        let s = play_with(&steps, livinglab::deck::Cards::PerGroup);
        let replayed = Session::replay(s.deck().clone(), s.seed(), s.created_at(), s.log().to_vec(), s.redo_log().to_vec())
            .expect("the log replays");
        prop_assert_eq!(replayed.state(), s.state());
    }

    #[test]
    fn undo_all_then_redo_all_is_the_identity(steps in steps()) {
        let mut s = play(&steps);
        let before = s.state().clone();
        let log = s.log().to_vec();
        let mut undone = 0;
        while s.undo() {
            undone += 1;
            prop_assert!(s.state().check_cards(s.deck()).is_ok());
        }
        prop_assert_eq!(undone, log.len());
        for _ in 0..undone {
            prop_assert!(s.redo());
        }
        prop_assert_eq!(s.state(), &before);
        prop_assert_eq!(s.log(), &log[..]);
    }

    #[test]
    fn a_saved_then_loaded_session_equals_the_original(steps in steps()) {
        let s = play(&steps);
        let loaded = Session::from_bytes(&s.to_bytes()).expect("loads");
        prop_assert_eq!(loaded.state(), s.state());
        prop_assert_eq!(loaded.log(), s.log());
        prop_assert_eq!(loaded.redo_log(), s.redo_log());
        prop_assert_eq!(loaded.to_bytes(), s.to_bytes());
    }
}

#[test]
fn rehearsals_of_every_size_conserve_cards_and_reach_the_debrief() {
    let deck = hub();
    for groups in 1..=8 {
        for seed in 0..3 {
            let s = livinglab::session::rehearse(&deck, groups, seed, T0).unwrap();
            assert_eq!(s.state().phase, livinglab::session::Phase::Debrief);
            s.state().check_cards(&deck).unwrap();
            assert_eq!(s.state().archive.len(), groups * deck.rules.rounds as usize);
        }
    }
}

#[test]
fn rehearsals_with_a_set_per_group_seat_every_size_with_a_small_deck() {
    let mut deck = hub();
    deck.ideas.truncate(8);
    deck.methods.truncate(4);
    deck.roles.truncate(3);
    for groups in 1..=8 {
        let s = livinglab::session::rehearse_with(
            &deck,
            groups,
            groups as u64,
            T0,
            livinglab::deck::Cards::PerGroup,
        )
        .unwrap();
        assert_eq!(s.state().phase, livinglab::session::Phase::Debrief);
        s.state().check_cards(&deck).unwrap();
        assert_eq!(s.state().archive.len(), groups * deck.rules.rounds as usize);
    }
}
