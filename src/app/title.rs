//! The title screen: the bundled decks, recently used decks, a deck file by
//! its path, and saved sessions to resume. A deck that fails `check` shows
//! its problems with line and column; nothing here can crash the game.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};

use super::bidi::text as bidi;
use super::game::Command;
use super::theme;
use super::ui::Ctx;
use crate::deck::{self, Deck, Kind};
use crate::say;
use crate::session::{Saved, Store, clock};
use crate::words::Words;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TitleState>()
        .init_resource::<BrowserTop>()
        .add_systems(
            OnEnter(super::screens::Screen::Title),
            |mut t: ResMut<TitleState>| {
                t.saved = None;
                t.recent = None;
            },
        )
        .add_systems(Update, (browser_cards, scroll_browser).chain());
}

/// Where the bundled decks are looked for, and what was found.
#[derive(Resource, Default)]
pub struct Catalog {
    pub decks: Vec<DeckEntry>,
}

/// A deck file and what checking it found.
#[derive(Clone)]
pub struct DeckEntry {
    pub path: PathBuf,
    pub result: Result<Deck, String>,
    /// One of the decks that come with the game (shown as such, not by its
    /// path in the data folder).
    pub bundled: bool,
}

impl DeckEntry {
    pub fn read(path: &Path) -> DeckEntry {
        let result = deck::load(path).map(|l| l.deck).map_err(|e| e.rendered);
        DeckEntry {
            path: path.to_path_buf(),
            result,
            bundled: false,
        }
    }
}

impl Catalog {
    /// Every `.ron` deck in the given folders, checked, in name order.
    pub fn scan(folders: &[PathBuf]) -> Catalog {
        let mut paths: Vec<PathBuf> = Vec::new();
        for folder in folders {
            if let Ok(entries) = std::fs::read_dir(folder) {
                for e in entries.flatten() {
                    let p = dunce::canonicalize(e.path()).unwrap_or_else(|_| e.path());
                    if p.extension().is_some_and(|x| x == "ron")
                        && !paths.iter().any(|q| q.file_name() == p.file_name())
                    {
                        paths.push(p);
                    }
                }
            }
        }
        paths.sort();
        Catalog {
            decks: paths
                .iter()
                .map(|p| DeckEntry {
                    bundled: true,
                    ..DeckEntry::read(p)
                })
                .collect(),
        }
    }
}

#[derive(Resource, Default)]
pub struct TitleState {
    pub path: String,
    /// The result of opening a deck by path (errors stay on screen).
    pub opened: Option<DeckEntry>,
    pub saved: Option<Vec<Saved>>,
    /// The deck being browsed card by card, with what `check` says of it.
    pub browsing: Option<(PathBuf, deck::Checked)>,
    pub search: String,
    /// Recently used decks not among the bundled ones (read once per visit).
    pub recent: Option<Vec<PathBuf>>,
    /// **Open…** was pressed: the system's file dialog is wanted (`open.rs`).
    pub ask_for_file: bool,
}

const RECENT: &str = "recent-decks.txt";

fn recent_file(store: &Store) -> PathBuf {
    store.dir.parent().unwrap_or(&store.dir).join(RECENT)
}

/// Remembers a deck file for the "recently used" list (best effort: a
/// failure to write it loses nothing but the list).
pub fn remember_deck(store: &Store, path: &Path) {
    let path = dunce::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut list = recent_decks(store);
    list.retain(|p| p != &path);
    list.insert(0, path);
    list.truncate(8);
    let text: String = list.iter().map(|p| format!("{}\n", p.display())).collect();
    let file = recent_file(store);
    if let Some(dir) = file.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = crate::session::write_atomic(&file, text.as_bytes());
}

pub fn recent_decks(store: &Store) -> Vec<PathBuf> {
    std::fs::read_to_string(recent_file(store))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(PathBuf::from)
        .collect()
}

