//! The real game under Xvfb with software Vulkan: every screen of a
//! rehearsed session renders (not blank, each group's zone on its side),
//! and the game rests when idle yet shows the whole table to a capture
//! taken from outside. Needs `xvfb-run` and Mesa's Vulkan drivers (`.ci/run`
//! installs them); set LIVINGLAB_SKIP_SCREENSHOTS=1 to skip on a machine
//! without them. In CI (`CI` set) nothing may be skipped: a skip fails.
//! The idle test needs the game's `probe` feature (`--frame-log`), which the
//! README's test command turns on.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;
use livinglab::session::{self, Action, Phase, Session};

/// True when `name` (a variable) is set to something other than empty,
/// `0` or `false`.
fn on(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false" | "no"))
}

/// Whether to skip a screenshot test, saying why. Skipping is allowed only
/// outside CI: there, a test that would be skipped fails instead.
fn skip(needs_probe: bool) -> bool {
    let why = if on("LIVINGLAB_SKIP_SCREENSHOTS") {
        Some("LIVINGLAB_SKIP_SCREENSHOTS is set")
    } else if needs_probe && !cfg!(feature = "probe") {
        Some("this test needs the game built with `--features probe` (the README's test command)")
    } else {
        None
    };
    if let Some(why) = why {
        assert!(
            !on("CI"),
            "{why}, but this is CI (CI is set), where the screenshot tests must run"
        );
        eprintln!("{why}: screenshot test skipped");
        return true;
    }
    assert!(
        Command::new("xvfb-run").arg("--help").output().is_ok(),
        "xvfb-run is missing: install xvfb and mesa-vulkan-drivers (see README), or set LIVINGLAB_SKIP_SCREENSHOTS=1"
    );
    false
}

fn shots_dir(name: &str) -> PathBuf {
    let dir = root().join("target/screenshots").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Picture {
    width: usize,
    height: usize,
    rgb: Vec<u8>,
}

impl Picture {
    fn png(path: &Path) -> Picture {
        let decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        let channels = info.color_type.samples();
        let rgb = buf[..info.buffer_size()]
            .chunks(channels)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        Picture {
            width: info.width as usize,
            height: info.height as usize,
            rgb,
        }
    }

    /// An X window dump (`xwd`), 24-bit colour in 32-bit pixels.
    fn xwd(bytes: &[u8]) -> Picture {
        let field =
            |i: usize| u32::from_be_bytes(bytes[i * 4..i * 4 + 4].try_into().unwrap()) as usize;
        let (header, width, height, byte_order, bpp, line) =
            (field(0), field(4), field(5), field(7), field(11), field(12));
        let (red, green, blue) = (field(14) as u32, field(15) as u32, field(16) as u32);
        assert_eq!(bpp, 32, "expected 32 bits per pixel");
        let colours = field(19);
        let start = header + colours * 12;
        let mut rgb = Vec::with_capacity(width * height * 3);
        for y in 0..height {
            for x in 0..width {
                let o = start + y * line + x * 4;
                let b: [u8; 4] = bytes[o..o + 4].try_into().unwrap();
                let v = if byte_order == 0 {
                    u32::from_le_bytes(b)
                } else {
                    u32::from_be_bytes(b)
                };
                let channel = |mask: u32| ((v & mask) >> mask.trailing_zeros()) as u8;
                rgb.extend([channel(red), channel(green), channel(blue)]);
            }
        }
        Picture { width, height, rgb }
    }

    fn at(&self, x: usize, y: usize) -> [u8; 3] {
        let i = (y.min(self.height - 1) * self.width + x.min(self.width - 1)) * 3;
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }

    /// How many different colours it has (a blank screen has one or two).
    fn colours(&self) -> usize {
        let mut seen: Vec<[u8; 3]> = self
            .rgb
            .chunks(3)
            .step_by(7)
            .map(|p| [p[0], p[1], p[2]])
            .collect();
        seen.sort();
        seen.dedup();
        seen.len()
    }

    /// How many pixels are close to `colour`.
    fn count_near(&self, colour: [u8; 3]) -> usize {
        self.rgb
            .chunks(3)
            .filter(|p| close([p[0], p[1], p[2]], colour))
            .count()
    }
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter()
        .zip(b)
        .all(|(x, y)| (i32::from(*x) - i32::from(y)).abs() <= 16)
}

fn hex(s: &str) -> [u8; 3] {
    let v = u32::from_str_radix(s.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

fn game() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_livinglab"))
}

/// A rehearsed six-group session saved to `dir`.
fn rehearsed(dir: &Path) -> (Session, PathBuf) {
    let s = session::rehearse(&hub(), 6, 7, T0).unwrap();
    let path = dir.join("rehearsal.session.json");
    std::fs::write(&path, s.to_bytes()).unwrap();
    (s, path)
}

/// The texts the tour wrote beside its pictures.
fn texts(dir: &Path) -> Vec<serde_json::Value> {
    let file = dir.join("texts.json");
    let words = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("the tour wrote no {}: {e}", file.display()));
    serde_json::from_str(&words).expect("texts.json is a JSON list")
}

/// No text for players under 18 px and no card title under 20 px on any
/// picture, and the shots named by `must_have` list texts at all.
fn assert_floors(dir: &Path, must_have: &[&str]) {
    let texts = texts(dir);
    for name in must_have {
        assert!(
            texts
                .iter()
                .any(|t| t["shot"].as_str().unwrap().contains(name) && t["for"] == "players"),
            "texts.json lists no text for players on {name}"
        );
    }
    let small: Vec<String> = texts
        .iter()
        .filter(|t| {
            let px = t["px"].as_f64().unwrap();
            (t["for"] == "players" && px < 17.95) || (t["kind"] == "card-title" && px < 19.95)
        })
        .map(|t| format!("{} {}px {} {:?}", t["shot"], t["px"], t["kind"], t["text"]))
        .collect();
    assert!(
        small.is_empty(),
        "too small to read from the back: {small:#?}"
    );
}

/// Every text for players lies on the screen, whole: nothing runs off
/// its edge or below it.
fn assert_on_screen(dir: &Path) {
    let off: Vec<String> = texts(dir)
        .iter()
        .filter(|t| t["for"] == "players" && t["window"] == "room")
        .filter(|t| {
            let r: Vec<f64> = t["rect"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect();
            r[0] < -1.0 || r[1] < -1.0 || r[0] + r[2] > 1921.0 || r[1] + r[3] > 1081.0
        })
        .map(|t| format!("{} {:?} {}", t["shot"], t["text"], t["rect"]))
        .collect();
    assert!(off.is_empty(), "off the screen: {off:#?}");
}

/// Every text drawn in a group's zone (or its solution on the negotiate
/// screen) lies inside it, except on the shots named in `except`.
fn assert_inside_zones(dir: &Path, except: &[&str]) {
    let zones: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("zones.json")).unwrap()).unwrap();
    let rect = |v: &serde_json::Value| -> Vec<f64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .collect()
    };
    let mut outside = Vec::new();
    let mut checked = 0;
    for t in texts(dir) {
        let Some(g) = t["group"].as_u64() else {
            continue;
        };
        if except
            .iter()
            .any(|e| t["shot"].as_str().unwrap().contains(e))
        {
            continue;
        }
        let Some(zone) = zones
            .iter()
            .find(|z| z["shot"] == t["shot"] && z["group"].as_u64() == Some(g))
        else {
            continue;
        };
        checked += 1;
        let (z, r) = (rect(&zone["rect"]), rect(&t["rect"]));
        if r[0] < z[0] - 1.0
            || r[1] < z[1] - 1.0
            || r[0] + r[2] > z[2] + 1.0
            || r[1] + r[3] > z[3] + 1.0
        {
            outside.push(format!(
                "{} group {g}: {:?} at {r:?}, zone {z:?}",
                t["shot"], t["text"]
            ));
        }
    }
    assert!(checked > 50, "only {checked} texts were found in zones");
    assert!(outside.is_empty(), "texts outside their zone: {outside:#?}");
}

