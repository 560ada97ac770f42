//! Dates as people say or type them in conversation: "february twenty
//! second", "the second of Aug.", "fourth of july of 1995", "January
//! twenty five nineteen eighty six", "Mon 13th", "tuesday the eleventh",
//! "the 18th", "11/20", and fixed-date and computed holidays ("Christmas
//! Eve", "Easter 2018", "Thanksgiving").

use sitrep_core::TimeType;

use super::absolute::{date_year_at, nearest_year};
use super::{Basis, Ctx, Hit, Point};
use crate::date::Ymd;
use crate::lex::{month_of, weekday_of, Kind, Scan};
use crate::numbers::number_at;

/// A day of the month in words or digits: "twenty second", "first", "29th", "twenty nine".
fn day_at(s: &Scan, i: usize, words_only: bool) -> Option<(u8, usize)> {
    let m = number_at(s, i)?;
    if words_only && m.digits {
        return None;
    }
    if m.fraction || m.vague || m.value.fract() != 0.0 || !(1.0..=31.0).contains(&m.value) {
        return None;
    }
    if m.digits && !s.w(i).bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    Some((m.value as u8, m.end))
}

/// A year in digits or words: "1995", "nineteen eighty six", "two thousand and thirty two",
/// "seventeen hundred thirty three", "of 87".
pub(super) fn year_at(s: &Scan, i: usize) -> Option<(i32, usize)> {
    if let Some(y) = date_year_at(s, i) {
        return Some((y, i + 1));
    }
    if s.kind(i) == Some(Kind::Num) {
        // "April of 87": two digits after "of".
        let w = s.w(i);
        if w.len() == 2 && i > 0 && s.is(i - 1, "of") {
            let y: i32 = w.parse().ok()?;
            return Some((if y >= 30 { 1900 + y } else { 2000 + y }, i + 1));
        }
        return None;
    }
    let a = number_at(s, i).filter(|m| !m.ordinal && !m.fraction && m.value.fract() == 0.0)?;
    if (1000.0..=2199.0).contains(&a.value) {
        return Some((a.value as i32, a.end));
    }
    // "nineteen eighty six": century and year of century.
    if (10.0..=21.0).contains(&a.value) && a.end == i + 1 {
        let b = number_at(s, a.end)
            .filter(|m| !m.ordinal && !m.digits && (10.0..100.0).contains(&m.value))?;
        return Some(((a.value * 100.0 + b.value) as i32, b.end));
    }
    None
}

/// The year after a date, if any: "1995", ", 1995", "of 1995", "in 2020".
fn year_after(s: &Scan, k: usize) -> Option<(i32, usize)> {
    let k2 = if matches!(s.w(k), "," | "of" | "in") {
        k + 1
    } else {
        k
    };
    year_at(s, k2)
}

fn day_hit(s: &Scan, ctx: &Ctx, month: u8, day: u8, end: usize) -> Option<Hit> {
    if let Some((y, e)) = year_after(s, end) {
        let d = Ymd::new(y, month, day)?;
        return Some(Hit::date(e, Point::day(d), Basis::Absolute));
    }
    match nearest_year(ctx, month, day, super::Tense::Unknown) {
        Some((y, basis)) => Some(Hit::date(end, Point::day(Ymd::new(y, month, day)?), basis)),
        None => Some(Hit::new(
            end,
            TimeType::Date,
            format!("XXXX-{month:02}-{day:02}"),
            Basis::Unresolved,
        )),
    }
}

