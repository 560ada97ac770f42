//! Expressions resolved against the document date or the reference time:
//! `yesterday`, `now`, `last year`, `this week`, `next month`, `last Friday`,
//! `the following day`, `recent years`, plus the durations and sets of
//! [`super::duration`]; quarters and seasons are in [`super::seasons`].

use sitrep_core::TimeType;

use super::absolute::year_at;
use super::{duration, tense_near, Basis, Ctx, Gran, Hit, Point, Tense};
use crate::date::Ymd;
use crate::lex::{month_of, part_of_day, season_of, weekday_of, Kind, Scan, Unit};
use crate::numbers::number_at;

use super::seasons::{
    follows_mid, quarter_at, season_at, season_start, sentence_start, year_earlier, year_quarter,
};

pub(super) fn at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    if let Some(h) = year_quarter(s, i, ctx) {
        return Some(h);
    }
    let w = s.w(i);
    let hit = match w {
        "today" => day_offset(s, i, ctx, 0),
        "yesterday" => day_offset(s, i, ctx, -1),
        "tomorrow" | "tmrw" | "tmr" => day_offset(s, i, ctx, 1),
        // "otd": on this day.
        "otd" => day_offset(s, i, ctx, 0),
        "tonight" => Some(time_of(ctx, 0, "NI", i + 1)),
        // "noon Thursday", "midnight Friday": on the day that follows.
        // "high noon" is a showdown, not a clock time.
        "noon" if i > 0 && s.is(i - 1, "high") => None,
        "noon" | "midday" => {
            noon_or_midnight(s, i, ctx, 12).or(Some(clock_of(ctx, "12:00", i + 1)))
        }
        "midnight" => noon_or_midnight(s, i, ctx, 24).or(Some(clock_of(ctx, "24:00", i + 1))),
        "now" | "currently" | "presently" | "nowadays" => Some(Hit::new(
            i + 1,
            TimeType::Date,
            "PRESENT_REF".into(),
            Basis::Published,
        )),
        // "at the moment", "at present", "at the present time", "at this time", "at the minute".
        "at" => at_present(s, i),
        // "end of the day", "eod", "end of today", "end of tomorrow".
        "eod" => end_of_day(ctx, 0, i + 1),
        "end" if s.is(i + 1, "of") => {
            let k = if s.is(i + 2, "the") { i + 3 } else { i + 2 };
            match s.w(k) {
                "day" => end_of_day(ctx, 0, k + 1),
                "today" => end_of_day(ctx, 0, k + 1),
                "tomorrow" => end_of_day(ctx, 1, k + 1),
                _ => None,
            }
        }
        // "previously" orders events ("as previously planned") rather than
        // naming a time; TimeBank leaves it out 20 times of 23.
        "recently" | "lately" => Some(Hit::new(
            i + 1,
            TimeType::Date,
            "PAST_REF".into(),
            Basis::Published,
        )),
        "future" if i > 0 && matches!(s.w(i - 1), "the" | "near" | "foreseeable") => {
            Some(Hit::new(i + 1, TimeType::Date, "FUTURE_REF".into(), Basis::Published).the())
        }
        "past" if i > 0 && s.w(i - 1) == "the" && !continues_period(s, i + 1) => {
            Some(Hit::new(i + 1, TimeType::Date, "PAST_REF".into(), Basis::Published).the())
        }
        // "recent weeks": an unspecified stretch reaching up to now (TimeBank: PXW).
        "recent" => Unit::parse(s.w(i + 1))
            .filter(|(_, pl)| *pl)
            .map(|(u, _)| Hit::new(i + 2, TimeType::Duration, u.duration(None), Basis::Absolute)),
        "this" | "last" | "next" | "past" | "previous" | "coming" | "current" | "following"
        | "same" | "that" | "upcoming" | "prior" | "first" => deictic(s, i, ctx),
        "year" if s.is(i + 1, "-") && matches!(s.w(i + 2), "earlier" | "ago") && s.glued(i + 1) => {
            year_earlier(s, i, ctx)
        }
        // "the weekend" in news is the one just past, unless the future is spoken of.
        // "the day before", "the day after": the reference day shifted.
        "day"
            if i > 0
                && s.w(i - 1) == "the"
                && matches!(s.w(i + 1), "before" | "after")
                && !continues_period(s, i + 2)
                && s.kind(i + 2) != Some(Kind::Word) =>
        {
            let (p, basis) = ctx.ref_point()?;
            let p = p.shift(Unit::Day, if s.is(i + 1, "before") { -1 } else { 1 })?;
            Some(Hit::new(i + 2, TimeType::Date, p.value(), basis).the())
        }
        "weekend" => {
            let back =
                ctx.dct.is_some_and(|d| d.weekday() < 6) && tense_near(s, i) != Tense::Future;
            weekend(ctx, if back { -1 } else { 0 }, i + 1).map(Hit::the)
        }
        "fiscal" => year_at(s, i + 1).map(|y| Hit::date(i + 2, Point::year(y), Basis::Absolute)),
        // "the weeks ahead": the unspecified stretch to come.
        _ if i > 0 && s.is(i - 1, "the") && s.is(i + 1, "ahead") => Unit::parse(w)
            .filter(|(u, plural)| *plural && *u != Unit::Weekend)
            .map(|(u, _)| {
                Hit::new(i + 2, TimeType::Duration, u.duration(None), Basis::Absolute).the()
            }),
        // "mid-afternoon", "mid afternoon yesterday": a part of a day.
        "morning" | "afternoon" | "evening" if follows_mid(s, i) => {
            let pod = part_of_day(w)?;
            let (days, end) = match s.w(i + 1) {
                "yesterday" => (-1, i + 2),
                "today" => (0, i + 2),
                "tomorrow" => (1, i + 2),
                _ => (0, i + 1),
            };
            Some(time_of(ctx, days, pod, end))
        }
        // "the full year": the whole of the year whose quarter is reported,
        // else the document's year.
        "full" if i > 0 && s.is(i - 1, "the") && s.is(i + 1, "year") => {
            let (year, basis) = match ctx.reference {
                Some((p, at)) if p.gran == Gran::Quarter => (p.ymd.year, Basis::Reference(at)),
                _ => (ctx.year()?, Basis::Published),
            };
            Some(Hit::new(i + 2, TimeType::Date, Point::year(year).value(), basis).the())
        }
        _ => None,
    };
    if hit.is_some() {
        return hit;
    }
    quarter_at(s, i, ctx)
        .or_else(|| season_at(s, i, ctx))
        .or_else(|| duration::at(s, i, ctx))
}

