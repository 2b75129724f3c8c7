//! The session report: every format, escaping of hostile text, the network,
//! merging several tables, and safe writing.

mod common;

use common::*;
use livinglab::deck::Deck;
use livinglab::report::{self, render};
use livinglab::session::{self, Action, Phase, Session};

fn rehearsed(deck: &Deck, groups: usize, seed: u64) -> Session {
    session::rehearse(deck, groups, seed, T0).unwrap()
}

#[test]
fn snapshots_of_every_format() {
    let s = rehearsed(&hub(), 3, 11);
    let r = report::build(&[s]).unwrap();
    for (name, text) in report::files(&r).unwrap() {
        insta::assert_snapshot!(name, text);
    }
}

const HOSTILE: [&str; 8] = [
    "<script>alert('x')</script>",
    "</td></tr></table>",
    "[click](javascript:alert(1))",
    "=HYPERLINK(\"http://evil.example\",\"win\")",
    "]]><!-- & -->",
    "\u{202e}gnp.exe",
    "Emoji 🙂 and café",
    "# Not a heading\n| not | a table |",
];

/// A deck and session where every text a person typed is hostile.
fn hostile_session() -> Session {
    let mut deck = hub_even_support();
    for (i, card) in deck
        .ideas
        .iter_mut()
        .chain(deck.methods.iter_mut())
        .chain(deck.challenges.iter_mut())
        .enumerate()
    {
        card.title = HOSTILE[i % HOSTILE.len()].replace('\n', " ");
        card.text = HOSTILE[(i + 3) % HOSTILE.len()].to_string();
    }
    for (i, role) in deck.roles.iter_mut().enumerate() {
        role.name = HOSTILE[i % HOSTILE.len()].replace('\n', " ");
    }
    deck.title = "<b>Deck</b> & \"friends\"".into();
    let mut s = Session::new(deck, 5, T0);
    let mut t = T0;
    let mut act = |s: &mut Session, a: Action| {
        t += 1000;
        s.act(a.clone(), t).unwrap_or_else(|e| panic!("{a:?}: {e}"));
    };
    for (g, name) in ["<i>Kites</i>", "=1+1", "@everyone"].iter().enumerate() {
        act(
            &mut s,
            Action::AddGroup {
                name: (*name).into(),
                colour: livinglab::session::Colour::PALETTE[g],
                seat: livinglab::session::Seat::Wall,
            },
        );
    }
    act(
        &mut s,
        Action::AddNote {
            text: "[note](javascript:x) <img src=x onerror=alert(1)>".into(),
        },
    );
    while s.state().phase != Phase::Build {
        act(&mut s, Action::Advance);
    }
    for (g, title) in HOSTILE.iter().take(3).enumerate() {
        let hand = s.state().groups[g].hand.clone();
        let idea = hand
            .iter()
            .find(|c| s.deck().ideas.iter().any(|i| &i.id == *c))
            .unwrap()
            .clone();
        let method = hand
            .iter()
            .find(|c| s.deck().methods.iter().any(|i| &i.id == *c))
            .unwrap()
            .clone();
        act(
            &mut s,
            Action::AddToSolution {
                group: g,
                card: idea,
            },
        );
        act(
            &mut s,
            Action::AddToSolution {
                group: g,
                card: method,
            },
        );
        act(
            &mut s,
            Action::SetTitle {
                group: g,
                title: (*title).into(),
            },
        );
        act(
            &mut s,
            Action::SetPitch {
                group: g,
                pitch: HOSTILE[7].into(),
            },
        );
        act(
            &mut s,
            Action::WriteIdea {
                group: g,
                title: HOSTILE[3].into(),
                text: HOSTILE[2].into(),
            },
        );
    }
    while s.state().phase != Phase::Negotiate {
        act(&mut s, Action::Advance);
    }
    act(
        &mut s,
        Action::Pledge {
            from: 1,
            to: 0,
            kind: "Funding".into(),
            note: HOSTILE[0].into(),
        },
    );
    act(&mut s, Action::Advance);
    // Report-back, with a hostile note from the facilitator.
    act(&mut s, Action::StartReportBack { group: 0 });
    act(
        &mut s,
        Action::NoteReportBack {
            group: 0,
            note: HOSTILE[2].into(),
        },
    );
    act(&mut s, Action::Advance);
    act(
        &mut s,
        Action::PlaceDot {
            group: 2,
            on: 0,
            criterion: "front-line".into(),
        },
    );
    act(&mut s, Action::EndSession);
    s
}

