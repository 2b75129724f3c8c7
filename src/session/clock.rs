//! Times as the room reads them. Files hold UTC instants (milliseconds
//! since 1970); a session also records the time zone it was created in, and
//! dates and times are shown in that zone, through `jiff`.

use std::time::{SystemTime, UNIX_EPOCH};

use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, Zoned};

use super::state::Millis;

/// The zone of sessions that recorded none (files from before zones).
pub const UTC: &str = "UTC";

/// The time now, in milliseconds since 1970 (0 if the clock is before 1970).
pub fn now() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as Millis)
        .unwrap_or(0)
}

/// The latest time a session may hold: the end of the year 9999.
pub fn latest() -> Millis {
    Timestamp::MAX.as_millisecond().unsigned_abs()
}

/// The name of this machine's time zone (`Europe/London`), or its offset
/// from UTC now (`+01:00`) when it has no name, or `UTC`.
pub fn local_zone() -> String {
    match TimeZone::try_system() {
        Ok(tz) => name_of(&tz, Timestamp::now()),
        Err(_) => UTC.into(),
    }
}

fn name_of(tz: &TimeZone, at: Timestamp) -> String {
    match tz.iana_name() {
        Some(name) if zone_problem(name).is_none() => name.to_string(),
        _ => offset_name(tz.to_offset(at)),
    }
}

/// `+01:00`, `-05:30`, or `UTC` for no offset.
fn offset_name(offset: Offset) -> String {
    let s = offset.seconds();
    if s == 0 {
        return UTC.into();
    }
    let sign = if s < 0 { '-' } else { '+' };
    let m = s.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

/// Why a recorded time zone cannot be used, if it cannot: a name from the
/// time zone database (`Europe/London`), `UTC`, or an offset (`+01:00`).
pub fn zone_problem(name: &str) -> Option<String> {
    let well_formed = !name.is_empty()
        && name.len() <= 64
        && !name.contains("..")
        && !name.starts_with('/')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/_-+:".contains(c));
    if !well_formed || parse_zone(name).is_none() {
        return Some(format!(
            "the time zone {name:?} is not one this machine knows (write a name such as Europe/London, or UTC)"
        ));
    }
    None
}

fn parse_zone(name: &str) -> Option<TimeZone> {
    if name == UTC {
        return Some(TimeZone::UTC);
    }
    if let Some(rest) = name.strip_prefix(['+', '-']) {
        let (h, m) = rest.split_once(':')?;
        let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
        if h > 25 || m > 59 || rest.len() != 5 {
            return None;
        }
        let secs = (h * 3600 + m * 60) * if name.starts_with('-') { -1 } else { 1 };
        return Offset::from_seconds(secs).ok().map(TimeZone::fixed);
    }
    TimeZone::get(name).ok()
}

/// The zone a session recorded, or UTC if this machine does not know it.
pub fn time_zone(name: &str) -> TimeZone {
    parse_zone(name).unwrap_or(TimeZone::UTC)
}

/// An instant in a zone.
fn zoned(ms: Millis, zone: &str) -> Zoned {
    let ts = i64::try_from(ms)
        .ok()
        .and_then(|ms| Timestamp::from_millisecond(ms).ok())
        .unwrap_or(Timestamp::MAX);
    ts.to_zoned(time_zone(zone))
}

/// `2017-11-16`
pub fn date(ms: Millis, zone: &str) -> String {
    zoned(ms, zone).strftime("%Y-%m-%d").to_string()
}

/// `2017-11-16 14:00 GMT`: the date, the time and the zone's abbreviation.
pub fn readable(ms: Millis, zone: &str) -> String {
    zoned(ms, zone).strftime("%Y-%m-%d %H:%M %Z").to_string()
}

/// `20171116-1400`, for file names.
pub fn compact(ms: Millis, zone: &str) -> String {
    zoned(ms, zone).strftime("%Y%m%d-%H%M").to_string()
}

/// Reads a start time and the zone it is in:
/// - `2017-11-16T14:00:00Z` or seconds since 1970: UTC;
/// - `2017-11-16T14:00:00+01:00`: that offset;
/// - `2017-11-16T14:00:00+00:00[Europe/London]`: that zone;
/// - `2017-11-16T14:00`, `2017-11-16 14:00`, `2017-11-16`: this machine's zone.
pub fn parse(text: &str) -> Result<(Millis, String), String> {
    let t = text.trim();
    let too_late =
        || format!("{t:?} is later than the year 9999; write a time like 2017-11-16T14:00:00Z");
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()) {
        let secs: i64 = t.parse().map_err(|_| too_late())?;
        let ts = Timestamp::from_second(secs).map_err(|_| too_late())?;
        return Ok((to_millis(ts)?, UTC.into()));
    }
    let bad = |e: jiff::Error| {
        let why = e.to_string();
        if why.contains("range") {
            too_late()
        } else {
            format!("{text:?} is not a time; write it like 2017-11-16T14:00:00Z ({why})")
        }
    };
    if t.ends_with(']') {
        let z: Zoned = t.parse().map_err(bad)?;
        let name = name_of(z.time_zone(), z.timestamp());
        return Ok((to_millis(z.timestamp())?, name));
    }
    if let Ok(ts) = t.parse::<Timestamp>() {
        // An offset written in the text: `Z` is UTC, `+01:00` that offset.
        let offset = t
            .rfind(['+', '-'])
            .filter(|&i| i > 10)
            .map(|i| &t[i..])
            .unwrap_or("Z");
        let name = if t.ends_with(['Z', 'z']) {
            UTC.to_string()
        } else {
            parse_zone(offset).map_or_else(|| UTC.to_string(), |tz| name_of(&tz, ts))
        };
        return Ok((to_millis(ts)?, name));
    }
    let civil: jiff::civil::DateTime = match t.parse() {
        Ok(dt) => dt,
        Err(e) => match t.parse::<jiff::civil::Date>() {
            Ok(d) => d.to_datetime(jiff::civil::Time::midnight()),
            Err(_) => return Err(bad(e)),
        },
    };
    let zone = local_zone();
    let z = civil.to_zoned(time_zone(&zone)).map_err(bad)?;
    Ok((to_millis(z.timestamp())?, zone))
}