/// Where a deck comes from, in a few words: a bundled deck says so, any
/// other its file's name (the full path is shown on hover).
fn where_from(w: &Words, entry: &DeckEntry) -> String {
    if entry.bundled {
        say!(w, "title-bundled")
    } else {
        entry.path.file_name().map_or_else(
            || entry.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

fn deck_card(
    ui: &mut egui::Ui,
    w: &Words,
    entry: &DeckEntry,
    commands: &mut Vec<Command>,
    browse: &mut Option<PathBuf>,
) {
    egui::Frame::new()
        .fill(egui::Color32::from_rgb(38, 44, 54))
        .corner_radius(10.0)
        .inner_margin(14.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            match &entry.result {
                Ok(d) => {
                    ui.label(bidi(
                        ui,
                        RichText::new(&d.title)
                            .size(26.0)
                            .strong()
                            .color(egui::Color32::WHITE),
                    ));
                    ui.label(bidi(ui, RichText::new(&d.summary).size(17.0)));
                    let (max, _) = d.max_groups();
                    ui.label(bidi(
                        ui,
                        RichText::new(format!(
                            "{} · {} · {}",
                            counts(w, d),
                            seats(w, max),
                            where_from(w, entry)
                        ))
                        .size(14.0)
                        .color(egui::Color32::GRAY),
                    ))
                    .on_hover_text(entry.path.display().to_string());
                    super::bidi::row(ui, |ui| {
                        if ui
                            .add(egui::Button::new(bidi(
                                ui,
                                RichText::new(say!(w, "title-play")).size(20.0),
                            )))
                            .clicked()
                        {
                            commands.push(Command::NewSession(
                                Box::new(d.clone()),
                                Some(entry.path.clone()),
                            ));
                        }
                        if ui
                            .add(egui::Button::new(bidi(
                                ui,
                                RichText::new(say!(w, "title-browse")).size(18.0),
                            )))
                            .clicked()
                        {
                            *browse = Some(entry.path.clone());
                        }
                    });
                }
                Err(problems) => {
                    ui.label(bidi(
                        ui,
                        RichText::new(if entry.path.as_os_str().is_empty() {
                            say!(w, "title-no-deck-file")
                        } else {
                            say!(
                                w,
                                "title-cannot-play",
                                file = entry.path.display().to_string()
                            )
                        })
                        .size(20.0)
                        .strong()
                        .color(theme::egui_colour(theme::REFUSED).gamma_multiply(1.6)),
                    ));
                    egui::ScrollArea::vertical()
                        .max_height(220.0)
                        .id_salt(&entry.path)
                        .show(ui, |ui| {
                            ui.label(bidi(ui, RichText::new(problems).monospace().size(14.0)));
                        });
                    ui.label(bidi(
                        ui,
                        RichText::new(say!(w, "title-fix-the-file")).size(14.0),
                    ));
                }
            }
        });
}

pub(super) fn draw(ui: &mut egui::Ui, cx: &mut Ctx) {
    let w = super::game::machine_words();
    let state = &mut *cx.title;
    if state.browsing.is_some() {
        browse(ui, w, state);
        return;
    }
    let mut browse_path: Option<PathBuf> = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(12.0);
        ui.label(bidi(
            ui,
            RichText::new("Living Lab")
                .size(56.0)
                .strong()
                .color(egui::Color32::WHITE),
        ));
        ui.label(bidi(ui, RichText::new(say!(w, "title-about")).size(20.0)));
        ui.add_space(16.0);

        let saved = state.saved.get_or_insert_with(|| cx.game.store.list());
        let resumable: Vec<&Saved> = saved.iter().take(5).collect();
        if !resumable.is_empty() {
            ui.label(bidi(
                ui,
                RichText::new(say!(w, "title-resume-a-session"))
                    .size(28.0)
                    .strong(),
            ));
            for s in resumable {
                super::bidi::row(ui, |ui| match (&s.summary, &s.problem) {
                    (Some(m), _) => {
                        let when = clock::readable(m.saved_at, &s.zone);
                        let text = say!(
                            w,
                            "title-saved-session",
                            deck = m.deck_title.as_str(),
                            phase = m.phase.message().say(w),
                            round = m.round,
                            rounds = m.rounds,
                            groups = m.groups.len(),
                            when = when
                        );
                        if ui
                            .add(egui::Button::new(bidi(
                                ui,
                                RichText::new(say!(w, "title-resume")).size(18.0),
                            )))
                            .clicked()
                        {
                            cx.commands.push(Command::Resume(s.path.clone()));
                        }
                        ui.label(bidi(ui, RichText::new(text).size(17.0)));
                    }
                    (None, problem) => {
                        ui.label(bidi(
                            ui,
                            RichText::new(say!(
                                w,
                                "title-cannot-read",
                                file = s.path.display().to_string(),
                                problem = problem
                                    .clone()
                                    .unwrap_or_else(|| say!(w, "title-unknown-problem"))
                            ))
                            .size(15.0)
                            .color(egui::Color32::LIGHT_RED),
                        ));
                    }
                });
            }
            ui.add_space(16.0);
        }

        ui.label(bidi(
            ui,
            RichText::new(say!(w, "title-choose-a-deck"))
                .size(28.0)
                .strong(),
        ));
        for entry in &cx.catalog.decks {
            deck_card(ui, w, entry, cx.commands, &mut browse_path);
            ui.add_space(8.0);
        }
        let recent: Vec<PathBuf> = state
            .recent
            .get_or_insert_with(|| {
                recent_decks(&cx.game.store)
                    .into_iter()
                    .filter(|p| !cx.catalog.decks.iter().any(|d| &d.path == p))
                    .collect()
            })
            .clone();
        if !recent.is_empty() {
            ui.label(bidi(
                ui,
                RichText::new(say!(w, "title-recent")).size(22.0).strong(),
            ));
            for p in recent {
                if ui
                    .link(RichText::new(p.display().to_string()).size(17.0))
                    .clicked()
                {
                    state.path = p.display().to_string();
                    state.opened = Some(DeckEntry::read(&p));
                }
            }
        }
        ui.add_space(8.0);
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "title-open-a-deck"))
                .size(22.0)
                .strong(),
        ));
        super::bidi::row(ui, |ui| {
            if ui
                .add(egui::Button::new(bidi(
                    ui,
                    RichText::new(say!(w, "title-open-dialog"))
                        .size(22.0)
                        .strong(),
                )))
                .clicked()
            {
                state.ask_for_file = true;
            }
            ui.label(bidi(
                ui,
                RichText::new(say!(w, "title-drop-hint"))
                    .size(17.0)
                    .color(egui::Color32::GRAY),
            ));
        });
        super::bidi::row(ui, |ui| {
            let edit = ui.add(
                egui::TextEdit::singleline(&mut state.path)
                    .hint_text(say!(w, "title-path-hint"))
                    .desired_width(640.0)
                    .font(egui::TextStyle::Heading),
            );
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui
                .add(egui::Button::new(bidi(
                    ui,
                    RichText::new(say!(w, "title-open")).size(20.0),
                )))
                .clicked()
                || enter
            {
                let typed = state.path.trim();
                state.opened = Some(if typed.is_empty() {
                    DeckEntry {
                        path: PathBuf::new(),
                        result: Err(say!(w, "title-type-a-path")),
                        bundled: false,
                    }
                } else {
                    DeckEntry::read(&PathBuf::from(typed))
                });
            }
        });
        if let Some(entry) = &state.opened {
            deck_card(ui, w, entry, cx.commands, &mut browse_path);
        }
        ui.add_space(20.0);
        ui.label(bidi(
            ui,
            RichText::new(say!(
                w,
                "title-sessions-saved",
                folder = cx.game.store.dir.display().to_string()
            ))
            .size(14.0)
            .color(egui::Color32::GRAY),
        ));
    });
    if let Some(path) = browse_path {
        let checked = deck::check_file(&path);
        state.browsing = Some((path, checked));
        state.search.clear();
    }
}

