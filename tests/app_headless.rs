//! The table screen without a window: drags, taps and keys become engine
//! actions, and what the table shows follows the session.

mod common;

use bevy::camera::NormalizedRenderTarget;
use bevy::input::keyboard::{Key, KeyboardInput, NativeKey};
use bevy::input::{ButtonState, InputPlugin};
use bevy::picking::backend::HitData;
use bevy::picking::events::{Click, DragDrop, Pointer};
use bevy::picking::pointer::{Location, PointerButton, PointerId};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use common::*;
use livinglab::app::table::{Area, CardView, DropZone, Place};
use livinglab::app::{self, Game, Screen};
use livinglab::deck::Kind;
use livinglab::session::{Action, Phase, Session, Store};

struct Table {
    app: App,
    _dir: tempfile::TempDir,
}

impl Table {
    /// A headless app showing `session`.
    fn new(session: Session) -> Table {
        let dir = tempdir();
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, StatesPlugin, InputPlugin));
        app.init_resource::<UiScale>();
        // Pointer events bubble up through parents by a query that names
        // `Window`; without a window plugin it must still be known.
        app.world_mut().register_component::<bevy::window::Window>();
        app.init_resource::<bevy::input_focus::InputFocus>();
        let mut game = Game::new(Store::new(dir.path()));
        game.open(session);
        app.insert_resource(game);
        app.add_plugins(app::core_plugin);
        for _ in 0..3 {
            app.update();
        }
        Table { app, _dir: dir }
    }

    fn update(&mut self) {
        self.app.update();
        self.app.update();
    }

    fn session(&self) -> &Session {
        self.app
            .world()
            .resource::<Game>()
            .session
            .as_ref()
            .expect("a session")
    }

    fn screen(&self) -> Screen {
        *self.app.world().resource::<State<Screen>>().get()
    }

    fn toast(&self) -> String {
        self.app
            .world()
            .resource::<livinglab::app::game::Toast>()
            .text
            .clone()
    }

    /// A card of `kind` of `group` at `place`, turning the pages of hands
    /// and solutions (a zone shows as many cards as fit) until one shows.
    fn card(&mut self, group: usize, kind: Kind, place: Place) -> (Entity, String) {
        let deck = self.session().deck().clone();
        for _ in 0..12 {
            let mut q = self.app.world_mut().query::<(Entity, &CardView)>();
            let found = q
                .iter(self.app.world())
                .find(|(_, c)| {
                    c.group == group
                        && c.place == place
                        && deck.card(&c.card).map(|(k, _)| k) == Some(kind)
                })
                .map(|(e, c)| (e, c.card.clone()));
            if let Some(found) = found {
                return found;
            }
            let mut q = self.app.world_mut().query::<(Entity, &Name)>();
            let pages: Vec<Entity> = q
                .iter(self.app.world())
                .filter(|(_, n)| n.as_str().starts_with("button More"))
                .map(|(e, _)| e)
                .collect();
            for e in pages {
                self.click(e);
            }
        }
        panic!("no such card on the table, on any page")
    }

    fn zone(&mut self, group: Option<usize>, area: Area) -> Entity {
        let mut q = self.app.world_mut().query::<(Entity, &DropZone)>();
        q.iter(self.app.world())
            .find(|(_, z)| z.group == group && z.area == area)
            .map(|(e, _)| e)
            .expect("such a drop zone")
    }

    fn named(&mut self, name: &str) -> Entity {
        let mut q = self.app.world_mut().query::<(Entity, &Name)>();
        q.iter(self.app.world())
            .find(|(_, n)| n.as_str() == name)
            .map(|(e, _)| e)
            .unwrap_or_else(|| panic!("no entity named {name}"))
    }

    fn drop(&mut self, card: Entity, onto: Entity) {
        let event = Pointer::new(
            PointerId::Mouse,
            location(),
            DragDrop {
                button: PointerButton::Primary,
                dropped: card,
                hit: HitData::new(Entity::PLACEHOLDER, 0.0, None, None),
            },
            onto,
        );
        self.app.world_mut().trigger(event);
        self.update();
    }

    fn click(&mut self, target: Entity) {
        let event = Pointer::new(
            PointerId::Mouse,
            location(),
            Click {
                button: PointerButton::Primary,
                hit: HitData::new(Entity::PLACEHOLDER, 0.0, None, None),
                duration: std::time::Duration::from_millis(80),
                count: 1,
            },
            target,
        );
        self.app.world_mut().trigger(event);
        self.update();
    }

    /// Presses the keys together, as a keyboard would send them.
    fn press(&mut self, keys: &[KeyCode]) {
        for state in [ButtonState::Pressed, ButtonState::Released] {
            for k in keys {
                self.app.world_mut().write_message(KeyboardInput {
                    key_code: *k,
                    logical_key: Key::Unidentified(NativeKey::Unidentified),
                    state,
                    text: None,
                    repeat: false,
                    window: Entity::PLACEHOLDER,
                });
                if state == ButtonState::Pressed {
                    // Modifiers go down first, then the key.
                    self.app.update();
                }
            }
            self.app.update();
        }
        self.update();
    }
}

