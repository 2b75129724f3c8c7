//! What fits in a box: a hand's cards in a grid that uses both directions,
//! a solution's cards packed in rows, and the pages of what does not fit.
//! Measured with the game's own fonts (`deck::glyphs`) before Bevy lays
//! anything out, so a box fills before it pages. Pure functions: their
//! tests need no window.

use bevy::math::Vec2;

use super::super::fonts::step;
use crate::deck::glyphs;
use crate::say;
use crate::words::Words as GameWords;

/// The height of a line of text at `size` px (Bevy's line height is 1.2
/// times the font size; sizes are stepped as the game sets them).
pub fn line(size: f32) -> f32 {
    step(size) * 1.2
}

/// A small card's frame: its padding and border on each side, and the gap
/// between its lines (see `View::small_card`).
const CARD_EDGE: f32 = 5.0 + 2.0;
const CARD_GAP: f32 = 2.0;
/// The narrowest a card in a hand gets at text scale 1.
pub const CARD_MIN_WIDTH: f32 = 150.0;

/// How a hand's cards fill its box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HandFit {
    /// Each card's width and height.
    pub card: Vec2,
    pub per_row: usize,
    /// Lines of each card's text shown under its title (none when only
    /// titles fit).
    pub text_lines: usize,
    /// Cards a page: all of them when they fit.
    pub per_page: usize,
    /// The page control sits in a bar under the cards (rather than in the
    /// place of a card).
    pub bar: bool,
}

/// A card as the hand measures it: its title and its text.
pub struct Words<'a> {
    pub title: &'a str,
    pub text: &'a str,
}

/// The height of a card `width` wide at scale `s` whose longest title takes
/// `title_lines` and that shows `text_lines` of its text.
pub fn card_height(s: f32, title_lines: usize, text_lines: usize) -> f32 {
    let mut h = 2.0 * CARD_EDGE + line(18.0 * s) + CARD_GAP + title_lines as f32 * line(20.0 * s);
    if text_lines > 0 {
        h += CARD_GAP + text_lines as f32 * line(18.0 * s);
    }
    h
}

/// The width a card's words have: inside its frame, with a little to spare
/// (rounding to whole pixels must never wrap a line).
fn words_width(card_width: f32) -> f32 {
    card_width - 2.0 * CARD_EDGE - 4.0
}

/// How the `cards` fill a box `size` (inside its padding), `gap` between
/// cards, at text scale `s`, with a page control `control` tall when they
/// do not all fit. Cards are never narrower than the floor's 150 px × `s`;
/// every title shows whole. Of the grids that hold the most cards a page,
/// the one whose cards are widest; when all fit, each card shows as much of
/// its text as the box has room for.
pub fn hand(size: Vec2, s: f32, cards: &[Words], gap: f32, control: f32) -> HandFit {
    let n = cards.len();
    let most_per_row = ((size.x + gap) / (CARD_MIN_WIDTH * s + gap))
        .floor()
        .max(1.0) as usize;
    let mut best: Option<(usize, HandFit)> = None;
    for per_row in 1..=most_per_row {
        let w = ((size.x + gap) / per_row as f32 - gap).max(1.0);
        let title_lines = title_lines(cards, s, w);
        let h = card_height(s, title_lines, 0);
        let rows = ((size.y + gap) / (h + gap)).floor().max(1.0) as usize;
        let room = rows * per_row;
        let mut fit = HandFit {
            card: Vec2::new(w, h),
            per_row,
            text_lines: 0,
            per_page: room,
            bar: false,
        };
        if n > room {
            // Either the control takes a card's place, or a bar under the
            // cards: whichever leaves more cards a page.
            let rows_over_bar = ((size.y - control + gap) / (h + gap)).floor().max(0.0) as usize;
            let over_bar = rows_over_bar * per_row;
            if over_bar > room.saturating_sub(1) {
                fit.per_page = over_bar;
                fit.bar = true;
            } else {
                fit.per_page = room.saturating_sub(1).max(1);
            }
        } else {
            // All fit: the rows they need, grown to show their text.
            let used_rows = n.div_ceil(per_row).max(1);
            let spare = (size.y + gap) / used_rows as f32 - gap - h;
            let room_lines = ((spare - CARD_GAP) / line(18.0 * s)).floor().max(0.0) as usize;
            let wanted = cards
                .iter()
                .filter(|c| !c.text.is_empty())
                .map(|c| glyphs::lines(c.text, step(18.0 * s), false, words_width(w)))
                .max()
                .unwrap_or(0);
            fit.text_lines = room_lines.min(wanted).min(6);
            fit.card.y = card_height(s, title_lines, fit.text_lines);
        }
        let shown = fit.per_page.min(n);
        // Most cards a page; then the most text; then the widest cards.
        let better = match &best {
            None => true,
            Some((b, f)) => shown > *b || (shown == *b && fit.text_lines > f.text_lines),
        };
        if better {
            best = Some((shown, fit));
        }
    }
    best.map(|(_, f)| f).unwrap_or(HandFit {
        card: Vec2::new(size.x, card_height(s, 2, 0)),
        per_row: 1,
        text_lines: 0,
        per_page: 1,
        bar: false,
    })
}

