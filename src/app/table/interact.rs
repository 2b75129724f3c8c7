//! What hands do on the table: buttons and toggles, taps, and dragging a
//! card onto an area (the engine decides).

use bevy::picking::events::{Click, DragDrop, DragEnd, DragStart, Pointer};

use super::*;

/// The least height of anything players tap, as on devices.
pub(super) const TAP: f32 = 48.0;

pub(super) use theme::BUTTON;

/// A button on the table, named for tests ("button Ready").
pub(super) fn button_node(label: &str, colour: Color) -> impl Bundle {
    (
        Node {
            padding: UiRect::axes(px(12), px(6)),
            min_height: px(TAP),
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(px(8)),
            flex_shrink: 0.0,
            ..default()
        },
        Button,
        BackgroundColor(colour),
        Name::new(format!("button {label}")),
    )
}

pub(super) fn button(parent: &mut ChildSpawnerCommands, view: &View, label: &str, action: Action) {
    parent
        .spawn(button_node(label, BUTTON))
        .observe(act_on_click(action))
        .with_children(|b| {
            b.spawn(text_as(Reads::Button, label, view.bold(18.0), theme::PAPER));
        });
}

pub(super) fn toggle(
    parent: &mut ChildSpawnerCommands,
    view: &View,
    label: &str,
    on: bool,
    action: Action,
) {
    parent
        .spawn((
            Node {
                padding: UiRect::axes(px(10), px(5)),
                min_height: px(TAP),
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(px(12)),
                ..default()
            },
            Button,
            BackgroundColor(if on { theme::GOOD } else { theme::OFF }),
            Name::new(format!("toggle {label}")),
        ))
        .observe(act_on_click(action))
        .with_children(|b| {
            b.spawn(text_as(Reads::Button, label, view.font(18.0), theme::PAPER));
        });
}

/// An observer that sends `action` to the engine when its entity is tapped.
pub fn act_on_click(action: Action) -> impl FnMut(On<Pointer<Click>>, MessageWriter<Act>) {
    move |mut click: On<Pointer<Click>>, mut acts: MessageWriter<Act>| {
        click.propagate(false);
        acts.write(Act(action.clone()));
    }
}

pub(super) fn zoom_on_click(card: String) -> impl FnMut(On<Pointer<Click>>, ResMut<Zoom>) {
    move |mut click: On<Pointer<Click>>, mut zoom: ResMut<Zoom>| {
        click.propagate(false);
        zoom.0 = Some(card.clone());
    }
}

pub(crate) fn start_drag(
    drag: On<Pointer<DragStart>>,
    mut q: Query<(&mut GlobalZIndex, &mut Pickable, &mut BorderColor)>,
    cards: Query<&CardView>,
    held: Option<ResMut<Held>>,
) {
    if let (Ok(card), Some(mut held)) = (cards.get(drag.event_target()), held) {
        held.cards.push((drag.event_target(), card.clone()));
        held.changes += 1;
    }
    if let Ok((mut z, mut pickable, mut border)) = q.get_mut(drag.event_target()) {
        z.0 = 100;
        // Let the pointer see what lies under the card, to drop onto it.
        *pickable = Pickable::IGNORE;
        *border = BorderColor::all(Color::WHITE);
    }
}

/// Every drag ends with the card back where it was: if the drop was
/// accepted, its zone is drawn again with the card in its new place.
pub(crate) fn end_drag(
    drag: On<Pointer<DragEnd>>,
    mut q: Query<(
        &mut UiTransform,
        &mut GlobalZIndex,
        &mut Pickable,
        &mut BorderColor,
    )>,
    held: Option<ResMut<Held>>,
) {
    if let Some(mut held) = held
        && held.cards.iter().any(|(e, _)| *e == drag.event_target())
    {
        held.cards.retain(|(e, _)| *e != drag.event_target());
        held.changes += 1;
    }
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
    game: Res<Game>,
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
        Err(why) => toast.refuse(
            crate::app::game::words(&game).say(why, None),
            crate::app::game::seconds(&time),
        ),
    }
}