/// The deck browser's header (egui): back, the deck, what `check` says and
/// the search. Its cards are drawn below it by Bevy's text, which shapes
/// every script and lays out right-to-left text right to left
/// ([`browser_cards`]).
fn browse(ui: &mut egui::Ui, w: &Words, state: &mut TitleState) {
    let mut back = false;
    super::bidi::row(ui, |ui| {
        if ui
            .add(egui::Button::new(bidi(
                ui,
                RichText::new(say!(w, "title-back")).size(18.0),
            )))
            .clicked()
        {
            back = true;
        }
    });
    let Some((path, checked)) = &state.browsing else {
        return;
    };
    let Some(d) = checked.deck.as_ref() else {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.label(bidi(
                ui,
                RichText::new(checked.render(&path.display().to_string())).monospace(),
            ));
        });
        if back {
            state.browsing = None;
        }
        return;
    };
    ui.label(bidi(
        ui,
        RichText::new(&d.title)
            .size(34.0)
            .strong()
            .color(egui::Color32::WHITE),
    ));
    ui.label(bidi(
        ui,
        RichText::new(format!("{} · {}", counts(w, d), path.display()))
            .size(15.0)
            .color(egui::Color32::GRAY),
    ));
    let warnings: Vec<String> = checked
        .warnings()
        .map(|w| w.render(&path.display().to_string(), None))
        .collect();
    if warnings.is_empty() {
        ui.label(bidi(
            ui,
            RichText::new(say!(w, "title-no-problems"))
                .size(15.0)
                .color(egui::Color32::LIGHT_GREEN),
        ));
    } else {
        egui::ScrollArea::vertical()
            .max_height(120.0)
            .id_salt("warnings")
            .show(ui, |ui| {
                for warning in &warnings {
                    ui.label(bidi(
                        ui,
                        RichText::new(warning)
                            .size(14.0)
                            .color(egui::Color32::from_rgb(240, 200, 90)),
                    ));
                }
            });
    }
    super::bidi::row(ui, |ui| {
        ui.label(bidi(ui, RichText::new(say!(w, "title-search")).size(18.0)));
        ui.add(
            egui::TextEdit::singleline(&mut state.search)
                .hint_text(say!(w, "title-search-hint"))
                .desired_width(420.0),
        );
    });
    if back {
        state.browsing = None;
    }
}

