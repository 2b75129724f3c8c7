//! The session as a network of groups, roles, challenges, ideas, methods and
//! solutions; what is central in it (betweenness, on a petgraph graph); and
//! a deterministic layout for the map in the HTML report.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::{NodeIndex, UnGraph};

use crate::deck::{Deck, original_id};
use crate::session::{Session, State};

use super::build::{Several, card_ref, group_name};
use super::model::*;

#[derive(Default)]
struct Builder {
    nodes: Vec<Node>,
    index: BTreeMap<String, usize>,
    edges: BTreeMap<(String, String, String), u32>,
}

impl Builder {
    fn node(&mut self, id: String, label: String, kind: &str, description: String) -> String {
        if !self.index.contains_key(&id) {
            self.index.insert(id.clone(), self.nodes.len());
            self.nodes.push(Node {
                id: id.clone(),
                label: xml_safe(&label),
                kind: kind.into(),
                description: xml_safe(&description),
                x: 0.0,
                y: 0.0,
            });
        }
        id
    }

    fn edge(&mut self, source: &str, target: &str, kind: &str, weight: u32) {
        *self
            .edges
            .entry((source.into(), target.into(), kind.into()))
            .or_default() += weight;
    }

    fn card(&mut self, deck: &Deck, state: &State, table: usize, id: &str) -> String {
        let c = card_ref(deck, state, id);
        let (node_id, kind) = match c.kind.as_str() {
            "written" => (
                format!("written:t{table}:{}", id.trim_start_matches("written:")),
                "idea",
            ),
            k => (format!("{k}:{}", c.id), k),
        };
        let label = if c.kind == "written" {
            format!("{} (written)", c.title)
        } else {
            c.title.clone()
        };
        self.node(
            node_id,
            label,
            if kind == "written" { "idea" } else { kind },
            c.text,
        )
    }
}

/// Characters XML 1.0 cannot carry are dropped from labels.
fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
        })
        .collect()
}

/// The kinds of link the network draws, as `session.json` and the tools
/// name them (the report says each in its language: `link-…` messages).
pub const LINKS: [&str; 8] = [
    "took the role",
    "worked on",
    "used in",
    "championed",
    "pledged support",
    "will deliver",
    "voted for",
    "traded with",
];

pub(super) fn build(sessions: &[&Session], several: Several) -> Network {
    let mut b = Builder::default();
    for (t, session) in sessions.iter().enumerate() {
        let table = t + 1;
        let state = session.state();
        // Each table's own deck: it may have been revised during the session.
        let deck = session.deck();
        let group_id = |g: usize| format!("t{table}-g{g}");
        for (g, group) in state.groups.iter().enumerate() {
            let id = b.node(
                group_id(g),
                group_name(state, table, g, several),
                "group",
                String::new(),
            );
            for role in &group.roles {
                let r = card_ref(deck, state, role);
                let rid = b.node(format!("role:{}", r.id), r.title, "role", r.text);
                b.edge(&id, &rid, "took the role", 1);
            }
        }
        for round in 1..=state.round {
            for s in state.solutions(round) {
                let g = s.group;
                let sid = format!("t{table}-r{round}-g{g}");
                let title = if s.title.is_empty() {
                    "(untitled solution)".to_string()
                } else {
                    s.title.clone()
                };
                let label = format!(
                    "{title} — {}, round {round}",
                    group_name(state, table, g, several)
                );
                b.node(sid.clone(), label, "solution", s.pitch.clone());
                if let Some(c) = &s.challenge {
                    let cid = b.card(deck, state, table, c);
                    b.edge(&group_id(g), &cid, "worked on", 1);
                }
                for c in s.ideas.iter().chain(&s.methods) {
                    let cid = b.card(deck, state, table, c);
                    b.edge(&cid, &sid, "used in", 1);
                }
                for r in &s.champions {
                    b.edge(&format!("role:{}", original_id(r)), &sid, "championed", 1);
                }
                for p in state
                    .pledges
                    .iter()
                    .filter(|p| p.round == round && p.to == g)
                {
                    b.edge(&group_id(p.from), &sid, "pledged support", 1);
                }
                for c in state
                    .commitments
                    .iter()
                    .filter(|c| c.round == round && c.to == g)
                {
                    b.edge(
                        &format!("role:{}", original_id(&c.role)),
                        &sid,
                        "will deliver",
                        1,
                    );
                }
                for d in state.dots.iter().filter(|d| d.round == round && d.on == g) {
                    b.edge(&group_id(d.by), &sid, "voted for", 1);
                }
            }
        }
        for t in &state.trades {
            b.edge(&group_id(t.from), &group_id(t.to), "traded with", 1);
        }
    }
    let edges = b
        .edges
        .into_iter()
        .filter(|((s, t, _), _)| b.index.contains_key(s) && b.index.contains_key(t))
        .map(|((source, target, kind), weight)| Edge {
            source,
            target,
            kind,
            weight,
        })
        .collect();
    let mut net = Network {
        nodes: b.nodes,
        edges,
    };
    lay_out(&mut net);
    net
}

