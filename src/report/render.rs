//! The report in each format, from templates (minijinja) with every value
//! escaped for its format by the formatter, not by hand.

use std::collections::BTreeMap;

use minijinja::{Environment, Value, context};
use serde::Serialize;

use super::model::Report;
use crate::escape;
use crate::palette;

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_formatter(|out, state, value| {
        let name = state.name();
        if value.is_safe() || value.is_none() {
            return minijinja::escape_formatter(out, state, value);
        }
        // Strings as they are, without a copy; anything else as text.
        let owned;
        let text = if value.is_undefined() {
            ""
        } else if let Some(s) = value.as_str() {
            s
        } else {
            owned = value.to_string();
            &owned
        };
        let escaped = if name.ends_with(".md") {
            escape::markdown(text, false)
        } else {
            escape::html(text)
        };
        out.write_str(&escaped)?;
        Ok(())
    });
    crate::words::add_to(&mut env);
    env.add_filter("md_lines", |text: String| {
        Value::from_safe_string(escape::markdown(&text, true))
    });
    let templates = [
        ("report.md", include_str!("templates/report.md")),
        ("report.html", include_str!("templates/report.html")),
        ("network.graphml", include_str!("templates/network.graphml")),
    ];
    for (name, source) in templates {
        // The templates are part of the program; a broken one fails the tests.
        if let Err(e) = env.add_template(name, source) {
            panic!("template {name} does not parse: {e}");
        }
    }
    env
}

fn render(name: &str, ctx: Value) -> Result<String, String> {
    // Made once: parsing the templates again for every file was wasted work.
    static ENVIRONMENT: std::sync::OnceLock<Environment<'static>> = std::sync::OnceLock::new();
    let env = ENVIRONMENT.get_or_init(environment);
    let template = env.get_template(name).map_err(|e| e.to_string())?;
    template
        .render(ctx)
        .map_err(|e| format!("cannot write {name}: {e}"))
}

/// The report's words: the room's language where the game speaks it.
fn words(report: &Report) -> &'static crate::words::Words {
    crate::words::get(
        report
            .deck
            .language
            .as_deref()
            .unwrap_or(crate::words::ENGLISH),
    )
}

/// What every template is given besides the report: its language.
fn with_language(report: &Report, more: Value) -> Value {
    let words = words(report);
    let rest = context! { ..more, ..Value::from_serialize(report) };
    context! { lang => words.tag(), dir => words.direction(), ..rest }
}

pub fn markdown(report: &Report) -> Result<String, String> {
    render("report.md", with_language(report, context! {}))
}

/// The kinds of node on the map, in the legend's order.
const KINDS: [&str; 6] = ["group", "role", "challenge", "idea", "method", "solution"];

/// The palette's colour of a kind of node, as CSS.
fn colour(kind: &str) -> String {
    palette::by_name()
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map_or(palette::OTHER_LINK, |(_, c)| c)
        .hex()
}

#[derive(Serialize)]
struct Line {
    x1: f64,
    y1: f64,
    x2: f64,
    y2: f64,
    kind: String,
    colour: String,
    width: f64,
}

#[derive(Serialize)]
struct Dot {
    x: f64,
    y: f64,
    r: f64,
    colour: String,
    label: String,
    short: String,
    kind: String,
    show: bool,
}

pub fn html(report: &Report) -> Result<String, String> {
    let net = &report.network;
    let pos: BTreeMap<&str, (f64, f64)> = net
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), (n.x, n.y)))
        .collect();
    let lines: Vec<Line> = net
        .edges
        .iter()
        .filter_map(|e| {
            let (a, b) = (pos.get(e.source.as_str())?, pos.get(e.target.as_str())?);
            Some(Line {
                x1: a.0,
                y1: a.1,
                x2: b.0,
                y2: b.1,
                kind: e.kind.clone(),
                colour: match e.kind.as_str() {
                    "voted for" => palette::VOTE_LINK,
                    "pledged support" | "will deliver" => palette::SUPPORT_LINK,
                    _ => palette::OTHER_LINK,
                }
                .hex(),
                width: (1.0 + f64::from(e.weight)).min(5.0),
            })
        })
        .collect();
    let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &net.edges {
        *degree.entry(e.source.as_str()).or_default() += 1;
        *degree.entry(e.target.as_str()).or_default() += 1;
    }
    let central: Vec<&str> = report
        .analysis
        .central_cards
        .iter()
        .take(5)
        .map(|c| c.id.as_str())
        .collect();
    let dots: Vec<Dot> = net
        .nodes
        .iter()
        .map(|n| {
            let d = degree.get(n.id.as_str()).copied().unwrap_or(0) as f64;
            let short: String = n.label.chars().take(28).collect();
            Dot {
                x: n.x,
                y: n.y,
                r: (5.0 + d.sqrt() * 2.0).min(18.0),
                colour: colour(&n.kind),
                label: n.label.clone(),
                short: if n.label.chars().count() > 28 {
                    format!("{short}…")
                } else {
                    short
                },
                kind: n.kind.clone(),
                show: n.kind == "group" || central.contains(&n.id.as_str()),
            }
        })
        .collect();
    let kinds: Vec<BTreeMap<&str, String>> = KINDS
        .iter()
        .map(|k| BTreeMap::from([("name", (*k).to_string()), ("colour", colour(k))]))
        .collect();
    let colours: BTreeMap<&str, String> = palette::by_name()
        .into_iter()
        .map(|(k, c)| (k, c.hex()))
        .collect();
    let ctx = with_language(
        report,
        context! { lines => lines, dots => dots, kinds => kinds, colours => colours },
    );
    render("report.html", ctx)
}

pub fn graphml(report: &Report) -> Result<String, String> {
    render("network.graphml", with_language(report, context! {}))
}

pub fn json(report: &Report) -> Result<String, String> {
    serde_json::to_string_pretty(report).map_err(|e| e.to_string())
}

fn csv_of(header: &[&str], rows: Vec<Vec<String>>) -> Result<String, String> {
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    w.write_record(header).map_err(|e| e.to_string())?;
    for row in rows {
        w.write_record(row.iter().map(|c| escape::csv_cell(c)))
            .map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// Kumu's elements sheet: one row per node.
pub fn elements_csv(report: &Report) -> Result<String, String> {
    let words = words(report);
    csv_of(
        &["ID", "Label", "Type", "Description"],
        report
            .network
            .nodes
            .iter()
            .map(|n| {
                vec![
                    n.id.clone(),
                    n.label.clone(),
                    words.say(&format!("kind-{}", n.kind), None),
                    n.description.clone(),
                ]
            })
            .collect(),
    )
}

/// Kumu's connections sheet: one row per link.
pub fn connections_csv(report: &Report) -> Result<String, String> {
    let words = words(report);
    csv_of(
        &["From", "To", "Type", "Weight"],
        report
            .network
            .edges
            .iter()
            .map(|e| {
                vec![
                    e.source.clone(),
                    e.target.clone(),
                    words.say(&format!("link-{}", e.kind.replace(' ', "-")), None),
                    e.weight.to_string(),
                ]
            })
            .collect(),
    )
}
