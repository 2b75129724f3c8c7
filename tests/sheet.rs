//! Decks through a spreadsheet and onto paper.

mod common;

use common::*;
use livinglab::deck::{self, print, sheet};

#[test]
fn a_deck_round_trips_through_a_sheet_without_loss() {
    let mut hub = hub();
    hub.rules.budget = Some(9);
    hub.ideas[0].image = Some("images/x.png".into());
    hub.ideas[1].tags = vec!["a, with comma".into(), "b".into()];
    hub.roles[0].holds = vec!["Funding".into(), "Funding".into(), "Sharing".into()];
    let mut per_group = hub.clone();
    for r in &mut per_group.roles {
        r.holds.clear();
    }
    per_group.rules.support_per_group = Some(3);
    per_group.rules.ranking = true;
    // In the room's language and two more, some cards translated.
    let mut translated = hub.clone();
    translated.language = Some("pl".into());
    translated.languages = vec!["bn".into(), "ur".into()];
    translated.roles[0].translations.insert(
        "bn".into(),
        deck::RoleWords {
            name: "মসজিদের ইমাম".into(),
            brief: "আপনি প্রতি শুক্রবার, \"তিনশো\" মানুষের সাথে কথা বলেন।".into(),
        },
    );
    for tag in ["bn", "ur"] {
        translated.ideas[0].translations.insert(
            tag.into(),
            deck::CardWords {
                title: format!("{tag}: ایک فہرست, with a comma"),
                text: "دو\nسطریں".into(),
            },
        );
    }
    translated.criteria[0].translations.insert(
        "ur".into(),
        deck::CriterionWords {
            name: "ممکن".into(),
            question: "کیا ہم اسے شروع کر سکتے ہیں؟".into(),
        },
    );
    for d in [
        translated,
        per_group,
        hub,
        deck::check_str(&deck::starter::starter(std::path::Path::new("s.ron")), None)
            .deck
            .unwrap(),
    ] {
        let csv = sheet::export(&d).unwrap();
        let back = sheet::import(csv.as_bytes(), "other-name").unwrap();
        assert_eq!(back, d);
        // And through the commented RON file `import` writes.
        let ron = sheet::to_ron(&back, Some("sheet.csv")).unwrap();
        let checked = deck::check_str(&ron, None);
        assert_eq!(
            checked.deck.as_ref(),
            Some(&d),
            "{}",
            checked.render("written.ron")
        );
        assert!(ron.starts_with("// "), "the written deck is commented");
    }
}

#[test]
fn a_sheet_with_quoted_commas_newlines_and_a_bom_imports() {
    let csv = "\u{feff}kind,id,title,text,tags,source\r\n\
        role,,Resident,\"You live here, and know who to ask.\",,\r\n\
        challenge,,Hard to find,\"Two lines:\nhelp is hard to find.\",access;information,Our survey\r\n\
        idea,,Directory,One list of every group.,,\r\n\
        idea,,Directory,Another with the same title.,,\r\n\
        method,,Mapping,Draw who knows whom.,,\r\n\
        criterion,useful,Useful,Would it help?,,\r\n";
    let d = sheet::import(csv.as_bytes(), "Our Street").unwrap();
    assert_eq!(d.id, "our-street");
    assert_eq!(d.roles[0].brief, "You live here, and know who to ask.");
    assert_eq!(d.challenges[0].text, "Two lines:\nhelp is hard to find.");
    assert_eq!(d.challenges[0].tags, vec!["access", "information"]);
    assert_eq!(d.challenges[0].source.as_deref(), Some("Our survey"));
    assert_eq!(d.ideas[0].id, "directory");
    assert_eq!(
        d.ideas[1].id, "directory-2",
        "ids are made from titles, and kept unique"
    );
    // The rules are fitted to the cards, so the deck passes check.
    let ron = sheet::to_ron(&d, None).unwrap();
    assert!(
        deck::check_str(&ron, None).is_ok(),
        "{}",
        deck::check_str(&ron, None).render("x")
    );
}

#[test]
fn bad_rows_are_reported_by_row_number() {
    let csv = "kind,id,title,text,tags,source,cost\n\
        role,r,Resident,You live here.,,,\n\
        widget,,x,y,,,\n\
        idea,Bad Id,Title,Text,,,\n\
        idea,,,No title,,,\n\
        idea,,Costly,Too dear,,,7\n\
        method,r,Dup,Same id as the role,,,\n\
        criterion,c,Useful,Would it help?,,,\n\
        challenge,,C,A challenge.,,,\n";
    let rows = sheet::import(csv.as_bytes(), "d").unwrap_err();
    let said: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
    assert_eq!(
        said,
        vec![
            "row 3: the kind \"widget\" is not role, challenge, idea, method or criterion",
            "row 4: the id \"Bad Id\" may use only lowercase letters, digits and '-' (for example \"bad-id\")",
            "row 5: the idea has no title",
            "row 6: the cost \"7\" is not 1, 2 or 3",
            "row 7: the id \"r\" is used by an earlier row",
            "row 1: the sheet has no idea rows; a deck needs at least one idea",
            "row 1: the sheet has no method rows; a deck needs at least one method",
        ]
    );
    let missing = sheet::import(b"kind,title\nrole,x\n", "d").unwrap_err();
    assert!(
        missing[0]
            .message
            .contains("lacks the columns id, text, tags, source"),
        "{}",
        missing[0]
    );
    let binary = sheet::import(b"\xff\xfe\x00", "d").unwrap_err();
    assert!(binary[0].message.contains("not UTF-8"));
}

