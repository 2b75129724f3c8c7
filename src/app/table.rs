//! The table: every group's zone at its seat, with its roles, challenge,
//! hand and solution frame. Cards are dragged with mouse or touch (Bevy's
//! picking); a drop becomes an engine action, and a drop the rules refuse
//! springs back while the room reads why. The table is rebuilt from the
//! session whenever the session changes: what is drawn follows the state.

use bevy::picking::events::{Click, Drag, DragDrop, DragEnd, DragStart, Pointer};
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

    /// The phase, the big countdown and messages for the room, in the
    /// middle of the table or in the wall bar; and the swap pile.
    fn middle(&self, root: &mut ChildSpawnerCommands, table: &TableLayout) {
        let m = table.middle;
        let (left, top, width) = if table.wall {
            (12.0, m.min.y + 4.0, m.width() - 340.0)
        } else {
            (m.min.x + 12.0, m.min.y + 8.0, m.width() * 0.62)
        };
        root.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: px(left),
                top: px(top),
                width: px(width.max(200.0)),
                flex_direction: if table.wall {
                    FlexDirection::Row
                } else {
                    FlexDirection::Column
                },
                align_items: AlignItems::Center,
                column_gap: px(24),
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|hud| {
            let phase = format!(
                "{} · round {} of {}",
                self.state.phase.name(),
                self.state.round,
                self.state.rounds
            );
            hud.spawn(text_node(phase, self.fonts.bold(26.0), theme::MUTED));
            hud.spawn((
                Text::new(""),
                self.fonts.bold(if table.wall { 64.0 } else { 88.0 }),
                TextColor(theme::PAPER),
                TimerText,
                Pickable::IGNORE,
            ));
            hud.spawn((
                Text::new(""),
                self.fonts.bold(24.0),
                TextColor(theme::PAPER),
                ToastText,
                Pickable::IGNORE,
            ));
        });
        // Undo at the facilitator's corner, for touch tables with no keyboard.
        root.spawn((
            Node {
                position_type: PositionType::Absolute,
                right: px(12),
                bottom: px(12),
                padding: UiRect::axes(px(14), px(8)),
                border_radius: BorderRadius::all(px(10)),
                ..default()
            },
            Button,
            BackgroundColor(Color::srgb(0.3, 0.3, 0.38)),
            GlobalZIndex(20),
            Name::new("undo"),
        ))
        .observe(
            |mut click: On<Pointer<Click>>, mut commands: MessageWriter<super::game::Command>| {
                click.propagate(false);
                commands.write(super::game::Command::Undo);
            },
        )
        .with_children(|b| {
            b.spawn(text_node("↶ Undo", self.fonts.bold(20.0), theme::PAPER));
        });
        if self.state.phase != Phase::Build {
            return;
        }
        let (w, h) = if table.wall {
            (300.0, 80.0)
        } else {
            (
                (m.width() * 0.34).min(300.0),
                (m.height() - 24.0).clamp(60.0, 160.0),
            )
        };
        let (left, top) = if table.wall {
            (m.max.x - w - 12.0, m.min.y + 8.0)
        } else {
            (m.max.x - w - 12.0, m.center().y - h / 2.0)
        };
        let piles = &self.state.piles;
        let discards = &self.state.discards;
        let count =
            piles.ideas.len() + piles.methods.len() + discards.ideas.len() + discards.methods.len();
        root.spawn((
            px_node(left, top, w, h.min(m.height().max(60.0))),
            DropZone {
                group: None,
                area: Area::Swap,
            },
            BackgroundColor(Color::srgb(0.2, 0.23, 0.28)),
            BorderColor::all(theme::MUTED),
            Name::new("Swap pile"),
        ))
        .insert(Node {
            border: px(3).all(),
            border_radius: BorderRadius::all(px(12)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            flex_direction: FlexDirection::Column,
            ..px_node(left, top, w, h.min(m.height().max(60.0)))
        })
        .observe(on_drop)
        .with_children(|p| {
            p.spawn(text_node("SWAP PILE", self.bold(18.0), theme::PAPER));
            p.spawn((
                Text::new(format!("Drop a card here to swap it ({count} cards)")),
                self.font(13.0),
                TextColor(theme::MUTED),
                Pickable::IGNORE,
            ));
        });
    }

    fn zone(&self, root: &mut ChildSpawnerCommands, zone: &Zone) {
        let g = zone.group;
        let group = &self.state.groups[g];
        let colour = theme::group_colour(group.colour);
        let origin = zone.layout_origin();
        let spotlit = self.state.spotlight == Some(g);
        let degrees = zone.degrees;
        // Zones with room to spare (fewer groups, a wall screen) get bigger cards.
        let area = (zone.size.x * zone.size.y / (500.0 * 430.0)).sqrt();
        let room = area.min(zone.size.y / 430.0 * 1.15).clamp(1.0, 1.3);
        self.s.set(self.base * room);
        let in_hand = group.hand.len().max(1) as f32;
        let per_row = (in_hand / 2.0).ceil().max(3.0);
        let fit = (zone.size.x - 24.0) / per_row - 6.0;
        self.card_w.set((100.0 * self.s.get()).min(fit).max(70.0));
        // A full hand in two rows: let the text follow a narrower card.
        self.s
            .set(self.s.get().min(self.base.max(self.card_w.get() / 100.0)));
        let mut node = px_node(origin.x, origin.y, zone.size.x, zone.size.y);
        node.flex_direction = FlexDirection::Column;
        node.border = px(if spotlit { 8.0 } else { 4.0 }).all();
        node.border_radius = BorderRadius::all(px(14));
        node.padding = px(8).all();
        node.row_gap = px(6);
        // Bevy clips a node by its unturned box: clip only zones turned by
        // a half turn or not at all.
        if degrees.rem_euclid(180.0) == 0.0 {
            node.overflow = Overflow::clip();
        }
        root.spawn((
            node,
            UiTransform::from_rotation(Rot2::degrees(degrees)),
            BackgroundColor(theme::BACKGROUND.mix(&colour, 0.16)),
            BorderColor::all(if spotlit { Color::WHITE } else { colour }),
            DropZone {
                group: Some(g),
                area: Area::Zone,
            },
            GroupZone(g),
            Name::new(format!("Zone of {}", group.name)),
        ))
        .observe(on_drop)
        .with_children(|z| {
            self.header(z, g, colour);
            match self.state.phase {
                Phase::Roles => self.roles_phase(z, g),
                Phase::Challenge => self.challenge_phase(z, g, degrees),
                _ => self.build_phase(z, g, degrees),
            }
        });
    }

    fn header(&self, z: &mut ChildSpawnerCommands, g: usize, colour: Color) {
        let group = &self.state.groups[g];
        z.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                column_gap: px(10),
                row_gap: px(4),
                flex_shrink: 0.0,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|h| {
            h.spawn((
                Node {
                    width: px(18.0 * self.s.get()),
                    height: px(18.0 * self.s.get()),
                    border_radius: BorderRadius::all(px(9.0 * self.s.get())),
                    ..default()
                },
                BackgroundColor(colour),
                Pickable::IGNORE,
            ));
            h.spawn(text_node(group.name.clone(), self.bold(22.0), theme::PAPER));
            if self.state.phase == Phase::Build {
                let (label, c) = if group.solution.ready {
                    ("READY".to_string(), theme::GOOD)
                } else {
                    let left = self
                        .deck
                        .rules
                        .swaps_per_round
                        .saturating_sub(group.swaps_used);
                    (
                        format!(
                            "building · {left} swap{} left",
                            if left == 1 { "" } else { "s" }
                        ),
                        theme::MUTED,
                    )
                };
                h.spawn(text_node(label, self.bold(14.0), c));
                self.role_chip_items(h, g, !group.solution.ready);
                self.build_buttons(h, g);
            }
        });
    }

    fn role_names(&self, g: usize) -> Vec<(String, String)> {
        self.state.groups[g]
            .roles
            .iter()
            .map(|r| {
                (
                    r.clone(),
                    self.deck
                        .role(r)
                        .map_or_else(|| r.clone(), |x| x.name.clone()),
                )
            })
            .collect()
    }

    fn roles_phase(&self, z: &mut ChildSpawnerCommands, g: usize) {
        z.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(8),
                row_gap: px(8),
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|row| {
            for role_id in &self.state.groups[g].roles {
                let Some(role) = self.deck.role(role_id) else {
                    continue;
                };
                let mut words = role.brief.clone();
                if let Some(w) = &role.wants {
                    words.push_str("\nWants: ");
                    words.push_str(w);
                }
                row.spawn((
                    Node {
                        width: px(190.0 * self.s.get()),
                        flex_direction: FlexDirection::Column,
                        padding: px(8).all(),
                        row_gap: px(4),
                        border_radius: BorderRadius::all(px(8)),
                        ..default()
                    },
                    BackgroundColor(theme::kind_colour(Kind::Role).lighter(0.25)),
                    Pickable::IGNORE,
                ))
                .with_children(|c| {
                    c.spawn(text_node("ROLE", self.bold(11.0), theme::INK));
                    c.spawn(text_node(role.name.clone(), self.bold(18.0), theme::INK));
                    c.spawn(text_node(words, self.font(13.0), theme::INK));
                    button(
                        c,
                        self,
                        "Swap for another",
                        Action::SwapRole {
                            group: g,
                            role: role_id.clone(),
                        },
                    );
                });
            }
            if self.state.groups[g].roles.len() < self.deck.rules.roles_per_group as usize {
                row.spawn(text_node(
                    "Waiting for roles: the facilitator deals them",
                    self.font(16.0),
                    theme::MUTED,
                ));
            }
        });
    }

    fn challenge_phase(&self, z: &mut ChildSpawnerCommands, g: usize, degrees: f32) {
        self.role_chips(z, g, false);
        let group = &self.state.groups[g];
        let challenge = group
            .challenge
            .clone()
            .or_else(|| self.state.shared_challenge.clone());
        match challenge {
            Some(c) => {
                self.full_card(z, &c, Some(340.0));
                if !self.deck.rules.shared_challenge && !group.redrawn {
                    button(
                        z,
                        self,
                        "Redraw (once a round)",
                        Action::RedrawChallenge { group: g },
                    );
                }
            }
            None if self.deck.rules.shared_challenge => {
                z.spawn(text_node(
                    "The facilitator reveals the challenge for everyone",
                    self.font(16.0),
                    theme::MUTED,
                ));
            }
            None => button(
                z,
                self,
                "Draw a challenge",
                Action::DrawChallenge { group: g },
            ),
        }
        let _ = degrees;
    }

    fn role_chips(&self, z: &mut ChildSpawnerCommands, g: usize, toggles: bool) {
        z.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(6),
                row_gap: px(4),
                align_items: AlignItems::Center,
                flex_shrink: 0.0,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|row| self.role_chip_items(row, g, toggles));
    }

    /// The group's roles as chips; with `toggles`, tapping one makes it a
    /// champion of the solution (★) or not.
    fn role_chip_items(&self, row: &mut ChildSpawnerCommands, g: usize, toggles: bool) {
        let champions = &self.state.groups[g].solution.champions;
        if toggles {
            row.spawn(text_node("Champions:", self.font(11.0), theme::MUTED));
        }
        for (id, name) in self.role_names(g) {
            let on = champions.contains(&id);
            let fill = if on {
                theme::kind_colour(Kind::Role)
            } else {
                Color::srgb(0.3, 0.3, 0.36)
            };
            let label = if toggles && on {
                format!("★ {name}")
            } else {
                name
            };
            let mut chip = row.spawn((
                Node {
                    padding: UiRect::axes(px(8), px(3)),
                    border_radius: BorderRadius::all(px(10)),
                    ..default()
                },
                BackgroundColor(fill),
                Name::new("role chip"),
            ));
            chip.with_children(|c| {
                c.spawn(text_node(label, self.font(11.5), theme::PAPER));
            });
            if toggles {
                chip.insert(Button)
                    .observe(act_on_click(Action::SetChampion {
                        group: g,
                        role: id.clone(),
                        champion: !on,
                    }));
            } else {
                chip.insert(Pickable::IGNORE);
            }
        }
    }

    fn build_phase(&self, z: &mut ChildSpawnerCommands, g: usize, degrees: f32) {
        let group = &self.state.groups[g];
        // Challenge on the left, the solution frame on the right.
        z.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                column_gap: px(8),
                flex_shrink: 0.0,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|mid| {
            if let Some(c) = group
                .challenge
                .clone()
                .or_else(|| self.state.shared_challenge.clone())
            {
                self.full_card(mid, &c, None);
            }
            self.solution_frame(mid, g, degrees);
        });
        if self.writing.0.contains_key(&g) && !group.solution.ready {
            self.new_card_form(z, g);
        }
        // The hand.
        z.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                align_content: AlignContent::FlexStart,
                column_gap: px(6),
                row_gap: px(6),
                padding: px(4).all(),
                min_height: px(54.0 * self.s.get()),
                flex_grow: 1.0,
                border_radius: BorderRadius::all(px(8)),
                ..default()
            },
            BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.25)),
            DropZone {
                group: Some(g),
                area: Area::Hand,
            },
            Name::new("hand"),
        ))
        .observe(on_drop)
        .with_children(|hand| {
            for card in &group.hand {
                self.small_card(hand, g, card, Place::Hand, degrees);
            }
        });
    }

    /// The group's buttons during the build, in its header so they always show.
    fn build_buttons(&self, row: &mut ChildSpawnerCommands, g: usize) {
        let group = &self.state.groups[g];
        if group.solution.ready {
            return;
        }
        self.writing_button(row, g);
        if !group.redrawn && !self.deck.rules.shared_challenge {
            button(row, self, "Redraw", Action::RedrawChallenge { group: g });
        }
        button(row, self, "Ready", Action::MarkReady { group: g });
    }

    fn solution_frame(&self, mid: &mut ChildSpawnerCommands, g: usize, degrees: f32) {
        let s = &self.state.groups[g].solution;
        let rules = &self.deck.rules;
        mid.spawn((
            Node {
                flex_direction: FlexDirection::Column,
                flex_grow: 1.0,
                min_height: px(70.0 * self.s.get()),
                padding: px(6).all(),
                row_gap: px(4),
                border: px(2).all(),
                border_radius: BorderRadius::all(px(10)),
                // no clipping (see the zone)
                ..default()
            },
            BackgroundColor(Color::srgba(1.0, 1.0, 1.0, 0.08)),
            BorderColor::all(if s.ready { theme::GOOD } else { theme::MUTED }),
            DropZone {
                group: Some(g),
                area: Area::Solution,
            },
            Name::new("solution"),
        ))
        .observe(on_drop)
        .with_children(|f| {
            if s.ready {
                let title = if s.title.is_empty() {
                    "(no title)".to_string()
                } else {
                    s.title.clone()
                };
                f.spawn(text_node(title, self.bold(15.0), theme::PAPER));
            } else {
                f.spawn(text_node(
                    "Our solution: tap to type its title, drag cards here",
                    self.font(10.0),
                    theme::MUTED,
                ));
                let title = typing::shown(self.drafts, Field::Title(g), &s.title);
                typing::spawn_field(f, Field::Title(g), title, self.bold(14.0), 22.0, 1.0);
            }
            let counts = format!(
                "ideas {}/{}–{} · methods {}/{}–{}{}",
                s.ideas.len(),
                rules.solution.ideas.0,
                rules.solution.ideas.1,
                s.methods.len(),
                rules.solution.methods.0,
                rules.solution.methods.1,
                match rules.budget {
                    Some(b) => {
                        let cost: u32 = s
                            .ideas
                            .iter()
                            .chain(&s.methods)
                            .map(|c| self.deck.card(c).map_or(1, |(_, x)| x.cost))
                            .sum();
                        format!(" · cost {cost} of {b}")
                    }
                    None => String::new(),
                }
            );
            f.spawn(text_node(counts, self.font(11.0), theme::MUTED));
            f.spawn((
                Node {
                    flex_direction: FlexDirection::Row,
                    flex_wrap: FlexWrap::Wrap,
                    column_gap: px(6),
                    row_gap: px(6),
                    ..default()
                },
                Pickable::IGNORE,
            ))
            .with_children(|cards| {
                for c in s.ideas.iter().chain(&s.methods) {
                    self.small_card(cards, g, c, Place::Solution, degrees);
                }
            });
            if !s.ready {
                f.spawn(text_node("Pitch:", self.font(10.0), theme::MUTED));
                let pitch = typing::shown(self.drafts, Field::Pitch(g), &s.pitch);
                typing::spawn_field(f, Field::Pitch(g), pitch, self.font(11.0), 30.0, 2.0);
                // When and where it works.
                f.spawn((
                    Node {
                        flex_direction: FlexDirection::Row,
                        flex_wrap: FlexWrap::Wrap,
                        column_gap: px(4),
                        row_gap: px(4),
                        ..default()
                    },
                    Pickable::IGNORE,
                ))
                .with_children(|row| {
                    for h in Horizon::ALL {
                        toggle(
                            row,
                            self,
                            h.name(),
                            s.horizon == Some(h),
                            Action::SetHorizon {
                                group: g,
                                horizon: h,
                            },
                        );
                    }
                    for level in &self.deck.levels {
                        let on = s.level.as_deref() == Some(level.as_str());
                        toggle(
                            row,
                            self,
                            level,
                            on,
                            Action::SetLevel {
                                group: g,
                                level: level.clone(),
                            },
                        );
                    }
                });
            }
        });
    }

    /// "+ Our idea" opens a form in the zone to write a card.
    fn writing_button(&self, row: &mut ChildSpawnerCommands, g: usize) {
        let open = self.writing.0.contains_key(&g);
        row.spawn(button_node("+ Our idea", Color::srgb(0.35, 0.35, 0.45)))
            .observe(typing::toggle_writing(g))
            .with_children(|b| {
                let label = if open {
                    "Close the new card"
                } else {
                    "+ Our idea"
                };
                b.spawn(text_node(label, self.bold(13.0), theme::PAPER));
            });
    }

    /// The form for a card the group writes itself.
    fn new_card_form(&self, z: &mut ChildSpawnerCommands, g: usize) {
        z.spawn((
            Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(4),
                padding: px(6).all(),
                flex_shrink: 0.0,
                border_radius: BorderRadius::all(px(8)),
                ..default()
            },
            BackgroundColor(theme::kind_colour(Kind::Idea).with_alpha(0.3)),
            Pickable::IGNORE,
        ))
        .with_children(|form| {
            form.spawn(text_node(
                "Our own idea card: title, then what it does",
                self.bold(11.0),
                theme::PAPER,
            ));
            let title = typing::shown(self.drafts, Field::NewTitle(g), "");
            typing::spawn_field(form, Field::NewTitle(g), title, self.bold(13.0), 24.0, 1.0);
            let text = typing::shown(self.drafts, Field::NewText(g), "");
            typing::spawn_field(form, Field::NewText(g), text, self.font(11.0), 30.0, 2.0);
            form.spawn(button_node("Add it to our hand", BUTTON))
                .observe(typing::write_card(g))
                .with_children(|b| {
                    b.spawn(text_node(
                        "Add it to our hand",
                        self.bold(13.0),
                        theme::PAPER,
                    ));
                });
        });
    }

    /// A challenge card: with its full text when `width` is given, else
    /// small, with its title (tap it to read it all).
    fn full_card(&self, parent: &mut ChildSpawnerCommands, id: &str, width: Option<f32>) {
        let (kind, label, title, text, _) = self.card_words(id);
        let (w, pad, k) = match width {
            Some(w) => (w, 8.0, if w < 200.0 { 0.8 } else { 1.1 }),
            None => (110.0, 5.0, 0.8),
        };
        parent
            .spawn((
                Node {
                    width: px(w * self.s.get()),
                    flex_direction: FlexDirection::Column,
                    padding: px(pad).all(),
                    row_gap: px(pad / 2.0),
                    flex_shrink: 0.0,
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BackgroundColor(theme::kind_colour(kind)),
                Name::new(format!("card {id}")),
            ))
            .observe(zoom_on_click(id.to_string()))
            .with_children(|c| {
                c.spawn(text_node(label, self.bold(10.0 * k), theme::INK));
                c.spawn(text_node(title, self.bold(16.0 * k), theme::INK));
                match width {
                    Some(_) => c.spawn(text_node(text, self.font(13.0 * k), theme::INK)),
                    None => c.spawn(text_node(
                        "tap to read",
                        self.font(9.0),
                        theme::INK.with_alpha(0.7),
                    )),
                };
            });
    }

    /// A draggable idea or method card: label, title and cost; tap to read it all.
    fn small_card(
        &self,
        parent: &mut ChildSpawnerCommands,
        g: usize,
        id: &str,
        place: Place,
        degrees: f32,
    ) {
        let (kind, label, title, _, cost) = self.card_words(id);
        let label = match cost {
            Some(c) => format!("{label} · {}", "●".repeat(c as usize)),
            None => label.to_string(),
        };
        parent
            .spawn((
                Node {
                    width: px(self.card_w.get()),
                    min_height: px(48.0 * self.s.get()),
                    flex_direction: FlexDirection::Column,
                    padding: px(4).all(),
                    row_gap: px(2),
                    border: px(2).all(),
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BackgroundColor(theme::kind_colour(kind)),
                BorderColor::all(theme::INK.with_alpha(0.4)),
                UiTransform::default(),
                GlobalZIndex::default(),
                Pickable::default(),
                CardView {
                    group: g,
                    card: id.to_string(),
                    place,
                },
                Name::new(format!("card {id}")),
            ))
            .observe(start_drag)
            .observe(
                move |drag: On<Pointer<Drag>>,
                      scale: Res<UiScale>,
                      mut q: Query<&mut UiTransform>| {
                    if let Ok(mut t) = q.get_mut(drag.event_target()) {
                        let d = layout::into_zone(drag.distance, degrees) / scale.0.max(0.01);
                        t.translation = Val2::px(d.x, d.y);
                    }
                },
            )
            .observe(end_drag)
            .observe(zoom_on_click(id.to_string()))
            .with_children(|c| {
                c.spawn(text_node(label, self.bold(8.5), theme::INK));
                c.spawn(text_node(title, self.bold(12.0), theme::INK));
            });
    }

    /// The card enlarged in the middle of the screen, for everyone to read.
    fn enlarged(&self, root: &mut ChildSpawnerCommands, id: &str, canvas: Vec2) {
        let (kind, label, title, text, cost) = self.card_words(id);
        let (source, tags) = self
            .deck
            .card(id)
            .map(|(_, c)| (c.source.clone().unwrap_or_default(), c.tags.join(", ")))
            .unwrap_or_default();
        root.spawn((
            px_node(0.0, 0.0, canvas.x, canvas.y),
            BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.6)),
            GlobalZIndex(50),
            Name::new("enlarged card"),
        ))
        .insert(Node {
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..px_node(0.0, 0.0, canvas.x, canvas.y)
        })
        .observe(|mut click: On<Pointer<Click>>, mut zoom: ResMut<Zoom>| {
            click.propagate(false);
            zoom.0 = None;
        })
        .with_children(|o| {
            o.spawn((
                Node {
                    width: px(720),
                    flex_direction: FlexDirection::Column,
                    padding: px(28).all(),
                    row_gap: px(14),
                    border_radius: BorderRadius::all(px(20)),
                    ..default()
                },
                BackgroundColor(theme::kind_colour(kind)),
                Pickable::IGNORE,
            ))
            .with_children(|c| {
                let label = match cost {
                    Some(n) => format!("{label} · costs {n}"),
                    None => label.to_string(),
                };
                c.spawn(text_node(label, self.fonts.bold(22.0), theme::INK));
                c.spawn(text_node(title, self.fonts.bold(46.0), theme::INK));
                c.spawn(text_node(text, self.fonts.text(30.0), theme::INK));
                if !tags.is_empty() || !source.is_empty() {
                    let line = [tags, source]
                        .into_iter()
                        .filter(|x| !x.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ");
                    c.spawn(text_node(
                        line,
                        self.fonts.text(18.0),
                        theme::INK.with_alpha(0.8),
                    ));
                }
                c.spawn(text_node(
                    "Tap anywhere to close",
                    self.fonts.text(16.0),
                    theme::INK.with_alpha(0.7),
                ));
            });
        });
        let _ = self.session;
    }
}

