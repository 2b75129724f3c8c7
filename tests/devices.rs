//! The device server over real HTTP on 127.0.0.1: every route with and
//! without a token, a foreign group's move, oversized bodies, the rate
//! limits, a reload, removed devices, the event stream, and a session
//! played through devices that replays byte for byte like one played on the
//! table. The game is played by a small loop that does what the app does:
//! apply each move as an engine action, answer it, publish a snapshot.
#![cfg(feature = "devices")]

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use livinglab::devices::{self, Server};
use livinglab::session::{Action, Phase, Session};

/// A session served to devices, played by a loop that does what the app
/// does. Times are fixed (one second per move), so a run is reproducible.
struct Room {
    server: Arc<Server>,
    session: Arc<Mutex<Session>>,
    wakes: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    player: Option<std::thread::JoinHandle<()>>,
}

impl Room {
    fn new(session: Session) -> Room {
        Room::with_limits(session, devices::Limits::default())
    }

    fn with_limits(session: Session, limits: devices::Limits) -> Room {
        let wakes = Arc::new(AtomicUsize::new(0));
        let w = wakes.clone();
        let server = Arc::new(
            Server::start_with(
                0,
                Box::new(move || {
                    w.fetch_add(1, Ordering::SeqCst);
                }),
                limits,
            )
            .unwrap(),
        );
        let session = Arc::new(Mutex::new(session));
        server.publish(devices::snapshot(&session.lock().unwrap(), 1));
        let stop = Arc::new(AtomicBool::new(false));
        let (srv, ses, stp) = (server.clone(), session.clone(), stop.clone());
        let player = std::thread::spawn(move || {
            let mut version = 1;
            while !stp.load(Ordering::SeqCst) {
                let moves = srv.take_moves();
                let orders = srv.take_orders();
                if moves.is_empty() && orders.is_empty() {
                    std::thread::sleep(Duration::from_millis(2));
                    continue;
                }
                let mut s = ses.lock().unwrap();
                for o in orders {
                    let at = s.state().now + 1000;
                    let result = match o.order.clone() {
                        devices::Order::Act(a) => s.act(a, at).map(|_| ()).map_err(|e| e.0),
                        devices::Order::Undo => {
                            if s.undo() {
                                Ok(())
                            } else {
                                Err(livinglab::msg!("game-nothing-to-undo"))
                            }
                        }
                    };
                    o.answer(result);
                }
                let hold = srv.door().hold_text;
                for m in moves {
                    let at = s.state().now + 1000;
                    let action = if hold {
                        m.action.clone().held(m.device)
                    } else {
                        m.action.clone()
                    };
                    match s.act(action, at) {
                        Ok(_) => m.answer(Ok(())),
                        Err(e) => m.answer(Err(e.0)),
                    }
                }
                version += 1;
                srv.publish(devices::snapshot(&s, version));
            }
        });
        Room {
            server,
            session,
            wakes,
            stop,
            player: Some(player),
        }
    }

    fn port(&self) -> u16 {
        self.server.port()
    }

    fn code(&self) -> String {
        self.server.code().to_string()
    }

    /// Joins group `g`; returns the cookie to send.
    fn join(&self, g: usize, name: &str) -> String {
        join_device(self.port(), &self.code(), g, name)
    }

    fn act(&self, cookie: &str, m: serde_json::Value) -> Reply {
        http(
            self.port(),
            "POST",
            "/api/act",
            Some(cookie),
            m.to_string().as_bytes(),
        )
    }

    fn view(&self, cookie: &str) -> serde_json::Value {
        let r = http(self.port(), "GET", "/api/state", Some(cookie), b"");
        assert_eq!(r.status, 200, "{}", r.body);
        let msg: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert!(msg["now"].as_u64().is_some(), "{msg}");
        msg["view"].clone()
    }

    fn state(&self) -> livinglab::session::State {
        self.session.lock().unwrap().state().clone()
    }

    /// The facilitator moves the session on (as the panel does), and the
    /// devices hear of it.
    fn facilitate(&self, until: Phase) {
        let mut s = self.session.lock().unwrap();
        for _ in 0..20 {
            if s.state().phase == until {
                break;
            }
            let at = s.state().now + 1000;
            s.act(Action::Advance, at).unwrap();
        }
        assert_eq!(s.state().phase, until);
        self.server
            .publish(devices::snapshot(&s, 1000 + s.log().len() as u64));
    }

    /// Waits until the session says `done` (a device's move is answered
    /// only once applied, but the browser does not wait for the answer).
    fn until(&self, what: &str, done: impl Fn(&livinglab::session::State) -> bool) {
        let start = Instant::now();
        while !done(&self.state()) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "never happened: {what}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(p) = self.player.take() {
            let _ = p.join();
        }
    }
}

#[test]
fn the_join_page_answers_with_the_right_code_and_refuses_a_wrong_one() {
    let room = Room::new(at(Phase::Build, 3));
    let right = http(
        room.port(),
        "GET",
        &format!("/join/{}", room.code()),
        None,
        b"",
    );
    assert_eq!(right.status, 200);
    assert!(right.headers.to_lowercase().contains("text/html"));
    assert!(right.body.contains("Group 1") && right.body.contains("Group 3"));
    let lower = http(
        room.port(),
        "GET",
        &format!("/join/{}", room.code().to_lowercase()),
        None,
        b"",
    );
    assert_eq!(
        lower.status, 200,
        "a code typed in lower case is the same code"
    );
    let wrong = if room.code() == "ZZZZ" {
        "YYYY"
    } else {
        "ZZZZ"
    };
    let r = http(room.port(), "GET", &format!("/join/{wrong}"), None, b"");
    assert_eq!(r.status, 403);
    assert!(
        !r.body.contains(&room.code()),
        "a wrong code never shows the right one"
    );
    assert!(!r.body.contains("Group 1"));
}

#[test]
fn the_join_page_answers_in_the_language_the_browser_asks_for_else_the_rooms() {
    let room = Room::new(at(Phase::Build, 3));
    let path = format!("/join/{}", room.code());
    let page = |headers: &[(&str, &str)]| http_with(room.port(), "GET", &path, headers, b"");
    // Bengali first: the page is in Bengali, and says so.
    let bn = page(&[("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5")]);
    assert_eq!(bn.status, 200);
    assert!(
        bn.body.contains("<html lang=\"bn\" dir=\"ltr\">"),
        "{}",
        bn.body
    );
    assert!(bn.body.contains("<h1>খেলায় যোগ দিন</h1>"), "{}", bn.body);
    assert!(!bn.body.contains("Join the game"));
    // Urdu runs right to left.
    let ur = page(&[("Accept-Language", "ur")]);
    assert!(
        ur.body.contains("<html lang=\"ur\" dir=\"rtl\">"),
        "{}",
        ur.body
    );
    // A language the game does not speak, then Polish: Polish.
    let pl = page(&[("Accept-Language", "fr-CH, fr;q=0.9, pl;q=0.8")]);
    assert!(pl.body.contains("<h1>Dołącz do gry</h1>"), "{}", pl.body);
    // The player's choice (the page's cookie) comes before the browser's.
    let chosen = page(&[
        ("Accept-Language", "bn"),
        ("Cookie", "livinglab-language=es"),
    ]);
    assert!(chosen.body.contains("<html lang=\"es\""), "{}", chosen.body);
    // Nothing the game speaks, or a broken header: the room's language.
    for header in ["fr, de;q=0.5", ";;;q=x,,", "\u{1F600}"] {
        let r = page(&[("Accept-Language", header)]);
        assert_eq!(r.status, 200, "{header}");
        assert!(r.body.contains("<html lang=\"en\""), "{header}: {}", r.body);
    }
    // A wrong code is refused in the asker's language too.
    let wrong = if room.code() == "ZZZZ" {
        "YYYY"
    } else {
        "ZZZZ"
    };
    let r = http_with(
        room.port(),
        "GET",
        &format!("/join/{wrong}"),
        &[("Accept-Language", "pl")],
        b"",
    );
    assert_eq!(r.status, 403);
    assert!(r.body.contains("Zły kod"), "{}", r.body);
}