/// Every hand that pages holds as many cards a page as its box has room
/// for at the floors: computed from the box (inside its padding) and the
/// smallest card that shows every title of the hand whole, less one place
/// for the page control. And a solution that pages shows at least one card.
fn assert_fills_before_paging(dir: &Path) {
    let paged: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("paged.json")).unwrap()).unwrap();
    let f = |v: &serde_json::Value, i: usize| v.as_array().unwrap()[i].as_f64().unwrap();
    let hands = paged.iter().filter(|p| p["what"] == "hand").count();
    assert!(hands > 0, "paged.json lists no hand");
    let mut short = Vec::new();
    for p in &paged {
        let (shown, of) = (p["shown"].as_u64().unwrap(), p["of"].as_u64().unwrap());
        if shown >= of {
            continue;
        }
        if p["what"] == "solution" {
            if shown == 0 {
                short.push(format!("{p}"));
            }
            continue;
        }
        let (w, h) = (f(&p["size"], 0) - 12.0, f(&p["size"], 1) - 12.0);
        let (cw, ch) = (f(&p["least"], 0), f(&p["least"], 1));
        let room = (((w + 6.0) / (cw + 6.0)).floor() * ((h + 6.0) / (ch + 6.0)).floor()) as u64;
        if shown + 1 < room {
            short.push(format!("{p}: room for {room}"));
        }
    }
    assert!(
        short.is_empty(),
        "boxes that page before they fill: {short:#?}"
    );
}

/// On the wall, every group's zone shows at least `least` card titles.
fn assert_card_titles_on_the_wall(dir: &Path, least: usize) {
    let texts = texts(dir);
    let zones: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("zones.json")).unwrap()).unwrap();
    let wall: Vec<u64> = zones
        .iter()
        .filter(|z| {
            z["shot"]
                .as_str()
                .unwrap()
                .ends_with("-table-build-wall.png")
        })
        .map(|z| z["group"].as_u64().unwrap())
        .collect();
    assert!(!wall.is_empty(), "no zones on the wall");
    for g in wall {
        let titles = texts
            .iter()
            .filter(|t| {
                t["shot"]
                    .as_str()
                    .unwrap()
                    .ends_with("-table-build-wall.png")
                    && t["group"].as_u64() == Some(g)
                    && t["kind"] == "card-title"
            })
            .count();
        assert!(
            titles >= least,
            "group {g} shows only {titles} card titles on the wall"
        );
    }
}

/// The Noto faces the tour's texts needed (fonts.json).
fn faces_added(dir: &Path) -> Vec<String> {
    serde_json::from_str(&std::fs::read_to_string(dir.join("fonts.json")).unwrap()).unwrap()
}

