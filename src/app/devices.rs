//! Groups play from their own devices: the shell's side of the device
//! server (`crate::devices`). The facilitator turns it on in the panel (or
//! with `--devices`); the shared screen shows a QR code, the address and the
//! join code; each device's move is applied as the engine action a tap
//! makes, and the device is answered once that action is saved. After every
//! change the app publishes a snapshot the server reads from, so connected
//! devices never wake a resting game unless they act.

use std::sync::Mutex;

use bevy::asset::RenderAssetUsages;
use bevy::image::ImageSampler;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

use super::bidi::text as bidi;
use super::game::{Game, GameSystems};
use crate::devices::{self, DeviceInfo, Door, HostRequest, Order, Request, Server, Standing};
use crate::session::{Ticket, clock};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Devices>()
        .add_systems(Update, serve.before(GameSystems))
        .add_systems(Update, apply_moves.in_set(GameSystems))
        .add_systems(Update, (answer_saved, publish).after(GameSystems));
}

/// The device server as the facilitator controls it.
#[derive(Resource)]
pub struct Devices {
    /// The facilitator wants groups to play from their devices.
    pub wanted: bool,
    /// The port to try first.
    pub port: u16,
    /// The join code, QR code and address are on the shared screen.
    pub show_join: bool,
    /// Who may come in: set here before the server starts, then kept by
    /// the server (the host page changes it too).
    pub door: Door,
    /// Why the server could not start.
    pub error: Option<String>,
    server: Option<Server>,
    url: String,
    /// Moves applied and waiting for their save, with their answer.
    pending: Vec<(Ticket, Request)>,
    /// The session revision the server last got.
    published: Option<u64>,
    qr: Option<Handle<Image>>,
    /// The host page's address and its QR code, for the panel.
    host_url: String,
    host_qr: Option<Handle<Image>>,
    /// The server's count of changes to its lists when last drawn.
    seen: Option<u64>,
}

impl Default for Devices {
    fn default() -> Self {
        Devices {
            wanted: false,
            port: devices::DEFAULT_PORT,
            show_join: true,
            error: None,
            server: None,
            url: String::new(),
            pending: Vec::new(),
            published: None,
            qr: None,
            door: Door::default(),
            host_url: String::new(),
            host_qr: None,
            seen: None,
        }
    }
}

impl Devices {
    /// On from the start (`--devices`, `--port`).
    pub fn on(port: u16) -> Self {
        Devices {
            wanted: true,
            port,
            ..default()
        }
    }

    pub fn serving(&self) -> bool {
        self.server.is_some()
    }

    /// The join page's address with the code, while serving.
    pub fn url(&self) -> Option<&str> {
        self.server.as_ref().map(|_| self.url.as_str())
    }

    /// The QR code of the join address, while serving.
    pub fn qr(&self) -> Option<&Handle<Image>> {
        self.server.as_ref().and(self.qr.as_ref())
    }

    pub fn code(&self) -> Option<&str> {
        self.server.as_ref().map(Server::code)
    }

    pub fn port(&self) -> Option<u16> {
        self.server.as_ref().map(Server::port)
    }

    /// The devices that joined, those waiting to be let in first, then
    /// in group order, those sent away last.
    pub fn list(&self) -> Vec<DeviceInfo> {
        let mut list = self
            .server
            .as_ref()
            .map(Server::devices)
            .unwrap_or_default();
        list.sort_by_key(|d| {
            let rank = match d.standing {
                Standing::Waiting => 0,
                Standing::In => 1,
                Standing::Removed | Standing::Refused => 2,
            };
            (rank, d.group, d.id)
        });
        list
    }

    /// Removes a device from the session; it is told so, and its browser
    /// may not join again until let back in.
    pub fn remove(&self, id: u32) {
        if let Some(s) = &self.server {
            s.remove(id);
        }
    }

    /// Lets a waiting device in, or a removed one back in.
    pub fn admit(&self, id: u32) {
        if let Some(s) = &self.server {
            s.admit(id);
        }
    }

    /// Refuses a waiting device.
    pub fn refuse(&self, id: u32) {
        if let Some(s) = &self.server {
            s.refuse(id);
        }
    }

    /// Changes who may come in.
    pub fn set_door(&mut self, door: Door) {
        self.door = door;
        if let Some(s) = &self.server {
            s.set_door(door);
        }
    }

    /// The host page's address (with its secret) while serving.
    pub fn host_url(&self) -> Option<&str> {
        self.server.as_ref().map(|_| self.host_url.as_str())
    }

