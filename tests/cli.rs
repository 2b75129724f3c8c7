//! The command line as organisers and facilitators use it.

mod common;

use std::process::Command;

use common::*;

fn livinglab(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_livinglab"))
        .args(args)
        .output()
        .expect("run livinglab");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_prints_ok_with_the_counts_for_a_valid_deck() {
    let hub = hub_path();
    let (code, out, _) = livinglab(&["check", hub.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!(
            "ok {}: 19 roles, 14 challenges, 36 ideas, 24 methods, 7 criteria",
            hub.display()
        )
    );
}

#[test]
fn check_prints_path_line_col_and_exits_1_for_a_broken_deck() {
    let dir = tempdir();
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        "Deck(\n    format: 1,\n    id: \"x\",\n    titel: \"oops\",\n)",
    )
    .unwrap();
    let (code, out, _) = livinglab(&[
        "check",
        path.to_str().unwrap(),
        hub_path().to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    let first = out.lines().next().unwrap();
    assert_eq!(
        first,
        format!(
            "{}:4:5: unknown field `titel` in `Deck` (did you mean `title`?); the fields are: format, id, title, summary, source, language, languages, briefing, roles, challenges, ideas, methods, criteria, levels, support, rules",
            path.display()
        )
    );
    assert!(out.contains("4 |     titel: \"oops\","), "{out}");
    assert!(
        out.contains("ok "),
        "the valid deck is still reported: {out}"
    );
}

#[test]
fn check_survives_binary_garbage_and_a_huge_file() {
    let dir = tempdir();
    let garbage = dir.path().join("garbage.ron");
    std::fs::write(
        &garbage,
        (0..=255u8).cycle().take(10_000).collect::<Vec<u8>>(),
    )
    .unwrap();
    let huge = dir.path().join("huge.ron");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(40 * 1024 * 1024)
        .unwrap();
    let (code, out, err) = livinglab(&["check", garbage.to_str().unwrap(), huge.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("not UTF-8"), "{out}");
    assert!(out.contains("at most 4 MiB"), "{out}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn new_writes_a_starter_deck_that_passes_check_and_never_overwrites() {
    let dir = tempdir();
    let path = dir.path().join("our-street.ron");
    let p = path.to_str().unwrap();
    let (code, out, _) = livinglab(&["new", p]);
    assert_eq!(code, 0, "{out}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("id: \"our-street\""));
    assert!(text.contains("// "), "the starter deck is commented");
    let (code, out, _) = livinglab(&["check", p]);
    assert_eq!(code, 0, "{out}");
    std::fs::write(&path, "mine").unwrap();
    let (code, _, err) = livinglab(&["new", p]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
}

#[test]
fn rehearse_is_byte_identical_for_the_same_seed_and_start() {
    let dir = tempdir();
    let hub = hub_path();
    let mut files = Vec::new();
    for out in ["a", "b"] {
        let out = dir.path().join(out);
        let (code, stdout, err) = livinglab(&[
            "rehearse",
            hub.to_str().unwrap(),
            "--groups",
            "6",
            "--seed",
            "2017",
            "--start",
            "2017-11-16T14:00:00Z",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(stdout.contains("with 6 groups, seed 2017"), "{stdout}");
        let name = "hub-for-london-20171116-1400-07e1.session.json";
        files.push(std::fs::read(out.join(name)).unwrap());
    }
    assert_eq!(files[0], files[1]);
    let session = livinglab::session::Session::from_bytes(&files[0]).unwrap();
    assert_eq!(session.state().phase, livinglab::session::Phase::Debrief);
}

#[test]
fn rehearse_refuses_more_groups_than_the_deck_seats() {
    let dir = tempdir();
    let deck = dir.path().join("small.ron");
    livinglab(&["new", deck.to_str().unwrap()]);
    let (code, _, err) = livinglab(&[
        "rehearse",
        deck.to_str().unwrap(),
        "--groups",
        "5",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("seats at most 2 groups"), "{err}");
    let (code, _, err) = livinglab(&[
        "rehearse",
        deck.to_str().unwrap(),
        "--groups",
        "1",
        "--start",
        "yesterday",
        "--out",
        "x",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("--start: \"yesterday\" is not a time"),
        "{err}"
    );
}

#[test]
fn rehearse_with_a_set_per_group_seats_six_groups_with_eight_ideas_and_hands_of_four() {
    let dir = tempdir();
    let deck = dir.path().join("eight.ron");
    livinglab(&["new", deck.to_str().unwrap()]);
    // The starter deck, grown to 8 ideas and dealt in hands of 4.
    let text = std::fs::read_to_string(&deck).unwrap();
    let more = r#"ideas: [
        Card(id: "time-bank", title: "Time bank", text: "An hour given is an hour banked."),
        Card(id: "tool-library", title: "Tool library", text: "Lend and borrow tools."),"#;
    let text = text
        .replacen("ideas: [", more, 1)
        .replace("hand: Hand(ideas: 3,", "hand: Hand(ideas: 4,");
    std::fs::write(&deck, text).unwrap();
    let (code, stdout, err) = livinglab(&["check", deck.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("8 ideas"), "{stdout}");
    let out = dir.path().join("out");
    let args = |cards: Option<&'static str>| {
        let mut a = vec![
            "rehearse".to_string(),
            deck.to_str().unwrap().to_string(),
            "--groups".into(),
            "6".into(),
            "--seed".into(),
            "3".into(),
            "--out".into(),
            out.to_str().unwrap().to_string(),
        ];
        if let Some(c) = cards {
            a.extend(["--cards".to_string(), c.to_string()]);
        }
        a
    };
    let run = |a: Vec<String>| livinglab(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let (code, _, err) = run(args(None));
    assert_eq!(code, 1);
    assert!(err.contains("--cards per-group"), "{err}");
    let (code, stdout, err) = run(args(Some("per-group")));
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.contains("with 6 groups (a set of cards per group), seed 3"),
        "{stdout}"
    );
    let file = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".session.json"))
        .unwrap();
    let session = livinglab::session::Session::from_bytes(&std::fs::read(file).unwrap()).unwrap();
    assert_eq!(session.state().phase, livinglab::session::Phase::Debrief);
    assert_eq!(session.state().groups.len(), 6);
    session.state().check_cards(session.deck()).unwrap();
    // The report's network joins the copies of a card into one node.
    let report = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .unwrap();
    let nodes = std::fs::read_to_string(report.join("network-elements.csv")).unwrap();
    assert!(!nodes.contains('@'), "{nodes}");
    let ideas = nodes.lines().filter(|l| l.starts_with("idea:")).count();
    assert!(
        (1..=8).contains(&ideas),
        "{ideas} idea nodes for 8 ideas:\n{nodes}"
    );
}

/// A rehearsed session file whose deck was changed by `edit`, with its
/// checksum recomputed so that only validation can catch it.
fn crafted_session(
    dir: &std::path::Path,
    edit: impl FnOnce(&mut livinglab::deck::Deck),
) -> std::path::PathBuf {
    let played = livinglab::session::rehearse(&hub(), 3, 9, T0).unwrap();
    let mut file = played.to_file();
    edit(&mut file.deck);
    file.deck_sha256 = livinglab::session::file::deck_sha256(&file.deck);
    let path = dir.join("crafted.session.json");
    std::fs::write(&path, serde_json::to_vec(&file).unwrap()).unwrap();
    path
}

#[test]
fn report_refuses_a_session_file_whose_deck_id_is_a_path() {
    let dir = tempdir();
    let path = crafted_session(dir.path(), |d| d.id = "../../x".into());
    let out = dir.path().join("a/b/reports");
    let (code, _, err) = livinglab(&[
        "report",
        path.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("breaks the rules of a deck"), "{err}");
    assert!(err.contains("\"../../x\""), "{err}");
    assert!(!out.exists(), "nothing is written");
    assert!(!dir.path().join("x").exists() && !dir.path().join("a/x").exists());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "only the crafted file is there: {names:?}");
    // The game's own loader says the same.
    let e = livinglab::session::load(&path).unwrap_err();
    assert!(e.message.contains("breaks the rules of a deck"), "{e}");
}

#[test]
fn a_session_file_with_control_characters_in_its_deck_is_refused() {
    let dir = tempdir();
    let path = crafted_session(dir.path(), |d| d.ideas[0].title = "Evil\u{1b}[2J".into());
    let e = livinglab::session::load(&path).unwrap_err();
    assert!(e.message.contains("U+001B"), "{e}");
}

#[test]
fn report_force_replaces_only_a_report_folder() {
    let dir = tempdir();
    let played = livinglab::session::rehearse(&hub(), 3, 9, T0).unwrap();
    let file = dir.path().join("t.session.json");
    std::fs::write(&file, played.to_bytes()).unwrap();
    let out = dir.path().join("out");
    let run = || {
        livinglab(&[
            "report",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--force",
        ])
    };
    let (code, stdout, err) = run();
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("wrote the report"));
    // Again with --force: the report it wrote is replaced.
    let (code, _, err) = run();
    assert_eq!(code, 0, "{err}");
    // A folder of the same name holding something else is never removed.
    let folder = std::fs::read_dir(&out)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("thesis.docx"), "years of work").unwrap();
    let (code, _, err) = run();
    assert_eq!(code, 1);
    assert!(err.contains("does not hold a Living Lab report"), "{err}");
    assert_eq!(
        std::fs::read_to_string(folder.join("thesis.docx")).unwrap(),
        "years of work"
    );
}

#[test]
fn print_and_export_leave_no_backup_or_temporary_files() {
    let dir = tempdir();
    let hub = hub_path();
    let cards = dir.path().join("cards.html");
    let sheet = dir.path().join("deck.csv");
    for _ in 0..2 {
        let (code, _, err) = livinglab(&[
            "print",
            hub.to_str().unwrap(),
            "--out",
            cards.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        let (code, _, err) = livinglab(&[
            "export",
            hub.to_str().unwrap(),
            "--csv",
            "--out",
            sheet.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["cards.html", "deck.csv"]);
}

#[test]
fn rehearse_takes_the_time_zone_from_start_and_refuses_the_far_future() {
    let dir = tempdir();
    let hub = hub_path();
    let out = dir.path().join("bst");
    let (code, _, err) = livinglab(&[
        "rehearse",
        hub.to_str().unwrap(),
        "--groups",
        "2",
        "--seed",
        "1",
        "--start",
        "2017-06-16T14:00:00+01:00[Europe/London]",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let name = "hub-for-london-20170616-1400-0001.session.json";
    let s = livinglab::session::load(&out.join(name)).unwrap();
    assert_eq!(s.zone(), "Europe/London");
    let report = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .unwrap();
    let md = std::fs::read_to_string(report.join("report.md")).unwrap();
    assert!(md.contains("2017-06-16 14:00 BST"), "{md}");
    for far in ["+010000-01-01T00:00:00Z", "9999999999999"] {
        let (code, _, err) = livinglab(&[
            "rehearse",
            hub.to_str().unwrap(),
            "--groups",
            "2",
            "--start",
            far,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 1, "{far}");
        assert!(err.starts_with("--start:"), "{far}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn check_warns_of_characters_no_bundled_font_draws_with_line_column_and_script() {
    let dir = tempdir();
    let path = dir.path().join("neighbours.ron");
    let p = path.to_str().unwrap();
    livinglab(&["new", p]);
    let text = std::fs::read_to_string(&path).unwrap();
    // An idea in Ol Chiki beside Bengali, Urdu, Chinese, Polish, Greek and
    // Russian (which the game draws), and Ol Chiki in a comment (never drawn).
    let at = text.find("title: \"").expect("a title") + "title: \"".len();
    let text = format!(
        "// ᱛ comment\n{}ঘর ᱚ بچے 中文 Zażółć Ωμέγα Дом {}",
        &text[..at],
        &text[at..]
    );
    std::fs::write(&path, &text).unwrap();
    let (code, out, _) = livinglab(&["check", p]);
    assert_eq!(code, 0, "warnings do not stop a deck: {out}");
    // Where ᱚ is: its line, and its column in characters.
    let offset = text.find('ᱚ').unwrap();
    let line = text[..offset].matches('\n').count() + 1;
    let col = text[..offset].rsplit('\n').next().unwrap().chars().count() + 1;
    assert!(
        out.contains(&format!(
            "{p}:{line}:{col}: warning: \"ᱚ\" (U+1C5A, Ol Chiki script) cannot be drawn"
        )),
        "{out}"
    );
    // Each character once; nothing for what the fonts have or comments hold.
    assert_eq!(out.matches("\"ᱚ\"").count(), 1, "{out}");
    for drawn in ["ż", "Ω", "Д", "ঘ", "ے", "中", "ᱛ"] {
        assert!(!out.contains(&format!("\"{drawn}\"")), "{drawn}: {out}");
    }
}

#[test]
fn a_decks_language_is_a_bcp47_tag_and_the_report_says_it() {
    let dir = tempdir();
    let path = dir.path().join("nasza.ron");
    let p = path.to_str().unwrap();
    livinglab(&["new", p]);
    let text = std::fs::read_to_string(&path).unwrap();
    let with = |tag: &str| {
        let at = text.find("    title:").expect("the deck's title");
        format!("{}    language: \"{tag}\",\n{}", &text[..at], &text[at..])
    };
    // A malformed tag is an error at its line.
    std::fs::write(&path, with("pl_PL")).unwrap();
    let (code, out, err) = livinglab(&["check", p]);
    let line = with("pl_PL")[..with("pl_PL").find("language:").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert_ne!(code, 0, "{out}{err}");
    assert!(
        format!("{out}{err}").contains(&format!(
            "{p}:{line}:15: the language \"pl_PL\" is not a BCP 47 language tag"
        )),
        "{out}{err}"
    );
    // A good one the game has no words for: a warning, and the deck plays.
    std::fs::write(&path, with("so")).unwrap();
    let (code, out, _) = livinglab(&["check", p]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: the game has no translation for \"so\" yet"),
        "{out}"
    );
    // One it speaks: no warning.
    std::fs::write(&path, with("pl")).unwrap();
    let (code, out, _) = livinglab(&["check", p]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("no translation"), "{out}");
    // The report is written in the room's language, and says it.
    let report = rehearsed_report(p, &dir.path().join("rehearsal"));
    let html = std::fs::read_to_string(report.join("report.html")).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"pl\" dir=\"ltr\">"),
        "{}",
        &html[..80]
    );
    let md = std::fs::read_to_string(report.join("report.md")).unwrap();
    for polish in [
        "raport z warsztatu",
        "Grupy i role",
        "Runda 1",
        "Sieć",
        "Dla autorów talii",
    ] {
        assert!(
            html.contains(polish) && md.contains(polish),
            "no {polish:?}:\n{md}"
        );
    }
    // No English heading, label or sentence of the game's own is left.
    for english in [
        "workshop report",
        "Groups and roles",
        "Round 1",
        "### Time",
        "The network",
        "Most central",
        "Unlikely alliances",
        "For the deck's organisers",
        "Dealt but never chosen",
        "Never dealt",
        "Championed by",
        "Ideas:",
        "Methods:",
        "Session ",
        " dots",
        "nobody yet",
        "not said",
        "Made with",
        "<th>Round</th>",
    ] {
        assert!(!html.contains(english), "{english:?} in report.html");
        assert!(!md.contains(english), "{english:?} in report.md:\n{md}");
    }
    let json = std::fs::read_to_string(report.join("session.json")).unwrap();
    assert!(
        json.contains("\"language\": \"pl\""),
        "no language in session.json"
    );
}

#[test]
fn print_writes_the_cards_in_another_of_the_decks_languages() {
    let dir = tempdir();
    let path = dir.path().join("two.ron");
    let p = path.to_str().unwrap();
    livinglab(&["new", p]);
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("    summary:", "    languages: [\"bn\"],\n    summary:", 1)
        .replacen(
            "title: \"A shared directory\",",
            "title: \"A shared directory\",\n             translations: {\"bn\": (title: \"একটি তালিকা\", text: \"সব দলের একটি তালিকা।\")},",
            1,
        );
    std::fs::write(&path, text).unwrap();
    let out = dir.path().join("cards-bn.html");
    let (code, stdout, err) = livinglab(&[
        "print",
        p,
        "--language",
        "bn",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stdout}{err}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"bn\" dir=\"ltr\">") && html.contains("একটি তালিকা"));
    // The game's own words on the cards are Bengali too.
    assert!(html.contains("ধারণা") && !html.contains(">idea<"), "{html}");
    let (code, _, err) = livinglab(&[
        "print",
        p,
        "--language",
        "ur",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("the deck is not given in \"ur\""), "{err}");
}

#[test]
fn the_report_names_each_card_in_the_decks_other_languages_beside_the_rooms() {
    let dir = tempdir();
    let path = dir.path().join("two.ron");
    let p = path.to_str().unwrap();
    livinglab(&["new", p]);
    // Every card in Bengali too.
    let mut text = std::fs::read_to_string(&path).unwrap().replacen(
        "    summary:",
        "    languages: [\"bn\"],\n    summary:",
        1,
    );
    let mut at = 0;
    while let Some(found) = text[at..].find("Card(id: ") {
        let start = at + found;
        let title = start + text[start..].find("title: \"").unwrap() + "title: \"".len();
        let end = title + text[title..].find('"').unwrap();
        let english = text[title..end].to_string();
        let close = end + text[end..].find(",\n").unwrap() + 1;
        let words = format!(
            "\n             translations: {{\"bn\": (title: \"বাংলা {english}\", text: \"বাংলায়\")}},"
        );
        text.insert_str(close, &words);
        at = close + words.len();
    }
    std::fs::write(&path, &text).unwrap();
    let (code, out, err) = livinglab(&["check", p]);
    assert_eq!(code, 0, "{out}{err}");
    let report = rehearsed_report(p, &dir.path().join("rehearsal"));
    let html = std::fs::read_to_string(report.join("report.html")).unwrap();
    let md = std::fs::read_to_string(report.join("report.md")).unwrap();
    // A card of a solution, in the room's words with the Bengali beside.
    assert!(
        html.contains("<span class=\"also\" lang=\"bn\">· বাংলা "),
        "no Bengali beside a card in report.html"
    );
    assert!(
        md.contains("(bn: বাংলা "),
        "no Bengali beside a card in report.md"
    );
    let json = std::fs::read_to_string(report.join("session.json")).unwrap();
    assert!(
        json.contains("\"translations\""),
        "no translations in session.json"
    );
}

/// The report folder of a two-group rehearsal of the deck at `deck`,
/// written into `out`.
fn rehearsed_report(deck: &str, out: &std::path::Path) -> std::path::PathBuf {
    let (code, _, err) = livinglab(&[
        "rehearse",
        deck,
        "--groups",
        "2",
        "--seed",
        "7",
        "--start",
        "2017-11-16T14:00:00Z",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .expect("a report folder")
}

/// The game started on a computer with no graphics driver it can use.
fn play_without_a_driver(env: &[(&str, &str)]) -> (i32, String, std::time::Duration) {
    let data = tempdir();
    let started = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_livinglab"))
        .arg("--data-dir")
        .arg(data.path())
        .envs(env.iter().copied())
        .env("LIVINGLAB_LANGUAGE", "en")
        .output()
        .expect("run livinglab");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        started.elapsed(),
    )
}

#[test]
fn without_a_graphics_driver_the_game_says_what_to_install_and_exits() {
    // OpenGL is not a backend the game is built with, so asking for it alone
    // leaves no adapter; so does a Vulkan loader pointed at no driver.
    for env in [
        &[("WGPU_BACKEND", "gl")][..],
        &[
            ("WGPU_BACKEND", "vulkan"),
            ("VK_ICD_FILENAMES", "/nonexistent/icd.json"),
            ("VK_DRIVER_FILES", "/nonexistent/icd.json"),
        ][..],
    ] {
        let (code, err, took) = play_without_a_driver(env);
        assert_ne!(code, 0, "{env:?}: {err}");
        assert!(
            took < std::time::Duration::from_secs(10),
            "{env:?}: took {took:?}"
        );
        assert!(
            err.contains("cannot open its window") && err.contains("driver"),
            "{env:?}: {err}"
        );
        let driver = if cfg!(windows) {
            "Direct3D 12"
        } else if cfg!(target_os = "macos") {
            "Metal"
        } else {
            "Vulkan"
        };
        assert!(err.contains(driver), "{env:?}: {err}");
        assert!(!err.contains("panicked"), "{env:?}: {err}");
    }
    // Preparing a deck needs no driver.
    let out = Command::new(env!("CARGO_BIN_EXE_livinglab"))
        .arg("check")
        .arg(root().join("scenarios/hub-for-london.ron"))
        .env("WGPU_BACKEND", "gl")
        .output()
        .expect("run livinglab check");
    assert!(out.status.success(), "{out:?}");
}