fn at_present(s: &Scan, i: usize) -> Option<Hit> {
    let k = if s.is(i + 1, "the") { i + 2 } else { i + 1 };
    let end = match s.w(k) {
        "moment" | "minute" if k == i + 2 => k + 1,
        "present" if s.is(k + 1, "time") && k == i + 2 => k + 2,
        "present" if k == i + 1 => k + 1,
        "this" if s.is(k + 1, "time") && !s.is(k + 2, "of") && !s.is(k + 2, "last") => k + 2,
        _ => return None,
    };
    Some(Hit::new(
        end,
        TimeType::Date,
        "PRESENT_REF".into(),
        Basis::Published,
    ))
}

fn end_of_day(ctx: &Ctx, days: i64, end: usize) -> Option<Hit> {
    let d = ctx.dct?.add_days(days);
    Some(
        Hit::new(
            end,
            TimeType::Time,
            format!("{}T23:59", d.iso()),
            Basis::Published,
        )
        .the(),
    )
}

/// Whether a period follows ("the past two years"), so "past" is not PAST_REF.
fn continues_period(s: &Scan, i: usize) -> bool {
    Unit::parse(s.w(i)).is_some()
        || number_at(s, i).is_some()
        || matches!(s.w(i), "few" | "several" | "couple" | "fortnight")
}

