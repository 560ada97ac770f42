//! Compact written dates beyond the ISO and three-part numeric forms of
//! [`super::absolute`]: month and day without a year (`11/20`, `22/04`,
//! `Oct/2`, `mar3`), a month name between numbers (`05-Aug-2016`,
//! `2019/aug/01`, `Sep-23-2020`), months with a year (`Dec-2018`,
//! `12-2015`, `2015-03`) and `20161016`.
//!
//! Bare `a/b` is also a fraction or a score, so it is read as a date only
//! after a temporal word ("on 11/20", "friday 5/12", "next 5/12") or as the
//! next item of a list of such dates ("on 11/20, 11/22 or 11/25").

use sitrep_core::TimeType;

use super::absolute::{date_year_at, nearest_year};
use super::{Basis, Ctx, Hit, Point};
use crate::date::Ymd;
use crate::lex::{month_of, weekday_of, Kind, Scan};

pub(super) fn at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    match s.kind(i)? {
        Kind::Num => yyyymmdd(s, i)
            .or_else(|| day_month_year(s, i))
            .or_else(|| year_month_day(s, i))
            .or_else(|| month_year_digits(s, i))
            .or_else(|| year_then_month(s, i))
            .or_else(|| month_day_slash(s, i, ctx, false)),
        Kind::Word => {
            // "this 5/12", "next 5/12", "friday 5/12", "this friday 5/12".
            let mut k = i;
            if matches!(w, "this" | "next") {
                k += 1;
            }
            if weekday_of(s.w(k)).is_some_and(|_| s.w(k).len() >= 3) {
                k += 1;
                if s.is(k, ",") {
                    k += 1;
                }
            }
            let after_weekday =
                k > i && weekday_of(s.w(k - 1)).is_some() || k > i + 1 && s.is(k - 1, ",");
            if k > i && s.kind(k) == Some(Kind::Num) {
                let dotted = || after_weekday.then(|| month_day_dotted(s, k, ctx)).flatten();
                if let Some(h) = month_day_slash(s, k, ctx, true).or_else(dotted) {
                    return Some(if w == "next" && k == i + 1 {
                        next_occurrence(h, ctx)
                    } else {
                        h
                    });
                }
            }
            month_first(s, i, ctx)
        }
        Kind::Punct => None,
    }
}

/// "next 5/12": the first such day after the document date.
fn next_occurrence(h: Hit, ctx: &Ctx) -> Hit {
    let (Some(dct), Some(d)) = (ctx.dct, super::weeks::iso_day(&h.value)) else {
        return h;
    };
    let mut y = dct.year;
    let mut day = Ymd::new(y, d.month, d.day);
    while day.is_some_and(|x| x <= dct) || day.is_none() && y < dct.year + 8 {
        y += 1;
        day = Ymd::new(y, d.month, d.day);
    }
    match day {
        Some(x) => Hit {
            value: x.iso(),
            ..h
        },
        None => h,
    }
}

/// "in 2017 April": a year, then a month name.
fn year_then_month(s: &Scan, i: usize) -> Option<Hit> {
    let y = date_year_at(s, i)?;
    let w = s.w(i + 1);
    let m = month_of(w).filter(|_| w.len() >= 4 && w != "march")?;
    let temporal = i > 0 && matches!(s.w(i - 1), "in" | "since" | "by" | "during" | "until");
    if !temporal || s.kind(i + 2) == Some(Kind::Num) {
        return None;
    }
    Some(Hit::date(i + 2, Point::month(y, m), Basis::Absolute))
}

