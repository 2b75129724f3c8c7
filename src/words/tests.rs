//! The translations against their English original, and the code against
//! the messages it asks for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

/// Each message's variables, by id.
fn messages(tag: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("assets/words/{tag}.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            let Some(value) = &m.value else {
                panic!("{tag}.ftl: {} has no text", m.id.name);
            };
            pattern(value, &mut vars);
            let id = m.id.name.to_string();
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{tag}.ftl: {id} is given twice"
            );
        }
    }
    out
}

fn pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(selector, vars);
            for v in variants {
                pattern(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline(i, vars),
    }
}

fn inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, vars);
            }
            for a in &arguments.named {
                inline(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_only_the_variables_english_passes() {
    let (_, english_text) = files::FILES
        .iter()
        .find(|(tag, _)| *tag == ENGLISH)
        .expect("English is built in");
    let english = messages(ENGLISH, english_text);
    assert!(english.len() > 100, "en.ftl has {} messages", english.len());
    let mut problems = Vec::new();
    for (tag, text) in files::FILES.iter().filter(|(t, _)| *t != ENGLISH) {
        let translated = messages(tag, text);
        for (id, vars) in &english {
            match translated.get(id) {
                None => problems.push(format!("{tag}.ftl lacks {id}")),
                Some(used) => {
                    for v in used.difference(vars) {
                        problems.push(format!(
                            "{tag}.ftl: {id} uses ${v}, which the English original does not pass"
                        ));
                    }
                }
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}.ftl has {id}, which English no longer has"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn at_least_five_languages_ship_among_them_bengali_urdu_and_polish() {
    let tags = shipped();
    assert_eq!(tags.first(), Some(&ENGLISH));
    for needed in ["bn", "ur", "pl"] {
        assert!(tags.contains(&needed), "{needed} is not shipped: {tags:?}");
    }
    assert!(tags.len() >= 5, "{tags:?}");
    // Each says its own name in itself, not in English.
    for tag in tags.iter().filter(|t| **t != ENGLISH) {
        assert_ne!(get(tag).name(), "English", "{tag}");
    }
}

/// The ids code and pages ask for: `say!(words, "id"…)` in Rust, `t("id"…)`
/// in templates and the phone page.
fn asked_for() -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            // This file asks for missing ids on purpose.
            if path.ends_with("words/tests.rs") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for opener in ["say!(", "msg!(", "t(\""] {
                for (at, _) in text.match_indices(opener) {
                    // `t(` alone, not the end of `get(` or `x.t(`.
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                        continue;
                    }
                    let rest = &text[at + opener.len()..];
                    // `say!(words, "id"`: the id is the first string literal.
                    let rest = if opener != "t(\"" {
                        match rest.find('"') {
                            Some(q) if !rest[..q].contains(')') => &rest[q + 1..],
                            _ => continue,
                        }
                    } else {
                        rest
                    };
                    let Some(end) = rest.find('"') else { continue };
                    let id = &rest[..end];
                    // `t("kind-" ~ c.kind)`: a family, checked name by name below.
                    if !id.is_empty()
                        && !id.ends_with('-')
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        found.insert(id.to_string(), path.display().to_string());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let asked = asked_for();
    assert!(asked.len() > 50, "only {} ids found", asked.len());
    let missing: Vec<String> = asked
        .iter()
        .filter(|(id, _)| !english().has(id))
        .map(|(id, file)| format!("{id} (asked for in {file})"))
        .collect();
    assert!(missing.is_empty(), "en.ftl lacks {missing:?}");
}

#[test]
fn the_messages_named_from_the_games_own_names_are_all_there() {
    use crate::session::{Horizon, Phase};
    let phases = [
        Phase::Setup,
        Phase::Briefing,
        Phase::Roles,
        Phase::Challenge,
        Phase::Build,
        Phase::Present,
        Phase::Negotiate,
        Phase::ReportBack,
        Phase::Vote,
        Phase::Debrief,
    ];
    for p in phases {
        let key = p.name().to_lowercase();
        for family in ["phase", "hint"] {
            let id = format!("{family}-{key}");
            assert!(english().has(&id), "en.ftl lacks {id}");
        }
    }
    for h in Horizon::ALL {
        let id = format!("horizon-{}", h.name().to_lowercase());
        assert!(english().has(&id), "en.ftl lacks {id}");
    }
    // The links the report's network draws (src/report/network.rs).
    for link in crate::report::LINKS {
        let id = format!("link-{}", link.replace(' ', "-"));
        assert!(english().has(&id), "en.ftl lacks {id}");
    }
    for kind in [
        "challenge",
        "idea",
        "method",
        "role",
        "criterion",
        "group",
        "solution",
        "written",
    ] {
        assert!(english().has(&format!("kind-{kind}")), "kind-{kind}");
    }
}

#[test]
fn polish_counts_its_dots_as_poles_do() {
    let pl = get("pl");
    let dots = |n: i64| say!(pl, "report-dots", count = n);
    assert_eq!(dots(1), "1 kropka");
    assert_eq!(dots(2), "2 kropki");
    assert_eq!(dots(5), "5 kropek");
    assert_eq!(dots(12), "12 kropek");
    assert_eq!(dots(22), "22 kropki");
    assert_eq!(say!(english(), "report-dots", count = 1), "1 dot");
    assert_eq!(say!(english(), "report-dots", count = 5), "5 dots");
}

#[test]
fn a_language_is_found_from_what_a_browser_or_a_deck_says() {
    assert_eq!(get("pl-PL").tag(), "pl");
    assert_eq!(get("bn-BD").tag(), "bn");
    assert_eq!(get("xx").tag(), ENGLISH);
    assert_eq!(get("").tag(), ENGLISH);
    assert_eq!(get("not a tag at all").tag(), ENGLISH);
    assert_eq!(
        choose(
            accepted("fr-CH, fr;q=0.9, bn;q=0.8, en;q=0.5")
                .iter()
                .map(String::as_str)
        ),
        Some("bn")
    );
    assert_eq!(choose(accepted("").iter().map(String::as_str)), None);
    assert_eq!(get("ur").direction(), "rtl");
    assert_eq!(get("bn").direction(), "ltr");
}

#[test]
fn a_message_a_translation_lacks_is_said_in_english_and_an_unknown_one_by_its_id() {
    assert_eq!(say!(get("pl"), "no-such-message"), "no-such-message");
    assert_eq!(say!(english(), "report-none"), "none");
}
