//! Session files: the deck (with its fingerprint), the seed and the action
//! log, saved atomically after every action with the previous save kept as
//! a backup. Loading replays the log, so a file that loads is a session
//! exactly as it was played.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::deck::{Deck, io_words};

use super::action::Entry;
use super::clock;
use super::engine::Session;
use super::state::{Millis, Phase};

/// The session file format this version writes and reads.
pub const SESSION_FORMAT: u32 = 1;

/// A session file larger than this is refused before it is parsed.
pub const MAX_SESSION_BYTES: u64 = 64 * 1024 * 1024;

/// The file name ending of session files.
pub const EXTENSION: &str = "session.json";

/// What a session file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionFile {
    /// Always `SESSION_FORMAT` for files this version writes.
    pub livinglab_session: u32,
    pub id: String,
    /// A summary for lists of saved sessions; the log is the truth.
    pub summary: Summary,
    /// SHA-256 of the deck as stored below, so an edited copy is noticed.
    pub deck_sha256: String,
    pub deck: Deck,
    pub seed: u64,
    pub created_at: Millis,
    /// The time zone the session was created in (`Europe/London`, `+01:00`
    /// or `UTC`); files from before zones were recorded are UTC.
    #[serde(default = "utc")]
    pub time_zone: String,
    /// The rules the session was played under (`state::RULES_VERSION`);
    /// files from before it was recorded are 1 and replay as they were.
    #[serde(default = "first_rules")]
    pub rules_version: u32,
    pub log: Vec<Entry>,
    pub redo: Vec<Entry>,
}

fn first_rules() -> u32 {
    1
}

fn utc() -> String {
    super::clock::UTC.into()
}

/// Enough to list a saved session without replaying it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub deck_title: String,
    pub phase: Phase,
    pub round: u32,
    pub rounds: u32,
    pub groups: Vec<String>,
    pub saved_at: Millis,
}

/// The fingerprint of a deck: SHA-256 of its JSON form, in hex.
pub fn deck_sha256(deck: &Deck) -> String {
    let bytes = serde_json::to_vec(deck).unwrap_or_default();
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Session {
    /// A name for this session's files: deck id, start time and a part of
    /// the seed, e.g. `hub-for-london-20171116-1400-3fa2`.
    pub fn id(&self) -> String {
        format!(
            "{}-{}-{:04x}",
            self.original_deck().id,
            clock::compact(self.created_at(), self.zone()),
            self.seed() & 0xffff
        )
    }

    pub fn to_file(&self) -> SessionFile {
        let s = self.state();
        SessionFile {
            livinglab_session: SESSION_FORMAT,
            id: self.id(),
            summary: Summary {
                deck_title: self.deck().title.clone(),
                phase: s.phase,
                round: s.round,
                rounds: s.rounds,
                groups: s.groups.iter().map(|g| g.name.clone()).collect(),
                saved_at: s.now,
            },
            deck_sha256: deck_sha256(self.original_deck()),
            deck: self.original_deck().clone(),
            seed: self.seed(),
            created_at: self.created_at(),
            time_zone: self.zone().to_string(),
            rules_version: self.rules_version(),
            log: self.log().to_vec(),
            redo: self.redo_log().to_vec(),
        }
    }

    /// The session file as bytes (pretty JSON, no trailing new line).
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(&self.to_file()).unwrap_or_default()
    }

    /// Reads a session from the bytes of a session file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Session, String> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(
                "the session file is empty (it may have been cut off when the machine stopped)"
                    .into(),
            );
        }
        let file: SessionFile = serde_json::from_slice(bytes).map_err(|e| {
            use serde_json::error::Category;
            match e.classify() {
                Category::Eof => format!(
                    "the session file is cut off after {} bytes (line {}): it was not saved completely",
                    bytes.len(),
                    e.line()
                ),
                Category::Syntax => format!("the session file is damaged at line {}, column {}: {e}", e.line(), e.column()),
                Category::Data => format!("the session file does not hold a session as this version writes it (line {}, column {}): {e}", e.line(), e.column()),
                Category::Io => format!("the session file cannot be read: {e}"),
            }
        })?;
        Session::from_file(file)
    }

    pub fn from_file(file: SessionFile) -> Result<Session, String> {
        if file.livinglab_session != SESSION_FORMAT {
            return Err(format!(
                "this session file has format {}; this version of Living Lab reads format {SESSION_FORMAT}",
                file.livinglab_session
            ));
        }
        if deck_sha256(&file.deck) != file.deck_sha256 {
            return Err("the deck inside the session file was changed after the session was saved; it cannot be replayed faithfully".into());
        }
        // The checksum proves only that deck and checksum agree, not that
        // the deck is one Living Lab would play: a crafted file can carry
        // any deck with its checksum recomputed. Its id names folders, so
        // it must pass every rule a deck file passes.
        if let Some(problems) = crate::deck::check_revision(&file.deck) {
            return Err(format!(
                "the deck inside the session file breaks the rules of a deck, so the session is not opened: {problems}"
            ));
        }
        let safe_name = !file.id.is_empty()
            && file.id.len() <= 128
            && file
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !safe_name {
            return Err(format!(
                "the session's id {:?} is not a name Living Lab gives (lowercase letters, digits and '-'); it is not a session file Living Lab wrote",
                file.id
            ));
        }
        if let Some(why) = clock::zone_problem(&file.time_zone) {
            return Err(format!("the session file's time zone: {why}"));
        }
        let latest = clock::latest();
        if file.created_at > latest || file.log.iter().chain(&file.redo).any(|e| e.at > latest) {
            return Err("the session file holds times after the year 9999; it is not a session file Living Lab wrote".into());
        }
        if !(1..=super::state::RULES_VERSION).contains(&file.rules_version) {
            return Err(format!(
                "this session was played under rules {} (this version of Living Lab knows rules 1 to {}); open it with a newer version",
                file.rules_version,
                super::state::RULES_VERSION
            ));
        }
        Session::replay_under(
            file.deck,
            file.seed,
            file.created_at,
            (file.log, file.redo),
            file.rules_version,
        )
        .map(|s| s.in_zone(file.time_zone))
        .map_err(|e| format!("the session file cannot be replayed: {e}"))
    }
}

