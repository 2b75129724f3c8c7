//! Everything drawn with egui — the title and setup screens, the facilitator
//! panel, the dialogs, the join card and the room's messages — in one pass,
//! so panels and screens share the window without overlapping. Also keeps egui from
//! waking the app when nothing changed.

use bevy::camera::NormalizedRenderTarget;
use bevy::picking::backend::{HitData, PointerHits};
use bevy::picking::pointer::{PointerId, PointerLocation};
use bevy::prelude::*;
use bevy_egui::egui::{self, LayerId, RichText, UiBuilder};
use bevy_egui::{EguiContexts, EguiInput, EguiInputSet, EguiPreUpdateSet, EguiPrimaryContextPass};

use super::bidi::text as bidi;
use super::game::{Act, Command, Game, Toast};
use super::panel::{self, PanelState};
use super::screens::Screen;
use super::setup::{self, SetupState};
use super::theme::TextSize;
use super::title::{self, Catalog, TitleState};
use crate::session::Action;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Regions>()
        .add_systems(EguiPrimaryContextPass, draw.in_set(super::window::Own))
        .add_systems(super::console::ConsolePass, draw_console)
        .add_systems(PostUpdate, (own_capture, capture_pointers_over_egui));
    quiet_egui(app);
}

/// Keeps egui from waking the app every frame (see [`quiet_modifiers`]);
/// the floor app of `scripts/bench-app` rests the same way.
pub fn quiet_egui(app: &mut App) {
    app.add_systems(
        PreUpdate,
        quiet_modifiers
            .after(EguiInputSet::WriteEguiEvents)
            .before(EguiPreUpdateSet::BeginPass),
    );
}

/// bevy_egui's own capture is turned off: while egui wants one pointer it
/// takes every pointer of the window, so a finger on the facilitator panel
/// stopped every drag on the table.
fn own_capture(
    mut settings: Query<&mut bevy_egui::EguiContextSettings, Added<bevy_egui::EguiContextSettings>>,
) {
    for mut s in &mut settings {
        s.capture_pointer_input = false;
    }
}

/// A pointer over egui (the facilitator panel, its ☰ button, a dialog)
/// reaches egui alone, and every other pointer reaches the table: each
/// finger is judged by where it is. (Read by picking in the next frame, as
/// bevy_egui's own capture is.)
fn capture_pointers_over_egui(
    pointers: Query<(&PointerId, &PointerLocation)>,
    mut contexts: Query<
        (
            Entity,
            &mut bevy_egui::EguiContext,
            &Camera,
            &bevy_egui::EguiZoomFactor,
        ),
        With<bevy_egui::PrimaryEguiContext>,
    >,
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
    panel: Res<PanelState>,
    order: Res<bevy_egui::EguiPickingOrder>,
    mut hits: MessageWriter<PointerHits>,
) {
    let (Ok((context, mut ctx, camera, zoom)), Ok(window)) =
        (contexts.single_mut(), windows.single())
    else {
        return;
    };
    // Only read: the context is not marked as changed every frame.
    let ctx = ctx.bypass_change_detection().get_mut();
    for (pointer, location) in &pointers {
        let Some(location) = &location.location else {
            continue;
        };
        if !matches!(location.target, NormalizedRenderTarget::Window(_)) {
            continue;
        }
        let at = location.position;
        let on_panel = panel.width > 0.0
            && if panel.on_left {
                at.x <= panel.width
            } else {
                at.x >= window.width() - panel.width
            };
        let points = egui::pos2(at.x, at.y) / zoom.zoom_factor.max(0.01);
        let on_area = ctx
            .layer_id_at(points)
            .is_some_and(|layer| layer.order != egui::Order::Background);
        if panel.confirm.is_some() || on_panel || on_area {
            hits.write(PointerHits::new(
                *pointer,
                vec![(context, HitData::new(context, 0.0, None, None))],
                camera.order as f32 + order.0,
            ));
        }
    }
}

/// Where egui drew what only the facilitator reads (the panel, dialogs,
/// the deck's problems, the title and setup screens), in points: the
/// tour's `texts.json` tells these from what players read.
#[derive(Resource, Default)]
pub struct Regions {
    pub facilitator: Vec<egui::Rect>,
}