#[test]
fn every_route_but_the_join_page_needs_a_token() {
    let room = Room::new(at(Phase::Build, 2));
    for (method, path) in [
        ("GET", "/"),
        ("GET", "/api/state"),
        ("GET", "/api/events"),
        ("POST", "/api/act"),
    ] {
        let r = http(room.port(), method, path, None, b"{\"do\":\"ready\"}");
        assert_eq!(r.status, 401, "{method} {path}: {}", r.body);
        let forged = http(
            room.port(),
            method,
            path,
            Some("livinglab_device=00000000000000000000000000000000"),
            b"{\"do\":\"ready\"}",
        );
        assert_eq!(forged.status, 401, "{method} {path} with a made-up token");
    }
    assert_eq!(
        http(room.port(), "GET", "/etc/passwd", None, b"").status,
        404
    );
    assert_eq!(
        http(room.port(), "GET", "/../Cargo.toml", None, b"").status,
        404
    );
    assert_eq!(room.wakes.load(Ordering::SeqCst), 0, "nobody woke the game");
    assert_eq!(room.state(), at(Phase::Build, 2).state().clone());
}

#[test]
fn a_device_plays_its_own_group_with_the_engine_s_actions_and_words() {
    let room = Room::new(at(Phase::Build, 3));
    let kites = room.join(1, "Ana");
    let v = room.view(&kites);
    assert_eq!(v["group"]["index"], 1);
    assert_eq!(v["phase"], "Build");
    let hand = v["hand"].as_array().unwrap();
    let idea = hand.iter().find(|c| c["kind"] == "idea").unwrap();
    assert!(
        !idea["text"].as_str().unwrap().is_empty(),
        "the full card text"
    );
    let id = idea["id"].as_str().unwrap().to_string();
    let r = room.act(&kites, serde_json::json!({ "do": "add", "card": id }));
    assert_eq!(r.status, 200, "{}", r.body);
    let r = room.act(
        &kites,
        serde_json::json!({ "do": "title", "text": "Open doors" }),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let state = room.state();
    assert!(state.groups[1].solution.ideas.contains(&id));
    assert_eq!(state.groups[1].solution.title, "Open doors");
    // Nothing happened to the other groups.
    assert!(state.groups[0].solution.ideas.is_empty());
    // A reload shows the same.
    let v = room.view(&kites);
    assert_eq!(v["solution"]["title"], "Open doors");
    assert_eq!(v["solution"]["ideas"][0]["id"], id.as_str());

    // The rules refuse with the same words as at the table.
    let r = room.act(&kites, serde_json::json!({ "do": "ready" }));
    assert_eq!(r.status, 409);
    let mut table = room.session.lock().unwrap().clone();
    let words = table
        .act(Action::MarkReady { group: 1 }, table.state().now + 1000)
        .unwrap_err()
        .to_string();
    let said: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(said["error"], words.as_str());
    // A phone that reads Polish is told why in Polish, each part of it.
    let r = room.act(
        &format!("{kites}; livinglab-language=pl"),
        serde_json::json!({ "do": "ready" }),
    );
    assert_eq!(r.status, 409);
    let said: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let polish = said["error"].as_str().unwrap_or_default();
    assert!(
        polish.starts_with("Jeszcze nie gotowe: ") && polish.contains("napiszcie opis"),
        "{polish}"
    );
}

#[test]
fn a_device_cannot_act_for_another_group() {
    let room = Room::new(at(Phase::Build, 2));
    let mine = room.join(0, "");
    let theirs = room.state().groups[1].hand[0].clone();
    // A card from the other group's hand: the engine says it is not ours.
    let r = room.act(&mine, serde_json::json!({ "do": "add", "card": theirs }));
    assert_eq!(r.status, 409);
    assert!(r.body.contains("is not in Group 1's hand"), "{}", r.body);
    // Naming another group is not part of a move at all.
    let r = room.act(&mine, serde_json::json!({ "do": "ready", "group": 1 }));
    assert_eq!(r.status, 400, "{}", r.body);
    let r = room.act(&mine, serde_json::json!({ "do": "format_disk" }));
    assert_eq!(r.status, 400);
    assert_eq!(room.state(), at(Phase::Build, 2).state().clone());
}

#[test]
fn an_oversized_body_and_bad_json_are_refused_and_change_nothing() {
    let room = Room::new(at(Phase::Build, 2));
    let cookie = room.join(0, "");
    let huge = format!(
        "{{\"do\":\"pitch\",\"text\":\"{}\"}}",
        "x".repeat(devices::MAX_BODY + 10)
    );
    let r = http(
        room.port(),
        "POST",
        "/api/act",
        Some(&cookie),
        huge.as_bytes(),
    );
    assert_eq!(r.status, 413);
    for bad in ["", "{", "[]", "{\"do\":\"title\",\"text\":7}", "\u{0}\u{1}"] {
        let r = http(
            room.port(),
            "POST",
            "/api/act",
            Some(&cookie),
            bad.as_bytes(),
        );
        assert_eq!(r.status, 400, "{bad:?}: {}", r.body);
    }
    // A title over the table's limit gets the table's words.
    let r = room.act(
        &cookie,
        serde_json::json!({ "do": "title", "text": "t".repeat(200) }),
    );
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(room.state().groups[0].solution.title, "");
}

#[test]
fn more_than_twenty_moves_a_second_are_refused_and_change_nothing() {
    let room = Room::new(at(Phase::Build, 2));
    let cookie = room.join(0, "");
    let start = Instant::now();
    let mut refused = 0;
    let mut accepted = 0;
    for i in 0..40 {
        let r = room.act(
            &cookie,
            serde_json::json!({ "do": "title", "text": format!("t{i}") }),
        );
        match r.status {
            200 => accepted += 1,
            429 => refused += 1,
            s => panic!("{s}: {}", r.body),
        }
        if start.elapsed() > Duration::from_millis(900) {
            break;
        }
    }
    assert!(refused > 0, "{accepted} accepted, none refused");
    assert!(
        accepted <= devices::MOVES_PER_SECOND,
        "{accepted} accepted in a second"
    );
    let titles = room
        .session
        .lock()
        .unwrap()
        .log()
        .iter()
        .filter(|e| matches!(e.action, Action::SetTitle { .. }))
        .count();
    assert_eq!(titles as u32, accepted, "a refused move is not logged");
}

#[test]
fn more_than_ten_wrong_codes_a_minute_from_one_address_are_refused() {
    let room = Room::new(at(Phase::Build, 2));
    let wrong = if room.code() == "ZZZZ" {
        "YYYY"
    } else {
        "ZZZZ"
    };
    for _ in 0..devices::WRONG_CODES_PER_MINUTE {
        let body = serde_json::json!({ "code": wrong, "group": 0 }).to_string();
        assert_eq!(
            http(room.port(), "POST", "/api/join", None, body.as_bytes()).status,
            403
        );
    }
    let body = serde_json::json!({ "code": room.code(), "group": 0 }).to_string();
    let r = http(room.port(), "POST", "/api/join", None, body.as_bytes());
    assert_eq!(r.status, 429, "even the right code waits: {}", r.body);
    let page = http(
        room.port(),
        "GET",
        &format!("/join/{}", room.code()),
        None,
        b"",
    );
    assert_eq!(page.status, 429);
    assert!(room.server.devices().is_empty());
}

#[test]
fn a_group_has_at_most_six_devices_and_the_facilitator_can_remove_one() {
    let room = Room::new(at(Phase::Build, 2));
    let cookies: Vec<String> = (0..devices::DEVICES_PER_GROUP)
        .map(|i| room.join(0, &format!("Phone {i}")))
        .collect();
    let body = serde_json::json!({ "code": room.code(), "group": 0 }).to_string();
    let r = http(room.port(), "POST", "/api/join", None, body.as_bytes());
    assert_eq!(r.status, 409, "{}", r.body);
    let list = room.server.devices();
    assert_eq!(list.len(), devices::DEVICES_PER_GROUP);
    assert_eq!(list[0].name, "Phone 0");
    room.server.remove(list[0].id);
    let r = http(room.port(), "GET", "/api/state", Some(&cookies[0]), b"");
    assert_eq!(r.status, 403);
    assert!(r.body.contains("removed"), "{}", r.body);
    let r = room.act(&cookies[0], serde_json::json!({ "do": "ready" }));
    assert_eq!(r.status, 403);
    // The other devices play on, and the freed place can be taken.
    assert_eq!(
        http(room.port(), "GET", "/api/state", Some(&cookies[1]), b"").status,
        200
    );
    room.join(0, "Late");
    // A hostile name is kept as text, cut to length.
    let c = room.join(1, "<script>alert(1)</script>\u{7}");
    assert!(!c.is_empty());
    let names: Vec<String> = room.server.devices().into_iter().map(|d| d.name).collect();
    assert!(names.iter().any(|n| n.starts_with("<script>")));
    assert!(
        names
            .iter()
            .all(|n| n.chars().count() <= 30 && !n.contains('\u{7}'))
    );
}

#[test]
fn the_event_stream_sends_the_view_after_any_change_anywhere() {
    let room = Room::new(at(Phase::Build, 2));
    let watcher = room.join(1, "");
    let actor = room.join(0, "");
    let mut s = TcpStream::connect(("127.0.0.1", room.port())).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(
        s,
        "GET /api/events HTTP/1.1\r\nHost: x\r\nCookie: {watcher}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 8192];
    // The first event is the view as it is.
    while !seen.contains("event: view") {
        let n = s.read(&mut buf).unwrap();
        assert!(n > 0);
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    seen.clear();
    let started = Instant::now();
    let r = room.act(
        &actor,
        serde_json::json!({ "do": "title", "text": "Seen elsewhere" }),
    );
    assert_eq!(r.status, 200);
    while !seen.contains("Seen elsewhere") {
        let n = s.read(&mut buf).unwrap();
        assert!(n > 0);
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn two_thousand_bad_requests_never_wake_the_game_and_the_server_still_answers() {
    let room = Room::new(at(Phase::Build, 2));
    let port = room.port();
    for i in 0..2000 {
        let path = match i % 4 {
            0 => "/api/state",
            1 => "/api/act",
            2 => "/nowhere",
            _ => "/",
        };
        let r = http(
            port,
            if i % 2 == 0 { "GET" } else { "POST" },
            path,
            Some("livinglab_device=zz"),
            b"{}",
        );
        assert!(matches!(r.status, 401 | 404 | 405), "{path}: {}", r.status);
    }
    assert_eq!(room.wakes.load(Ordering::SeqCst), 0);
    let cookie = room.join(0, "");
    assert_eq!(room.view(&cookie)["phase"], "Build");
}

#[test]
fn a_session_played_through_devices_replays_byte_for_byte_like_one_played_on_the_table() {
    let room = Room::new(at(Phase::Build, 2));
    let a = room.join(0, "");
    let b = room.join(1, "");
    let before = room.session.lock().unwrap().clone();
    let first = |g: usize, kind: &str| -> String {
        let st = room.state();
        st.groups[g]
            .hand
            .iter()
            .find(|c| {
                room.session
                    .lock()
                    .unwrap()
                    .deck()
                    .card(c)
                    .is_some_and(|(k, _)| k.word() == kind)
            })
            .unwrap()
            .clone()
    };
    for (cookie, g) in [(&a, 0), (&b, 1)] {
        let idea = first(g, "idea");
        let method = first(g, "method");
        let role = room.state().groups[g].roles[0].clone();
        for m in [
            serde_json::json!({ "do": "add", "card": idea }),
            serde_json::json!({ "do": "add", "card": method }),
            serde_json::json!({ "do": "title", "text": format!("Plan {g}") }),
            serde_json::json!({ "do": "pitch", "text": "Together." }),
            serde_json::json!({ "do": "champion", "role": role, "on": true }),
            serde_json::json!({ "do": "horizon", "horizon": "Soon" }),
            serde_json::json!({ "do": "level", "level": "Borough" }),
            serde_json::json!({ "do": "write", "title": "Kitchen tables", "text": "Meet at home." }),
            serde_json::json!({ "do": "ready" }),
        ] {
            let r = room.act(cookie, m.clone());
            assert_eq!(r.status, 200, "{m}: {}", r.body);
        }
    }
    let played = room.session.lock().unwrap().clone();
    // The same actions tapped on the table, at the same times.
    let mut table = before;
    for entry in &played.log()[table.log().len()..] {
        table.act(entry.action.clone(), entry.at).unwrap();
    }
    assert_eq!(table.to_bytes(), played.to_bytes());
    let replayed = Session::from_bytes(&played.to_bytes()).unwrap();
    assert_eq!(replayed.to_bytes(), played.to_bytes());
    assert!(played.state().groups.iter().all(|g| g.solution.ready));
}

// A real browser ---------------------------------------------------------

/// A free port on 127.0.0.1.
fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// chromedriver on a free port, stopped when dropped.
struct Driver(std::process::Child, u16);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn chromedriver() -> Option<Driver> {
    let port = free_port();
    let child = std::process::Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    let child = match child {
        Ok(c) => c,
        Err(e) => {
            // In CI the browser test must run: .ci/run installs chromium-driver.
            assert!(
                std::env::var_os("CI").is_none(),
                "chromedriver is missing ({e}); install chromium and chromium-driver"
            );
            eprintln!("skipped: chromedriver is not installed ({e})");
            return None;
        }
    };
    let driver = Driver(child, port);
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(driver)
}

/// A headless Chromium with a phone's screen (390 × 844 CSS pixels,
/// touch) whose browser asks for `language` first.
async fn phone(driver: &Driver, language: &str) -> fantoccini::Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", format!("--lang={language}")],
            "prefs": { "intl.accept_languages": format!("{language},en") },
            "mobileEmulation": { "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 1.0, "touch": true } }
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    fantoccini::ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.1))
        .await
        .expect("a browser session")
}

fn shots() -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots/devices");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn in_a_real_browser_a_phone_joins_builds_a_solution_and_places_a_dot() {
    let Some(driver) = chromedriver() else { return };
    let room = Room::new(at(Phase::Build, 3));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use fantoccini::Locator;
        let c = phone(&driver, "en").await;
        let base = format!("http://127.0.0.1:{}", room.port());
        let shot = |name: &'static str| {
            let c = c.clone();
            async move {
                let png = c.screenshot().await.unwrap();
                std::fs::write(shots().join(name), png).unwrap();
            }
        };

        // axe-core (tests/axe/) checks the page as it is against WCAG 2.1 A
        // and AA; every violation is kept, with the page it was found on.
        let failures = Arc::new(Mutex::new(Vec::<String>::new()));
        let axe = |page: &'static str| {
            let c = c.clone();
            let failures = failures.clone();
            async move {
                let found = axe_violations(&c, page).await;
                failures.lock().unwrap().extend(found);
            }
        };

        // The page redraws when the game changes: a button found a moment
        // ago may have been replaced, so a click is tried again.
        let click = |css: String| {
            let c = c.clone();
            async move {
                for _ in 0..40 {
                    if let Ok(e) = c.find(Locator::Css(&css)).await
                        && e.click().await.is_ok()
                    {
                        return;
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                panic!("could not click {css}");
            }
        };
        // Join with the code from the screen, as the QR code does.
        c.goto(&format!("{base}/join/{}", room.code()))
            .await
            .unwrap();
        c.find(Locator::Id("name"))
            .await
            .unwrap()
            .send_keys("Ana")
            .await
            .unwrap();
        shot("01-join.png").await;
        axe("join").await;
        c.find(Locator::Css("button[data-group='1']"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(".card.idea button[data-move]"))
            .await
            .expect("the hand appears");
        assert_eq!(room.server.devices()[0].name, "Ana");
        shot("02-build.png").await;
        axe("build").await;

        // Build: two cards into the solution, then a title.
        for kind in ["idea", "method"] {
            let before = room.state().groups[1].solution.ideas.len()
                + room.state().groups[1].solution.methods.len();
            click(format!(".card.{kind} button.go")).await;
            room.until("a card is added", |s| {
                s.groups[1].solution.ideas.len() + s.groups[1].solution.methods.len() > before
            });
        }
        let title = c.find(Locator::Id("title")).await.unwrap();
        title.send_keys("Kitchen-table network").await.unwrap();
        // Leaving the field sends it.
        click("#pitch".into()).await;
        room.until("the title arrives", |s| {
            s.groups[1].solution.title == "Kitchen-table network"
        });
        // An update from elsewhere never replaces what is being typed.
        c.find(Locator::Id("pitch"))
            .await
            .unwrap()
            .send_keys("Half typed")
            .await
            .unwrap();
        let other = room.join(0, "");
        let r = room.act(
            &other,
            serde_json::json!({ "do": "title", "text": "Elsewhere" }),
        );
        assert_eq!(r.status, 200);
        tokio::time::sleep(Duration::from_millis(400)).await;
        let typed = c
            .execute("return document.getElementById('pitch').value", vec![])
            .await
            .unwrap();
        assert_eq!(typed, "Half typed");
        shot("03-solution.png").await;
        axe("build, with a solution").await;

        // Negotiate: pledge support to another group's solution.
        room.facilitate(Phase::Negotiate);
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("button[data-move*='\"pledge\"']"))
            .await
            .expect("the negotiation appears");
        click("button[data-move*='\"pledge\"']:not([disabled])".into()).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        shot("04-negotiate.png").await;
        axe("negotiate").await;
        room.until("support is pledged", |s| {
            s.pledges.iter().any(|p| p.from == 1)
        });

        // The vote: place a dot on another group's solution.
        room.facilitate(Phase::Vote);
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("button[data-move*='\"dot\"']"))
            .await
            .expect("the vote appears");
        shot("05-vote.png").await;
        axe("vote").await;
        click("button[data-move*='\"dot\"']".into()).await;
        room.until("a dot is placed", |s| s.dots.iter().any(|d| d.by == 1));
        // A reload restores the page from the game's state.
        c.refresh().await.unwrap();
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("button.on[data-move*='\"dot\"']"))
            .await
            .expect("the dot is still there after a reload");
        c.close().await.unwrap();
        let failures = failures.lock().unwrap();
        assert!(
            failures.is_empty(),
            "axe-core finds WCAG 2.1 AA failures on the phone page:\n{}",
            failures.join("\n")
        );
    });
    let s = room.session.lock().unwrap();
    let g = &s
        .state()
        .archive
        .iter()
        .chain(s.state().groups.iter().map(|g| &g.solution))
        .find(|x| x.group == 1 && x.round == 1)
        .cloned()
        .unwrap();
    assert_eq!(g.title, "Kitchen-table network");
    assert!(!g.ideas.is_empty() && !g.methods.is_empty());
    assert_eq!(s.state().dots.iter().filter(|d| d.by == 1).count(), 1);
}

