//! Several hands on a touch table at once, through real input: `TouchInput`
//! window events for each finger, turned into drags by Bevy's picking with
//! the real UI layout (Bevy's default plugins with no renderer and no
//! window system). Nothing here triggers a picking event by hand.

mod common;

use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::{PrimaryWindow, WindowEvent};
use common::*;
use livinglab::app::table::{Area, CardView, DropZone, Place};
use livinglab::app::{self, Act, Game};
use livinglab::deck::Kind;
use livinglab::session::{Action, Phase, Session, Store};

struct Room {
    app: App,
    window: Entity,
    _dir: tempfile::TempDir,
}

impl Room {
    /// The game's table at 1920×1080, laid out by Bevy UI, with no renderer.
    fn new(session: Session) -> Room {
        let dir = tempdir();
        let mut app = App::new();
        app::headless(&mut app, (1920, 1080));
        let mut game = Game::new(Store::new(dir.path()));
        game.open(session);
        app.insert_resource(game);
        app.insert_resource(app::Catalog::default());
        app.add_plugins((app::core_plugin, app::screen_plugin));
        for _ in 0..5 {
            app.update();
        }
        let window = app
            .world_mut()
            .query_filtered::<Entity, With<PrimaryWindow>>()
            .single(app.world())
            .expect("a window");
        Room {
            app,
            window,
            _dir: dir,
        }
    }

    fn session(&self) -> &Session {
        self.app
            .world()
            .resource::<Game>()
            .session
            .as_ref()
            .expect("a session")
    }

    /// The centre, in window pixels, of the first card of `kind` in
    /// `group`'s hand, and its id.
    /// A card of `kind` in `group`'s hand, tapping its hand's "More
    /// cards" until one shows (a hand shows as many cards as fit).
    fn hand_card(&mut self, group: usize, kind: Kind) -> (Vec2, String) {
        let deck = self.session().deck().clone();
        for _ in 0..10 {
            let mut q = self
                .app
                .world_mut()
                .query::<(&CardView, &UiGlobalTransform)>();
            let found = q
                .iter(self.app.world())
                .find(|(c, _)| {
                    c.group == group
                        && c.place == Place::Hand
                        && deck.card(&c.card).map(|(k, _)| k) == Some(kind)
                })
                .map(|(c, t)| (t.translation, c.card.clone()));
            if let Some(found) = found {
                return found;
            }
            let at = self
                .button_in_zone(group, "button More cards")
                .expect("a card of that kind in the hand, on some page");
            self.tap(at);
        }
        panic!("no card of that kind in the hand, on any page")
    }

    /// Where a button whose name starts with `name` is in `group`'s zone.
    fn button_in_zone(&mut self, group: usize, name: &str) -> Option<Vec2> {
        let mut q = self
            .app
            .world_mut()
            .query::<(Entity, &Name, &UiGlobalTransform)>();
        let buttons: Vec<(Entity, Vec2)> = q
            .iter(self.app.world())
            .filter(|(_, n, _)| n.as_str().starts_with(name))
            .map(|(e, _, t)| (e, t.translation))
            .collect();
        let mut zones = self
            .app
            .world_mut()
            .query::<&livinglab::app::table::GroupZone>();
        let mut parents = self.app.world_mut().query::<&ChildOf>();
        let world = self.app.world();
        buttons
            .into_iter()
            .find(|(e, _)| {
                let mut at = *e;
                while let Ok(p) = parents.get(world, at) {
                    at = p.parent();
                    if zones.get(world, at).is_ok_and(|z| z.0 == group) {
                        return true;
                    }
                }
                false
            })
            .map(|(_, at)| at)
    }

    /// A tap with a finger of its own.
    fn tap(&mut self, at: Vec2) {
        self.touch(9, TouchPhase::Started, at);
        self.frame();
        self.touch(9, TouchPhase::Ended, at);
        self.frame();
        self.frame();
    }

    /// The centre of `group`'s solution frame.
    fn solution_frame(&mut self, group: usize) -> Vec2 {
        let mut q = self
            .app
            .world_mut()
            .query::<(&DropZone, &UiGlobalTransform)>();
        q.iter(self.app.world())
            .find(|(z, _)| z.group == Some(group) && z.area == Area::Solution)
            .map(|(_, t)| t.translation)
            .expect("the solution frame")
    }