fn day_offset(s: &Scan, i: usize, ctx: &Ctx, n: i64) -> Option<Hit> {
    let Some(dct) = ctx.dct else {
        return Some(Hit::new(
            i + 1,
            TimeType::Date,
            "XXXX-XX-XX".into(),
            Basis::Unresolved,
        ));
    };
    let d = dct.add_days(n);
    if let Some(pod) = part_of_day(s.w(i + 1)) {
        return Some(Hit::new(
            i + 2,
            TimeType::Time,
            format!("{}T{pod}", d.iso()),
            Basis::Published,
        ));
    }
    let mut h = Hit::date(i + 1, Point::day(d), Basis::Published);
    h.point = None;
    Some(h)
}

fn time_of(ctx: &Ctx, days: i64, pod: &str, end: usize) -> Hit {
    match ctx.dct {
        Some(d) => Hit::new(
            end,
            TimeType::Time,
            format!("{}T{pod}", d.add_days(days).iso()),
            Basis::Published,
        ),
        None => Hit::new(
            end,
            TimeType::Time,
            format!("XXXX-XX-XXT{pod}"),
            Basis::Unresolved,
        ),
    }
}

/// Noon or midnight followed by the day it falls on ("noon Thursday",
/// "midnight Friday"); `None` when no day follows.
fn noon_or_midnight(s: &Scan, i: usize, ctx: &Ctx, h: u8) -> Option<Hit> {
    let k = if s.is(i + 1, "on") { i + 2 } else { i + 1 };
    if weekday_of(s.w(k)).is_none() && month_of(s.w(k)).is_none() {
        return None;
    }
    let hit = super::clock::time_hit(s, ctx, h, 0, i + 1)?;
    (hit.end > i + 1).then_some(hit)
}

fn clock_of(ctx: &Ctx, hm: &str, end: usize) -> Hit {
    time_of(ctx, 0, hm, end)
}

fn weekend(ctx: &Ctx, weeks: i64, end: usize) -> Option<Hit> {
    let d = ctx.dct?.add_days(7 * weeks);
    Some(Hit::new(
        end,
        TimeType::Date,
        format!("{}-WE", crate::date::fmt_week(d)),
        Basis::Published,
    ))
}

