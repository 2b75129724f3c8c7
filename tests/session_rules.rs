//! Every rule of a session and the message it gives the room when broken.

mod common;

use common::*;
use livinglab::deck::Kind;
use livinglab::session::{Action, Colour, Horizon, Phase, Seat, Session, State};

fn add(name: &str) -> Action {
    Action::AddGroup {
        name: name.into(),
        colour: Colour::PALETTE[0],
        seat: Seat::Wall,
    }
}

fn kind_cards(s: &Session, g: usize, kind: Kind) -> Vec<String> {
    s.state().groups[g]
        .hand
        .iter()
        .filter(|c| s.deck().card(c).map(|(k, _)| k) == Some(kind))
        .cloned()
        .collect()
}

/// Fills group `g`'s solution with the least cards, a title, pitch,
/// champion, horizon and level, and marks it ready.
fn complete(s: &mut Session, g: usize) {
    let idea = kind_cards(s, g, Kind::Idea)[0].clone();
    let method = kind_cards(s, g, Kind::Method)[0].clone();
    let role = s.state().groups[g].roles[0].clone();
    ok(
        s,
        Action::AddToSolution {
            group: g,
            card: idea,
        },
    );
    ok(
        s,
        Action::AddToSolution {
            group: g,
            card: method,
        },
    );
    ok(
        s,
        Action::SetTitle {
            group: g,
            title: "T".into(),
        },
    );
    ok(
        s,
        Action::SetPitch {
            group: g,
            pitch: "P".into(),
        },
    );
    ok(
        s,
        Action::SetChampion {
            group: g,
            role,
            champion: true,
        },
    );
    ok(
        s,
        Action::SetHorizon {
            group: g,
            horizon: Horizon::Soon,
        },
    );
    ok(
        s,
        Action::SetLevel {
            group: g,
            level: "Borough".into(),
        },
    );
    ok(s, Action::MarkReady { group: g });
}

fn conserved(s: &Session) {
    if let Err(e) = s.state().check_cards(s.deck()) {
        panic!("card conservation broken: {e}");
    }
}

// Setup ------------------------------------------------------------------

#[test]
fn groups_need_a_unique_readable_name() {
    let mut s = setup(hub(), 1);
    assert_eq!(refused(&mut s, add("  ")), "A group needs a name");
    assert_eq!(
        refused(&mut s, add("group 1")),
        "There is already a group called \"group 1\""
    );
    let long = "x".repeat(41);
    assert!(refused(&mut s, add(&long)).contains("The group name is 41 characters; keep it to 40"));
    ok(&mut s, add("  Kites\u{7}  "));
    assert_eq!(
        s.state().groups[1].name,
        "Kites",
        "trimmed, control characters dropped"
    );
}

#[test]
fn at_most_eight_groups() {
    let mut s = setup(hub(), 8);
    assert_eq!(
        refused(&mut s, add("Ninth")),
        "At most 8 groups can play on one screen"
    );
}

#[test]
fn a_session_needs_a_group_to_start() {
    let mut s = setup(hub(), 0);
    assert_eq!(
        refused(&mut s, Action::Advance),
        "Add at least one group before starting"
    );
}

#[test]
fn setup_says_how_many_groups_the_deck_supports() {
    let mut deck = hub();
    deck.ideas.truncate(10); // 10 ideas, 4 per hand: 2 groups
    let mut s = setup(deck, 3);
    assert_eq!(
        refused(&mut s, Action::Advance),
        "This deck supports at most 2 groups with one set of cards for the room: it has 10 idea cards for 4 per group. Give each group its own set of cards to seat 3 groups"
    );
    ok(&mut s, Action::RemoveGroup { group: 2 });
    ok(&mut s, Action::Advance);
}

#[test]
fn rounds_are_set_in_setup_only() {
    let mut s = setup(hub(), 2);
    assert_eq!(
        refused(&mut s, Action::SetRounds { rounds: 13 }),
        "A session has 1 to 12 rounds, not 13"
    );
    ok(&mut s, Action::SetRounds { rounds: 3 });
    assert_eq!(s.state().rounds, 3);
    ok(&mut s, Action::Advance);
    assert_eq!(
        refused(&mut s, Action::SetRounds { rounds: 1 }),
        "Choosing the number of rounds happens in the Setup phase; this is the Briefing phase"
    );
    assert!(refused(&mut s, add("Late")).contains("Adding a group happens in the Setup phase"));
}

#[test]
fn groups_can_be_edited_and_removed_in_setup() {
    let mut s = setup(hub(), 3);
    ok(
        &mut s,
        Action::EditGroup {
            group: 1,
            name: "Oaks".into(),
            colour: Colour([1, 2, 3]),
            seat: Seat::Top,
        },
    );
    assert_eq!(s.state().groups[1].name, "Oaks");
    assert_eq!(s.state().groups[1].seat, Seat::Top);
    assert_eq!(
        refused(
            &mut s,
            Action::EditGroup {
                group: 0,
                name: "oaks".into(),
                colour: Colour([0, 0, 0]),
                seat: Seat::Top
            }
        ),
        "There is already a group called \"oaks\""
    );
    ok(&mut s, Action::RemoveGroup { group: 0 });
    assert_eq!(s.state().groups[0].name, "Oaks");
    assert_eq!(
        refused(&mut s, Action::RemoveGroup { group: 5 }),
        "There is no group 6; this session has 2 groups"
    );
}

// Roles ------------------------------------------------------------------

#[test]
fn roles_are_dealt_chosen_returned_and_swapped() {
    let mut s = at(Phase::Roles, 3);
    let free = s.state().piles.roles.first().cloned().unwrap();
    ok(
        &mut s,
        Action::ChooseRole {
            group: 0,
            role: free.clone(),
        },
    );
    assert!(
        refused(
            &mut s,
            Action::ChooseRole {
                group: 1,
                role: free.clone()
            }
        )
        .ends_with("is already taken by Group 1"),
    );
    ok(&mut s, Action::DealRoles);
    for g in &s.state().groups {
        assert_eq!(g.roles.len(), 2);
    }
    let another = s.state().piles.roles[0].clone();
    assert_eq!(
        refused(
            &mut s,
            Action::ChooseRole {
                group: 0,
                role: another
            }
        ),
        "Group 1 already has its 2 roles; give one back first"
    );
    ok(
        &mut s,
        Action::ReturnRole {
            group: 0,
            role: free.clone(),
        },
    );
    assert_eq!(s.state().groups[0].roles.len(), 1);
    let held = s.state().groups[1].roles[0].clone();
    ok(
        &mut s,
        Action::SwapRole {
            group: 1,
            role: held.clone(),
        },
    );
    assert!(!s.state().groups[1].roles.contains(&held));
    assert_eq!(s.state().groups[1].roles.len(), 2);
    assert!(
        refused(
            &mut s,
            Action::SwapRole {
                group: 1,
                role: held
            }
        )
        .contains("does not hold the role")
    );
    assert_eq!(
        refused(
            &mut s,
            Action::ChooseRole {
                group: 0,
                role: "nobody".into()
            }
        ),
        "This deck has no role \"nobody\""
    );
    conserved(&s);
    // Leaving the phase deals whatever is missing.
    ok(&mut s, Action::Advance);
    assert!(s.state().groups.iter().all(|g| g.roles.len() == 2));
    conserved(&s);
}