#[test]
fn stopping_the_server_answers_a_waiting_move_at_once() {
    let server = Server::start(0, Box::new(|| {})).unwrap();
    let session = at(Phase::Build, 2);
    server.publish(devices::snapshot(&session, 1));
    let port = server.port();
    let cookie = join_device(port, server.code(), 0, "");
    // Nobody plays: the move waits for an answer.
    let waiting = std::thread::spawn(move || {
        http(
            port,
            "POST",
            "/api/act",
            Some(&cookie),
            b"{\"do\":\"ready\"}",
        )
    });
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    server.stop();
    let r = waiting.join().unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("stopped serving"), "{}", r.body);
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
}

#[test]
fn devices_follow_their_group_when_groups_change_at_setup() {
    let room = Room::new(setup(hub(), 3));
    let first = room.join(0, "");
    let second = room.join(1, "");
    let third = room.join(2, "");
    let publish = |room: &Room| {
        let s = room.session.lock().unwrap();
        room.server
            .publish(devices::snapshot(&s, 500 + s.log().len() as u64));
    };
    // Renamed: the device stays with it.
    {
        let mut s = room.session.lock().unwrap();
        let g = s.state().groups[1].clone();
        let at = s.state().now + 1000;
        s.act(
            Action::EditGroup {
                group: 1,
                name: "Bridges".into(),
                colour: g.colour,
                seat: g.seat,
            },
            at,
        )
        .unwrap();
    }
    publish(&room);
    assert_eq!(room.view(&second)["group"]["name"], "Bridges");
    // The first group is removed: its device is told, the others follow.
    {
        let mut s = room.session.lock().unwrap();
        let at = s.state().now + 1000;
        s.act(Action::RemoveGroup { group: 0 }, at).unwrap();
    }
    publish(&room);
    let r = http(room.port(), "GET", "/api/state", Some(&first), b"");
    assert_eq!(r.status, 403, "{}", r.body);
    let v = room.view(&second);
    assert_eq!(
        (v["group"]["index"].as_u64(), v["group"]["name"].as_str()),
        (Some(0), Some("Bridges"))
    );
    assert_eq!(room.view(&third)["group"]["name"], "Group 3");
}