#[test]
fn hostile_text_comes_out_as_written_and_inert_in_every_format() {
    let r = report::build(&[hostile_session()]).unwrap();

    // HTML: no tag or script from the text survives; the text reads as typed.
    let html = render::html(&r).unwrap();
    assert!(!html.contains("<script>alert"), "a script tag got through");
    assert!(!html.contains("<img src=x"), "an img tag got through");
    assert!(!html.contains("<i>Kites</i>"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"));
    assert!(html.contains("\u{202e}gnp.exe"));
    assert!(html.contains("Emoji 🙂 and café"));
    assert!(
        !html.contains("http://") || html.contains("http://evil.example&quot;"),
        "no live link"
    );
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "no external requests"
    );

    // Markdown: no link, heading, table, mention or HTML.
    let md = render::markdown(&r).unwrap();
    assert!(!md.contains("[click](javascript"), "a link got through");
    assert!(md.contains("\\[click\\](javascript:alert(1))"));
    assert!(!md.contains("<script>"));
    assert!(md.contains("\\<script\\>"));
    assert!(
        !md.lines().any(|l| l.starts_with("# Not a heading")),
        "a heading got through"
    );
    assert!(
        !md.lines().any(|l| l.starts_with("| not")),
        "a table got through"
    );
    assert!(md.contains("\\@everyone"));

    // CSV: quoted, and no cell starts a formula.
    for csv_text in [
        render::elements_csv(&r).unwrap(),
        render::connections_csv(&r).unwrap(),
    ] {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        for row in reader.records() {
            for cell in row.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "formula cell {cell:?}"
                );
            }
        }
    }
    let elements = render::elements_csv(&r).unwrap();
    let mut reader = csv::Reader::from_reader(elements.as_bytes());
    let labels: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[1].to_string())
        .collect();
    assert!(labels.contains(&"'=1+1".to_string()), "{labels:?}");
    assert!(
        labels.contains(&"<script>alert('x')</script>".to_string()),
        "other text stays exactly as written"
    );

    // XML: parses, and labels read back exactly.
    let graphml = render::graphml(&r).unwrap();
    let doc = roxmltree::Document::parse(&graphml).expect("GraphML parses");
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("data") && n.attribute("key") == Some("label"))
        .filter_map(|n| n.text())
        .collect();
    assert!(labels.contains(&"]]><!-- & -->"));
    assert!(labels.contains(&"=1+1"));

    // JSON: the text is kept exactly.
    let json: serde_json::Value = serde_json::from_str(&render::json(&r).unwrap()).unwrap();
    assert_eq!(json["deck"]["title"], "<b>Deck</b> & \"friends\"");
    assert_eq!(
        json["tables"][0]["notes"][0]["text"],
        "[note](javascript:x) <img src=x onerror=alert(1)>"
    );
}

#[test]
fn the_graphml_has_the_network_s_nodes_and_links() {
    let s = rehearsed(&hub(), 4, 3);
    let r = report::build(std::slice::from_ref(&s)).unwrap();
    let graphml = render::graphml(&r).unwrap();
    let doc = roxmltree::Document::parse(&graphml).unwrap();
    let nodes: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("node"))
        .collect();
    let edges: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .collect();
    assert_eq!(nodes.len(), r.network.nodes.len());
    assert_eq!(edges.len(), r.network.edges.len());
    let ids: std::collections::BTreeSet<&str> =
        nodes.iter().filter_map(|n| n.attribute("id")).collect();
    for e in &edges {
        assert!(
            ids.contains(e.attribute("source").unwrap())
                && ids.contains(e.attribute("target").unwrap())
        );
    }
    let kind_of = |n: &roxmltree::Node| {
        n.children()
            .find(|c| c.attribute("key") == Some("kind"))
            .and_then(|c| c.text())
            .unwrap_or("")
            .to_string()
    };
    let kinds: std::collections::BTreeSet<String> = nodes.iter().map(kind_of).collect();
    for k in ["group", "role", "challenge", "idea", "method", "solution"] {
        assert!(kinds.contains(k), "no {k} nodes");
    }
    // 4 groups × 2 rounds of solutions, 4 groups, 8 roles.
    assert_eq!(nodes.iter().filter(|n| kind_of(n) == "solution").count(), 8);
    assert_eq!(nodes.iter().filter(|n| kind_of(n) == "group").count(), 4);
    assert_eq!(nodes.iter().filter(|n| kind_of(n) == "role").count(), 8);
    let relations: std::collections::BTreeSet<&str> = edges
        .iter()
        .flat_map(|e| e.children())
        .filter(|c| c.attribute("key") == Some("relation"))
        .filter_map(|c| c.text())
        .collect();
    // Every kind of link but trades (this rehearsal trades no card).
    for rel in report::LINKS.iter().filter(|l| **l != "traded with") {
        assert!(relations.contains(rel), "no {rel:?} links");
    }
    assert!(!r.analysis.central_cards.is_empty());
    assert!(
        r.analysis
            .central_cards
            .iter()
            .all(|c| c.kind == "idea" || c.kind == "method")
    );
}

