//! One test per deck validation rule: the message an organiser sees, and the
//! line and column it points at.

use std::path::Path;

use livinglab::deck::{self, Checked, Place, check_str, place_of};

fn starter() -> String {
    deck::starter::starter(Path::new("test-deck.ron"))
}

/// The deck with `from` replaced by `to` (which must occur).
fn with(from: &str, to: &str) -> String {
    let s = starter();
    assert!(s.contains(from), "the starter deck has no {from:?}");
    s.replacen(from, to, 1)
}

/// The place of the first occurrence of `marker` in `text`, plus `skip` characters.
fn at(text: &str, marker: &str, skip: usize) -> Place {
    let offset = text
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker:?} in text"));
    let p = place_of(text, offset);
    Place {
        line: p.line,
        col: p.col + skip,
    }
}

/// Asserts that checking `text` gives exactly one error, containing
/// `message`, at `place`.
fn one_error(text: &str, message: &str, place: Option<Place>) -> Checked {
    let c = check_str(text, None);
    let errors: Vec<_> = c.errors().collect();
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    assert!(
        errors[0].message.contains(message),
        "{:?} does not contain {message:?}",
        errors[0].message
    );
    assert_eq!(errors[0].place, place, "for {:?}", errors[0].message);
    assert!(!c.is_ok());
    c
}

#[test]
fn the_starter_deck_is_valid_without_warnings() {
    let c = check_str(&starter(), None);
    assert!(c.is_ok(), "{}", c.render("starter"));
    assert_eq!(c.problems, vec![]);
}

#[test]
fn the_example_from_the_format_contract_loads_exactly_as_written() {
    let text = r#"
Deck(
    format: 1,
    id: "hub-for-london",                 // lowercase letters, digits and '-'
    title: "Inventing a networked Hub for London",
    summary: "One or two sentences shown on the title screen.",
    source: "Where the content comes from",   // optional
    roles: [
        Role(id: "community-connector", name: "Community connector",
             brief: "Who you are, in the second person.",
             wants: "What you want from the Hub."),          // wants: optional
        Role(id: "funder", name: "Funder", brief: "You fund things."),
    ],
    challenges: [
        Card(id: "one-network-post", title: "Short title", text: "One to three sentences.",
             tags: ["capacity"],            // optional
             source: "Which document",      // optional
             cost: 2),                      // optional, 1..=3 (1 when left out)
    ],
    ideas:   [ Card(id: "i1", title: "I", text: "t"), Card(id: "i2", title: "I", text: "t"), Card(id: "i3", title: "I", text: "t"),
               Card(id: "i4", title: "I", text: "t"), Card(id: "i5", title: "I", text: "t") ],
    methods: [ Card(id: "m1", title: "M", text: "t"), Card(id: "m2", title: "M", text: "t"), Card(id: "m3", title: "M", text: "t") ],
    criteria: [ Criterion(id: "co-production", name: "Co-produced", question: "Did the people affected shape it?") ],
    levels: ["Local", "Borough", "Pan-London"],
    support: ["Funding", "Endorsement", "Sharing"],
    rules: Rules(
        rounds: 2,
        roles_per_group: 2,
        hand: Hand(ideas: 5, methods: 3),
        solution: SolutionRules(ideas: (1, 3), methods: (1, 2)),
        swaps_per_round: 2,
        dots_per_group: 3,
        shared_challenge: false,
        budget: 10,
        minutes: Minutes(roles: 5, challenge: 3, build: 20, present: 3, vote: 5),
    ),
)"#;
    let c = check_str(text, None);
    assert!(c.is_ok(), "{}", c.render("contract"));
    let d = c.deck.unwrap();
    assert_eq!(d.challenges[0].cost, 2);
    assert_eq!(d.ideas[0].cost, 1);
    assert_eq!(d.rules.budget, Some(10));
    assert_eq!(d.roles[1].wants, None);
    assert_eq!(d.rules.minutes.negotiate, 5, "negotiate takes its default");
}

#[test]
fn optional_fields_take_their_defaults() {
    let text = with(
        "    levels: [\"Street\", \"Neighbourhood\", \"Borough\"],",
        "",
    )
    .replace(
        "    support: [\"Funding\", \"Endorsement\", \"Sharing\"],",
        "",
    );
    let start = text.find("    rules: Rules(").unwrap();
    let end = text[start..].find("    ),\n").unwrap() + start + 7;
    let text = format!("{}{}", &text[..start], &text[end..]);
    let c = check_str(&text, None);
    let d = c.deck.clone().unwrap();
    assert_eq!(d.levels, ["Local", "Borough", "Pan-London"]);
    assert_eq!(d.support, ["Funding", "Endorsement", "Sharing"]);
    assert_eq!(d.rules.rounds, 2);
    assert_eq!(d.rules.hand.ideas, 5);
    // The starter has 6 ideas and 4 methods, enough for the default hand of 5 and 3.
    assert!(c.is_ok(), "{}", c.render("t"));
}

