//! Accepting connections so that no client can lock the room out: a
//! connection must send a request's head within a few seconds and is closed
//! when it idles between requests (hyper's header read timeout, which runs
//! from the moment hyper waits for a head); one address holds at most a few
//! dozen connections and the server at most what the process can open, and a
//! connection past a cap is closed at once while other addresses are served.
//! Event streams are exempt from the timeout while they are read (hyper
//! reads no head during a response); `server.rs` bounds them itself.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

/// What the server holds up to. `Limits::default()` is what the game uses;
/// tests shorten the times.
#[derive(Clone, Debug)]
pub struct Limits {
    /// How long a connection may take to send a request's head, and how long
    /// it may idle between requests.
    pub head_timeout: Duration,
    /// Connections one address may hold at once: six devices of a group
    /// behind one address (a phone hotspot, a venue's network translating
    /// addresses), each with its page, its event stream and a reload.
    pub per_address: usize,
    /// Connections the server holds at once, below what the process may
    /// open (files, the window, fonts and the GPU need the rest).
    pub total: usize,
    /// Event streams one device may hold; opening another closes the oldest.
    pub streams_per_device: usize,
    /// How long an event stream may leave a change unread before it is
    /// dropped (the device catches up from a snapshot when it reconnects).
    pub stalled_stream: Duration,
}

/// File descriptors kept for everything that is not a device's connection.
const RESERVED_FILES: u64 = 256;
/// The most connections the server holds, whatever the system allows.
const MOST_CONNECTIONS: u64 = 4096;

impl Default for Limits {
    fn default() -> Self {
        let files = open_files_limit();
        Limits {
            head_timeout: Duration::from_secs(10),
            per_address: 48,
            total: files
                .saturating_sub(RESERVED_FILES)
                .clamp(64, MOST_CONNECTIONS) as usize,
            streams_per_device: 2,
            stalled_stream: Duration::from_secs(30),
        }
    }
}

/// Raises this process's soft limit of open files to its hard limit where
/// the system allows it (a program started from the macOS Finder has 256, a
/// Linux desktop session 1,024), and returns the limit now in force.
#[cfg(unix)]
pub fn raise_open_files_limit() -> u64 {
    use rlimit::Resource;
    let Ok((soft, hard)) = Resource::NOFILE.get() else {
        return 1024;
    };
    // On macOS the kernel refuses more than OPEN_MAX whatever the hard limit
    // says; `increase_nofile_limit` knows that.
    rlimit::increase_nofile_limit(hard).unwrap_or(soft)
}

/// Windows has no such limit on sockets.
#[cfg(not(unix))]
pub fn raise_open_files_limit() -> u64 {
    MOST_CONNECTIONS + RESERVED_FILES
}

/// The open-files limit in force (after it was raised at start-up).
#[cfg(unix)]
fn open_files_limit() -> u64 {
    rlimit::Resource::NOFILE
        .get()
        .map_or(1024, |(soft, _)| soft)
}

#[cfg(not(unix))]
fn open_files_limit() -> u64 {
    MOST_CONNECTIONS + RESERVED_FILES
}

/// The connections held, by address.
#[derive(Default)]
struct Held {
    by_address: HashMap<IpAddr, usize>,
    total: usize,
}

/// A held connection: counted until it is dropped.
struct Slot {
    held: Arc<Mutex<Held>>,
    ip: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut h = self.held.lock().unwrap_or_else(|e| e.into_inner());
        h.total = h.total.saturating_sub(1);
        if let Some(n) = h.by_address.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                h.by_address.remove(&self.ip);
            }
        }
    }
}

fn admit(held: &Arc<Mutex<Held>>, ip: IpAddr, limits: &Limits) -> Option<Slot> {
    let mut h = held.lock().unwrap_or_else(|e| e.into_inner());
    let mine = h.by_address.get(&ip).copied().unwrap_or(0);
    if mine >= limits.per_address || h.total >= limits.total {
        return None;
    }
    h.by_address.insert(ip, mine + 1);
    h.total += 1;
    Some(Slot {
        held: held.clone(),
        ip,
    })
}

/// A request's connection, for a handler that must be able to close it
/// (an event stream that is replaced or stops being read).
#[derive(Clone)]
pub struct Connection(Arc<Notify>);

impl Connection {
    /// Closes the connection, whatever it is doing.
    pub fn close(&self) {
        self.0.notify_one();
    }
}

/// Serves `app` on `listener` until `stop` turns true: each connection in a
/// task of its own, under `limits`. Requests carry the client's address
/// (`ConnectInfo<SocketAddr>`) and their [`Connection`].
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    mut stop: watch::Receiver<bool>,
) {
    let held = Arc::new(Mutex::new(Held::default()));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.head_timeout)
        .keep_alive(true);
    let mut connections = tokio::task::JoinSet::new();
    loop {
        // Forget the connections that ended.
        while connections.try_join_next().is_some() {}
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = stop.wait_for(|s| *s) => break,
        };
        let (stream, from) = match accepted {
            Ok(a) => a,
            Err(_) => {
                // Out of files or memory for a moment: let closing
                // connections free some rather than spin.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Past a cap the connection is closed at once: dropping it here.
        let Some(slot) = admit(&held, from.ip(), &limits) else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let closer = Arc::new(Notify::new());
        let connection = Connection(closer.clone());
        let inner = TowerToHyperService::new(app.clone());
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo::<SocketAddr>(from));
            req.extensions_mut().insert(connection.clone());
            hyper::service::Service::call(&inner, req)
        });
        let conn = http.serve_connection(TokioIo::new(stream), service);
        let mut stop = stop.clone();
        connections.spawn(async move {
            let _slot = slot;
            let mut conn = std::pin::pin!(conn);
            let stopping = async move {
                let _ = stop.wait_for(|s| *s).await;
            };
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = closer.notified() => {}
                _ = stopping => {
                    // Stopping: a request in flight finishes, then it closes.
                    conn.as_mut().graceful_shutdown();
                    let _ = tokio::time::timeout(Duration::from_secs(2), conn).await;
                }
            }
        });
    }
    // Stopping: requests in flight are answered before the runtime ends.
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(3), async {
        while connections.join_next().await.is_some() {}
    })
    .await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_past_its_cap_is_refused_while_another_is_admitted() {
        let limits = Limits {
            per_address: 2,
            total: 3,
            ..Limits::default()
        };
        let held = Arc::new(Mutex::new(Held::default()));
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        let first = admit(&held, a, &limits).unwrap();
        let _second = admit(&held, a, &limits).unwrap();
        assert!(
            admit(&held, a, &limits).is_none(),
            "a third from one address"
        );
        let _other = admit(&held, b, &limits).unwrap();
        assert!(admit(&held, b, &limits).is_none(), "past the total");
        drop(first);
        assert!(admit(&held, a, &limits).is_some(), "a slot freed is free");
    }

    #[cfg(unix)]
    #[test]
    fn the_open_files_limit_is_raised_to_the_hard_limit() {
        let (_, hard) = rlimit::Resource::NOFILE.get().unwrap();
        let now = raise_open_files_limit();
        assert!(now >= 256);
        assert!(now <= hard);
        let limits = Limits::default();
        assert!(limits.total as u64 <= now.saturating_sub(RESERVED_FILES).max(64));
    }
}
