//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use livinglab::deck::{self, Deck};
use livinglab::session::{Action, Colour, Phase, Seat, Session};

pub const T0: u64 = 1_510_840_800_000; // 2017-11-16 14:00 UTC

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn hub_path() -> PathBuf {
    root().join("scenarios/hub-for-london.ron")
}

/// The bundled Hub for London deck.
pub fn hub() -> Deck {
    deck::load(&hub_path())
        .expect("the bundled deck loads")
        .deck
}

/// The Hub deck with no role holding support: every group then has one
/// token of each kind a round (`rules.support_per_group`).
pub fn hub_even_support() -> Deck {
    let mut deck = hub();
    for r in &mut deck.roles {
        r.holds.clear();
    }
    deck
}

/// A session of `deck` with `groups` groups, in `phase` of round 1.
pub fn at_with(deck: Deck, phase: Phase, groups: usize) -> Session {
    let mut s = setup(deck, groups);
    advance_to(&mut s, phase);
    s
}

/// A session of the Hub deck with `groups` groups, still in setup.
pub fn setup(deck: Deck, groups: usize) -> Session {
    let mut s = Session::new(deck, 42, T0);
    for g in 0..groups {
        s.act(
            Action::AddGroup {
                name: format!("Group {}", g + 1),
                colour: Colour::PALETTE[g],
                seat: Seat::ALL[g % 4],
            },
            T0 + 1000,
        )
        .expect("add group");
    }
    s
}

/// Applies an action that must succeed, one second after the last.
pub fn ok(s: &mut Session, action: Action) {
    let at = s.state().now + 1000;
    if let Err(e) = s.act(action.clone(), at) {
        panic!("{action:?} was refused: {e}");
    }
}

/// Applies an action that must be refused, returning the message; asserts
/// nothing changed.
pub fn refused(s: &mut Session, action: Action) -> String {
    let before = s.state().clone();
    let log = s.log().len();
    let at = s.state().now + 1000;
    match s.act(action.clone(), at) {
        Ok(_) => panic!("{action:?} was allowed"),
        Err(e) => {
            assert_eq!(s.state(), &before, "a refused action changed the state");
            assert_eq!(s.log().len(), log, "a refused action was logged");
            e.0.to_string()
        }
    }
}

/// Advances until the session is in `phase`.
pub fn advance_to(s: &mut Session, phase: Phase) {
    for _ in 0..100 {
        if s.state().phase == phase {
            return;
        }
        ok(s, Action::Advance);
    }
    panic!("never reached {phase:?}");
}

/// A session of the Hub deck with `groups` groups, in `phase` of round 1.
pub fn at(phase: Phase, groups: usize) -> Session {
    let mut s = setup(hub(), groups);
    advance_to(&mut s, phase);
    s
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}

/// An HTTP answer, read whole.
pub struct Reply {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

/// One HTTP/1.1 request on a fresh connection.
pub fn http(port: u16, method: &str, path: &str, cookie: Option<&str>, body: &[u8]) -> Reply {
    let cookie: Vec<(&str, &str)> = cookie.map(|c| ("Cookie", c)).into_iter().collect();
    http_with(port, method, path, &cookie, body)
}

/// One HTTP/1.1 request on a fresh connection, with these headers.
pub fn http_with(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !body.is_empty() {
        head.push_str("Content-Type: application/json\r\n");
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).to_string();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        headers: headers.to_string(),
        body: body.to_string(),
    }
}

/// Joins `group` on the device server at `port` with `code`; returns the
/// device's cookie (`name=value`), checking it is HttpOnly.
pub fn join_device(port: u16, code: &str, group: usize, name: &str) -> String {
    let body = format!(
        "{{\"code\":{},\"group\":{group},\"name\":{}}}",
        serde_json::Value::from(code),
        serde_json::Value::from(name)
    );
    let r = http(port, "POST", "/api/join", None, body.as_bytes());
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(set_cookie_line(&r).contains("HttpOnly"), "{}", r.headers);
    cookie_set_by(&r)
}

/// The `Set-Cookie` header of a response.
pub fn set_cookie_line(r: &Reply) -> &str {
    r.headers
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .unwrap_or_else(|| panic!("no cookie: {}", r.headers))
}

/// The cookie a response sets, as a request sends it back (`name=value`).
pub fn cookie_set_by(r: &Reply) -> String {
    let value = set_cookie_line(r).split_once(':').map_or("", |(_, v)| v);
    value.trim().split(';').next().unwrap_or("").to_string()
}
