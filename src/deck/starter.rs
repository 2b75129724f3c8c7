//! The commented starter deck `livinglab new` writes.

use std::path::Path;

use super::validate::slug;

/// The starter deck text, with the deck id made from the file name.
pub fn starter(path: &Path) -> String {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("my-deck");
    TEMPLATE.replace("{{ID}}", &slug(stem))
}

const TEMPLATE: &str = r#"// A Living Lab deck. Lines starting with // are comments: they are ignored.
// Check it at any time with:   livinglab check THIS_FILE.ron
// Every field is explained in docs/deck-format.md.
Deck(
    format: 1,                        // always 1 for this version of Living Lab
    id: "{{ID}}",                     // lowercase letters, digits and '-'
    title: "Our neighbourhood, better connected",
    summary: "Groups take roles, draw a challenge, and build a solution from idea and method cards.",
    source: "Written for our workshop",   // optional: where the content comes from

    // Roles: who the players are. Each group takes `roles_per_group` of them.
    roles: [
        Role(id: "resident", name: "Resident",
             brief: "You have lived here twenty years and know who to ask.",
             wants: "Services that are easy to find."),        // `wants` is optional
        Role(id: "councillor", name: "Councillor",
             brief: "You answer to the whole ward and hold a small budget."),
        Role(id: "youth-worker", name: "Youth worker",
             brief: "You run the Friday club and know what young people need."),
        Role(id: "shop-owner", name: "Shop owner",
             brief: "Your shop is where people meet and talk."),
    ],

    // Challenges: each group draws one and works on it.
    challenges: [
        Card(id: "hard-to-find", title: "Help is hard to find",
             text: "People do not know which local groups could help them."),
        Card(id: "no-space", title: "Nowhere to meet",
             text: "Groups have no affordable room to meet in."),
        Card(id: "lonely", title: "Lonely in a crowd",
             text: "Many older residents see nobody from one week to the next."),
    ],

    // Ideas: what a solution does. Groups are dealt a hand of these.
    ideas: [
        Card(id: "directory", title: "A shared directory",
             text: "One list of every group and service, kept up to date by the groups themselves.",
             tags: ["information"]),               // tags are optional
        Card(id: "open-doors", title: "Open doors day",
             text: "Every group opens its doors on the same Saturday.", cost: 2),   // cost 1 to 3, 1 when left out
        Card(id: "room-share", title: "Room sharing",
             text: "Organisations lend their empty rooms to groups in the evenings."),
        Card(id: "buddies", title: "Buddies",
             text: "Volunteers visit a neighbour once a week."),
        Card(id: "connector", title: "Community connector",
             text: "A person whose job is to introduce people to what is on locally."),
        Card(id: "noticeboard", title: "Noticeboard",
             text: "A board in the shop window for what is happening this week."),
    ],

    // Methods: how a solution gets done.
    methods: [
        Card(id: "mapping", title: "Network mapping",
             text: "Draw who knows whom, and find the gaps."),
        Card(id: "stories", title: "Storytelling",
             text: "Collect and share stories of what works."),
        Card(id: "meetup", title: "Regular meetups",
             text: "Meet once a month, same place, same time."),
        Card(id: "forum", title: "Online forum",
             text: "A place online to ask and answer questions."),
    ],

    // Criteria: what groups vote on with their dots.
    criteria: [
        Criterion(id: "useful", name: "Useful", question: "Would it help the people who need it most?"),
        Criterion(id: "doable", name: "Doable", question: "Could we start it next month?"),
    ],

    levels: ["Street", "Neighbourhood", "Borough"],      // optional: where a solution works
    support: ["Funding", "Endorsement", "Sharing"],      // optional: what groups pledge to each other

    // Rules are optional; every field has a default (see docs/deck-format.md).
    rules: Rules(
        rounds: 1,
        roles_per_group: 1,
        hand: Hand(ideas: 3, methods: 2),
        solution: SolutionRules(ideas: (1, 2), methods: (1, 1)),   // (least, most) cards in a solution
        dots_per_group: 2,
        minutes: Minutes(roles: 3, challenge: 2, build: 15, present: 2, negotiate: 5, vote: 3),
    ),
)
"#;
