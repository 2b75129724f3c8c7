//! A group's zone: its header, roles and challenge.

use super::*;

impl View<'_> {
    pub(super) fn zone(&self, root: &mut ChildSpawnerCommands, zone: &Zone) {
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

    pub(super) fn header(&self, z: &mut ChildSpawnerCommands, g: usize, colour: Color) {
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

    pub(super) fn role_names(&self, g: usize) -> Vec<(String, String)> {
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

    pub(super) fn roles_phase(&self, z: &mut ChildSpawnerCommands, g: usize) {
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

    pub(super) fn challenge_phase(&self, z: &mut ChildSpawnerCommands, g: usize, degrees: f32) {
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

    pub(super) fn role_chips(&self, z: &mut ChildSpawnerCommands, g: usize, toggles: bool) {
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
    pub(super) fn role_chip_items(&self, row: &mut ChildSpawnerCommands, g: usize, toggles: bool) {
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
}
