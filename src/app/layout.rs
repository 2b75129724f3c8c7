//! Where each group's zone goes on the screen: around four sides of a touch
//! table (each zone turned to face its seat), or in a grid on a wall screen.

use bevy::math::{Rect, Vec2};

use crate::session::Seat;

/// The virtual canvas the layout is computed for; `UiScale` maps it to the
/// window, so text is crisp at 4K and the same size relative to the screen.
pub const CANVAS: Vec2 = Vec2::new(1920.0, 1080.0);

/// Height of the top bar in wall mode (phase, timer, swap pile).
pub const WALL_BAR: f32 = 96.0;

/// A group's zone: its centre on the canvas, its size as the group sees it
/// (before turning), and how far it is turned clockwise to face its seat.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zone {
    pub group: usize,
    pub centre: Vec2,
    pub size: Vec2,
    pub degrees: f32,
}

impl Zone {
    /// The zone's box on the screen after turning.
    pub fn screen_rect(&self) -> Rect {
        let turned = self.degrees.rem_euclid(180.0) != 0.0;
        let size = if turned {
            Vec2::new(self.size.y, self.size.x)
        } else {
            self.size
        };
        Rect::from_center_size(self.centre, size)
    }

    /// The top-left corner of the unturned layout box.
    pub fn layout_origin(&self) -> Vec2 {
        self.centre - self.size / 2.0
    }
}

/// The whole table: one zone per group, and the free middle (table mode) or
/// top bar (wall mode) for the timer and the swap pile.
#[derive(Debug, Clone, PartialEq)]
pub struct TableLayout {
    pub wall: bool,
    pub zones: Vec<Zone>,
    pub middle: Rect,
}

/// Wall mode when every group's seat is the wall; otherwise seats on the
/// four sides (a group with a wall seat at a table sits at the bottom).
pub fn layout(seats: &[Seat], canvas: Vec2) -> TableLayout {
    if seats.iter().all(|s| *s == Seat::Wall) {
        wall(seats.len(), canvas)
    } else {
        table(seats, canvas)
    }
}

fn wall(n: usize, canvas: Vec2) -> TableLayout {
    let rows = if n <= 3 { 1 } else { 2 };
    let cols = n.div_ceil(rows).max(1);
    let gap = 8.0;
    let top = WALL_BAR;
    let cell = Vec2::new(canvas.x / cols as f32, (canvas.y - top) / rows as f32);
    let zones = (0..n)
        .map(|g| {
            let (r, c) = (g / cols, g % cols);
            let centre = Vec2::new((c as f32 + 0.5) * cell.x, top + (r as f32 + 0.5) * cell.y);
            Zone {
                group: g,
                centre,
                size: cell - Vec2::splat(gap),
                degrees: 0.0,
            }
        })
        .collect();
    TableLayout {
        wall: true,
        zones,
        middle: Rect::new(0.0, 0.0, canvas.x, top),
    }
}

fn table(seats: &[Seat], canvas: Vec2) -> TableLayout {
    let side = |s: Seat| if s == Seat::Wall { Seat::Bottom } else { s };
    let on =
        |s: Seat| -> Vec<usize> { (0..seats.len()).filter(|&g| side(seats[g]) == s).collect() };
    let (bottom, top, left, right) = (
        on(Seat::Bottom),
        on(Seat::Top),
        on(Seat::Left),
        on(Seat::Right),
    );
    let gap = 8.0;
    let strip_w = canvas.x * 0.24;
    let l = if left.is_empty() { 0.0 } else { strip_w };
    let r = if right.is_empty() { 0.0 } else { strip_w };
    let strip_h = |others_empty: bool| {
        if others_empty {
            canvas.y * 0.6
        } else {
            canvas.y * 0.42
        }
    };
    let b = if bottom.is_empty() {
        0.0
    } else {
        strip_h(top.is_empty())
    };
    let t = if top.is_empty() {
        0.0
    } else {
        strip_h(bottom.is_empty())
    };
    let mut zones = Vec::new();
    let across = canvas.x - l - r;
    for (i, &g) in bottom.iter().enumerate() {
        let w = across / bottom.len() as f32;
        zones.push(Zone {
            group: g,
            centre: Vec2::new(l + (i as f32 + 0.5) * w, canvas.y - b / 2.0),
            size: Vec2::new(w - gap, b - gap),
            degrees: 0.0,
        });
    }
    for (i, &g) in top.iter().enumerate() {
        let w = across / top.len() as f32;
        // Seen from the top seat, left and right swap: the first group sits
        // at the screen's right.
        zones.push(Zone {
            group: g,
            centre: Vec2::new(canvas.x - r - (i as f32 + 0.5) * w, t / 2.0),
            size: Vec2::new(w - gap, t - gap),
            degrees: 180.0,
        });
    }
    for (i, &g) in left.iter().enumerate() {
        let h = canvas.y / left.len() as f32;
        zones.push(Zone {
            group: g,
            centre: Vec2::new(l / 2.0, (i as f32 + 0.5) * h),
            size: Vec2::new(h - gap, l - gap),
            degrees: 90.0,
        });
    }
    for (i, &g) in right.iter().enumerate() {
        let h = canvas.y / right.len() as f32;
        zones.push(Zone {
            group: g,
            centre: Vec2::new(canvas.x - r / 2.0, canvas.y - (i as f32 + 0.5) * h),
            size: Vec2::new(h - gap, r - gap),
            degrees: -90.0,
        });
    }
    zones.sort_by_key(|z| z.group);
    TableLayout {
        wall: false,
        zones,
        middle: Rect::new(l, t, canvas.x - r, canvas.y - b),
    }
}