/// The smallest card that shows every one of `cards`' titles whole at
/// text scale `s`: the floor's width, and the height those titles need.
pub fn least_card(s: f32, cards: &[Words]) -> Vec2 {
    let w = CARD_MIN_WIDTH * s;
    Vec2::new(w, card_height(s, title_lines(cards, s, w), 0))
}

/// The lines the longest of `cards`' titles takes on a card `width` wide
/// (two at least: cards in a row are the same height).
fn title_lines(cards: &[Words], s: f32, width: f32) -> usize {
    cards
        .iter()
        .map(|c| glyphs::lines(c.title, step(20.0 * s), true, words_width(width)))
        .max()
        .unwrap_or(1)
        .max(2)
}

/// The first `max_lines` lines of `text` at `size` px in `width`, with "…"
/// where it was cut.
pub fn first_lines(text: &str, size: f32, width: f32, max_lines: usize) -> String {
    if max_lines == 0 {
        return String::new();
    }
    if glyphs::lines(text, size, false, width) <= max_lines {
        return text.to_string();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let (mut lo, mut hi) = (0, words.len());
    // The most words that, with "…", still take `max_lines`.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let cut = format!("{}…", words[..mid].join(" "));
        if glyphs::lines(&cut, size, false, width) <= max_lines {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    format!("{}…", words[..lo].join(" "))
}

/// The height rows of items take when laid out left to right and wrapped
/// at `width`, `gap` apart both ways (as a wrapping flex row does).
pub fn packed_height(items: &[Vec2], width: f32, gap: f32) -> f32 {
    let (mut total, mut row_h, mut used) = (0.0_f32, 0.0_f32, 0.0_f32);
    let mut rows = 0_usize;
    for item in items {
        let w = item.x.min(width);
        if used > 0.0 && used + gap + w > width {
            total += row_h;
            rows += 1;
            row_h = 0.0;
            used = 0.0;
        }
        used += if used > 0.0 { gap + w } else { w };
        row_h = row_h.max(item.y);
    }
    if used > 0.0 {
        total += row_h;
        rows += 1;
    }
    total + gap * rows.saturating_sub(1) as f32
}

/// How many items a page holds when each page packs into `room` (width and
/// height) with the page control `control` after the items when there is
/// more than one page: every page of that many fits. None when not even
/// one item and the control fit (the caller squeezes them into one row).
pub fn per_page(items: &[Vec2], room: Vec2, gap: f32, control: Vec2) -> Option<usize> {
    if items.len() <= 1 || packed_height(items, room.x, gap) <= room.y {
        return Some(items.len().max(1));
    }
    (1..items.len()).rev().find(|&per_page| {
        items.chunks(per_page).all(|page| {
            let mut with_control = page.to_vec();
            with_control.push(control);
            packed_height(&with_control, room.x, gap) <= room.y
        })
    })
}

/// The items a page shows: all, when they fit in `per_page`, or the page
/// `page` says (given how many a page holds; past the last is the first).
/// Returns the items shown, how many pages there are and which one shows.
pub fn paged<T>(
    items: &[T],
    per_page: usize,
    page: impl FnOnce(usize) -> usize,
) -> (&[T], usize, usize) {
    let per_page = per_page.max(1);
    if items.len() <= per_page {
        return (items, 1, 0);
    }
    let pages = items.len().div_ceil(per_page);
    let page = page(per_page) % pages;
    let end = ((page + 1) * per_page).min(items.len());
    (&items[page * per_page..end], pages, page)
}

/// What the page control says: which page, and how many are left.
pub fn page_label(w: &GameWords, page: usize, pages: usize) -> String {
    let left = pages.saturating_sub(page + 1);
    if left == 0 {
        say!(w, "table-page-last", page = page + 1, pages = pages)
    } else {
        say!(w, "table-page", page = page + 1, pages = pages, left = left)
    }
}

/// The page control where room is short: "▸ 2 more" (pages).
pub fn short_page_label(w: &GameWords, page: usize, pages: usize) -> String {
    match pages.saturating_sub(page + 1) {
        0 => say!(w, "table-page-back"),
        n => say!(w, "table-page-more", left = n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cards(n: usize) -> Vec<Words<'static>> {
        (0..n)
            .map(|_| Words {
                title: "Peer exchange visits",
                text: "Groups visit each other to learn how they work, and take back what they saw.",
            })
            .collect()
    }

    #[test]
    fn a_hand_fills_its_box_before_it_pages() {
        // A hand of seven in a box 360 × 460 (a zone of about 380 × 480):
        // two a row and four rows fit, even with titles on three lines.
        let fit = hand(Vec2::new(360.0, 460.0), 1.0, &cards(7), 6.0, 48.0);
        assert_eq!(fit.per_row, 2);
        assert!(fit.per_page >= 7, "{fit:?}");
        assert!(fit.card.x >= 150.0 && fit.card.y <= 112.0, "{fit:?}");
        // All fit, and room is left: the cards show some of their text.
        let roomy = hand(Vec2::new(700.0, 500.0), 1.0, &cards(4), 6.0, 48.0);
        assert!(roomy.text_lines >= 2, "{roomy:?}");
        // Too many for the box: it pages, and a page is as full as it can be.
        let tight = hand(Vec2::new(360.0, 200.0), 1.0, &cards(9), 6.0, 48.0);
        assert!(tight.per_page < 9);
        let slots = 2 * ((200.0_f32 + 6.0) / (tight.card.y + 6.0)).floor() as usize;
        assert!(tight.per_page + 1 >= slots, "{tight:?}");
    }

    #[test]
    fn long_titles_make_taller_cards_not_cut_ones() {
        let long = [Words {
            title: "Corporate volunteering brokerage",
            text: "",
        }];
        let fit = hand(Vec2::new(160.0, 400.0), 1.0, &long, 6.0, 48.0);
        assert!(fit.card.y >= card_height(1.0, 3, 0), "{fit:?}");
    }

    #[test]
    fn text_is_cut_at_a_word_with_an_ellipsis() {
        let text = "Groups visit each other to learn how they work, and take back what they saw.";
        let cut = first_lines(text, 18.0, 150.0, 2);
        assert!(cut.ends_with('…') && cut.len() < text.len(), "{cut}");
        assert!(glyphs::lines(&cut, 18.0, false, 150.0) <= 2);
        assert_eq!(first_lines(text, 18.0, 2000.0, 1), text);
        assert_eq!(first_lines(text, 18.0, 150.0, 0), "");
    }

    #[test]
    fn chips_pack_in_rows_and_page_with_room_for_the_control() {
        let chip = Vec2::new(150.0, 48.0);
        // Two a row in 310 px: four chips take two rows.
        assert_eq!(packed_height(&[chip; 4], 310.0, 6.0), 102.0);
        assert_eq!(packed_height(&[], 310.0, 6.0), 0.0);
        // Four chips in one row's height: a page holds one and the control.
        assert_eq!(
            per_page(&[chip; 4], Vec2::new(310.0, 50.0), 6.0, chip),
            Some(1)
        );
        // In two rows' height: three and the control.
        assert_eq!(
            per_page(&[chip; 5], Vec2::new(310.0, 110.0), 6.0, chip),
            Some(3)
        );
        assert_eq!(
            per_page(&[chip; 4], Vec2::new(310.0, 110.0), 6.0, chip),
            Some(4)
        );
        // Too narrow for a chip and the control side by side, too short
        // for two rows: none fits as it is.
        assert_eq!(
            per_page(&[chip; 4], Vec2::new(200.0, 50.0), 6.0, chip),
            None
        );
    }

    #[test]
    fn items_that_do_not_fit_turn_like_pages() {
        let en = crate::words::english();
        let items: Vec<u32> = (0..7).collect();
        assert_eq!(paged(&items, 8, |_| 0), (&items[..], 1, 0));
        assert_eq!(paged(&items, 2, |_| 0), (&items[0..2], 4, 0));
        assert_eq!(paged(&items, 2, |_| 3), (&items[6..7], 4, 3));
        // Past the last page, back to the first.
        assert_eq!(
            paged(&items, 2, |per_page| per_page * 2),
            (&items[0..2], 4, 0)
        );
        assert_eq!(page_label(en, 0, 3), "Page 1 of 3 ▸ 2 more");
        assert_eq!(page_label(en, 1, 3), "Page 2 of 3 ▸ 1 more");
        assert_eq!(page_label(en, 2, 3), "Page 3 of 3 ▸ back to 1");
        assert_eq!(short_page_label(en, 0, 4), "▸ 3 more");
        assert_eq!(short_page_label(en, 3, 4), "▸ back");
    }
}
