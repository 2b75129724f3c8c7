//! The build: a group's hand, its solution and its pitch, as many side by
//! side as the zone has room for (tabs for the rest), and the form for
//! writing its own idea card. Text never shrinks below the room's floor:
//! a box fills before it pages (see `fit`).

use super::super::fonts::step;
use super::*;
use crate::deck::glyphs;

/// What a group's zone shows during the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Panel {
    Hand,
    Solution,
    Pitch,
}

impl Panel {
    const ALL: [Panel; 3] = [Panel::Hand, Panel::Solution, Panel::Pitch];
}

/// Where a zone shows the roles that champion its solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Champions {
    Header,
    Solution,
    Pitch,
}

/// How a zone of this size (as its group sees it, text scale `s`) shows
/// the three panels: those side by side, and those behind tabs.
pub(super) fn arrange(size: Vec2, s: f32) -> (usize, usize) {
    let cols = ((size.x - 16.0) / (300.0 * s)).floor().clamp(1.0, 3.0) as usize;
    let rows = ((size.y - 60.0 * s) / (330.0 * s)).floor().clamp(1.0, 3.0) as usize;
    let slots = (cols * rows).min(3);
    (cols, slots)
}

impl View<'_> {
    pub(super) fn build_phase(&self, z: &mut ChildSpawnerCommands, g: usize, zone: &Zone) {
        let s = self.s.get();
        let size = zone.size;
        let (cols, slots) = arrange(size, s);
        // A group that is ready has built: its solution comes first, and
        // the hand waits behind a tab.
        let ready = self.state.groups[g].solution.ready;
        let (order, slots) = if ready {
            ([Panel::Solution, Panel::Pitch, Panel::Hand], slots.min(2))
        } else {
            (Panel::ALL, slots)
        };
        let cols = cols.min(slots);
        let (fixed, tabbed): (Vec<Panel>, Vec<Panel>) = match slots {
            3 => (order.to_vec(), Vec::new()),
            2 => (vec![order[0]], order[1..].to_vec()),
            _ => (Vec::new(), order.to_vec()),
        };
        let gap = 8.0;
        // Inside the zone's border and padding, with a little to spare
        // (rounding to whole pixels must never wrap a row).
        let border = if self.state.spotlight == Some(g) {
            8.0
        } else {
            4.0
        };
        let inner = size - Vec2::splat(2.0 * (border + 8.0) + 2.0);
        let header = self.header_height(
            g,
            size.x,
            (
                self.champions_up_top(g, size.x),
                self.challenge_up_top(g, size.x),
            ),
        );
        let pw = (inner.x - gap * (cols as f32 - 1.0)) / cols as f32;
        let rows = slots.div_ceil(cols).max(1) as f32;
        let ph = (inner.y - header - gap * (rows - 1.0)) / rows;
        // The tabs and the gap under them.
        let tab_h = TAP + 4.0;
        // Where the champions go: the header if it keeps one line; else
        // the pitch, unless a short pitch is full and the solution beside
        // it has two rows to spare.
        let champions = if self.champions_up_top(g, size.x) {
            Champions::Header
        } else if slots == 3 && ph < 260.0 {
            let (rows, per_row) =
                self.solution_rows(g, Vec2::new(pw, ph), self.challenge_up_top(g, size.x));
            let cards = self.state.groups[g].solution.ideas.len()
                + self.state.groups[g].solution.methods.len();
            if rows >= cards.div_ceil(per_row) + 2 {
                Champions::Solution
            } else {
                Champions::Pitch
            }
        } else {
            Champions::Pitch
        };
        self.champions.set(champions);
        z.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(gap),
                row_gap: px(gap),
                flex_grow: 1.0,
                align_content: AlignContent::FlexStart,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|panels| {
            for p in &fixed {
                self.panel_box(panels, g, *p, Vec2::new(pw, ph), (zone.degrees, size.x));
            }
            if !tabbed.is_empty() {
                let chosen = self
                    .zone_view
                    .tab(g)
                    .filter(|p| tabbed.contains(p))
                    .unwrap_or(tabbed[0]);
                panels
                    .spawn((
                        Node {
                            width: px(pw),
                            height: px(ph),
                            flex_direction: FlexDirection::Column,
                            row_gap: px(4),
                            ..default()
                        },
                        Pickable::IGNORE,
                    ))
                    .with_children(|slot| {
                        self.tabs(slot, g, &tabbed, chosen);
                        self.panel_box(
                            slot,
                            g,
                            chosen,
                            Vec2::new(pw, ph - tab_h),
                            (zone.degrees, size.x),
                        );
                    });
            }
        });
    }

    /// How tall the zone's header is: the lines its name, buttons and
    /// champions take at this width, from the widths of their letters.
    pub(super) fn header_height(
        &self,
        g: usize,
        width: f32,
        (champions, challenge): (bool, bool),
    ) -> f32 {
        let s = self.s.get();
        let group = &self.state.groups[g];
        let letter = 12.5 * s;
        let mut items: Vec<f32> = vec![
            22.0 * s + group.name.chars().count() as f32 * 18.0 * s,
            14.0 * letter,
        ];
        if !group.solution.ready {
            let writing = if self.writing.0.contains_key(&g) {
                say!(self.w, "table-close-new-card")
            } else {
                say!(self.w, "table-our-idea")
            };
            let redraw = say!(self.w, "table-redraw");
            let ready = say!(self.w, "table-ready");
            for label in [&writing, &redraw, &ready] {
                items.push(label.chars().count() as f32 * letter + 24.0);
            }
        }
        if challenge && let Some(c) = self.challenge_of(g) {
            items.push((self.card_words(&c).2.chars().count() + 10) as f32 * 13.5 * s + 30.0);
        }
        if champions {
            items.push(11.0 * letter);
            for (_, name) in self.role_names(g) {
                items.push((name.chars().count() + 2) as f32 * letter + 20.0);
            }
        }
        // A line of buttons or chips is a target's height; a line of the
        // group's name and "READY" only the name's.
        let line = if group.solution.ready && !champions && !challenge {
            fit::line(26.0 * s)
        } else {
            TAP
        };
        let room = width - 40.0;
        let (mut lines, mut used) = (1.0, 0.0);
        for w in items {
            if used > 0.0 && used + w > room {
                lines += 1.0;
                used = 0.0;
            }
            used += w + 10.0;
        }
        lines * (line + 6.0)
    }

    /// The tabs of the panels that share a place; a card dropped on the
    /// hand's or the solution's tab goes there.
    fn tabs(&self, slot: &mut ChildSpawnerCommands, g: usize, tabs: &[Panel], chosen: Panel) {
        let group = &self.state.groups[g];
        slot.spawn((
            Node {
                flex_direction: FlexDirection::Row,
                column_gap: px(6),
                flex_shrink: 0.0,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|row| {
            for &p in tabs {
                let (label, area) = match p {
                    Panel::Hand => (
                        say!(self.w, "table-tab-hand", count = group.hand.len()),
                        Some(Area::Hand),
                    ),
                    Panel::Solution => (
                        say!(
                            self.w,
                            "table-tab-solution",
                            count = group.solution.ideas.len() + group.solution.methods.len()
                        ),
                        Some(Area::Solution),
                    ),
                    Panel::Pitch => (say!(self.w, "table-tab-pitch"), None),
                };
                let on = p == chosen;
                let mut tab = row.spawn((
                    Node {
                        padding: UiRect::axes(px(12), px(5)),
                        min_height: px(TAP),
                        align_items: AlignItems::Center,
                        border_radius: BorderRadius::top(px(10)),
                        border: px(2).all(),
                        flex_shrink: 0.0,
                        ..default()
                    },
                    Button,
                    BackgroundColor(if on {
                        Color::srgba(1.0, 1.0, 1.0, 0.16)
                    } else {
                        Color::srgba(0.0, 0.0, 0.0, 0.3)
                    }),
                    BorderColor::all(if on {
                        theme::PAPER
                    } else {
                        theme::MUTED.with_alpha(0.5)
                    }),
                    Name::new(format!("tab {label}")),
                ));
                tab.observe(
                    move |mut click: On<Pointer<Click>>, mut view: ResMut<ZoneView>| {
                        click.propagate(false);
                        view.set_tab(g, p);
                    },
                )
                .with_children(|t| {
                    t.spawn(text_as(Reads::Button, label, self.bold(18.0), theme::PAPER));
                });
                if let Some(area) = area {
                    tab.insert(DropZone {
                        group: Some(g),
                        area,
                    })
                    .observe(on_drop);
                }
            }
        });
    }

    /// One panel, `size` as its group sees it.
    fn panel_box(
        &self,
        parent: &mut ChildSpawnerCommands,
        g: usize,
        panel: Panel,
        size: Vec2,
        (degrees, zone_width): (f32, f32),
    ) {
        match panel {
            Panel::Hand => self.hand(parent, g, size, degrees),
            Panel::Solution => self.solution_frame(parent, g, size, (degrees, zone_width)),
            Panel::Pitch => self.pitch(parent, g, size),
        }
    }

    /// The hand: as many cards as fit, the rest on further pages.
    fn hand(&self, parent: &mut ChildSpawnerCommands, g: usize, size: Vec2, degrees: f32) {
        let group = &self.state.groups[g];
        let s = self.s.get();
        if self.writing.0.contains_key(&g) && !group.solution.ready {
            self.new_card_form(parent, g, size);
            return;
        }
        let cards = &group.hand;
        let words: Vec<(String, String)> = cards
            .iter()
            .map(|c| {
                let (_, _, title, text, _) = self.card_words(c);
                (title, text)
            })
            .collect();
        let words: Vec<fit::Words> = words
            .iter()
            .map(|(title, text)| fit::Words { title, text })
            .collect();
        // Inside the hand's padding, with a little to spare.
        let inner = size - Vec2::splat(2.0 * 4.0 + 4.0);
        let mut fit = fit::hand(inner, s, &words, 6.0, TAP + 6.0);
        // A zone grown past the room's text size comes back towards it
        // (to the largest size at which the whole hand shows, else to the
        // room's size) rather than page a hand that fits there.
        if fit.per_page < cards.len() && self.base < s {
            let mut smaller = s;
            while smaller > self.base {
                smaller = (smaller - 0.1).max(self.base);
                let at = fit::hand(inner, smaller, &words, 6.0, TAP + 6.0);
                if at.per_page >= cards.len() || smaller == self.base {
                    if at.per_page > fit.per_page {
                        self.s.set(smaller);
                        fit = at;
                    }
                    break;
                }
            }
        }
        self.card_w.set(fit.card.x);
        self.card_h.set((fit.card.y, fit.text_lines));
        let (cw, ch) = (fit.card.x, fit.card.y);
        let (shown, pages, page) = fit::paged(cards, fit.per_page, |_| self.zone_view.page(g));
        parent
            .spawn((
                Node {
                    width: px(size.x),
                    height: px(size.y),
                    flex_direction: FlexDirection::Row,
                    flex_wrap: FlexWrap::Wrap,
                    align_content: AlignContent::FlexStart,
                    column_gap: px(6),
                    row_gap: px(6),
                    padding: px(4).all(),
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.25)),
                DropZone {
                    group: Some(g),
                    area: Area::Hand,
                },
                Name::new("hand"),
                Paged {
                    group: g,
                    what: "hand",
                    shown: shown.len(),
                    of: cards.len(),
                    least: fit::least_card(self.base, &words),
                },
            ))
            .observe(on_drop)
            .with_children(|hand| {
                for card in shown {
                    self.small_card(hand, g, card, Place::Hand, degrees);
                }
                if pages > 1 {
                    let label = fit::page_label(self.w, page, pages);
                    let (width, height) = if fit.bar {
                        (px(inner.x), px(TAP))
                    } else {
                        (px(cw), px(ch))
                    };
                    hand.spawn((
                        Node {
                            width,
                            height,
                            padding: px(8).all(),
                            justify_content: JustifyContent::Center,
                            align_items: AlignItems::Center,
                            border: px(2).all(),
                            border_radius: BorderRadius::all(px(8)),
                            ..default()
                        },
                        Button,
                        BackgroundColor(Color::srgba(1.0, 1.0, 1.0, 0.1)),
                        BorderColor::all(theme::MUTED),
                        Name::new("button More cards"),
                    ))
                    .observe(
                        move |mut click: On<Pointer<Click>>, mut view: ResMut<ZoneView>| {
                            click.propagate(false);
                            view.next_page(g);
                        },
                    )
                    .with_children(|b| {
                        b.spawn(text_as(Reads::Button, label, self.bold(18.0), theme::PAPER));
                    });
                }
                if cards.is_empty() {
                    hand.spawn(text_as(
                        Reads::Hint,
                        &say!(self.w, "table-no-cards"),
                        self.font(18.0),
                        theme::MUTED,
                    ));
                }
            });
        self.s.set(s);
    }

    /// The group's buttons during the build, in its header so they always show.
    pub(super) fn build_buttons(&self, row: &mut ChildSpawnerCommands, g: usize) {
        let group = &self.state.groups[g];
        if group.solution.ready {
            return;
        }
        self.writing_button(row, g);
        if !group.redrawn && !self.deck.rules.shared_challenge {
            button(
                row,
                self,
                &say!(self.w, "table-redraw"),
                Action::RedrawChallenge { group: g },
            );
        }
        button(
            row,
            self,
            &say!(self.w, "table-ready"),
            Action::MarkReady { group: g },
        );
    }

    /// The challenge, the solution's title, its cards and what it costs.
    pub(super) fn solution_frame(
        &self,
        parent: &mut ChildSpawnerCommands,
        g: usize,
        size: Vec2,
        (degrees, zone_width): (f32, f32),
    ) {
        let group = &self.state.groups[g];
        let s = &group.solution;
        let rules = &self.deck.rules;
        parent
            .spawn((
                Node {
                    width: px(size.x),
                    height: px(size.y),
                    flex_direction: FlexDirection::Column,
                    padding: px(6).all(),
                    row_gap: px(6),
                    border: px(2).all(),
                    border_radius: BorderRadius::all(px(10)),
                    // no clipping (see the zone)
                    ..default()
                },
                BackgroundColor(Color::srgba(1.0, 1.0, 1.0, 0.08)),
                BorderColor::all(if s.ready { theme::GOOD } else { theme::MUTED }),
                DropZone {
                    group: Some(g),
                    area: Area::Solution,
                },
                Name::new("solution"),
            ))
            .observe(on_drop)
            .with_children(|f| {
                let up_top = self.challenge_up_top(g, zone_width);
                if !up_top && let Some(c) = self.challenge_of(g) {
                    self.challenge_strip(f, &c);
                }
                if s.ready {
                    let title = if s.title.is_empty() {
                        say!(self.w, "table-no-title")
                    } else {
                        s.title.clone()
                    };
                    f.spawn(text_as(
                        Reads::SolutionTitle,
                        title,
                        self.bold(solution_title_size(size.x, self.s.get())),
                        theme::PAPER,
                    ));
                } else {
                    let title = typing::shown(self.drafts, Field::Title(g), &s.title);
                    let chars = (size.x - 24.0) / (13.0 * self.s.get());
                    typing::spawn_field(f, Field::Title(g), title, self.bold(20.0), chars, 1.0);
                }
                // While building, how many of each kind the rules allow;
                // once ready, only what it holds.
                let counts = if s.ready {
                    say!(
                        self.w,
                        "table-ready-counts",
                        ideas = s.ideas.len(),
                        methods = s.methods.len()
                    )
                } else {
                    say!(
                        self.w,
                        "table-counts",
                        ideas = s.ideas.len(),
                        ideas_min = rules.solution.ideas.0,
                        ideas_max = rules.solution.ideas.1,
                        methods = s.methods.len(),
                        methods_min = rules.solution.methods.0,
                        methods_max = rules.solution.methods.1,
                    )
                };
                let counts = format!(
                    "{counts}{}",
                    match rules.budget {
                        Some(b) => {
                            let cost: u32 = s
                                .ideas
                                .iter()
                                .chain(&s.methods)
                                .map(|c| self.deck.card(c).map_or(1, |(_, x)| x.cost))
                                .sum();
                            format!(" · {}", say!(self.w, "table-cost", cost = cost, budget = b))
                        }
                        None => String::new(),
                    }
                );
                let all: Vec<&String> = s.ideas.iter().chain(&s.methods).collect();
                let (per_page, squeezed) = self.chips_per_page(g, size, up_top, &counts, &all);
                let (shown, pages, page) = fit::paged(&all, per_page, |per_page| {
                    self.zone_view.solution_page(g, &all, per_page)
                });
                f.spawn(text_node(counts, self.font(18.0), theme::MUTED));
                f.spawn((
                    Node {
                        flex_direction: FlexDirection::Row,
                        flex_wrap: if squeezed.is_some() {
                            FlexWrap::NoWrap
                        } else {
                            FlexWrap::Wrap
                        },
                        align_items: AlignItems::Center,
                        column_gap: px(6),
                        row_gap: px(6),
                        ..default()
                    },
                    Pickable::IGNORE,
                    Paged {
                        group: g,
                        what: "solution",
                        shown: shown.len(),
                        of: all.len(),
                        least: Vec2::new(0.0, TAP),
                    },
                ))
                .with_children(|cards| {
                    self.card_w.set(squeezed.unwrap_or(size.x - 16.0));
                    for c in shown {
                        self.chip_card(cards, g, c, degrees);
                    }
                    if pages > 1 {
                        cards
                            .spawn((
                                Node {
                                    min_height: px(TAP),
                                    flex_shrink: 0.0,
                                    align_items: AlignItems::Center,
                                    padding: UiRect::axes(px(10), px(4)),
                                    border: px(2).all(),
                                    border_radius: BorderRadius::all(px(8)),
                                    ..default()
                                },
                                Button,
                                BackgroundColor(Color::srgba(1.0, 1.0, 1.0, 0.1)),
                                BorderColor::all(theme::MUTED),
                                Name::new("button More of the solution"),
                            ))
                            .observe(
                                move |mut click: On<Pointer<Click>>, mut view: ResMut<ZoneView>| {
                                    click.propagate(false);
                                    view.next_solution_page(g, page);
                                },
                            )
                            .with_children(|b| {
                                b.spawn(text_as(
                                    Reads::Button,
                                    fit::short_page_label(self.w, page, pages),
                                    self.bold(18.0),
                                    theme::PAPER,
                                ));
                            });
                    }
                    if all.is_empty() && !s.ready {
                        cards.spawn(text_as(
                            Reads::Hint,
                            &say!(self.w, "table-drag-here"),
                            self.font(18.0),
                            theme::MUTED,
                        ));
                    }
                });
                if self.champions.get() == Champions::Solution {
                    self.role_chips(f, g, !s.ready);
                }
            });
    }

    /// The pitch, when and where it works, and the roles that champion it.
    fn pitch(&self, parent: &mut ChildSpawnerCommands, g: usize, size: Vec2) {
        let s = &self.state.groups[g].solution;
        parent
            .spawn((
                Node {
                    width: px(size.x),
                    height: px(size.y),
                    flex_direction: FlexDirection::Column,
                    padding: px(6).all(),
                    row_gap: px(8),
                    border_radius: BorderRadius::all(px(10)),
                    ..default()
                },
                BackgroundColor(Color::srgba(1.0, 1.0, 1.0, 0.05)),
                Pickable::IGNORE,
            ))
            .with_children(|f| {
                if s.ready {
                    // As much of the pitch as the panel holds above its toggles.
                    let sc = self.s.get();
                    let per_line = ((size.x - 16.0) / (10.5 * sc)).max(1.0);
                    let lines = ((size.y - 2.0 * (TAP + 8.0) - 16.0) / (22.5 * sc))
                        .floor()
                        .max(1.0);
                    let room = (per_line * lines * 0.85) as usize;
                    let pitch = if s.pitch.is_empty() {
                        say!(self.w, "table-no-pitch")
                    } else if s.pitch.chars().count() > room {
                        let cut: String = s.pitch.chars().take(room.saturating_sub(1)).collect();
                        format!("{}…", cut.trim_end())
                    } else {
                        s.pitch.clone()
                    };
                    f.spawn(text_node(pitch, self.font(18.0), theme::PAPER));
                } else {
                    f.spawn(text_node(
                        say!(self.w, "table-pitch-label"),
                        self.font(18.0),
                        theme::MUTED,
                    ));
                    let pitch = typing::shown(self.drafts, Field::Pitch(g), &s.pitch);
                    let chars = (size.x - 24.0) / (11.0 * self.s.get());
                    let lines = if size.y < 260.0 { 1.0 } else { 2.0 };
                    typing::spawn_field(f, Field::Pitch(g), pitch, self.font(18.0), chars, lines);
                }
                // When and where it works: a toggle for each choice, or in a
                // short panel one button each that steps through them.
                let short = size.y < 260.0;
                if s.ready {
                    let mut line = Vec::new();
                    if let Some(h) = s.horizon {
                        let when = h.message().say(self.w);
                        line.push(say!(self.w, "room-when", when = when));
                    }
                    if let Some(l) = &s.level {
                        line.push(say!(self.w, "room-where", level = l.as_str()));
                    }
                    if !line.is_empty() {
                        f.spawn(text_node(line.join(" · "), self.font(18.0), theme::MUTED));
                    }
                }
                f.spawn((
                    Node {
                        flex_direction: FlexDirection::Row,
                        flex_wrap: FlexWrap::Wrap,
                        align_items: AlignItems::Center,
                        column_gap: px(6),
                        row_gap: px(6),
                        ..default()
                    },
                    Pickable::IGNORE,
                ))
                .with_children(|row| {
                    if s.ready {
                    } else if short {
                        let at = s
                            .horizon
                            .and_then(|h| Horizon::ALL.iter().position(|x| *x == h));
                        let next = Horizon::ALL[at.map_or(0, |i| (i + 1) % Horizon::ALL.len())];
                        let when = s.horizon.map_or_else(
                            || say!(self.w, "table-choose"),
                            |h| h.message().say(self.w),
                        );
                        let label = say!(self.w, "table-when-toggle", when = when);
                        toggle(
                            row,
                            self,
                            &label,
                            s.horizon.is_some(),
                            Action::SetHorizon {
                                group: g,
                                horizon: next,
                            },
                        );
                        let levels = &self.deck.levels;
                        if !levels.is_empty() {
                            let at = s
                                .level
                                .as_ref()
                                .and_then(|l| levels.iter().position(|x| x == l));
                            let next = &levels[at.map_or(0, |i| (i + 1) % levels.len())];
                            let level = s
                                .level
                                .clone()
                                .unwrap_or_else(|| say!(self.w, "table-choose"));
                            let label = say!(self.w, "table-where-toggle", level = level);
                            toggle(
                                row,
                                self,
                                &label,
                                s.level.is_some(),
                                Action::SetLevel {
                                    group: g,
                                    level: next.clone(),
                                },
                            );
                        }
                    } else {
                        for h in Horizon::ALL {
                            toggle(
                                row,
                                self,
                                &h.message().say(self.w),
                                s.horizon == Some(h),
                                Action::SetHorizon {
                                    group: g,
                                    horizon: h,
                                },
                            );
                        }
                        for level in &self.deck.levels {
                            let on = s.level.as_deref() == Some(level.as_str());
                            toggle(
                                row,
                                self,
                                level,
                                on,
                                Action::SetLevel {
                                    group: g,
                                    level: level.clone(),
                                },
                            );
                        }
                    }
                    // Champions in the same rows, packed close.
                    if self.champions.get() == Champions::Pitch {
                        self.role_chip_items(row, g, !s.ready);
                    }
                });
            });
    }

    /// How many of a solution's cards a page of its frame (`size`, as
    /// its group sees it) holds under its challenge, title and `counts`:
    /// each card as wide as its title (up to the frame's width), packed in
    /// rows, with the page control after them when they do not all fit.
    /// Where not even one card and the control fit, one card a page beside
    /// the control, no wider than the second value.
    fn chips_per_page(
        &self,
        g: usize,
        size: Vec2,
        up_top: bool,
        counts: &str,
        cards: &[&String],
    ) -> (usize, Option<f32>) {
        let s = self.s.get();
        let solution = &self.state.groups[g].solution;
        let gap = 6.0;
        // Inside the frame's border and padding, with a little to spare.
        let inner = size.x - 2.0 * (6.0 + 2.0) - 4.0;
        let mut used = 2.0 * (6.0 + 2.0);
        if !up_top && let Some(c) = self.challenge_of(g) {
            let (_, label, title, _, _) = self.card_words(&c);
            let room = inner - 2.0 * 8.0;
            let label_w = glyphs::width(&label, step(18.0 * s), true);
            let title_w = glyphs::width(&title, step(20.0 * s), true);
            let strip = if label_w + 10.0 + title_w <= room {
                TAP.max(fit::line(20.0 * s) + 8.0)
            } else {
                fit::line(18.0 * s)
                    + glyphs::lines(&title, step(20.0 * s), true, room) as f32 * fit::line(20.0 * s)
                    + 8.0
            };
            used += strip + gap;
        }
        used += if solution.ready {
            let untitled = say!(self.w, "table-no-title");
            let title = if solution.title.is_empty() {
                &untitled
            } else {
                &solution.title
            };
            let px = solution_title_size(size.x, 1.0) * s;
            glyphs::lines(title, step(px), true, inner) as f32 * fit::line(px)
        } else {
            fit::line(20.0 * s) + 2.0 * (2.0 + 1.0)
        } + gap;
        used +=
            glyphs::lines(counts, step(18.0 * s), false, inner) as f32 * fit::line(18.0 * s) + gap;
        if self.champions.get() == Champions::Solution {
            used += 2.0 * (TAP + 4.0) + gap;
        }
        let chip = |words: &str, size: f32, edge: f32| {
            let natural = glyphs::width(words, step(size * s), true) + 2.0 * edge + 2.0;
            let w = natural.min(inner);
            let lines = glyphs::lines(words, step(size * s), true, w - 2.0 * edge - 2.0);
            Vec2::new(
                w,
                TAP.max(lines as f32 * fit::line(size * s) + 2.0 * (4.0 + 2.0)),
            )
        };
        let chips: Vec<Vec2> = cards
            .iter()
            .map(|c| {
                let (_, _, title, _, cost) = self.card_words(c);
                let words = match cost {
                    Some(n) => format!("{} {title}", "●".repeat(n as usize)),
                    None => title,
                };
                chip(&words, 20.0, 8.0 + 2.0)
            })
            .collect();
        let pages = cards.len().max(1);
        let control = chip(
            &fit::short_page_label(self.w, 0, pages.max(2)),
            18.0,
            10.0 + 2.0,
        );
        match fit::per_page(&chips, Vec2::new(inner, size.y - used), gap, control) {
            Some(n) => (n, None),
            // One card a page, narrowed to share its row with the control.
            None => (1, Some(inner - control.x - gap)),
        }
    }

    /// Rows of cards a solution frame of `size` has room for under its
    /// challenge, title and counts, and cards a row (one in a narrow
    /// frame, two in a wide one).
    fn solution_rows(&self, g: usize, size: Vec2, up_top: bool) -> (usize, usize) {
        let s = &self.state.groups[g].solution;
        let sc = self.s.get();
        let per_line = |letter: f32| ((size.x - 20.0) / (letter * sc)).max(1.0);
        let title_lines = if s.ready {
            (s.title.chars().count() as f32 / per_line(15.0))
                .ceil()
                .max(1.0)
        } else {
            1.2
        };
        let count_lines = (44.0 / per_line(10.5)).ceil();
        let used = if up_top { 0.0 } else { TAP + 6.0 }
            + title_lines * 28.0 * sc
            + count_lines * 23.0 * sc
            + 40.0;
        let rows = ((size.y - used + 6.0) / (TAP + 6.0)).floor().max(1.0) as usize;
        // Card titles run long: two a row only in a wide frame.
        (rows, if size.x > 700.0 * sc { 2 } else { 1 })
    }

    /// Wide zones show their challenge in the header, when it stays one line.
    pub(super) fn challenge_up_top(&self, g: usize, width: f32) -> bool {
        width >= 900.0 * self.s.get() && self.header_height(g, width, (false, true)) <= TAP + 6.0
    }

    /// Wide zones name their champions in the header too, when it still
    /// stays one line.
    pub(super) fn champions_up_top(&self, g: usize, width: f32) -> bool {
        let challenge = self.challenge_up_top(g, width);
        width >= 900.0 * self.s.get()
            && self.header_height(g, width, (true, challenge)) <= TAP + 6.0
    }

    /// The group's challenge, or the room's.
    pub(super) fn challenge_of(&self, g: usize) -> Option<String> {
        self.state.groups[g]
            .challenge
            .clone()
            .or_else(|| self.state.shared_challenge.clone())
    }

    /// "+ Our idea" opens a form in the zone to write a card.
    pub(super) fn writing_button(&self, row: &mut ChildSpawnerCommands, g: usize) {
        let open = self.writing.0.contains_key(&g);
        row.spawn(button_node(
            &say!(self.w, "table-our-idea"),
            Color::srgb(0.35, 0.35, 0.45),
        ))
        .observe(typing::toggle_writing(g))
        .with_children(|b| {
            let label = if open {
                say!(self.w, "table-close-new-card")
            } else {
                say!(self.w, "table-our-idea")
            };
            b.spawn(text_as(Reads::Button, label, self.bold(18.0), theme::PAPER));
        });
    }

    /// The form for a card the group writes itself, in place of the hand.
    pub(super) fn new_card_form(&self, z: &mut ChildSpawnerCommands, g: usize, size: Vec2) {
        let chars = (size.x - 24.0) / (12.0 * self.s.get());
        z.spawn((
            Node {
                width: px(size.x),
                flex_direction: FlexDirection::Column,
                row_gap: px(6),
                padding: px(6).all(),
                flex_shrink: 0.0,
                border_radius: BorderRadius::all(px(8)),
                ..default()
            },
            BackgroundColor(theme::kind_colour(Kind::Idea).with_alpha(0.3)),
            Pickable::IGNORE,
        ))
        .with_children(|form| {
            form.spawn(text_node(
                say!(self.w, "table-new-card-hint"),
                self.bold(18.0),
                theme::PAPER,
            ));
            let title = typing::shown(self.drafts, Field::NewTitle(g), "");
            typing::spawn_field(form, Field::NewTitle(g), title, self.bold(20.0), chars, 1.0);
            let text = typing::shown(self.drafts, Field::NewText(g), "");
            typing::spawn_field(form, Field::NewText(g), text, self.font(18.0), chars, 2.0);
            form.spawn(button_node(&say!(self.w, "table-add-to-hand"), BUTTON))
                .observe(typing::write_card(g))
                .with_children(|b| {
                    b.spawn(text_as(
                        Reads::Button,
                        &say!(self.w, "table-add-to-hand"),
                        self.bold(18.0),
                        theme::PAPER,
                    ));
                });
        });
    }
}

/// The solution's title in a frame `width` wide: a size smaller than
/// the 22 px it has in wide frames where room is short (still above the
/// card titles' floor).
fn solution_title_size(width: f32, s: f32) -> f32 {
    if width < 420.0 * s { 20.0 } else { 22.0 }
}
