//! The table: every group's zone at its seat, with its roles, challenge,
//! hand and solution frame. Cards are dragged with mouse or touch (Bevy's
//! picking); a drop becomes an engine action, and a drop the rules refuse
//! springs back while the room reads why. What is drawn follows the state,
//! part by part: when the session changes, only the zones (and the middle)
//! whose content changed are drawn again, so a drag or a text in progress
//! anywhere else goes on. A zone whose card is in someone's hand waits for
//! the drop, unless the card itself was moved away (an undo, a trade): then
//! the drag ends with a message.

use bevy::picking::events::{Click, Drag, Pointer};

mod build;
mod cards;
pub(super) mod fit;
mod hud;
mod interact;
mod middle;
mod zone;

use hud::*;
use interact::*;

use bevy::prelude::*;

use super::fonts::{Fonts, Reads, text_as, text_node};
use super::game::{Act, Game, GameSystems, Toast};
use super::layout::{self, CANVAS, TableLayout, Zone};
use super::screens::Screen;
use super::theme::{self, TextSize};
use super::typing::{self, Field};
use crate::deck::{Deck, Kind};
use crate::say;
use crate::session::{Action, Horizon, Phase, Session, State as Table};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Built>()
        .init_resource::<Held>()
        .init_resource::<Zoom>()
        .init_resource::<Canvas>()
        .init_resource::<ZoneView>()
        .add_systems(
            Update,
            (rebuild.run_if(in_state(Screen::Table)), tick)
                .chain()
                .after(GameSystems),
        )
        .add_systems(OnExit(Screen::Table), clear)
        .add_systems(Update, follow_added.before(GameSystems));
}

/// A card dropped into a solution is shown there, even when the solution
/// has more cards than its frame holds at once.
fn follow_added(mut acts: MessageReader<Act>, mut view: ResMut<ZoneView>) {
    for Act(action) in acts.read() {
        if let Action::AddToSolution { group, card } = action {
            view.added.insert(*group, card.clone());
            view.changes += 1;
        }
    }
}

/// The part of the window the room's screens are laid out on, in the
/// virtual canvas's units (the window's size divided by `UiScale`): all
/// of it but the panel's width, which is on the left in a right-to-left
/// room.
#[derive(Resource, Debug, Clone, Copy)]
pub struct Canvas {
    pub size: Vec2,
    /// Where the room's area starts: the panel's width when the panel is
    /// on the left, otherwise 0.
    pub left: f32,
}

impl Default for Canvas {
    fn default() -> Self {
        Canvas {
            size: CANVAS,
            left: 0.0,
        }
    }
}

/// The card shown enlarged for the whole room to read, if any.
#[derive(Resource, Default, Debug, Clone, PartialEq, Eq)]
pub struct Zoom(pub Option<String>);

/// What each group chose to see in its zone: the panel behind its tabs
/// and the page of its hand. Only what is drawn; the session never
/// learns of it.
#[derive(Resource, Default, Debug)]
pub struct ZoneView {
    tabs: std::collections::HashMap<usize, build::Panel>,
    pages: std::collections::HashMap<usize, usize>,
    /// Pages of each group's solution, when its cards do not fit.
    solution_pages: std::collections::HashMap<usize, usize>,
    /// The card each group last put into its solution: its page is shown.
    added: std::collections::HashMap<usize, String>,
    changes: u64,
}

impl ZoneView {
    fn tab(&self, g: usize) -> Option<build::Panel> {
        self.tabs.get(&g).copied()
    }

    fn page(&self, g: usize) -> usize {
        self.pages.get(&g).copied().unwrap_or(0)
    }

    fn set_tab(&mut self, g: usize, panel: build::Panel) {
        self.tabs.insert(g, panel);
        self.changes += 1;
    }

    fn next_page(&mut self, g: usize) {
        *self.pages.entry(g).or_insert(0) += 1;
        self.changes += 1;
    }

    /// The page of `g`'s solution to show, `per_page` cards a page: the
    /// one holding the card just added, until the group turns the page.
    fn solution_page(&self, g: usize, cards: &[&String], per_page: usize) -> usize {
        if let Some(added) = self.added.get(&g)
            && let Some(i) = cards.iter().position(|c| *c == added)
        {
            return i / per_page.max(1);
        }
        self.solution_pages.get(&g).copied().unwrap_or(0)
    }

    fn next_solution_page(&mut self, g: usize, from: usize) {
        self.added.remove(&g);
        self.solution_pages.insert(g, from + 1);
        self.changes += 1;
    }
}