/// A connection to the room's server from another address on this machine
/// (127.0.0.2 and the like are loopback too), with a receive buffer of
/// `buffer` bytes when given.
fn connect_from(from: [u8; 4], port: u16, buffer: Option<usize>) -> TcpStream {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    if let Some(b) = buffer {
        socket.set_recv_buffer_size(b).unwrap();
    }
    socket
        .bind(&std::net::SocketAddr::from((from, 0)).into())
        .unwrap();
    socket
        .connect(&std::net::SocketAddr::from(([127, 0, 0, 1], port)).into())
        .unwrap();
    socket.into()
}

/// Whether the server has closed this connection: a read says end of file
/// (or reset) within `wait`, rather than waiting for more.
fn closed_within(mut s: &TcpStream, wait: Duration) -> bool {
    s.set_read_timeout(Some(wait)).unwrap();
    let mut buf = [0u8; 65536];
    let started = Instant::now();
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) if started.elapsed() < wait => continue,
            Ok(_) => return false,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return false;
            }
            Err(_) => return true,
        }
    }
}

fn short_limits() -> devices::Limits {
    devices::Limits {
        head_timeout: Duration::from_secs(1),
        per_address: 16,
        stalled_stream: Duration::from_secs(1),
        ..devices::Limits::default()
    }
}