#[test]
fn swapping_a_role_needs_a_role_left_in_the_pile() {
    let mut deck = hub();
    deck.roles.truncate(16); // 16 roles, 2 each: none left
    let mut s = at_with(deck, Phase::Roles, 8);
    ok(&mut s, Action::DealRoles);
    let role = s.state().groups[0].roles[0].clone();
    assert_eq!(
        refused(&mut s, Action::SwapRole { group: 0, role }),
        "No other roles are left in the pile"
    );
}

// Challenge --------------------------------------------------------------

#[test]
fn each_group_draws_one_challenge_and_may_redraw_once_a_round() {
    let mut s = at(Phase::Challenge, 2);
    ok(&mut s, Action::DrawChallenge { group: 0 });
    assert_eq!(
        refused(&mut s, Action::DrawChallenge { group: 0 }),
        "Group 1 already has its challenge"
    );
    assert_eq!(
        refused(&mut s, Action::RedrawChallenge { group: 1 }),
        "Group 2 has no challenge to redraw yet"
    );
    let first = s.state().groups[0].challenge.clone();
    ok(&mut s, Action::RedrawChallenge { group: 0 });
    assert_ne!(s.state().groups[0].challenge, first);
    assert_eq!(
        refused(&mut s, Action::RedrawChallenge { group: 0 }),
        "Group 1 has already redrawn its challenge this round"
    );
    assert_eq!(
        refused(&mut s, Action::RevealChallenge),
        "In this deck each group draws its own challenge"
    );
    ok(&mut s, Action::Advance);
    assert!(
        s.state().groups.iter().all(|g| g.challenge.is_some()),
        "missing challenges drawn on advance"
    );
    conserved(&s);
}

#[test]
fn a_shared_challenge_is_revealed_for_everyone() {
    let mut deck = hub();
    deck.rules.shared_challenge = true;
    let mut s = setup(deck, 3);
    advance_to(&mut s, Phase::Challenge);
    assert!(refused(&mut s, Action::DrawChallenge { group: 0 }).contains("shares one challenge"));
    ok(&mut s, Action::RevealChallenge);
    let shared = s.state().shared_challenge.clone().unwrap();
    assert_eq!(
        refused(&mut s, Action::RevealChallenge),
        "The challenge has already been revealed"
    );
    ok(&mut s, Action::Advance);
    for g in &s.state().groups {
        assert_eq!(g.solution.challenge.as_deref(), Some(shared.as_str()));
    }
    conserved(&s);
}

// Build ------------------------------------------------------------------

#[test]
fn each_group_is_dealt_a_full_hand_with_no_card_in_two_places() {
    let s = at(Phase::Build, 6);
    for g in 0..6 {
        assert_eq!(kind_cards(&s, g, Kind::Idea).len(), 4);
        assert_eq!(kind_cards(&s, g, Kind::Method).len(), 3);
    }
    conserved(&s);
}

#[test]
fn a_solution_holds_at_most_the_deck_s_maximum() {
    let mut deck = hub();
    deck.rules.budget = None;
    let mut s = setup(deck, 1);
    advance_to(&mut s, Phase::Build);
    let ideas = kind_cards(&s, 0, Kind::Idea);
    for card in &ideas[..3] {
        ok(
            &mut s,
            Action::AddToSolution {
                group: 0,
                card: card.clone(),
            },
        );
    }
    assert_eq!(
        refused(
            &mut s,
            Action::AddToSolution {
                group: 0,
                card: ideas[3].clone()
            }
        ),
        "This solution already has 3 ideas \u{2014} the most this deck allows"
    );
    assert!(
        refused(
            &mut s,
            Action::AddToSolution {
                group: 0,
                card: ideas[0].clone()
            }
        )
        .contains("is in Group 1's solution, not its hand")
    );
    ok(
        &mut s,
        Action::RemoveFromSolution {
            group: 0,
            card: ideas[0].clone(),
        },
    );
    assert!(s.state().groups[0].hand.contains(&ideas[0]));
    assert!(
        refused(
            &mut s,
            Action::RemoveFromSolution {
                group: 0,
                card: ideas[0].clone()
            }
        )
        .contains("is not in Group 1's solution")
    );
    conserved(&s);
}

#[test]
fn the_cards_must_fit_the_budget() {
    let mut deck = hub();
    for c in deck.ideas.iter_mut().chain(deck.methods.iter_mut()) {
        c.cost = 3;
    }
    deck.rules.budget = Some(7);
    let mut s = setup(deck, 1);
    advance_to(&mut s, Phase::Build);
    let ideas = kind_cards(&s, 0, Kind::Idea);
    ok(
        &mut s,
        Action::AddToSolution {
            group: 0,
            card: ideas[0].clone(),
        },
    );
    ok(
        &mut s,
        Action::AddToSolution {
            group: 0,
            card: ideas[1].clone(),
        },
    );
    let message = refused(
        &mut s,
        Action::AddToSolution {
            group: 0,
            card: ideas[2].clone(),
        },
    );
    assert!(
        message.ends_with("costs 3: that would make 9, over this deck's budget of 7 (the solution already costs 6)"),
        "{message}"
    );
}

#[test]
fn swaps_are_limited_per_round() {
    let mut s = at(Phase::Build, 1);
    for _ in 0..2 {
        let card = s.state().groups[0].hand[0].clone();
        ok(
            &mut s,
            Action::SwapCard {
                group: 0,
                card: card.clone(),
            },
        );
        assert!(!s.state().groups[0].hand.contains(&card));
        assert!(
            s.state().discards.ideas.contains(&card) || s.state().discards.methods.contains(&card)
        );
    }
    let card = s.state().groups[0].hand[0].clone();
    assert_eq!(
        refused(&mut s, Action::SwapCard { group: 0, card }),
        "Group 1 has used all 2 of its swaps this round"
    );
    conserved(&s);
}

#[test]
fn a_swap_needs_a_card_to_swap_with() {
    // 33 ideas, 32 dealt; 24 methods, all dealt.
    let mut deck = hub();
    deck.ideas.truncate(33);
    let mut s = at_with(deck, Phase::Build, 8);
    let method = kind_cards(&s, 0, Kind::Method)[0].clone();
    assert_eq!(
        refused(
            &mut s,
            Action::SwapCard {
                group: 0,
                card: method
            }
        ),
        "The method pile is empty: there is nothing to swap with"
    );
    // A swapped card goes to the discards, which are reshuffled when the pile runs dry.
    let idea = kind_cards(&s, 0, Kind::Idea)[0].clone();
    ok(
        &mut s,
        Action::SwapCard {
            group: 0,
            card: idea.clone(),
        },
    );
    let idea2 = kind_cards(&s, 1, Kind::Idea)[0].clone();
    ok(
        &mut s,
        Action::SwapCard {
            group: 1,
            card: idea2,
        },
    );
    assert!(
        s.state().groups[1].hand.contains(&idea),
        "the discard was reshuffled into the pile"
    );
    conserved(&s);
}

