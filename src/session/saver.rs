//! Saving off the main thread, with a contract:
//!
//! - [`Saver::save`] never waits for the disk: it hands the session file to
//!   a writer thread and returns a [`Ticket`].
//! - The writer keeps only the newest file to write: saves that arrive while
//!   it is writing replace each other, and the newest is written next. Each
//!   file holds the whole log, so writing the newest one also writes every
//!   action before it.
//! - Each write is atomic, with the previous save kept as `.bak`
//!   ([`write_session`]). A save is normally on disk within a few
//!   milliseconds; a failed write is tried again every second until it
//!   succeeds or a newer save replaces it.
//! - Whoever needs an acknowledgement (a device's request) waits for its
//!   ticket ([`Saver::wait`], or asks [`Saver::is_on_disk`]): it is given
//!   only once a file holding its action is on disk.
//! - [`Saver::flush`] waits until everything handed over is on disk; a
//!   saver that is dropped flushes first (quitting loses nothing).
//! - After every write, successful or not, the writer calls the wake
//!   function, so a resting app can show a save error at once.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::file::{SessionFile, write_session};

/// A save handed to the writer: on disk once [`Saver::is_on_disk`] says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ticket(u64);

/// Writes a file's bytes to a path (the real one is [`write_session`];
/// tests slow it down or make it fail).
pub type WriteFn = Box<dyn FnMut(&Path, &[u8]) -> io::Result<()> + Send>;

/// Called by the writer thread after each write, to wake the app.
pub type WakeFn = Box<dyn Fn() + Send + Sync>;

/// How long a failed write waits before it is tried again.
const RETRY: Duration = Duration::from_secs(1);

/// The newest session file waiting to be written.
struct Job {
    ticket: u64,
    path: PathBuf,
    file: Box<SessionFile>,
}

#[derive(Default)]
struct Inner {
    pending: Option<Job>,
    /// Every ticket up to this one is on disk.
    on_disk: u64,
    /// The newest ticket handed over.
    newest: u64,
    /// The last write's failure, until a write succeeds.
    error: Option<String>,
    /// Where the last successful write went.
    saved: Option<PathBuf>,
    /// How many files were written (coalescing makes it fewer than saves).
    writes: u64,
    stop: bool,
}

struct Shared {
    inner: Mutex<Inner>,
    changed: Condvar,
    wake: Mutex<Option<WakeFn>>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave `Inner` half-changed
        // (every change is one assignment), so a poisoned lock is used as is.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn wake(&self) {
        if let Ok(w) = self.wake.lock()
            && let Some(wake) = w.as_ref()
        {
            wake();
        }
    }
}

/// The session writer: one thread, the newest save only, atomic files.
pub struct Saver {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Default for Saver {
    fn default() -> Self {
        Saver::new()
    }
}

impl Saver {
    /// A saver that writes session files with their backup, making their
    /// folder if it is missing.
    pub fn new() -> Self {
        Saver::with_writer(Box::new(|path: &Path, bytes: &[u8]| {
            if let Some(dir) = path.parent()
                && !dir.as_os_str().is_empty()
            {
                std::fs::create_dir_all(dir)?;
            }
            write_session(path, bytes)
        }))
    }