/// Why a saved session could not be opened, and the backup to try instead.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}{}", backup.as_ref().map(|b| format!("\nThe previous save is kept as a backup: {}", b.display())).unwrap_or_default())]
pub struct LoadError {
    pub path: String,
    pub message: String,
    /// The previous save, if it exists.
    pub backup: Option<PathBuf>,
}

/// The backup kept beside a session file: the previous save.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Opens a session file; on any problem, says what and offers the backup.
pub fn load(path: &Path) -> Result<Session, LoadError> {
    let fail = |message: String| {
        let backup = backup_path(path);
        LoadError {
            path: path.display().to_string(),
            message,
            backup: backup.is_file().then_some(backup),
        }
    };
    let meta = fs::metadata(path)
        .map_err(|e| fail(format!("cannot read the session file: {}", io_words(&e))))?;
    if meta.len() > MAX_SESSION_BYTES {
        return Err(fail(format!(
            "the file is {} MiB; a session file is at most {} MiB, so this is probably not one",
            meta.len() / (1024 * 1024),
            MAX_SESSION_BYTES / (1024 * 1024)
        )));
    }
    let bytes = fs::read(path)
        .map_err(|e| fail(format!("cannot read the session file: {}", io_words(&e))))?;
    Session::from_bytes(&bytes).map_err(fail)
}