#[test]
fn a_deck_in_eight_community_languages_is_drawn_and_shaped_everywhere() {
    if skip(false) {
        return;
    }
    // Polish, Bengali, Urdu, Chinese, Somali, Turkish, Greek and English,
    // in a room whose language is Urdu: the game's own words run right to
    // left too.
    let mut deck = livinglab::deck::load(&root().join("tests/decks/eight-languages.ron"))
        .unwrap()
        .deck;
    deck.language = Some("ur".into());
    let dir = shots_dir("tour-languages");
    tour_of(&deck, 2, &dir, &[]);
    // Every text on every screen, Bevy's and egui's, is in letters the
    // bundled fonts draw.
    let texts = texts(&dir);
    let mut undrawn: Vec<String> = texts
        .iter()
        .filter_map(|t| {
            let words = t["text"].as_str().unwrap();
            words
                .chars()
                .find(|c| !livinglab::deck::glyphs::drawable(*c))
                .map(|c| format!("{} {:?}: {c:?} (U+{:04X})", t["shot"], words, c as u32))
        })
        .collect();
    undrawn.dedup();
    assert!(
        undrawn.is_empty(),
        "letters no bundled font draws: {undrawn:#?}"
    );
    // The deck's scripts were on the screens, and their faces were added;
    // so were the game's own words in Urdu ("round", "facilitator").
    for script in ["বোর্ড", "اکیلے", "店主", "راؤنڈ", "سہولت"] {
        assert!(
            texts
                .iter()
                .any(|t| t["text"].as_str().unwrap().contains(script)),
            "no text with {script}"
        );
    }
    let faces = faces_added(&dir);
    for face in ["Noto Sans Bengali", "Noto Sans Arabic", "Noto Sans CJK SC"] {
        assert!(
            faces.iter().any(|f| f == face),
            "{face} was not added: {faces:?}"
        );
    }
    // Only the faces the deck needs.
    assert!(!faces.iter().any(|f| f == "Noto Sans Thai"), "{faces:?}");
    // The room reads right to left: the facilitator's panel is on the
    // left of the screen, and the table, its groups' names and its zones
    // to the panel's right.
    let (build, _) = shot(&dir, "table-build");
    let on_build = |whose: &str| {
        texts
            .iter()
            .filter(|t| t["shot"] == build.as_str() && t["for"] == whose)
            .map(|t| {
                let r = t["rect"].as_array().unwrap();
                (
                    r[0].as_f64().unwrap(),
                    r[0].as_f64().unwrap() + r[2].as_f64().unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    let panel_right = on_build("facilitator")
        .iter()
        .map(|r| r.1)
        .fold(0.0, f64::max);
    let table_left = on_build("players")
        .iter()
        .map(|r| r.0)
        .fold(f64::INFINITY, f64::min);
    assert!(
        panel_right > 0.0 && panel_right < 700.0 && panel_right <= table_left,
        "the panel ends at {panel_right}, the table's texts start at {table_left}"
    );
    let zones: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("zones.json")).unwrap()).unwrap();
    for zone in zones.iter().filter(|z| z["shot"] == build.as_str()) {
        let left = zone["rect"][0].as_f64().unwrap();
        assert!(
            left >= panel_right - 1.0,
            "a zone starts at {left}, under the panel"
        );
    }
    assert_floors(&dir, &["table-build"]);
    assert_inside_zones(&dir, &[]);
    assert_egui_draws_every_letter(&dir);
}

/// Every text egui drew on every shot has each of its characters in a
/// face of its font's family (the tour reads the faces egui was given).
fn assert_egui_draws_every_letter(dir: &Path) {
    let undrawn: Vec<String> = texts(dir)
        .iter()
        .filter(|t| t["kind"] == "egui" && t["undrawn"].as_str().is_some_and(|u| !u.is_empty()))
        .map(|t| format!("{} {:?}: {:?}", t["shot"], t["text"], t["undrawn"]))
        .collect();
    assert!(undrawn.is_empty(), "egui drew boxes for: {undrawn:#?}");
}

/// The shot whose name ends with `name`.
fn shot(dir: &Path, name: &str) -> (String, Picture) {
    let file = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(&format!("-{name}.png")))
        .unwrap_or_else(|| panic!("no picture of {name}"));
    let picture = Picture::png(&dir.join(&file));
    (file, picture)
}

/// The box of the first text on `shot` that starts with `words`.
fn text_box(texts: &[serde_json::Value], shot: &str, words: &str) -> [f64; 4] {
    let t = texts
        .iter()
        .find(|t| t["shot"] == shot && t["text"].as_str().unwrap().starts_with(words))
        .unwrap_or_else(|| panic!("no text {words:?} on {shot}"));
    let r: Vec<f64> = t["rect"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    [r[0], r[1], r[2], r[3]]
}

/// Pixels of `shot` inside `r` close to `colour`.
fn pixels_near(p: &Picture, r: [f64; 4], colour: [u8; 3]) -> usize {
    let mut n = 0;
    for y in r[1].max(0.0) as usize..((r[1] + r[3]) as usize).min(p.height) {
        for x in r[0].max(0.0) as usize..((r[0] + r[2]) as usize).min(p.width) {
            if close(p.at(x, y), colour) {
                n += 1;
            }
        }
    }
    n
}

/// A broken deck's problems, a long message for the room and the
/// facilitator's dialog lie on top of the table: on screen, where they are
/// said to be, not hidden under the zones or the timer.
fn assert_overlays_on_top(dir: &Path) {
    let texts = texts(dir);
    // The deck's problems: their red box at the top, with its words in it.
    let (name, problems) = shot(dir, "overlay-problems");
    let heading = text_box(&texts, &name, "The deck file has errors");
    let red = pixels_near(
        &problems,
        [
            heading[0] - 10.0,
            heading[1] - 10.0,
            heading[2] + 20.0,
            12.0,
        ],
        [120, 25, 20],
    );
    assert!(
        red > 500,
        "the deck's problems are not on top ({red} red pixels)"
    );
    // The message for the room: wrapped on its own green or red box over the table.
    let toast = texts
        .iter()
        .find(|t| {
            t["shot"] == name.as_str() && t["text"].as_str().unwrap().starts_with("“Corporate")
        })
        .expect("the long message on screen");
    assert_eq!(toast["for"], "players");
    let r = text_box(&texts, &name, "“Corporate");
    let px = toast["px"].as_f64().unwrap();
    assert!(r[3] > 2.5 * px, "the long message did not wrap: {r:?}");
    assert!(
        r[0] >= 0.0 && r[0] + r[2] <= problems.width as f64,
        "the message runs off the screen: {r:?}"
    );
    let fill = pixels_near(
        &problems,
        [r[0] - 8.0, r[1] - 8.0, r[2] + 16.0, 6.0],
        [150, 30, 25],
    );
    assert!(
        fill > 100,
        "the message's box is not on top ({fill} pixels)"
    );
    // The dialog lies over the big timer: where its question is, no red of
    // "Time is up" shows through.
    let (name, confirm) = shot(dir, "overlay-confirm");
    let question = text_box(&texts, &name, "Not every group is ready");
    let timer = text_box(&texts, &name, "Time is up");
    let overlap = question[0] < timer[0] + timer[2]
        && timer[0] < question[0] + question[2]
        && question[1] < timer[1] + timer[3]
        && timer[1] < question[1] + question[3];
    assert!(
        overlap,
        "the dialog {question:?} is not over the timer {timer:?}"
    );
    let alarm = pixels_near(&confirm, question, [255, 89, 77]);
    assert!(
        alarm < 20,
        "the timer shows through the dialog ({alarm} red pixels)"
    );
    // Without the dialog, the same place shows the timer's red: the
    // check above can see it.
    let (_, open) = shot(dir, "table-build-open");
    let bare = pixels_near(&open, question, [255, 89, 77]);
    assert!(
        bare > 500,
        "the timer's red is not where the dialog would be ({bare})"
    );
}

/// The tour of a rehearsed session (seed 7) of `groups` groups into `dir`,
/// with the game's `extra` options.
fn tour_of(deck: &livinglab::deck::Deck, groups: usize, dir: &Path, extra: &[&str]) {
    let work = tempdir();
    let s = session::rehearse(deck, groups, 7, T0).unwrap();
    let file = work.path().join("rehearsal.session.json");
    std::fs::write(&file, s.to_bytes()).unwrap();
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1920x1080x24"])
        .arg(game())
        .arg("--data-dir")
        .arg(work.path())
        .arg("--tour")
        .arg(&file)
        .arg("--screenshots")
        .arg(dir)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the tour of {groups} groups failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn eight_four_and_two_groups_are_readable_from_the_back_and_stay_in_their_zones() {
    if skip(false) {
        return;
    }
    // The Hub deck seats eight groups: the fullest table.
    let eight = shots_dir("tour-8");
    tour_of(&hub(), 8, &eight, &[]);
    assert_floors(
        &eight,
        &[
            "table-build",
            "briefing",
            "present",
            "negotiate",
            "report-back",
            "vote-open",
            "vote",
            "debrief",
        ],
    );
    assert_inside_zones(&eight, &[]);
    assert_on_screen(&eight);
    assert_fills_before_paging(&eight);
    assert_card_titles_on_the_wall(&eight, 3);
    // A room that reads Latin script holds none of the other scripts' fonts.
    assert_eq!(faces_added(&eight), Vec::<String>::new());
    // The vote shows all eight solutions at once, and every group's dots.
    let texts8 = texts(&eight);
    let on_vote = |kind: &str, f: &dyn Fn(&str) -> bool| {
        texts8
            .iter()
            .filter(|t| {
                t["shot"].as_str().unwrap().ends_with("-vote-open.png")
                    && t["kind"] == kind
                    && f(t["text"].as_str().unwrap())
            })
            .count()
    };
    assert_eq!(
        on_vote("group-name", &|_| true),
        8,
        "not every solution on the vote"
    );
    assert_eq!(
        on_vote("button", &|t| t.contains(" left")),
        8,
        "not every group's tray of dots"
    );
    // And the debrief every solution of the last round on one page.
    let on_debrief = texts8
        .iter()
        .filter(|t| {
            t["shot"].as_str().unwrap().ends_with("-debrief.png") && t["kind"] == "group-name"
        })
        .count();
    assert_eq!(on_debrief, 8, "not every solution on the debrief");
    let four = shots_dir("tour-4");
    tour_of(&hub(), 4, &four, &[]);
    assert_floors(&four, &["table-build", "vote-open", "debrief"]);
    assert_inside_zones(&four, &[]);
    assert_on_screen(&four);
    assert_fills_before_paging(&four);
    assert_card_titles_on_the_wall(&four, 3);
    // Two groups, with the neighbourhood deck (it has pictures): the cards
    // grow into the room they have.
    let neighbourhood =
        livinglab::deck::load(&root().join("scenarios/neighbourhood-living-lab.ron"))
            .unwrap()
            .deck;
    let two = shots_dir("tour-2");
    tour_of(&neighbourhood, 2, &two, &[]);
    assert_floors(&two, &["table-build", "present", "vote-open"]);
    assert_inside_zones(&two, &[]);
    assert_on_screen(&two);
    assert_fills_before_paging(&two);
    assert_card_titles_on_the_wall(&two, 3);
    // Cards grow with the room they have, as far as a whole hand still
    // shows (a hand of six at 28 px would page; it shows whole at 26).
    let least = texts(&two)
        .iter()
        .filter(|t| {
            t["kind"] == "card-title" && t["shot"].as_str().unwrap().contains("table-build")
        })
        .map(|t| t["px"].as_f64().unwrap())
        .fold(f64::MAX, f64::min);
    assert!(
        least >= 25.95,
        "with two groups a card title is only {least} px"
    );
    // A card shown large shows its picture (the welcome visit's house, on
    // its cream ground), read from beside the bundled deck.
    let (name, card) = shot(&two, "overlay-card");
    let title = text_box(&texts(&two), &name, "Welcome visits");
    let below = [title[0], title[1] + title[3], 500.0, 400.0];
    let cream = pixels_near(&card, below, [250, 246, 236]);
    let door = pixels_near(&card, below, [250, 191, 46]);
    assert!(
        cream > 20_000,
        "no picture under the card's title ({cream} cream pixels)"
    );
    assert!(
        door > 1_000,
        "the picture is not the house ({door} door pixels)"
    );
    // On the table, a pictured card in a hand shows its picture small, in
    // its label's line: the tour lists it on its card, and the picture's
    // cream ground is there on the screen.
    let (name, open) = shot(&two, "table-build-open");
    let pictures: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(two.join("pictures.json")).unwrap()).unwrap();
    let on_cards: Vec<(String, f64)> = pictures
        .iter()
        .filter(|p| p["shot"] == name.as_str() && p["card"].is_string())
        .map(|p| {
            let r: Vec<f64> = p["rect"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect();
            let cream = pixels_near(&open, [r[0], r[1], r[2], r[3]], [250, 246, 236]);
            (
                p["card"].as_str().unwrap().to_string(),
                cream as f64 / (r[2] * r[3]).max(1.0),
            )
        })
        .collect();
    assert!(
        !on_cards.is_empty(),
        "no picture on a card on the table: {pictures:?}"
    );
    for (card, cream) in &on_cards {
        let pictured = neighbourhood
            .ideas
            .iter()
            .chain(&neighbourhood.methods)
            .any(|c| &c.id == card && c.image.is_some());
        assert!(pictured, "a picture on {card}, which has none");
        assert!(
            *cream > 0.3,
            "the picture on {card} is not drawn ({cream:.2} of it cream)"
        );
    }
}

#[test]
fn the_presenter_console_takes_the_panel_off_the_rooms_screen() {
    if skip(false) {
        return;
    }
    let dir = shots_dir("console");
    tour_of(&hub(), 6, &dir, &["--console"]);
    // Both windows are pictured at every stop, and neither is blank.
    for screen in ["setup", "table-build", "overlay-confirm", "vote", "debrief"] {
        for suffix in ["", "-console"] {
            let (name, p) = shot(&dir, &format!("{screen}{suffix}"));
            assert!(p.colours() > 20, "{name} looks blank");
        }
    }
    let texts = texts(&dir);
    let on = |shot: &str, window: &str, words: &str| {
        texts.iter().any(|t| {
            t["shot"].as_str().unwrap().contains(shot)
                && !t["shot"].as_str().unwrap().contains("console")
                && t["window"] == window
                && t["text"].as_str().unwrap().starts_with(words)
        })
    };
    // The panel and the dialog are on the console, not the room's screen.
    assert!(
        on("table-build", "console", "Next phase"),
        "no panel on the console"
    );
    assert!(
        !on("table-build", "room", "Next phase"),
        "the panel is still on the room's screen"
    );
    assert!(on("overlay-confirm", "console", "Not every group is ready"));
    assert!(!on("overlay-confirm", "room", "Not every group is ready"));
    // What players read stays on the room's screen.
    assert!(
        on("overlay-problems", "room", "“Corporate"),
        "the message left the room's screen"
    );
    // Without the panel, the table takes the whole width of the room's screen.
    let zones: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("zones.json")).unwrap()).unwrap();
    let right = zones
        .iter()
        .map(|z| z["rect"][2].as_f64().unwrap())
        .fold(0.0, f64::max);
    assert!(
        right > 1880.0,
        "the table ends at x = {right}, leaving room for a panel"
    );
    // With the whole width, the hands still fill before they page.
    assert_fills_before_paging(&dir);
    // And its texts are the facilitator's.
    assert!(
        texts
            .iter()
            .filter(|t| t["window"] == "console")
            .all(|t| t["for"] == "facilitator")
    );
}

#[test]
fn every_screen_of_a_rehearsed_session_renders() {
    if skip(false) {
        return;
    }
    let dir = shots_dir("tour");
    tour_of(&hub(), 6, &dir, &[]);
    let names: Vec<String> = {
        let mut v: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".png"))
            .collect();
        v.sort();
        v
    };
    for screen in [
        "title",
        "deck-browser",
        "setup",
        "table-roles",
        "table-challenge",
        "table-build",
        "table-build-open",
        "table-build-wall",
        "briefing",
        "present",
        "negotiate",
        "report-back",
        "vote-open",
        "vote",
        "debrief",
    ] {
        assert!(
            names.iter().any(|n| n.ends_with(&format!("-{screen}.png"))),
            "no picture of {screen}: {names:?}"
        );
    }
    for name in &names {
        let p = Picture::png(&dir.join(name));
        assert!(
            p.colours() > 40,
            "{name} looks blank ({} colours)",
            p.colours()
        );
    }
    // Readable from the back of the room: every text for players at
    // 18 px or more, every card title at 20 px or more.
    assert_floors(&dir, &["table-build"]);
    assert_inside_zones(&dir, &[]);
    assert_on_screen(&dir);
    assert_overlays_on_top(&dir);
    assert_fills_before_paging(&dir);
    assert_card_titles_on_the_wall(&dir, 3);
    assert_egui_draws_every_letter(&dir);
    // The room's language picker, open in an English room, shows every
    // language the game speaks by its own name ("اردو", "বাংলা"), each
    // in faces that draw it (checked above).
    let texts = texts(&dir);
    let (languages, _) = shot(&dir, "setup-languages");
    for tag in livinglab::words::shipped() {
        let name = livinglab::words::get(tag).name();
        assert!(
            texts
                .iter()
                .any(|t| t["shot"] == languages.as_str() && t["text"] == name.as_str()),
            "the picker does not show {name}"
        );
    }
    // The present screen: the solution's title at 56 px or more, and every
    // card with its full text at 24 px or more.
    let present: Vec<&serde_json::Value> = texts
        .iter()
        .filter(|t| t["shot"].as_str().unwrap().ends_with("-present.png") && t["for"] == "players")
        .collect();
    let px = |t: &serde_json::Value| t["px"].as_f64().unwrap();
    assert!(
        present.iter().any(|t| px(t) >= 55.95),
        "no solution title of 56 px on the present screen"
    );
    let card_texts = present
        .iter()
        .filter(|t| t["text"].as_str().unwrap().chars().count() > 40 && px(t) >= 23.95)
        .count();
    assert!(
        card_texts >= 3,
        "only {card_texts} card texts of 24 px on the present screen"
    );
    // The room's screens say what the room needs: who delivers each
    // solution, the support a reporting group received, the vote's totals.
    let said = |shot: &str, words: &str| {
        texts
            .iter()
            .filter(|t| {
                t["shot"]
                    .as_str()
                    .unwrap()
                    .ends_with(&format!("-{shot}.png"))
                    && t["for"] == "players"
                    && t["text"].as_str().unwrap().starts_with(words)
            })
            .count()
    };
    assert_eq!(
        said("debrief", "Will deliver:"),
        6,
        "the debrief's deliverers"
    );
    assert_eq!(said("report-back", "Support received:"), 1);
    assert_eq!(said("report-back", "Will deliver it:"), 1);
    assert_eq!(said("vote", "Total"), 1, "the closed vote's totals");
    assert_eq!(
        said("vote-open", "Total"),
        0,
        "totals before the vote closes"
    );
    // Each group's zone is where its seat says, with its colour on its border.
    let zones: Vec<serde_json::Value> = serde_json::from_str::<Vec<serde_json::Value>>(
        &std::fs::read_to_string(dir.join("zones.json")).unwrap(),
    )
    .unwrap()
    .into_iter()
    .filter(|z| z["seat"] != "negotiate")
    .collect();
    assert_eq!(
        zones.len(),
        30,
        "six zones in each picture of the table: roles, challenge and three of the build"
    );
    for z in &zones {
        let shot = Picture::png(&dir.join(z["shot"].as_str().unwrap()));
        let r: Vec<f64> = z["rect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        let (cx, cy) = ((r[0] + r[2]) / 2.0, (r[1] + r[3]) / 2.0);
        let (w, h) = (shot.width as f64, shot.height as f64);
        match z["seat"].as_str().unwrap() {
            "bottom" => assert!(cy > h / 2.0, "{z}"),
            "top" => assert!(cy < h / 2.0, "{z}"),
            "left" => assert!(cx < w / 2.0, "{z}"),
            "right" => assert!(cx > w / 2.0, "{z}"),
            "wall" => assert!(r[1] > 40.0, "{z}"),
            other => panic!("unknown seat {other}"),
        }
        let colour = hex(z["colour"].as_str().unwrap());
        // The middle of each edge: the border (a few pixels wide) is in the group's colour.
        let edges = [
            (cx, r[1], 0.0, 1.0),
            (cx, r[3], 0.0, -1.0),
            (r[0], cy, 1.0, 0.0),
            (r[2], cy, -1.0, 0.0),
        ];
        let outlined = edges
            .iter()
            .filter(|(x, y, dx, dy)| {
                (0..8).any(|i| {
                    close(
                        shot.at((x + dx * i as f64) as usize, (y + dy * i as f64) as usize),
                        colour,
                    )
                })
            })
            .count();
        assert!(
            outlined >= 3,
            "the zone of group {} in {} is not outlined in its colour {colour:?}",
            z["group"],
            z["shot"]
        );
    }
}

