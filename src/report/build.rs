//! From played sessions to the report's model.

use crate::deck::Deck;
use crate::session::file::deck_sha256;
use crate::session::{Phase, Session, State, clock};

use super::model::*;
use super::network;
use crate::say;
use crate::words::{self, Words};

/// The report of one workshop: every session must be of the same deck.
pub fn build(sessions: &[Session]) -> Result<Report, String> {
    let Some(first) = sessions.first() else {
        return Err("no session to report on".into());
    };
    let deck = first.deck();
    let hash = deck_sha256(first.original_deck());
    for s in &sessions[1..] {
        if deck_sha256(s.original_deck()) != hash {
            let what = if s.original_deck().id == deck.id {
                format!("a different version of the deck \"{}\"", deck.id)
            } else {
                format!("the deck \"{}\"", s.deck().id)
            };
            return Err(format!(
                "session {} was played with {what}, not \"{}\": one report merges the sessions of one deck",
                s.id(),
                deck.id
            ));
        }
    }
    // The same session given twice counts once.
    let mut unique: Vec<&Session> = Vec::new();
    for s in sessions {
        if !unique
            .iter()
            .any(|u| u.id() == s.id() && u.log() == s.log())
        {
            unique.push(s);
        }
    }
    // The room's language: the one the facilitator chose, else the deck's.
    let language = unique
        .first()
        .and_then(|s| s.state().language.clone())
        .or_else(|| deck.language.clone())
        .and_then(|tag| crate::deck::language_tag(&tag).ok());
    let several = Several {
        several: unique.len() > 1,
        words: words::get(language.as_deref().unwrap_or(words::ENGLISH)),
    };
    let tables: Vec<Table> = unique
        .iter()
        .enumerate()
        .map(|(i, s)| table(i + 1, s, several))
        .collect();
    let mut net = network::build(&unique, several);
    let analysis = network::analyse(&mut net, &tables);
    Ok(Report {
        schema: SCHEMA.into(),
        version: VERSION,
        date: unique
            .iter()
            .min_by_key(|s| s.created_at())
            .map(|s| clock::date(s.created_at(), s.zone()))
            .unwrap_or_else(|| clock::date(0, clock::UTC)),
        deck: DeckInfo {
            id: deck.id.clone(),
            title: deck.title.clone(),
            summary: deck.summary.clone(),
            source: deck.source.clone(),
            language,
            sha256: hash,
            criteria: deck
                .criteria
                .iter()
                .map(|c| Criterion {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    question: c.question.clone(),
                })
                .collect(),
        },
        cards: card_use(deck, &unique),
        tables,
        network: net,
        analysis,
    })
}

/// A group's name, with its table when several tables are merged.
pub(super) fn group_name(state: &State, table: usize, g: usize, several: Several) -> String {
    let name = state.groups.get(g).map_or_else(
        || format!("{} {}", say!(several.words, "kind-group"), g + 1),
        |x| x.name.clone(),
    );
    at_table(name, table, several)
}

/// Whether several tables are merged, and the words that say which table.
#[derive(Clone, Copy)]
pub(super) struct Several {
    pub(super) several: bool,
    pub(super) words: &'static Words,
}

fn at_table(name: String, table: usize, several: Several) -> String {
    if several.several {
        say!(
            several.words,
            "report-group-at-table",
            group = name,
            number = table
        )
    } else {
        name
    }
}

/// A card of the deck or a written one, by id.
pub(super) fn card_ref(deck: &Deck, state: &State, id: &str) -> CardRef {
    // A copy from a group's own set is reported as the card it copies.
    let id = crate::deck::original_id(id);
    if let Some((kind, c)) = deck.card(id) {
        return CardRef {
            id: id.into(),
            kind: kind.word().into(),
            title: c.title.clone(),
            text: c.text.clone(),
            translations: titles(&c.translations, |w| &w.title),
        };
    }
    if let Some(r) = deck.role(id) {
        return CardRef {
            id: id.into(),
            kind: "role".into(),
            title: r.name.clone(),
            text: r.brief.clone(),
            translations: titles(&r.translations, |w| &w.name),
        };
    }
    if let Some(w) = state.written_card(id) {
        return CardRef {
            id: id.into(),
            kind: "written".into(),
            title: w.title.clone(),
            text: w.text.clone(),
            translations: Default::default(),
        };
    }
    CardRef {
        id: id.into(),
        kind: "unknown".into(),
        title: id.into(),
        text: String::new(),
        translations: Default::default(),
    }
}