    /// One finger's touch, as the window system reports it.
    fn touch(&mut self, finger: u64, phase: TouchPhase, at: Vec2) {
        let touch = TouchInput {
            phase,
            position: at,
            window: self.window,
            force: None,
            id: finger,
        };
        self.app
            .world_mut()
            .write_message(WindowEvent::TouchInput(touch));
        self.app.world_mut().write_message(touch);
    }

    fn frame(&mut self) {
        self.app.update();
    }
}

/// Where a finger is on its way from `from` to `to`, `step` of `steps`.
fn along(from: Vec2, to: Vec2, step: u32, steps: u32) -> Vec2 {
    from.lerp(to, step as f32 / steps as f32)
}

#[test]
fn two_fingers_drag_in_two_zones_and_both_drops_land_through_an_interruption() {
    // Four groups at the four sides: fingers in the bottom and top zones.
    let mut room = Room::new(at(Phase::Build, 4));
    let (a_from, a_card) = room.hand_card(0, Kind::Idea);
    let (b_from, b_card) = room.hand_card(1, Kind::Method);
    let (a_to, b_to) = (room.solution_frame(0), room.solution_frame(1));
    room.touch(1, TouchPhase::Started, a_from);
    room.touch(2, TouchPhase::Started, b_from);
    room.frame();
    let steps = 12;
    for step in 1..=steps {
        room.touch(1, TouchPhase::Moved, along(a_from, a_to, step, steps));
        room.touch(2, TouchPhase::Moved, along(b_from, b_to, step, steps));
        room.frame();
        if step == steps / 2 {
            // Halfway: the facilitator starts the timer, and a third group
            // moves a card of its own into its solution.
            let third = room.session().state().groups[2].hand.clone();
            let deck = room.session().deck().clone();
            let idea = third
                .iter()
                .find(|id| deck.card(id).map(|(k, _)| k) == Some(Kind::Idea))
                .expect("an idea in the third group's hand")
                .clone();
            room.app.world_mut().write_message(Act(Action::StartTimer));
            room.app
                .world_mut()
                .write_message(Act(Action::AddToSolution {
                    group: 2,
                    card: idea.clone(),
                }));
            room.frame();
            let s = room.session().state();
            assert!(s.timer.is_running(), "the interruption was applied");
            assert!(s.groups[2].solution.ideas.contains(&idea));
        }
    }
    room.touch(1, TouchPhase::Ended, a_to);
    room.touch(2, TouchPhase::Ended, b_to);
    room.frame();
    room.frame();
    let s = room.session().state();
    assert!(
        s.groups[0].solution.ideas.contains(&a_card),
        "the first finger's drop landed: {:?}",
        s.groups[0].solution
    );
    assert!(
        s.groups[1].solution.methods.contains(&b_card),
        "the second finger's drop landed: {:?}",
        s.groups[1].solution
    );
    // And the table shows both cards where they now are (behind the
    // Solution tab where a zone has tabs: the tab counts them).
    for group in [0, 1] {
        let n = {
            let sol = &room.session().state().groups[group].solution;
            sol.ideas.len() + sol.methods.len()
        };
        if let Some(at) = room.button_in_zone(group, "tab Solution") {
            assert!(
                room.button_in_zone(group, &format!("tab Solution · {n}"))
                    .is_some(),
                "group {group}'s Solution tab does not count {n} cards"
            );
            room.tap(at);
        }
    }
    let mut q = room.app.world_mut().query::<&CardView>();
    let shown: Vec<CardView> = q.iter(room.app.world()).cloned().collect();
    for (group, card) in [(0, &a_card), (1, &b_card)] {
        assert!(
            shown
                .iter()
                .any(|c| c.group == group && &c.card == card && c.place == Place::Solution),
            "{card} is drawn in group {group}'s solution"
        );
    }
}

