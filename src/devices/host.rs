//! The facilitator's remote control: the host page on the facilitator's
//! phone or tablet. Its address carries a secret of 128 bits, apart from
//! the join code; opening it leaves the secret in a cookie of its own, so a
//! player's device (which holds only its device cookie) cannot reach it.
//! Who may come in is decided here, in the server; what changes the
//! session (the timer, the phase, undo, the spotlight, a note) is handed to
//! the app as an order, like a device's move.

use super::*;

/// The cookie that holds the host page's secret.
const HOST_COOKIE: &str = "livinglab_host";

/// What the facilitator asks of the session from the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Order {
    /// An engine action, as the panel makes it.
    Act(Action),
    /// Undo the last action, as the panel's Undo does.
    Undo,
}

/// An order from the host page, for the app to carry out.
pub struct HostRequest {
    pub order: Order,
    reply: oneshot::Sender<Result<(), Message>>,
}

impl HostRequest {
    /// Tells the host page how its order went.
    pub fn answer(self, result: Result<(), Message>) {
        let _ = self.reply.send(result);
    }
}

/// Is the request the host page's (its cookie holds the secret)?
fn is_host(shared: &Shared, headers: &HeaderMap) -> bool {
    cookies(headers, HOST_COOKIE)
        .filter_map(unhex)
        .any(|theirs| same_token(&theirs, &shared.host_secret))
}

pub(super) async fn host_page(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Path(secret): Path<String>,
    headers: HeaderMap,
) -> Response {
    let w = words_for(&shared, &headers);
    if !allowed_to_try(&shared, addr.ip()) {
        return too_many_tries(w);
    }
    if !unhex(&secret).is_some_and(|s| same_token(&s, &shared.host_secret)) {
        count_wrong(&shared, addr.ip());
        return html(
            StatusCode::FORBIDDEN,
            page::message(w, &say!(w, "host-wrong"), &say!(w, "host-wrong-how")),
        );
    }
    with_cookie(
        html(StatusCode::OK, page::host(w)),
        HOST_COOKIE,
        &hex(&shared.host_secret),
    )
}

/// A device's line on the panel and the host page, in the facilitator's
/// words: "connected for 3 min · last move 20 s ago". Past a minute a
/// duration is said in whole minutes.
pub fn status(w: &Words, d: &DeviceInfo) -> String {
    let mut s = match (d.connected, d.since >= 60) {
        (true, true) => say!(w, "host-connected-minutes", minutes = d.since / 60),
        (true, false) => say!(w, "host-connected-seconds", seconds = d.since),
        (false, true) => say!(w, "host-gone-minutes", minutes = d.since / 60),
        (false, false) => say!(w, "host-gone-seconds", seconds = d.since),
    };
    if let Some(m) = d.last_move {
        s.push_str(" · ");
        s.push_str(&if m >= 60 {
            say!(w, "host-last-move-minutes", minutes = m / 60)
        } else {
            say!(w, "host-last-move-seconds", seconds = m)
        });
    }
    s
}

pub(super) async fn host_state(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let w = words_for(&shared, &headers);
    if !is_host(&shared, &headers) {
        return json_error(StatusCode::UNAUTHORIZED, &say!(w, "host-not-host"));
    }
    let snapshot = shared.snapshot();
    let (door, devices): (Door, Vec<DeviceInfo>) = {
        let r = shared.registry();
        (r.door, r.devices.iter().map(Device::info).collect())
    };
    let group = |g: usize| snapshot.groups.get(g);
    let devices: Vec<serde_json::Value> = devices
        .iter()
        .map(|d| {
            serde_json::json!({
                "id": d.id,
                "name": d.name,
                "group": group(d.group).map(|g| g.name.clone()).unwrap_or_default(),
                "colour": group(d.group).map(|g| g.colour.clone()).unwrap_or_default(),
                "standing": d.standing,
                "status": status(w, d),
            })
        })
        .collect();
    let room = &snapshot.room;
    let body = serde_json::json!({
        "now": crate::session::clock::now(),
        "code": shared.code,
        "join": shared.join_url,
        "door": {
            "lobby": door.lobby,
            "locked": door.locked,
            "code_hidden": door.code_hidden,
            "hold_text": door.hold_text,
        },
        "held": snapshot.held.iter().map(|h| serde_json::json!({
            "number": h.number,
            "group": group(h.group).map(|g| g.name.clone()).unwrap_or_default(),
            "colour": group(h.group).map(|g| g.colour.clone()).unwrap_or_default(),
            "kind": h.kind,
            "what": w.say(&format!("host-held-{}", h.kind), None),
            "title": h.title,
            "text": h.text,
        })).collect::<Vec<_>>(),
        "devices": devices,
        "groups": snapshot.groups.iter().map(|g| serde_json::json!({
            "index": g.index, "name": g.name, "colour": g.colour,
        })).collect::<Vec<_>>(),
        "phase": room.phase.map(|p| {
            say!(w, "room-heading", phase = p.message().say(w), round = room.round, rounds = room.rounds)
        }),
        "timer": room.timer,
        "spotlight": room.spotlight,
        "can_undo": room.can_undo,
        "notes": room.notes,
    });
    no_store(
        (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            body.to_string(),
        )
            .into_response(),
    )
}