fn graph(net: &Network) -> UnGraph<usize, ()> {
    let mut g = UnGraph::<usize, ()>::new_undirected();
    let index: BTreeMap<&str, NodeIndex> = net
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), g.add_node(i)))
        .collect();
    let mut seen = BTreeSet::new();
    for e in &net.edges {
        if let (Some(&a), Some(&b)) = (index.get(e.source.as_str()), index.get(e.target.as_str()))
            && a != b
            && seen.insert((a.min(b), a.max(b)))
        {
            g.add_edge(a, b, ());
        }
    }
    g
}

/// What is central, what joined several groups' solutions, and which roles
/// of different groups stood behind the same solution.
pub(super) fn analyse(net: &mut Network, tables: &[Table]) -> Analysis {
    let g = graph(net);
    let betweenness = betweenness(&g);
    let mut central: Vec<Centrality> = g
        .node_indices()
        .filter_map(|i| {
            let n = &net.nodes[g[i]];
            let degree = g.neighbors(i).count();
            (matches!(n.kind.as_str(), "idea" | "method") && degree > 0).then(|| Centrality {
                id: n.id.clone(),
                label: n.label.clone(),
                kind: n.kind.clone(),
                degree,
                betweenness: (betweenness.get(i.index()).copied().unwrap_or(0.0) * 10_000.0)
                    .round()
                    / 10_000.0,
            })
        })
        .collect();
    central.sort_by(|a, b| {
        b.betweenness
            .total_cmp(&a.betweenness)
            .then(b.degree.cmp(&a.degree))
            .then(a.label.cmp(&b.label))
    });
    central.truncate(10);

    let mut used_by: BTreeMap<(String, String), (CardRef, BTreeSet<String>)> = BTreeMap::new();
    let mut behind: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for t in tables {
        for r in &t.rounds {
            for s in &r.solutions {
                for c in s
                    .ideas
                    .iter()
                    .chain(&s.methods)
                    .filter(|c| c.kind != "written")
                {
                    used_by
                        .entry((c.kind.clone(), c.id.clone()))
                        .or_insert_with(|| (c.clone(), BTreeSet::new()))
                        .1
                        .insert(s.group.clone());
                }
                let mut people: Vec<(String, String)> = s
                    .champions
                    .iter()
                    .map(|c| (c.clone(), s.group.clone()))
                    .collect();
                people.extend(
                    s.deliverers
                        .iter()
                        .map(|d| (d.role.clone(), d.group.clone())),
                );
                people.sort();
                people.dedup();
                let title = if s.title.is_empty() {
                    format!("{}'s solution", s.group)
                } else {
                    s.title.clone()
                };
                for (i, a) in people.iter().enumerate() {
                    for b in &people[i + 1..] {
                        if a.1 != b.1 {
                            let key = (format!("{} ({})", a.0, a.1), format!("{} ({})", b.0, b.1));
                            behind.entry(key).or_default().insert(title.clone());
                        }
                    }
                }
            }
        }
    }
    let shared_cards = used_by
        .into_values()
        .filter(|(_, groups)| groups.len() > 1)
        .map(|(card, groups)| SharedCard {
            card,
            groups: groups.into_iter().collect(),
        })
        .collect();
    let mut alliances: Vec<Alliance> = behind
        .into_iter()
        .map(|((first, second), solutions)| Alliance {
            first,
            second,
            solutions: solutions.into_iter().collect(),
        })
        .collect();
    alliances.sort_by(|a, b| {
        b.solutions
            .len()
            .cmp(&a.solutions.len())
            .then(a.first.cmp(&b.first))
    });
    Analysis {
        central_cards: central,
        shared_cards,
        alliances,
    }
}

