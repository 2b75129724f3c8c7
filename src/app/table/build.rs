//! The build: a group's hand, solution frame, buttons and the form for
//! writing its own idea card.

use super::*;

impl View<'_> {
    pub(super) fn build_phase(&self, z: &mut ChildSpawnerCommands, g: usize, degrees: f32) {
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
    pub(super) fn build_buttons(&self, row: &mut ChildSpawnerCommands, g: usize) {
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

    pub(super) fn solution_frame(&self, mid: &mut ChildSpawnerCommands, g: usize, degrees: f32) {
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
    pub(super) fn writing_button(&self, row: &mut ChildSpawnerCommands, g: usize) {
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
    pub(super) fn new_card_form(&self, z: &mut ChildSpawnerCommands, g: usize) {
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
}
