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
        // Zones with room to spare (fewer groups, a wall screen) get
        // bigger cards and text; text never goes below the room's floor.
        let area = (zone.size.x * zone.size.y / (458.0 * 446.0)).sqrt();
        // Short zones (at the sides) keep the floor's size: height is what they lack.
        let tall = zone.size.y / 300.0;
        self.s.set(self.base * area.min(tall).clamp(1.0, 1.4));
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
            self.header(z, g, colour, zone.size.x);
            match self.state.phase {
                Phase::Roles => self.roles_phase(z, g, zone.size),
                Phase::Challenge => self.challenge_phase(z, g, zone.size),
                _ => self.build_phase(z, g, zone),
            }
        });
    }

    pub(super) fn header(&self, z: &mut ChildSpawnerCommands, g: usize, colour: Color, width: f32) {
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
                    width: px(22.0 * self.s.get()),
                    height: px(22.0 * self.s.get()),
                    border_radius: BorderRadius::all(px(11.0 * self.s.get())),
                    ..default()
                },
                BackgroundColor(colour),
                Pickable::IGNORE,
            ));
            h.spawn(text_as(
                Reads::GroupName,
                group.name.clone(),
                self.bold(26.0),
                theme::PAPER,
            ));
            if self.state.phase == Phase::Build {
                let (label, c) = if group.solution.ready {
                    (say!(self.w, "table-ready").to_uppercase(), theme::GOOD_TEXT)
                } else {
                    let left = self
                        .deck
                        .rules
                        .swaps_per_round
                        .saturating_sub(group.swaps_used);
                    (say!(self.w, "table-swaps-left", count = left), theme::MUTED)
                };
                h.spawn(text_node(label, self.bold(18.0), c));
                self.build_buttons(h, g);
                if self.challenge_up_top(g, width)
                    && let Some(c) = self.challenge_of(g)
                {
                    self.challenge_strip(h, &c);
                }
                if self.champions_up_top(g, width) {
                    self.role_chip_items(h, g, !group.solution.ready);
                }
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

    pub(super) fn roles_phase(&self, z: &mut ChildSpawnerCommands, g: usize, size: Vec2) {
        let s = self.s.get();
        let roles = self.state.groups[g].roles.len().max(1);
        // Inside the zone's border and padding, with a little to spare.
        let inner = size.x - 2.0 * (8.0 + 8.0) - 4.0;
        let per_row = roles.min((inner / (220.0 * s)).floor().max(1.0) as usize);
        let width = (inner - 8.0 * (per_row as f32 - 1.0)) / per_row as f32;
        let rows = roles.div_ceil(per_row) as f32;
        let height = (size.y - 16.0 - 56.0 * s) / rows - 8.0;
        // Lines of 18 px text a role card of this width holds.
        let chars_per_line = ((width - 16.0) / (10.5 * s)).max(1.0);
        let lines = |t: &str| (t.chars().count() as f32 / chars_per_line).ceil() + 1.0;
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
                let wants = role
                    .wants
                    .as_ref()
                    .map(|w| say!(self.w, "table-wants", wants = w.as_str()))
                    .unwrap_or_default();
                // The brief when the card has room for it, else what the role wants.
                let fixed = (18.0 + 2.0 * 22.0) * 1.25 * s + super::interact::TAP + 40.0;
                let with_brief = lines(&role.brief) + lines(&wants);
                let words = if fixed + with_brief * 22.5 * s <= height {
                    format!("{}\n{wants}", role.brief).trim().to_string()
                } else {
                    wants
                };
                row.spawn((
                    Node {
                        width: px(width),
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
                    c.spawn(text_as(
                        Reads::CardLabel,
                        theme::kind_label(self.w, Kind::Role),
                        self.bold(18.0),
                        theme::INK,
                    ));
                    c.spawn(text_as(
                        Reads::CardTitle,
                        role.name.clone(),
                        self.bold(22.0),
                        theme::INK,
                    ));
                    c.spawn(text_as(Reads::CardText, words, self.font(18.0), theme::INK));
                    button(
                        c,
                        self,
                        &say!(self.w, "table-swap-role"),
                        Action::SwapRole {
                            group: g,
                            role: role_id.clone(),
                        },
                    );
                });
            }
            if self.state.groups[g].roles.len() < self.deck.rules.roles_per_group as usize {
                row.spawn(text_node(
                    say!(self.w, "table-waiting-for-roles"),
                    self.font(18.0),
                    theme::MUTED,
                ));
            }
        });
    }

    pub(super) fn challenge_phase(&self, z: &mut ChildSpawnerCommands, g: usize, size: Vec2) {
        self.role_chips(z, g, false);
        let group = &self.state.groups[g];
        let challenge = group
            .challenge
            .clone()
            .or_else(|| self.state.shared_challenge.clone());
        match challenge {
            Some(c) => {
                self.full_card(z, &c, (size.x - 36.0).min(560.0 * self.s.get()));
                if !self.deck.rules.shared_challenge && !group.redrawn {
                    button(
                        z,
                        self,
                        &say!(self.w, "phone-redraw"),
                        Action::RedrawChallenge { group: g },
                    );
                }
            }
            None if self.deck.rules.shared_challenge => {
                z.spawn(text_node(
                    say!(self.w, "phone-facilitator-reveals"),
                    self.font(18.0),
                    theme::MUTED,
                ));
            }
            None => button(
                z,
                self,
                &say!(self.w, "table-draw-challenge"),
                Action::DrawChallenge { group: g },
            ),
        }
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
            row.spawn(text_node(
                say!(
                    self.w,
                    "room-label",
                    label = say!(self.w, "phone-champions")
                ),
                self.font(18.0),
                theme::MUTED,
            ));
        }
        for (id, name) in self.role_names(g) {
            let on = champions.contains(&id);
            let fill = if on { theme::ROLE_CHIP } else { theme::OFF };
            let label = if toggles && on {
                format!("★ {name}")
            } else {
                name
            };
            let mut chip = row.spawn((
                Node {
                    padding: UiRect::axes(px(10), px(4)),
                    min_height: px(if toggles { super::interact::TAP } else { 0.0 }),
                    align_items: AlignItems::Center,
                    border_radius: BorderRadius::all(px(12)),
                    ..default()
                },
                BackgroundColor(fill),
                Name::new("role chip"),
            ));
            chip.with_children(|c| {
                c.spawn(text_node(label, self.font(18.0), theme::PAPER));
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