pub(super) fn at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    if let Some(m) = month_of(w) {
        // "february twenty second", "may twenty nine", "january first 2000".
        // Only an abbreviation takes a period: "in April. One of ..." ends a sentence.
        let j = if s.is(i + 1, ".") && w.len() <= 4 && w != "june" && w != "july" {
            i + 2
        } else {
            i + 1
        };
        let j = if s.is(j, "the") { j + 1 } else { j };
        if w.len() < 3
            || (w == "may" || w == "march")
                && !s.toks[i].capital
                && i > 0
                && !s.is(i - 1, "on")
                && weekday_of(s.w(i - 1)).is_none()
        {
            return None;
        }
        // "January nineteen ninety-seven": a spoken year, not the 19th.
        if let Some((y, e)) = year_at(s, j).filter(|(_, e)| *e > j + 1) {
            return Some(Hit::date(e, Point::month(y, m), Basis::Absolute));
        }
        let (day, end) = day_at(s, j, true)?;
        return day_hit(s, ctx, m, day, end);
    }
    if let Some(wd) = weekday_of(w) {
        return weekday_day(s, i, wd, ctx);
    }
    if let Some(h) = holiday_at(s, i, ctx) {
        return Some(h);
    }
    // "on 29th -", "on 29th.": the British form of "on the 29th".
    if i > 0
        && s.is(i - 1, "on")
        && s.kind(i) == Some(Kind::Num)
        && w.ends_with(['h', 't', 'd'])
        && matches!(s.w(i + 1), "." | "," | "?" | "!" | "-" | "")
    {
        if let (Some((day, end)), Some(dct)) = (day_at(s, i, false), ctx.dct) {
            if end == i + 1 {
                let d = Ymd::new(dct.year, dct.month, day)?;
                return Some(Hit::date(end, Point::day(d), Basis::Published));
            }
        }
    }
    // "the 18th": a day of the current month, in conversation.
    if w == "the" {
        let (day, end) = day_at(s, i + 1, false)?;
        if !s.w(i + 1).ends_with(['h', 't', 'd']) || s.kind(i + 1) != Some(Kind::Num) {
            return None;
        }
        if !matches!(s.w(end), "." | "," | "?" | "!" | "") {
            return None;
        }
        let dct = ctx.dct?;
        let d = Ymd::new(dct.year, dct.month, day)?;
        return Some(Hit::date(end, Point::day(d), Basis::Published));
    }
    // A year spoken on its own, as broadcast transcripts write it: "nineteen ninety-six".
    if matches!(w, "eighteen" | "nineteen" | "twenty") {
        if let Some((y, e)) = year_at(s, i).filter(|(_, e)| *e > i + 1) {
            return Some(Hit::date(e, Point::year(y), Basis::Absolute));
        }
    }
    // "second of Aug.", "fourth of july of 1995", "twenty third day of september".
    let (day, e) = day_at(s, i, false)?;
    let mut k = e;
    if s.is(k, "day") {
        k += 1;
    }
    let ordinal_word = s.kind(i) == Some(Kind::Word);
    let with_of = s.is(k, "of");
    let k = if with_of { k + 1 } else { k };
    let m = month_of(s.w(k)).filter(|_| s.w(k).len() >= 3)?;
    let end = if s.is(k + 1, ".") { k + 2 } else { k + 1 };
    // "6 April seventeen hundred thirty three": digits need "of" or a spoken year.
    if !(with_of
        || ordinal_word
        || (s.kind(end) == Some(Kind::Word) && year_after(s, end).is_some()))
    {
        return None;
    }
    day_hit(s, ctx, m, day, end)
}

/// "Mon 13th", "Sunday 31", "tuesday the eleventh": the nearest date with that weekday and day.
fn weekday_day(s: &Scan, i: usize, wd: u8, ctx: &Ctx) -> Option<Hit> {
    let mut j = i + 1;
    if s.is(j, ".") || s.is(j, ",") {
        j += 1;
    }
    if s.is(j, "the") {
        j += 1;
    }
    let (day, end) = day_at(s, j, false)?;
    // "Thursday 1 pm", "wednesday 4 oclock": a clock time, not a day.
    if month_of(s.w(end)).is_some()
        || matches!(
            s.w(end),
            "of" | ":" | "pm" | "am" | "p" | "a" | "oclock" | "o"
        )
    {
        return None;
    }
    // "Friday, the fourth consecutive decline": the ordinal counts something else.
    let continues = s.kind(end) == Some(Kind::Word)
        && !s.toks.get(end).is_some_and(|t| t.capital)
        && !matches!(
            s.w(end),
            "at" | "and" | "or" | "in" | "from" | "to" | "until" | "through" | "for" | "when"
        )
        // "monday the twenty fourth six pm", "friday the 26th around 4": a clock follows.
        && !matches!(
            s.w(end),
            "around" | "about" | "by" | "morning" | "afternoon" | "evening" | "night"
        )
        && !super::clock_words::clock(s, end).is_some_and(|c| c.strong);
    if continues {
        return None;
    }
    let dct = ctx.dct?;
    let base = Ymd { day: 1, ..dct };
    let best = (-12..=12)
        .filter_map(|k| {
            let first = base.add_months(k);
            Ymd::new(first.year, first.month, day)
        })
        .filter(|d| d.weekday() == wd)
        .min_by_key(|d| (d.to_days() - dct.to_days()).abs())?;
    Some(Hit::date(end, Point::day(best), Basis::Published))
}

/// Easter Sunday (anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<Ymd> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Ymd::new(y, month as u8, day as u8)
}