    /// A saver that writes with `write` (for tests: a slow or failing disk).
    pub fn with_writer(write: WriteFn) -> Self {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner::default()),
            changed: Condvar::new(),
            wake: Mutex::new(None),
        });
        let for_thread = shared.clone();
        let thread = std::thread::Builder::new()
            .name("session writer".into())
            .spawn(move || writer(&for_thread, write))
            .ok();
        if thread.is_none() {
            shared.lock().error =
                Some("cannot start the thread that saves the session".to_string());
        }
        Saver { shared, thread }
    }

    /// Sets what wakes the app after each write.
    pub fn set_wake(&self, wake: WakeFn) {
        if let Ok(mut w) = self.shared.wake.lock() {
            *w = Some(wake);
        }
    }

    /// Hands a session file to the writer; returns at once.
    pub fn save(&self, path: PathBuf, file: SessionFile) -> Ticket {
        let mut inner = self.shared.lock();
        inner.newest += 1;
        let ticket = inner.newest;
        inner.pending = Some(Job {
            ticket,
            path,
            file: Box::new(file),
        });
        drop(inner);
        self.shared.changed.notify_all();
        Ticket(ticket)
    }

    /// True once a file holding this save (or a newer one) is on disk.
    pub fn is_on_disk(&self, ticket: Ticket) -> bool {
        self.shared.lock().on_disk >= ticket.0
    }

    /// Waits until this save is on disk, at most `timeout`; true if it is.
    pub fn wait(&self, ticket: Ticket, timeout: Duration) -> bool {
        self.wait_for(ticket.0, timeout)
    }

    /// Waits until every save handed over so far is on disk, at most
    /// `timeout`; says why not if it is not.
    pub fn flush(&self, timeout: Duration) -> Result<(), String> {
        let newest = self.shared.lock().newest;
        if self.wait_for(newest, timeout) {
            return Ok(());
        }
        Err(self.error().unwrap_or_else(|| {
            format!(
                "the session was not saved within {} s",
                timeout.as_secs_f32()
            )
        }))
    }

    fn wait_for(&self, ticket: u64, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut inner = self.shared.lock();
        while inner.on_disk < ticket {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || self.thread.is_none() {
                return false;
            }
            inner = match self.shared.changed.wait_timeout(inner, left) {
                Ok((guard, _)) => guard,
                Err(p) => p.into_inner().0,
            };
        }
        true
    }

    /// Why the last write failed, until a write succeeds.
    pub fn error(&self) -> Option<String> {
        self.shared.lock().error.clone()
    }

    /// Where the last successful write went.
    pub fn saved(&self) -> Option<PathBuf> {
        self.shared.lock().saved.clone()
    }

    /// How many files have been written so far.
    pub fn writes(&self) -> u64 {
        self.shared.lock().writes
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        // Quitting loses nothing: what was handed over is written first.
        // (Not for long when the disk is refusing every write.)
        let patience = if self.error().is_some() { 1 } else { 10 };
        let _ = self.flush(Duration::from_secs(patience));
        self.shared.lock().stop = true;
        self.shared.changed.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn writer(shared: &Shared, mut write: WriteFn) {
    loop {
        let job = {
            let mut inner = shared.lock();
            loop {
                if let Some(job) = inner.pending.take() {
                    break job;
                }
                if inner.stop {
                    return;
                }
                inner = match shared.changed.wait(inner) {
                    Ok(guard) => guard,
                    Err(p) => p.into_inner(),
                };
            }
        };
        // Serialising the whole log happens here, off the main thread.
        let written = serde_json::to_vec_pretty(&job.file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| write(&job.path, &bytes).map_err(|e| crate::deck::io_words(&e)));
        let mut inner = shared.lock();
        match written {
            Ok(()) => {
                inner.on_disk = inner.on_disk.max(job.ticket);
                inner.error = None;
                inner.saved = Some(job.path);
                inner.writes += 1;
            }
            Err(e) => {
                inner.error = Some(format!(
                    "Could not save the session to {}: {e}",
                    job.path.display()
                ));
                // Try again in a while, unless a newer save comes first.
                if inner.pending.is_none() {
                    let ticket = job.ticket;
                    inner.pending = Some(job);
                    drop(inner);
                    shared.changed.notify_all();
                    shared.wake();
                    let inner = shared.lock();
                    let (inner, _) = match shared
                        .changed
                        .wait_timeout_while(inner, RETRY, |i| !i.stop && i.newest == ticket)
                    {
                        Ok(r) => r,
                        Err(p) => p.into_inner(),
                    };
                    if inner.stop {
                        return;
                    }
                    continue;
                }
            }
        }
        drop(inner);
        shared.changed.notify_all();
        shared.wake();
    }
}