/// The big countdown.
#[derive(Component)]
pub struct TimerText;

/// The message for the room (why a move was refused).
#[derive(Component)]
pub struct ToastText;

/// The text of the entities marked `M` (and not `N`).
type TextOf<'w, 's, M, N> =
    Query<'w, 's, (&'static mut Text, &'static mut TextColor), (With<M>, Without<N>)>;

/// Updates the countdown and the message; flashes when the time is up.
fn tick(
    game: Res<Game>,
    clock: Res<super::game::Clock>,
    toast: Res<Toast>,
    time: Res<Time<Real>>,
    mut timers: TextOf<TimerText, ToastText>,
    mut toasts: TextOf<ToastText, TimerText>,
) {
    let Some(session) = &game.session else { return };
    let now = clock.now(Some(session));
    let t = &session.state().timer;
    let secs = time.elapsed_secs_f64();
    for (mut text, mut colour) in &mut timers {
        let shown = if t.is_up(now) {
            "Time is up".to_string()
        } else {
            let mut s = crate::session::clock::countdown(t.remaining(now));
            if !t.is_running() {
                s.push_str(" ❚❚");
            }
            s
        };
        if text.0 != shown {
            text.0 = shown;
        }
        let c = if super::window::alarm(t, now, secs) {
            theme::REFUSED
        } else {
            theme::PAPER
        };
        if colour.0 != c {
            colour.0 = c;
        }
    }
    for (mut text, mut colour) in &mut toasts {
        let shown = if toast.visible(secs) {
            toast.text.clone()
        } else {
            String::new()
        };
        if text.0 != shown {
            text.0 = shown;
        }
        let c = if toast.refused {
            Color::srgb(1.0, 0.55, 0.5)
        } else {
            Color::srgb(0.6, 0.95, 0.65)
        };
        if colour.0 != c {
            colour.0 = c;
        }
    }
}