/// Turns a screen-space movement into the zone's own frame, so a card
/// dragged in a turned zone follows the finger.
pub fn into_zone(delta: Vec2, degrees: f32) -> Vec2 {
    let a = (-degrees).to_radians();
    let (s, c) = a.sin_cos();
    Vec2::new(delta.x * c - delta.y * s, delta.x * s + delta.y * c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(r: Rect, canvas: Vec2) -> bool {
        r.min.x >= -0.5 && r.min.y >= -0.5 && r.max.x <= canvas.x + 0.5 && r.max.y <= canvas.y + 0.5
    }

    #[test]
    fn each_seat_is_on_its_side_and_zones_do_not_overlap() {
        let seats = [
            Seat::Bottom,
            Seat::Top,
            Seat::Left,
            Seat::Right,
            Seat::Bottom,
            Seat::Top,
            Seat::Left,
            Seat::Right,
        ];
        let t = layout(&seats, CANVAS);
        assert!(!t.wall);
        for z in &t.zones {
            let r = z.screen_rect();
            assert!(inside(r, CANVAS), "{z:?}");
            match seats[z.group] {
                Seat::Bottom => assert!(r.min.y > CANVAS.y / 2.0 && z.degrees == 0.0),
                Seat::Top => assert!(r.max.y < CANVAS.y / 2.0 && z.degrees == 180.0),
                Seat::Left => assert!(r.max.x < CANVAS.x / 2.0 && z.degrees == 90.0),
                Seat::Right => assert!(r.min.x > CANVAS.x / 2.0 && z.degrees == -90.0),
                Seat::Wall => unreachable!(),
            }
            for other in &t.zones {
                if other.group != z.group {
                    let o = other.screen_rect();
                    assert!(r.intersect(o).is_empty(), "{z:?} overlaps {other:?}");
                }
            }
        }
        assert!(t.middle.width() > 100.0 && t.middle.height() > 100.0);
    }

    #[test]
    fn wall_mode_is_a_grid_below_the_bar() {
        let t = layout(&[Seat::Wall; 6], CANVAS);
        assert!(t.wall);
        assert_eq!(t.zones.len(), 6);
        for z in &t.zones {
            assert!(z.screen_rect().min.y >= WALL_BAR - 0.5);
            assert!(inside(z.screen_rect(), CANVAS));
            assert_eq!(z.degrees, 0.0);
        }
        // Three columns, two rows.
        assert!((t.zones[0].centre.y - t.zones[2].centre.y).abs() < 1.0);
        assert!(t.zones[3].centre.y > t.zones[0].centre.y);
    }

    #[test]
    fn drags_follow_the_finger_in_turned_zones() {
        let right = Vec2::new(10.0, 0.0);
        assert!((into_zone(right, 0.0) - right).length() < 1e-4);
        assert!((into_zone(right, 180.0) - Vec2::new(-10.0, 0.0)).length() < 1e-4);
        // Turned 90° clockwise, moving right on screen is moving up in the zone.
        assert!((into_zone(right, 90.0) - Vec2::new(0.0, -10.0)).length() < 1e-4);
    }
}