fn location() -> Location {
    Location {
        target: NormalizedRenderTarget::None {
            width: 1920,
            height: 1080,
        },
        position: Vec2::new(100.0, 100.0),
    }
}

#[test]
fn the_screen_follows_the_phase() {
    let mut t = Table::new(setup(hub(), 2));
    assert_eq!(t.screen(), Screen::Setup);
    // The Hub deck opens with its briefing for the room.
    t.press(&[KeyCode::KeyN]);
    assert_eq!(t.session().state().phase, Phase::Briefing);
    assert_eq!(t.screen(), Screen::Briefing);
    t.press(&[KeyCode::KeyN]);
    assert_eq!(t.session().state().phase, Phase::Roles);
    assert_eq!(t.screen(), Screen::Table);
}

#[test]
fn dragging_a_card_into_the_solution_frame_adds_it() {
    let mut t = Table::new(at(Phase::Build, 4));
    let (card, id) = t.card(0, Kind::Idea, Place::Hand);
    let frame = t.zone(Some(0), Area::Solution);
    t.drop(card, frame);
    assert_eq!(
        t.session().state().groups[0].solution.ideas,
        vec![id.clone()]
    );
    // The table was rebuilt: the card now lies in the solution, draggable back.
    let (back, back_id) = t.card(0, Kind::Idea, Place::Solution);
    assert_eq!(back_id, id);
    let hand = t.zone(Some(0), Area::Hand);
    t.drop(back, hand);
    assert!(t.session().state().groups[0].solution.ideas.is_empty());
    assert!(t.session().state().groups[0].hand.contains(&id));
}

#[test]
fn a_drop_the_rules_refuse_springs_back_with_the_reason() {
    let mut deck = hub();
    for c in deck.ideas.iter_mut() {
        c.cost = 3;
    }
    deck.rules.budget = Some(5);
    let mut s = setup(deck, 2);
    advance_to(&mut s, Phase::Build);
    let mut t = Table::new(s);
    let (card, _) = t.card(0, Kind::Idea, Place::Hand);
    let frame = t.zone(Some(0), Area::Solution);
    t.drop(card, frame);
    let (card, id) = t.card(0, Kind::Idea, Place::Hand);
    let frame = t.zone(Some(0), Area::Solution);
    let before = t.session().state().clone();
    t.drop(card, frame);
    assert_eq!(t.session().state(), &before, "nothing changed");
    assert!(
        t.toast().contains("over this deck's budget of 5"),
        "{}",
        t.toast()
    );
    // The card is still in the hand on the table.
    let mut q = t.app.world_mut().query::<&CardView>();
    assert!(
        q.iter(t.app.world())
            .any(|c| c.card == id && c.place == Place::Hand)
    );
}

#[test]
fn dropping_on_another_group_trades_and_on_the_pile_swaps() {
    let mut t = Table::new(at(Phase::Build, 3));
    let (card, id) = t.card(0, Kind::Method, Place::Hand);
    let other = t.zone(Some(2), Area::Zone);
    t.drop(card, other);
    assert!(
        t.session().state().groups[2].hand.contains(&id),
        "traded to group 3"
    );
    assert_eq!(t.session().state().trades.len(), 1);
    let (card, id) = t.card(1, Kind::Idea, Place::Hand);
    let pile = t.zone(None, Area::Swap);
    t.drop(card, pile);
    assert!(!t.session().state().groups[1].hand.contains(&id));
    assert_eq!(t.session().state().groups[1].swaps_used, 1);
}

