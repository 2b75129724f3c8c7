//! The HTTP server: axum on a tokio runtime in its own thread. It serves the
//! join page and the device page, hands each authenticated move to the app
//! through a channel (and wakes it), and reads everything else from the
//! snapshot the app publishes after each change. Bad requests never reach
//! the app, so they cannot slow the table's frames.

use std::collections::HashMap;
use std::convert::Infallible;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use axum::Extension;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use tokio::sync::{oneshot, watch};

use super::listen::{self, Connection, Limits};

#[path = "host.rs"]
mod host;
use super::page;
use super::view::{Move, Snapshot};
use crate::msg;
use crate::say;
use crate::session::{Action, clean};
use crate::words::{self, Message, Words};
pub use host::{HostRequest, Order, status};

/// The port the game tries first.
pub const DEFAULT_PORT: u16 = 7117;
/// How many ports after the first it tries when one is taken.
const PORT_TRIES: u16 = 20;
/// The most devices a group may have.
pub const DEVICES_PER_GROUP: usize = 6;
/// The largest request body accepted.
pub const MAX_BODY: usize = 16 * 1024;
/// Moves one device may make in one second.
pub const MOVES_PER_SECOND: u32 = 20;
/// Wrong join codes one address may try in a minute.
pub const WRONG_CODES_PER_MINUTE: u32 = 10;
/// The longest name a player may give their device.
pub const MAX_DEVICE_NAME: usize = 30;
/// How long a device waits for the game to apply and save its move.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);
/// The cookie that holds a device's token.
const COOKIE: &str = "livinglab_device";
/// The characters of a join code: no 0/O, 1/I/L to mix up across a room.
const CODE_CHARS: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 4;

/// A move from a device, for the app to apply.
pub struct Request {
    pub group: usize,
    pub device: u32,
    pub action: Action,
    reply: oneshot::Sender<Result<(), Message>>,
}

impl Request {
    /// Tells the device how its move went: `Ok` once it is applied and
    /// saved, or the rules' reason why not (said in the device's language).
    pub fn answer(self, result: Result<(), Message>) {
        let _ = self.reply.send(result);
    }
}

/// A device that joined, as the facilitator's panel and the host page
/// list it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceInfo {
    pub id: u32,
    pub group: usize,
    pub name: String,
    /// Where it stands: waiting to be let in, in, or sent away.
    pub standing: Standing,
    /// It asked for something or held an event stream open lately.
    pub connected: bool,
    /// Seconds since it connected (when connected) or was last heard of.
    pub since: u64,
    /// Seconds since its last move, if it made one.
    pub last_move: Option<u64>,
}

/// Where a device stands with the facilitator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// It joined while the facilitator asks before letting in: it sees
    /// nothing and can do nothing until admitted.
    Waiting,
    In,
    /// The facilitator removed it (or its group went): its token is dead
    /// and its browser may not join again until let back in.
    Removed,
    /// The facilitator refused it at the door.
    Refused,
}

/// Who may come in, as the facilitator sets it (panel, host page, command
/// line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Door {
    /// A device that joins waits until the facilitator admits it.
    pub lobby: bool,
    /// A new join is refused; devices already in stay.
    pub locked: bool,
    /// The shared screen shows neither the code nor its QR code (for a
    /// screen shared on a video call).
    pub code_hidden: bool,
    /// What a device writes (an idea card, a solution's title or pitch, a
    /// pledge's note) waits for the facilitator's approval
    /// (`Action::held`).
    pub hold_text: bool,
}

/// How long a device that asked nothing and holds no event stream still
/// counts as connected (a waiting device asks every few seconds).
const HEARD_LATELY: Duration = Duration::from_secs(20);

struct Device {
    id: u32,
    token: [u8; 16],
    group: usize,
    /// The group's name when last seen: group numbers shift when a group is
    /// removed at setup, names are unique.
    group_name: String,
    name: String,
    standing: Standing,
    window: Instant,
    moves: u32,
    /// When it was last heard of (a request, an event sent), and since when
    /// it has been connected without a break.
    heard: Instant,
    connected_since: Instant,
    last_move: Option<Instant>,
    /// Removed because its group left the session at setup (not by the
    /// facilitator's choice): its browser may join another group.
    group_gone: bool,
    /// The device's open event streams, oldest first, with their
    /// connections (to close the oldest when another opens).
    streams: Vec<(u64, Connection)>,
}