#[test]
fn idle_half_sent_connections_from_one_address_neither_lock_out_another_nor_stay_open() {
    let limits = devices::Limits {
        head_timeout: Duration::from_secs(3),
        ..short_limits()
    };
    let room = Room::with_limits(at(Phase::Build, 2), limits);
    let port = room.port();
    // One address opens many connections that send half a request's head
    // and then nothing, as a broken browser or a hostile client can.
    let mut idle: Vec<TcpStream> = (0..300)
        .map(|_| {
            let mut s = connect_from([127, 0, 0, 2], port, None);
            let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n");
            s
        })
        .collect();
    // A phone from another address still joins, at once.
    let started = Instant::now();
    let cookie = room.join(0, "Phone");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "the join took {:?}",
        started.elapsed()
    );
    assert_eq!(room.view(&cookie)["phase"], "Build");
    // Past its cap, the address's connections were closed at once; the
    // rest are closed when the head does not come within the timeout.
    let over_cap = idle
        .iter_mut()
        .skip(16)
        .filter(|s| closed_within(s, Duration::from_millis(200)))
        .count();
    assert_eq!(over_cap, 300 - 16, "past the cap, connections are refused");
    let waiting = idle
        .iter_mut()
        .take(16)
        .filter(|s| !closed_within(s, Duration::from_millis(100)))
        .count();
    assert_eq!(waiting, 16, "the first 16 were held until their timeout");
    std::thread::sleep(Duration::from_millis(3200));
    let still_open = idle
        .iter_mut()
        .filter(|s| !closed_within(s, Duration::from_millis(500)))
        .count();
    assert_eq!(
        still_open, 0,
        "idle connections are closed after the timeout"
    );
    // And the address is welcome again once its connections are gone.
    let mut again = connect_from([127, 0, 0, 2], port, None);
    again
        .write_all(b"GET /join HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    again
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let _ = again.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[test]
fn a_connection_idle_after_a_request_is_closed_but_not_an_event_stream_being_read() {
    let room = Room::with_limits(at(Phase::Build, 2), short_limits());
    let cookie = room.join(0, "");
    // Keep-alive: one request, then silence.
    let mut idle = TcpStream::connect(("127.0.0.1", room.port())).unwrap();
    write!(
        idle,
        "GET /api/state HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n"
    )
    .unwrap();
    // An event stream, read as a browser reads it.
    let mut events = TcpStream::connect(("127.0.0.1", room.port())).unwrap();
    write!(
        events,
        "GET /api/events HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n"
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    assert!(
        closed_within(&idle, Duration::from_millis(500)),
        "an idle keep-alive connection is closed"
    );
    // The stream is still open: a change reaches it after the timeout.
    let actor = room.join(1, "");
    let r = room.act(
        &actor,
        serde_json::json!({ "do": "title", "text": "Still here" }),
    );
    assert_eq!(r.status, 200);
    events
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 8192];
    while !seen.contains("event: view") || !seen.contains("Still here") {
        let n = events.read(&mut buf).unwrap();
        assert!(n > 0, "the event stream was closed: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        if seen.contains("Still here") {
            break;
        }
    }
}

#[test]
fn a_device_holds_two_event_streams_and_a_third_closes_the_oldest() {
    let room = Room::with_limits(at(Phase::Build, 2), short_limits());
    let cookie = room.join(0, "");
    let open = || {
        let mut s = TcpStream::connect(("127.0.0.1", room.port())).unwrap();
        write!(
            s,
            "GET /api/events HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n"
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(200));
        s
    };
    let first = open();
    let second = open();
    assert!(!closed_within(&first, Duration::from_millis(200)));
    let third = open();
    assert!(
        closed_within(&first, Duration::from_secs(2)),
        "the oldest is closed"
    );
    assert!(!closed_within(&second, Duration::from_millis(200)));
    assert!(!closed_within(&third, Duration::from_millis(200)));
}

#[test]
fn an_event_stream_that_is_never_read_is_dropped_and_the_device_catches_up() {
    let room = Room::with_limits(at(Phase::Build, 2), short_limits());
    let cookie = room.join(0, "");
    let actor = room.join(1, "");
    // A stream whose client reads nothing, with a small receive buffer.
    let mut deaf = connect_from([127, 0, 0, 1], room.port(), Some(4096));
    write!(
        deaf,
        "GET /api/events HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n"
    )
    .unwrap();
    // The room plays on: every change is a view the stream cannot send.
    let long = "A pitch long enough to fill a socket's buffers quickly. ".repeat(15);
    let started = Instant::now();
    let mut i = 0;
    while started.elapsed() < Duration::from_secs(4) {
        let r = room.act(
            &actor,
            serde_json::json!({ "do": "pitch", "text": format!("{i} {long}") }),
        );
        assert_eq!(r.status, 200, "{}", r.body);
        i += 1;
        // Under the device's limit of twenty moves a second.
        std::thread::sleep(Duration::from_millis(60));
    }
    // Reading now finds the end of the stream after what was buffered.
    assert!(
        closed_within(&deaf, Duration::from_secs(5)),
        "a stream that is not read is dropped"
    );
    // The device reconnects and reads the room as it is now.
    assert_eq!(room.view(&cookie)["phase"], "Build");
}

/// The bundled neighbourhood deck: its cards, roles and criteria are given
/// in Bengali and Polish too.
fn neighbourhood() -> livinglab::deck::Deck {
    livinglab::deck::load(&root().join("scenarios/neighbourhood-living-lab.ron"))
        .expect("the bundled deck loads")
        .deck
}

#[test]
fn in_a_real_browser_a_phone_reads_the_cards_in_its_players_language() {
    let Some(driver) = chromedriver() else { return };
    let deck = neighbourhood();
    let room = Room::new(at_with(deck.clone(), Phase::Build, 3));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use fantoccini::Locator;
        // A phone whose browser asks for Bengali first.
        let c = phone(&driver, "bn").await;
        let base = format!("http://127.0.0.1:{}", room.port());
        c.goto(&format!("{base}/join/{}", room.code())).await.unwrap();
        c.find(Locator::Id("name")).await.unwrap().send_keys("Rumana").await.unwrap();
        c.find(Locator::Css("button[data-group='0']")).await.unwrap().click().await.unwrap();
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(".card.idea .title"))
            .await
            .expect("the hand appears");
        let texts = |css: &'static str| {
            let c = c.clone();
            async move {
                let found = c
                    .execute(
                        &format!("return [...document.querySelectorAll({css:?})].map(e => e.lang + '|' + e.textContent)"),
                        vec![],
                    )
                    .await
                    .unwrap();
                found
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_string())
                    .collect::<Vec<String>>()
            }
        };
        // In Bengali, marked as Bengali, with the room's words beneath.
        let hand = room.state().groups[0].hand.clone();
        let card = deck.card(&hand[0]).unwrap().1.clone();
        let first = card.title.clone();
        let in_ = |lang: &str| card.translations[lang].title.clone();
        let titles = texts(".card.idea .title, .card.method .title").await;
        assert!(
            titles.iter().any(|t| *t == format!("bn|{}", in_("bn"))),
            "{titles:?}"
        );
        let beneath = texts(".card .as-written").await;
        assert!(
            beneath.iter().any(|t| t.starts_with(&format!("en|{first}: "))),
            "{beneath:?}"
        );
        // The challenge too.
        let drawn = room.state().groups[0].challenge.clone().expect("a challenge");
        let challenge = texts(".card.challenge .title").await;
        assert_eq!(
            challenge,
            vec![format!(
                "bn|{}",
                deck.card(&drawn).unwrap().1.translations["bn"].title
            )]
        );
        std::fs::write(shots().join("10-bengali.png"), c.screenshot().await.unwrap()).unwrap();
        // The picker and the words beneath meet WCAG 2.1 AA too.
        c.execute(include_str!("axe/axe.min.js"), vec![]).await.unwrap();
        let found = c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help)))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(found, serde_json::json!([]), "axe-core on the page in Bengali");
        // The page's own words are Bengali too: it asked for Bengali.
        assert_eq!(texts("html").await[0].split('|').next(), Some("bn"));
        assert_eq!(texts("#solution-edit h2").await, vec!["|আপনাদের সমাধান"]);
        let phase = texts("#phase").await;
        // (Fluent's JavaScript counts in Bengali digits: রাউন্ড ১/২.)
        assert!(phase[0].contains(" · রাউন্ড ১/"), "{phase:?}");
        // The picker offers the room's language, the deck's others and the
        // languages the game speaks, each by its own name.
        let options = texts("#language option").await;
        assert_eq!(
            options,
            vec!["en|English", "bn|বাংলা", "pl|Polski", "es|Español", "ur|اردو"]
        );
        assert_eq!(texts("#language option:checked").await, vec!["bn|বাংলা"]);
        // Urdu: the page's words in Urdu, right to left; the cards as written
        // (the deck has no Urdu).
        let choose = |tag: &'static str| {
            let c = c.clone();
            async move {
                c.execute(
                    &format!("const s = document.getElementById('language'); s.value = '{tag}'; s.dispatchEvent(new Event('change'));"),
                    vec![],
                )
                .await
                .unwrap();
                c.wait()
                    .at_most(Duration::from_secs(10))
                    .for_element(Locator::Css(&format!("html[lang='{tag}'] .card.idea .title")))
                    .await
                    .expect("the page again, in the chosen language");
            }
        };
        // Polish: the page's words and the cards in Polish, the room's
        // words beneath.
        choose("pl").await;
        assert_eq!(texts("#solution-edit h2").await, vec!["|Wasze rozwiązanie"]);
        let titles = texts(".card.idea .title, .card.method .title").await;
        assert!(
            titles.iter().any(|t| *t == format!("pl|{}", in_("pl"))),
            "{titles:?}"
        );
        let beneath = texts(".card .as-written").await;
        assert!(
            beneath.iter().any(|t| t.starts_with(&format!("en|{first}: "))),
            "{beneath:?}"
        );
        std::fs::write(shots().join("11-polish.png"), c.screenshot().await.unwrap()).unwrap();
        choose("ur").await;
        assert_eq!(texts("#solution-edit h2").await, vec!["|آپ کا حل"]);
        let dir = c.execute("return document.documentElement.dir", vec![]).await.unwrap();
        assert_eq!(dir, "rtl");
        let titles = texts(".card.idea .title, .card.method .title").await;
        assert!(titles.iter().any(|t| *t == format!("en|{first}")), "{titles:?}");
        std::fs::write(shots().join("12-urdu.png"), c.screenshot().await.unwrap()).unwrap();
        // Choosing English shows the cards as written, and lasts across a reload.
        choose("en").await;
        assert_eq!(texts("#solution-edit h2").await, vec!["|Your solution"]);
        let titles = texts(".card.idea .title, .card.method .title").await;
        assert!(titles.iter().any(|t| *t == format!("en|{first}")), "{titles:?}");
        assert!(texts(".card .as-written").await.is_empty());
        c.refresh().await.unwrap();
        c.wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(".card.idea .title"))
            .await
            .expect("the hand after a reload");
        let titles = texts(".card.idea .title, .card.method .title").await;
        assert!(titles.iter().any(|t| *t == format!("en|{first}")), "{titles:?}");
        c.close().await.unwrap();
    });
}

