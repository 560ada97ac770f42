//! Weeks: ISO week numbers ("week 31", "week 3 of 2027"), a weekday of a
//! named week ("Tuesday of next week", "next week Mon"), the working week,
//! and weekends next to a day ("Labor Day weekend", "the weekend of
//! Halloween").

use sitrep_core::TimeType;

use super::absolute::year_at;
use super::{Basis, Ctx, Hit};
use crate::date::{fmt_week, fmt_year, Ymd};
use crate::lex::{weekday_of, Kind, Scan};
use crate::numbers::number_at;

/// `week 31`, `week 3 of 2027`, `week 27 of last year`: ISO week numbers.
pub(super) fn week_number(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i + 1);
    if s.kind(i + 1) != Some(Kind::Num) || w.len() > 2 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u8 = w.parse().ok()?;
    if !(1..=53).contains(&n) || s.is(i + 2, "-") || s.is(i + 2, "%") {
        return None;
    }
    let (year, end, basis) = match of_year(s, i + 2, ctx) {
        Some((y, e, b)) => (y, e, b),
        None => (ctx.year()?, i + 2, Basis::Published),
    };
    Some(
        Hit::new(
            end,
            TimeType::Date,
            format!("{}-W{n:02}", fmt_year(year)),
            basis,
        )
        .the(),
    )
}

/// `of 2027`, `of last year`, `of this year`, `of next year` at `k`.
fn of_year(s: &Scan, k: usize, ctx: &Ctx) -> Option<(i32, usize, Basis)> {
    if !s.is(k, "of") {
        return None;
    }
    if let Some(y) = year_at(s, k + 1) {
        return Some((y, k + 2, Basis::Absolute));
    }
    if s.is(k + 2, "year") {
        let dir = match s.w(k + 1) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        return Some((ctx.year()? + dir, k + 3, Basis::Published));
    }
    None
}

/// Weeks from the document's week named by `this|last|next|previous|the following|the coming week`
/// at `k`; returns (weeks, end).
fn named_week(s: &Scan, k: usize) -> Option<(i64, usize)> {
    let (w, k) = if s.is(k, "the") {
        (s.w(k + 1), k + 1)
    } else {
        (s.w(k), k)
    };
    let dir = match w {
        "this" | "current" => 0,
        "last" | "previous" => -1,
        "next" | "following" | "coming" => 1,
        _ => return None,
    };
    let unit_end = if matches!(s.w(k + 1), "week" | "workweek") {
        k + 2
    } else if matches!(s.w(k + 1), "working" | "work") && s.is(k + 2, "week") {
        k + 3
    } else {
        return None;
    };
    Some((dir, unit_end))
}

/// The day with ISO weekday `wd` in the week `weeks` from the document's.
fn day_in_week(ctx: &Ctx, weeks: i64, wd: u8) -> Option<String> {
    let dct = ctx.dct?;
    let monday = dct.add_days(1 - i64::from(dct.weekday()));
    Some(monday.add_days(7 * weeks + i64::from(wd) - 1).iso())
}

/// `Tuesday of next week`, `monday of the following week`, and a weekday
/// before a shift from now: `Monday two weeks from now` (the Monday of the
/// week two weeks on).
pub(super) fn weekday_of_week(s: &Scan, i: usize, wd: u8, ctx: &Ctx) -> Option<Hit> {
    if s.w(i).len() < 3 {
        return None;
    }
    // "Tuesday afternoons", "Friday mornings": a weekly set.
    if let Some(pod) = s
        .w(i + 1)
        .strip_suffix('s')
        .filter(|stem| *stem != "night")
        .and_then(crate::lex::part_of_day)
    {
        return Some(Hit::new(
            i + 2,
            TimeType::Set,
            format!("XXXX-WXX-{wd}T{pod}"),
            Basis::Absolute,
        ));
    }
    if !s.is(i + 1, "of") {
        let k = if s.is(i + 1, ",") { i + 2 } else { i + 1 };
        let m = number_at(s, k).filter(|m| !m.ordinal && m.value.fract() == 0.0)?;
        let (unit, _) = crate::lex::Unit::parse(s.w(m.end))?;
        if !(s.is(m.end + 1, "from") && matches!(s.w(m.end + 2), "now" | "today")) {
            return None;
        }
        let n = m.value as i32;
        let dct = ctx.dct?;
        let day = match unit {
            crate::lex::Unit::Day => dct.add_days(i64::from(n)),
            crate::lex::Unit::Week => dct.add_days(7 * i64::from(n)),
            crate::lex::Unit::Month => dct.add_months(n),
            crate::lex::Unit::Year => dct.add_months(12 * n),
            _ => return None,
        };
        let monday = day.add_days(1 - i64::from(day.weekday()));
        return Some(Hit::new(
            m.end + 3,
            TimeType::Date,
            monday.add_days(i64::from(wd) - 1).iso(),
            Basis::Published,
        ));
    }
    let (weeks, end) = named_week(s, i + 2)?;
    Some(Hit::new(
        end,
        TimeType::Date,
        day_in_week(ctx, weeks, wd)?,
        Basis::Published,
    ))
}

/// `next week Mon`, `next week on Tuesday`, `previous week - Monday`, and
/// the working week: `this working week`, `next workweek`.
pub(super) fn week_then_weekday(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let (weeks, end) = named_week(s, i)?;
    let mut k = end;
    if matches!(s.w(k), "on" | "-" | ",") {
        k += 1;
    }
    if let Some(wd) = weekday_of(s.w(k)).filter(|_| s.w(k).len() >= 3) {
        return Some(Hit::new(
            k + 1,
            TimeType::Date,
            day_in_week(ctx, weeks, wd)?,
            Basis::Published,
        ));
    }
    if s.is(i + 1, "week") {
        // Plain "next week" is the deictic rule's.
        return None;
    }
    let dct = ctx.dct?;
    Some(
        Hit::new(
            end,
            TimeType::Date,
            fmt_week(dct.add_days(7 * weeks)),
            Basis::Published,
        )
        .the(),
    )
}

/// "Labor Day weekend", "Halloween weekend 2021": a day followed by
/// "weekend" is the weekend next to it (the one before a Monday holiday).
pub(super) fn day_then_weekend(s: &Scan, h: Hit) -> Hit {
    let mut end = h.end;
    if year_at(s, end).is_some() && s.is(end + 1, "weekend") {
        end += 1;
    }
    if !s.is(end, "weekend") || h.kind != TimeType::Date {
        return h;
    }
    let Some(d) = iso_day(&h.value) else {
        return h;
    };
    Hit {
        end: end + 1,
        value: weekend_of(d),
        point: None,
        ..h
    }
}

pub(super) fn iso_day(v: &str) -> Option<Ymd> {
    if v.len() != 10 {
        return None;
    }
    let y = v.get(..4)?.parse().ok()?;
    let m = v.get(5..7)?.parse().ok()?;
    let d = v.get(8..10)?.parse().ok()?;
    Ymd::new(y, m, d)
}

fn weekend_of(d: Ymd) -> String {
    let d = if d.weekday() == 1 { d.add_days(-1) } else { d };
    format!("{}-WE", fmt_week(d))
}

/// "the weekend of Halloween", "weekend of thanksgiving 2023": `h` is the day after "of".
pub(super) fn weekend_of_day(h: &Hit) -> Option<String> {
    iso_day(&h.value).map(weekend_of)
}
