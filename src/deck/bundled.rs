//! The decks that come with the game, inside the program itself: a packaged
//! `livinglab` finds them wherever it is unpacked, with no source tree and no
//! folder beside it.
//!
//! The game plays decks from files (it reloads a deck when its file is
//! saved, and reads a card's picture from beside its deck), so at start-up
//! the bundled decks are written out to a folder of the user's data
//! ([`unpack`]), where organisers can also open them as examples.

use std::io;
use std::path::{Path, PathBuf};

/// Every bundled file: its path inside the bundle folder and its bytes.
pub const FILES: &[(&str, &[u8])] = &[
    (
        "hub-for-london.ron",
        include_bytes!("../../scenarios/hub-for-london.ron"),
    ),
    (
        "neighbourhood-living-lab.ron",
        include_bytes!("../../scenarios/neighbourhood-living-lab.ron"),
    ),
    (
        "community-of-practice.ron",
        include_bytes!("../../scenarios/community-of-practice.ron"),
    ),
    (
        "images/community-cafe.png",
        include_bytes!("../../scenarios/images/community-cafe.png"),
    ),
    (
        "images/library-hub.png",
        include_bytes!("../../scenarios/images/library-hub.png"),
    ),
    (
        "images/peer-support.png",
        include_bytes!("../../scenarios/images/peer-support.png"),
    ),
    (
        "images/welcome-visits.png",
        include_bytes!("../../scenarios/images/welcome-visits.png"),
    ),
    ("README.txt", README.as_bytes()),
];

/// What the unpacked folder says of itself, for an organiser who finds it.
const README: &str = "\
These are the decks that come with Living Lab.

Living Lab writes them here each time it starts, so any change made to these
files is lost at the next start. To make a deck of your own, copy one of them
to another folder (with its images folder, if it has pictures) and edit the
copy, or run `livinglab new my-deck.ron` for a commented starter deck. Then
`livinglab check my-deck.ron` says whether it is ready to play.
";

/// The folder the bundled decks are unpacked into, inside a data folder.
pub const FOLDER: &str = "decks";

/// Writes the bundled decks into `dir` (created if missing). A file that
/// already holds the same bytes is left alone, so a start-up with nothing to
/// change writes nothing; a changed one is replaced atomically.
pub fn unpack(dir: &Path) -> io::Result<PathBuf> {
    for (name, bytes) in FILES {
        let path = dir.join(name);
        if std::fs::read(&path).is_ok_and(|old| old == *bytes) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        write_atomic(&path, bytes)?;
    }
    Ok(dir.to_path_buf())
}

/// A whole file or none of it: written beside, then renamed over.
fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    io::Write::write_all(&mut file, bytes)?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_deck_passes_check_where_it_is_unpacked() {
        let dir = tempfile::tempdir().unwrap();
        let decks = unpack(&dir.path().join(FOLDER)).unwrap();
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
        let decks = unpack(dir.path()).unwrap();
        let hub = decks.join("hub-for-london.ron");
        std::fs::write(&hub, "broken").unwrap();
        let before = std::fs::metadata(decks.join("images/library-hub.png"))
            .and_then(|m| m.modified())
            .unwrap();
        unpack(dir.path()).unwrap();
        assert_eq!(std::fs::read(&hub).unwrap(), FILES[0].1);
        let after = std::fs::metadata(decks.join("images/library-hub.png"))
            .and_then(|m| m.modified())
            .unwrap();
        assert_eq!(before, after, "an unchanged file is not written again");
    }

    #[test]
    fn every_file_of_the_scenarios_folder_is_bundled() {
        // A deck or picture added to scenarios/ must be added here too, or
        // the packaged game would not have it.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let mut on_disk = Vec::new();
        for entry in std::fs::read_dir(&root).unwrap().flatten() {
            let p = entry.path();
            if p.extension().is_some_and(|x| x == "ron") {
                on_disk.push(p.file_name().unwrap().to_string_lossy().into_owned());
            }
        }
        for entry in std::fs::read_dir(root.join("images")).unwrap().flatten() {
            on_disk.push(format!("images/{}", entry.file_name().to_string_lossy()));
        }
        for name in on_disk {
            assert!(
                FILES.iter().any(|(n, _)| *n == name),
                "scenarios/{name} is not in deck::bundled::FILES"
            );
        }
    }
}