#[test]
fn unsupported_format() {
    let t = with("format: 1,", "format: 2,");
    one_error(
        &t,
        "unsupported deck format 2; this version reads format 1",
        Some(at(&t, "format: 2", 8)),
    );
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let t = with("title: \"Buddies\",", "title: \"Buddies\" text: \"x\",");
    let c = check_str(&t, None);
    let e = c.errors().next().unwrap();
    assert_eq!(
        e.place.map(|p| p.line),
        Some(at(&t, "title: \"Buddies\"", 0).line)
    );
    assert!(e.message.to_lowercase().contains("comma"), "{}", e.message);
}

#[test]
fn unknown_fields_are_errors_with_a_suggestion() {
    let t = with("title: \"Buddies\"", "titel: \"Buddies\"");
    one_error(
        &t,
        "unknown field `titel` in `Card` (did you mean `title`?)",
        Some(at(&t, "titel", 0)),
    );
}

#[test]
fn missing_required_fields_are_errors() {
    let t = with(
        "             text: \"Volunteers visit a neighbour once a week.\"",
        "",
    );
    let c = check_str(&t, None);
    let e = c.errors().next().unwrap();
    assert!(
        e.message.contains("`Card` needs the field `text`"),
        "{}",
        e.message
    );
    assert!(e.place.is_some());
}

#[test]
fn wrong_types_are_errors() {
    let t = with("rounds: 1,", "rounds: \"two\",");
    let c = check_str(&t, None);
    let e = c.errors().next().unwrap();
    assert_eq!(e.place.map(|p| p.line), Some(at(&t, "rounds", 0).line));
}

#[test]
fn malformed_ids() {
    let t = with("id: \"buddies\"", "id: \"Buddies Club\"");
    one_error(
        &t,
        "may use only lowercase letters, digits and '-' (for example \"buddies-club\")",
        Some(at(&t, "\"Buddies Club\"", 0)),
    );
    let t = with("id: \"buddies\"", "id: \"-buddies\"");
    one_error(
        &t,
        "must not start or end with '-'",
        Some(at(&t, "\"-buddies\"", 0)),
    );
    let t = with("id: \"buddies\"", "id: \"\"");
    one_error(&t, "the idea id \"\" is empty", Some(at(&t, "id: \"\"", 4)));
}

#[test]
fn malformed_deck_id() {
    let t = with("id: \"test-deck\"", "id: \"Test_Deck\"");
    one_error(
        &t,
        "the deck id \"Test_Deck\" may use only",
        Some(at(&t, "\"Test_Deck\"", 0)),
    );
}

#[test]
fn duplicate_ids_across_kinds_point_at_the_second_use() {
    let t = with("id: \"mapping\"", "id: \"buddies\"");
    let first = at(&t, "\"buddies\"", 0).line;
    let second = {
        let o = t.rfind("\"buddies\"").unwrap();
        place_of(&t, o)
    };
    one_error(
        &t,
        &format!("duplicate id \"buddies\": already used by the idea at line {first}"),
        Some(second),
    );
}

#[test]
fn empty_texts() {
    let t = with("title: \"Buddies\"", "title: \"  \"");
    one_error(
        &t,
        "the title of the idea \"buddies\" is empty",
        Some(at(&t, "\"  \"", 0)),
    );
    let t = with("name: \"Resident\"", "name: \"\"");
    one_error(
        &t,
        "the name of the role \"resident\" is empty",
        Some(at(&t, "name: \"\"", 6)),
    );
    let t = with(
        "question: \"Could we start it next month?\"",
        "question: \"\"",
    );
    one_error(
        &t,
        "the question of the criterion \"doable\" is empty",
        Some(at(&t, "question: \"\"", 10)),
    );
    let t = with(
        "title: \"Our neighbourhood, better connected\"",
        "title: \"\"",
    );
    one_error(
        &t,
        "the deck's title is empty",
        Some(at(&t, "title: \"\"", 7)),
    );
}