    /// The host page's QR code while serving.
    pub fn host_qr(&self) -> Option<&Handle<Image>> {
        self.server.as_ref().and(self.host_qr.as_ref())
    }
}

/// Starts the server when it is wanted and a session is open; stops it when
/// the switch is turned off or the session is left.
fn serve(
    mut devices: ResMut<Devices>,
    game: Res<Game>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    images: Option<ResMut<Assets<Image>>>,
) {
    let wanted = devices.wanted && game.session.is_some();
    if !wanted {
        if let Some(server) = devices.server.take() {
            for (_, request) in devices.pending.drain(..) {
                request.answer(Err(crate::msg!("device-stopped")));
            }
            server.stop();
            devices.published = None;
        }
        if !devices.wanted {
            devices.error = None;
        }
        return;
    }
    if devices.server.is_some() || devices.error.is_some() {
        return;
    }
    let wake: Box<dyn Fn() + Send + Sync> = match proxy {
        Some(p) => {
            let proxy = Mutex::new((**p).clone());
            Box::new(move || {
                if let Ok(p) = proxy.lock() {
                    let _ = p.send_event(bevy::winit::WinitUserEvent::WakeUp);
                }
            })
        }
        None => Box::new(|| {}),
    };
    match Server::start(devices.port, wake) {
        Ok(server) => {
            // What devices see, before anyone is told the address.
            if let Some(session) = &game.session {
                server.publish(devices::snapshot_at(session, game.revision, clock::now()));
            }
            server.set_door(devices.door);
            let url = server.join_url();
            let host = server.host_url();
            // The lines organisers and scripts look for.
            println!("join: {url}");
            println!("host: {host}");
            if let Some(mut images) = images {
                devices.qr = qr_image(&url).map(|i| images.add(i));
                devices.host_qr = qr_image(&host).map(|i| images.add(i));
            }
            devices.host_url = host;
            devices.seen = None;
            devices.url = url;
            devices.server = Some(server);
            devices.published = Some(game.revision);
            devices.show_join = true;
        }
        Err(e) => {
            devices.error = Some(crate::say!(
                super::game::words(&game),
                "devices-no-port",
                port = devices.port,
                reason = e.to_string()
            ));
        }
    }
}

/// Applies the devices' moves, in the order they came, as engine actions,
/// and the host page's orders; and has the panel drawn again when the
/// server's lists change (a device joined, the host page let one in).
fn apply_moves(
    mut devices: ResMut<Devices>,
    mut game: ResMut<Game>,
    mut toast: ResMut<super::game::Toast>,
    time: Res<Time<Real>>,
) {
    let Some(server) = &devices.server else {
        return;
    };
    let changes = server.changes();
    // The door changes only with the server's count of changes.
    let door = if devices.seen != Some(changes) {
        server.door()
    } else {
        devices.door
    };
    let orders = server.take_orders();
    let moves = server.take_moves();
    if devices.seen != Some(changes) {
        devices.seen = Some(changes);
        devices.door = door;
        game.revision += 1;
    }
    for order in orders {
        carry_out(order, &mut game, &mut toast, super::game::seconds(&time));
    }
    if moves.is_empty() {
        return;
    }
    let mut applied = Vec::new();
    for request in moves {
        let Some(session) = game.session.as_mut() else {
            request.answer(Err(crate::msg!("devices-no-session")));
            continue;
        };
        // With players' texts held, what a device writes waits for the
        // facilitator (a logged action, so replays and reports follow).
        let action = if door.hold_text {
            request.action.clone().held(request.device)
        } else {
            request.action.clone()
        };
        match session.act(action, clock::now()) {
            Ok(_) => applied.push(request),
            Err(e) => request.answer(Err(e.0)),
        }
    }
    if applied.is_empty() {
        return;
    }
    game.revision += 1;
    if let Some(ticket) = game.save() {
        devices
            .pending
            .extend(applied.into_iter().map(|r| (ticket, r)));
    } else {
        for r in applied {
            r.answer(Ok(()));
        }
    }
}

/// Carries out an order from the host page as the panel would.
fn carry_out(request: HostRequest, game: &mut Game, toast: &mut super::game::Toast, now: f64) {
    let Some(session) = game.session.as_mut() else {
        request.answer(Err(crate::msg!("devices-no-session")));
        return;
    };
    let result = match &request.order {
        Order::Act(action) => session
            .act(action.clone(), clock::now())
            .map(|_| ())
            .map_err(|e| e.0),
        Order::Undo => {
            if session.undo() {
                let w = super::game::room_words(session);
                toast.tell(crate::say!(w, "game-undone"), now);
                Ok(())
            } else {
                Err(crate::msg!("game-nothing-to-undo"))
            }
        }
    };
    if result.is_ok() {
        game.revision += 1;
        game.save();
    }
    request.answer(result);
}