/// An item's title in each language it is given in.
fn titles<W>(
    translations: &std::collections::BTreeMap<String, W>,
    title: impl Fn(&W) -> &String,
) -> std::collections::BTreeMap<String, String> {
    translations
        .iter()
        .map(|(tag, w)| (tag.clone(), title(w).clone()))
        .collect()
}

fn role_name(deck: &Deck, id: &str) -> String {
    deck.role(id)
        .map_or_else(|| id.to_string(), |r| r.name.clone())
}

fn table(number: usize, session: &Session, several: Several) -> Table {
    let deck = session.deck();
    let state = session.state();
    let name = |g: usize| group_name(state, number, g, several);
    let groups = state
        .groups
        .iter()
        .map(|g| Group {
            name: at_table(g.name.clone(), number, several),
            colour: g.colour.hex(),
            seat: g.seat.name().into(),
            roles: g.roles.iter().map(|r| card_ref(deck, state, r)).collect(),
        })
        .collect();
    let mut rounds = Vec::new();
    for round in 1..=state.round {
        let live = state.solutions(round);
        if live.is_empty() {
            continue;
        }
        let mut solutions = Vec::new();
        let mut ranking = state.ranking(round);
        if !deck.rules.ranking {
            ranking.sort_by_key(|r| r.group);
        }
        for rank in ranking {
            let Some(s) = live.iter().find(|s| s.group == rank.group) else {
                continue;
            };
            let g = rank.group;
            let dots = state.dots_on(round, g);
            let talk = state
                .presentations
                .iter()
                .filter(|p| p.round == round && p.group == g)
                .filter_map(|p| p.ended.map(|e| e.saturating_sub(p.started)))
                .sum::<u64>();
            solutions.push(Solution {
                group: name(g),
                group_colour: state
                    .groups
                    .get(g)
                    .map_or_else(String::new, |x| x.colour.hex()),
                place: deck.rules.ranking.then_some(rank.place),
                tied: deck.rules.ranking && rank.tied,
                dots: rank.dots,
                dots_by_criterion: deck
                    .criteria
                    .iter()
                    .map(|c| CriterionDots {
                        criterion: c.name.clone(),
                        dots: dots.iter().filter(|d| d.criterion == c.id).count(),
                    })
                    .collect(),
                challenge: s.challenge.as_deref().map(|c| card_ref(deck, state, c)),
                title: s.title.clone(),
                pitch: s.pitch.clone(),
                ideas: s.ideas.iter().map(|c| card_ref(deck, state, c)).collect(),
                methods: s.methods.iter().map(|c| card_ref(deck, state, c)).collect(),
                written: state
                    .written
                    .iter()
                    .filter(|w| w.round == round && w.group == g)
                    .map(|w| card_ref(deck, state, &w.id))
                    .collect(),
                champions: s.champions.iter().map(|r| role_name(deck, r)).collect(),
                horizon: s.horizon.map(|h| h.name().to_string()),
                level: s.level.clone(),
                ready: s.ready,
                pledges: state
                    .pledges
                    .iter()
                    .filter(|p| p.round == round && p.to == g)
                    .map(|p| Pledge {
                        from: name(p.from),
                        kind: p.kind.clone(),
                        note: p.note.clone(),
                        role: p.role.as_ref().map(|r| {
                            session
                                .deck()
                                .role(r)
                                .map_or(r.clone(), |role| role.name.clone())
                        }),
                    })
                    .collect(),
                deliverers: state
                    .commitments
                    .iter()
                    .filter(|c| c.round == round && c.to == g)
                    .map(|c| Deliverer {
                        role: role_name(deck, &c.role),
                        group: name(c.group),
                    })
                    .collect(),
                presented_for: (talk > 0).then(|| clock::duration(talk)),
                report_back: state
                    .report_backs
                    .iter()
                    .rev()
                    .find(|r| r.round == round && r.group == g)
                    .map(|r| ReportedBack {
                        took: r
                            .ended
                            .map(|e| clock::duration(e.saturating_sub(r.started))),
                        note: r.note.clone(),
                    }),
            });
        }
        rounds.push(Round {
            number: round,
            solutions,
        });
    }
    let marks = &state.phase_log;
    let phases = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| !matches!(m.phase, Phase::Setup | Phase::Debrief))
        .map(|(i, m)| {
            let end = marks.get(i + 1).map_or(state.now, |n| n.at);
            let took = end.saturating_sub(m.at);
            PhaseTime {
                phase: m.phase.name().into(),
                round: m.round,
                planned_minutes: m.planned_minutes,
                took: clock::duration(took),
                took_seconds: took / 1000,
                over: m
                    .planned_minutes
                    .is_some_and(|p| took > u64::from(p) * 60_000),
            }
        })
        .collect();
    Table {
        number,
        session_id: session.id(),
        started: clock::readable(session.created_at(), session.zone()),
        ended: clock::readable(state.now, session.zone()),
        seed: session.seed(),
        ended_early: state.ended_early,
        rounds_planned: state.rounds,
        cards: state.cards,
        groups,
        rounds,
        phases,
        notes: state
            .notes
            .iter()
            .map(|n| Note {
                at: clock::readable(n.at, session.zone()),
                phase: n.phase.name().into(),
                round: n.round,
                text: n.text.clone(),
            })
            .collect(),
        hidden_texts: state.hidden_texts,
    }
}