#[test]
fn every_kind_needs_at_least_one_card() {
    let s = starter();
    let start = s.find("    criteria: [").unwrap();
    let end = s[start..].find("    ],\n").unwrap() + start + 7;
    let t = format!("{}    criteria: [],\n{}", &s[..start], &s[end..]);
    one_error(
        &t,
        "the deck has no criteria; it needs at least one criterion",
        Some(at(&t, "criteria: []", 10)),
    );
}

#[test]
fn a_hand_larger_than_the_deck() {
    let t = with(
        "hand: Hand(ideas: 3, methods: 2)",
        "hand: Hand(ideas: 7, methods: 2)",
    );
    one_error(
        &t,
        "a hand of 7 ideas is more than the deck's 6 ideas",
        Some(at(&t, "ideas: 7", 7)),
    );
}

#[test]
fn solution_min_above_max() {
    let t = with(
        "solution: SolutionRules(ideas: (1, 2)",
        "solution: SolutionRules(ideas: (3, 2)",
    );
    one_error(
        &t,
        "the least (3) is more than the most (2)",
        Some(at(&t, "ideas: (3, 2)", 7)),
    );
}

#[test]
fn solution_max_above_the_hand() {
    let t = with("methods: (1, 1)", "methods: (1, 3)");
    one_error(
        &t,
        "a solution may hold up to 3 methods, more than the hand of 2",
        Some(at(&t, "methods: (1, 3)", 9)),
    );
}

#[test]
fn roles_per_group_above_the_roles() {
    let t = with("roles_per_group: 1", "roles_per_group: 5");
    one_error(
        &t,
        "roles_per_group is 5 but the deck has only 4 roles",
        Some(at(&t, "roles_per_group: 5", 17)),
    );
}

#[test]
fn rounds_out_of_range() {
    for n in [0, 13] {
        let t = with("rounds: 1,", &format!("rounds: {n},"));
        one_error(
            &t,
            &format!("rounds must be between 1 and 12 (it is {n})"),
            Some(at(&t, "rounds:", 8)),
        );
    }
}

#[test]
fn minutes_out_of_range() {
    let t = with("build: 15", "build: 121");
    one_error(
        &t,
        "minutes for build must be between 1 and 120 (it is 121)",
        Some(at(&t, "build: 121", 7)),
    );
    let t = with("vote: 3", "vote: 0");
    one_error(
        &t,
        "minutes for vote must be between 1 and 120 (it is 0)",
        Some(at(&t, "vote: 0", 6)),
    );
}

#[test]
fn costs_out_of_range() {
    let t = with("cost: 2)", "cost: 4)");
    one_error(
        &t,
        "the idea \"open-doors\" costs 4; a cost is 1, 2 or 3",
        Some(at(&t, "cost: 4", 6)),
    );
    let t = with("cost: 2)", "cost: 0)");
    one_error(
        &t,
        "costs 0; a cost is 1, 2 or 3",
        Some(at(&t, "cost: 0", 6)),
    );
}

#[test]
fn a_budget_the_cheapest_solution_cannot_meet() {
    let t = with(
        "dots_per_group: 2,",
        "dots_per_group: 2,\n        budget: 1,",
    );
    one_error(
        &t,
        "a budget of 1 is less than the cheapest solution the rules allow, which costs 2",
        Some(at(&t, "budget: 1", 8)),
    );
    let t = with(
        "dots_per_group: 2,",
        "dots_per_group: 2,\n        budget: 2,",
    );
    assert!(check_str(&t, None).is_ok());
}

#[test]
fn dots_and_swaps_out_of_range() {
    let t = with("dots_per_group: 2", "dots_per_group: 0");
    one_error(
        &t,
        "dots_per_group must be between 1 and 12 (it is 0)",
        Some(at(&t, "dots_per_group: 0", 16)),
    );
}

#[test]
fn levels_and_support_must_be_named_once() {
    let t = with("\"Street\", \"Neighbourhood\"", "\"Street\", \"street\"");
    one_error(
        &t,
        "the level \"street\" is listed twice in `levels`",
        Some(at(&t, "\"street\"", 0)),
    );
    let t = with(
        "support: [\"Funding\", \"Endorsement\", \"Sharing\"]",
        "support: []",
    );
    one_error(&t, "`support` is empty", Some(at(&t, "support: []", 9)));
}

