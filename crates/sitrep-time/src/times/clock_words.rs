//! Clock times as people say them: "half past seven", "quarter to ten",
//! "20 min past eight in the evening", "nine thirty", "five-thirty",
//! "seven p . m .", "11ish", "noonish", "9 oclock", "9a", "8.30pm",
//! "1140 a.m.", and a clock time joined to the day it falls on ("tomorrow
//! at 8:45a", "Friday at 4pm", "tonight around 7", "9am on Tuesday").

use sitrep_core::TimeType;

use super::clock::ampm;
use super::{Basis, Ctx, Hit};
use crate::lex::{Kind, Scan};
use crate::numbers::{number_at, split_suffix};

/// A parsed clock time.
#[derive(Debug, Clone, Copy)]
pub(super) struct Clock {
    pub h: u8,
    pub m: u8,
    pub end: usize,
    /// Unmistakably a time (am/pm, o'clock, "past", "ish", a colon);
    /// otherwise it needs a day or "at" beside it.
    pub strong: bool,
    /// Whether am/pm is known (so a context like "tonight" must not move it).
    pub meridiem_known: bool,
}

/// A small whole number in words or digits (for hours and minutes).
fn small_number(s: &Scan, i: usize) -> Option<(u8, usize)> {
    let m = number_at(s, i)?;
    if m.ordinal
        || m.fraction
        || m.vague
        || m.value.fract() != 0.0
        || !(0.0..60.0).contains(&m.value)
    {
        return None;
    }
    if m.digits && s.w(i).contains([',', '.', ':']) {
        return None;
    }
    Some((m.value as u8, m.end))
}

/// "o'clock", "oclock", "o clock".
fn oclock(s: &Scan, i: usize) -> Option<usize> {
    match s.w(i) {
        "oclock" => Some(i + 1),
        "o" if s.is(i + 1, "'") || s.is(i + 1, "’") => s.is(i + 2, "clock").then_some(i + 3),
        "o" if s.is(i + 1, "clock") => Some(i + 2),
        _ => None,
    }
}

/// am/pm in any spacing: "am", "a m", "p . m .", "a.m.", and glued "a"/"p" handled by the caller.
fn meridiem(s: &Scan, i: usize) -> Option<(bool, usize)> {
    if let Some(x) = ampm(s, i) {
        return Some(x);
    }
    let pm = match s.w(i) {
        "a" => false,
        "p" => true,
        _ => return None,
    };
    let mut k = i + 1;
    if s.is(k, ".") {
        k += 1;
    }
    if !s.is(k, "m") {
        return None;
    }
    k += 1;
    if s.is(k, ".") {
        k += 1;
    }
    Some((pm, k))
}

/// "in the morning", "in the evening", "tonight": whether it means pm, and where it ends.
fn day_part_after(s: &Scan, i: usize) -> Option<(bool, usize)> {
    let k = if s.is(i, "in") && s.is(i + 1, "the") {
        i + 2
    } else if s.is(i, "this") {
        i + 1
    } else {
        return None;
    };
    let pm = match s.w(k) {
        "morning" => false,
        "afternoon" | "evening" | "night" => true,
        _ => return None,
    };
    Some((pm, k + 1))
}

fn to_24(h: u8, pm: bool) -> u8 {
    match (h, pm) {
        (12, false) => 0,
        (h, true) if h < 12 => h + 12,
        (h, _) => h,
    }
}

/// The hour and minute of a digit token: "8", "11ish", "1140", "8.30", "9a", "7p", "7ampm", "9:00a".
fn digit_clock(s: &Scan, i: usize) -> Option<(u8, u8, Option<bool>, bool, usize)> {
    let w = s.w(i);
    let (digits, suffix) = split_suffix(w);
    let (h, m): (u8, u8) = if let Some((a, b)) = digits.split_once([':', '.']) {
        if b.len() != 2 || b.contains([':', '.']) {
            return None;
        }
        (a.parse().ok()?, b.parse().ok()?)
    } else if digits.len() == 4 && (!suffix.is_empty() || meridiem(s, i + 1).is_some()) {
        (digits[..2].parse().ok()?, digits[2..].parse().ok()?)
    } else if digits.len() <= 2 {
        (digits.parse().ok()?, 0)
    } else {
        return None;
    };
    if h > 24 || m > 59 {
        return None;
    }
    let colon = digits.contains(':');
    let (pm, strong) = match suffix {
        "" => (None, colon),
        "a" | "am" | "ampm" => (Some(false), true),
        "p" | "pm" => (Some(true), true),
        "ish" => (None, true),
        _ => return None,
    };
    // "9.am": a period between the number and am/pm.
    if suffix.is_empty() && s.is(i + 1, ".") && s.glued(i + 1) && s.glued(i + 2) {
        if let Some((p, end)) = meridiem(s, i + 2) {
            return Some((h, m, Some(p), true, end));
        }
    }
    Some((h, m, pm, strong, i + 1))
}