#[test]
fn a_drop_on_a_card_counts_as_a_drop_on_its_area() {
    let mut t = Table::new(at(Phase::Build, 2));
    let (first, first_id) = t.card(0, Kind::Idea, Place::Hand);
    let frame = t.zone(Some(0), Area::Solution);
    t.drop(first, frame);
    // Drop a method onto the idea card now lying in the solution.
    let (method, method_id) = t.card(0, Kind::Method, Place::Hand);
    let (in_solution, _) = t.card(0, Kind::Idea, Place::Solution);
    t.drop(method, in_solution);
    let s = &t.session().state().groups[0].solution;
    assert_eq!(s.ideas, vec![first_id]);
    assert_eq!(s.methods, vec![method_id]);
}

#[test]
fn buttons_on_the_table_send_actions_and_show_refusals() {
    let mut t = Table::new(at(Phase::Build, 2));
    let ready = t.named("button Ready");
    t.click(ready);
    assert!(
        t.toast().starts_with("Not ready yet: give it a title"),
        "{}",
        t.toast()
    );
    let now = t.named("toggle Now");
    t.click(now);
    assert_eq!(
        t.session().state().groups[0].solution.horizon,
        Some(livinglab::session::Horizon::Now)
    );
}

#[test]
fn keys_run_the_session_and_undo_it() {
    let mut t = Table::new(at(Phase::Roles, 2));
    t.press(&[KeyCode::Space]);
    assert!(
        t.session().state().timer.is_running(),
        "Space starts the timer"
    );
    t.press(&[KeyCode::Space]);
    assert!(!t.session().state().timer.is_running(), "Space pauses it");
    t.press(&[KeyCode::KeyN]);
    assert_eq!(t.session().state().phase, Phase::Challenge);
    t.press(&[KeyCode::ControlLeft, KeyCode::KeyZ]);
    assert_eq!(
        t.session().state().phase,
        Phase::Roles,
        "Ctrl+Z undoes the phase change"
    );
    t.press(&[KeyCode::ControlLeft, KeyCode::ShiftLeft, KeyCode::KeyZ]);
    assert_eq!(
        t.session().state().phase,
        Phase::Challenge,
        "Ctrl+Shift+Z redoes it"
    );
}

#[test]
fn next_phase_asks_first_while_groups_are_still_building() {
    let mut t = Table::new(at(Phase::Build, 2));
    t.press(&[KeyCode::KeyN]);
    assert_eq!(t.session().state().phase, Phase::Build, "not moved on yet");
    let confirm = t
        .app
        .world()
        .resource::<livinglab::app::panel_state::PanelState>()
        .confirm;
    assert!(confirm.is_some());
}

#[test]
fn every_action_is_saved_as_it_happens() {
    let mut t = Table::new(at(Phase::Build, 2));
    let (card, _) = t.card(1, Kind::Idea, Place::Hand);
    let frame = t.zone(Some(1), Area::Solution);
    t.drop(card, frame);
    let game = t.app.world().resource::<Game>();
    let saved = game.saved.clone().expect("saved");
    let ticket = game.last_save.expect("handed to the writer");
    assert!(
        game.saver.wait(ticket, std::time::Duration::from_secs(5)),
        "the action is on disk soon after it is applied"
    );
    let reloaded = livinglab::session::load(&saved).unwrap();
    assert_eq!(reloaded.state(), t.session().state());
}

#[test]
fn a_slow_disk_does_not_slow_the_table_and_loses_nothing() {
    use std::time::{Duration, Instant};
    let mut t = Table::new(at(Phase::Build, 2));
    // A disk that takes half a second for every save.
    t.app.world_mut().resource_mut::<Game>().saver =
        livinglab::session::Saver::with_writer(Box::new(|path, bytes| {
            std::thread::sleep(Duration::from_millis(500));
            livinglab::session::write_session(path, bytes)
        }));
    let drops = 4;
    let started = Instant::now();
    for i in 0..drops {
        // Into the solution and back to the hand: an action each time.
        let (from, to) = if i % 2 == 0 {
            (Place::Hand, Area::Solution)
        } else {
            (Place::Solution, Area::Hand)
        };
        let (card, _) = t.card(0, Kind::Idea, from);
        let onto = t.zone(Some(0), to);
        t.drop(card, onto);
    }
    let took = started.elapsed();
    let applied = t.session().log().len();
    assert_eq!(t.toast(), "", "every drop was allowed");
    // Saving on the main thread would have held the frames for at least
    // half a second per drop.
    assert!(
        took < Duration::from_millis(500) * drops / 2,
        "{drops} drops took {took:?} with a 500 ms disk: the frames waited for it"
    );
    let game = t.app.world_mut().resource_mut::<Game>();
    game.saver.flush(Duration::from_secs(10)).unwrap();
    assert!(
        game.saver.writes() < u64::from(drops),
        "saves that queue up are coalesced into the newest ({} writes)",
        game.saver.writes()
    );
    let reloaded = livinglab::session::load(game.saved.as_ref().unwrap()).unwrap();
    assert_eq!(reloaded.log().len(), applied, "every action is on disk");
}