#[test]
fn image_paths_must_be_relative_inside_and_png_or_jpeg() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("images")).unwrap();
    std::fs::write(dir.path().join("images/ok.png"), b"\x89PNG\r\n\x1a\nrest").unwrap();
    std::fs::write(dir.path().join("images/fake.png"), b"GIF89a").unwrap();
    let cases = [
        ("images/ok.png", None),
        ("/etc/passwd.png", Some("must be relative to the deck file")),
        ("../outside.png", Some("leads outside the deck's folder")),
        (
            "images/../../x.png",
            Some("leads outside the deck's folder"),
        ),
        ("images/ok.gif", Some("is not a .png, .jpg or .jpeg file")),
    ];
    for (path, expected) in cases {
        let t = with(
            "tags: [\"information\"]",
            &format!("tags: [\"information\"], image: {path:?}"),
        );
        let c = check_str(&t, Some(dir.path()));
        match expected {
            None => assert!(c.is_ok(), "{path}: {}", c.render("t")),
            Some(m) => {
                one_error_in(&c, m);
                assert_eq!(
                    c.errors().next().unwrap().place,
                    Some(at(&t, "image:", 7)),
                    "{path}"
                );
            }
        }
    }
}

#[test]
fn a_missing_or_unreadable_image_is_a_warning_and_the_deck_still_plays() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("images")).unwrap();
    std::fs::write(dir.path().join("images/fake.png"), b"GIF89a").unwrap();
    for (path, message) in [
        ("images/missing.png", "does not exist next to the deck"),
        ("images/fake.png", "is not a PNG or JPEG image"),
    ] {
        let t = with(
            "tags: [\"information\"]",
            &format!("tags: [\"information\"], image: {path:?}"),
        );
        let c = check_str(&t, Some(dir.path()));
        assert!(c.is_ok(), "{path}: {}", c.render("t"));
        let warnings: Vec<_> = c.warnings().collect();
        assert_eq!(warnings.len(), 1, "{path}: {warnings:#?}");
        assert!(
            warnings[0].message.contains(message),
            "{}",
            warnings[0].message
        );
        assert!(
            warnings[0].message.contains("placeholder"),
            "{}",
            warnings[0].message
        );
        assert_eq!(warnings[0].place, Some(at(&t, "image:", 7)), "{path}");
    }
}

fn one_error_in(c: &Checked, message: &str) {
    let errors: Vec<_> = c.errors().collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].message.contains(message),
        "{:?} lacks {message:?}",
        errors[0].message
    );
}

#[test]
fn long_texts_are_warnings_not_errors() {
    let long = "word ".repeat(60);
    let t = with(
        "text: \"Volunteers visit a neighbour once a week.\"",
        &format!("text: {long:?}"),
    );
    let c = check_str(&t, None);
    assert!(c.is_ok());
    let w: Vec<_> = c.warnings().collect();
    assert_eq!(w.len(), 1);
    assert!(
        w[0].message.contains("will not fit on the card"),
        "{}",
        w[0].message
    );
    assert_eq!(w[0].place, Some(at(&t, "text: \"word", 6)));
}

#[test]
fn a_file_over_four_mib_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(40 * 1024 * 1024).unwrap();
    let c = deck::check_file(&path);
    assert!(!c.is_ok());
    assert!(
        c.problems[0].message.contains("at most 4 MiB"),
        "{}",
        c.problems[0].message
    );
    assert!(c.source.is_none(), "the file was not read");
}

#[test]
fn a_missing_file_and_a_folder_are_clear_errors() {
    let c = deck::check_file(Path::new("/no/such/deck.ron"));
    assert!(c.problems[0].message.contains("no such file"));
    let dir = tempfile::tempdir().unwrap();
    let c = deck::check_file(dir.path());
    assert!(c.problems[0].message.contains("folder"));
}

#[test]
fn the_bundled_hub_deck_validates_cleanly() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hub-for-london.ron");
    let c = deck::check_file(&path);
    assert!(c.is_ok(), "{}", c.render("hub-for-london.ron"));
    assert_eq!(c.problems, vec![], "no warnings either");
    let d = c.deck.unwrap();
    assert!(
        d.roles.len() >= 8
            && d.challenges.len() >= 12
            && d.ideas.len() >= 24
            && d.methods.len() >= 16
    );
    assert_eq!(d.levels, ["Local", "Borough", "Pan-London"]);
    assert!(
        d.max_groups().0 >= 6,
        "the bundled deck seats six groups or more"
    );
    for c in d.challenges.iter().chain(&d.ideas).chain(&d.methods) {
        assert!(c.source.is_some(), "{} cites no source", c.id);
    }
}