#[test]
fn the_game_rests_when_idle_and_still_shows_the_whole_table() {
    if skip(true) {
        return;
    }
    let dir = shots_dir("idle");
    let work = tempdir();
    // A session in the build with the timer paused: nothing moves.
    let (full, _) = rehearsed(work.path());
    let end_of_build = (1..full.log().len())
        .rev()
        .find(|&n| {
            let s = Session::replay(hub(), 7, T0, full.log()[..n].to_vec(), vec![]).unwrap();
            s.state().phase == Phase::Build
        })
        .unwrap();
    let mut s = Session::replay(hub(), 7, T0, full.log()[..end_of_build].to_vec(), vec![]).unwrap();
    if s.state().timer.is_running() {
        let at = s.state().now + 1000;
        s.act(Action::PauseTimer, at).unwrap();
    }
    let file = work.path().join("build.session.json");
    std::fs::write(&file, s.to_bytes()).unwrap();
    // The same table twice in one run: resting as the game does, then
    // forced to draw every frame. Every mark is measured from the game's
    // first frame (its frame log is written), not from the start of the
    // process, which a busy machine can delay by seconds: the resume message
    // is looked for 2.5 s after it, frames are counted over the twelve idle
    // seconds from 8 s after it, once the message has gone.
    let capture = dir.join("8-seconds-after-the-first-frame.xwd");
    // Screens taken every half second until then: on a busy machine the
    // first frames come slowly, so the message is looked for in all of them.
    let early = |n: usize| dir.join(format!("{}-ms-after-the-first-frame.xwd", n * 500));
    let run = |name: &str, extra: &str, grab: bool| {
        let frames = work.path().join(format!("{name}.frames"));
        let early: String = if grab {
            (1..=15)
                .map(|n| format!("sleep 0.5; xwd -root -silent > {}; ", early(n).display()))
                .collect()
        } else {
            "sleep 7.5; ".into()
        };
        format!(
            "{game} --resume {file} --data-dir {data} --frame-log {frames} {extra} & pid=$!; \
             i=0; while [ ! -s {frames} ] && [ $i -lt 1200 ]; do sleep 0.1; i=$((i+1)); done; \
             {early} sleep 0.5; cp {frames} {frames}.start; {grab} \
             sleep 12; cp {frames} {frames}.end; kill $pid; wait $pid 2>/dev/null; ",
            game = game().display(),
            file = file.display(),
            data = work.path().join(name).display(),
            frames = frames.display(),
            grab = if grab {
                format!("xwd -root -silent > {};", capture.display())
            } else {
                String::new()
            },
        )
    };
    // Resting, the game also serves devices, and takes 2,000 bad requests
    // during the idle seconds: none may wake it.
    let port = std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let script = format!(
        "{} {} true",
        run("resting", &format!("--devices --port {port}"), true),
        run("continuous", "--draw-continuously", false)
    );
    // The flood comes in the idle seconds: once the resting game's frames
    // start to be counted.
    let counting = work.path().join("resting.frames.start");
    let flood = std::thread::spawn(move || {
        let waited = std::time::Instant::now();
        while !counting.exists() && waited.elapsed() < Duration::from_secs(150) {
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(Duration::from_millis(1000));
        let mut answered = 0;
        for i in 0..2000 {
            let path = [
                "/api/state",
                "/api/act",
                "/join/XXXX",
                "/nowhere",
                "/api/host",
                "/host/00000000000000000000000000000000",
            ][i % 6];
            let r = http(
                port,
                if i % 2 == 0 { "GET" } else { "POST" },
                path,
                Some("livinglab_device=bad"),
                b"{}",
            );
            if r.status != 0 {
                answered += 1;
            }
        }
        answered
    });
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1920x1080x24", "sh", "-c", &script])
        .output()
        .unwrap();
    let answered = flood.join().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!(":{port}/join/")) && stdout.contains("join: http://"),
        "the game did not print its join line: {stdout}"
    );
    // And the facilitator's remote, with its secret of 128 bits in hex.
    let host = stdout
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .unwrap_or_else(|| panic!("the game did not print its host line: {stdout}"));
    let secret = host.rsplit_once("/host/").map_or("", |(_, s)| s);
    assert!(
        host.contains(&format!(":{port}/host/"))
            && secret.len() == 32
            && secret.chars().all(|c| c.is_ascii_hexdigit()),
        "{host}"
    );
    assert_eq!(answered, 2000, "the server stopped answering bad requests");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read = |name: &str, suffix: &str| -> u64 {
        let path = work.path().join(format!("{name}.frames{suffix}"));
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .trim()
            .parse()
            .unwrap()
    };
    let resting = read("resting", ".end") - read("resting", ".start");
    let continuous = read("continuous", ".end") - read("continuous", ".start");
    eprintln!("frames in 12 idle seconds: resting {resting}, drawing continuously {continuous}");
    assert!(
        read("resting", ".start") >= 1,
        "the game drew no frame in the 8 seconds after its first"
    );
    assert!(
        continuous >= 2,
        "drawing continuously, the game drew only {continuous} frames in 12 s: the comparison means nothing"
    );
    assert!(
        resting * 10 <= continuous,
        "resting, the game drew {resting} frames in 12 idle seconds; drawing continuously, {continuous}: resting must draw at most a tenth"
    );
    // The message that the session resumed goes without waking the game
    // again afterwards (a change of the window's update mode used to cost
    // a frame then, and two more one wait later).
    assert!(
        resting <= 1,
        "resting, the game drew {resting} frames in the 12 idle seconds after its resume"
    );
    let dump = std::fs::read(&capture).unwrap();
    assert!(
        dump.len() > 100,
        "no screen dump was taken: is `xwd` installed? (apt-get install x11-apps; .ci/run does)"
    );
    let shot = Picture::xwd(&dump);
    assert!(
        shot.colours() > 40,
        "the window captured 8 s after the first frame is blank ({} colours)",
        shot.colours()
    );
    for g in &s.state().groups {
        let [r, gr, b] = g.colour.0;
        assert!(
            shot.count_near([r, gr, b]) > 400,
            "group {} is not on screen 8 s after the first frame",
            g.name
        );
    }
    // The message that the session resumed (five seconds, on its green)
    // showed in the first seconds after the first frame, and has gone from
    // the screen by 8 s.
    let before: Vec<usize> = (1..=15)
        .map(|n| Picture::xwd(&std::fs::read(early(n)).unwrap()).count_near([30, 100, 50]))
        .collect();
    let after = shot.count_near([30, 100, 50]);
    let most = before.iter().copied().max().unwrap_or(0);
    assert!(
        most > after + 5_000,
        "the resume message did not show, then go: at most {most} pixels of its green in the 7.5 s after the first frame ({before:?}), {after} 8 s after it"
    );
    std::thread::sleep(Duration::from_millis(10));
}