#[test]
fn the_printed_cards_have_one_element_per_card_and_inert_text() {
    let mut d = hub();
    d.ideas[0].title = "<script>alert(1)</script>".into();
    let html = print::html(&d, None).unwrap();
    let cards = html.matches("<article class=\"card ").count();
    assert_eq!(
        cards,
        d.roles.len() + d.challenges.len() + d.ideas.len() + d.methods.len() + d.criteria.len()
    );
    let sheets = html.matches("<section class=\"sheet\">").count();
    assert_eq!(sheets, cards.div_ceil(print::PER_SHEET));
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("size: A4"));
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "self-contained"
    );
}

#[test]
fn the_cli_imports_exports_and_prints() {
    let dir = tempdir();
    let bin = env!("CARGO_BIN_EXE_livinglab");
    let run = |args: &[&str]| std::process::Command::new(bin).args(args).output().unwrap();
    let csv = dir.path().join("hub.csv");
    let out = run(&[
        "export",
        hub_path().to_str().unwrap(),
        "--csv",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let ron = dir.path().join("again.ron");
    let out = run(&[
        "import",
        csv.to_str().unwrap(),
        "--out",
        ron.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(run(&["check", ron.to_str().unwrap()]).status.success());
    let out = run(&[
        "import",
        csv.to_str().unwrap(),
        "--out",
        ron.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    let html = dir.path().join("cards.html");
    let out = run(&[
        "print",
        hub_path().to_str().unwrap(),
        "--out",
        html.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("100 cards on 12 A4 sheets"));
}

#[test]
fn printed_cards_embed_their_pictures_and_show_a_placeholder_for_a_missing_one() {
    let dir = tempdir();
    std::fs::create_dir(dir.path().join("images")).unwrap();
    std::fs::copy(
        root().join("scenarios/images/library-hub.png"),
        dir.path().join("images/here.png"),
    )
    .unwrap();
    let mut d = hub();
    d.ideas[0].image = Some("images/here.png".into());
    d.ideas[1].image = Some("images/gone.png".into());
    let html = print::html(&d, Some(dir.path())).unwrap();
    assert_eq!(html.matches("src=\"data:image/png;base64,").count(), 1);
    assert!(html.contains("picture missing: images/gone.png"));
    // Pictures come from the file itself, never from the network.
    assert!(html.contains("img-src data:"));
    assert!(!html.contains("src=\"http") && !html.contains("src=\"images/"));
    // With no folder to read from, every picture is a placeholder.
    let bare = print::html(&d, None).unwrap();
    assert_eq!(bare.matches("picture missing:").count(), 2);
}

#[test]
fn cards_print_in_any_of_the_decks_languages() {
    let mut d = hub();
    d.language = Some("en-GB".into());
    d.languages = vec!["bn".into()];
    d.ideas[0].translations.insert(
        "bn".into(),
        deck::CardWords {
            title: "একটি তালিকা".into(),
            text: "সব দলের একটি তালিকা।".into(),
        },
    );
    let bengali = print::in_language(&d, None, Some("bn")).unwrap();
    assert!(
        bengali.contains("<html lang=\"bn\" dir=\"ltr\">"),
        "{}",
        &bengali[..60]
    );
    assert!(bengali.contains("একটি তালিকা"));
    // The game's own words on the sheet are Bengali too.
    assert!(bengali.contains(">ধারণা") && !bengali.contains(">idea"));
    // A card not given in Bengali prints as written.
    assert!(bengali.contains(&d.ideas[1].title));
    assert!(!bengali.contains(&d.ideas[0].title));
    // The room's language, and no language: as written.
    for asked in [Some("en-gb"), None] {
        let english = print::in_language(&d, None, asked).unwrap();
        assert!(english.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
        assert!(english.contains(&d.ideas[0].title) && !english.contains("একটি তালিকা"));
    }
    // A language the deck is not given in, or no language at all: a clear no.
    let e = print::in_language(&d, None, Some("ur")).unwrap_err();
    assert_eq!(
        e,
        "the deck is not given in \"ur\"; its languages are en-GB, bn"
    );
    let e = print::in_language(&d, None, Some("Urdu")).unwrap_err();
    assert!(e.contains("not a BCP 47 language tag"), "{e}");
}