#[test]
fn cards_are_traded_between_groups() {
    let mut s = at(Phase::Build, 2);
    let card = kind_cards(&s, 0, Kind::Method)[0].clone();
    ok(
        &mut s,
        Action::Trade {
            from: 0,
            to: 1,
            card: card.clone(),
        },
    );
    assert!(s.state().groups[1].hand.contains(&card));
    assert_eq!(s.state().trades.len(), 1);
    assert_eq!(
        refused(
            &mut s,
            Action::Trade {
                from: 1,
                to: 1,
                card: card.clone()
            }
        ),
        "A group cannot trade with itself"
    );
    assert!(
        refused(
            &mut s,
            Action::Trade {
                from: 0,
                to: 1,
                card
            }
        )
        .contains("is not in Group 1's hand")
    );
    conserved(&s);
}

#[test]
fn groups_write_their_own_idea_cards() {
    let mut s = at(Phase::Build, 2);
    assert_eq!(
        refused(
            &mut s,
            Action::WriteIdea {
                group: 0,
                title: " ".into(),
                text: "x".into()
            }
        ),
        "A new idea card needs a title"
    );
    assert!(
        refused(
            &mut s,
            Action::WriteIdea {
                group: 0,
                title: "T".into(),
                text: "".into()
            }
        )
        .starts_with("A new idea card needs a sentence")
    );
    ok(
        &mut s,
        Action::WriteIdea {
            group: 0,
            title: "Listening posts".into(),
            text: "Monthly sessions.".into(),
        },
    );
    let id = s.state().written[0].id.clone();
    assert!(s.state().groups[0].hand.contains(&id));
    assert_eq!(s.state().written[0].group, 0);
    ok(
        &mut s,
        Action::AddToSolution {
            group: 0,
            card: id.clone(),
        },
    );
    assert_eq!(
        s.state().groups[0].solution.ideas,
        vec![id.clone()],
        "a written card counts as an idea"
    );
    ok(
        &mut s,
        Action::RemoveFromSolution {
            group: 0,
            card: id.clone(),
        },
    );
    assert_eq!(
        refused(
            &mut s,
            Action::Trade {
                from: 0,
                to: 1,
                card: id.clone()
            }
        ),
        "A card a group wrote itself stays with that group"
    );
    assert_eq!(
        refused(&mut s, Action::SwapCard { group: 0, card: id }),
        "A card a group wrote itself stays with that group"
    );
    conserved(&s);
}

#[test]
fn marking_ready_lists_what_is_missing() {
    let mut s = at(Phase::Build, 2);
    assert_eq!(
        refused(&mut s, Action::MarkReady { group: 0 }),
        "Not ready yet: give it a title; write a pitch; add at least 1 idea; add at least 1 method; choose which of your roles champion it; say when it happens (Now, Soon or Later); say where it works (Local, Borough, Pan-London)"
    );
    complete(&mut s, 0);
    assert!(s.state().groups[0].solution.ready);
    assert_eq!(s.state().unready_groups(), vec![1]);
    assert_eq!(
        refused(
            &mut s,
            Action::SetTitle {
                group: 0,
                title: "New".into()
            }
        ),
        "Group 1 has marked its solution ready; the facilitator can reopen it"
    );
    ok(&mut s, Action::Reopen { group: 0 });
    ok(
        &mut s,
        Action::SetTitle {
            group: 0,
            title: "New".into(),
        },
    );
    assert_eq!(
        refused(&mut s, Action::Reopen { group: 0 }),
        "Group 1's solution is already open"
    );
}

#[test]
fn solution_words_are_checked() {
    let mut s = at(Phase::Build, 1);
    assert!(
        refused(
            &mut s,
            Action::SetPitch {
                group: 0,
                pitch: "p".repeat(1001)
            }
        )
        .starts_with("The pitch is 1001 characters")
    );
    assert_eq!(
        refused(
            &mut s,
            Action::SetLevel {
                group: 0,
                level: "Galaxy".into()
            }
        ),
        "\"Galaxy\" is not a level of this deck; choose Local, Borough, Pan-London"
    );
    let not_ours = s.state().piles.roles[0].clone();
    assert!(
        refused(
            &mut s,
            Action::SetChampion {
                group: 0,
                role: not_ours,
                champion: true
            }
        )
        .contains("does not hold the role")
    );
    let role = s.state().groups[0].roles[0].clone();
    ok(
        &mut s,
        Action::SetChampion {
            group: 0,
            role: role.clone(),
            champion: true,
        },
    );
    assert!(
        refused(
            &mut s,
            Action::SetChampion {
                group: 0,
                role: role.clone(),
                champion: true
            }
        )
        .ends_with("already champions this solution")
    );
    ok(
        &mut s,
        Action::SetChampion {
            group: 0,
            role,
            champion: false,
        },
    );
    ok(
        &mut s,
        Action::SetPitch {
            group: 0,
            pitch: "Line one\nline two\u{0}".into(),
        },
    );
    assert_eq!(s.state().groups[0].solution.pitch, "Line one\nline two");
}

// Present ----------------------------------------------------------------

#[test]
fn presentations_are_recorded_with_their_times() {
    let mut s = at(Phase::Present, 2);
    assert_eq!(
        refused(&mut s, Action::EndPresentation),
        "Nobody is presenting"
    );
    ok(&mut s, Action::StartPresentation { group: 0 });
    let started = s.state().now;
    assert_eq!(
        refused(&mut s, Action::StartPresentation { group: 0 }),
        "Group 1 is already presenting"
    );
    s.act(Action::StartPresentation { group: 1 }, started + 180_000)
        .unwrap();
    s.act(Action::EndPresentation, started + 300_000).unwrap();
    let p = &s.state().presentations;
    assert_eq!(p.len(), 2);
    assert_eq!(
        (p[0].group, p[0].started, p[0].ended),
        (0, started, Some(started + 180_000))
    );
    assert_eq!((p[1].group, p[1].ended), (1, Some(started + 300_000)));
}

// Negotiate --------------------------------------------------------------