/// The deck browser's cards, below its header: a scrolling Bevy UI view.
#[derive(Component)]
pub struct BrowserRoot;

/// Where the deck browser's header ends, in logical pixels (egui's last
/// frame): its cards start there.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct BrowserTop(pub f32);

/// One card of the browser: its kind, its two texts and what else it says
/// (what a role wants, a card's cost and tags).
struct Shown<'a> {
    kind: Kind,
    title: &'a str,
    text: &'a str,
    foot: String,
}

/// Draws the browsed deck's cards by kind, found by the search, each in its
/// kind's colour, at about the size they have on the table; drawn again
/// only when the deck, the search or the room for them changes.
fn browser_cards(
    mut commands: Commands,
    screen: Res<State<super::screens::Screen>>,
    title: Res<TitleState>,
    top: Res<BrowserTop>,
    fonts: Option<Res<super::fonts::Fonts>>,
    roots: Query<Entity, With<BrowserRoot>>,
    mut built: Local<Option<u64>>,
) {
    let deck = title
        .browsing
        .as_ref()
        .filter(|_| *screen.get() == super::screens::Screen::Title)
        .and_then(|(path, c)| c.deck.as_ref().map(|d| (path, d)));
    let (Some((path, d)), Some(fonts)) = (deck, fonts) else {
        for e in &roots {
            commands.entity(e).despawn();
        }
        *built = None;
        return;
    };
    let key = super::room::key((path, &title.search, top.0 as u32, &d.id));
    if *built == Some(key) && !roots.is_empty() {
        return;
    }
    *built = Some(key);
    for e in &roots {
        commands.entity(e).despawn();
    }
    let w = super::game::machine_words();
    let needle = title.search.trim().to_lowercase();
    let hit = |texts: &[&str]| {
        needle.is_empty() || texts.iter().any(|t| t.to_lowercase().contains(&needle))
    };
    let roles: Vec<Shown> = d
        .roles
        .iter()
        .filter(|r| hit(&[&r.id, &r.name, &r.brief, r.wants.as_deref().unwrap_or("")]))
        .map(|r| Shown {
            kind: Kind::Role,
            title: &r.name,
            text: &r.brief,
            foot: r
                .wants
                .as_ref()
                .map(|x| say!(w, "table-wants", wants = x.as_str()))
                .unwrap_or_default(),
        })
        .collect();
    let mut sections = vec![(say!(w, "title-roles", count = roles.len()), roles)];
    for (kind, id, cards) in [
        (Kind::Challenge, "title-challenges", &d.challenges),
        (Kind::Idea, "title-ideas", &d.ideas),
        (Kind::Method, "title-methods", &d.methods),
    ] {
        let shown: Vec<Shown> = cards
            .iter()
            .filter(|c| hit(&[&c.id, &c.title, &c.text, &c.tags.join(" ")]))
            .map(|c| {
                let mut foot = Vec::new();
                if d.rules.budget.is_some() && kind != Kind::Challenge {
                    foot.push(say!(w, "print-costs", cost = c.cost));
                }
                if !c.tags.is_empty() {
                    foot.push(c.tags.join(", "));
                }
                Shown {
                    kind,
                    title: &c.title,
                    text: &c.text,
                    foot: foot.join(" · "),
                }
            })
            .collect();
        let mut args = crate::words::Args::new();
        args.set("count", shown.len());
        sections.push((w.say(id, Some(&args)), shown));
    }
    let criteria: Vec<Shown> = d
        .criteria
        .iter()
        .filter(|c| hit(&[&c.id, &c.name, &c.question]))
        .map(|c| Shown {
            kind: Kind::Criterion,
            title: &c.name,
            text: &c.question,
            foot: String::new(),
        })
        .collect();
    sections.push((say!(w, "title-criteria", count = criteria.len()), criteria));
    use super::fonts::{Reads, text_as};
    commands
        .spawn((
            BrowserRoot,
            Node {
                position_type: PositionType::Absolute,
                top: px(top.0),
                left: px(0),
                right: px(0),
                bottom: px(0),
                flex_direction: FlexDirection::Column,
                row_gap: px(12),
                padding: UiRect::axes(px(18), px(12)),
                overflow: Overflow::scroll_y(),
                ..default()
            },
            ScrollPosition::default(),
            BackgroundColor(theme::BACKGROUND),
            Name::new("deck browser"),
        ))
        .with_children(|root| {
            for (heading, cards) in &sections {
                root.spawn(text_as(
                    Reads::Label,
                    heading,
                    fonts.bold(26.0),
                    theme::PAPER,
                ));
                root.spawn(Node {
                    flex_direction: FlexDirection::Row,
                    flex_wrap: FlexWrap::Wrap,
                    column_gap: px(12),
                    row_gap: px(12),
                    flex_shrink: 0.0,
                    ..default()
                })
                .with_children(|row| {
                    for c in cards {
                        row.spawn((
                            Node {
                                width: px(280),
                                min_height: px(150),
                                padding: px(12).all(),
                                flex_direction: FlexDirection::Column,
                                row_gap: px(6),
                                border_radius: BorderRadius::all(px(10)),
                                ..default()
                            },
                            BackgroundColor(theme::kind_colour(c.kind)),
                        ))
                        .with_children(|card| {
                            card.spawn(text_as(
                                Reads::CardLabel,
                                theme::kind_label(w, c.kind),
                                fonts.bold(18.0),
                                theme::INK,
                            ));
                            card.spawn(text_as(
                                Reads::CardTitle,
                                c.title,
                                fonts.bold(22.0),
                                theme::INK,
                            ));
                            card.spawn(text_as(
                                Reads::CardText,
                                c.text,
                                fonts.text(18.0),
                                theme::INK,
                            ));
                            if !c.foot.is_empty() {
                                card.spawn(text_as(
                                    Reads::Label,
                                    &c.foot,
                                    fonts.text(18.0),
                                    theme::INK,
                                ));
                            }
                        });
                    }
                });
            }
        });
}

