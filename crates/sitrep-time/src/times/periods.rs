//! Periods named by position or by a calendar convention: the n-th week
//! of a year or a month ("the last week of July" → `XXXX-07-W05`), the
//! n-th month of a year and the n-th day of a month, fiscal and school
//! years (`FY2018`, `SY2019`), "the week" / "the month" as the period under
//! discussion, "end of year", "to date", and years said in words ("in
//! nineteen ninety six", "October two thousand and five"). Weeks by number
//! and weekdays of named weeks are in [`super::weeks`].

use sitrep_core::TimeType;

use super::absolute::year_at;
use super::{Basis, Ctx, Gran, Hit, Point};
use crate::date::{fmt_week, fmt_year, Ymd};
use crate::lex::{month_of, weekday_of, Kind, Scan};
use crate::numbers::{number_at, ordinal_word};

pub(super) fn at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    match w {
        "week" => super::weeks::week_number(s, i, ctx),
        "the" => the_period(s, i, ctx),
        "eoy" | "eom" | "eow" => {
            let gran = match w {
                "eoy" => Gran::Year,
                "eom" => Gran::Month,
                _ => Gran::Week,
            };
            current(ctx, gran, i + 1)
        }
        // "end of year", "beginning of month" (after the prefix "end of").
        "year" | "month" if i > 1 && s.is(i - 1, "of") && period_edge(s.w(i - 2)) => current(
            ctx,
            if w == "year" { Gran::Year } else { Gran::Month },
            i + 1,
        ),
        "fiscal" | "school" | "calendar" if s.is(i + 1, "year") => named_year(s, i, ctx, 0, i),
        "this" | "last" | "next" | "previous"
            if matches!(s.w(i + 1), "fiscal" | "school" | "calendar") && s.is(i + 2, "year") =>
        {
            let dir = match w {
                "last" | "previous" => -1,
                "next" => 1,
                _ => 0,
            };
            named_year(s, i + 1, ctx, dir, i)
        }
        // "to date", "till date": up to now (not the adjective "up to date").
        "to" | "till"
            if s.is(i + 1, "date")
                && !(i > 0 && s.is(i - 1, "up"))
                && s.kind(i + 2) != Some(Kind::Word) =>
        {
            Some(Hit::new(
                i + 2,
                TimeType::Date,
                "PRESENT_REF".into(),
                Basis::Published,
            ))
        }
        "this" | "last" | "next" | "previous" => {
            super::weeks::week_then_weekday(s, i, ctx).or_else(|| nth_of(s, i, ctx))
        }
        // "mornings", "evenings": a recurring part of day.
        "mornings" | "afternoons" | "evenings" => {
            let pod = crate::lex::part_of_day(w.strip_suffix('s')?)?;
            Some(Hit::new(
                i + 1,
                TimeType::Set,
                format!("XXXX-XX-XXT{pod}"),
                Basis::Absolute,
            ))
        }
        _ => {
            if let Some(h) = year_code(s, i) {
                return Some(h);
            }
            if let Some(h) = spoken_year(s, i) {
                return Some(h);
            }
            if let Some(m) = month_of(w).filter(|_| w.len() >= 3) {
                return month_spoken_year(s, i, m, ctx);
            }
            if let Some(wd) = weekday_of(w) {
                return super::weeks::weekday_of_week(s, i, wd, ctx);
            }
            nth_of(s, i, ctx)
        }
    }
}

/// Words after which "of year/month" names the current period's edge.
fn period_edge(w: &str) -> bool {
    matches!(w, "end" | "beginning" | "start" | "middle" | "rest")
}

/// The current period under discussion at `gran` ("the month" → 2018-05).
fn current(ctx: &Ctx, gran: Gran, end: usize) -> Option<Hit> {
    let (p, basis) = ctx.discussed_point()?;
    if p.gran < gran {
        return None;
    }
    let value = match gran {
        Gran::Year => fmt_year(p.ymd.year),
        Gran::Month => Point::month(p.ymd.year, p.ymd.month).value(),
        Gran::Week => fmt_week(p.ymd),
        _ => p.ymd.iso(),
    };
    Some(Hit::new(end, TimeType::Date, value, basis).the())
}