#[test]
fn each_group_zone_is_drawn_once() {
    let mut t = Table::new(at(Phase::Build, 6));
    let mut q = t
        .app
        .world_mut()
        .query::<&livinglab::app::table::GroupZone>();
    let mut groups: Vec<usize> = q.iter(t.app.world()).map(|z| z.0).collect();
    groups.sort();
    assert_eq!(groups, vec![0, 1, 2, 3, 4, 5]);
    let _ = Action::Advance;
}

#[test]
fn the_debrief_exports_the_report_into_a_new_folder() {
    let reports = tempdir();
    let mut t = Table::new(livinglab::session::rehearse(&hub(), 2, 3, T0).unwrap());
    t.app.world_mut().resource_mut::<Game>().reports = reports.path().to_path_buf();
    assert_eq!(t.screen(), Screen::Debrief);
    for _ in 0..2 {
        t.app
            .world_mut()
            .write_message(livinglab::app::Command::Export);
        t.update();
    }
    let exported = t
        .app
        .world()
        .resource::<Game>()
        .exported
        .clone()
        .unwrap()
        .unwrap();
    assert_eq!(
        exported.file_name().unwrap(),
        "2017-11-16-hub-for-london-2",
        "a second export keeps the first"
    );
    assert!(exported.join("report.html").is_file());
    assert!(
        reports
            .path()
            .join("2017-11-16-hub-for-london/report.md")
            .is_file()
    );
}

#[test]
fn dragging_support_and_roles_onto_solutions_pledges_and_commits() {
    use livinglab::app::negotiate::{SolutionPanel, Token};
    let mut t = Table::new(at_with(hub_even_support(), Phase::Negotiate, 3));
    assert_eq!(t.screen(), Screen::Negotiate);
    let find_token = |t: &mut Table, want: &dyn Fn(&Token) -> bool| {
        let mut q = t.app.world_mut().query::<(Entity, &Token)>();
        q.iter(t.app.world())
            .find(|(_, tok)| want(tok))
            .map(|(e, _)| e)
            .expect("token")
    };
    let panel = |t: &mut Table, g: usize| {
        let mut q = t.app.world_mut().query::<(Entity, &SolutionPanel)>();
        q.iter(t.app.world())
            .find(|(_, p)| p.0 == g)
            .map(|(e, _)| e)
            .expect("panel")
    };
    let funding = find_token(
        &mut t,
        &|tok| matches!(tok, Token::Support { from: 0, kind } if kind == "Funding"),
    );
    let target = panel(&mut t, 2);
    t.drop(funding, target);
    let pledges = &t.session().state().pledges;
    assert_eq!(
        (
            pledges.len(),
            pledges[0].from,
            pledges[0].to,
            pledges[0].kind.as_str()
        ),
        (1, 0, 2, "Funding")
    );
    // Group 0 had one Funding token: its tray shows none left, to drag no
    // more; the other groups still have theirs.
    let names: Vec<String> = t
        .app
        .world_mut()
        .query::<&Name>()
        .iter(t.app.world())
        .map(|n| n.as_str().to_string())
        .collect();
    assert!(
        names.iter().any(|n| n == "spent Funding ×0"),
        "the spent token is shown greyed: {names:?}"
    );
    assert!(names.iter().any(|n| n == "token Funding ×1"));
    let mut q = t.app.world_mut().query::<&Token>();
    assert!(
        !q.iter(t.app.world())
            .any(|tok| matches!(tok, Token::Support { from: 0, kind } if kind == "Funding")),
        "a spent token cannot be dragged"
    );
    // Onto its own solution: refused, with the reason.
    let own = find_token(&mut t, &|tok| matches!(tok, Token::Support { from: 1, .. }));
    let target = panel(&mut t, 1);
    t.drop(own, target);
    assert_eq!(
        t.toast(),
        "A group cannot pledge support to its own solution"
    );
    let role = find_token(&mut t, &|tok| matches!(tok, Token::Role { group: 2, .. }));
    let target = panel(&mut t, 0);
    t.drop(role, target);
    assert_eq!(t.session().state().commitments.len(), 1);
    // Tapping the pledge on the solution withdraws it.
    let chip = t.named("chip Funding from Group 1");
    t.click(chip);
    assert!(t.session().state().pledges.is_empty());
}