/// Opens the host page (the facilitator's remote) as its QR code does;
/// returns the cookie it leaves.
fn host_cookie(room: &Room) -> String {
    let url = room.server.host_url();
    let path = &url[url.find("/host/").expect("a host path")..];
    let r = http(room.port(), "GET", path, None, b"");
    assert_eq!(r.status, 200, "{}", r.body);
    let line = set_cookie_line(&r);
    assert!(
        line.contains("HttpOnly") && line.contains("SameSite=Strict"),
        "{line}"
    );
    cookie_set_by(&r)
}

/// The host page asks for something.
fn host(room: &Room, cookie: &str, ask: serde_json::Value) -> Reply {
    http(
        room.port(),
        "POST",
        "/api/host",
        Some(cookie),
        ask.to_string().as_bytes(),
    )
}

fn host_state(room: &Room, cookie: &str) -> serde_json::Value {
    let r = http(room.port(), "GET", "/api/host", Some(cookie), b"");
    assert_eq!(r.status, 200, "{}", r.body);
    serde_json::from_str(&r.body).unwrap()
}

/// A join from a browser that still holds `cookie` (a device's).
fn join_again(room: &Room, cookie: &str, group: usize) -> Reply {
    let body = serde_json::json!({ "code": room.code(), "group": group }).to_string();
    http(
        room.port(),
        "POST",
        "/api/join",
        Some(cookie),
        body.as_bytes(),
    )
}

#[test]
fn under_the_lobby_a_device_waits_until_admitted_and_a_removed_browser_cannot_join_again() {
    let room = Room::new(at(Phase::Build, 2));
    room.server.set_door(devices::Door {
        lobby: true,
        ..Default::default()
    });
    let ana = room.join(0, "Ana");
    // Waiting: it sees nothing of the session and can do nothing.
    let r = http(room.port(), "GET", "/api/state", Some(&ana), b"");
    assert_eq!(r.status, 202, "{}", r.body);
    assert!(
        r.body.contains("let you in") && !r.body.contains("hand"),
        "{}",
        r.body
    );
    let r = room.act(
        &ana,
        serde_json::json!({ "do": "title", "text": "Sneaked in" }),
    );
    assert_eq!(r.status, 403, "{}", r.body);
    let page = http(room.port(), "GET", "/", Some(&ana), b"");
    assert!(page.body.contains("Waiting to be let in"), "{}", page.body);
    let r = http(room.port(), "GET", "/api/events", Some(&ana), b"");
    assert_ne!(r.status, 200, "{}", r.body);
    assert_ne!(room.state().groups[0].solution.title, "Sneaked in");
    // The host page lists it, waiting, and lets it in.
    let h = host_cookie(&room);
    let s = host_state(&room, &h);
    assert_eq!(s["devices"][0]["name"], "Ana");
    assert_eq!(s["devices"][0]["standing"], "waiting");
    assert_eq!(s["door"]["lobby"], true);
    let id = s["devices"][0]["id"].as_u64().unwrap();
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "admit", "device": id })
        )
        .status,
        200
    );
    assert_eq!(room.view(&ana)["group"]["index"], 0);
    let r = room.act(
        &ana,
        serde_json::json!({ "do": "title", "text": "A hub of hubs" }),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    room.until("Ana's title is on the solution", |s| {
        s.groups[0].solution.title == "A hub of hubs"
    });
    // Removed: its token is dead, and its browser cannot join again...
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "remove", "device": id })
        )
        .status,
        200
    );
    let r = http(room.port(), "GET", "/api/state", Some(&ana), b"");
    assert_eq!(r.status, 403, "{}", r.body);
    let r = join_again(&room, &ana, 1);
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.body.contains("cannot join again"), "{}", r.body);
    let r = http(
        room.port(),
        "GET",
        &format!("/join/{}", room.code()),
        Some(&ana),
        b"",
    );
    assert_eq!(r.status, 403, "{}", r.body);
    // ... until the facilitator lets it back in from the list.
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "admit", "device": id })
        )
        .status,
        200
    );
    assert_eq!(room.view(&ana)["group"]["index"], 0);
    // Refused at the door: the same.
    let bo = room.join(1, "Bo");
    let bo_id = room
        .server
        .devices()
        .iter()
        .find(|d| d.name == "Bo")
        .unwrap()
        .id;
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "refuse", "device": bo_id })
        )
        .status,
        200
    );
    let r = http(room.port(), "GET", "/api/state", Some(&bo), b"");
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.body.contains("did not let"), "{}", r.body);
    assert_eq!(join_again(&room, &bo, 1).status, 403);
    // Turning the lobby off lets those waiting in.
    let cy = room.join(1, "Cy");
    assert_eq!(
        http(room.port(), "GET", "/api/state", Some(&cy), b"").status,
        202
    );
    assert_eq!(
        host(&room, &h, serde_json::json!({ "do": "lobby", "on": false })).status,
        200
    );
    assert_eq!(
        http(room.port(), "GET", "/api/state", Some(&cy), b"").status,
        200
    );
    // A device that does not exist is said so.
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "admit", "device": 999 })
        )
        .status,
        404
    );
}