/// The floor app of `scripts/bench-app`, built beside this test.
fn floor() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile = exe.parent().and_then(Path::parent).unwrap();
    profile.join("examples").join("floor")
}

#[test]
fn the_floor_rests_like_the_game() {
    if skip(true) {
        return;
    }
    let floor = floor();
    assert!(
        floor.exists(),
        "{} is missing: `cargo test --features probe` builds it",
        floor.display()
    );
    let work = tempdir();
    let frames = work.path().join("floor.frames");
    let script = format!(
        "{floor} --frame-log {frames} & pid=$!; sleep 8; cp {frames} {frames}.start; \
         sleep 6; cp {frames} {frames}.end; kill $pid; wait $pid 2>/dev/null; true",
        floor = floor.display(),
        frames = frames.display(),
    );
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1920x1080x24", "sh", "-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read = |suffix: &str| -> u64 {
        let path = work.path().join(format!("floor.frames{suffix}"));
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .trim()
            .parse()
            .unwrap()
    };
    let (start, end) = (read(".start"), read(".end"));
    eprintln!(
        "the floor drew {start} frames in 8 s, then {} in 6 idle seconds",
        end - start
    );
    assert!(start >= 1, "the floor drew nothing");
    assert!(
        end - start <= 2,
        "the floor drew {} frames in 6 idle seconds: it does not rest",
        end - start
    );
}