#[test]
fn groups_pledge_support_and_commit_roles() {
    let mut s = at_with(hub_even_support(), Phase::Negotiate, 3);
    let pledge = |from, to, kind: &str| Action::Pledge {
        from,
        to,
        kind: kind.into(),
        note: "We can help".into(),
    };
    assert_eq!(
        refused(&mut s, pledge(0, 0, "Funding")),
        "A group cannot pledge support to its own solution"
    );
    assert_eq!(
        refused(&mut s, pledge(0, 1, "Cake")),
        "\"Cake\" is not a kind of support in this deck; pledge Funding, Endorsement, Sharing"
    );
    ok(&mut s, pledge(0, 1, "Funding"));
    ok(&mut s, pledge(0, 1, "Sharing"));
    assert_eq!(
        refused(&mut s, pledge(0, 1, "Funding")),
        "Group 1 has already pledged funding to Group 2"
    );
    ok(
        &mut s,
        Action::WithdrawPledge {
            from: 0,
            to: 1,
            kind: "Funding".into(),
        },
    );
    assert_eq!(s.state().pledges.len(), 1);
    assert_eq!(
        refused(
            &mut s,
            Action::WithdrawPledge {
                from: 0,
                to: 1,
                kind: "Funding".into()
            }
        ),
        "There is no such pledge to withdraw"
    );
    let role = s.state().groups[2].roles[0].clone();
    let other = s.state().groups[1].roles[0].clone();
    assert!(
        refused(
            &mut s,
            Action::Commit {
                group: 2,
                role: other,
                to: 0
            }
        )
        .contains("Group 3 does not hold the role")
    );
    ok(
        &mut s,
        Action::Commit {
            group: 2,
            role: role.clone(),
            to: 0,
        },
    );
    ok(
        &mut s,
        Action::Commit {
            group: 2,
            role: role.clone(),
            to: 2,
        },
    );
    assert!(
        refused(
            &mut s,
            Action::Commit {
                group: 2,
                role: role.clone(),
                to: 0
            }
        )
        .contains("has already committed to Group 1's solution")
    );
    ok(
        &mut s,
        Action::WithdrawCommitment {
            group: 2,
            role,
            to: 0,
        },
    );
    assert_eq!(s.state().commitments.len(), 1);
    ok(&mut s, Action::Advance);
    assert!(refused(&mut s, pledge(1, 2, "Funding")).contains("happens in the Negotiate phase"));
}

// Vote -------------------------------------------------------------------

#[test]
fn dots_go_on_other_groups_solutions_within_the_allowance() {
    let mut s = at(Phase::Vote, 3);
    let dot = |group, on, c: &str| Action::PlaceDot {
        group,
        on,
        criterion: c.into(),
    };
    assert_eq!(
        refused(&mut s, dot(0, 0, "peer-to-peer")),
        "A group cannot put dots on its own solution"
    );
    assert_eq!(
        refused(&mut s, dot(0, 1, "beauty")),
        "This deck has no criterion \"beauty\""
    );
    ok(&mut s, dot(0, 1, "peer-to-peer"));
    ok(&mut s, dot(0, 1, "peer-to-peer"));
    ok(&mut s, dot(0, 2, "front-line"));
    assert_eq!(
        refused(&mut s, dot(0, 2, "front-line")),
        "Group 1 has placed all 3 of its dots; move one instead"
    );
    ok(
        &mut s,
        Action::MoveDot {
            group: 0,
            from_on: 1,
            from_criterion: "peer-to-peer".into(),
            to_on: 2,
            to_criterion: "co-production".into(),
        },
    );
    assert_eq!(s.state().dots_on(1, 1).len(), 1);
    assert_eq!(s.state().dots_on(1, 2).len(), 2);
    assert_eq!(
        refused(
            &mut s,
            Action::MoveDot {
                group: 0,
                from_on: 1,
                from_criterion: "front-line".into(),
                to_on: 2,
                to_criterion: "co-production".into()
            }
        ),
        "Group 1 has no dot there to move"
    );
    // A move onto its own solution is refused whole: the dot stays where it was.
    assert_eq!(
        refused(
            &mut s,
            Action::MoveDot {
                group: 0,
                from_on: 1,
                from_criterion: "peer-to-peer".into(),
                to_on: 0,
                to_criterion: "co-production".into()
            }
        ),
        "A group cannot put dots on its own solution"
    );
    ok(&mut s, dot(1, 2, "front-line"));
    ok(&mut s, Action::CloseVote);
    assert_eq!(
        refused(&mut s, dot(1, 0, "front-line")),
        "The vote is closed"
    );
    assert_eq!(
        refused(&mut s, Action::CloseVote),
        "The vote is already closed"
    );
    let ranking = s.state().ranking(1);
    assert_eq!(
        (ranking[0].group, ranking[0].dots, ranking[0].place),
        (2, 3, 1)
    );
    // Groups 1 and 2 tie with one dot and none: group 2 (index 1) has 1 dot.
    assert_eq!(
        (ranking[1].group, ranking[1].dots, ranking[1].place),
        (1, 1, 2)
    );
}

#[test]
fn ties_are_shown_as_ties() {
    let mut s = at(Phase::Vote, 3);
    ok(
        &mut s,
        Action::PlaceDot {
            group: 0,
            on: 1,
            criterion: "front-line".into(),
        },
    );
    ok(
        &mut s,
        Action::PlaceDot {
            group: 1,
            on: 2,
            criterion: "front-line".into(),
        },
    );
    let r = s.state().ranking(1);
    assert_eq!(
        r.iter()
            .map(|r| (r.group, r.place, r.tied))
            .collect::<Vec<_>>(),
        vec![(1, 1, true), (2, 1, true), (0, 3, false)]
    );
}

// Rounds and the end -----------------------------------------------------

#[test]
fn a_new_round_brings_new_challenges_and_fresh_hands_and_keeps_roles() {
    let mut s = at(Phase::Build, 2);
    complete(&mut s, 0);
    let roles: Vec<_> = s.state().groups.iter().map(|g| g.roles.clone()).collect();
    let solution_title = s.state().groups[0].solution.title.clone();
    advance_to(&mut s, Phase::Vote);
    ok(&mut s, Action::Advance);
    let st = s.state();
    assert_eq!((st.phase, st.round), (Phase::Challenge, 2));
    assert!(
        st.groups
            .iter()
            .all(|g| g.challenge.is_none() && g.hand.is_empty() && !g.redrawn)
    );
    assert_eq!(
        st.groups
            .iter()
            .map(|g| g.roles.clone())
            .collect::<Vec<_>>(),
        roles
    );
    assert_eq!(st.archive.len(), 2);
    assert_eq!(st.archive[0].title, solution_title);
    assert!(st.archive[0].challenge.is_some());
    assert_eq!(st.solutions(1).len(), 2);
    conserved(&s);
    advance_to(&mut s, Phase::Build);
    conserved(&s);
    advance_to(&mut s, Phase::Vote);
    ok(&mut s, Action::Advance);
    assert_eq!(s.state().phase, Phase::Debrief);
    assert_eq!(s.state().archive.len(), 4);
    assert_eq!(
        refused(&mut s, Action::Advance),
        "The session has ended; there is no next phase"
    );
    conserved(&s);
}

#[test]
fn the_facilitator_can_end_the_session_early() {
    let mut s = setup(hub(), 2);
    assert_eq!(
        refused(&mut s, Action::EndSession),
        "The session has not started yet"
    );
    advance_to(&mut s, Phase::Build);
    ok(&mut s, Action::EndSession);
    assert_eq!(s.state().phase, Phase::Debrief);
    assert!(s.state().ended_early);
    assert_eq!(s.state().archive.len(), 2);
    assert_eq!(
        refused(&mut s, Action::EndSession),
        "The session has already ended"
    );
    conserved(&s);
}