#[test]
fn a_locked_room_refuses_a_new_join_and_keeps_the_devices_already_in() {
    let room = Room::new(at(Phase::Build, 2));
    let ana = room.join(0, "Ana");
    let h = host_cookie(&room);
    assert_eq!(
        host(&room, &h, serde_json::json!({ "do": "lock", "on": true })).status,
        200
    );
    assert!(room.server.door().locked);
    let body = serde_json::json!({ "code": room.code(), "group": 1 }).to_string();
    let r = http(room.port(), "POST", "/api/join", None, body.as_bytes());
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.body.contains("locked joining"), "{}", r.body);
    let r = http(
        room.port(),
        "GET",
        &format!("/join/{}", room.code()),
        None,
        b"",
    );
    assert_eq!(r.status, 403);
    assert!(r.body.contains("Joining is closed"), "{}", r.body);
    let r = room.act(
        &ana,
        serde_json::json!({ "do": "title", "text": "Still in" }),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        host(&room, &h, serde_json::json!({ "do": "lock", "on": false })).status,
        200
    );
    room.join(1, "Bo");
    // Hiding the code is the host page's too.
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "hide_code", "on": true })
        )
        .status,
        200
    );
    assert!(room.server.door().code_hidden);
    assert_eq!(host_state(&room, &h)["door"]["code_hidden"], true);
}

#[test]
fn the_host_page_needs_its_secret_refuses_a_players_cookie_and_runs_the_session() {
    let room = Room::new(at(Phase::Build, 2));
    let url = room.server.host_url();
    let secret = &url[url.find("/host/").unwrap() + 6..];
    assert_eq!(secret.len(), 32, "128 bits, in hex: {secret}");
    // A wrong secret, or none that could be one, is refused.
    let wrong = format!("/host/{}", "0".repeat(32));
    assert_eq!(http(room.port(), "GET", &wrong, None, b"").status, 403);
    assert_eq!(
        http(room.port(), "GET", "/host/short", None, b"").status,
        403
    );
    // A player's device cannot reach it.
    let ana = room.join(0, "Ana");
    assert_eq!(
        http(room.port(), "GET", "/api/host", Some(&ana), b"").status,
        401
    );
    let r = host(&room, &ana, serde_json::json!({ "do": "lock", "on": true }));
    assert_eq!(r.status, 401, "{}", r.body);
    assert!(!room.server.door().locked);
    assert_eq!(http(room.port(), "GET", "/api/host", None, b"").status, 401);
    // The remote control runs the session as the panel does.
    let h = host_cookie(&room);
    let notes = room.state().notes.len();
    assert_eq!(
        host(&room, &h, serde_json::json!({ "do": "start" })).status,
        200
    );
    assert!(room.state().timer.is_running());
    assert_eq!(
        host(&room, &h, serde_json::json!({ "do": "pause" })).status,
        200
    );
    assert!(!room.state().timer.is_running());
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "extend", "minutes": 5 })
        )
        .status,
        200
    );
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "spotlight", "group": 1 })
        )
        .status,
        200
    );
    assert_eq!(room.state().spotlight, Some(1));
    let r = host(
        &room,
        &h,
        serde_json::json!({ "do": "note", "text": "Bridges <b>asked</b> for a map" }),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(room.state().notes.len(), notes + 1);
    assert_eq!(
        host(&room, &h, serde_json::json!({ "do": "next" })).status,
        200
    );
    assert_eq!(room.state().phase, Phase::Present);
    assert_eq!(
        host(&room, &h, serde_json::json!({ "do": "undo" })).status,
        200
    );
    assert_eq!(room.state().phase, Phase::Build);
    // Bad requests are refused and change nothing.
    assert_eq!(
        host(&room, &h, serde_json::json!({ "do": "explode" })).status,
        400
    );
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "lock", "on": true, "x": 1 })
        )
        .status,
        400
    );
    assert_eq!(
        http(room.port(), "POST", "/api/host", Some(&h), b"{not json").status,
        400
    );
    assert!(!room.server.door().locked);
    // Wrong secrets count as wrong codes from the address.
    let mut last = 0;
    for _ in 0..devices::WRONG_CODES_PER_MINUTE + 1 {
        last = http(room.port(), "GET", &wrong, None, b"").status;
    }
    assert_eq!(last, 429);
}

/// axe-core's (tests/axe/) WCAG 2.1 A and AA violations on the page `c`
/// shows, each with the page it was found on.
async fn axe_violations(c: &fantoccini::Client, page: &str) -> Vec<String> {
    c.execute(include_str!("axe/axe.min.js"), vec![])
        .await
        .unwrap();
    let found = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' on ' + v.nodes.length + ' element(s): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.any[0] ? n.any[0].message : '')).join(' | '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    found
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| format!("{page}: {}", v.as_str().unwrap_or("?")))
        .collect()
}

