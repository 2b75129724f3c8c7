//! The frame that applies a drop on a six-group table (`cargo bench --bench
//! table`): the game's table under Bevy's real UI layout and text, with no
//! renderer (so the figure is the main world's work alone). Beside it, the
//! floor it must beat: the same frame when the whole table is drawn again,
//! which is what every action cost before the table drew only the parts an
//! action changed.

use std::hint::black_box;
use std::path::Path;

use bevy::prelude::*;
use criterion::{Criterion, criterion_group, criterion_main};
use livinglab::app::{self, Act, Game, table::TableRoot};
use livinglab::deck::{self, Kind};
use livinglab::session::{Action, Colour, Phase, Seat, Session, Store};

const GROUPS: usize = 6;

/// A six-group session of the Hub deck in the build.
fn build_phase() -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hub-for-london.ron");
    let deck = match deck::load(&path) {
        Ok(l) => l.deck,
        Err(e) => panic!("the bundled deck does not load: {e}"),
    };
    let mut s = Session::new(deck, 42, 1_510_840_800_000);
    let mut at = 1_510_840_801_000;
    let mut act = |s: &mut Session, a: Action| {
        at += 1000;
        if let Err(e) = s.act(a.clone(), at) {
            panic!("{a:?}: {e}");
        }
    };
    for g in 0..GROUPS {
        act(
            &mut s,
            Action::AddGroup {
                name: format!("Group {}", g + 1),
                colour: Colour::PALETTE[g],
                seat: Seat::ALL[g % 4],
            },
        );
    }
    while s.state().phase != Phase::Build {
        act(&mut s, Action::Advance);
    }
    s
}

fn table_app(dir: &Path) -> App {
    let mut app = App::new();
    app::headless(&mut app, (1920, 1080));
    let mut game = Game::new(Store::new(dir));
    game.open(build_phase());
    app.insert_resource(game);
    app.insert_resource(app::Catalog::default());
    app.add_plugins((app::core_plugin, app::screen_plugin));
    for _ in 0..10 {
        app.update();
    }
    app
}

/// The first idea in group 0's hand.
fn an_idea(app: &App) -> String {
    let game = app.world().resource::<Game>();
    let s = game.session.as_ref().expect("a session");
    s.state().groups[0]
        .hand
        .iter()
        .find(|id| s.deck().card(id).map(|(k, _)| k) == Some(Kind::Idea))
        .expect("an idea in the hand")
        .clone()
}

fn drop_frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = table_app(dir.path());
    let card = an_idea(&app);
    let mut into = true;
    let mut g = c.benchmark_group("table");
    // One drop per frame: the card into the solution, then back.
    let mut drop = move |app: &mut App| {
        let card = card.clone();
        let action = if into {
            Action::AddToSolution { group: 0, card }
        } else {
            Action::RemoveFromSolution { group: 0, card }
        };
        into = !into;
        app.world_mut().write_message(Act(action));
        app.update();
    };
    g.bench_function("drop_frame_6_groups", |b| {
        b.iter(|| {
            drop(&mut app);
            black_box(&app);
        })
    });
    // The floor: the same kind of frame, drawing the whole table again
    // (its old entities despawned, as every action did before).
    g.bench_function("whole_table_6_groups", |b| {
        b.iter(|| {
            let roots: Vec<Entity> = app
                .world_mut()
                .query_filtered::<Entity, With<TableRoot>>()
                .iter(app.world())
                .collect();
            for root in roots {
                app.world_mut().entity_mut(root).despawn();
            }
            drop(&mut app);
            black_box(&app);
        })
    });
    g.finish();
}

criterion_group!(benches, drop_frame);
criterion_main!(benches);