/// `this|last|next|past|previous|following|same|that ...`.
fn deictic(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    // "this past spring" is "past spring" said of the one just gone.
    if s.is(i, "this") && s.is(i + 1, "past") && season_of(s.w(i + 2)).is_some() {
        return deictic(s, i + 1, ctx);
    }
    let w = s.w(i);
    // "the current fiscal year", "the latest fiscal year": TimeBank reads the
    // fiscal year as the year. Without "the" ("last fiscal year") it stays a
    // fiscal year (FY2025), left to the fiscal-year rule.
    let the_fiscal = i > 0 && s.w(i - 1) == "the";
    let j = if the_fiscal && s.is(i + 1, "fiscal") && s.is(i + 2, "year") {
        i + 2
    } else {
        i + 1
    };
    let next = s.w(j);
    let the_before = i > 0 && s.w(i - 1) == "the";
    // "the past two months", "the last 24 hours", "the next three years", "the past few years".
    if matches!(
        w,
        "past" | "last" | "next" | "coming" | "previous" | "following" | "first"
    ) {
        if let Some(h) = duration::counted(s, j, ctx)
            .filter(|h| h.kind == TimeType::Duration && s.w(h.end) != "ago")
        {
            return Some(h.the());
        }
        // "the last fortnight", "the next fortnight": two weeks, as "the next two weeks".
        if the_before && next == "fortnight" && matches!(w, "past" | "last" | "next" | "coming") {
            return Some(Hit::new(j + 1, TimeType::Duration, "P2W".into(), Basis::Absolute).the());
        }
        if the_before && matches!(w, "past" | "last") {
            if let Some((unit, false)) = Unit::parse(next) {
                return Some(
                    Hit::new(
                        j + 1,
                        TimeType::Duration,
                        unit.duration(Some(1.0)),
                        Basis::Absolute,
                    )
                    .the(),
                );
            }
        }
    }
    // "(in the) coming weeks": an unspecified stretch ahead, as "recent weeks" is one behind.
    if matches!(w, "coming" | "upcoming") {
        if let Some((unit, true)) = Unit::parse(next) {
            if unit != Unit::Weekend {
                return Some(
                    Hit::new(
                        j + 1,
                        TimeType::Duration,
                        unit.duration(None),
                        Basis::Absolute,
                    )
                    .the(),
                );
            }
        }
    }
    // Anaphoric: "the following year", "the previous day", "the same day", "that year",
    // and "the next day" (a narrative step, unlike "next week").
    let narrative_next = w == "next" && the_before && next == "day";
    // "previous Wednesday", "following Friday": relative to the document date.
    if matches!(w, "previous" | "following") && !the_before {
        if let (Some(d), Some(dct)) = (weekday_of(next), ctx.dct) {
            let diff = i64::from(d) - i64::from(dct.weekday());
            let off = match w {
                "previous" if diff >= 0 => diff - 7,
                "following" if diff <= 0 => diff + 7,
                _ => diff,
            };
            return Some(Hit::new(
                j + 1,
                TimeType::Date,
                dct.add_days(off).iso(),
                Basis::Published,
            ));
        }
    }
    // "the previous Friday", "the following Monday": the weekday before or
    // after the day the narrative is at.
    if matches!(w, "previous" | "prior" | "following") && the_before {
        if let Some(d) = weekday_of(next) {
            let (p, basis) = ctx.ref_point()?;
            if p.gran != Gran::Day {
                return None;
            }
            let diff = i64::from(d) - i64::from(p.ymd.weekday());
            let off = match w {
                "following" if diff <= 0 => diff + 7,
                "following" => diff,
                _ if diff >= 0 => diff - 7,
                _ => diff,
            };
            return Some(Hit::new(j + 1, TimeType::Date, p.ymd.add_days(off).iso(), basis).the());
        }
    }
    if matches!(w, "following" | "previous" | "prior" | "same" | "that") || narrative_next {
        if w != "that" && !the_before {
            return None;
        }
        let (unit, plural) = Unit::parse(next)?;
        if plural {
            return None;
        }
        let (p, basis) = ctx.ref_point()?;
        let n = match w {
            "following" | "next" => 1,
            "previous" | "prior" => -1,
            _ => 0,
        };
        let p = if n == 0 {
            narrow(p, unit)?
        } else {
            p.shift(unit, n)?
        };
        let mut h = Hit::date(j + 1, p, basis).the();
        h.point = None;
        // "that weekend": the weekend of the reference week, not the whole week.
        if unit == Unit::Weekend && p.gran == Gran::Week {
            h.value.push_str("-WE");
        }
        return Some(h);
    }
    let dir: i32 = match w {
        "this" | "current" | "latest" => 0,
        "last" | "past" | "previous" => -1,
        "next" | "coming" | "upcoming" => 1,
        _ => return None,
    };
    if let Some(d) = weekday_of(next) {
        // "last Friday": the weekday before the document's week position.
        let dct = ctx.dct?;
        let diff = i64::from(d) - i64::from(dct.weekday());
        let off = match dir {
            -1 if diff >= 0 => diff - 7,
            1 if diff <= 0 => diff + 7,
            _ => diff,
        };
        return Some(Hit::new(
            j + 1,
            TimeType::Date,
            dct.add_days(off).iso(),
            Basis::Published,
        ));
    }
    if let Some(m) = month_of(next).filter(|_| next.len() > 3 || next == "may") {
        let y = ctx.year()?;
        let dm = ctx.anchor.month.unwrap_or(m);
        let year = match dir {
            -1 if m >= dm => y - 1,
            1 if m <= dm => y + 1,
            _ => y,
        };
        // "the upcoming September exercise" keeps the month as the span.
        return Some(
            Hit::new(
                j + 1,
                TimeType::Date,
                Point::month(year, m).value(),
                Basis::Published,
            )
            .the(),
        );
    }
    if let Some(code) = season_of(next) {
        let y = ctx.year()?;
        // "past spring" is the latest spring over by the document date;
        // "last spring" keeps the calendar reading (the previous year's).
        let over = ctx.anchor.month.is_some_and(|m| m > season_start(code) + 2);
        let year = if w == "past" && over { y } else { y + dir };
        return Some(
            Hit::new(
                j + 1,
                TimeType::Date,
                format!("{year:04}-{code}"),
                Basis::Published,
            )
            .the(),
        );
    }
    if let Some(pod) = part_of_day(next) {
        return match (w, pod) {
            ("this", _) => Some(time_of(ctx, 0, pod, j + 1)),
            ("last", "NI") => Some(time_of(ctx, -1, pod, j + 1)),
            _ => None,
        };
    }
    let (unit, plural) = Unit::parse(next)?;
    if plural && !matches!(unit, Unit::Weekend) {
        return None;
    }
    // "This Week", "Next Year" in title case inside a sentence name a
    // programme or a publication, not a period.
    if s.toks.get(j).is_some_and(|t| t.capital) && s.toks[i].capital && !sentence_start(s, i) {
        return None;
    }
    // No document date ("held talks last week" on an undated page): the
    // week is still a week, its position unknown.
    let unknown =
        |value: &str| Some(Hit::new(j + 1, TimeType::Date, value.into(), Basis::Unresolved).the());
    if unit == Unit::Weekend {
        return match weekend(ctx, i64::from(dir), j + 1) {
            Some(h) => Some(h.the()),
            None if ctx.dct.is_none() => unknown("XXXX-WXX-WE"),
            None => None,
        };
    }
    // "this quarter" in a report on the previous quarter's results still means the calendar quarter.
    // A document dated to the year at best cannot place a week.
    let Some(base) = ctx.dct_point().and_then(|dct| narrow(dct, unit)) else {
        return if unit == Unit::Week {
            unknown("XXXX-WXX")
        } else {
            None
        };
    };
    let p = if dir == 0 {
        base
    } else {
        base.shift(unit, dir)?
    };
    let value = match unit {
        Unit::Decade => format!("{}", p.ymd.year.div_euclid(10)),
        Unit::Century => format!("{:02}", p.ymd.year.div_euclid(100)),
        Unit::Day if dir == 0 => p.value(),
        _ => p.value(),
    };
    Some(Hit::new(j + 1, TimeType::Date, value, Basis::Published).the())
}

/// The point at the granularity of `unit` ("this month" of 2025-10-15 is 2025-10).
fn narrow(p: Point, unit: Unit) -> Option<Point> {
    let gran = match unit {
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => Gran::Year,
        Unit::Quarter => Gran::Quarter,
        Unit::Month => Gran::Month,
        Unit::Week | Unit::Weekend => Gran::Week,
        Unit::Day => Gran::Day,
        _ => return None,
    };
    if p.gran < gran && !(p.gran == Gran::Quarter && gran == Gran::Month) {
        return None;
    }
    let ymd = match gran {
        Gran::Year => Ymd {
            year: p.ymd.year,
            month: 1,
            day: 1,
        },
        Gran::Quarter => Ymd {
            year: p.ymd.year,
            month: (p.ymd.quarter() - 1) * 3 + 1,
            day: 1,
        },
        Gran::Month => Ymd { day: 1, ..p.ymd },
        _ => p.ymd,
    };
    Some(Point { ymd, gran })
}
