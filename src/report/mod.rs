//! The session report: what the room built, as Markdown (for a forum, blog
//! or wiki), one self-contained HTML page, a documented JSON file, and the
//! network as GraphML and Kumu CSV. Bevy-free.

mod build;
pub mod model;
mod network;
pub use network::LINKS;
pub mod render;

use std::path::{Path, PathBuf};

pub use build::build;
pub use model::Report;

use crate::session::Session;

/// The files of a report, by name.
pub fn files(report: &Report) -> Result<Vec<(&'static str, String)>, String> {
    Ok(vec![
        ("report.md", render::markdown(report)?),
        ("report.html", render::html(report)?),
        ("session.json", render::json(report)?),
        ("network.graphml", render::graphml(report)?),
        ("network-elements.csv", render::elements_csv(report)?),
        ("network-connections.csv", render::connections_csv(report)?),
    ])
}

/// Where the game puts reports: the documents folder, else the data folder.
pub fn default_dir() -> PathBuf {
    dirs::document_dir()
        .map(|d| d.join("Living Lab reports"))
        .unwrap_or_else(|| {
            crate::session::Store::default_dir()
                .join("..")
                .join("reports")
        })
}

/// The folder a report goes in: the date and the deck, e.g.
/// `2017-11-16-hub-for-london`.
pub fn folder_name(report: &Report) -> String {
    format!("{}-{}", report.date, report.deck.id)
}

/// Writes the report into a folder of its own that does not exist yet:
/// `2017-11-16-hub-for-london`, else `…-2`, `…-3`. (For the game's export
/// button: a second session of the same deck on the same day keeps both.)
pub fn export_new(sessions: &[Session], out: &Path) -> Result<PathBuf, String> {
    let report = build(sessions)?;
    let base = folder_name(&report);
    let name = (1..1000)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|n| !out.join(n).exists())
        .ok_or_else(|| format!("too many reports named {base} in {}", out.display()))?;
    write_files(&report, out, &name, false)
}

/// Writes the report of `sessions` into a new folder inside `out`, all at
/// once: every file is written to a hidden folder first, which is renamed
/// into place only when complete. An existing report is replaced only with
/// `force`. Returns the folder.
pub fn export(sessions: &[Session], out: &Path, force: bool) -> Result<PathBuf, String> {
    let report = build(sessions)?;
    let name = folder_name(&report);
    write_files(&report, out, &name, force)
}

/// True when `dir` is a folder that a report was written into: its
/// `session.json` says so. `--force` replaces only such a folder.
pub fn holds_a_report(dir: &Path) -> bool {
    #[derive(serde::Deserialize)]
    struct Head {
        schema: String,
    }
    if std::fs::symlink_metadata(dir).map_or(true, |m| !m.is_dir()) {
        return false;
    }
    std::fs::read(dir.join("session.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<Head>(&b).ok())
        .is_some_and(|h| h.schema == model::SCHEMA)
}

fn write_files(report: &Report, out: &Path, name: &str, force: bool) -> Result<PathBuf, String> {
    let files = files(report)?;
    let dest = out.join(name);
    if dest.exists() && !force {
        return Err(format!(
            "{} already exists; nothing was written (use --force to replace it)",
            dest.display()
        ));
    }
    if dest.exists() && !holds_a_report(&dest) {
        return Err(format!(
            "{} already exists and does not hold a Living Lab report, so it is not replaced, even with --force; nothing was written",
            dest.display()
        ));
    }
    std::fs::create_dir_all(out).map_err(|e| {
        format!(
            "cannot create {}: {}",
            out.display(),
            crate::deck::io_words(&e)
        )
    })?;
    let tmp = out.join(format!(".{name}.partial-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let written = (|| -> std::io::Result<()> {
        std::fs::create_dir(&tmp)?;
        for (name, text) in &files {
            let mut f = std::fs::File::create(tmp.join(name))?;
            std::io::Write::write_all(&mut f, text.as_bytes())?;
            f.sync_all()?;
        }
        if dest.exists() {
            std::fs::remove_dir_all(&dest)?;
        }
        std::fs::rename(&tmp, &dest)
    })();
    match written {
        Ok(()) => Ok(dest),
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            Err(format!(
                "cannot write the report in {}: {}",
                out.display(),
                crate::deck::io_words(&e)
            ))
        }
    }
}
