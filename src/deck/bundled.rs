//! The decks that come with the game, inside the program itself: a packaged
//! `livinglab` finds them wherever it is unpacked, with no source tree and no
//! folder beside it.
//!
//! The game plays decks from files (it reloads a deck when its file is
//! saved, and reads a card's picture from beside its deck), so at start-up
//! the bundled decks are written out to a folder of the user's data
//! (`session::unpack_bundled_decks`), where organisers can also open them
//! as examples.

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

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