/// Types into a field on the table, as the keyboard would.
fn type_into(t: &mut Table, field: livinglab::app::typing::Field, text: &str) -> Entity {
    let mut q = t
        .app
        .world_mut()
        .query::<(Entity, &livinglab::app::typing::Field)>();
    let e = q
        .iter(t.app.world())
        .find(|(_, f)| **f == field)
        .map(|(e, _)| e)
        .expect("the field");
    t.app
        .world_mut()
        .resource_mut::<bevy::input_focus::InputFocus>()
        .set(e, bevy::input_focus::FocusCause::Pressed);
    t.app
        .world_mut()
        .get_mut::<bevy::text::EditableText>(e)
        .unwrap()
        .editor_mut()
        .set_text(text);
    t.update();
    e
}

#[test]
fn titles_and_pitches_are_typed_in_place_and_survive_a_redraw() {
    use livinglab::app::typing::Field;
    let mut t = Table::new(at(Phase::Build, 2));
    let typed = type_into(&mut t, Field::Title(0), "Listening posts");
    // Another group moves a card meanwhile: its zone is drawn again.
    let (card, _) = t.card(1, Kind::Idea, Place::Hand);
    let frame = t.zone(Some(1), Area::Solution);
    t.drop(card, frame);
    assert_eq!(
        t.session().state().groups[0].solution.title,
        "",
        "not sent while still typing"
    );
    let mut q = t
        .app
        .world_mut()
        .query::<(Entity, &Field, &bevy::text::EditableText)>();
    let (e, _, text) = q
        .iter(t.app.world())
        .find(|(_, f, _)| **f == Field::Title(0))
        .unwrap();
    assert_eq!(
        text.value().to_string(),
        "Listening posts",
        "the draft survived the other group's drop"
    );
    assert_eq!(
        e, typed,
        "the field was not drawn again, so its cursor stays where it was"
    );
    assert_eq!(
        t.app
            .world()
            .resource::<bevy::input_focus::InputFocus>()
            .get(),
        Some(e),
        "and still has the keyboard"
    );
    // Typing N in the field does not move the phase on.
    t.press(&[KeyCode::KeyN]);
    assert_eq!(t.session().state().phase, Phase::Build);
    // Tapping elsewhere lets go of the field: the title reaches the engine.
    t.app
        .world_mut()
        .resource_mut::<bevy::input_focus::InputFocus>()
        .clear();
    t.update();
    t.update();
    assert_eq!(
        t.session().state().groups[0].solution.title,
        "Listening posts"
    );
    type_into(&mut t, Field::Pitch(0), "Volunteers listen\nin markets.");
    t.app
        .world_mut()
        .resource_mut::<bevy::input_focus::InputFocus>()
        .clear();
    t.update();
    t.update();
    assert_eq!(
        t.session().state().groups[0].solution.pitch,
        "Volunteers listen\nin markets."
    );
}

#[test]
fn a_group_writes_its_own_idea_card_in_its_zone() {
    use livinglab::app::typing::Field;
    let mut t = Table::new(at(Phase::Build, 2));
    let open = t.named("button + Our idea");
    t.click(open);
    type_into(&mut t, Field::NewTitle(0), "Listening posts");
    let add = t.named("button Add it to our hand");
    t.click(add);
    assert!(
        t.toast().starts_with("A new idea card needs a sentence"),
        "{}",
        t.toast()
    );
    type_into(&mut t, Field::NewText(0), "Monthly sessions in markets.");
    let add = t.named("button Add it to our hand");
    t.click(add);
    let written = &t.session().state().written;
    assert_eq!(written.len(), 1);
    assert_eq!(
        (written[0].title.as_str(), written[0].text.as_str()),
        ("Listening posts", "Monthly sessions in markets.")
    );
    t.update();
    let mut q = t.app.world_mut().query::<&Field>();
    assert!(
        !q.iter(t.app.world()).any(|f| *f == Field::NewTitle(0)),
        "the form closed"
    );
}