impl Device {
    fn removed(&self) -> bool {
        matches!(self.standing, Standing::Removed | Standing::Refused)
    }

    fn connected(&self) -> bool {
        !self.streams.is_empty() || self.heard.elapsed() < HEARD_LATELY
    }

    /// Notes that the device was heard of now; true if it was not
    /// connected a moment ago.
    fn heard_now(&mut self) -> bool {
        let back = !self.connected();
        if back {
            self.connected_since = Instant::now();
        }
        self.heard = Instant::now();
        back
    }

    /// Its browser may not join again: the facilitator sent it away.
    fn barred(&self) -> bool {
        self.removed() && !self.group_gone
    }

    fn info(&self) -> DeviceInfo {
        let connected = self.connected();
        DeviceInfo {
            id: self.id,
            group: self.group,
            name: self.name.clone(),
            standing: self.standing,
            connected,
            since: if connected {
                self.connected_since.elapsed().as_secs()
            } else {
                self.heard.elapsed().as_secs()
            },
            last_move: self.last_move.map(|t| t.elapsed().as_secs()),
        }
    }
}

#[derive(Default)]
struct Registry {
    devices: Vec<Device>,
    door: Door,
    /// The host page's orders in the current second: when it started, how
    /// many.
    host_window: Option<(Instant, u32)>,
    /// Counts every change the facilitator's lists show (a join, a door
    /// setting, a decision), so the app knows to draw them again.
    changes: u64,
    next_id: u32,
    /// Wrong join codes by address: when the minute started, how many.
    wrong: HashMap<IpAddr, (Instant, u32)>,
    next_stream: u64,
}

struct Shared {
    code: String,
    /// The host page's secret (128 bits, hex), apart from the join code.
    host_secret: [u8; 16],
    /// The join page's address, with the code.
    join_url: String,
    orders: Mutex<Sender<HostRequest>>,
    snapshot: RwLock<Arc<Snapshot>>,
    changes: watch::Sender<u64>,
    registry: Mutex<Registry>,
    moves: Mutex<Sender<Request>>,
    wake: Box<dyn Fn() + Send + Sync>,
    stop: watch::Receiver<bool>,
    limits: Limits,
    /// When the server started: event streams note when they last sent.
    started: Instant,
}

impl Shared {
    fn registry(&self) -> MutexGuard<'_, Registry> {
        self.registry.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .map(|s| s.clone())
            .unwrap_or_else(|e| e.into_inner().clone())
    }
}

/// The running server. Dropping it stops it.
pub struct Server {
    shared: Arc<Shared>,
    moves: Mutex<Receiver<Request>>,
    orders: Mutex<Receiver<HostRequest>>,
    stop: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
    port: u16,
}

/// Random bytes from the operating system's generator.
fn random<const N: usize>() -> io::Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
    Ok(bytes)
}