/// The state of the screens drawn with egui.
#[derive(bevy::ecs::system::SystemParam)]
struct ScreenState<'w> {
    title: ResMut<'w, TitleState>,
    setup: ResMut<'w, SetupState>,
    panel: ResMut<'w, PanelState>,
    text_size: ResMut<'w, TextSize>,
    typing: ResMut<'w, super::keys::Typing>,
    deck_file: Res<'w, super::live::DeckFile>,
    devices: ResMut<'w, super::devices::Devices>,
    drawn: Option<ResMut<'w, super::window::Drawn>>,
    regions: ResMut<'w, Regions>,
    console: ResMut<'w, super::console::Console>,
    browser_top: ResMut<'w, super::title::BrowserTop>,
}

/// What the drawing functions read and write.
pub struct Ctx<'a> {
    pub game: &'a Game,
    pub acts: &'a mut Vec<Action>,
    pub commands: &'a mut Vec<Command>,
    pub title: &'a mut TitleState,
    pub setup: &'a mut SetupState,
    pub panel: &'a mut PanelState,
    pub catalog: &'a Catalog,
    pub text_size: &'a mut TextSize,
    pub devices: &'a mut super::devices::Devices,
    /// The host page's QR code, as egui draws it (while serving).
    pub host_qr: Option<egui::TextureId>,
    pub console: &'a mut super::console::Console,
    /// Wall-clock milliseconds, for the timer.
    pub now: u64,
    /// Seconds since start-up.
    pub secs: f64,
}

fn style(ctx: &egui::Context) {
    ctx.set_visuals(egui::Visuals::dark());
    ctx.all_styles_mut(|s| {
        s.spacing.item_spacing = egui::vec2(10.0, 8.0);
        s.spacing.button_padding = egui::vec2(10.0, 6.0);
        for (style, size) in [
            (egui::TextStyle::Body, 17.0),
            (egui::TextStyle::Button, 17.0),
            (egui::TextStyle::Heading, 24.0),
            (egui::TextStyle::Monospace, 15.0),
            (egui::TextStyle::Small, 16.0),
        ] {
            if let Some(f) = s.text_styles.get_mut(&style) {
                f.size = size;
            }
        }
    });
}

/// The presenter console's window: the facilitator's panel filling it, and
/// the dialogs that ask the facilitator first.
#[allow(clippy::too_many_arguments)]
fn draw_console(
    mut contexts: Query<&mut bevy_egui::EguiContext, Without<bevy_egui::PrimaryEguiContext>>,
    game: Res<Game>,
    catalog: Res<Catalog>,
    time: Res<Time<Real>>,
    clock: Res<super::game::Clock>,
    mut screens: ScreenState,
    mut acts: MessageWriter<Act>,
    mut commands: MessageWriter<Command>,
    mut styled: Local<bool>,
    mut textures: ResMut<bevy_egui::EguiUserTextures>,
) {
    let Ok(mut context) = contexts.single_mut() else {
        return;
    };
    let ctx = context.get_mut().clone();
    if !*styled {
        style(&ctx);
        ctx.set_zoom_factor(1.15);
        *styled = true;
    }
    let zoom = 1.15 * screens.text_size.0;
    if (ctx.zoom_factor() - zoom).abs() > 0.01 {
        ctx.set_zoom_factor(zoom);
    }
    let mut act_list = Vec::new();
    let mut command_list = Vec::new();
    let mut cx = Ctx {
        game: &game,
        acts: &mut act_list,
        commands: &mut command_list,
        title: &mut screens.title,
        setup: &mut screens.setup,
        panel: &mut screens.panel,
        catalog: &catalog,
        text_size: &mut screens.text_size,
        host_qr: screens
            .devices
            .host_qr()
            .map(|h| textures.add_image(bevy_egui::EguiTextureHandle::Strong(h.clone()))),
        devices: &mut screens.devices,
        console: &mut screens.console,
        now: clock.now(game.session.as_ref()),
        secs: crate::app::game::seconds(&time),
    };
    let mut root = egui::Ui::new(
        ctx.clone(),
        "console".into(),
        UiBuilder::new()
            .layer_id(LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default().show(&mut root, |ui| {
        if game.session.is_some() {
            panel::draw(ui, &mut cx);
        } else {
            let w = super::game::machine_words();
            ui.label(bidi(
                ui,
                RichText::new(crate::say!(w, "console-title"))
                    .size(22.0)
                    .strong(),
            ));
            ui.label(bidi(
                ui,
                RichText::new(crate::say!(w, "console-empty")).size(18.0),
            ));
        }
    });
    panel::confirm(&ctx, &mut cx);
    for a in act_list {
        acts.write(Act(a));
    }
    for c in command_list {
        commands.write(c);
    }
}

/// bevy_egui sends a `ModifiersChanged` event every frame, which makes egui
/// ask for another frame forever: keep it only when the modifiers change.
fn quiet_modifiers(mut inputs: Query<&mut EguiInput>, mut last: Local<Option<egui::Modifiers>>) {
    for mut input in &mut inputs {
        let mut seen = *last;
        input.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => {
                let keep = seen != Some(*m);
                seen = Some(*m);
                keep
            }
            _ => true,
        });
        *last = seen;
    }
}