#[test]
fn saving_the_deck_file_updates_the_running_session_and_a_broken_save_keeps_the_last_good_deck() {
    let dir = tempdir();
    let path = dir.path().join("live.ron");
    let text = std::fs::read_to_string(hub_path()).unwrap();
    std::fs::write(&path, &text).unwrap();
    let mut t = Table::new(at(Phase::Build, 2));
    t.app.world_mut().resource_mut::<Game>().deck_path = Some(path.clone());
    let settle = |t: &mut Table| {
        for _ in 0..12 {
            std::thread::sleep(std::time::Duration::from_millis(100));
            t.update();
        }
    };
    settle(&mut t);
    // A new idea card.
    let added = text.replacen(
        "    ideas: [\n",
        "    ideas: [\n        Card(id: \"tool-library\", title: \"A tool library\", text: \"Borrow a drill instead of buying one.\", source: \"Us\"),\n",
        1,
    );
    std::fs::write(&path, &added).unwrap();
    settle(&mut t);
    assert!(
        t.session().deck().card("tool-library").is_some(),
        "the new card is in the deck"
    );
    assert!(
        t.session()
            .state()
            .piles
            .ideas
            .contains(&"tool-library".to_string()),
        "and in the idea pile"
    );
    assert!(
        matches!(t.session().last_action(), Some(Action::ReviseDeck { .. })),
        "logged, so it can be undone"
    );
    // A broken save: problems with line and column; the session keeps the last good deck.
    std::fs::write(&path, added.replacen("rounds: 2,", "rounds: 2,,", 1)).unwrap();
    settle(&mut t);
    let problems = t
        .app
        .world()
        .resource::<livinglab::app::live::DeckFile>()
        .problems
        .clone()
        .expect("problems shown");
    assert!(problems.contains("live.ron:"), "{problems}");
    assert!(t.session().deck().card("tool-library").is_some());
    // Fixing the file clears them.
    std::fs::write(&path, &added).unwrap();
    settle(&mut t);
    assert!(
        t.app
            .world()
            .resource::<livinglab::app::live::DeckFile>()
            .problems
            .is_none()
    );
}

#[test]
fn a_device_s_move_reaches_the_table_and_is_answered_once_saved() {
    let mut t = Table::new(at(Phase::Build, 2));
    t.app
        .insert_resource(livinglab::app::devices::Devices::on(0));
    t.update();
    let port = t
        .app
        .world()
        .resource::<livinglab::app::devices::Devices>()
        .port()
        .expect("serving");
    let code = t
        .app
        .world()
        .resource::<livinglab::app::devices::Devices>()
        .code()
        .unwrap()
        .to_string();
    t.update();
    // The phone's requests wait for the game, so they run beside it.
    let phone = std::thread::spawn(move || {
        let cookie = join_device(port, &code, 1, "Ana");
        let r = http(
            port,
            "POST",
            "/api/act",
            Some(&cookie),
            b"{\"do\":\"title\",\"text\":\"From a phone\"}",
        );
        (r.status, r.body)
    });
    let start = std::time::Instant::now();
    while !phone.is_finished() {
        assert!(
            start.elapsed().as_secs() < 20,
            "the phone was never answered"
        );
        t.update();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let (status, body) = phone.join().unwrap();
    assert_eq!(status, 200, "{body}");
    assert_eq!(t.session().state().groups[1].solution.title, "From a phone");
    // Answered only once saved: the file on disk already has it.
    let saved = t.app.world().resource::<Game>().saved.clone().unwrap();
    let on_disk = livinglab::session::load(&saved).unwrap();
    assert_eq!(on_disk.state().groups[1].solution.title, "From a phone");
    let listed = t
        .app
        .world()
        .resource::<livinglab::app::devices::Devices>()
        .list();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].name, "Ana");
    // Turning the switch off stops serving.
    t.app
        .world_mut()
        .resource_mut::<livinglab::app::devices::Devices>()
        .wanted = false;
    t.update();
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err());
}