/// "the week" / "the month" / "the day" after "of", "in", "for" (the period
/// under discussion: "player of the month", "earlier in the week", "the end
/// of the month"); "the week after next".
fn the_period(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    // "for the hour": a span of one hour.
    if s.is(i + 1, "hour") && i > 0 && s.is(i - 1, "for") {
        return Some(Hit::new(i + 2, TimeType::Duration, "PT1H".into(), Basis::Absolute).the());
    }
    // "the day" is left out: in news it is mostly an unanchored narrative day.
    let gran = match s.w(i + 1) {
        "week" => Gran::Week,
        "month" => Gran::Month,
        _ => return None,
    };
    if gran == Gran::Week && s.is(i + 2, "after") && s.is(i + 3, "next") {
        let dct = ctx.dct?;
        return Some(
            Hit::new(
                i + 4,
                TimeType::Date,
                fmt_week(dct.add_days(14)),
                Basis::Published,
            )
            .the(),
        );
    }
    if i == 0 || !matches!(s.w(i - 1), "of" | "in" | "for") || s.kind(i + 2) == Some(Kind::Num) {
        return None;
    }
    // "the day before", "the week of March 6", "the month of May" belong to
    // other rules; "the week to 25 December" is a span; "every day of the
    // week" is generic.
    if matches!(
        s.w(i + 2),
        "before" | "after" | "of" | "-" | "when" | "that" | "to" | "ending" | "ended"
    ) || (i > 1 && matches!(s.w(i - 2), "day" | "days"))
    {
        return None;
    }
    if gran == Gran::Week {
        // TimeBank writes "the week" (under discussion) as the unspecified
        // week of the year, `1989-WXX`; the specs' 2018-W21 is not followed.
        let (p, basis) = ctx.discussed_point()?;
        return Some(
            Hit::new(
                i + 2,
                TimeType::Date,
                format!("{}-WXX", fmt_year(p.ymd.year)),
                basis,
            )
            .the(),
        );
    }
    current(ctx, gran, i + 2)
}

/// An ordinal position 1..=5 at `i` ("first", "3rd") or "last" (as `None`).
fn position_at(s: &Scan, i: usize) -> Option<(Option<u32>, usize)> {
    if s.is(i, "last") {
        return Some((None, i + 1));
    }
    if let Some(n) = ordinal_word(s.w(i)) {
        return Some((Some(n), i + 1));
    }
    // "3rd", "thirty-first", "twenty sixth".
    let m = number_at(s, i).filter(|m| m.ordinal && m.value.fract() == 0.0)?;
    Some((Some(m.value as u32), m.end))
}

/// A month named at `k` with its year: "July", "Jan 2015", "dec 2016",
/// "this month", "last month". Returns (year, month, end, basis).
fn month_target(s: &Scan, k: usize, ctx: &Ctx) -> Option<(i32, u8, usize, Basis)> {
    if s.is(k + 1, "month") {
        let dir = match s.w(k) {
            "this" => 0,
            "last" | "previous" => -1,
            "next" => 1,
            "the" => 0,
            _ => return None,
        };
        let (p, basis) = ctx.ref_point()?;
        if p.gran < Gran::Month {
            return None;
        }
        let m = Ymd { day: 1, ..p.ymd }.add_months(dir);
        return Some((m.year, m.month, k + 2, basis));
    }
    let w = s.w(k);
    let m = month_of(w).filter(|_| w.len() >= 3)?;
    let mut e = k + 1;
    if s.is(e, ".") && s.glued(e) {
        e += 1;
    }
    if let Some(y) = year_at(s, e) {
        return Some((y, m, e + 1, Basis::Absolute));
    }
    Some((ctx.year()?, m, e, Basis::Published))
}