/// The mouse wheel and the arrow and page keys scroll the deck browser.
fn scroll_browser(
    mut wheel: MessageReader<bevy::input::mouse::MouseWheel>,
    keys: Res<ButtonInput<KeyCode>>,
    mut roots: Query<(&mut ScrollPosition, &ComputedNode), With<BrowserRoot>>,
) {
    let mut dy: f32 = wheel
        .read()
        .map(|m| match m.unit {
            bevy::input::mouse::MouseScrollUnit::Line => -m.y * 40.0,
            bevy::input::mouse::MouseScrollUnit::Pixel => -m.y,
        })
        .sum();
    for (key, by) in [
        (KeyCode::ArrowDown, 60.0),
        (KeyCode::ArrowUp, -60.0),
        (KeyCode::PageDown, 600.0),
        (KeyCode::PageUp, -600.0),
    ] {
        if keys.just_pressed(key) {
            dy += by;
        }
    }
    if dy == 0.0 {
        return;
    }
    for (mut at, node) in &mut roots {
        let most = ((node.content_size() - node.size()) * node.inverse_scale_factor())
            .y
            .max(0.0);
        at.y = (at.y + dy).clamp(0.0, most);
    }
}

/// How many groups a deck seats, in the facilitator's words.
fn seats(w: &Words, max: usize) -> String {
    match max {
        0 => say!(w, "title-seats-none"),
        n if n >= crate::session::MAX_GROUPS => say!(w, "title-seats", count = n),
        n => say!(
            w,
            "title-seats-shared",
            count = n,
            most = crate::session::MAX_GROUPS
        ),
    }
}

/// "12 roles, 8 challenges, …" in the facilitator's words.
fn counts(w: &Words, d: &deck::Deck) -> String {
    say!(
        w,
        "title-counts",
        roles = d.roles.len(),
        challenges = d.challenges.len(),
        ideas = d.ideas.len(),
        methods = d.methods.len(),
        criteria = d.criteria.len()
    )
}
