//! Times as the room reads them, without a date library: UTC calendar
//! dates from milliseconds and back.

use std::time::{SystemTime, UNIX_EPOCH};

use super::state::Millis;

/// The time now, in milliseconds since 1970 (0 if the clock is before 1970).
pub fn now() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as Millis)
        .unwrap_or(0)
}

/// A UTC date and time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl DateTime {
    pub fn from_millis(ms: Millis) -> Self {
        let secs = ms / 1000;
        let days = (secs / 86_400) as i64;
        let rem = secs % 86_400;
        let (year, month, day) = civil_from_days(days);
        DateTime {
            year,
            month,
            day,
            hour: (rem / 3600) as u32,
            minute: (rem % 3600 / 60) as u32,
            second: (rem % 60) as u32,
        }
    }

    pub fn to_millis(self) -> Option<Millis> {
        let days = days_from_civil(self.year, self.month, self.day);
        let secs = days * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second);
        u64::try_from(secs).ok().map(|s| s * 1000)
    }

    /// `2017-11-16`
    pub fn date(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `2017-11-16 14:00 UTC`
    pub fn readable(self) -> String {
        format!("{} {:02}:{:02} UTC", self.date(), self.hour, self.minute)
    }

    /// `20171116-1400`, for file names.
    pub fn compact(self) -> String {
        format!(
            "{:04}{:02}{:02}-{:02}{:02}",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }
}

/// Days since 1970-01-01 to a (year, month, day) (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Reads a start time: `2017-11-16T14:00:00Z`, `2017-11-16T14:00`,
/// `2017-11-16 14:00`, `2017-11-16`, or seconds since 1970.
pub fn parse(text: &str) -> Result<Millis, String> {
    let t = text.trim();
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
        return t
            .parse::<u64>()
            .ok()
            .and_then(|s| s.checked_mul(1000))
            .ok_or_else(|| format!("{t:?} is too large a number of seconds"));
    }
    let bad = || format!("{text:?} is not a time; write it like 2017-11-16T14:00:00Z");
    let t = t.trim_end_matches('Z');
    let (date, time) = match t.split_once(['T', ' ']) {
        Some((d, tm)) => (d, tm),
        None => (t, "00:00"),
    };
    let num = |s: Option<&str>| s.and_then(|x| x.parse::<u32>().ok());
    let mut d = date.split('-');
    let (year, month, day) = (num(d.next()), num(d.next()), num(d.next()));
    let mut tm = time.split(':');
    let (hour, minute) = (num(tm.next()), num(tm.next()));
    let second = match tm.next() {
        Some(s) => s.split('.').next().and_then(|x| x.parse::<u32>().ok()),
        None => Some(0),
    };
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) =
        (year, month, day, hour, minute, second)
    else {
        return Err(bad());
    };
    if d.next().is_some()
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return Err(bad());
    }
    let dt = DateTime {
        year: i64::from(year),
        month,
        day,
        hour,
        minute,
        second,
    };
    if DateTime::from_millis(dt.to_millis().ok_or_else(bad)?).day != day {
        return Err(format!("{text:?} is not a real date"));
    }
    dt.to_millis().ok_or_else(bad)
}

/// `12:05` or `1:02:03` for a duration.
pub fn duration(ms: Millis) -> String {
    let s = ms.div_ceil(1000);
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s % 3600 / 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// A phase timer's time left as a room reads it from across the table:
/// whole minutes (`12 min`, rounded up) while more than a minute is left,
/// then the seconds of the last minute (`1:00`, `0:59` … `0:01`).
///
/// Showing minutes until the end is near means the screen has something
/// new to show once a minute instead of once a second, which is what lets a
/// laptop on battery (or one rendering without a GPU) rest while a phase
/// runs; see `countdown_changes_in`.
pub fn countdown(ms: Millis) -> String {
    let s = ms.div_ceil(1000);
    if s > 60 {
        format!("{} min", s.div_ceil(60))
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// Milliseconds from now until [`countdown`] of a timer with `ms` left
/// shows something else (0 when it shows `0:00` already).
///
/// A running timer needs the screen drawn only then.
pub fn countdown_changes_in(ms: Millis) -> Millis {
    let s = ms.div_ceil(1000);
    if s == 0 {
        return 0;
    }
    // The next text starts when the time left falls to this.
    let next = if s > 60 {
        (s.div_ceil(60) - 1).max(1) * 60_000
    } else {
        (s - 1) * 1000
    };
    ms - next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        let ms = parse("2017-11-16T14:00:00Z").unwrap();
        assert_eq!(ms, 1_510_840_800_000);
        assert_eq!(DateTime::from_millis(ms).readable(), "2017-11-16 14:00 UTC");
        assert_eq!(parse("2017-11-16 14:00").unwrap(), ms);
        assert_eq!(parse("1510840800").unwrap(), ms);
        assert_eq!(DateTime::from_millis(0).date(), "1970-01-01");
        assert_eq!(
            DateTime::from_millis(parse("2024-02-29").unwrap()).date(),
            "2024-02-29"
        );
    }

    #[test]
    fn bad_times_are_refused() {
        for t in [
            "",
            "tomorrow",
            "2017-13-01",
            "2017-02-30",
            "2017-11-16T25:00",
            "99999999999999999999",
        ] {
            assert!(parse(t).is_err(), "{t}");
        }
    }

    #[test]
    fn countdowns_show_minutes_then_the_last_seconds() {
        assert_eq!(countdown(15 * 60_000), "15 min");
        assert_eq!(countdown(14 * 60_000 + 1), "15 min");
        assert_eq!(countdown(61_000), "2 min");
        assert_eq!(countdown(60_001), "2 min");
        assert_eq!(countdown(60_000), "1:00");
        assert_eq!(countdown(59_001), "1:00");
        assert_eq!(countdown(59_000), "0:59");
        assert_eq!(countdown(1), "0:01");
        assert_eq!(countdown(0), "0:00");
        assert_eq!(countdown(75 * 60_000), "75 min");
    }

    #[test]
    fn a_countdown_says_when_it_next_changes() {
        // Walk a timer down and check that the text changes exactly at the
        // moments announced, and at no other.
        let mut ms: Millis = 3 * 60_000 + 500;
        let mut steps = 0;
        while ms > 0 {
            let wait = countdown_changes_in(ms);
            assert!(wait > 0 && wait <= ms, "{ms}: {wait}");
            assert_eq!(countdown(ms), countdown(ms - wait + 1), "{ms}");
            assert_ne!(countdown(ms), countdown(ms - wait), "{ms}");
            ms -= wait;
            steps += 1;
        }
        // 3 min → 2 min (2 changes: at 3:00 and 2:00), then 1:00 … 0:00.
        assert_eq!(countdown(ms), "0:00");
        assert_eq!(steps, 3 + 60);
        assert_eq!(countdown_changes_in(0), 0);
    }

    #[test]
    fn durations_read_like_a_clock() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(61_000), "1:01");
        assert_eq!(duration(59_001), "1:00");
        assert_eq!(duration(3_723_000), "1:02:03");
    }
}