#[test]
fn a_card_moved_away_under_a_finger_ends_that_drag_with_a_message() {
    let mut room = Room::new(at(Phase::Build, 2));
    let (from, card) = room.hand_card(0, Kind::Idea);
    let to = room.solution_frame(0);
    room.touch(1, TouchPhase::Started, from);
    room.frame();
    room.touch(1, TouchPhase::Moved, along(from, to, 1, 2));
    room.frame();
    // The facilitator (or an undo) puts the held card into the solution.
    room.app
        .world_mut()
        .write_message(Act(Action::AddToSolution {
            group: 0,
            card: card.clone(),
        }));
    room.frame();
    let toast = room
        .app
        .world()
        .resource::<livinglab::app::game::Toast>()
        .text
        .clone();
    assert!(
        toast.contains("was moved while it was held"),
        "the room is told: {toast:?}"
    );
    // The finger carries on and lets go: nothing breaks, nothing else moves.
    room.touch(1, TouchPhase::Moved, to);
    room.frame();
    room.touch(1, TouchPhase::Ended, to);
    room.frame();
    let s = room.session().state();
    assert!(s.groups[0].solution.ideas.contains(&card));
    assert!(!s.groups[0].hand.contains(&card));
}

#[test]
fn a_teammate_changing_the_same_zone_does_not_cancel_a_drag() {
    let mut room = Room::new(at(Phase::Build, 2));
    let (from, card) = room.hand_card(0, Kind::Idea);
    let to = room.solution_frame(0);
    room.touch(1, TouchPhase::Started, from);
    room.frame();
    room.touch(1, TouchPhase::Moved, along(from, to, 1, 2));
    room.frame();
    // Someone else in the same group gives the solution its title.
    room.app.world_mut().write_message(Act(Action::SetTitle {
        group: 0,
        title: "Listening posts".into(),
    }));
    room.frame();
    room.touch(1, TouchPhase::Moved, to);
    room.frame();
    room.touch(1, TouchPhase::Ended, to);
    room.frame();
    room.frame();
    let s = room.session().state();
    assert!(
        s.groups[0].solution.ideas.contains(&card),
        "the drop landed: {:?}",
        s.groups[0].solution
    );
    assert_eq!(s.groups[0].solution.title, "Listening posts");
    // Once the card is down, the zone shows both changes.
    let mut q = room.app.world_mut().query::<&CardView>();
    assert!(
        q.iter(room.app.world())
            .any(|c| c.group == 0 && c.card == card && c.place == Place::Solution)
    );
    let mut q = room
        .app
        .world_mut()
        .query::<(&livinglab::app::typing::Field, &bevy::text::EditableText)>();
    let title = q
        .iter(room.app.world())
        .find(|(f, _)| **f == livinglab::app::typing::Field::Title(0))
        .map(|(_, t)| t.value().to_string());
    assert_eq!(title.as_deref(), Some("Listening posts"));
}

/// Drags a hand card of group 0 into its solution with finger 2 while
/// finger 1 rests on `hold` (put down first unless `down`), then lifts
/// both; returns the card.
fn drag_beside(room: &mut Room, hold: Vec2, down: bool) -> String {
    if !down {
        room.touch(1, TouchPhase::Started, hold);
        room.frame();
        room.frame();
    }
    let (from, card) = room.hand_card(0, Kind::Idea);
    let to = room.solution_frame(0);
    room.touch(2, TouchPhase::Started, from);
    room.frame();
    let steps = 8;
    for step in 1..=steps {
        room.touch(
            1,
            TouchPhase::Moved,
            hold + Vec2::new(0.0, (step % 2) as f32),
        );
        room.touch(2, TouchPhase::Moved, along(from, to, step, steps));
        room.frame();
    }
    room.touch(2, TouchPhase::Ended, to);
    room.frame();
    room.touch(1, TouchPhase::Ended, hold);
    room.frame();
    room.frame();
    card
}

/// Where egui's pointer is, in window pixels, and whether it is pressed.
fn egui_pointer(room: &mut Room) -> (Option<Vec2>, bool) {
    let mut q = room
        .app
        .world_mut()
        .query::<(&mut bevy_egui::EguiContext, &bevy_egui::EguiZoomFactor)>();
    let (mut ctx, zoom) = q.single_mut(room.app.world_mut()).expect("egui");
    let zoom = zoom.zoom_factor;
    ctx.get_mut().input(|i| {
        (
            i.pointer.latest_pos().map(|p| Vec2::new(p.x, p.y) * zoom),
            i.pointer.primary_down(),
        )
    })
}