#[test]
fn the_rooms_screens_rest_when_idle() {
    if skip(true) {
        return;
    }
    let work = tempdir();
    let (full, _) = rehearsed(work.path());
    // The last moment of each room screen's phase in round 1, timer paused.
    let mut script = String::new();
    let mut names = Vec::new();
    for phase in [Phase::Briefing, Phase::Present, Phase::Vote, Phase::Debrief] {
        let n = (1..=full.log().len())
            .rev()
            .find(|&n| {
                let s = Session::replay(hub(), 7, T0, full.log()[..n].to_vec(), vec![]).unwrap();
                s.state().phase == phase && (s.state().round <= 1 || phase == Phase::Debrief)
            })
            .unwrap();
        let mut s = Session::replay(hub(), 7, T0, full.log()[..n].to_vec(), vec![]).unwrap();
        if s.state().timer.is_running() {
            let at = s.state().now + 1000;
            s.act(Action::PauseTimer, at).unwrap();
        }
        if s.state().presenting.is_some() {
            let at = s.state().now + 1000;
            s.act(Action::EndPresentation, at).unwrap();
        }
        let name = phase.name().to_lowercase();
        let file = work.path().join(format!("{name}.session.json"));
        std::fs::write(&file, s.to_bytes()).unwrap();
        let frames = work.path().join(format!("{name}.frames"));
        // Measured once the game has come to rest (no frame for two
        // seconds, from its first frame on, at most a minute): a busy
        // machine slows its start, not what resting means.
        script.push_str(&format!(
            "{game} --resume {file} --data-dir {data} --frame-log {frames} & pid=$!; \
             i=0; while [ ! -s {frames} ] && [ $i -lt 1200 ]; do sleep 0.1; i=$((i+1)); done; \
             last=-1; i=0; while [ \"$(cat {frames})\" != \"$last\" ] && [ $i -lt 30 ]; do \
             last=$(cat {frames}); sleep 2; i=$((i+1)); done; \
             cp {frames} {frames}.start; sleep 6; cp {frames} {frames}.end; \
             kill $pid; wait $pid 2>/dev/null; ",
            game = game().display(),
            file = file.display(),
            data = work.path().join(&name).display(),
            frames = frames.display(),
        ));
        names.push(name);
    }
    script.push_str("true");
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1920x1080x24", "sh", "-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in names {
        let read = |suffix: &str| -> u64 {
            let path = work.path().join(format!("{name}.frames{suffix}"));
            std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .trim()
                .parse()
                .unwrap()
        };
        assert!(read(".start") >= 1, "the {name} screen drew no frame");
        let resting = read(".end") - read(".start");
        assert!(
            resting <= 1,
            "the {name} screen drew {resting} frames in 6 idle seconds"
        );
    }
}