fn to_millis(ts: Timestamp) -> Result<Millis, String> {
    u64::try_from(ts.as_millisecond())
        .map_err(|_| format!("{ts} is before 1970; a session starts after 1970"))
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
    match countdown_minutes(ms) {
        Some(m) => format!("{m} min"),
        None => {
            let s = ms.div_ceil(1000);
            format!("{}:{:02}", s / 60, s % 60)
        }
    }
}

/// The whole minutes [`countdown`] shows while more than a minute is left
/// (for a screen to say in the room's language); `None` in the last
/// minute, which counts down as `m:ss`.
pub fn countdown_minutes(ms: Millis) -> Option<u64> {
    let s = ms.div_ceil(1000);
    (s > 60).then(|| s.div_ceil(60))
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
        let (ms, zone) = parse("2017-11-16T14:00:00Z").unwrap();
        assert_eq!(ms, 1_510_840_800_000);
        assert_eq!(zone, "UTC");
        assert_eq!(readable(ms, &zone), "2017-11-16 14:00 UTC");
        assert_eq!(parse("1510840800").unwrap(), (ms, "UTC".to_string()));
        assert_eq!(date(0, UTC), "1970-01-01");
        assert_eq!(compact(ms, UTC), "20171116-1400");
        let (leap, _) = parse("2024-02-29T12:00Z").unwrap();
        assert_eq!(date(leap, UTC), "2024-02-29");
    }

    #[test]
    fn times_are_shown_in_the_zone_the_session_was_created_in() {
        let (ms, zone) = parse("2017-06-16T14:00:00+01:00[Europe/London]").unwrap();
        assert_eq!(zone, "Europe/London");
        assert_eq!(readable(ms, &zone), "2017-06-16 14:00 BST");
        assert_eq!(readable(ms, UTC), "2017-06-16 13:00 UTC");
        assert_eq!(compact(ms, &zone), "20170616-1400");
        let (ms2, zone2) = parse("2017-11-16T14:00:00+05:30").unwrap();
        assert_eq!(zone2, "+05:30");
        assert_eq!(compact(ms2, &zone2), "20171116-1400");
        assert_eq!(compact(ms2, UTC), "20171116-0830");
    }

    #[test]
    fn bad_and_far_future_times_are_refused_with_words() {
        for t in [
            "",
            "tomorrow",
            "2017-13-01",
            "2017-02-30",
            "2017-11-16T25:00",
            "1969-12-31T23:00:00Z",
        ] {
            assert!(parse(t).is_err(), "{t}");
        }
        for t in [
            "99999999999999999999",
            "999999999999",
            "+010000-01-01T00:00:00Z",
        ] {
            let e = parse(t).unwrap_err();
            assert!(e.contains("9999") || e.contains("not a time"), "{t}: {e}");
        }
        assert!(parse("99999999999999999999").unwrap_err().contains("9999"));
        // A crafted instant beyond the range is shown, not a panic.
        assert_eq!(date(u64::MAX, UTC), "9999-12-30");
    }

    #[test]
    fn zone_names_from_files_are_checked() {
        assert!(zone_problem("Europe/London").is_none());
        assert!(zone_problem("UTC").is_none());
        assert!(zone_problem("+01:00").is_none());
        for bad in [
            "",
            "../../etc/passwd",
            "/etc/passwd",
            "Mars/Olympus",
            "+99:00",
            "a b",
        ] {
            assert!(zone_problem(bad).is_some(), "{bad}");
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