#[allow(clippy::too_many_arguments)]
fn draw(
    mut contexts: EguiContexts,
    screen: Res<State<Screen>>,
    game: Res<Game>,
    catalog: Res<Catalog>,
    toast: Res<Toast>,
    time: Res<Time<Real>>,
    clock: Res<super::game::Clock>,
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
    mut screens: ScreenState,
    mut acts: MessageWriter<Act>,
    mut commands: MessageWriter<Command>,
    mut styled: Local<bool>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    // With the presenter console open, the facilitator's panel and dialogs
    // are drawn there, and this screen is the room's alone.
    let console = screens.console.open();
    let console = console && !screens.console.wanted_closed();
    if !*styled {
        style(&ctx);
        *styled = true;
    }
    // Everything in egui grows with the window and the text-size control.
    let height = windows.iter().next().map_or(1080.0, |w| w.height());
    let zoom = (height / 1080.0).clamp(0.6, 3.0) * 1.15 * screens.text_size.0;
    if (ctx.zoom_factor() - zoom).abs() > 0.01 {
        ctx.set_zoom_factor(zoom);
    }
    let mut act_list = Vec::new();
    let mut command_list = Vec::new();
    let mut cx = Ctx {
        game: &game,
        acts: &mut act_list,
        commands: &mut command_list,
        title: &mut screens.title,
        setup: &mut screens.setup,
        panel: &mut screens.panel,
        catalog: &catalog,
        text_size: &mut screens.text_size,
        host_qr: screens
            .devices
            .host_qr()
            .map(|h| contexts.add_image(bevy_egui::EguiTextureHandle::Strong(h.clone()))),
        devices: &mut screens.devices,
        console: &mut screens.console,
        now: clock.now(game.session.as_ref()),
        secs: crate::app::game::seconds(&time),
    };
    let mut root = egui::Ui::new(
        ctx.clone(),
        "viewport".into(),
        UiBuilder::new()
            .layer_id(LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let rtl = super::game::words(&game).direction() == "rtl";
    super::bidi::set_right_to_left(&ctx, rtl);
    let screen = *screen.get();
    let in_game = !matches!(screen, Screen::Title);
    cx.panel.width = 0.0;
    let mut facilitator = Vec::new();
    if matches!(screen, Screen::Title | Screen::Setup) {
        // All the screen's height, scrolled or not.
        let r = ctx.viewport_rect();
        facilitator.push(egui::Rect::from_x_y_ranges(r.x_range(), -1.0e6..=1.0e6));
    }
    if console {
    } else if in_game && cx.panel.visible && game.session.is_some() {
        // On the side a reader starts from: the left in a right-to-left
        // room.
        let side = if rtl {
            egui::Panel::left("facilitator")
        } else {
            egui::Panel::right("facilitator")
        };
        cx.panel.on_left = rtl;
        let shown = side
            .resizable(true)
            .default_size(320.0)
            .show(&mut root, |ui| {
                super::bidi::column(ui, |ui| panel::draw(ui, &mut cx))
            });
        cx.panel.width = shown.response.rect.width() * zoom;
        // All the panel's height, scrolled or not.
        let r = shown.response.rect;
        facilitator.push(egui::Rect::from_x_y_ranges(r.x_range(), -1.0e6..=1.0e6));
    } else if in_game && game.session.is_some() {
        // A small way back to the panel for touch screens with no keyboard.
        let button = egui::Area::new(egui::Id::new("show panel"))
            .anchor(
                if rtl {
                    egui::Align2::LEFT_TOP
                } else {
                    egui::Align2::RIGHT_TOP
                },
                egui::vec2(if rtl { 8.0 } else { -8.0 }, 8.0),
            )
            .show(&ctx, |ui| {
                if ui
                    .button(bidi(
                        ui,
                        RichText::new(format!(
                            "☰ {}",
                            crate::say!(super::game::words(&game), "panel-facilitator")
                        ))
                        .size(16.0),
                    ))
                    .clicked()
                {
                    cx.panel.visible = true;
                }
            })
            .response
            .rect;
        facilitator.push(button);
    }
    let frame = egui::Frame::new()
        .fill(egui::Color32::from_rgb(28, 33, 41))
        .inner_margin(18.0);
    let screen_ui: Option<fn(&mut egui::Ui, &mut Ctx)> = match screen {
        Screen::Title => Some(title::draw),
        Screen::Setup => Some(setup::draw),
        // Drawn with Bevy UI: the table, negotiate and the room's screens.
        _ => None,
    };
    if let Some(draw_screen) = screen_ui {
        if screen == Screen::Title && cx.title.browsing.is_some() {
            // The deck browser: egui's header; its cards are Bevy's, below.
            let shown = egui::Panel::top("deck browser")
                .frame(frame)
                .resizable(false)
                .show(&mut root, |ui| {
                    super::bidi::column(ui, |ui| draw_screen(ui, &mut cx))
                });
            let top = super::title::BrowserTop((shown.response.rect.bottom() * zoom).round());
            if *screens.browser_top != top {
                *screens.browser_top = top;
                ctx.request_repaint();
            }
        } else {
            egui::CentralPanel::default()
                .frame(frame)
                .show(&mut root, |ui| {
                    super::bidi::column(ui, |ui| draw_screen(ui, &mut cx))
                });
        }
        if let Some(drawn) = screens.drawn.as_mut().filter(|d| !d.0) {
            drawn.0 = true;
        }
    }
    if cx.devices.show_join
        && let Some(qr) = cx.devices.qr()
    {
        let qr = contexts.add_image(bevy_egui::EguiTextureHandle::Strong(qr.clone()));
        super::devices::join_card(
            &ctx,
            (cx.devices, super::game::words(cx.game)),
            qr,
            (cx.panel.width / zoom, cx.panel.on_left),
        );
    }
    if !console {
        facilitator.extend(panel::confirm(&ctx, &mut cx));
    }
    if let Some(problems) = &screens.deck_file.problems {
        let shown = egui::Area::new(egui::Id::new("deck problems"))
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 12.0))
            .show(&ctx, |ui| {
                egui::Frame::new()
                    .fill(egui::Color32::from_rgb(120, 25, 20))
                    .corner_radius(8.0)
                    .inner_margin(12.0)
                    .show(ui, |ui| {
                        ui.set_max_width(900.0);
                        ui.label(bidi(
                            ui,
                            RichText::new(crate::say!(
                                super::game::words(&game),
                                "deck-file-errors"
                            ))
                            .size(18.0)
                            .strong()
                            .color(egui::Color32::WHITE),
                        ));
                        ui.label(bidi(
                            ui,
                            RichText::new(problems)
                                .monospace()
                                .size(14.0)
                                .color(egui::Color32::WHITE),
                        ));
                    });
            });
        facilitator.push(shown.response.rect);
    }
    if screens.regions.facilitator != facilitator {
        screens.regions.facilitator = facilitator;
    }
    // The message for the room, above everything, wrapped: on the table
    // and negotiate screens in the middle of the room's area, elsewhere at
    // the foot of the screen.
    if toast.visible(cx.secs) {
        // The middle of the room's area, beside the panel.
        let room = if cx.panel.on_left { -1.0 } else { 1.0 } * cx.panel.width / zoom;
        let (align, offset) = if matches!(screen, Screen::Table | Screen::Negotiate) {
            (egui::Align2::CENTER_CENTER, egui::vec2(-room / 2.0, 0.0))
        } else {
            (egui::Align2::CENTER_BOTTOM, egui::vec2(-room / 2.0, -30.0))
        };
        egui::Area::new(egui::Id::new("toast"))
            .order(egui::Order::Tooltip)
            // A message, not a control: fingers pass through to the table.
            .interactable(false)
            .anchor(align, offset)
            .show(&ctx, |ui| {
                let colour = super::theme::egui_colour(if toast.refused {
                    super::theme::TOAST_REFUSED
                } else {
                    super::theme::TOAST_GOOD
                });
                egui::Frame::new()
                    .fill(colour)
                    .corner_radius(8.0)
                    .inner_margin(14.0)
                    .stroke(egui::Stroke::new(2.0, egui::Color32::WHITE))
                    .show(ui, |ui| {
                        // Long messages wrap instead of running off the screen.
                        ui.set_max_width(760.0);
                        ui.label(bidi(
                            ui,
                            RichText::new(&toast.text)
                                .size(22.0)
                                .strong()
                                .color(egui::Color32::WHITE),
                        ));
                    });
            });
    }
    let wants = ctx.egui_wants_keyboard_input();
    if screens.typing.0 != wants {
        screens.typing.0 = wants;
    }
    for a in act_list {
        acts.write(Act(a));
    }
    for c in command_list {
        commands.write(c);
    }
    Ok(())
}