/// Betweenness centrality of every node (rustworkx-core's Brandes): the
/// share of shortest paths between two other nodes that pass through it,
/// normalised by (n − 1)(n − 2). Run on one thread: a report's graph is a
/// few hundred nodes, and threads would cost more than they save.
fn betweenness(g: &UnGraph<usize, ()>) -> Vec<f64> {
    rustworkx_core::centrality::betweenness_centrality(g, false, true, usize::MAX)
        .into_iter()
        .map(|b| b.unwrap_or(0.0))
        .collect()
}

/// Passes of the layout, and how much it cools after each: the last pass
/// moves a node by at most a fifth of a unit of the 1,000-unit map.
const LAYOUT_PASSES: usize = 120;
const COOLING: f64 = 0.95;

/// A force-directed layout (Fruchterman–Reingold) from a fixed start, so the
/// same session always draws the same map.
fn lay_out(net: &mut Network) {
    let n = net.nodes.len();
    if n == 0 {
        return;
    }
    let g = graph(net);
    let size = 1000.0_f64;
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = i as f64 / n as f64 * std::f64::consts::TAU;
            let r = 300.0 + 150.0 * ((i % 3) as f64);
            // libm's cosine and sine (pure Rust) give the same bits on
            // every system; the platform's own differ in the last place
            // between glibc and Windows, which moved nodes of the map by
            // a pixel and made the reports' session.json differ.
            (500.0 + r * libm::cos(a), 500.0 + r * libm::sin(a))
        })
        .collect();
    let k = (size * size / n as f64).sqrt() * 0.6;
    let k2 = k * k;
    let mut temp = size / 10.0;
    for _ in 0..LAYOUT_PASSES {
        let mut disp = vec![(0.0_f64, 0.0_f64); n];
        for i in 0..n {
            let (xi, yi) = pos[i];
            let (mut sx, mut sy) = (0.0, 0.0);
            for j in (i + 1)..n {
                let (dx, dy) = (xi - pos[j].0, yi - pos[j].1);
                // The force k²/d along the unit vector (dx, dy)/d: no square
                // root needed, and this pair loop is most of a report's time.
                let q = k2 / (dx * dx + dy * dy).max(1e-4);
                sx += dx * q;
                sy += dy * q;
                disp[j].0 -= dx * q;
                disp[j].1 -= dy * q;
            }
            disp[i].0 += sx;
            disp[i].1 += sy;
        }
        for e in g.edge_indices() {
            if let Some((a, b)) = g.edge_endpoints(e) {
                let (i, j) = (g[a], g[b]);
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d = (dx * dx + dy * dy).sqrt().max(0.01);
                let f = d * d / k;
                disp[i].0 -= dx / d * f;
                disp[i].1 -= dy / d * f;
                disp[j].0 += dx / d * f;
                disp[j].1 += dy / d * f;
            }
        }
        for i in 0..n {
            let (dx, dy) = disp[i];
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            pos[i].0 += dx / d * d.min(temp);
            pos[i].1 += dy / d * d.min(temp);
        }
        temp *= COOLING;
    }
    let (min_x, max_x) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (min_y, max_y) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let span = |lo: f64, hi: f64| if hi - lo < 1.0 { 1.0 } else { hi - lo };
    for (node, (x, y)) in net.nodes.iter_mut().zip(pos) {
        node.x = (40.0 + (x - min_x) / span(min_x, max_x) * 920.0).round();
        node.y = (40.0 + (y - min_y) / span(min_y, max_y) * 920.0).round();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_middle_of_a_path_and_the_centre_of_a_star_are_on_every_path() {
        let mut path = UnGraph::<usize, ()>::new_undirected();
        let [a, b, c] = [0, 1, 2].map(|i| path.add_node(i));
        path.add_edge(a, b, ());
        path.add_edge(b, c, ());
        assert_eq!(betweenness(&path), vec![0.0, 1.0, 0.0]);

        let mut star = UnGraph::<usize, ()>::new_undirected();
        let centre = star.add_node(0);
        for i in 1..6 {
            let leaf = star.add_node(i);
            star.add_edge(centre, leaf, ());
        }
        let b = betweenness(&star);
        assert_eq!(b[0], 1.0);
        assert!(b[1..].iter().all(|&x| x == 0.0));
    }
}