#[test]
fn the_hub_deck_has_the_2017_sequence_stakes_and_no_near_duplicates() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/hub-for-london.ron");
    let d = deck::load(&path).unwrap().deck;
    assert!(d.briefing.is_some(), "the room hears the plans first");
    assert!(
        d.roles.iter().all(|r| !r.holds.is_empty()),
        "every role holds support"
    );
    assert!(!d.rules.ranking, "the Hub deck does not rank");
    for id in [
        "convenor-and-enabler",
        "distributed-leadership",
        "build-on-the-best",
        "communities-name-needs",
        "communities-campaign",
        "self-organising",
    ] {
        assert!(d.card(id).is_some(), "the Hub deck has {id}");
    }
    for id in ["advisory-group-member", "hub-operator", "identity-group"] {
        assert!(d.role(id).is_some(), "the Hub deck has the role {id}");
    }
    // One card for one thing: these said what another card says.
    for id in [
        "exchange-visits",
        "story-of-change",
        "show-your-impact",
        "annual-report",
        "networks-feed-data",
        "room-booking",
        "map-keeping",
        "now-soon-later",
    ] {
        assert!(d.card(id).is_none(), "{id} repeats another card");
    }
}

/// The documents `scenarios/SOURCES.md` lists, by their names in bold.
fn listed_sources() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/SOURCES.md");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter_map(|l| l.strip_prefix("- **"))
        .filter_map(|l| l.split_once("**").map(|(name, _)| name.to_string()))
        .collect()
}

#[test]
fn every_source_in_a_bundled_deck_names_a_listed_document() {
    let listed = listed_sources();
    assert!(listed.len() >= 6, "{listed:?}");
    assert!(listed.iter().any(|l| l == "Written for this deck"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut sources = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ron") {
            continue;
        }
        let d = deck::load(&path).unwrap().deck;
        let cards = d.challenges.iter().chain(&d.ideas).chain(&d.methods);
        let all = std::iter::once(("the deck", d.source.as_deref()))
            .chain(cards.map(|c| (c.id.as_str(), c.source.as_deref())));
        for (id, source) in all {
            let source = source.unwrap_or_else(|| panic!("{}: {id} has no source", path.display()));
            for part in source.split("; ") {
                sources += 1;
                assert!(
                    listed
                        .iter()
                        .any(|l| part == l || part.starts_with(&format!("{l} ("))),
                    "{}: {id} cites {part:?}, which scenarios/SOURCES.md does not list",
                    path.display()
                );
            }
        }
    }
    assert!(sources > 100);
}

#[test]
fn no_deck_in_scenarios_carries_an_email_address() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        // The decks and their notes (pictures live in a folder beside them).
        if !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains('@'), "{} contains an '@'", path.display());
    }
}

#[test]
fn every_bundled_deck_checks_cleanly_and_plays_end_to_end() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut decks = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ron") {
            continue;
        }
        let c = deck::check_file(&path);
        assert!(c.is_ok(), "{}", c.render(&path.display().to_string()));
        assert_eq!(c.problems, vec![], "{} has warnings", path.display());
        let d = c.deck.unwrap();
        let (max, _) = d.max_groups();
        assert!(max >= 4, "{} seats only {max} groups", path.display());
        for cards in [&d.challenges, &d.ideas, &d.methods] {
            assert!(
                cards.iter().all(|c| c.source.is_some()),
                "{}: a card cites no source",
                path.display()
            );
        }
        let played = livinglab::session::rehearse(&d, max.min(8), 1, 1_510_840_800_000).unwrap();
        assert_eq!(played.state().phase, livinglab::session::Phase::Debrief);
        decks += 1;
    }
    assert!(decks >= 3, "the Hub deck and two more");
}

#[test]
fn a_nul_byte_in_a_card_title_is_an_error_at_its_line_and_column() {
    let text = with("\"A shared directory\"", "\"A shared\u{0}directory\"");
    one_error(
        &text,
        "a control character (U+0000)",
        Some(at(&text, "\u{0}", 0)),
    );
}

#[test]
fn escape_sequences_and_other_control_characters_are_errors_too() {
    // A terminal escape written into the file.
    let text = with("\"Nowhere to meet\"", "\"Nowhere\u{1b}[31m to meet\"");
    one_error(&text, "(U+001B)", Some(at(&text, "\u{1b}", 0)));
    // Written as a RON escape, the character is only in the parsed text:
    // the field is pointed at.
    let text = with("\"Nowhere to meet\"", "\"Nowhere\\u{7} to meet\"");
    let c = check_str(&text, None);
    let errors: Vec<_> = c.errors().collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].message.contains("(U+0007)"),
        "{}",
        errors[0].message
    );
    assert!(errors[0].message.contains("title"), "{}", errors[0].message);
    assert_eq!(
        errors[0].place.map(|p| p.line),
        Some(at(&text, "Nowhere", 0).line)
    );
}