#[test]
fn a_merged_report_of_three_tables_has_each_solution_once() {
    let sessions: Vec<Session> = (0..3)
        .map(|i| rehearsed(&hub(), 3 + i, 100 + i as u64))
        .collect();
    let mut given = sessions.clone();
    given.push(sessions[1].clone()); // the same file given twice
    let r = report::build(&given).unwrap();
    assert_eq!(r.tables.len(), 3);
    let solutions: Vec<String> = r
        .tables
        .iter()
        .flat_map(|t| {
            t.rounds.iter().flat_map(move |round| {
                round
                    .solutions
                    .iter()
                    .map(move |s| format!("{}/{}/{}", t.number, round.number, s.group))
            })
        })
        .collect();
    let expected: usize = (0..3).map(|i| (3 + i) * 2).sum();
    assert_eq!(solutions.len(), expected);
    let mut unique = solutions.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), solutions.len(), "a solution appears twice");
    assert_eq!(
        r.network
            .nodes
            .iter()
            .filter(|n| n.kind == "solution")
            .count(),
        expected
    );
    assert!(r.tables[1].groups[0].name.ends_with("(table 2)"));
    let md = render::markdown(&r).unwrap();
    assert!(md.contains("## Table 3"));
}

#[test]
fn sessions_of_different_decks_are_refused() {
    let a = rehearsed(&hub(), 2, 1);
    let mut other = hub();
    other.title = "Edited".into();
    let b = rehearsed(&other, 2, 1);
    let err = report::build(&[a, b]).unwrap_err();
    assert!(
        err.contains("a different version of the deck \"hub-for-london\""),
        "{err}"
    );
}

#[test]
fn the_report_says_how_long_each_phase_took_and_which_cards_went_unused() {
    let s = rehearsed(&hub(), 2, 9);
    let r = report::build(&[s]).unwrap();
    let t = &r.tables[0];
    assert!(
        t.phases
            .iter()
            .any(|p| p.phase == "Build" && p.planned_minutes == Some(20))
    );
    assert!(t.phases.iter().all(|p| !p.took.is_empty()));
    // Two groups cannot be dealt every card of the deck.
    assert!(!r.cards.never_dealt.is_empty());
    assert!(!r.cards.dealt_never_chosen.is_empty());
}