#[test]
fn every_phase_change_is_timestamped_with_its_plan() {
    let mut s = setup(hub(), 1);
    s.act(Action::Advance, T0 + 60_000).unwrap();
    s.act(Action::Advance, T0 + 360_000).unwrap();
    let log = &s.state().phase_log;
    assert_eq!(log.len(), 3);
    // The Hub deck opens with its briefing (5 minutes), then roles.
    assert_eq!(
        (
            log[1].phase,
            log[1].round,
            log[1].at,
            log[1].planned_minutes
        ),
        (Phase::Briefing, 1, T0 + 60_000, Some(5))
    );
    assert_eq!(
        (log[2].phase, log[2].at, log[2].planned_minutes),
        (Phase::Roles, T0 + 360_000, Some(5))
    );
}

// The timer --------------------------------------------------------------

#[test]
fn the_timer_starts_pauses_extends_and_skips() {
    let mut s = setup(hub(), 1);
    assert_eq!(
        refused(&mut s, Action::StartTimer),
        "Starting the timer: there is no timer in the Setup phase"
    );
    advance_to(&mut s, Phase::Build);
    let t = s.state().now;
    assert_eq!(
        s.state().timer.remaining(t),
        20 * 60_000,
        "the deck plans 20 minutes for build"
    );
    assert!(!s.state().timer.is_running());
    s.act(Action::StartTimer, t).unwrap();
    assert_eq!(
        refused(&mut s, Action::StartTimer),
        "The timer is already running"
    );
    s.act(Action::PauseTimer, t + 60_000).unwrap();
    assert_eq!(
        s.state().timer.remaining(t + 600_000),
        19 * 60_000,
        "paused time does not count"
    );
    assert_eq!(
        refused(&mut s, Action::PauseTimer),
        "The timer is not running"
    );
    s.act(Action::ExtendTimer { minutes: 5 }, t + 70_000)
        .unwrap();
    assert_eq!(s.state().timer.remaining(t + 70_000), 24 * 60_000);
    assert_eq!(
        refused(&mut s, Action::ExtendTimer { minutes: 0 }),
        "Extend by 1 to 60 minutes, not 0"
    );
    s.act(Action::StartTimer, t + 80_000).unwrap();
    assert_eq!(s.state().timer.remaining(t + 140_000), 23 * 60_000);
    s.act(Action::SkipTimer, t + 150_000).unwrap();
    assert!(s.state().timer.is_up(t + 150_000));
    ok(&mut s, Action::Advance);
    assert_eq!(
        s.state().timer.remaining(s.state().now),
        3 * 60_000,
        "a new phase starts a fresh timer"
    );
}

#[test]
fn time_never_runs_backwards() {
    let mut s = setup(hub(), 1);
    s.act(Action::Advance, T0 + 100_000).unwrap();
    s.act(Action::StartTimer, T0 + 50_000).unwrap(); // the clock jumped back
    assert_eq!(s.state().now, T0 + 100_000);
    assert_eq!(s.state().timer.running_since, Some(T0 + 100_000));
}

#[test]
fn notes_and_spotlight_at_any_time() {
    let mut s = setup(hub(), 2);
    assert_eq!(
        refused(
            &mut s,
            Action::AddNote {
                text: " \n ".into()
            }
        ),
        "The note is empty"
    );
    ok(
        &mut s,
        Action::AddNote {
            text: "Room 2 has the projector".into(),
        },
    );
    assert_eq!(s.state().notes[0].text, "Room 2 has the projector");
    ok(&mut s, Action::Spotlight { group: Some(1) });
    assert_eq!(s.state().spotlight, Some(1));
    assert!(
        refused(&mut s, Action::Spotlight { group: Some(7) }).starts_with("There is no group 8")
    );
    ok(&mut s, Action::Spotlight { group: None });
}

#[test]
fn actions_out_of_phase_name_the_phase_they_belong_to() {
    let mut s = at(Phase::Roles, 2);
    assert_eq!(
        refused(
            &mut s,
            Action::PlaceDot {
                group: 0,
                on: 1,
                criterion: "front-line".into()
            }
        ),
        "Placing dots happens in the Vote phase; this is the Roles phase"
    );
    assert_eq!(
        refused(&mut s, Action::RedrawChallenge { group: 0 }),
        "Redrawing a challenge happens in the Challenge or Build phase; this is the Roles phase"
    );
    assert!(
        refused(&mut s, Action::DrawChallenge { group: 9 }).starts_with("There is no group 10")
    );
}

// Undo and redo ----------------------------------------------------------

#[test]
fn undo_and_redo_to_any_depth_across_phase_changes() {
    let mut s = setup(hub(), 3);
    let mut states: Vec<State> = vec![s.state().clone()];
    // Briefing, roles, challenge, build.
    for _ in 0..4 {
        ok(&mut s, Action::Advance);
        states.push(s.state().clone());
    }
    assert_eq!(s.state().phase, Phase::Build);
    let card = kind_cards(&s, 0, Kind::Idea)[0].clone();
    ok(&mut s, Action::AddToSolution { group: 0, card });
    states.push(s.state().clone());
    for expected in states.iter().rev().skip(1) {
        assert!(s.undo());
        assert_eq!(s.state(), expected);
    }
    for _ in 0..3 {
        assert!(s.undo(), "undo goes back through setup too");
    }
    assert!(s.state().groups.is_empty());
    while s.undo() {}
    assert!(!s.can_undo());
    for _ in 0..3 {
        assert!(s.redo());
    }
    for expected in states.iter().skip(1) {
        assert!(s.redo());
        assert_eq!(s.state(), expected);
    }
    assert!(!s.redo());
}

#[test]
fn a_new_action_after_undo_clears_the_redo() {
    let mut s = setup(hub(), 2);
    ok(&mut s, Action::AddNote { text: "one".into() });
    assert!(s.undo());
    assert!(s.can_redo());
    ok(&mut s, Action::AddNote { text: "two".into() });
    assert!(!s.can_redo());
    assert!(!s.redo());
}

#[test]
fn undo_over_many_actions_matches_the_states_seen() {
    let mut s = livinglab::session::rehearse(&hub(), 4, 3, T0).unwrap();
    let n = s.log().len();
    let replayed: Vec<State> = (0..=n)
        .map(|k| {
            Session::replay(hub(), 3, T0, s.log()[..k].to_vec(), vec![])
                .unwrap()
                .state()
                .clone()
        })
        .collect();
    for k in (0..n).rev() {
        assert!(s.undo());
        assert_eq!(s.state(), &replayed[k], "after undoing back to {k} actions");
    }
}

// A deck revised during the session -------------------------------------

/// A card no bundled deck has, for revisions.
fn tool_library() -> livinglab::deck::Card {
    livinglab::deck::Card {
        id: "tool-library".into(),
        title: "A tool library".into(),
        text: "Borrow a drill instead of buying one.".into(),
        tags: vec![],
        source: None,
        image: None,
        cost: 1,
        translations: Default::default(),
    }
}