/// `the first week of 2015`, `3rd week of Jan`, `the last week of this month`,
/// `the third month of 2021`, `the 15th day of next month`,
/// `the thirty-first day of the month`, `19th of every month`.
fn nth_of(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let (pos, j) = position_at(s, i)?;
    let unit = s.w(j);
    // "19th of every month": a monthly set on that day.
    if unit == "of" && s.is(j + 1, "every") && s.is(j + 2, "month") {
        let d = pos.filter(|d| (1..=31).contains(d))?;
        return Some(Hit::new(
            j + 3,
            TimeType::Set,
            format!("XXXX-XX-{d:02}"),
            Basis::Absolute,
        ));
    }
    // "the 21st this month", "the 5th of next month".
    if let Some(d) = pos.filter(|d| (1..=31).contains(d) && i + 1 == j) {
        let k = if unit == "of" { j + 1 } else { j };
        if matches!(s.w(k), "this" | "next" | "last") && s.is(k + 1, "month") {
            let (y, m, end, basis) = month_target(s, k, ctx)?;
            let mut h = Hit::date(end, Point::day(Ymd::new(y, m, d as u8)?), basis).the();
            h.point = None;
            return Some(h);
        }
    }
    if !matches!(unit, "week" | "month" | "day") || !s.is(j + 1, "of") {
        return None;
    }
    let k = j + 2;
    match unit {
        "week" => {
            if let Some((y, end, basis)) = year_target(s, k, ctx) {
                let n = match pos {
                    Some(n) => n as u8,
                    // The last ISO week holds 28 December.
                    None => Ymd::new(y, 12, 28)?.iso_week().1,
                };
                if !(1..=53).contains(&n) {
                    return None;
                }
                return Some(
                    Hit::new(
                        end,
                        TimeType::Date,
                        format!("{}-W{n:02}", fmt_year(y)),
                        basis,
                    )
                    .the(),
                );
            }
            let (y, m, end, basis) = month_target(s, k, ctx)?;
            let n = pos.unwrap_or(5);
            if !(1..=5).contains(&n) {
                return None;
            }
            Some(
                Hit::new(
                    end,
                    TimeType::Date,
                    format!("{}-{m:02}-W{n:02}", fmt_year(y)),
                    basis,
                )
                .the(),
            )
        }
        "month" => {
            let n = pos.filter(|n| (1..=12).contains(n))? as u8;
            let (y, end, basis) = year_target(s, k, ctx)?;
            Some(Hit::date(end, Point::month(y, n), basis).the())
        }
        _ => {
            let (y, m, end, basis) = month_target(s, k, ctx)?;
            let d = pos.filter(|d| (1..=31).contains(d))? as u8;
            let mut h = Hit::date(end, Point::day(Ymd::new(y, m, d)?), basis).the();
            if basis != Basis::Absolute {
                h.point = None;
            }
            Some(h)
        }
    }
}

/// A year at `k`: "2015", "next year", "this year", "last year".
fn year_target(s: &Scan, k: usize, ctx: &Ctx) -> Option<(i32, usize, Basis)> {
    if let Some(y) = year_at(s, k) {
        return Some((y, k + 1, Basis::Absolute));
    }
    if s.is(k + 1, "year") {
        let dir = match s.w(k) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        return Some((ctx.year()? + dir, k + 2, Basis::Published));
    }
    None
}

/// Fiscal years run October to September and school years September to
/// June, each named by the calendar year it ends in (`FY2019` = Oct 2018 –
/// Sep 2019); a calendar year is the plain year.
fn named_year(s: &Scan, i: usize, ctx: &Ctx, dir: i32, start: usize) -> Option<Hit> {
    let prefix = match s.w(i) {
        "fiscal" => "FY",
        "school" => "SY",
        _ => "",
    };
    let k = i + 2;
    if dir == 0 && start == i {
        // "fiscal year 2008"; a bare "fiscal year" is an unspecified one
        // (TimeBank reads "the fiscal year" as the current year, left to other rules).
        if let Some(y) = year_at(s, k) {
            return Some(Hit::new(
                k + 1,
                TimeType::Date,
                format!("{prefix}{y:04}"),
                Basis::Absolute,
            ));
        }
        // "in fiscal year" (not "the current fiscal year", which TimeBank resolves).
        if prefix.is_empty()
            || !(i > 0 && matches!(s.w(i - 1), "in" | "for" | "during" | "by" | "of"))
        {
            return None;
        }
        return Some(Hit::new(
            k,
            TimeType::Date,
            format!("{prefix}XXXX"),
            Basis::Unresolved,
        ));
    }
    let dct = ctx.dct?;
    let first_month = match prefix {
        "FY" => 10,
        "SY" => 9,
        _ => 13,
    };
    let y = dct.year + i32::from(dct.month >= first_month) + dir;
    Some(Hit::new(
        k,
        TimeType::Date,
        format!("{prefix}{y:04}"),
        Basis::Published,
    ))
}