#[test]
fn the_report_goes_into_a_new_folder_and_never_overwrites_without_force() {
    let dir = tempdir();
    let s = rehearsed(&hub(), 2, 4);
    let folder = report::export(std::slice::from_ref(&s), dir.path(), false).unwrap();
    assert_eq!(folder.file_name().unwrap(), "2017-11-16-hub-for-london");
    for f in [
        "report.md",
        "report.html",
        "session.json",
        "network.graphml",
        "network-elements.csv",
        "network-connections.csv",
    ] {
        assert!(folder.join(f).is_file(), "{f} missing");
    }
    std::fs::write(folder.join("mine.txt"), "keep").unwrap();
    let err = report::export(std::slice::from_ref(&s), dir.path(), false).unwrap_err();
    assert!(err.contains("already exists; nothing was written"), "{err}");
    assert!(folder.join("mine.txt").exists());
    report::export(std::slice::from_ref(&s), dir.path(), true).unwrap();
    assert!(
        !folder.join("mine.txt").exists(),
        "--force replaced the folder"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no partial folders: {leftovers:?}");
}

#[test]
fn a_failed_export_says_why_and_leaves_nothing() {
    let dir = tempdir();
    let blocker = dir.path().join("out");
    std::fs::write(&blocker, "a file, not a folder").unwrap();
    let s = rehearsed(&hub(), 2, 4);
    let err = report::export(&[s], &blocker, false).unwrap_err();
    assert!(err.starts_with("cannot create"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&blocker).unwrap(),
        "a file, not a folder"
    );
}

#[test]
fn the_cli_merges_session_files_into_one_report() {
    let dir = tempdir();
    let mut files = Vec::new();
    for i in 0..2u64 {
        let path = dir.path().join(format!("t{i}.session.json"));
        std::fs::write(&path, rehearsed(&hub(), 2, i).to_bytes()).unwrap();
        files.push(path);
    }
    let out = dir.path().join("reports");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_livinglab"))
        .arg("report")
        .args(&files)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("wrote the report of 2 session(s)"));
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("2017-11-16-hub-for-london/session.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(json["schema"], "livinglab-report");
    assert_eq!(json["tables"].as_array().unwrap().len(), 2);
}

#[test]
fn the_report_says_which_role_gave_each_pledge() {
    let mut deck = hub();
    for r in deck.roles.iter_mut() {
        r.holds = vec!["Funding".into()];
    }
    let mut s = setup(deck, 2);
    advance_to(&mut s, Phase::Negotiate);
    ok(
        &mut s,
        Action::Pledge {
            from: 0,
            to: 1,
            kind: "Funding".into(),
            note: String::new(),
        },
    );
    let role = s.state().pledges[0].role.clone().expect("a role paid");
    let name = s.deck().role(&role).unwrap().name.clone();
    let r = report::build(std::slice::from_ref(&s)).unwrap();
    let md = render::markdown(&r).unwrap();
    assert!(
        md.contains(&format!("Funding from Group 1 ({name})")),
        "{md}"
    );
    let json = render::json(&r).unwrap();
    assert!(json.contains(&format!("\"role\": \"{name}\"")), "{json}");
}

#[test]
fn places_only_when_the_deck_ranks() {
    let plain = report::build(&[rehearsed(&hub(), 4, 11)]).unwrap();
    let md = render::markdown(&plain).unwrap();
    assert!(!md.contains("#### 1"), "no places by default:\n{md}");
    assert!(
        plain.tables[0].rounds[0]
            .solutions
            .iter()
            .all(|s| s.place.is_none())
    );
    let mut deck = hub();
    deck.rules.ranking = true;
    let ranked = report::build(&[rehearsed(&deck, 4, 11)]).unwrap();
    let md = render::markdown(&ranked).unwrap();
    assert!(md.contains("#### 1"), "places when the deck ranks:\n{md}");
    let places: Vec<usize> = ranked.tables[0].rounds[0]
        .solutions
        .iter()
        .map(|s| s.place.unwrap())
        .collect();
    assert!(places.windows(2).all(|w| w[0] <= w[1]), "{places:?}");
}

#[test]
fn the_facilitators_choice_of_room_language_is_logged_and_the_report_follows_it() {
    // An English deck; the facilitator chooses Urdu at setup.
    let mut s = setup(hub(), 2);
    assert!(
        refused(
            &mut s,
            Action::SetLanguage {
                language: Some("Urdu".into())
            }
        )
        .contains("not a BCP 47 language tag")
    );
    ok(
        &mut s,
        Action::SetLanguage {
            language: Some("ur".into()),
        },
    );
    assert_eq!(s.state().language.as_deref(), Some("ur"));
    advance_to(&mut s, Phase::Debrief);
    // Replayed from its log, the session says the same.
    let replayed = Session::replay(
        s.original_deck().clone(),
        s.seed(),
        s.created_at(),
        s.log().to_vec(),
        Vec::new(),
    )
    .expect("the log replays");
    assert_eq!(replayed.state().language.as_deref(), Some("ur"));
    let r = report::build(&[replayed]).unwrap();
    assert_eq!(r.deck.language.as_deref(), Some("ur"));
    let html = render::html(&r).unwrap();
    assert!(
        html.contains("<html lang=\"ur\" dir=\"rtl\">"),
        "{}",
        &html[..100]
    );
    assert!(html.contains("<h3>گروپ اور کردار</h3>"));
    let md = render::markdown(&r).unwrap();
    assert!(
        md.contains("ورکشاپ کی رپورٹ") && !md.contains("Groups and roles"),
        "{md}"
    );
    // After setup the room's language is fixed.
    let mut late = at(Phase::Build, 2);
    assert!(
        refused(
            &mut late,
            Action::SetLanguage {
                language: Some("pl".into())
            }
        )
        .contains("happens in the Setup phase")
    );
}

#[test]
fn the_report_counts_hidden_texts_and_never_says_what_they_said() {
    let mut s = at(Phase::Build, 2);
    let at_ms = s.state().now + 1000;
    s.act(
        Action::SetTitle {
            group: 0,
            title: "Something rude".into(),
        }
        .held(1),
        at_ms,
    )
    .unwrap();
    let number = s.state().held[0].number;
    s.act(Action::HideHeld { number }, at_ms + 1000).unwrap();
    // Another, still waiting when the report is written: not in it either.
    s.act(
        Action::SetPitch {
            group: 1,
            pitch: "Unapproved words".into(),
        }
        .held(2),
        at_ms + 2000,
    )
    .unwrap();
    let r = report::build(&[s]).unwrap();
    let files = report::files(&r).unwrap();
    for (name, text) in &files {
        assert!(
            !text.contains("Something rude") && !text.contains("Unapproved words"),
            "{name} says what a held or hidden text said"
        );
    }
    let md = render::markdown(&r).unwrap();
    assert!(
        md.contains("One text written on a device was hidden by the facilitator."),
        "{md}"
    );
    let html = render::html(&r).unwrap();
    assert!(html.contains("hidden by the facilitator"));
}