/// Marks a group's whole zone (used by tests and the screenshot check).
#[derive(Component, Debug, Clone, Copy)]
pub struct GroupZone(pub usize);

/// The colour of the table's buttons.
const BUTTON: Color = Color::srgb(0.22, 0.4, 0.62);

/// A button on the table, named for tests ("button Ready").
fn button_node(label: &str, colour: Color) -> impl Bundle {
    (
        Node {
            padding: UiRect::axes(px(10), px(4)),
            border_radius: BorderRadius::all(px(8)),
            flex_shrink: 0.0,
            ..default()
        },
        Button,
        BackgroundColor(colour),
        Name::new(format!("button {label}")),
    )
}

fn button(parent: &mut ChildSpawnerCommands, view: &View, label: &str, action: Action) {
    parent
        .spawn(button_node(label, BUTTON))
        .observe(act_on_click(action))
        .with_children(|b| {
            b.spawn(text_node(label, view.bold(13.0), theme::PAPER));
        });
}

fn toggle(parent: &mut ChildSpawnerCommands, view: &View, label: &str, on: bool, action: Action) {
    parent
        .spawn((
            Node {
                padding: UiRect::axes(px(6), px(2)),
                border_radius: BorderRadius::all(px(10)),
                ..default()
            },
            Button,
            BackgroundColor(if on {
                theme::GOOD
            } else {
                Color::srgb(0.3, 0.3, 0.36)
            }),
            Name::new(format!("toggle {label}")),
        ))
        .observe(act_on_click(action))
        .with_children(|b| {
            b.spawn(text_node(label, view.font(11.0), theme::PAPER));
        });
}