#[test]
fn new_lines_tabs_and_windows_line_endings_are_fine() {
    let text = starter().replace('\n', "\r\n");
    assert!(check_str(&text, None).is_ok());
    let text = with("\"Nowhere to meet\"", "\"Nowhere\tto meet\"");
    assert!(check_str(&text, None).is_ok());
}

#[test]
fn roles_hold_only_kinds_of_support_the_deck_has() {
    let t = with(
        "brief: \"You answer to the whole ward and hold a small budget.\")",
        "brief: \"You answer to the whole ward and hold a small budget.\", holds: [\"Funding\", \"Cake\"])",
    );
    one_error(
        &t,
        "the role \"councillor\" holds \"Cake\", which is not a kind of support in this deck (Funding, Endorsement, Sharing)",
        Some(at(&t, "holds: [", 7)),
    );
    let t = with(
        "brief: \"You answer to the whole ward and hold a small budget.\")",
        "brief: \"You answer to the whole ward and hold a small budget.\", holds: [\"Funding\", \"Funding\"])",
    );
    assert!(check_str(&t, None).is_ok());
}

#[test]
fn support_per_group_is_between_1_and_12() {
    let t = with(
        "dots_per_group: 2,",
        "dots_per_group: 2,\n        support_per_group: 0,",
    );
    one_error(
        &t,
        "support_per_group must be between 1 and 12 (it is 0)",
        Some(at(&t, "support_per_group: 0", 19)),
    );
}

/// The starter deck in Bengali too: `languages`, and the words of a card.
fn in_bengali(card: &str) -> String {
    let s = with("    summary:", "    languages: [\"bn\"],\n    summary:");
    let title = "title: \"A shared directory\",";
    assert!(s.contains(title));
    s.replacen(
        title,
        &format!("{title}\n             translations: {{\"bn\": {card}}},"),
        1,
    )
}

#[test]
fn a_card_in_the_decks_other_languages_loads_and_the_rest_are_named() {
    let text = in_bengali("(title: \"একটি তালিকা\", text: \"সব দলের একটি তালিকা।\")");
    let c = check_str(&text, None);
    assert!(c.is_ok(), "{}", c.render("t.ron"));
    let deck = c.deck.as_ref().unwrap();
    let card = deck.ideas.iter().find(|c| c.id == "directory").unwrap();
    assert_eq!(card.words(Some("bn")).0, "একটি তালিকা");
    assert_eq!(card.words(Some("pl")).0, "A shared directory");
    assert_eq!(card.words(None).0, "A shared directory");
    // Every other card, role and criterion lacks Bengali: one warning each,
    // at its id.
    let missing: Vec<_> = c
        .problems
        .iter()
        .filter(|p| p.message.contains("is not given in bn"))
        .collect();
    let items = deck.roles.len()
        + deck.challenges.len()
        + deck.ideas.len()
        + deck.methods.len()
        + deck.criteria.len();
    assert_eq!(missing.len(), items - 1, "{}", c.render("t.ron"));
    let open_doors = missing
        .iter()
        .find(|p| p.message.starts_with("the idea \"open-doors\""))
        .expect("a warning for open-doors");
    assert_eq!(open_doors.place, Some(at(&text, "id: \"open-doors\"", 4)));
}

#[test]
fn a_translation_into_a_language_the_deck_does_not_list_is_an_error() {
    let text = in_bengali("(title: \"একটি তালিকা\", text: \"সব দলের একটি তালিকা।\")").replacen(
        "\"bn\": (",
        "\"ur\": (",
        1,
    );
    one_error(
        &text,
        "the idea \"directory\" is given in \"ur\", which the deck's languages do not list",
        Some(at(&text, "{\"ur\"", 0)),
    );
    let bad = in_bengali("(title: \"একটি\", text: \"\")");
    one_error(
        &bad,
        "the idea \"directory\" in \"bn\" has an empty text",
        Some(at(&bad, "{\"bn\"", 0)),
    );
    let tag = with(
        "    summary:",
        "    languages: [\"Bengali\"],\n    summary:",
    );
    one_error(
        &tag,
        "the language \"Bengali\" is not a BCP 47 language tag",
        Some(at(&tag, "[\"Bengali\"]", 0)),
    );
}