/// A set of card ids, looked up a few hundred thousand times per report (in
/// every hand of every state): rustc-hash is several times faster than the
/// standard hash on ids this short.
type IdSet = rustc_hash::FxHashSet<String>;

/// Cards dealt but never chosen, and cards never dealt, across all tables.
fn card_use(deck: &Deck, sessions: &[&Session]) -> CardUse {
    let mut dealt: IdSet = IdSet::default();
    let mut chosen: IdSet = IdSet::default();
    for session in sessions {
        // Every hand that was ever dealt, state by state. Nearly every id
        // is seen again and again, so it is copied only the first time.
        session.walk_states(|s| {
            let mut see = |id: &String| {
                let id = crate::deck::original_id(id);
                if !dealt.contains(id) {
                    dealt.insert(id.to_string());
                }
            };
            for g in &s.groups {
                g.hand.iter().for_each(&mut see);
                g.solution.ideas.iter().for_each(&mut see);
                g.solution.methods.iter().for_each(&mut see);
                g.challenge.iter().for_each(&mut see);
            }
            s.shared_challenge.iter().for_each(&mut see);
        });
        let state = session.state();
        for round in 1..=state.round {
            for s in state.solutions(round) {
                let original = |id: &String| crate::deck::original_id(id).to_string();
                chosen.extend(s.ideas.iter().map(original));
                chosen.extend(s.methods.iter().map(original));
                chosen.extend(s.challenge.iter().map(original));
            }
        }
    }
    let empty = State::new(deck, 0);
    let all: Vec<&crate::deck::Card> = deck.ideas.iter().chain(&deck.methods).collect();
    CardUse {
        dealt_never_chosen: all
            .iter()
            .filter(|c| dealt.contains(&c.id) && !chosen.contains(&c.id))
            .map(|c| card_ref(deck, &empty, &c.id))
            .collect(),
        never_dealt: deck
            .challenges
            .iter()
            .chain(all.iter().copied())
            .filter(|c| !dealt.contains(&c.id))
            .map(|c| card_ref(deck, &empty, &c.id))
            .collect(),
    }
}
