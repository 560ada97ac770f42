//! Clock times: `17:34`, `10 a.m.`, `9:00pm GMT`, attached to the date that
//! follows them, to the day the narrative is at, or to the document date.

use sitrep_core::TimeType;

use super::{Basis, Ctx, Hit};
use crate::lex::{Kind, Scan};
use crate::numbers::split_suffix;

/// Extends a date with a following clock time ("12/05/1998 09:42:00").
pub(super) fn with_clock(s: &Scan, j: usize, date: Hit) -> Option<Hit> {
    let j = if s.is(j, "t") && s.glued(j) { j + 1 } else { j };
    if let Some((h, m, end)) = clock(s, j) {
        return Some(Hit {
            end,
            kind: TimeType::Time,
            value: format!("{}T{h:02}:{m:02}", date.value),
            ..date
        });
    }
    Some(date)
}

fn clock(s: &Scan, i: usize) -> Option<(u8, u8, usize)> {
    let w = s.w(i);
    let (digits, suffix) = split_suffix(w);
    let mut it = digits.split(':');
    let h: u8 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    if let Some(sec) = it.next() {
        sec.parse::<u8>().ok().filter(|x| *x < 60)?;
    }
    if it.next().is_some() || h > 24 || m > 59 || digits.split(':').nth(1).map_or(0, str::len) != 2
    {
        return None;
    }
    let (h, end) = match suffix {
        "am" | "pm" => (hour24(h, suffix == "pm")?, i + 1),
        "" => match ampm(s, i + 1) {
            Some((pm, end)) => (hour24(h, pm)?, end),
            None => (h, i + 1),
        },
        _ => return None,
    };
    // Time zones ride along: "17:34 GMT".
    let end = if is_time_zone(s.w(end)) { end + 1 } else { end };
    Some((h, m, end))
}

/// Time zone abbreviations that may follow a clock time.
fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "gmt" | "utc" | "est" | "edt" | "pst" | "pdt" | "cst" | "cdt" | "msk" | "bst" | "cet"
    )
}

pub(super) fn clock_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let (h, m, end) = clock(s, i)?;
    time_hit(s, ctx, h, m, end)
}

/// A clock time: on the date that follows it ("5 p.m. EST, Nov. 9",
/// "9 a.m. Tuesday"), else on the day the narrative is at (the reference
/// time when it is a day), else on the document date.
pub(super) fn time_hit(s: &Scan, ctx: &Ctx, h: u8, m: u8, end: usize) -> Option<Hit> {
    // A time zone between the clock and its day: "5 p.m. EST Nov. 9", "4 a.m. EDT Thursday".
    let zone = is_time_zone(s.w(end));
    let k = if zone { end + 1 } else { end };
    let k = if matches!(s.w(k), "," | "on") {
        k + 1
    } else {
        k
    };
    if s.kind(k) == Some(Kind::Word) {
        // "9am on Tuesday", "3pm today", "five-thirty tomorrow evening".
        let day = super::absolute::at(s, k, ctx)
            .filter(|d| d.kind == TimeType::Date && d.value.len() == 10)
            .or_else(|| {
                super::relative::at(s, k, ctx).filter(|d| {
                    let (day, rest) = d.value.split_once('T').unwrap_or((&d.value, ""));
                    day.len() == 10 && (rest.is_empty() || rest.len() == 2)
                })
            });
        if let Some(day) = day {
            let (date, part) = day.value.split_once('T').unwrap_or((&day.value, ""));
            let h = if matches!(part, "EV" | "NI" | "AF") && h < 12 {
                h + 12
            } else {
                h
            };
            return Some(Hit {
                end: day.end,
                kind: TimeType::Time,
                value: format!("{date}T{h:02}:{m:02}"),
                basis: day.basis,
                point: None,
                the_ok: false,
            });
        }
    }
    let (date, basis) = match (ctx.reference, ctx.dct) {
        (Some((p, at)), _) if p.gran == super::Gran::Day => (p.ymd.iso(), Basis::Reference(at)),
        (_, Some(d)) => (d.iso(), Basis::Published),
        _ => ("XXXX-XX-XX".to_string(), Basis::Unresolved),
    };
    Some(Hit::new(
        if zone { end + 1 } else { end },
        TimeType::Time,
        format!("{date}T{h:02}:{m:02}"),
        basis,
    ))
}

pub(super) fn hour24(h: u8, pm: bool) -> Option<u8> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

/// `am`, `pm`, `a.m.`, `p.m.`, `a.m`: whether pm, and where it ends.
pub(super) fn ampm(s: &Scan, i: usize) -> Option<(bool, usize)> {
    match s.w(i) {
        "am" => return Some((false, i + 1)),
        "pm" => return Some((true, i + 1)),
        "a" | "p" if s.is(i + 1, ".") && s.is(i + 2, "m") && s.glued(i + 1) && s.glued(i + 2) => {
            let end = if s.is(i + 3, ".") && s.glued(i + 3) {
                i + 4
            } else {
                i + 3
            };
            return Some((s.is(i, "p"), end));
        }
        _ => {}
    }
    None
}