/// Clicks the button whose words are `label` (the page may redraw it).
async fn click_button(c: &fantoccini::Client, label: &str) {
    use fantoccini::Locator;
    let xpath = format!("//button[normalize-space()=\"{label}\"]");
    for _ in 0..100 {
        if let Ok(e) = c.find(Locator::XPath(&xpath)).await
            && e.click().await.is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no button {label:?}");
}

/// Waits until the page's text has `words` (in any letter case).
async fn until_page_says(c: &fantoccini::Client, words: &str) {
    let start = Instant::now();
    loop {
        let text = c
            .execute("return document.body.innerText", vec![])
            .await
            .unwrap();
        // As read, whatever the page's letter case (a card's kind is in
        // capitals).
        if text
            .as_str()
            .is_some_and(|t| t.to_lowercase().contains(&words.to_lowercase()))
        {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the page never said {words:?}: {text}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[test]
fn in_a_real_browser_the_host_page_admits_a_waiting_phone_locks_the_room_and_removes_it() {
    let Some(driver) = chromedriver() else { return };
    let room = Room::new(at(Phase::Build, 2));
    room.server.set_door(devices::Door {
        lobby: true,
        ..Default::default()
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use fantoccini::Locator;
        let base = format!("http://127.0.0.1:{}", room.port());
        let mut failures = Vec::new();
        // The player's phone joins and waits at the door.
        let player = phone(&driver, "en").await;
        player
            .goto(&format!("{base}/join/{}", room.code()))
            .await
            .unwrap();
        player
            .find(Locator::Id("name"))
            .await
            .unwrap()
            .send_keys("Ana")
            .await
            .unwrap();
        player
            .find(Locator::Css("button[data-group='0']"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        until_page_says(&player, "Waiting to be let in").await;
        failures.extend(axe_violations(&player, "waiting").await);
        std::fs::write(
            shots().join("20-waiting.png"),
            player.screenshot().await.unwrap(),
        )
        .unwrap();
        // The player's cookie does not open the host page's data.
        let status = player
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch('/api/host').then(r => done(r.status));",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(status, 401);
        // The facilitator's phone opens the host page from its QR code.
        let facilitator = phone(&driver, "en").await;
        let url = room.server.host_url();
        let path = &url[url.find("/host/").unwrap()..];
        facilitator.goto(&format!("{base}{path}")).await.unwrap();
        until_page_says(&facilitator, "Ana").await;
        failures.extend(axe_violations(&facilitator, "host, a device waiting").await);
        std::fs::write(
            shots().join("21-host-waiting.png"),
            facilitator.screenshot().await.unwrap(),
        )
        .unwrap();
        click_button(&facilitator, "Admit").await;
        // The waiting page opens the game once let in.
        player
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(".card.idea button[data-move]"))
            .await
            .expect("the hand appears once admitted");
        // Held texts: an idea written on the phone waits for Approve on
        // the host page, and is on no teammate's view until then.
        click_button(&facilitator, "Hold players' texts for approval").await;
        let start = Instant::now();
        while !room.server.door().hold_text {
            assert!(start.elapsed() < Duration::from_secs(10), "never holding");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // A teammate, let in too.
        let ben = room.join(0, "Ben");
        let ben_id = room
            .server
            .devices()
            .iter()
            .find(|d| d.name == "Ben")
            .unwrap()
            .id;
        room.server.admit(ben_id);
        player
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("#write:not([hidden]) #idea-title"))
            .await
            .expect("the idea form");
        player
            .find(Locator::Id("idea-title"))
            .await
            .unwrap()
            .send_keys("Tea rota")
            .await
            .unwrap();
        player
            .find(Locator::Id("idea-text"))
            .await
            .unwrap()
            .send_keys("Each member hosts a tea in turn")
            .await
            .unwrap();
        player
            .find(Locator::Id("write-idea"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        until_page_says(&player, "Waiting for the facilitator's approval").await;
        failures.extend(axe_violations(&player, "a text waiting").await);
        let teammate = http(room.port(), "GET", "/api/state", Some(&ben), b"");
        assert_eq!(teammate.status, 200, "{}", teammate.body);
        assert!(!teammate.body.contains("Tea rota"), "{}", teammate.body);
        assert!(room.state().written.iter().all(|c| c.title != "Tea rota"));
        until_page_says(&facilitator, "Tea rota").await;
        failures.extend(axe_violations(&facilitator, "host, a text held").await);
        std::fs::write(
            shots().join("23-host-held.png"),
            facilitator.screenshot().await.unwrap(),
        )
        .unwrap();
        click_button(&facilitator, "Approve").await;
        room.until("the approved idea is on the table", |s| {
            s.written.iter().any(|c| c.title == "Tea rota")
        });
        let start = Instant::now();
        while !http(room.port(), "GET", "/api/state", Some(&ben), b"")
            .body
            .contains("Tea rota")
        {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the teammate never saw it"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Lock joining: a new phone is refused with a clear message.
        click_button(&facilitator, "Lock joining").await;
        let start = Instant::now();
        while !room.server.door().locked {
            assert!(start.elapsed() < Duration::from_secs(10), "never locked");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let late = phone(&driver, "en").await;
        late.goto(&format!("{base}/join/{}", room.code()))
            .await
            .unwrap();
        until_page_says(&late, "locked joining").await;
        late.close().await.unwrap();
        // The timer from the remote.
        click_button(&facilitator, "Start").await;
        room.until("the timer runs", |s| s.timer.is_running());
        // Remove: the phone's page says so, and it cannot come back.
        until_page_says(&facilitator, "Remove").await;
        failures.extend(axe_violations(&facilitator, "host, a device in").await);
        std::fs::write(
            shots().join("22-host-in.png"),
            facilitator.screenshot().await.unwrap(),
        )
        .unwrap();
        click_button(&facilitator, "Remove").await;
        until_page_says(&player, "removed this device").await;
        player
            .goto(&format!("{base}/join/{}", room.code()))
            .await
            .unwrap();
        until_page_says(&player, "cannot join again").await;
        until_page_says(&facilitator, "Let back in").await;
        player.close().await.unwrap();
        facilitator.close().await.unwrap();
        assert!(failures.is_empty(), "axe-core found: {failures:#?}");
    });
}

#[test]
fn held_texts_reach_no_other_device_until_approved_and_a_hidden_one_never() {
    let room = Room::new(at(Phase::Build, 2));
    room.server.set_door(devices::Door {
        hold_text: true,
        ..Default::default()
    });
    let ana = room.join(0, "Ana");
    let ben = room.join(0, "Ben");
    let h = host_cookie(&room);
    let write = |title: &str| {
        let r = room.act(
            &ana,
            serde_json::json!({ "do": "write", "title": title, "text": "Each member hosts a tea in turn" }),
        );
        assert_eq!(r.status, 200, "{}", r.body);
    };
    write("Tea rota");
    // Held: on no view, in no state; the writer's own page shows it waiting,
    // the teammate's does not.
    let state = |cookie: &str| -> serde_json::Value {
        let r = http(room.port(), "GET", "/api/state", Some(cookie), b"");
        assert_eq!(r.status, 200, "{}", r.body);
        serde_json::from_str(&r.body).unwrap()
    };
    let start = Instant::now();
    while state(&ana)["waiting"].as_array().map_or(0, Vec::len) == 0 {
        assert!(start.elapsed() < Duration::from_secs(10), "never held");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(state(&ana)["waiting"][0]["title"], "Tea rota");
    let teammate = state(&ben);
    assert!(!teammate.to_string().contains("Tea rota"), "{teammate}");
    assert!(room.state().written.iter().all(|c| c.title != "Tea rota"));
    // The host page lists it; approved, it reaches the teammate.
    let s = host_state(&room, &h);
    assert_eq!(s["held"][0]["title"], "Tea rota");
    assert_eq!(s["held"][0]["what"], "Idea card");
    let number = s["held"][0]["number"].as_u64().unwrap();
    let r = host(
        &room,
        &h,
        serde_json::json!({ "do": "approve", "number": number }),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    room.until("the idea is on the table", |s| {
        s.written.iter().any(|c| c.title == "Tea rota")
    });
    let start = Instant::now();
    while !state(&ben).to_string().contains("Tea rota") {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the teammate never saw it"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(state(&ana)["waiting"].as_array().map_or(9, Vec::len), 0);
    // Edited, then approved: the edit is what reaches the table.
    write("Tea rotta");
    let number = loop {
        if let Some(n) = host_state(&room, &h)["held"][0]["number"].as_u64() {
            break n;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let r = host(
        &room,
        &h,
        serde_json::json!({ "do": "approve", "number": number, "title": "Tea rota, again" }),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    room.until("the edited idea is on the table", |s| {
        s.written.iter().any(|c| c.title == "Tea rota, again")
    });
    // Hidden: never anywhere, and counted.
    write("Something rude");
    let number = loop {
        if let Some(n) = host_state(&room, &h)["held"][0]["number"].as_u64() {
            break n;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(
        host(
            &room,
            &h,
            serde_json::json!({ "do": "hide", "number": number })
        )
        .status,
        200
    );
    room.until("the text is hidden", |s| s.hidden_texts == 1);
    assert!(!state(&ben).to_string().contains("Something rude"));
    assert!(!state(&ana).to_string().contains("Something rude"));
    assert!(
        room.state()
            .written
            .iter()
            .all(|c| c.title != "Something rude")
    );
    // A number that waits no more is refused with a reason.
    let r = host(
        &room,
        &h,
        serde_json::json!({ "do": "approve", "number": number }),
    );
    assert_eq!(r.status, 409, "{}", r.body);
    // The session file replays every decision.
    let s = room.session.lock().unwrap();
    let again = livinglab::session::Session::from_bytes(&s.to_bytes()).unwrap();
    assert_eq!(again.state(), s.state());
}