/// A clock time starting at token `i`.
pub(super) fn clock(s: &Scan, i: usize) -> Option<Clock> {
    let w = s.w(i);
    if w == "noonish" {
        return Some(Clock {
            h: 12,
            m: 0,
            end: i + 1,
            strong: true,
            meridiem_known: true,
        });
    }
    // "half past seven", "quarter to ten", "20 min past eight", "ten past 9".
    let (minutes, k) = match w {
        "half" => (Some(30u8), i + 1),
        "quarter" | "a" if w == "quarter" || s.is(i + 1, "quarter") => {
            (Some(15), if w == "a" { i + 2 } else { i + 1 })
        }
        _ => match small_number(s, i) {
            Some((n, e)) if matches!(s.w(e), "min" | "mins" | "minute" | "minutes") => {
                (Some(n), e + 1)
            }
            // "ten past 9"; "to" only with minutes ("two to six" is a range).
            Some((n, e)) if s.is(e, "past") => (Some(n), e),
            _ => (None, i),
        },
    };
    if let Some(mins) = minutes {
        let dir = s.w(k);
        // "5 to 12 September" is a range of days, not five to twelve.
        let digits_range = s.kind(i) == Some(Kind::Num) && k == i + 1 && dir != "past";
        if matches!(dir, "past" | "to") && !digits_range {
            if let Some((h, e)) = small_number(s, k + 1)
                .filter(|(h, e)| (1..=12).contains(h) && crate::lex::month_of(s.w(*e)).is_none())
            {
                let (h, m) = if dir == "past" {
                    (h, mins)
                } else {
                    ((h + 11) % 12, 60 - mins)
                };
                let h = if h == 0 { 12 } else { h };
                return Some(finish(s, h, m, e, true, None));
            }
        }
        if w == "half" || w == "quarter" || w == "a" {
            return None;
        }
    }
    let (h, m, pm, strong, end) = match s.kind(i)? {
        Kind::Num => digit_clock(s, i)?,
        Kind::Word => {
            // "nine thirty", "five-thirty", "seven twenty-seven", "one thirty p m".
            let (h, e) = small_number(s, i).filter(|(h, _)| (1..=12).contains(h))?;
            if s.kind(i) != Some(Kind::Word) {
                return None;
            }
            let k = if s.is(e, "-") && s.glued(e) { e + 1 } else { e };
            match small_number(s, k).filter(|(m, _)| *m >= 10 && s.kind(k) == Some(Kind::Word)) {
                Some((m, e2)) => {
                    let e2 = if matches!(s.w(e2), "minutes" | "minute") {
                        e2 + 1
                    } else {
                        e2
                    };
                    (h, m, None, false, e2)
                }
                None => (h, 0, None, false, e),
            }
        }
        Kind::Punct => return None,
    };
    Some(finish(s, h, m, end, strong, pm))
}

/// Reads what may follow a clock time: o'clock, am/pm, "in the evening".
fn finish(s: &Scan, h: u8, m: u8, end: usize, strong: bool, pm: Option<bool>) -> Clock {
    let mut end = end;
    let mut strong = strong;
    let mut pm = pm;
    if let Some(e) = oclock(s, end) {
        end = e;
        strong = true;
    }
    if pm.is_none() {
        if let Some((p, e)) = meridiem(s, end) {
            pm = Some(p);
            end = e;
            strong = true;
        }
    }
    if pm.is_none() {
        if let Some((p, e)) = day_part_after(s, end) {
            pm = Some(p);
            end = e;
            strong = true;
        }
    }
    let h = match pm {
        Some(p) if h <= 12 => to_24(h, p),
        _ => h,
    };
    Clock {
        h,
        m,
        end,
        strong,
        meridiem_known: pm.is_some() || h > 12 || h == 0,
    }
}

