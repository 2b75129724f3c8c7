//! The table: every group's zone at its seat, with its roles, challenge,
//! hand and solution frame. Cards are dragged with mouse or touch (Bevy's
//! picking); a drop becomes an engine action, and a drop the rules refuse
//! springs back while the room reads why. The table is rebuilt from the
//! session whenever the session changes: what is drawn follows the state.

use bevy::picking::events::{Click, Drag, Pointer};

mod build;
mod cards;
mod hud;
mod interact;
mod middle;
mod zone;

use hud::*;
use interact::*;

use bevy::prelude::*;

use super::fonts::{Fonts, text_node};
use super::game::{Act, Game, GameSystems, Toast};
use super::layout::{self, CANVAS, TableLayout, Zone};
use super::screens::Screen;
use super::theme::{self, TextSize};
use super::typing::{self, Field};
use crate::deck::{Deck, Kind};
use crate::session::{Action, Horizon, Phase, Session, State as Table};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Built>()
        .init_resource::<Zoom>()
        .init_resource::<Canvas>()
        .add_systems(
            Update,
            (rebuild.run_if(in_state(Screen::Table)), tick)
                .chain()
                .after(GameSystems),
        )
        .add_systems(OnExit(Screen::Table), clear);
}

/// The size of the virtual canvas the table is laid out on (the window's
/// size divided by `UiScale`).
#[derive(Resource, Debug, Clone, Copy)]
pub struct Canvas(pub Vec2);

impl Default for Canvas {
    fn default() -> Self {
        Canvas(CANVAS)
    }
}

/// The card shown enlarged for the whole room to read, if any.
#[derive(Resource, Default, Debug, Clone, PartialEq, Eq)]
pub struct Zoom(pub Option<String>);

/// What the table was last built from.
#[derive(Resource, Default)]
struct Built(Option<BuiltFrom>);

/// Session revision, text size, canvas, enlarged card, open new-card forms.
type BuiltFrom = (u64, u32, [u32; 2], Option<String>, Vec<usize>);

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

#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct DropZone {
    pub group: Option<usize>,
    pub area: Area,
}

/// The action a drop stands for; `Err` explains a drop that means nothing.
pub fn drop_action(card: &CardView, zone: &DropZone) -> Result<Option<Action>, &'static str> {
    let c = card.card.clone();
    match (zone.area, zone.group) {
        (Area::Swap, _) => match card.place {
            Place::Hand => Ok(Some(Action::SwapCard {
                group: card.group,
                card: c,
            })),
            Place::Solution => Err("Take the card out of the solution before swapping it"),
        },
        (_, Some(to)) if to != card.group => match card.place {
            Place::Hand => Ok(Some(Action::Trade {
                from: card.group,
                to,
                card: c,
            })),
            Place::Solution => Err("Take the card out of your solution before trading it"),
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

fn clear(mut commands: Commands, roots: Query<Entity, With<TableRoot>>, mut built: ResMut<Built>) {
    for e in &roots {
        commands.entity(e).despawn();
    }
    built.0 = None;
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
    mut built: ResMut<Built>,
    (drafts, writing): (Res<super::typing::Drafts>, Res<super::typing::Writing>),
) {
    let Some(session) = &game.session else { return };
    let key = (
        game.revision,
        (size.0 * 100.0) as u32,
        [canvas.0.x as u32, canvas.0.y as u32],
        zoom.0.clone(),
        writing.0.keys().copied().collect::<Vec<_>>(),
    );
    if built.0.as_ref() == Some(&key) {
        return;
    }
    built.0 = Some(key);
    for e in &roots {
        commands.entity(e).despawn();
    }
    let view = View {
        card_w: std::cell::Cell::new(100.0),
        drafts: &drafts,
        writing: &writing,
        session,
        deck: session.deck(),
        state: session.state(),
        fonts: &fonts,
        s: std::cell::Cell::new(size.0),
        base: size.0,
    };
    view.spawn(&mut commands, canvas.0, zoom.0.as_deref());
}

/// Everything needed to draw the table once.
struct View<'a> {
    /// The width of a small card in the zone being drawn: cards shrink so
    /// that a full hand fits in two rows.
    card_w: std::cell::Cell<f32>,
    drafts: &'a super::typing::Drafts,
    writing: &'a super::typing::Writing,
    session: &'a Session,
    deck: &'a Deck,
    state: &'a Table,
    fonts: &'a Fonts,
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
    fn card_words(&self, id: &str) -> (Kind, &'static str, String, String, Option<u32>) {
        if let Some((kind, c)) = self.deck.card(id) {
            let cost = self.deck.rules.budget.map(|_| c.cost);
            return (
                kind,
                theme::kind_label(kind),
                c.title.clone(),
                c.text.clone(),
                cost,
            );
        }
        if let Some(w) = self.state.written_card(id) {
            let cost = self.deck.rules.budget.map(|_| 1);
            return (
                Kind::Idea,
                theme::WRITTEN_LABEL,
                w.title.clone(),
                w.text.clone(),
                cost,
            );
        }
        (Kind::Idea, "?", id.to_string(), String::new(), None)
    }

    fn spawn(&self, commands: &mut Commands, canvas: Vec2, zoom: Option<&str>) {
        let seats: Vec<_> = self.state.groups.iter().map(|g| g.seat).collect();
        let table = layout::layout(&seats, canvas);
        commands
            .spawn((
                TableRoot,
                Node {
                    position_type: PositionType::Absolute,
                    width: px(canvas.x),
                    height: px(canvas.y),
                    ..default()
                },
                // No background: the window is cleared to it, and a node
                // the size of the screen would shade every pixel again.
                Pickable::IGNORE,
            ))
            .with_children(|root| {
                self.middle(root, &table);
                for zone in &table.zones {
                    self.zone(root, zone);
                }
                if let Some(card) = zoom {
                    self.enlarged(root, card, canvas);
                }
            });
    }
}

/// Marks a group's whole zone (used by tests and the screenshot check).
#[derive(Component, Debug, Clone, Copy)]
pub struct GroupZone(pub usize);

pub use hud::{TimerText, ToastText};
pub use interact::{act_on_click, on_drop};
pub(crate) use interact::{end_drag, start_drag};