/// An observer that sends `action` to the engine when its entity is tapped.
pub fn act_on_click(action: Action) -> impl FnMut(On<Pointer<Click>>, MessageWriter<Act>) {
    move |mut click: On<Pointer<Click>>, mut acts: MessageWriter<Act>| {
        click.propagate(false);
        acts.write(Act(action.clone()));
    }
}

fn zoom_on_click(card: String) -> impl FnMut(On<Pointer<Click>>, ResMut<Zoom>) {
    move |mut click: On<Pointer<Click>>, mut zoom: ResMut<Zoom>| {
        click.propagate(false);
        zoom.0 = Some(card.clone());
    }
}

pub(super) fn start_drag(
    drag: On<Pointer<DragStart>>,
    mut q: Query<(&mut GlobalZIndex, &mut Pickable, &mut BorderColor)>,
) {
    if let Ok((mut z, mut pickable, mut border)) = q.get_mut(drag.event_target()) {
        z.0 = 100;
        // Let the pointer see what lies under the card, to drop onto it.
        *pickable = Pickable::IGNORE;
        *border = BorderColor::all(Color::WHITE);
    }
}

/// Every drag ends with the card back where it was: if the drop was
/// accepted, the table is rebuilt with the card in its new place.
pub(super) fn end_drag(
    drag: On<Pointer<DragEnd>>,
    mut q: Query<(
        &mut UiTransform,
        &mut GlobalZIndex,
        &mut Pickable,
        &mut BorderColor,
    )>,
) {
    if let Ok((mut t, mut z, mut pickable, mut border)) = q.get_mut(drag.event_target()) {
        t.translation = Val2::ZERO;
        z.0 = 0;
        *pickable = Pickable::default();
        *border = BorderColor::all(theme::INK.with_alpha(0.4));
    }
}

/// A card dropped onto an area: the engine decides.
pub fn on_drop(
    mut drop: On<Pointer<DragDrop>>,
    zones: Query<&DropZone>,
    cards: Query<&CardView>,
    mut acts: MessageWriter<Act>,
    mut toast: ResMut<Toast>,
    time: Res<Time<Real>>,
) {
    let Ok(zone) = zones.get(drop.event_target()) else {
        return;
    };
    drop.propagate(false);
    let Ok(card) = cards.get(drop.dropped) else {
        return;
    };
    match drop_action(card, zone) {
        Ok(Some(action)) => {
            acts.write(Act(action));
        }
        Ok(None) => {}
        Err(why) => toast.refuse(why, time.elapsed_secs_f64()),
    }
}