/// What each part of the table was last drawn from. A part whose key is
/// unchanged keeps its entities.
#[derive(Resource, Default)]
struct Built {
    /// What every part hangs on (text size, canvas, seats): when it
    /// changes, the whole table is drawn again.
    frame: Option<Frame>,
    /// What was seen last time the parts were compared; they are compared
    /// again only when it changes (or a zone waits for a drop).
    seen: Option<Seen>,
    middle: Option<u64>,
    zones: Vec<Option<u64>>,
    zoom: Option<Option<String>>,
}

/// Text size, canvas, seats.
type Frame = (u32, [u32; 2], Vec<crate::session::Seat>);

/// Session revision, enlarged card, open new-card forms, cards in hands,
/// tabs and pages.
type Seen = (u64, Option<String>, Vec<usize>, u64, u64);

/// A part of the table drawn on its own.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The countdown, the phase, messages, undo and the swap pile.
    Middle,
    /// A group's zone.
    Zone(usize),
    /// The card shown enlarged.
    Enlarged,
}

/// The cards in someone's hand right now (picked up and not yet dropped),
/// with where each lay when it was picked up.
#[derive(Resource, Default, Debug)]
pub struct Held {
    pub cards: Vec<(Entity, CardView)>,
    /// Counts every pick-up and drop.
    changes: u64,
}

/// The root of everything the table draws.
#[derive(Component)]
pub struct TableRoot;

/// Where a card lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Hand,
    Solution,
}

/// A card on the table that can be dragged.
#[derive(Component, Debug, Clone, PartialEq, Eq)]
pub struct CardView {
    pub group: usize,
    pub card: String,
    pub place: Place,
}

/// What a drop onto this area means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Hand,
    Solution,
    /// Anywhere else in a group's zone: a card from another group is a trade.
    Zone,
    /// The pile in the middle: swap a card from the hand.
    Swap,
}

/// A box of a group's zone that pages what does not fit in it: how many
/// of its items show, of how many, and (for the tour's tests) the smallest
/// item it could hold at the room's floors.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
pub struct Paged {
    pub group: usize,
    pub what: &'static str,
    pub shown: usize,
    pub of: usize,
    pub least: Vec2,
}

#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct DropZone {
    pub group: Option<usize>,
    pub area: Area,
}

/// The action a drop stands for; `Err` is the id of the message that
/// explains a drop that means nothing.
pub fn drop_action(card: &CardView, zone: &DropZone) -> Result<Option<Action>, &'static str> {
    let c = card.card.clone();
    match (zone.area, zone.group) {
        (Area::Swap, _) => match card.place {
            Place::Hand => Ok(Some(Action::SwapCard {
                group: card.group,
                card: c,
            })),
            Place::Solution => Err("table-take-out-to-swap"),
        },
        (_, Some(to)) if to != card.group => match card.place {
            Place::Hand => Ok(Some(Action::Trade {
                from: card.group,
                to,
                card: c,
            })),
            Place::Solution => Err("table-take-out-to-trade"),
        },
        (Area::Solution, _) if card.place == Place::Hand => Ok(Some(Action::AddToSolution {
            group: card.group,
            card: c,
        })),
        (Area::Hand | Area::Zone, _) if card.place == Place::Solution => {
            Ok(Some(Action::RemoveFromSolution {
                group: card.group,
                card: c,
            }))
        }
        _ => Ok(None),
    }
}

fn clear(
    mut commands: Commands,
    roots: Query<Entity, With<TableRoot>>,
    mut built: ResMut<Built>,
    mut held: ResMut<Held>,
) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    *built = Built::default();
    held.cards.clear();
}

/// A key of what a part shows: parts with equal keys look the same.
fn key_of(parts: &[&dyn std::fmt::Debug]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for p in parts {
        format!("{p:?}").hash(&mut h);
    }
    h.finish()
}