/// What the host page asks for.
#[derive(serde::Deserialize)]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
enum Ask {
    Admit {
        device: u32,
    },
    Refuse {
        device: u32,
    },
    Remove {
        device: u32,
    },
    Lobby {
        on: bool,
    },
    Lock {
        on: bool,
    },
    HideCode {
        on: bool,
    },
    HoldText {
        on: bool,
    },
    /// Approve a held text, as written or (with `title` or `text`) edited.
    Approve {
        number: u32,
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        text: Option<String>,
    },
    Hide {
        number: u32,
    },
    Start {},
    Pause {},
    Extend {
        minutes: u32,
    },
    Next {},
    Undo {},
    Spotlight {
        group: Option<usize>,
    },
    Note {
        text: String,
    },
}

pub(super) async fn host_act(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let w = words_for(&shared, &headers);
    if !is_host(&shared, &headers) {
        return json_error(StatusCode::UNAUTHORIZED, &say!(w, "host-not-host"));
    }
    {
        let mut r = shared.registry();
        let window = match r.host_window {
            Some((since, n)) if since.elapsed() < Duration::from_secs(1) => (since, n + 1),
            _ => (Instant::now(), 1),
        };
        r.host_window = Some(window);
        if window.1 > MOVES_PER_SECOND {
            return json_error(StatusCode::TOO_MANY_REQUESTS, &say!(w, "device-too-fast"));
        }
    }
    let ask: Ask = match parse(&body, w) {
        Ok(a) => a,
        Err(e) => return json_error(StatusCode::BAD_REQUEST, &e),
    };
    let door = shared.registry().door;
    let order = match ask {
        Ask::Admit { device } => return decided(&shared, device, Standing::In, w),
        Ask::Refuse { device } => return decided(&shared, device, Standing::Refused, w),
        Ask::Remove { device } => return decided(&shared, device, Standing::Removed, w),
        Ask::Lobby { on } => return door_set(&shared, Door { lobby: on, ..door }),
        Ask::Lock { on } => return door_set(&shared, Door { locked: on, ..door }),
        Ask::HideCode { on } => {
            return door_set(
                &shared,
                Door {
                    code_hidden: on,
                    ..door
                },
            );
        }
        Ask::HoldText { on } => {
            return door_set(
                &shared,
                Door {
                    hold_text: on,
                    ..door
                },
            );
        }
        Ask::Approve {
            number,
            title,
            text,
        } => {
            let edited = (title.is_some() || text.is_some()).then(|| {
                // What was not edited stays as written.
                let held = shared
                    .snapshot()
                    .held
                    .iter()
                    .find(|h| h.number == number)
                    .cloned();
                crate::session::Written {
                    title: title
                        .or_else(|| held.as_ref().map(|h| h.title.clone()))
                        .unwrap_or_default(),
                    text: text.or_else(|| held.map(|h| h.text)).unwrap_or_default(),
                }
            });
            Order::Act(Action::Approve { number, edited })
        }
        Ask::Hide { number } => Order::Act(Action::HideHeld { number }),
        Ask::Start {} => Order::Act(Action::StartTimer),
        Ask::Pause {} => Order::Act(Action::PauseTimer),
        Ask::Extend { minutes } => Order::Act(Action::ExtendTimer { minutes }),
        Ask::Next {} => Order::Act(Action::Advance),
        Ask::Undo {} => Order::Undo,
        Ask::Spotlight { group } => Order::Act(Action::Spotlight { group }),
        Ask::Note { text } => Order::Act(Action::AddNote {
            text: clean(&text, true),
        }),
    };
    let (reply, answer) = oneshot::channel();
    let sent = shared
        .orders
        .lock()
        .map(|s| s.send(HostRequest { order, reply }).is_ok())
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

fn decided(shared: &Shared, device: u32, standing: Standing, w: &Words) -> Response {
    if !shared.registry().devices.iter().any(|d| d.id == device) {
        return json_error(StatusCode::NOT_FOUND, &say!(w, "host-no-such-device"));
    }
    decide(shared, device, standing);
    ok()
}

fn door_set(shared: &Shared, door: Door) -> Response {
    set_door(shared, door);
    ok()
}
