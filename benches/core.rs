//! The core's benchmarks, each beside a floor measured in the same run
//! (`cargo bench --bench core`; `scripts/bench-app` turns them into ratios
//! and checks the budgets in `docs/performance.md`):
//!
//! - `deck_load`: parse and validate a generated deck of 5,000 cards, against
//!   `serde_json` parsing the same deck written as JSON.
//! - `engine`: apply 10,000 actions of rehearsed six-group sessions, and
//!   replay one six-group, five-round session from its log; the floor is
//!   `serde_json` reading those actions from text.
//! - `report`: every report format and the network analysis of a workshop
//!   of five tables (6 groups × 5 rounds each); the floor is `serde_json`
//!   writing those five sessions down as session files.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use livinglab::deck::{self, Card, Deck};
use livinglab::session::{Entry, Session, rehearse};

/// Cards in the generated deck.
const CARDS: usize = 5_000;
/// Actions applied in the engine benchmark.
const ACTIONS: usize = 10_000;
/// 14 November 2017, 10:00 UTC, in milliseconds.
const START: u64 = 1_510_653_600_000;

fn hub() -> Deck {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hub-for-london.ron");
    match deck::load(&path) {
        Ok(loaded) => loaded.deck,
        Err(e) => panic!("the bundled deck does not load: {e}"),
    }
}

/// The Hub deck grown to `cards` cards (a tenth challenges, half ideas, the
/// rest methods), each a real card's text under a title of its own.
fn generated(cards: usize) -> Deck {
    let hub = hub();
    let pool: Vec<Card> = hub
        .challenges
        .iter()
        .chain(&hub.ideas)
        .chain(&hub.methods)
        .cloned()
        .collect();
    let mut deck = hub.clone();
    deck.id = "generated-5000".into();
    deck.title = format!("A generated deck of {cards} cards");
    deck.challenges.clear();
    deck.ideas.clear();
    deck.methods.clear();
    for i in 0..cards {
        let mut card = pool[i % pool.len()].clone();
        let title: String = card.title.chars().take(40).collect();
        card.title = format!("{} {i}", title.trim_end());
        let (pile, prefix) = match i % 10 {
            0 => (&mut deck.challenges, "challenge"),
            1..=5 => (&mut deck.ideas, "idea"),
            _ => (&mut deck.methods, "method"),
        };
        card.id = format!("{prefix}-{i}");
        pile.push(card);
    }
    deck
}

fn deck_load(c: &mut Criterion) {
    let deck = generated(CARDS);
    let ron = match deck::sheet::to_ron(&deck, None) {
        Ok(text) => text,
        Err(e) => panic!("cannot write the generated deck: {e}"),
    };
    let checked = deck::check_str(&ron, None);
    // A clean deck, warnings included: what is measured is the usual case.
    assert!(
        checked.is_ok() && checked.problems.is_empty(),
        "the generated deck has problems:\n{}",
        checked.render("generated.ron")
    );
    let json = serde_json::to_string(&deck).expect("a deck is JSON");
    let hub_text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hub-for-london.ron"),
    )
    .expect("the bundled deck is readable");
    let mut g = c.benchmark_group("deck_load");
    g.bench_function("livinglab_check_hub", |b| {
        b.iter(|| black_box(deck::check_str(black_box(&hub_text), None)))
    });
    let hub_json = serde_json::to_string(&hub()).expect("a deck is JSON");
    g.bench_function("floor_serde_json_hub", |b| {
        b.iter(|| black_box(serde_json::from_str::<Deck>(black_box(&hub_json)).expect("parses")))
    });
    g.bench_function("livinglab_check_5000_cards", |b| {
        b.iter(|| black_box(deck::check_str(black_box(&ron), None)))
    });
    // Not a floor: the RON parse alone, to show how the check's time splits
    // between parsing and validating.
    g.bench_function("ron_parse_only_5000_cards", |b| {
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        b.iter(|| black_box(options.from_str::<Deck>(black_box(&ron)).expect("parses")))
    });
    g.bench_function("floor_serde_json_5000_cards", |b| {
        b.iter(|| black_box(serde_json::from_str::<Deck>(black_box(&json)).expect("parses")))
    });
    g.finish();
}

/// A six-group, five-round session of the Hub deck.
fn full_session(seed: u64) -> Session {
    let mut deck = hub();
    deck.rules.rounds = 5;
    match rehearse(&deck, 6, seed, START) {
        Ok(s) => s,
        Err(e) => panic!("the rehearsal failed: {e}"),
    }
}

fn engine(c: &mut Criterion) {
    // Rehearsed sessions until there are 10,000 actions to apply.
    let mut logs: Vec<(Deck, u64, Vec<Entry>)> = Vec::new();
    let mut total = 0;
    let mut seed = 1;
    while total < ACTIONS {
        let s = full_session(seed);
        let mut log = s.log().to_vec();
        log.truncate(ACTIONS - total);
        total += log.len();
        logs.push((s.deck().clone(), seed, log));
        seed += 1;
    }
    let full = full_session(42);
    let (deck, log) = (full.deck().clone(), full.log().to_vec());
    let log_json = serde_json::to_string(&log).expect("a log is JSON");
    let all_json: Vec<String> = logs
        .iter()
        .map(|(_, _, l)| serde_json::to_string(l).expect("a log is JSON"))
        .collect();

    let mut g = c.benchmark_group("engine");
    g.bench_function("apply_10000_actions", |b| {
        b.iter(|| {
            for (deck, seed, log) in &logs {
                let mut s = Session::new(deck.clone(), *seed, START);
                for e in log {
                    s.act(e.action.clone(), e.at)
                        .expect("a rehearsed action is legal");
                }
                black_box(s.state());
            }
        })
    });
    g.bench_function("floor_serde_json_10000_actions", |b| {
        b.iter(|| {
            for text in &all_json {
                black_box(serde_json::from_str::<Vec<Entry>>(text).expect("parses"));
            }
        })
    });
    g.bench_function("replay_6_groups_5_rounds", |b| {
        b.iter(|| {
            black_box(
                Session::replay(deck.clone(), 42, START, log.clone(), Vec::new()).expect("replays"),
            )
        })
    });
    g.bench_function("floor_serde_json_6_groups_5_rounds", |b| {
        b.iter(|| black_box(serde_json::from_str::<Vec<Entry>>(&log_json).expect("parses")))
    });
    g.finish();
}

fn report(c: &mut Criterion) {
    let tables: Vec<Session> = (1..=5).map(|seed| full_session(100 + seed)).collect();
    let mut g = c.benchmark_group("report");
    g.bench_function("all_formats_5_tables", |b| {
        b.iter(|| {
            let report = livinglab::report::build(black_box(&tables)).expect("builds");
            black_box(livinglab::report::files(&report).expect("renders"))
        })
    });
    g.bench_function("floor_serde_json_5_tables", |b| {
        b.iter(|| {
            for s in &tables {
                black_box(serde_json::to_string(&s.to_file()).expect("writes"));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, deck_load, engine, report);
criterion_main!(benches);