/// The day part of a DATE or TIME value ("2016-11-07", "XXXX-WXX-5",
/// "2016-11-07TNI"), and whether that part of day means pm.
fn day_of(value: &str) -> Option<(&str, bool)> {
    let (day, rest) = match value.split_once('T') {
        Some((d, r)) => (d, Some(r)),
        None => (value, None),
    };
    let is_day = (day.len() == 10 && day.as_bytes().get(4) == Some(&b'-'))
        || (day.starts_with("XXXX-WXX-") && day.len() == 10);
    if !is_day {
        return None;
    }
    let pm = matches!(rest, Some("NI" | "EV" | "AF"));
    if rest.is_some_and(|r| r.contains(':') || r.chars().next().is_some_and(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some((day, pm))
}

/// A strong clock time standing alone, on the day the narrative is at.
pub(super) fn strong_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let c = clock(s, i)?;
    // "the morning at 7" reads the part of day first; here the clock stands alone.
    let mut h = super::clock::time_hit(s, ctx, c.h, c.m, c.end)?;
    // A spoken hour and minutes is weak alone, but "at five-thirty tomorrow
    // evening" is a time: "at" before it and its day right after.
    let spoken_on_day = i > 0
        && s.is(i - 1, "at")
        && s.kind(i) == Some(Kind::Word)
        && c.m >= 10
        && c.end > i + 1
        && h.end > c.end;
    if !(c.strong || spoken_on_day) {
        return None;
    }
    if h.end < c.end {
        h.end = c.end;
    }
    Some(h)
}

/// A day followed by its clock time: "tomorrow at 8:45a", "Friday at 4pm",
/// "tonight around 7", "sat at 5", "wednesday 4 oclock".
pub(super) fn day_then_clock(s: &Scan, day: Hit) -> Hit {
    let Some((date, pm)) = day_of(&day.value) else {
        return day;
    };
    let mut k = day.end;
    let mut linked = false;
    while matches!(s.w(k), "at" | "around" | "about" | "by" | "," | "circa") {
        linked |= s.w(k) != ",";
        k += 1;
    }
    // "march eighteenth nine thirty": a spoken hour and minutes right after a
    // day read as its clock time even without "at".
    // Only after a spoken ordinal day ("Monday nine twenty-year-olds" is a count).
    let spoken_day = day.end > 0 && crate::numbers::ordinal_word(s.w(day.end - 1)).is_some();
    let spoken_minutes = |c: &Clock| {
        spoken_day
            && c.m >= 10
            && s.kind(k) == Some(Kind::Word)
            && c.end > k + 1
            && !(s.is(c.end, "-") && s.glued(c.end))
    };
    let Some(c) = clock(s, k).filter(|c| c.strong || linked || spoken_minutes(c)) else {
        return day;
    };
    let h = if pm && !c.meridiem_known && c.h < 12 {
        c.h + 12
    } else {
        c.h
    };
    Hit {
        end: c.end,
        // "Tuesdays at 9am" stays a recurrence.
        kind: if day.kind == TimeType::Set {
            TimeType::Set
        } else {
            TimeType::Time
        },
        value: format!("{date}T{h:02}:{:02}", c.m),
        point: None,
        ..day
    }
}

/// "the morning at 7", "the afternoon at 7": a part of day, then the clock.
pub(super) fn part_then_clock(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let pm = match s.w(i) {
        "morning" => false,
        "afternoon" | "evening" | "night" => true,
        _ => return None,
    };
    if !matches!(s.w(i + 1), "at" | "around") {
        return None;
    }
    let c = clock(s, i + 2)?;
    let h = if pm && !c.meridiem_known && c.h < 12 {
        c.h + 12
    } else {
        c.h
    };
    let mut hit = super::clock::time_hit(s, ctx, h, c.m, c.end)?;
    hit.end = hit.end.max(c.end);
    let _ = Basis::Published;
    Some(hit)
}