/// One-token codes: `FY2018`, `FY18`, `SY18`, `CY18` (and `sy 2008`).
fn year_code(s: &Scan, i: usize) -> Option<Hit> {
    let w = s.w(i);
    if s.kind(i) != Some(Kind::Word) || w.len() < 2 || !w.is_ascii() {
        return None;
    }
    let (code, digits) = w.split_at(2);
    let prefix = match code {
        "fy" => "FY",
        "sy" => "SY",
        "cy" => "",
        _ => return None,
    };
    let (digits, end) = if digits.is_empty() {
        // "sy 2008", "FY 2019": a separate four-digit year.
        (s.w(i + 1), i + 2)
    } else {
        (digits, i + 1)
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = match digits.len() {
        4 => digits.parse().ok()?,
        2 if end == i + 1 => 2000 + digits.parse::<i32>().ok()?,
        _ => return None,
    };
    if !(1900..=2099).contains(&y) {
        return None;
    }
    Some(Hit::new(
        end,
        TimeType::Date,
        format!("{prefix}{y:04}"),
        Basis::Absolute,
    ))
}

/// A year said in words after "in", "since", "by", "until", "of": "in
/// nineteen ninety six", "in two thousand and twenty" (not "in two thousand
/// cases": a noun after the number makes it a count).
fn spoken_year(s: &Scan, i: usize) -> Option<Hit> {
    if s.kind(i) != Some(Kind::Word)
        || i == 0
        || !matches!(s.w(i - 1), "in" | "since" | "by" | "until" | "of" | "from")
    {
        return None;
    }
    let (y, end) = super::spoken_date::year_at(s, i)?;
    let next_is_noun = s.kind(end) == Some(Kind::Word)
        && !matches!(s.w(end), "and" | "or" | "but" | "when" | "to" | "until");
    if next_is_noun || !(1000..=2199).contains(&y) {
        return None;
    }
    Some(Hit::date(end, Point::year(y), Basis::Absolute))
}

/// "October two thousand and five", "August nineteen ninety", "April of
/// 87", and "October, 1st" (an ordinal day after a comma).
fn month_spoken_year(s: &Scan, i: usize, m: u8, ctx: &Ctx) -> Option<Hit> {
    if s.is(i + 1, ",") && s.kind(i + 2) == Some(Kind::Num) {
        let d = number_at(s, i + 2)
            .filter(|n| n.ordinal && n.end == i + 3 && (1.0..=31.0).contains(&n.value))?;
        let (y, basis) =
            super::absolute::nearest_year(ctx, m, d.value as u8, super::tense_near(s, i))?;
        let mut h = Hit::date(i + 3, Point::day(Ymd::new(y, m, d.value as u8)?), basis);
        h.point = None;
        return Some(h);
    }
    let k = if s.is(i + 1, "of") { i + 2 } else { i + 1 };
    // Digit years after the month belong to the absolute rules, except "of 87".
    if s.kind(k) == Some(Kind::Num) && k == i + 1 {
        return None;
    }
    let (y, end) = super::spoken_date::year_at(s, k)?;
    if s.kind(end) == Some(Kind::Word)
        && !matches!(s.w(end), "and" | "or" | "but" | "when" | "to" | "until")
    {
        return None;
    }
    Some(Hit::date(end, Point::month(y, m), Basis::Absolute))
}