#[test]
fn a_revised_deck_keeps_cards_in_play_and_brings_new_cards_into_the_piles() {
    let mut s = at(Phase::Build, 2);
    let old = s.deck().clone();
    let in_hand = s.state().groups[0].hand[0].clone();
    let unplayed = s.state().piles.ideas[0].clone();
    let mut new = old.clone();
    new.ideas.retain(|c| c.id != in_hand && c.id != unplayed);
    new.ideas.push(tool_library());
    new.ideas[0].title = "Renamed".into();
    ok(
        &mut s,
        Action::ReviseDeck {
            deck: Box::new(new),
        },
    );
    assert!(
        s.state().piles.ideas.contains(&"tool-library".to_string()),
        "the new card is in the pile"
    );
    assert!(
        !s.state().piles.ideas.contains(&unplayed),
        "a removed card leaves the pile"
    );
    assert!(
        s.state().groups[0].hand.contains(&in_hand),
        "a card in play stays"
    );
    assert!(
        s.deck().card(&in_hand).is_some(),
        "and the deck still knows it"
    );
    assert_eq!(s.deck().ideas[0].title, "Renamed", "texts follow the file");
    conserved(&s);
    // Replay, undo and the session file see the same decks at the same moments.
    let replayed = Session::replay(
        s.original_deck().clone(),
        s.seed(),
        s.created_at(),
        s.log().to_vec(),
        vec![],
    )
    .unwrap();
    assert_eq!(replayed.state(), s.state());
    assert_eq!(replayed.deck(), s.deck());
    let loaded = Session::from_bytes(&s.to_bytes()).unwrap();
    assert_eq!(loaded.deck(), s.deck());
    assert!(s.undo());
    assert_eq!(s.deck(), &old);
    assert!(s.state().piles.ideas.contains(&unplayed));
    conserved(&s);
}

#[test]
fn a_revised_deck_with_errors_is_refused() {
    let mut s = at(Phase::Build, 2);
    let mut broken = s.deck().clone();
    broken.rules.rounds = 99;
    let message = refused(
        &mut s,
        Action::ReviseDeck {
            deck: Box::new(broken),
        },
    );
    assert!(
        message.starts_with("The revised deck has errors: rounds must be between 1 and 12"),
        "{message}"
    );
}

fn pledge(from: usize, to: usize, kind: &str) -> Action {
    Action::Pledge {
        from,
        to,
        kind: kind.into(),
        note: String::new(),
    }
}

#[test]
fn support_runs_out_each_token_once_a_round() {
    // No role holds anything: one token of each kind a group.
    let mut s = at_with(hub_even_support(), Phase::Negotiate, 3);
    ok(&mut s, pledge(0, 1, "Funding"));
    assert_eq!(
        refused(&mut s, pledge(0, 2, "Funding")),
        "Group 1 has no funding left to pledge this round: it had 1 and pledged it to Group 2; withdraw a pledge to give it elsewhere"
    );
    // Other kinds, and other groups, have their own.
    ok(&mut s, pledge(0, 2, "Endorsement"));
    ok(&mut s, pledge(1, 2, "Funding"));
    // A withdrawn pledge gives the token back.
    ok(
        &mut s,
        Action::WithdrawPledge {
            from: 0,
            to: 1,
            kind: "Funding".into(),
        },
    );
    ok(&mut s, pledge(0, 2, "Funding"));
}

#[test]
fn a_deck_can_give_more_support_per_group() {
    let mut deck = hub_even_support();
    deck.rules.support_per_group = Some(2);
    let mut s = setup(deck, 3);
    advance_to(&mut s, Phase::Negotiate);
    ok(&mut s, pledge(0, 1, "Funding"));
    ok(&mut s, pledge(0, 2, "Funding"));
    assert!(
        refused(&mut s, pledge(0, 1, "Funding")).contains("already pledged"),
        "one a kind to each other group"
    );
    ok(&mut s, pledge(1, 0, "Funding"));
}

#[test]
fn roles_hold_the_support_their_group_pledges() {
    let mut deck = hub();
    // Every role holds one kind: the first two roles Funding, the rest
    // Endorsement.
    for (i, r) in deck.roles.iter_mut().enumerate() {
        r.holds = vec![if i < 2 { "Funding" } else { "Endorsement" }.to_string()];
    }
    let mut s = setup(deck.clone(), 3);
    advance_to(&mut s, Phase::Negotiate);
    for g in 0..3 {
        let roles = s.state().groups[g].roles.clone();
        let holds = |kind: &str| {
            roles
                .iter()
                .filter_map(|id| deck.role(id))
                .flat_map(|r| r.holds.iter())
                .filter(|h| *h == kind)
                .count()
        };
        let to = (g + 1) % 3;
        let other = (g + 2) % 3;
        for kind in ["Funding", "Endorsement", "Sharing"] {
            let mut given = 0;
            for target in [to, other] {
                let a = pledge(g, target, kind);
                let at = s.state().now + 1000;
                if s.act(a, at).is_ok() {
                    given += 1;
                    let p = s.state().pledges.last().unwrap();
                    let role = p.role.clone().expect("the pledge names the role");
                    assert!(roles.contains(&role));
                    assert!(deck.role(&role).unwrap().holds.iter().any(|h| h == kind));
                }
            }
            assert_eq!(given, holds(kind).min(2), "group {g}, {kind}");
        }
    }
    // A kind no role holds is refused in words.
    let e = refused(&mut s, pledge(0, 1, "Sharing"));
    assert_eq!(
        e,
        "Group 1 has no sharing to pledge: none of its roles holds any"
    );
}

#[test]
fn sessions_played_before_support_ran_out_replay_as_they_were() {
    // Rules 1: a group could pledge a kind to every other group.
    let mut s = at_with(hub_even_support(), Phase::Negotiate, 3);
    let file = s.to_file();
    let mut old = livinglab::session::Session::replay_under(
        file.deck,
        file.seed,
        file.created_at,
        (file.log, vec![]),
        1,
    )
    .unwrap();
    ok(&mut old, pledge(0, 1, "Funding"));
    ok(&mut old, pledge(0, 2, "Funding"));
    // Saved and opened again, it keeps its rules.
    let mut json: serde_json::Value = serde_json::from_slice(&old.to_bytes()).unwrap();
    assert_eq!(json["rules_version"], 1);
    json.as_object_mut().unwrap().remove("rules_version");
    let back = Session::from_bytes(&serde_json::to_vec(&json).unwrap()).unwrap();
    assert_eq!(
        back.state().pledges.len(),
        2,
        "a file without rules_version is rules 1"
    );
    assert_eq!(back.rules_version(), 1);
    // A new session is played under the new rules.
    ok(&mut s, pledge(0, 1, "Funding"));
    assert!(!refused(&mut s, pledge(0, 2, "Funding")).is_empty());
    assert_eq!(s.rules_version(), livinglab::session::RULES_VERSION);
}