#[allow(clippy::too_many_arguments)]
fn rebuild(
    mut commands: Commands,
    game: Res<Game>,
    size: Res<TextSize>,
    canvas: Res<Canvas>,
    zoom: Res<Zoom>,
    fonts: Res<Fonts>,
    roots: Query<Entity, With<TableRoot>>,
    parts: Query<(Entity, &Part)>,
    mut built: ResMut<Built>,
    (drafts, writing, zone_view, pictures): (
        Res<super::typing::Drafts>,
        Res<super::typing::Writing>,
        Res<ZoneView>,
        Res<super::pictures::Pictures>,
    ),
    (mut held, mut toast, time): (ResMut<Held>, ResMut<Toast>, Res<Time<Real>>),
) {
    let Some(session) = &game.session else { return };
    let state = session.state();
    let seats: Vec<_> = state.groups.iter().map(|g| g.seat).collect();
    let frame = (
        (size.0 * 100.0) as u32,
        [canvas.size.x as u32, canvas.size.y as u32],
        seats,
    );
    let root = roots
        .iter()
        .next()
        .filter(|_| built.frame.as_ref() == Some(&frame));
    let (root, existing) = match root {
        Some(root) => {
            // Parts are compared only when something they show may have
            // changed (a pick-up or a drop counts: a waiting zone is drawn
            // once its card is down).
            let seen = (
                game.revision,
                zoom.0.clone(),
                writing.0.keys().copied().collect::<Vec<_>>(),
                held.changes,
                zone_view.changes,
            );
            if built.seen.as_ref() == Some(&seen) {
                return;
            }
            built.seen = Some(seen);
            let existing: Vec<(Entity, Part)> = parts.iter().map(|(e, p)| (e, *p)).collect();
            (root, existing)
        }
        None => {
            // The first drawing, or everything moved: the whole table anew.
            for e in &roots {
                commands.entity(e).despawn();
            }
            held.cards.clear();
            *built = Built {
                zones: vec![None; state.groups.len()],
                ..default()
            };
            let root = spawn_root(&mut commands, canvas.size);
            (root, Vec::new())
        }
    };
    let view = View {
        card_w: std::cell::Cell::new(100.0),
        card_h: std::cell::Cell::new((100.0, 0)),
        champions: std::cell::Cell::new(build::Champions::Pitch),
        drafts: &drafts,
        writing: &writing,
        zone_view: &zone_view,
        pictures: &pictures,
        session,
        deck: session.deck(),
        state,
        fonts: &fonts,
        w: super::game::room_words(session),
        s: std::cell::Cell::new(size.0),
        base: size.0,
    };
    let table = layout::layout(&frame.2, canvas.size);
    built.frame = Some(frame);
    let moved = draw_parts(
        &view,
        &mut commands,
        root,
        (&table, canvas.size),
        &zoom,
        &mut built,
        &existing,
        &mut held,
    );
    if let Some(title) = moved {
        toast.refuse(
            say!(
                super::game::room_words(session),
                "table-let-go",
                title = title
            ),
            crate::app::game::seconds(&time),
        );
    }
}

/// The root every part of the table hangs from.
fn spawn_root(commands: &mut Commands, canvas: Vec2) -> Entity {
    commands
        .spawn((
            TableRoot,
            px_node(0.0, 0.0, canvas.x, canvas.y),
            // No background: the window is cleared to it, and a node
            // the size of the screen would shade every pixel again.
            Pickable::IGNORE,
        ))
        .id()
}

/// Draws every part whose key changed (all of them the first time) under
/// `root`, despawning its old entities. A zone with a card in someone's
/// hand waits for the drop while the card is still where it was; if the
/// card was moved away, the zone is drawn anew and the card's title
/// returned, to tell the room.
#[allow(clippy::too_many_arguments)]
fn draw_parts(
    view: &View,
    commands: &mut Commands,
    root: Entity,
    (table, canvas): (&TableLayout, Vec2),
    zoom: &Zoom,
    built: &mut Built,
    existing: &[(Entity, Part)],
    held: &mut Held,
) -> Option<String> {
    let state = view.state;
    let redraw = |commands: &mut Commands, part: Part, draw: &dyn Fn(&mut ChildSpawnerCommands)| {
        for (e, p) in existing {
            if *p == part {
                commands.entity(*e).despawn();
            }
        }
        // Each part in a layer of its own the size of the table (with no
        // background, so it costs nothing to draw), to be replaced whole.
        commands.entity(root).with_children(|r| {
            r.spawn((
                part,
                px_node(0.0, 0.0, canvas.x, canvas.y),
                Pickable::IGNORE,
            ))
            .with_children(|layer| draw(layer));
        });
    };
    let middle = view.middle_key();
    if built.middle != Some(middle) {
        built.middle = Some(middle);
        redraw(commands, Part::Middle, &|r| view.middle(r, table));
    }
    let mut moved = None;
    for zone in &table.zones {
        let g = zone.group;
        let key = view.zone_key(zone);
        if built.zones.get(g).copied().flatten() == Some(key) {
            continue;
        }
        let in_hand: Vec<&(Entity, CardView)> =
            held.cards.iter().filter(|(_, c)| c.group == g).collect();
        let still_there = |c: &CardView| {
            let group = &state.groups[g];
            match c.place {
                Place::Hand => group.hand.contains(&c.card),
                Place::Solution => {
                    group.solution.ideas.contains(&c.card)
                        || group.solution.methods.contains(&c.card)
                }
            }
        };
        if in_hand.iter().any(|(_, c)| still_there(c)) {
            // Drawn once the card is dropped.
            continue;
        }
        if let Some((_, c)) = in_hand.first() {
            moved = Some(view.card_words(&c.card).2);
        }
        held.cards.retain(|(_, c)| c.group != g);
        if built.zones.len() <= g {
            built.zones.resize(g + 1, None);
        }
        built.zones[g] = Some(key);
        redraw(commands, Part::Zone(g), &|r| view.zone(r, zone));
    }
    if built.zoom.as_ref() != Some(&zoom.0) {
        built.zoom = Some(zoom.0.clone());
        redraw(commands, Part::Enlarged, &|r| {
            if let Some(card) = zoom.0.as_deref() {
                view.enlarged(r, card, canvas);
            }
        });
    }
    moved
}

