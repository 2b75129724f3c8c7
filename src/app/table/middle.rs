//! The middle of the table: the timer, the phase, the message for the room
//! and the swap pile.

use super::*;

impl View<'_> {
    /// The phase, the big countdown and messages for the room, in the
    /// middle of the table or in the wall bar; and the swap pile.
    pub(super) fn middle(&self, root: &mut ChildSpawnerCommands, table: &TableLayout) {
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
            let phase = say!(
                self.w,
                "room-heading",
                phase = self.state.phase.message().say(self.w),
                round = self.state.round,
                rounds = self.state.rounds
            );
            hud.spawn(text_node(phase, self.fonts.bold(26.0), theme::MUTED));
            hud.spawn((
                Text::new(""),
                // "Time is up" stays on one line in the middle it has.
                self.fonts.bold(if table.wall {
                    64.0
                } else {
                    (width / 6.6).clamp(40.0, 88.0)
                }),
                TextColor(theme::PAPER),
                TimerText,
                Reads::Timer,
                Pickable::IGNORE,
            ));
        });
        // Undo for touch tables with no keyboard: in the middle's corner
        // (beside the swap pile in the wall bar), never over a group's cards.
        let undo_w = 130.0;
        let (undo_left, undo_top) = if table.wall {
            (m.max.x - 300.0 - 24.0 - undo_w, m.min.y + 20.0)
        } else {
            (m.max.x - 12.0 - undo_w, m.max.y - 12.0 - 48.0)
        };
        root.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: px(undo_left),
                top: px(undo_top),
                width: px(undo_w),
                min_height: px(48),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(px(10)),
                ..default()
            },
            Button,
            BackgroundColor(Color::srgb(0.3, 0.3, 0.38)),
            GlobalZIndex(20),
            Name::new("undo"),
        ))
        .observe(
            |mut click: On<Pointer<Click>>,
             mut commands: MessageWriter<crate::app::game::Command>| {
                click.propagate(false);
                commands.write(crate::app::game::Command::Undo);
            },
        )
        .with_children(|b| {
            b.spawn(text_node(
                say!(self.w, "table-undo"),
                self.fonts.bold(20.0),
                theme::PAPER,
            ));
        });
        if self.state.phase != Phase::Build {
            return;
        }
        // The pile above Undo, at the right of the middle.
        let (w, h) = if table.wall {
            (300.0, 80.0)
        } else {
            (
                (m.width() * 0.34).min(300.0),
                (m.height() - 24.0 - 56.0).clamp(60.0, 160.0),
            )
        };
        let (left, top) = (m.max.x - w - 12.0, m.min.y + 8.0);
        let piles = &self.state.piles;
        let discards = &self.state.discards;
        let count =
            piles.ideas.len() + piles.methods.len() + discards.ideas.len() + discards.methods.len();
        // With a set per group, each group swaps from its own set.
        let hint = if self.state.cards == crate::deck::Cards::PerGroup {
            say!(self.w, "table-swap-own-set")
        } else {
            say!(self.w, "table-swap-here", count = count)
        };
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
            p.spawn(text_node(
                say!(self.w, "table-swap-pile").to_uppercase(),
                self.bold(18.0),
                theme::PAPER,
            ));
            p.spawn((
                Text::new(hint),
                self.font(18.0),
                TextLayout::justify(Justify::Center),
                TextColor(theme::MUTED),
                Pickable::IGNORE,
            ));
        });
    }
}