#[test]
fn a_finger_on_the_facilitator_panel_does_not_stop_a_drag_on_the_table() {
    let mut room = Room::new(at(Phase::Build, 2));
    let panel = room
        .app
        .world()
        .resource::<livinglab::app::panel_state::PanelState>()
        .width;
    assert!(panel > 100.0, "the facilitator panel is drawn ({panel} px)");
    let on_panel = Vec2::new(1920.0 - panel / 2.0, 400.0);
    room.touch(1, TouchPhase::Started, on_panel);
    room.frame();
    let (at, down) = egui_pointer(&mut room);
    assert!(
        down && at.is_some_and(|p| p.distance(on_panel) < 2.0),
        "egui has the finger on its panel: {at:?}, pressed {down}"
    );
    let card = drag_beside(&mut room, on_panel, true);
    let s = room.session().state();
    assert!(
        s.groups[0].solution.ideas.contains(&card),
        "the drag on the table landed: {:?}",
        s.groups[0].solution
    );
}

#[test]
fn a_finger_holding_an_egui_button_does_not_stop_a_drag_on_the_table() {
    let mut room = Room::new(at(Phase::Build, 2));
    // With the panel hidden, its ☰ button stays in the top right corner:
    // an egui area, over which egui wants the pointer.
    room.app
        .world_mut()
        .resource_mut::<livinglab::app::panel_state::PanelState>()
        .visible = false;
    for _ in 0..3 {
        room.frame();
    }
    let button = Vec2::new(1920.0 - 40.0, 24.0);
    room.touch(1, TouchPhase::Started, button);
    room.frame();
    room.frame();
    assert!(
        room.app
            .world()
            .resource::<bevy_egui::input::EguiWantsInput>()
            .wants_any_pointer_input(),
        "egui wants the finger on its button"
    );
    let card = drag_beside(&mut room, button, true);
    let s = room.session().state();
    assert!(
        s.groups[0].solution.ideas.contains(&card),
        "the drag on the table landed: {:?}",
        s.groups[0].solution
    );
}

#[test]
fn two_groups_drag_support_at_once_while_a_third_pledges() {
    use livinglab::app::negotiate::{SolutionPanel, Token};
    let mut room = Room::new(at_with(hub_even_support(), Phase::Negotiate, 3));
    let mut tokens = room.app.world_mut().query::<(&Token, &UiGlobalTransform)>();
    let token_of = |room: &Room, q: &mut QueryState<(&Token, &UiGlobalTransform)>, g: usize| {
        q.iter(room.app.world())
            .find(|(t, _)| matches!(t, Token::Support { from, .. } if *from == g))
            .map(|(t, at)| (t.clone(), at.translation))
            .expect("a support token")
    };
    let (a, a_from) = token_of(&room, &mut tokens, 0);
    let (b, b_from) = token_of(&room, &mut tokens, 1);
    let mut panels = room
        .app
        .world_mut()
        .query::<(&SolutionPanel, &UiGlobalTransform)>();
    let panel_of =
        |room: &Room, q: &mut QueryState<(&SolutionPanel, &UiGlobalTransform)>, g: usize| {
            q.iter(room.app.world())
                .find(|(p, _)| p.0 == g)
                .map(|(_, at)| at.translation)
                .expect("a solution")
        };
    // Group 0 supports group 1, group 1 supports group 2.
    let (a_to, b_to) = (
        panel_of(&room, &mut panels, 1),
        panel_of(&room, &mut panels, 2),
    );
    room.touch(1, TouchPhase::Started, a_from);
    room.touch(2, TouchPhase::Started, b_from);
    room.frame();
    let steps = 10;
    for step in 1..=steps {
        room.touch(1, TouchPhase::Moved, along(a_from, a_to, step, steps));
        room.touch(2, TouchPhase::Moved, along(b_from, b_to, step, steps));
        room.frame();
        if step == steps / 2 {
            // Meanwhile group 2 pledges to group 0 from somewhere else.
            let kind = room.session().deck().support[0].clone();
            room.app.world_mut().write_message(Act(Action::Pledge {
                from: 2,
                to: 0,
                kind,
                note: String::new(),
            }));
            room.frame();
            assert_eq!(room.session().state().pledges.len(), 1);
        }
    }
    room.touch(1, TouchPhase::Ended, a_to);
    room.touch(2, TouchPhase::Ended, b_to);
    room.frame();
    room.frame();
    let pledges = &room.session().state().pledges;
    let kind = |t: &Token| match t {
        Token::Support { kind, .. } => kind.clone(),
        Token::Role { .. } => unreachable!(),
    };
    for (from, to, token) in [(0, 1, &a), (1, 2, &b)] {
        assert!(
            pledges
                .iter()
                .any(|p| p.from == from && p.to == to && p.kind == kind(token)),
            "group {from}'s pledge to group {to} landed: {pledges:?}"
        );
    }
}