/// Answers the moves whose save is on disk (the saver wakes the app after
/// each write).
fn answer_saved(mut devices: ResMut<Devices>, game: Res<Game>) {
    if devices.pending.is_empty() {
        return;
    }
    let (done, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut devices.pending)
        .into_iter()
        .partition(|(t, _)| game.saver.is_on_disk(*t));
    devices.pending = waiting;
    for (_, request) in done {
        request.answer(Ok(()));
    }
}

/// Hands the server a new snapshot after every change of the session.
fn publish(mut devices: ResMut<Devices>, game: Res<Game>) {
    let Some(session) = &game.session else { return };
    if devices.published == Some(game.revision) {
        return;
    }
    let Some(server) = &devices.server else {
        return;
    };
    server.publish(devices::snapshot_at(session, game.revision, clock::now()));
    devices.published = Some(game.revision);
}

/// The QR code of `url`, black on white with its quiet zone, one texel per
/// module (scaled up without blurring).
fn qr_image(url: &str) -> Option<Image> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let width = code.width();
    let quiet = 4;
    let side = width + 2 * quiet;
    let colors = code.to_colors();
    let mut data = Vec::with_capacity(side * side * 4);
    for y in 0..side {
        for x in 0..side {
            let dark = x >= quiet
                && y >= quiet
                && x < quiet + width
                && y < quiet + width
                && colors[(y - quiet) * width + (x - quiet)] == qrcode::Color::Dark;
            let v = if dark { 0 } else { 255 };
            data.extend_from_slice(&[v, v, v, 255]);
        }
    }
    let mut image = Image::new(
        Extent3d {
            width: side as u32,
            height: side as u32,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        data,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::default(),
    );
    image.sampler = ImageSampler::nearest();
    Some(image)
}

/// The join card on the shared screen, above everything (egui's foreground):
/// the QR code, the address in words and the code, at the top right of the
/// room's part of the screen, clear of the facilitator panel.
pub(super) fn join_card(
    ctx: &bevy_egui::egui::Context,
    (devices, w): (&Devices, &crate::words::Words),
    qr: bevy_egui::egui::TextureId,
    (panel_points, panel_on_left): (f32, bool),
) {
    use bevy_egui::egui::{self, Align2, Color32, RichText};
    let (Some(url), Some(code)) = (devices.url(), devices.code()) else {
        return;
    };
    let address = url
        .rsplit_once("/join/")
        .map_or(url.to_string(), |(a, _)| format!("{a}/join"));
    egui::Area::new(egui::Id::new("join card"))
        .order(egui::Order::Foreground)
        // In the room's corner beside the panel.
        .anchor(
            if panel_on_left {
                Align2::LEFT_TOP
            } else {
                Align2::RIGHT_TOP
            },
            if panel_on_left {
                egui::vec2(panel_points + 20.0, 20.0)
            } else {
                egui::vec2(-(panel_points + 20.0), 20.0)
            },
        )
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(super::theme::egui_colour(super::theme::JOIN_CARD))
                .stroke(egui::Stroke::new(3.0, Color32::from_rgb(247, 245, 237)))
                .corner_radius(14.0)
                .inner_margin(20.0)
                .show(ui, |ui| {
                    ui.set_max_width(360.0);
                    ui.vertical_centered(|ui| {
                        ui.label(bidi(
                            ui,
                            RichText::new(crate::say!(w, "join-card-title"))
                                .size(28.0)
                                .strong()
                                .color(Color32::WHITE),
                        ));
                        if devices.door.code_hidden {
                            // For a screen shared on a video call: no way
                            // in is shown, the facilitator gives it out.
                            ui.label(bidi(
                                ui,
                                RichText::new(crate::say!(w, "join-card-code-hidden"))
                                    .size(22.0)
                                    .color(Color32::WHITE),
                            ));
                            return;
                        }
                        ui.add(egui::Image::new((qr, egui::vec2(300.0, 300.0))));
                        ui.label(bidi(
                            ui,
                            RichText::new(crate::say!(w, "join-card-address", address = address))
                                .size(20.0)
                                .color(Color32::WHITE),
                        ));
                        ui.label(bidi(
                            ui,
                            RichText::new(crate::say!(w, "join-card-code", code = code))
                                .size(48.0)
                                .strong()
                                .color(Color32::WHITE),
                        ));
                    });
                });
        });
}
