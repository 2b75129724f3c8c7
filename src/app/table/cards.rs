//! Cards: small ones in hands and solutions, full ones, and the card shown
//! enlarged for the whole room.

use super::*;

impl View<'_> {
    /// A challenge card with its full text, `width` wide.
    pub(super) fn full_card(&self, parent: &mut ChildSpawnerCommands, id: &str, width: f32) {
        let (kind, label, title, text, _) = self.card_words(id);
        parent
            .spawn((
                Node {
                    width: px(width),
                    flex_direction: FlexDirection::Column,
                    padding: px(10).all(),
                    row_gap: px(6),
                    flex_shrink: 0.0,
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BackgroundColor(theme::kind_colour(kind)),
                Name::new(format!("card {id}")),
            ))
            .observe(zoom_on_click(id.to_string()))
            .with_children(|c| {
                c.spawn(text_as(
                    Reads::CardLabel,
                    label,
                    self.bold(18.0),
                    theme::INK,
                ));
                c.spawn(text_as(
                    Reads::CardTitle,
                    title,
                    self.bold(24.0),
                    theme::INK,
                ));
                c.spawn(text_as(Reads::CardText, text, self.font(19.0), theme::INK));
            });
    }

    /// The challenge as a strip: its label and title; tap to read it all.
    pub(super) fn challenge_strip(&self, parent: &mut ChildSpawnerCommands, id: &str) {
        let (kind, label, title, _, _) = self.card_words(id);
        parent
            .spawn((
                Node {
                    flex_direction: FlexDirection::Row,
                    flex_wrap: FlexWrap::Wrap,
                    align_items: AlignItems::Center,
                    column_gap: px(10),
                    padding: UiRect::axes(px(8), px(4)),
                    min_height: px(TAP),
                    flex_shrink: 0.0,
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BackgroundColor(theme::kind_colour(kind)),
                Name::new(format!("card {id}")),
            ))
            .observe(zoom_on_click(id.to_string()))
            .with_children(|c| {
                c.spawn(text_as(
                    Reads::CardLabel,
                    label,
                    self.bold(18.0),
                    theme::INK,
                ));
                c.spawn(text_as(
                    Reads::CardTitle,
                    title,
                    self.bold(20.0),
                    theme::INK,
                ));
            });
    }

    /// A draggable idea or method card: label, title and cost; tap to read it all.
    pub(super) fn small_card(
        &self,
        parent: &mut ChildSpawnerCommands,
        g: usize,
        id: &str,
        place: Place,
        degrees: f32,
    ) {
        let (kind, label, title, text, cost) = self.card_words(id);
        let label = match cost {
            Some(c) => format!("{label} · {}", "●".repeat(c as usize)),
            None => label.to_string(),
        };
        let (height, text_lines) = self.card_h.get();
        let node = Node {
            width: px(self.card_w.get()),
            height: px(height),
            flex_direction: FlexDirection::Column,
            padding: px(5).all(),
            row_gap: px(2),
            border: px(2).all(),
            border_radius: BorderRadius::all(px(8)),
            ..default()
        };
        // The card's picture, small, in its label's line (a picture that
        // cannot be shown is named when the card is shown large).
        let picture = match self.pictures.of(id) {
            Some(super::super::pictures::Picture::Shown(image)) => Some(image.clone()),
            _ => None,
        };
        let line = 18.0 * 1.25 * self.s.get();
        self.draggable(parent, g, id, kind, place, degrees, node)
            .with_children(|c| {
                c.spawn((
                    Node {
                        flex_direction: FlexDirection::Row,
                        justify_content: JustifyContent::SpaceBetween,
                        align_items: AlignItems::Center,
                        column_gap: px(4),
                        ..default()
                    },
                    Pickable::IGNORE,
                ))
                .with_children(|row| {
                    row.spawn(text_as(
                        Reads::CardLabel,
                        label,
                        self.bold(18.0),
                        theme::INK,
                    ));
                    if let Some(image) = picture {
                        row.spawn((
                            ImageNode::new(image),
                            Node {
                                height: px(line),
                                flex_shrink: 0.0,
                                ..default()
                            },
                            Pickable::IGNORE,
                            Name::new("picture"),
                        ));
                    }
                });
                c.spawn(text_as(
                    Reads::CardTitle,
                    title,
                    self.bold(20.0),
                    theme::INK,
                ));
                // As much of its text as the hand has room for.
                let text = fit::first_lines(
                    &text,
                    super::super::fonts::step(18.0 * self.s.get()),
                    self.card_w.get() - 18.0,
                    text_lines,
                );
                if !text.is_empty() {
                    c.spawn(text_as(Reads::CardText, text, self.font(18.0), theme::INK));
                }
            });
    }

    /// A card in a solution, as small as its title: its cost and title.
    pub(super) fn chip_card(
        &self,
        parent: &mut ChildSpawnerCommands,
        g: usize,
        id: &str,
        degrees: f32,
    ) {
        let (kind, _, title, _, cost) = self.card_words(id);
        let title = match cost {
            Some(c) => format!("{} {title}", "●".repeat(c as usize)),
            None => title,
        };
        let node = Node {
            max_width: px(self.card_w.get()),
            min_height: px(TAP),
            align_items: AlignItems::Center,
            padding: UiRect::axes(px(8), px(4)),
            border: px(2).all(),
            border_radius: BorderRadius::all(px(8)),
            ..default()
        };
        self.draggable(parent, g, id, kind, Place::Solution, degrees, node)
            .with_children(|c| {
                c.spawn(text_as(
                    Reads::CardTitle,
                    title,
                    self.bold(20.0),
                    theme::INK,
                ));
            });
    }

    /// A card that can be picked up and dropped elsewhere, or tapped to read.
    #[allow(clippy::too_many_arguments)]
    fn draggable<'c>(
        &self,
        parent: &'c mut ChildSpawnerCommands,
        g: usize,
        id: &str,
        kind: Kind,
        place: Place,
        degrees: f32,
        node: Node,
    ) -> EntityCommands<'c> {
        let mut card = parent.spawn((
            node,
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
        ));
        card.observe(start_drag)
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
            .observe(zoom_on_click(id.to_string()));
        card
    }

    /// A card's picture, at most `height` tall; a placeholder naming a
    /// picture that cannot be shown.
    pub(super) fn picture(&self, c: &mut ChildSpawnerCommands, id: &str, height: f32) {
        super::super::pictures::picture_node(c, (self.fonts, self.w), self.pictures, id, height);
    }

    /// The card enlarged in the middle of the screen, for everyone to read.
    pub(super) fn enlarged(&self, root: &mut ChildSpawnerCommands, id: &str, canvas: Vec2) {
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
                    Some(n) => format!("{label} · {}", say!(self.w, "print-costs", cost = n)),
                    None => label.to_string(),
                };
                c.spawn(text_as(
                    Reads::CardLabel,
                    label,
                    self.fonts.bold(22.0),
                    theme::INK,
                ));
                c.spawn(text_as(
                    Reads::CardTitle,
                    title,
                    self.fonts.bold(46.0),
                    theme::INK,
                ));
                self.picture(c, id, 300.0);
                c.spawn(text_as(
                    Reads::CardText,
                    text,
                    self.fonts.text(30.0),
                    theme::INK,
                ));
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
                    say!(self.w, "table-tap-to-close"),
                    self.fonts.text(18.0),
                    theme::INK.with_alpha(0.7),
                ));
            });
        });
        let _ = self.session;
    }
}