/// A new join code: four characters, random from the OS's generator.
fn new_code() -> io::Result<String> {
    let bytes = random::<CODE_LEN>()?;
    // 256 is not a multiple of 31: the first characters are a little more
    // likely (9 in 256 against 8), which costs under 0.1 bit of the code.
    Ok(bytes
        .iter()
        .map(|b| CODE_CHARS[*b as usize % CODE_CHARS.len()] as char)
        .collect())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<[u8; 16]> {
    if text.len() != 32 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// Compares tokens in a time that does not depend on where they differ.
fn same_token(a: &[u8; 16], b: &[u8; 16]) -> bool {
    a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// Binds the first free port from `port` on (or any free port for 0), on
/// every address of the machine.
fn bind(port: u16) -> io::Result<TcpListener> {
    let any = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
    if port == 0 {
        return TcpListener::bind(SocketAddr::new(any, 0));
    }
    let mut last = None;
    for p in port..port.saturating_add(PORT_TRIES) {
        match TcpListener::bind(SocketAddr::new(any, p)) {
            Ok(l) => return Ok(l),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no port to try")))
}

impl Server {
    /// Starts serving on `port` (the next free one if it is taken; any free
    /// port for 0). `wake` is called after a move is handed over, so a
    /// resting app looks at it.
    pub fn start(port: u16, wake: Box<dyn Fn() + Send + Sync>) -> io::Result<Server> {
        Self::start_with(port, wake, Limits::default())
    }

    /// [`Server::start`] with other limits (tests shorten the times).
    pub fn start_with(
        port: u16,
        wake: Box<dyn Fn() + Send + Sync>,
        limits: Limits,
    ) -> io::Result<Server> {
        let listener = bind(port)?;
        listener.set_nonblocking(true)?;
        let port = listener.local_addr()?.port();
        let (stop, stop_rx) = watch::channel(false);
        let (changes, _) = watch::channel(0u64);
        let (send, moves) = channel();
        let (send_order, orders) = channel();
        let code = new_code()?;
        let shared = Arc::new(Shared {
            join_url: format!("http://{}:{}/join/{}", Self::host(), port, code),
            code,
            host_secret: random::<16>()?,
            orders: Mutex::new(send_order),
            snapshot: RwLock::new(Arc::new(Snapshot::default())),
            changes,
            registry: Mutex::new(Registry::default()),
            moves: Mutex::new(send),
            wake,
            stop: stop_rx.clone(),
            limits: limits.clone(),
            started: Instant::now(),
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let app = router(shared.clone());
        let thread = std::thread::Builder::new()
            .name("device server".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    listen::serve(listener, app, limits, stop_rx).await;
                });
            })?;
        Ok(Server {
            shared,
            moves: Mutex::new(moves),
            orders: Mutex::new(orders),
            stop,
            thread: Some(thread),
            port,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The join code shown on the screen.
    pub fn code(&self) -> &str {
        &self.shared.code
    }

    /// The address of this machine on the room's network (127.0.0.1 when
    /// it has none).
    pub fn host() -> IpAddr {
        local_ip_address::local_ip().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
    }

    /// The join page's address, with the code filled in.
    pub fn join_url(&self) -> String {
        self.shared.join_url.clone()
    }

    /// Publishes what devices see until the next change, and tells every
    /// connected device.
    pub fn publish(&self, snapshot: Snapshot) {
        let version = snapshot.version;
        {
            let mut r = self.shared.registry();
            let before = self.shared.snapshot().groups.len();
            follow_groups(&mut r.devices, &snapshot.groups, before);
        }
        if let Ok(mut s) = self.shared.snapshot.write() {
            *s = Arc::new(snapshot);
        }
        self.shared.changes.send_replace(version);
    }

    /// The orders the host page gave since the last call.
    pub fn take_orders(&self) -> Vec<HostRequest> {
        match self.orders.lock() {
            Ok(o) => o.try_iter().collect(),
            Err(e) => e.into_inner().try_iter().collect(),
        }
    }

    /// The moves devices made since the last call.
    pub fn take_moves(&self) -> Vec<Request> {
        match self.moves.lock() {
            Ok(m) => m.try_iter().collect(),
            Err(e) => e.into_inner().try_iter().collect(),
        }
    }

    /// Every device that joined, in the order it joined: waiting, in,
    /// removed or refused.
    pub fn devices(&self) -> Vec<DeviceInfo> {
        self.shared
            .registry()
            .devices
            .iter()
            .map(Device::info)
            .collect()
    }

    /// Counts every change of what [`Server::devices`] and
    /// [`Server::door`] say, apart from the seconds going by.
    pub fn changes(&self) -> u64 {
        self.shared.registry().changes
    }

    /// Removes a device: its next request is told so, its page says it,
    /// and its browser may not join again until let back in.
    pub fn remove(&self, id: u32) {
        self.decide(id, Standing::Removed);
    }

    /// Lets a waiting device in (or a removed one back in).
    pub fn admit(&self, id: u32) {
        self.decide(id, Standing::In);
    }

    /// Refuses a waiting device at the door.
    pub fn refuse(&self, id: u32) {
        self.decide(id, Standing::Refused);
    }

    fn decide(&self, id: u32, standing: Standing) {
        decide(&self.shared, id, standing);
    }

    /// Who may come in.
    pub fn door(&self) -> Door {
        self.shared.registry().door
    }

    /// Sets who may come in. Devices waiting when the lobby is turned off
    /// are let in.
    pub fn set_door(&self, door: Door) {
        set_door(&self.shared, door);
    }

    /// The host page's address, with its secret: the facilitator's remote
    /// control.
    pub fn host_url(&self) -> String {
        format!(
            "http://{}:{}/host/{}",
            Self::host(),
            self.port,
            hex(&self.shared.host_secret)
        )
    }

    /// Stops serving: open event streams end, and the thread is joined.
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        let _ = self.stop.send(true);
        // Moves still waiting are refused rather than left hanging (their
        // requests would hold the server open until they time out).
        for m in self.take_moves() {
            m.answer(Err(msg!("device-stopped")));
        }
        for o in self.take_orders() {
            o.answer(Err(msg!("device-stopped")));
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        for m in self.take_moves() {
            m.answer(Err(msg!("device-stopped")));
        }
        for o in self.take_orders() {
            o.answer(Err(msg!("device-stopped")));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.halt();
    }
}

fn decide(shared: &Shared, id: u32, standing: Standing) {
    let mut r = shared.registry();
    let Some(d) = r.devices.iter_mut().find(|d| d.id == id) else {
        return;
    };
    if d.standing == standing {
        return;
    }
    // Only a waiting device is refused; one already in is removed.
    d.standing = match (d.standing, standing) {
        (Standing::In, Standing::Refused) => Standing::Removed,
        (_, s) => s,
    };
    if d.removed() {
        for (_, stream) in d.streams.drain(..) {
            stream.close();
        }
    }
    r.changes += 1;
    drop(r);
    shared.changes.send_modify(|_| {});
    (shared.wake)();
}

fn set_door(shared: &Shared, door: Door) {
    let mut r = shared.registry();
    if r.door == door {
        return;
    }
    if !door.lobby {
        for d in r
            .devices
            .iter_mut()
            .filter(|d| d.standing == Standing::Waiting)
        {
            d.standing = Standing::In;
        }
    }
    r.door = door;
    r.changes += 1;
    drop(r);
    shared.changes.send_modify(|_| {});
    (shared.wake)();
}

/// Keeps each device with its group when the groups change at setup: a
/// removed group's devices are removed (and told so), the others follow
/// their group's name to its new number; a renamed group keeps its devices.
fn follow_groups(devices: &mut [Device], groups: &[super::view::GroupName], before: usize) {
    for d in devices.iter_mut().filter(|d| !d.removed()) {
        if let Some(i) = groups.iter().position(|g| g.name == d.group_name) {
            d.group = i;
        } else if groups.len() == before && d.group < groups.len() {
            d.group_name = groups[d.group].name.clone();
        } else {
            d.standing = Standing::Removed;
            d.group_gone = true;
        }
    }
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(play_page))
        .route("/join", get(join_form))
        .route("/fluent.js", get(fluent_js))
        .route("/join/{code}", get(join_page))
        .route("/api/join", post(join))
        .route("/api/state", get(state))
        .route("/api/events", get(events))
        .route("/api/act", post(act))
        .route("/host/{secret}", get(host::host_page))
        .route("/api/host", get(host::host_state).post(host::host_act))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(shared)
}

fn no_store(mut r: Response) -> Response {
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn json_error(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({ "error": message }).to_string();
    no_store(
        (
            status,
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            body,
        )
            .into_response(),
    )
}

fn html(status: StatusCode, body: String) -> Response {
    no_store((status, Html(body)).into_response())
}

async fn not_found(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let w = words_for(&shared, &headers);
    html(
        StatusCode::NOT_FOUND,
        page::message(w, &say!(w, "join-not-here"), &say!(w, "join-no-such-page")),
    )
}

/// Fluent's JavaScript implementation, which the play page formats its
/// words with (the same `.ftl` files as the rest of the game).
async fn fluent_js() -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=86400"),
        ],
        page::FLUENT_JS,
    )
        .into_response()
}

/// The name of the cookie that keeps a player's choice of language.
const LANGUAGE_COOKIE: &str = "livinglab-language";

/// Every value a request's cookies give `name`.
fn cookies<'h>(headers: &'h HeaderMap, name: &'h str) -> impl Iterator<Item = &'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(move |c| c.trim().strip_prefix(name)?.strip_prefix('='))
}

/// The words a device reads: its player's choice (the page keeps it in a
/// cookie), else the first language its browser asks for that the game
/// speaks (Accept-Language), else the room's.
fn words_for(shared: &Shared, headers: &HeaderMap) -> &'static Words {
    let chosen = cookies(headers, LANGUAGE_COOKIE).next();
    let accepted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(words::accepted)
        .unwrap_or_default();
    words::choose(
        chosen
            .into_iter()
            .chain(accepted.iter().map(String::as_str)),
    )
    .map_or_else(|| words::get(&shared.snapshot().language), words::get)
}

/// A view with the time it is sent (so a page counts the timer from it),
/// and what this device wrote that waits for the facilitator's approval
/// (no other device is sent it).
fn with_now(view: &str, snapshot: &Snapshot, device: u32) -> String {
    let waiting: Vec<&super::view::HeldText> =
        snapshot.held.iter().filter(|h| h.by == device).collect();
    format!(
        "{{\"now\":{},\"view\":{view},\"waiting\":{}}}",
        crate::session::clock::now(),
        serde_json::to_string(&waiting).unwrap_or_else(|_| "[]".into())
    )
}

/// The device's token from its cookie.
fn token(headers: &HeaderMap) -> Option<[u8; 16]> {
    cookies(headers, COOKIE).find_map(unhex)
}

/// Who is asking: the device's id and group, or the answer to give.
enum Who {
    Device {
        id: u32,
        group: usize,
    },
    /// Joined while the facilitator asks first; not let in yet.
    Waiting,
    Nobody,
    Removed,
    Refused,
}

fn who(shared: &Shared, headers: &HeaderMap) -> Who {
    let Some(t) = token(headers) else {
        return Who::Nobody;
    };
    let mut r = shared.registry();
    let Some(d) = r.devices.iter_mut().find(|d| same_token(&d.token, &t)) else {
        return Who::Nobody;
    };
    let who = match d.standing {
        Standing::In => Who::Device {
            id: d.id,
            group: d.group,
        },
        Standing::Waiting => Who::Waiting,
        Standing::Removed => Who::Removed,
        Standing::Refused => Who::Refused,
    };
    if d.heard_now() {
        r.changes += 1;
    }
    who
}

fn refused_api(w: &Who, words: &Words) -> Response {
    match w {
        Who::Removed => json_error(StatusCode::FORBIDDEN, &say!(words, "device-removed")),
        Who::Refused => json_error(StatusCode::FORBIDDEN, &say!(words, "device-refused")),
        Who::Waiting => json_error(StatusCode::FORBIDDEN, &say!(words, "device-waiting")),
        _ => json_error(StatusCode::UNAUTHORIZED, &say!(words, "device-not-joined")),
    }
}

/// A waiting device's answer: 202, and what its page says meanwhile.
fn waiting_api(words: &Words) -> Response {
    let body = serde_json::json!({ "waiting": say!(words, "device-waiting") }).to_string();
    no_store(
        (
            StatusCode::ACCEPTED,
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            body,
        )
            .into_response(),
    )
}

async fn play_page(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let w = words_for(&shared, &headers);
    match who(&shared, &headers) {
        Who::Device { .. } => html(StatusCode::OK, page::play(w)),
        Who::Waiting => html(StatusCode::OK, page::waiting(w)),
        Who::Removed => html(
            StatusCode::FORBIDDEN,
            page::message(w, &say!(w, "join-removed"), &say!(w, "device-removed")),
        ),
        Who::Refused => html(
            StatusCode::FORBIDDEN,
            page::message(
                w,
                &say!(w, "join-refused-title"),
                &say!(w, "device-refused"),
            ),
        ),
        Who::Nobody => html(
            StatusCode::UNAUTHORIZED,
            page::message(w, &say!(w, "join-first"), &say!(w, "join-first-how")),
        ),
    }
}

async fn join_form(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    html(
        StatusCode::OK,
        page::join_form(words_for(&shared, &headers)),
    )
}

/// Counts a wrong code from `ip`; true while the address may still try.
fn allowed_to_try(shared: &Shared, ip: IpAddr) -> bool {
    let r = shared.registry();
    match r.wrong.get(&ip) {
        Some((since, n)) => {
            since.elapsed() >= Duration::from_secs(60) || *n < WRONG_CODES_PER_MINUTE
        }
        None => true,
    }
}

fn count_wrong(shared: &Shared, ip: IpAddr) {
    let mut r = shared.registry();
    // Forget addresses whose minute is over, so a flood cannot fill memory.
    if r.wrong.len() > 10_000 {
        r.wrong
            .retain(|_, (since, _)| since.elapsed() < Duration::from_secs(60));
    }
    let e = r.wrong.entry(ip).or_insert((Instant::now(), 0));
    if e.0.elapsed() >= Duration::from_secs(60) {
        *e = (Instant::now(), 0);
    }
    e.1 += 1;
}

/// The page for an address that tried too many wrong codes this minute.
fn too_many_tries(w: &Words) -> Response {
    html(
        StatusCode::TOO_MANY_REQUESTS,
        page::message(w, &say!(w, "join-wait"), &say!(w, "device-too-many-codes")),
    )
}

fn right_code(shared: &Shared, code: &str) -> bool {
    code.trim().eq_ignore_ascii_case(&shared.code)
}

async fn join_page(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    let w = words_for(&shared, &headers);
    if !allowed_to_try(&shared, addr.ip()) {
        return too_many_tries(w);
    }
    if !right_code(&shared, &code) {
        count_wrong(&shared, addr.ip());
        return html(
            StatusCode::FORBIDDEN,
            page::message(
                w,
                &say!(w, "join-wrong-code"),
                &say!(w, "join-wrong-code-how"),
            ),
        );
    }
    if let Some(refusal) = closed_to(&shared, &headers) {
        return html(
            StatusCode::FORBIDDEN,
            page::message(w, &say!(w, "join-closed"), &refusal.say(w)),
        );
    }
    let groups = shared.snapshot().groups.clone();
    html(StatusCode::OK, page::join(w, &shared.code, &groups))
}

/// Why a new join is refused at the door, if it is: the room is locked,
/// or this browser's device was sent away.
fn closed_to(shared: &Shared, headers: &HeaderMap) -> Option<Message> {
    let r = shared.registry();
    if let Some(t) = token(headers)
        && r.devices
            .iter()
            .any(|d| d.barred() && same_token(&d.token, &t))
    {
        return Some(msg!("device-removed-no-rejoin"));
    }
    r.door.locked.then(|| msg!("device-locked"))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JoinBody {
    code: String,
    group: usize,
    #[serde(default)]
    name: String,
}

/// The body as JSON, or why it cannot be read (to answer with 400).
fn parse<T: serde::de::DeserializeOwned>(body: &Bytes, words: &Words) -> Result<T, String> {
    serde_json::from_slice(body)
        .map_err(|e| say!(words, "device-unreadable", reason = e.to_string()))
}

async fn join(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let w = words_for(&shared, &headers);
    if !allowed_to_try(&shared, addr.ip()) {
        return json_error(
            StatusCode::TOO_MANY_REQUESTS,
            &say!(w, "device-too-many-codes"),
        );
    }
    let body: JoinBody = match parse(&body, w) {
        Ok(b) => b,
        Err(e) => return json_error(StatusCode::BAD_REQUEST, &e),
    };
    if !right_code(&shared, &body.code) {
        count_wrong(&shared, addr.ip());
        return json_error(StatusCode::FORBIDDEN, &say!(w, "device-not-the-code"));
    }
    if let Some(refusal) = closed_to(&shared, &headers) {
        return json_error(StatusCode::FORBIDDEN, &refusal.say(w));
    }
    let groups = shared.snapshot().groups.len();
    if body.group >= groups {
        return json_error(StatusCode::BAD_REQUEST, &say!(w, "device-no-such-group"));
    }
    let token = match random::<16>() {
        Ok(t) => t,
        Err(_) => {
            return json_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                &say!(w, "device-no-token"),
            );
        }
    };
    let mut name: String = clean(&body.name, false)
        .chars()
        .take(MAX_DEVICE_NAME)
        .collect();
    {
        let mut r = shared.registry();
        let taken = r
            .devices
            .iter()
            .filter(|d| d.group == body.group && !d.removed())
            .count();
        if taken >= DEVICES_PER_GROUP {
            return json_error(
                StatusCode::CONFLICT,
                &say!(w, "device-group-full", count = DEVICES_PER_GROUP),
            );
        }
        r.next_id += 1;
        let id = r.next_id;
        if name.is_empty() {
            name = say!(w, "device-name", number = id);
        }
        let group_name = shared
            .snapshot()
            .groups
            .get(body.group)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        let standing = if r.door.lobby {
            Standing::Waiting
        } else {
            Standing::In
        };
        r.devices.push(Device {
            id,
            token,
            group: body.group,
            group_name,
            name,
            standing,
            window: Instant::now(),
            moves: 0,
            heard: Instant::now(),
            connected_since: Instant::now(),
            last_move: None,
            group_gone: false,
            streams: Vec::new(),
        });
        r.changes += 1;
    }
    (shared.wake)();
    let r = (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        serde_json::json!({ "ok": true, "group": body.group }).to_string(),
    )
        .into_response();
    no_store(with_cookie(r, COOKIE, &hex(&token)))
}

async fn state(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let w = words_for(&shared, &headers);
    match who(&shared, &headers) {
        Who::Device { id, group } => {
            let snapshot = shared.snapshot();
            match snapshot.views.get(group) {
                Some(v) => no_store(
                    (
                        StatusCode::OK,
                        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
                        with_now(v, &snapshot, id),
                    )
                        .into_response(),
                ),
                None => json_error(StatusCode::GONE, &say!(w, "device-group-gone")),
            }
        }
        // Its page asks until it is let in.
        Who::Waiting => waiting_api(w),
        who => refused_api(&who, w),
    }
}

/// An open event stream, counted with its device until it ends.
struct Stream {
    shared: Arc<Shared>,
    device: u32,
    id: u64,
    /// Milliseconds since the server started when it last sent an event.
    sent: Arc<AtomicU64>,
    /// Dropped when the stream ends: its watchdog stops.
    _ended: oneshot::Sender<()>,
}

impl Drop for Stream {
    fn drop(&mut self) {
        let mut r = self.shared.registry();
        if let Some(d) = r.devices.iter_mut().find(|d| d.id == self.device) {
            d.streams.retain(|(id, _)| *id != self.id);
            // Its line on the facilitator's lists may change.
            r.changes += 1;
        }
    }
}

impl Stream {
    /// Counts a new stream of `device` on `connection`: past the limit, the
    /// device's oldest stream is closed. A watchdog closes this one when it
    /// leaves a change unsent for `stalled_stream` (its client stopped
    /// reading, so hyper stopped asking for events): the backlog is at most
    /// what the socket and hyper's buffer hold, and the device catches up
    /// from the snapshot when it reconnects.
    fn open(shared: &Arc<Shared>, device: u32, connection: Option<Connection>) -> Stream {
        let sent = Arc::new(AtomicU64::new(shared.started.elapsed().as_millis() as u64));
        let (ended, mut ended_rx) = oneshot::channel::<()>();
        let id = {
            let mut r = shared.registry();
            r.next_stream += 1;
            let id = r.next_stream;
            let limit = shared.limits.streams_per_device.max(1);
            if let (Some(conn), Some(d)) = (
                connection.clone(),
                r.devices.iter_mut().find(|d| d.id == device),
            ) {
                d.streams.push((id, conn));
                while d.streams.len() > limit {
                    let (_, oldest) = d.streams.remove(0);
                    oldest.close();
                }
            }
            id
        };
        if let Some(conn) = connection {
            let (shared, sent) = (shared.clone(), sent.clone());
            let mut changes = shared.changes.subscribe();
            tokio::spawn(async move {
                loop {
                    tokio::select! {
                        changed = changes.changed() => if changed.is_err() { return },
                        _ = &mut ended_rx => return,
                    }
                    let changed_at = shared.started.elapsed().as_millis() as u64;
                    tokio::select! {
                        _ = tokio::time::sleep(shared.limits.stalled_stream) => {}
                        _ = &mut ended_rx => return,
                    }
                    if sent.load(Ordering::Relaxed) < changed_at {
                        conn.close();
                        return;
                    }
                }
            });
        }
        Stream {
            shared: shared.clone(),
            device,
            id,
            sent,
            _ended: ended,
        }
    }

    fn sent_now(&self) {
        let now = self.shared.started.elapsed().as_millis() as u64;
        self.sent.store(now, Ordering::Relaxed);
    }
}

async fn events(
    State(shared): State<Arc<Shared>>,
    connection: Option<Extension<Connection>>,
    headers: HeaderMap,
) -> Response {
    let words = words_for(&shared, &headers);
    let w = who(&shared, &headers);
    let Who::Device { id, .. } = w else {
        return refused_api(&w, words);
    };
    let changes = shared.changes.subscribe();
    let stop = shared.stop.clone();
    let first = true;
    let stream = Stream::open(&shared, id, connection.map(|Extension(c)| c));
    let stream = futures_util::stream::unfold(
        (shared, headers, changes, stop, first, false, stream),
        move |(shared, headers, mut changes, mut stop, first, ended, stream)| async move {
            if ended || *stop.borrow() {
                return None;
            }
            if !first {
                tokio::select! {
                    changed = changes.changed() => if changed.is_err() { return None },
                    _ = stop.wait_for(|s| *s) => return None,
                }
            }
            let (event, ended) = match who(&shared, &headers) {
                Who::Device { id, group } => {
                    let snapshot = shared.snapshot();
                    match snapshot.views.get(group) {
                        Some(v) => (
                            Event::default()
                                .event("view")
                                .data(with_now(v, &snapshot, id)),
                            false,
                        ),
                        None => (Event::default().event("gone").data(""), true),
                    }
                }
                Who::Removed => (
                    Event::default()
                        .event("removed")
                        .data(say!(words, "device-removed")),
                    true,
                ),
                Who::Refused => (
                    Event::default()
                        .event("removed")
                        .data(say!(words, "device-refused")),
                    true,
                ),
                // Sent back to the door: the page reloads and waits there.
                Who::Waiting => (Event::default().event("waiting").data(""), true),
                Who::Nobody => (
                    Event::default()
                        .event("removed")
                        .data(say!(words, "device-not-joined")),
                    true,
                ),
            };
            stream.sent_now();
            Some((
                Ok::<_, Infallible>(event),
                (shared, headers, changes, stop, false, ended, stream),
            ))
        },
    );
    no_store(
        Sse::new(stream)
            .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
            .into_response(),
    )
}

async fn act(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let w = words_for(&shared, &headers);
    let (id, group) = match who(&shared, &headers) {
        Who::Device { id, group } => (id, group),
        who => return refused_api(&who, w),
    };
    {
        let mut r = shared.registry();
        if let Some(d) = r.devices.iter_mut().find(|d| d.id == id) {
            if d.window.elapsed() >= Duration::from_secs(1) {
                d.window = Instant::now();
                d.moves = 0;
            }
            d.moves += 1;
            if d.moves > MOVES_PER_SECOND {
                return json_error(StatusCode::TOO_MANY_REQUESTS, &say!(w, "device-too-fast"));
            }
            d.last_move = Some(Instant::now());
            r.changes += 1;
        }
    }
    let m: Move = match parse(&body, w) {
        Ok(m) => m,
        Err(e) => return json_error(StatusCode::BAD_REQUEST, &e),
    };
    let action = match m.action(group) {
        Ok(a) => a,
        Err(e) => return json_error(StatusCode::CONFLICT, &e.say(w)),
    };
    let (reply, answer) = oneshot::channel();
    let sent = shared
        .moves
        .lock()
        .map(|s| {
            s.send(Request {
                group,
                device: id,
                action,
                reply,
            })
            .is_ok()
        })
        .unwrap_or(false);
    if !sent {
        return json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            &say!(w, "device-not-taking"),
        );
    }
    (shared.wake)();
    answered(answer, w).await
}

/// The app's answer to a move or an order, once it is applied (or why not),
/// or that it did not come in time.
async fn answered(answer: oneshot::Receiver<Result<(), Message>>, w: &Words) -> Response {
    match tokio::time::timeout(ANSWER_TIMEOUT, answer).await {
        Ok(Ok(Ok(()))) => ok(),
        Ok(Ok(Err(e))) => json_error(StatusCode::CONFLICT, &e.say(w)),
        Ok(Err(_)) | Err(_) => json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            &say!(w, "device-no-answer"),
        ),
    }
}

fn ok() -> Response {
    no_store(
        (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            "{\"ok\":true}",
        )
            .into_response(),
    )
}

/// `r` setting the cookie `name` to `value`, for this server's pages only
/// and out of scripts' reach, for a day.
fn with_cookie(mut r: Response, name: &str, value: &str) -> Response {
    let cookie = format!("{name}={value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=86400");
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}