#[test]
fn two_groups_drag_dots_at_once_while_a_third_votes_and_a_tap_takes_a_dot_back() {
    use livinglab::app::room::{CriterionRow, DotToken};
    let mut room = Room::new(at_with(hub_even_support(), Phase::Vote, 3));
    let criteria: Vec<String> = room
        .session()
        .deck()
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let mut trays = room
        .app
        .world_mut()
        .query::<(&DotToken, &UiGlobalTransform)>();
    let tray_of = |room: &Room, q: &mut QueryState<(&DotToken, &UiGlobalTransform)>, g: usize| {
        q.iter(room.app.world())
            .find(|(t, _)| t.by == g)
            .map(|(_, at)| at.translation)
            .expect("a tray of dots")
    };
    let (a_from, b_from) = (tray_of(&room, &mut trays, 0), tray_of(&room, &mut trays, 1));
    let mut cells = room
        .app
        .world_mut()
        .query::<(&CriterionRow, &UiGlobalTransform)>();
    let cell_of = |room: &Room,
                   q: &mut QueryState<(&CriterionRow, &UiGlobalTransform)>,
                   on: usize,
                   c: &str| {
        q.iter(room.app.world())
            .find(|(r, _)| r.on == on && r.criterion == c)
            .map(|(_, at)| at.translation)
            .expect("a criterion of a solution")
    };
    // Group 0 puts a dot on group 1's first criterion, group 1 on group 2's second.
    let a_to = cell_of(&room, &mut cells, 1, &criteria[0]);
    let b_to = cell_of(&room, &mut cells, 2, &criteria[1]);
    room.touch(1, TouchPhase::Started, a_from);
    room.touch(2, TouchPhase::Started, b_from);
    room.frame();
    let steps = 10;
    for step in 1..=steps {
        room.touch(1, TouchPhase::Moved, along(a_from, a_to, step, steps));
        room.touch(2, TouchPhase::Moved, along(b_from, b_to, step, steps));
        room.frame();
        if step == steps / 2 {
            // Meanwhile group 2 votes from its phone: the solutions are
            // drawn again, the dots in hand are not dropped.
            room.app.world_mut().write_message(Act(Action::PlaceDot {
                group: 2,
                on: 0,
                criterion: criteria[2].clone(),
            }));
            room.frame();
            assert_eq!(room.session().state().dots.len(), 1);
        }
    }
    room.touch(1, TouchPhase::Ended, a_to);
    room.touch(2, TouchPhase::Ended, b_to);
    room.frame();
    room.frame();
    let placed: Vec<(usize, usize, String)> = room
        .session()
        .state()
        .dots
        .iter()
        .map(|d| (d.by, d.on, d.criterion.clone()))
        .collect();
    for want in [
        (0, 1, criteria[0].clone()),
        (1, 2, criteria[1].clone()),
        (2, 0, criteria[2].clone()),
    ] {
        assert!(placed.contains(&want), "{want:?} not among {placed:?}");
    }
    // A tap on group 0's placed dot takes it back.
    let name = room.session().state().groups[0].name.clone();
    let mut names = room.app.world_mut().query::<(&Name, &UiGlobalTransform)>();
    let dot = names
        .iter(room.app.world())
        .find(|(n, _)| n.as_str() == format!("dot of {name}"))
        .map(|(_, at)| at.translation)
        .expect("group 0's dot on the screen");
    room.tap(dot);
    assert_eq!(room.session().state().dots.len(), 2);
    assert!(!room.session().state().dots.iter().any(|d| d.by == 0));
}