/// The `n`-th `weekday` of `month` (n = -1: the last).
fn nth_weekday(y: i32, month: u8, weekday: u8, n: i64) -> Option<Ymd> {
    if n < 0 {
        let last = Ymd::new(y, month, crate::date::days_in_month(y, month))?;
        let back = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
        return Some(last.add_days(-back));
    }
    let first = Ymd::new(y, month, 1)?;
    let ahead = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
    Some(first.add_days(ahead + 7 * (n - 1)))
}

/// Holiday names (lowercase words) and how to find them in a year.
fn holiday(s: &Scan, i: usize) -> Option<(usize, fn(i32) -> Option<Ymd>)> {
    let two = |a: &str, b: &str| s.is(i, a) && s.is(i + 1, b);
    let fixed: Option<(usize, fn(i32) -> Option<Ymd>)> = match s.w(i) {
        "christmas" if s.is(i + 1, "eve") => Some((2, |y| Ymd::new(y, 12, 24))),
        "christmas" | "xmas" => Some((1, |y| Ymd::new(y, 12, 25))),
        "halloween" => Some((1, |y| Ymd::new(y, 10, 31))),
        "juneteenth" => Some((1, |y| Ymd::new(y, 6, 19))),
        "thanksgiving" if s.is(i + 1, "day") => Some((2, |y| nth_weekday(y, 11, 4, 4))),
        "thanksgiving" => Some((1, |y| nth_weekday(y, 11, 4, 4))),
        "easter" if s.is(i + 1, "monday") => Some((2, |y| easter(y).map(|d| d.add_days(1)))),
        "easter" => Some((1, easter)),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    if two("new", "year") || two("new", "years") {
        let n = if s.is(i + 2, "day") || s.is(i + 2, "'s") {
            3
        } else {
            2
        };
        return Some((n, |y| Ymd::new(y, 1, 1)));
    }
    let named: &[(&[&str], fn(i32) -> Option<Ymd>)] = &[
        (&["independence", "day"], |y| Ymd::new(y, 7, 4)),
        (&["labor", "day"], |y| nth_weekday(y, 9, 1, 1)),
        (&["labour", "day"], |y| nth_weekday(y, 9, 1, 1)),
        (&["memorial", "day"], |y| nth_weekday(y, 5, 1, -1)),
        (&["black", "friday"], |y| {
            nth_weekday(y, 11, 4, 4).map(|d| d.add_days(1))
        }),
        (&["earth", "day"], |y| Ymd::new(y, 4, 22)),
        (&["valentine", "'", "s", "day"], |y| Ymd::new(y, 2, 14)),
        (&["saint", "patrick"], |y| Ymd::new(y, 3, 17)),
        (&["st", "patrick"], |y| Ymd::new(y, 3, 17)),
        (&["freedom", "day"], |y| Ymd::new(y, 6, 19)),
        (&["jubilee", "day"], |y| Ymd::new(y, 6, 19)),
        (&["international", "workers", "'", "day"], |y| {
            Ymd::new(y, 5, 1)
        }),
    ];
    named
        .iter()
        .find(|(words, _)| words.iter().enumerate().all(|(k, w)| s.is(i + k, w)))
        .map(|(words, f)| (words.len(), *f))
}

fn holiday_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let (dir, start) = match s.w(i) {
        "last" | "previous" => (-1, i + 1),
        "next" | "following" => (1, i + 1),
        _ => (0, i),
    };
    let (n, find) = holiday(s, start)?;
    let mut end = start + n;
    if let Some((y, e)) = year_after(s, end) {
        return Some(Hit::date(e, Point::day(find(y)?), Basis::Absolute));
    }
    // "the weekend of halloween" / "labor day weekend" are left to the week reading.
    let dct = ctx.dct?;
    let this_year = find(dct.year)?;
    let d = match dir {
        -1 if this_year >= dct => find(dct.year - 1)?,
        1 if this_year <= dct => find(dct.year + 1)?,
        -1 | 1 => this_year,
        // A bare holiday is the occurrence nearest the document date, a future
        // one counting 1.5 times as far, as for dates without a year
        // ("Elian was found Thanksgiving Day" in January is last November's).
        _ => [dct.year - 1, dct.year, dct.year + 1]
            .into_iter()
            .filter_map(find)
            .min_by_key(|d| {
                let diff = d.to_days() - dct.to_days();
                if diff > 0 {
                    3 * diff
                } else {
                    -2 * diff
                }
            })?,
    };
    if s.is(end, "of") && s.is(end + 1, "this") && s.is(end + 2, "year") {
        end += 3;
    }
    Some(Hit::date(end, Point::day(d), Basis::Published))
}