#[test]
fn in_every_rehearsed_session_no_group_pledges_more_than_it_holds() {
    for path in std::fs::read_dir(root().join("scenarios")).unwrap() {
        let path = path.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ron") {
            continue;
        }
        let deck = livinglab::deck::load(&path).unwrap().deck;
        for seed in 0..20 {
            let groups = 2 + (seed as usize % 3);
            let played = livinglab::session::rehearse(&deck, groups, seed, T0).unwrap();
            let state = played.state();
            let mut rounds: Vec<Vec<&livinglab::session::Pledge>> = Vec::new();
            for p in &state.pledges {
                let r = p.round as usize;
                if rounds.len() <= r {
                    rounds.resize(r + 1, Vec::new());
                }
                rounds[r].push(p);
            }
            for (round, pledges) in rounds.iter().enumerate() {
                for g in 0..groups {
                    for kind in &deck.support {
                        let given = pledges
                            .iter()
                            .filter(|p| p.from == g && &p.kind == kind)
                            .count();
                        let roles = &state.groups[g].roles;
                        let held = livinglab::session::tokens(&deck, roles, kind).len();
                        assert!(
                            given <= held,
                            "{}: seed {seed}, round {round}: group {g} pledged {given} {kind} but holds {held}",
                            path.display()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_deck_with_a_briefing_opens_with_it_and_one_without_does_not() {
    let mut s = setup(hub(), 2);
    ok(&mut s, Action::Advance);
    assert_eq!(s.state().phase, Phase::Briefing);
    assert_eq!(s.state().round, 1);
    // Its own timer, of the deck's minutes.
    ok(&mut s, Action::StartTimer);
    assert!(s.state().timer.is_running());
    let planned = s.state().phase_log.last().unwrap().planned_minutes;
    assert_eq!(planned, Some(hub().rules.minutes.briefing));
    ok(&mut s, Action::Advance);
    assert_eq!(s.state().phase, Phase::Roles);
    let mut deck = hub();
    deck.briefing = None;
    let mut s = setup(deck, 2);
    ok(&mut s, Action::Advance);
    assert_eq!(
        s.state().phase,
        Phase::Roles,
        "no briefing, straight to roles"
    );
}

#[test]
fn each_group_reports_back_before_the_vote_with_a_note() {
    let mut s = at(Phase::Negotiate, 3);
    ok(&mut s, Action::Advance);
    assert_eq!(s.state().phase, Phase::ReportBack);
    // Two minutes a group by default.
    let planned = s.state().phase_log.last().unwrap().planned_minutes;
    assert_eq!(planned, Some(3 * hub().rules.minutes.report_back));
    assert_eq!(
        refused(
            &mut s,
            Action::NoteReportBack {
                group: 1,
                note: "x".into()
            }
        ),
        "Group 2 has not reported back yet; start its report-back first"
    );
    ok(&mut s, Action::StartReportBack { group: 1 });
    assert_eq!(
        refused(&mut s, Action::StartReportBack { group: 1 }),
        "Group 2 is already reporting back"
    );
    ok(
        &mut s,
        Action::NoteReportBack {
            group: 1,
            note: "  Will run it with the borough's help.  ".into(),
        },
    );
    ok(&mut s, Action::StartReportBack { group: 2 });
    let backs = &s.state().report_backs;
    assert_eq!(backs.len(), 2);
    assert!(backs[0].ended.is_some(), "the next one ends the last");
    assert_eq!(backs[0].note, "Will run it with the borough's help.");
    ok(&mut s, Action::Advance);
    assert_eq!(s.state().phase, Phase::Vote);
    assert!(s.state().reporting.is_none());
    assert!(s.state().report_backs[1].ended.is_some());
    assert!(refused(&mut s, Action::EndReportBack).contains("Report-back phase"));
}

#[test]
fn sessions_under_the_first_rules_go_from_negotiate_to_the_vote() {
    let s = at(Phase::Negotiate, 2);
    let file = s.to_file();
    let mut old =
        Session::replay_under(file.deck, file.seed, file.created_at, (file.log, vec![]), 1)
            .unwrap();
    ok(&mut old, Action::Advance);
    assert_eq!(old.state().phase, Phase::Vote);
}

// A set of cards per group ------------------------------------------------

/// The Hub deck cut to 8 ideas with hands of 4: one set seats 2 groups.
fn eight_ideas() -> livinglab::deck::Deck {
    let mut deck = hub();
    deck.ideas.truncate(8);
    deck.rules.hand.ideas = 4;
    deck
}

fn per_group(groups: usize) -> Session {
    let mut s = setup(eight_ideas(), groups);
    ok(
        &mut s,
        Action::SetCards {
            cards: livinglab::deck::Cards::PerGroup,
        },
    );
    s
}

#[test]
fn a_deck_too_small_for_the_room_says_to_give_each_group_its_own_set() {
    let mut s = setup(eight_ideas(), 6);
    let why = refused(&mut s, Action::Advance);
    assert!(why.contains("at most 2 groups"), "{why}");
    assert!(
        why.contains("Give each group its own set of cards"),
        "{why}"
    );
    ok(
        &mut s,
        Action::SetCards {
            cards: livinglab::deck::Cards::PerGroup,
        },
    );
    ok(&mut s, Action::Advance);
    assert_ne!(s.state().phase, Phase::Setup);
}

#[test]
fn with_a_set_per_group_every_group_draws_from_its_own_set() {
    use livinglab::deck::{original_id, set_of};
    let mut s = per_group(6);
    advance_to(&mut s, Phase::Build);
    let state = s.state();
    let hand = s.deck().rules.hand;
    for (g, group) in state.groups.iter().enumerate() {
        assert_eq!(group.hand.len(), (hand.ideas + hand.methods) as usize);
        let cards: Vec<&String> = group
            .hand
            .iter()
            .chain(&group.roles)
            .chain(&group.challenge)
            .collect();
        for c in &cards {
            assert_eq!(set_of(c), Some(g + 1), "{c} in group {g}");
            assert!(s.deck().card(c).is_some() || s.deck().role(c).is_some());
        }
        let mut originals: Vec<&str> = cards.iter().map(|c| original_id(c)).collect();
        originals.sort_unstable();
        originals.dedup();
        assert_eq!(
            originals.len(),
            cards.len(),
            "a group holds two copies of one card"
        );
    }
    // Every copy is in exactly one place: 6 sets of every card.
    state.check_cards(s.deck()).unwrap();
}

#[test]
fn a_traded_copy_stays_that_copy_and_goes_back_to_its_own_set() {
    use livinglab::deck::set_of;
    let mut s = per_group(3);
    advance_to(&mut s, Phase::Build);
    let card = kind_cards(&s, 0, Kind::Idea)[0].clone();
    ok(
        &mut s,
        Action::Trade {
            from: 0,
            to: 1,
            card: card.clone(),
        },
    );
    assert!(s.state().groups[1].hand.contains(&card));
    assert_eq!(set_of(&card), Some(1));
    s.state().check_cards(s.deck()).unwrap();
    // Group 2 swaps the traded copy away: it draws from its own set and
    // the copy goes to the discards, still set 1's.
    ok(
        &mut s,
        Action::SwapCard {
            group: 1,
            card: card.clone(),
        },
    );
    let group = &s.state().groups[1];
    assert!(!group.hand.contains(&card));
    assert!(
        group
            .hand
            .iter()
            .all(|c| set_of(c) == Some(1) || set_of(c) == Some(2))
    );
    assert!(s.state().discards.ideas.contains(&card));
    s.state().check_cards(s.deck()).unwrap();
}

#[test]
fn the_card_sets_are_chosen_before_the_session_starts() {
    let mut s = at(Phase::Build, 2);
    let why = refused(
        &mut s,
        Action::SetCards {
            cards: livinglab::deck::Cards::PerGroup,
        },
    );
    assert!(why.contains("Setup phase"), "{why}");
}

#[test]
fn a_session_with_a_set_per_group_replays_to_the_same_table() {
    let played = livinglab::session::rehearse_with(
        &eight_ideas(),
        6,
        9,
        T0,
        livinglab::deck::Cards::PerGroup,
    )
    .unwrap();
    assert_eq!(played.state().phase, Phase::Debrief);
    played.state().check_cards(played.deck()).unwrap();
    let again = Session::replay(
        played.deck().clone(),
        played.seed(),
        T0,
        played.log().to_vec(),
        Vec::new(),
    )
    .unwrap();
    assert_eq!(again.state(), played.state());
    // The deck itself is untouched: the choice is in the log.
    assert_eq!(played.deck(), &eight_ideas());
}

#[test]
fn rehearsing_a_deck_too_small_for_the_room_names_the_way_out() {
    let why = livinglab::session::rehearse(&eight_ideas(), 6, 1, T0).unwrap_err();
    assert!(why.contains("--cards per-group"), "{why}");
}

#[test]
fn a_revised_deck_with_a_set_per_group_adds_a_copy_of_a_new_card_to_every_set() {
    use livinglab::deck::original_id;
    let mut s = per_group(3);
    advance_to(&mut s, Phase::Build);
    let old = s.deck().clone();
    let in_hand = s.state().groups[0].hand[0].clone();
    // An idea no set has in play: every copy of it is in a pile.
    let in_play = |id: &str| {
        s.state().groups.iter().any(|g| {
            g.hand
                .iter()
                .chain(&g.solution.ideas)
                .any(|c| original_id(c) == id)
        })
    };
    let unplayed = old
        .ideas
        .iter()
        .find(|c| !in_play(&c.id))
        .unwrap()
        .id
        .clone();
    let mut new = old.clone();
    new.ideas
        .retain(|c| c.id != original_id(&in_hand) && c.id != unplayed);
    new.ideas.push(tool_library());
    ok(
        &mut s,
        Action::ReviseDeck {
            deck: Box::new(new),
        },
    );
    let pile = &s.state().piles.ideas;
    for set in 1..=3 {
        assert!(pile.contains(&format!("tool-library@{set}")), "{pile:?}");
    }
    assert!(
        !pile
            .iter()
            .any(|c| original_id(c) == original_id(&unplayed))
    );
    assert!(
        s.state().groups[0].hand.contains(&in_hand),
        "a card in play stays"
    );
    s.state().check_cards(s.deck()).unwrap();
}

#[test]
fn with_a_set_per_group_a_group_takes_roles_from_its_own_set() {
    let mut s = per_group(2);
    advance_to(&mut s, Phase::Roles);
    let role = s.deck().roles[0].id.clone();
    // The deck id names the group's own copy.
    ok(
        &mut s,
        Action::ChooseRole {
            group: 1,
            role: role.clone(),
        },
    );
    assert!(s.state().groups[1].roles.contains(&format!("{role}@2")));
    // Another group may hold the same role from its own set…
    ok(
        &mut s,
        Action::ChooseRole {
            group: 0,
            role: role.clone(),
        },
    );
    assert!(s.state().groups[0].roles.contains(&format!("{role}@1")));
    // …but not take a copy from someone else's.
    let other = s.deck().roles[1].id.clone();
    let why = refused(
        &mut s,
        Action::ChooseRole {
            group: 0,
            role: format!("{other}@2"),
        },
    );
    assert!(why.contains("another group's set"), "{why}");
    assert!(!why.contains('@'), "{why}");
    s.state().check_cards(s.deck()).unwrap();
}

#[test]
fn a_held_text_is_in_no_state_until_approved_and_a_hidden_one_never() {
    let mut s = at(Phase::Build, 2);
    let idea = Action::WriteIdea {
        group: 0,
        title: "Tea rota".into(),
        text: "Every member hosts a tea once a term".into(),
    };
    assert!(idea.writes_text());
    let written = s.state().written.len();
    ok(&mut s, idea.clone().held(3));
    // Held: not on the table, in the queue with its writer's device.
    assert_eq!(s.state().written.len(), written);
    assert_eq!(s.state().held.len(), 1);
    assert_eq!(s.state().held[0].by, 3);
    let first = s.state().held[0].number;
    // Approved as edited: the edit is what reaches the table.
    ok(
        &mut s,
        Action::Approve {
            number: first,
            edited: Some(livinglab::session::Written {
                title: "Tea rota".into(),
                text: "Members host a tea in turn".into(),
            }),
        },
    );
    assert!(s.state().held.is_empty());
    let card = s.state().written.last().unwrap();
    assert_eq!(card.text, "Members host a tea in turn");
    // A title held, then hidden: it never reaches the solution, and is
    // counted.
    let title = Action::SetTitle {
        group: 1,
        title: "Something rude".into(),
    };
    ok(&mut s, title.held(4));
    let second = s.state().held[0].number;
    assert_ne!(second, first);
    ok(&mut s, Action::HideHeld { number: second });
    assert_ne!(s.state().groups[1].solution.title, "Something rude");
    assert_eq!(s.state().hidden_texts, 1);
    // A number that is not waiting is refused, and so is holding a move
    // that writes nothing, or one the rules refuse now.
    assert!(refused(&mut s, Action::HideHeld { number: second }).contains("waiting"));
    assert!(
        refused(
            &mut s,
            Action::Approve {
                number: 99,
                edited: None
            }
        )
        .contains("99")
    );
    assert!(!Action::MarkReady { group: 0 }.writes_text());
    refused(
        &mut s,
        Action::Hold {
            action: Box::new(Action::StartTimer),
            by: 1,
        },
    );
    refused(
        &mut s,
        Action::WriteIdea {
            group: 0,
            title: String::new(),
            text: "no title".into(),
        }
        .held(3),
    );
    // A pledge without a note is not held; with one, it is.
    assert!(
        !Action::Pledge {
            from: 0,
            to: 1,
            kind: "x".into(),
            note: " ".into()
        }
        .writes_text()
    );
    // Undo takes a decision back; the session file replays every decision.
    assert!(s.undo());
    assert_eq!(s.state().hidden_texts, 0);
    assert_eq!(s.state().held.len(), 1);
    assert!(s.redo());
    let again = Session::from_bytes(&s.to_bytes()).unwrap();
    assert_eq!(again.state(), s.state());
}