/// Writes a file so that a crash at any moment leaves either the old or the
/// new content, never a mix: a temporary file with a unique name beside it
/// (so two writers never share one), flushed to disk, then renamed over it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = folder_of(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(".livinglab-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Writes the decks that come with the game (`deck::bundled`) into `dir`
/// (created if missing). A file that already holds the same bytes is left
/// alone, so a start-up with nothing to change writes nothing; a changed
/// one is replaced atomically.
pub fn unpack_bundled_decks(dir: &Path) -> io::Result<PathBuf> {
    for (name, bytes) in crate::deck::bundled::FILES {
        let path = dir.join(name);
        if fs::read(&path).is_ok_and(|old| old == *bytes) {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        write_atomic(&path, bytes)?;
    }
    Ok(dir.to_path_buf())
}

/// Writes a session file atomically (as [`write_atomic`]) and keeps the
/// previous save beside it as `.bak`, in case the new one is ever damaged.
pub fn write_session(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if path.exists() {
        let bak = backup_path(path);
        match fs::remove_file(&bak) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        if fs::hard_link(path, &bak).is_err() {
            fs::copy(path, &bak)?;
        }
    }
    write_atomic(path, bytes)
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Where sessions are autosaved.
#[derive(Clone, Debug)]
pub struct Store {
    pub dir: PathBuf,
}

/// A saved session, as listed for "resume".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub path: PathBuf,
    pub id: String,
    pub summary: Option<Summary>,
    /// Why the file cannot be read, if it cannot.
    pub problem: Option<String>,
    /// The time zone the session was created in (its times are shown there).
    pub zone: String,
}

#[derive(Deserialize)]
struct JustTheSummary {
    id: String,
    summary: Summary,
    #[serde(default = "utc")]
    time_zone: String,
}

impl Store {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Store { dir: dir.into() }
    }

    /// The platform's data directory (e.g. `~/.local/share/livinglab/sessions`).
    pub fn default_dir() -> PathBuf {
        Self::default_root().join("sessions")
    }

    /// The game's own folder in the platform's data folder
    /// (`~/.local/share/livinglab`, `%APPDATA%\livinglab`,
    /// `~/Library/Application Support/livinglab`).
    pub fn default_root() -> PathBuf {
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("livinglab")
    }

    pub fn path_for(&self, session: &Session) -> PathBuf {
        self.dir.join(format!("{}.{EXTENSION}", session.id()))
    }

    /// Saves a session atomically, keeping the previous save as a backup.
    pub fn save(&self, session: &Session) -> io::Result<PathBuf> {
        fs::create_dir_all(&self.dir)?;
        let path = self.path_for(session);
        write_session(&path, &session.to_bytes())?;
        Ok(path)
    }

    /// The saved sessions, the most recently saved first; unreadable files
    /// are listed with their problem, so nothing disappears silently.
    pub fn list(&self) -> Vec<Saved> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<Saved> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(&format!(".{EXTENSION}")))
            .map(|path| {
                let read = fs::read(&path).map_err(|e| io_words(&e)).and_then(|b| {
                    serde_json::from_slice::<JustTheSummary>(&b)
                        .map_err(|e| format!("damaged: {e}"))
                });
                match read {
                    Ok(s) => Saved {
                        path,
                        id: s.id,
                        summary: Some(s.summary),
                        problem: None,
                        zone: if clock::zone_problem(&s.time_zone).is_none() {
                            s.time_zone
                        } else {
                            utc()
                        },
                    },
                    Err(problem) => Saved {
                        id: path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        path,
                        summary: None,
                        problem: Some(problem),
                        zone: utc(),
                    },
                }
            })
            .collect();
        out.sort_by_key(|s| std::cmp::Reverse(s.summary.as_ref().map_or(0, |m| m.saved_at)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::bundled::{FILES, FOLDER};

    #[test]
    fn every_bundled_deck_passes_check_where_it_is_unpacked() {
        let dir = tempfile::tempdir().unwrap();
        let decks = unpack_bundled_decks(&dir.path().join(FOLDER)).unwrap();
        let mut found = 0;
        for (name, _) in FILES.iter().filter(|(n, _)| n.ends_with(".ron")) {
            let checked = crate::deck::check_file(&decks.join(name));
            assert!(checked.is_ok(), "{name}: {}", checked.render(name));
            // Pictures are found beside the unpacked deck: no warning.
            assert_eq!(checked.warnings().count(), 0, "{name}");
            found += 1;
        }
        assert_eq!(found, 3);
    }

    #[test]
    fn unpacking_again_restores_a_changed_file_and_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let decks = unpack_bundled_decks(dir.path()).unwrap();
        let hub = decks.join("hub-for-london.ron");
        std::fs::write(&hub, "broken").unwrap();
        let before = std::fs::metadata(decks.join("images/library-hub.png"))
            .and_then(|m| m.modified())
            .unwrap();
        unpack_bundled_decks(dir.path()).unwrap();
        assert_eq!(std::fs::read(&hub).unwrap(), FILES[0].1);
        let after = std::fs::metadata(decks.join("images/library-hub.png"))
            .and_then(|m| m.modified())
            .unwrap();
        assert_eq!(before, after, "an unchanged file is not written again");
    }
}
