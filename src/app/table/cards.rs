//! Cards: small ones in hands and solutions, full ones, and the card shown
//! enlarged for the whole room.

use super::*;

impl View<'_> {
    /// A challenge card: with its full text when `width` is given, else
    /// small, with its title (tap it to read it all).
    pub(super) fn full_card(
        &self,
        parent: &mut ChildSpawnerCommands,
        id: &str,
        width: Option<f32>,
    ) {
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
    pub(super) fn small_card(
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