#[test]
fn the_game_started_with_lobby_and_hold_text_keeps_devices_and_their_words_at_the_door() {
    if skip(false) {
        return;
    }
    let work = tempdir();
    let file = work.path().join("build.session.json");
    std::fs::write(&file, at(Phase::Build, 2).to_bytes()).unwrap();
    let port = std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = work.path().join("out.txt");
    let done = work.path().join("done");
    let script = format!(
        "{game} --resume {file} --data-dir {data} --devices --port {port} --lobby --hold-text > {out} & pid=$!; \
         i=0; while [ ! -e {done} ] && [ $i -lt 1800 ]; do sleep 0.1; i=$((i+1)); done; \
         kill $pid; wait $pid 2>/dev/null; true",
        game = game().display(),
        file = file.display(),
        data = work.path().join("data").display(),
        out = out.display(),
        done = done.display(),
    );
    let game = std::process::Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1920x1080x24", "sh", "-c", &script])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Whatever happens, the game is told to stop.
    struct Stop(PathBuf, std::process::Child);
    impl Drop for Stop {
        fn drop(&mut self) {
            let _ = std::fs::write(&self.0, "");
            let _ = self.1.wait();
        }
    }
    let _stop = Stop(done.clone(), game);
    let start = std::time::Instant::now();
    let printed = loop {
        let text = std::fs::read_to_string(&out).unwrap_or_default();
        if text.contains("host: ") {
            break text;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "the game printed no host line: {text}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let line = |prefix: &str| -> String {
        printed
            .lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap()
            .to_string()
    };
    let code = line("join: ").rsplit_once("/join/").unwrap().1.to_string();
    let host_path = format!("/host/{}", line("host: ").rsplit_once("/host/").unwrap().1);
    let join = |group: usize, name: &str| join_device(port, &code, group, name);
    let host = cookie_set_by(&http(port, "GET", &host_path, None, b""));
    let ask = |body: serde_json::Value| {
        let r = http(
            port,
            "POST",
            "/api/host",
            Some(&host),
            body.to_string().as_bytes(),
        );
        assert_eq!(r.status, 200, "{}", r.body);
    };
    let host_state = || -> serde_json::Value {
        let r = http(port, "GET", "/api/host", Some(&host), b"");
        assert_eq!(r.status, 200, "{}", r.body);
        serde_json::from_str(&r.body).unwrap()
    };
    // --lobby: a device waits and can do nothing.
    let ana = join(0, "Ana");
    assert_eq!(http(port, "GET", "/api/state", Some(&ana), b"").status, 202);
    let write = serde_json::json!({ "do": "write", "title": "Tea rota", "text": "Each member hosts a tea in turn" });
    let r = http(
        port,
        "POST",
        "/api/act",
        Some(&ana),
        write.to_string().as_bytes(),
    );
    assert_eq!(r.status, 403, "{}", r.body);
    // Admitted from the host page, with a teammate.
    let ben = join(0, "Ben");
    for d in host_state()["devices"].as_array().unwrap() {
        ask(serde_json::json!({ "do": "admit", "device": d["id"] }));
    }
    assert_eq!(http(port, "GET", "/api/state", Some(&ana), b"").status, 200);
    // --hold-text: the idea waits, on no teammate's view, until approved.
    let r = http(
        port,
        "POST",
        "/api/act",
        Some(&ana),
        write.to_string().as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let held = host_state()["held"].clone();
    assert_eq!(held[0]["title"], "Tea rota", "{held}");
    let teammate = http(port, "GET", "/api/state", Some(&ben), b"");
    assert!(!teammate.body.contains("Tea rota"), "{}", teammate.body);
    ask(serde_json::json!({ "do": "approve", "number": held[0]["number"] }));
    let start = std::time::Instant::now();
    while !http(port, "GET", "/api/state", Some(&ben), b"")
        .body
        .contains("Tea rota")
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the teammate never saw it"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // The remote control's undo takes the approval back: the idea goes
    // back to the queue, off the teammate's view.
    ask(serde_json::json!({ "do": "undo" }));
    let start = std::time::Instant::now();
    while host_state()["held"][0]["title"] != "Tea rota" {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "undo did not bring the text back"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // Removed: refused, and its browser's new join too.
    let id = host_state()["devices"][0]["id"].clone();
    ask(serde_json::json!({ "do": "remove", "device": id }));
    let body = serde_json::json!({ "code": code, "group": 1 }).to_string();
    let r = http(port, "POST", "/api/join", Some(&ana), body.as_bytes());
    assert_eq!(r.status, 403, "{}", r.body);
}