fn two_digits(w: &str) -> Option<u8> {
    (!w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

fn resolve(ctx: &Ctx, month: u8, day: u8, end: usize) -> Option<Hit> {
    let (y, basis) = match nearest_year(ctx, month, day, super::Tense::Unknown) {
        Some(x) => x,
        None => {
            return Some(Hit::new(
                end,
                TimeType::Date,
                format!("XXXX-{month:02}-{day:02}"),
                Basis::Unresolved,
            ))
        }
    };
    let mut h = Hit::date(end, Point::day(Ymd::new(y, month, day)?), basis);
    h.point = None;
    Some(h)
}

/// Whether the `a/b` token at `i` sits where a date is expected.
fn date_context(s: &Scan, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // Not after "from", "to", "after": betting odds ("from 4/6 to 1/2") and "after 9/11".
    let prev = s.w(i - 1);
    if matches!(prev, "on" | "by" | "until" | "till" | "due") {
        return true;
    }
    // The next item of a list of such dates: "on 11/20, 11/22 or 11/25".
    matches!(prev, "," | "or" | "and")
        && i > 1
        && s.kind(i - 2) == Some(Kind::Num)
        && is_md_token(s.w(i - 2))
        && date_context(s, i - 2)
}

fn is_md_token(w: &str) -> bool {
    w.split_once('/')
        .is_some_and(|(a, b)| two_digits(a).is_some() && two_digits(b).is_some())
}

/// `11/20` (month/day; day/month when the first part exceeds 12: `22/04`).
fn month_day_slash(s: &Scan, i: usize, ctx: &Ctx, after_day_word: bool) -> Option<Hit> {
    let (a, b) = s.w(i).split_once('/')?;
    let (a, b) = (two_digits(a)?, two_digits(b)?);
    if !(after_day_word || date_context(s, i)) {
        return None;
    }
    // "6 3/8%", "5 1/2 hours": fractions.
    if matches!(s.w(i + 1), "%" | "percent") || (i > 0 && s.kind(i - 1) == Some(Kind::Num)) {
        return None;
    }
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    resolve(ctx, m, d, i + 1)
}

/// "Friday 7.6", "this Friday 7-6": after a weekday a dotted or dashed
/// pair of small numbers is a month and day, as the slashed form is.
fn month_day_dotted(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let (a, b, end) = if let Some((a, b)) = s.w(i).split_once('.') {
        (two_digits(a)?, two_digits(b)?, i + 1)
    } else if s.is(i + 1, "-") && s.glued(i + 1) && s.glued(i + 2) {
        (two_digits(s.w(i))?, two_digits(s.w(i + 2))?, i + 3)
    } else {
        return None;
    };
    if matches!(s.w(end), "%" | "percent" | "-" | ".") || s.kind(end) == Some(Kind::Num) {
        return None;
    }
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    resolve(ctx, m, d, end)
}

/// `20161016`: eight digits that form a valid date of 1900–2099.
fn yyyymmdd(s: &Scan, i: usize) -> Option<Hit> {
    let w = s.w(i);
    if w.len() != 8 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w[..4].parse().ok()?;
    if !(1900..=2099).contains(&y) {
        return None;
    }
    let d = Ymd::new(y, w[4..6].parse().ok()?, w[6..].parse().ok()?)?;
    Some(Hit::date(i + 1, Point::day(d), Basis::Absolute))
}

/// Whether tokens `i`, `i + 1` are a glued `-` or `/` and the next token is glued too.
fn sep(s: &Scan, i: usize) -> bool {
    matches!(s.w(i), "-" | "/") && s.glued(i) && s.glued(i + 1)
}

/// `05-Aug-2016`, `23/sep/2020`.
fn day_month_year(s: &Scan, i: usize) -> Option<Hit> {
    let d = two_digits(s.w(i))?;
    if !sep(s, i + 1) || !sep(s, i + 3) {
        return None;
    }
    let m = month_of(s.w(i + 2)).filter(|_| s.w(i + 2).len() >= 3)?;
    let y = date_year_at(s, i + 4)?;
    Some(Hit::date(
        i + 5,
        Point::day(Ymd::new(y, m, d)?),
        Basis::Absolute,
    ))
}

/// `2019/aug/01`, `2019-aug-1`.
fn year_month_day(s: &Scan, i: usize) -> Option<Hit> {
    let y = date_year_at(s, i)?;
    if !sep(s, i + 1) || !sep(s, i + 3) {
        return None;
    }
    let m = month_of(s.w(i + 2)).filter(|_| s.w(i + 2).len() >= 3)?;
    let d = two_digits(s.w(i + 4))?;
    Some(Hit::date(
        i + 5,
        Point::day(Ymd::new(y, m, d)?),
        Basis::Absolute,
    ))
}

/// `12-2015` (month-year) and `2015-03` (year and a zero-padded month; "2015-16" is a season).
fn month_year_digits(s: &Scan, i: usize) -> Option<Hit> {
    let w = s.w(i);
    if !sep(s, i + 1) || s.kind(i + 2) != Some(Kind::Num) || s.is(i + 3, "-") {
        return None;
    }
    let next = s.w(i + 2);
    if let (Some(m), Some(y)) = (two_digits(w), date_year_at(s, i + 2)) {
        return (1..=12)
            .contains(&m)
            .then(|| Hit::date(i + 3, Point::month(y, m), Basis::Absolute));
    }
    let y = date_year_at(s, i)?;
    // "2003-04" after a year ending in 3 is a season or fiscal year, not April.
    let next_year = format!("{:02}", (y + 1) % 100);
    // "2015-12" (a month below the year's last two digits, so not a span of
    // years like "2009-12") is a month too; "2005-6" is a season (BBC).
    let below_year =
        two_digits(next).is_some_and(|m| (10..=12).contains(&m) && i32::from(m) < y % 100);
    if !below_year && (next.len() != 2 || !next.starts_with('0') || next == next_year) {
        return None;
    }
    let m = two_digits(next).filter(|m| (1..=12).contains(m))?;
    Some(Hit::date(i + 3, Point::month(y, m), Basis::Absolute))
}

/// `Oct/2`, `Dec-2018`, `Sep-23-2020`, `mar3`, `dec31, 1994`.
fn month_first(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    // "mar3", "dec31": a month abbreviation glued to the day.
    let cut = w.find(|c: char| c.is_ascii_digit());
    if let Some(cut) = cut.filter(|c| *c >= 3) {
        let m = month_of(&w[..cut])?;
        let d = two_digits(&w[cut..]).filter(|d| (1..=31).contains(d))?;
        let mut k = i + 1;
        if s.is(k, ",") {
            k += 1;
        }
        if let Some(y) = date_year_at(s, k) {
            return Some(Hit::date(
                k + 1,
                Point::day(Ymd::new(y, m, d)?),
                Basis::Absolute,
            ));
        }
        return resolve(ctx, m, d, i + 1);
    }
    let m = month_of(w).filter(|_| w.len() >= 3)?;
    if !sep(s, i + 1) || s.kind(i + 2) != Some(Kind::Num) {
        return None;
    }
    if let Some(y) = date_year_at(s, i + 2) {
        return Some(Hit::date(i + 3, Point::month(y, m), Basis::Absolute));
    }
    let d = two_digits(s.w(i + 2)).filter(|d| (1..=31).contains(d))?;
    if sep(s, i + 3) {
        let y = date_year_at(s, i + 4)?;
        return Some(Hit::date(
            i + 5,
            Point::day(Ymd::new(y, m, d)?),
            Basis::Absolute,
        ));
    }
    resolve(ctx, m, d, i + 3)
}
