//! A deck revised while a session runs (an organiser saved the deck file):
//! cards in play stay as they are, new cards go into their piles, and cards
//! removed from the file leave the piles. Logged as an action, so replay and
//! undo see the same deck at the same moment.

use std::collections::BTreeSet;

use crate::deck::{Card, Cards, Deck, copy_id, original_id};

use super::state::State;

/// Every card and criterion id the session refers to anywhere: places,
/// past solutions, dots.
fn referenced(state: &State) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for g in &state.groups {
        ids.extend(g.roles.iter().cloned());
        ids.extend(g.challenge.iter().cloned());
        ids.extend(g.hand.iter().cloned());
        ids.extend(g.solution.ideas.iter().cloned());
        ids.extend(g.solution.methods.iter().cloned());
        ids.extend(g.solution.challenge.iter().cloned());
    }
    for s in &state.archive {
        ids.extend(s.ideas.iter().cloned());
        ids.extend(s.methods.iter().cloned());
        ids.extend(s.challenge.iter().cloned());
        ids.extend(s.champions.iter().cloned());
    }
    ids.extend(state.shared_challenge.iter().cloned());
    ids.extend(state.commitments.iter().map(|c| c.role.clone()));
    ids.extend(state.dots.iter().map(|d| d.criterion.clone()));
    // A copy from a group's set refers to the card it was printed from.
    ids.into_iter()
        .map(|id| original_id(&id).to_string())
        .collect()
}

/// The deck the session continues with, and its state: `new` plus any card
/// of `old` that the session still refers to.
pub fn revise(old: &Deck, new: &Deck, state: &State) -> (Deck, State) {
    let used = referenced(state);
    let mut deck = new.clone();
    let keep = |list: &mut Vec<Card>, old_list: &[Card]| {
        for c in old_list {
            if used.contains(&c.id) && !list.iter().any(|n| n.id == c.id) {
                list.push(c.clone());
            }
        }
    };
    keep(&mut deck.challenges, &old.challenges);
    keep(&mut deck.ideas, &old.ideas);
    keep(&mut deck.methods, &old.methods);
    for r in &old.roles {
        if used.contains(&r.id) && deck.role(&r.id).is_none() {
            deck.roles.push(r.clone());
        }
    }
    for c in &old.criteria {
        if used.contains(&c.id) && deck.criterion(&c.id).is_none() {
            deck.criteria.push(c.clone());
        }
    }
    let mut next = state.clone();
    // Cards gone from the deck leave the piles; new cards join them. (A card
    // whose copy is in play in another group's set stays in the deck, and
    // so do its other copies.)
    let in_deck = |id: &String| deck.card(id).is_some() || deck.role(id).is_some();
    for piles in [&mut next.piles, &mut next.discards] {
        for list in [
            &mut piles.roles,
            &mut piles.challenges,
            &mut piles.ideas,
            &mut piles.methods,
        ] {
            list.retain(|id| in_deck(id));
        }
    }
    let mut placed: BTreeSet<String> = used;
    for piles in [&next.piles, &next.discards] {
        for list in [
            &piles.roles,
            &piles.challenges,
            &piles.ideas,
            &piles.methods,
        ] {
            placed.extend(list.iter().map(|id| original_id(id).to_string()));
        }
    }
    // With a set per group, a new card joins every group's set.
    let sets = if state.cards == Cards::PerGroup && state.round > 0 {
        state.groups.len()
    } else {
        0
    };
    let copies = |id: &str| -> Vec<String> {
        if sets == 0 {
            vec![id.to_string()]
        } else {
            (1..=sets).map(|set| copy_id(id, set)).collect()
        }
    };
    for r in &deck.roles {
        if !placed.contains(&r.id) {
            for copy in copies(&r.id) {
                next.piles.roles.insert(0, copy);
            }
        }
    }
    for (list, cards) in [
        (&mut next.piles.challenges, &deck.challenges),
        (&mut next.piles.ideas, &deck.ideas),
        (&mut next.piles.methods, &deck.methods),
    ] {
        for c in cards {
            if !placed.contains(&c.id) {
                for copy in copies(&c.id) {
                    list.insert(0, copy);
                }
            }
        }
    }
    (deck, next)
}