/// Everything needed to draw the table once.
struct View<'a> {
    /// The width of a small card in the zone being drawn: cards shrink so
    /// that a full hand fits in two rows.
    card_w: std::cell::Cell<f32>,
    /// The height of a small card in the hand being drawn, and how many
    /// lines of its text show.
    card_h: std::cell::Cell<(f32, usize)>,
    /// Where the zone being drawn shows its champions.
    champions: std::cell::Cell<build::Champions>,
    drafts: &'a super::typing::Drafts,
    writing: &'a super::typing::Writing,
    zone_view: &'a ZoneView,
    pictures: &'a super::pictures::Pictures,
    session: &'a Session,
    deck: &'a Deck,
    state: &'a Table,
    fonts: &'a Fonts,
    /// The game's words in the room's language.
    w: &'static crate::words::Words,
    /// The text size in the zone being drawn: the facilitator's choice,
    /// grown where a zone has room to spare.
    s: std::cell::Cell<f32>,
    /// The facilitator's text size.
    base: f32,
}

pub(super) fn px_node(left: f32, top: f32, width: f32, height: f32) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: px(left),
        top: px(top),
        width: px(width),
        height: px(height),
        ..default()
    }
}

impl View<'_> {
    fn font(&self, size: f32) -> TextFont {
        self.fonts.text(size * self.s.get())
    }

    fn bold(&self, size: f32) -> TextFont {
        self.fonts.bold(size * self.s.get())
    }

    /// The kind, title and text of a card in a hand or solution.
    fn card_words(&self, id: &str) -> (Kind, String, String, String, Option<u32>) {
        if let Some((kind, c)) = self.deck.card(id) {
            let cost = self.deck.rules.budget.map(|_| c.cost);
            return (
                kind,
                theme::kind_label(self.w, kind),
                c.title.clone(),
                c.text.clone(),
                cost,
            );
        }
        if let Some(w) = self.state.written_card(id) {
            let cost = self.deck.rules.budget.map(|_| 1);
            return (
                Kind::Idea,
                theme::kind_label_written(self.w),
                w.title.clone(),
                w.text.clone(),
                cost,
            );
        }
        (Kind::Idea, "?".into(), id.to_string(), String::new(), None)
    }

    /// What the middle shows: it is drawn again only when this changes.
    fn middle_key(&self) -> u64 {
        let st = self.state;
        let cards = |p: &crate::session::Piles| p.ideas.len() + p.methods.len();
        key_of(&[
            &st.phase,
            &st.round,
            &st.rounds,
            &(cards(&st.piles) + cards(&st.discards)),
        ])
    }

    /// What a group's zone shows: its group, the cards it holds as the
    /// deck words them now, the phase and the zone's place. It is drawn
    /// again only when this changes.
    fn zone_key(&self, zone: &Zone) -> u64 {
        let g = zone.group;
        let st = self.state;
        let group = &st.groups[g];
        let cards: Vec<_> = group
            .hand
            .iter()
            .chain(&group.solution.ideas)
            .chain(&group.solution.methods)
            .chain(&group.challenge)
            .chain(&st.shared_challenge)
            .map(|id| self.card_words(id))
            .collect();
        let roles: Vec<_> = group.roles.iter().map(|r| self.deck.role(r)).collect();
        key_of(&[
            &st.phase,
            &st.round,
            &(st.spotlight == Some(g)),
            &st.shared_challenge,
            group,
            &cards,
            &roles,
            &self.deck.rules,
            &self.deck.levels,
            zone,
            &self.writing.0.get(&g),
            &self.zone_view.tabs.get(&g),
            &self.zone_view.pages.get(&g),
            &self.zone_view.solution_pages.get(&g),
            &self.zone_view.added.get(&g),
            &self.base.to_bits(),
        ])
    }
}

/// Marks a group's whole zone (used by tests and the screenshot check).
#[derive(Component, Debug, Clone, Copy)]
pub struct GroupZone(pub usize);

pub use hud::TimerText;
pub use interact::{act_on_click, on_drop};
pub(crate) use interact::{end_drag, start_drag};
