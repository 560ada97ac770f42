//! Calendar dates and clock times written out: `15 October 2025`, `Oct. 15`,
//! `13.12.2023`, `2025-10-15`, `October 2025`, `2025`, `the 1990s`, `the
//! 21st century`, `17:34`, `10 a.m.`, `Tuesday`, `Friday night`.

use sitrep_core::TimeType;

use super::clock::{ampm, clock_at, hour24, time_hit, with_clock};
use super::{tense_near, Basis, Ctx, Hit, Point, Tense};
use crate::date::Ymd;
use crate::lex::{month_of, part_of_day, weekday_of, Kind, Scan, Unit};
use crate::numbers::{number_at, split_suffix};

pub(super) fn at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    match s.kind(i)? {
        Kind::Num => num_at(s, i, ctx),
        Kind::Word => {
            let w = s.w(i);
            if let Some(m) = month_of(w) {
                return month_at(s, i, m, ctx);
            }
            if let Some(d) = weekday_of(w) {
                return weekday_at(s, i, d, ctx);
            }
            decade_word_at(s, i).or_else(|| century_at(s, i))
        }
        Kind::Punct => {
            // "'90s"
            if s.w(i) == "'" || s.w(i) == "’" {
                let (d, suf) = split_suffix(s.w(i + 1));
                if suf == "s" && d.len() == 2 && s.glued(i + 1) {
                    let n: i32 = d.parse().ok()?;
                    let decade = if n >= 30 { 190 + n / 10 } else { 200 + n / 10 };
                    return Some(
                        Hit::new(i + 2, TimeType::Date, decade.to_string(), Basis::Absolute).the(),
                    );
                }
            }
            None
        }
    }
}

/// A four-digit year at token `i` that reads as a year (not money or a count).
pub(super) fn year_at(s: &Scan, i: usize) -> Option<i32> {
    let w = s.w(i);
    if s.kind(i) != Some(Kind::Num) || w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    if !(1000..=2199).contains(&y) {
        return None;
    }
    if i > 0
        && matches!(
            s.w(i - 1),
            "$" | "€" | "£" | "#" | "no" | "number" | "." | ","
        )
        && s.glued(i)
    {
        return None;
    }
    if i > 0 && matches!(s.w(i - 1), "$" | "€" | "£" | "#") {
        return None;
    }
    let next = s.w(i + 1);
    if matches!(
        next,
        "%" | "percent"
            | "per"
            | "people"
            | "troops"
            | "soldiers"
            | "km"
            | "kilometers"
            | "kilometres"
            | "meters"
            | "metres"
            | "feet"
            | "miles"
            | "tons"
            | "tonnes"
            | "units"
            | "points"
    ) {
        return None;
    }
    Some(y)
}

/// A four-digit year right after a day and month: no count-noun check needed.
pub(super) fn date_year_at(s: &Scan, i: usize) -> Option<i32> {
    let w = s.w(i);
    if s.kind(i) != Some(Kind::Num) || w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok().filter(|y| (1000..=2199).contains(y))
}

fn day_number(s: &Scan, i: usize) -> Option<u8> {
    if s.kind(i) != Some(Kind::Num) {
        return None;
    }
    let (d, suf) = split_suffix(s.w(i));
    if !matches!(suf, "" | "st" | "nd" | "rd" | "th")
        || d.len() > 2
        || !d.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let d: u8 = d.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// The year of a day-month without a year: the one nearest the document
/// date, a future date counting as 1.5 times as far (news mostly looks
/// back). When that date is more than two months away the tense of the
/// clause decides instead ("the fiscal year ended Jan. 31" in October is the
/// January past; "flights from August 6" that "would" start, the one ahead).
pub(super) fn nearest_year(ctx: &Ctx, month: u8, day: u8, tense: Tense) -> Option<(i32, Basis)> {
    let y = ctx.year()?;
    let Some(dct) = ctx.dct else {
        return Some((y, Basis::Published));
    };
    // "Feb 29" is only in leap years: the nearest of those.
    let leap_day = month == 2 && day == 29;
    let candidates = || {
        (y - 3..=y + 3)
            .filter(move |yy| (yy - y).abs() <= 1 || leap_day)
            .filter_map(move |yy| {
                if leap_day {
                    Ymd::new(yy, 2, 29)
                } else {
                    Ymd::new(yy, month, day.min(crate::date::days_in_month(yy, month)))
                }
            })
    };
    let best = candidates().min_by_key(|d| {
        let diff = d.to_days() - dct.to_days();
        if diff > 0 {
            3 * diff
        } else {
            -2 * diff
        }
    })?;
    let far = (best.to_days() - dct.to_days()).abs() > 61;
    let best = match tense {
        Tense::Past if far => candidates().filter(|d| *d <= dct).max().unwrap_or(best),
        Tense::Future if far => candidates().filter(|d| *d >= dct).min().unwrap_or(best),
        _ => best,
    };
    Some((best.year, Basis::Published))
}

/// Only abbreviations take a period ("Oct."); "July." ends a sentence.
fn is_month_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

fn month_at(s: &Scan, i: usize, month: u8, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    let full_name = w.len() > 3 || w == "may";
    let mut j = i + 1;
    let abbreviation = is_month_abbreviation(w);
    let dotted = abbreviation && s.is(j, ".") && s.glued(j);
    if dotted {
        j += 1;
    }
    // "October 15", "Oct. 15, 2025", "October 15th".
    if let Some(day) = day_number(s, j).filter(|_| {
        // "Oct. 26:" ends a heading; "Oct 26:30" is not a day.
        !(s.is(j + 1, ":") && s.glued(j + 1) && s.glued(j + 2) && s.kind(j + 2) == Some(Kind::Num))
    }) {
        let mut k = j + 1;
        let comma = s.is(k, ",") || (s.is(k, "of") && date_year_at(s, k + 1).is_some());
        if comma {
            k += 1;
        }
        if let Some(y) = date_year_at(s, k) {
            let d = Ymd::new(y, month, day)?;
            return Some(Hit::date(k + 1, Point::day(d), Basis::Absolute));
        }
        let (y, basis) = match nearest_year(ctx, month, day, tense_near(s, i)) {
            Some(x) => x,
            None => {
                return Some(Hit::new(
                    j + 1,
                    TimeType::Date,
                    format!("XXXX-{month:02}-{day:02}"),
                    Basis::Unresolved,
                ))
            }
        };
        let d = Ymd::new(y, month, day)?;
        return Some(Hit::date(j + 1, Point::day(d), basis));
    }
    // "October 2025", "October of 2025".
    let k = if s.is(j, "of") || s.is(j, ",") {
        j + 1
    } else {
        j
    };
    if let Some(y) = date_year_at(s, k) {
        return Some(Hit::date(k + 1, Point::month(y, month), Basis::Absolute));
    }
    // "from April to November 2024", "between April and June 2024": the
    // range's year is the first month's too.
    if joins_pair(s.w(j)) && month_of(s.w(j + 1)).is_some() {
        if let Some(y) = date_year_at(s, j + 2) {
            return Some(Hit::date(j, Point::month(y, month), Basis::Absolute));
        }
    }
    // A month name standing alone must look like one (capitalized, "May" in a temporal context).
    let lowercase_ok = w.len() > 4 && temporal_preposition(s, i);
    // "in may.", "after feb", "in the april": a bare month name (or
    // abbreviation) after a temporal preposition, with nothing after it.
    let bare_ok = (temporal_preposition(s, i)
        || (i > 0 && s.is(i - 1, "after"))
        // "in the april", but not "in the march" (a protest march).
        || (i > 1 && s.is(i - 1, "the") && temporal_preposition(s, i - 1) && w != "march"))
        && !matches!(s.kind(i + 1), Some(Kind::Word | Kind::Num))
        && !matches!(s.w(i + 1), "'" | "’");
    if (!full_name && !dotted && !bare_ok) || !(s.toks[i].capital || lowercase_ok || bare_ok) {
        return None;
    }
    if w == "may" || w == "march" {
        // Modal "May I" and the verb "March" need a temporal context.
        let prev = if i > 0 { s.w(i - 1) } else { "" };
        if !matches!(
            prev,
            "in" | "since"
                | "until"
                | "by"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "this"
                | "of"
                | "from"
                | "through"
                | "to"
                | "-"
                | "during"
        ) {
            return None;
        }
    }
    // "January last year", "June this year".
    let end = if dotted { i + 2 } else { i + 1 };
    // No document date and no year in the text: still a month ("drills in
    // May"), with the year unknown, so that it is not taken for a place.
    let Some(y) = ctx.year() else {
        return Some(Hit::new(
            end,
            TimeType::Date,
            format!("XXXX-{month:02}"),
            Basis::Unresolved,
        ));
    };
    let dct_month = ctx.anchor.month.unwrap_or(month);
    if matches!(s.w(end), "this" | "last" | "next") && s.is(end + 1, "year") {
        let yy = match s.w(end) {
            "last" => y - 1,
            "next" => y + 1,
            _ => y,
        };
        return Some(Hit::new(
            end + 2,
            TimeType::Date,
            Point::month(yy, month).value(),
            Basis::Published,
        ));
    }
    let ahead = (i32::from(month) - i32::from(dct_month)).rem_euclid(12);
    let back = (12 - ahead) % 12;
    let year = match tense_near(s, i).or_else(|| framing_tense(s, i, end)) {
        Tense::Future if month < dct_month => y + 1,
        Tense::Past if month > dct_month => y - 1,
        Tense::Future | Tense::Past => y,
        // No cue: the nearest such month, a future one counting as 1.5 times as far.
        Tense::Unknown if 2 * back <= 3 * ahead => {
            if month > dct_month {
                y - 1
            } else {
                y
            }
        }
        Tense::Unknown => {
            if month < dct_month {
                y + 1
            } else {
                y
            }
        }
    };
    // The month becomes the reference for "the following month" (TimeML
    // anchors such expressions on the last time mentioned).
    Some(Hit::date(end, Point::month(year, month), Basis::Published))
}

/// A month framing its sentence, "In January, ...": the clause after it
/// decides; without a future word there, news narrates what happened.
fn framing_tense(s: &Scan, i: usize, end: usize) -> Tense {
    let opens =
        i > 0 && s.is(i - 1, "in") && (i == 1 || s.sentence_end(i - 2) || s.is(i - 2, "\n"));
    if !opens || !s.is(end, ",") {
        return Tense::Unknown;
    }
    let mut k = end + 1;
    while k < s.len() && k <= end + 10 && !s.sentence_end(k) {
        if matches!(s.w(k), "will" | "would" | "shall" | "ll") {
            return Tense::Future;
        }
        k += 1;
    }
    Tense::Past
}

/// Words after which a lowercase day or month name is still a date ("on monday").
fn temporal_preposition(s: &Scan, i: usize) -> bool {
    i > 0
        && matches!(
            s.w(i - 1),
            "on" | "next"
                | "last"
                | "this"
                | "coming"
                | "until"
                | "till"
                | "by"
                | "before"
                | "since"
                | "every"
                | "each"
                | "in"
                | "during"
                | "early"
                | "late"
                | "mid"
                | "through"
                | "from"
        )
}

fn weekday_at(s: &Scan, i: usize, wd: u8, ctx: &Ctx) -> Option<Hit> {
    // "friday at 4pm": a lowercase day name is a date before a clock time.
    let before_clock = s.w(i).len() > 3
        && s.is(i + 1, "at")
        && s.kind(i + 2) == Some(Kind::Num)
        && num_at(s, i + 2, ctx).is_some_and(|h| h.kind == TimeType::Time);
    if !(s.toks[i].capital || (temporal_preposition(s, i) && s.w(i).len() > 3) || before_clock) {
        return None;
    }
    let mut j = i + 1;
    // "Tues.", "Thurs." take their period; "Monday." ends a sentence.
    if s.is(j, ".") && s.glued(j) && !s.w(i).ends_with("day") {
        j += 1;
    }
    // "Tuesday, Oct. 15": the explicit date decides.
    let k = if s.is(j, ",") { j + 1 } else { j };
    if let Some(m) = month_of(s.w(k)) {
        // "friday march fifteenth": a spoken day works the same way.
        if let Some(h) = month_at(s, k, m, ctx)
            .or_else(|| super::spoken_date::at(s, k, ctx))
            .filter(|h| h.value.len() == 10)
        {
            return Some(h);
        }
    }
    if let Some(d) = day_number(s, k) {
        if let Some(m) = month_of(s.w(k + 1)) {
            if let Some(h) = day_month_at(s, k, d, m, ctx) {
                return Some(h);
            }
        }
    }
    let w = s.w(i);
    // "Sun," is more often the newspaper or the company than the day; "on Sat
    // at 5" is the day.
    let abbreviated_day = i > 0
        && s.toks[i].capital
        && ((s.is(i - 1, "on") && s.is(i + 1, "at") && s.kind(i + 2) == Some(Kind::Num))
            // "Mon or Tue": coordinated with another day.
            || (i > 1
                && matches!(s.w(i - 1), "or" | "and")
                && weekday_of(s.w(i - 2)).is_some()
                && s.toks[i - 2].capital));
    if w.len() <= 3 && !s.is(i + 1, ".") && !abbreviated_day {
        return None;
    }
    let end = if j > i + 1 { j } else { i + 1 };
    let prev = if i > 0 { s.w(i - 1) } else { "" };
    let date = ctx.dct.map(|dct| {
        let diff = i64::from(wd) - i64::from(dct.weekday());
        let dir = match prev {
            "next" | "coming" => Tense::Future,
            "last" | "past" => Tense::Past,
            _ => tense_near(s, i),
        };
        let offset = match dir {
            Tense::Future if diff > 0 => diff,
            Tense::Future if diff < 0 => diff + 7,
            _ if diff > 0 => diff - 7,
            _ => diff,
        };
        dct.add_days(offset)
    });
    let base = match date {
        Some(d) => d.iso(),
        None => format!("XXXX-WXX-{wd}"),
    };
    let basis = if date.is_some() {
        Basis::Published
    } else {
        Basis::Unresolved
    };
    // "Friday night": the day with its part (`1998-10-23TNI`), typed DATE as
    // TimeBank mostly annotates it.
    if let Some(pod) = part_of_day(s.w(end)) {
        let mut h = Hit::new(end + 1, TimeType::Date, format!("{base}T{pod}"), basis);
        h.point = date.map(Point::day);
        return Some(h);
    }
    let mut h = Hit::new(end, TimeType::Date, base, basis);
    h.point = date.map(Point::day);
    Some(h)
}

/// The second day of "April 24 and 25", "Oct. 3 to 5": a day in the month
/// named before the first (TimeML marks each day).
fn second_day_of_pair(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let day = day_number(s, i)?;
    if i < 3 || !matches!(s.w(i - 1), "and" | "to" | "through" | "or") {
        return None;
    }
    day_number(s, i - 2)?;
    let m = i - 3;
    let month = if s.is(m, ".") && m > 0 {
        month_of(s.w(m - 1))?
    } else {
        month_of(s.w(m))?
    };
    if month_of(s.w(i + 1)).is_some() || Unit::parse(s.w(i + 1)).is_some() || s.is(i + 1, "%") {
        return None;
    }
    let (y, basis) = nearest_year(ctx, month, day, tense_near(s, i))?;
    let d = Ymd::new(y, month, day)?;
    Some(Hit::date(i + 1, Point::day(d), basis))
}

fn day_month_at(s: &Scan, i: usize, day: u8, month: u8, ctx: &Ctx) -> Option<Hit> {
    // "15 October 2025", "15 October", "15th of October", "4th jan 2019".
    let month_idx = if s.is(i + 1, "of") { i + 2 } else { i + 1 };
    let mut j = month_idx + 1;
    // "15 Oct. 2025"; but "... on 16 September." ends the sentence.
    if s.is(j, ".") && s.glued(j) && is_month_abbreviation(s.w(month_idx)) {
        j += 1;
    }
    let k = if s.is(j, ",") { j + 1 } else { j };
    if let Some(y) = date_year_at(s, k) {
        let d = Ymd::new(y, month, day)?;
        return Some(Hit::date(k + 1, Point::day(d), Basis::Absolute));
    }
    let (y, basis) = match nearest_year(ctx, month, day, tense_near(s, i)) {
        Some(x) => x,
        None => {
            return Some(Hit::new(
                j,
                TimeType::Date,
                format!("XXXX-{month:02}-{day:02}"),
                Basis::Unresolved,
            ))
        }
    };
    let d = Ymd::new(y, month, day)?;
    Some(Hit::date(j, Point::day(d), basis))
}

fn num_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    if let Some(h) = second_day_of_pair(s, i, ctx) {
        return Some(h);
    }
    // ISO 2025-10-15
    if w.len() == 4
        && s.is(i + 1, "-")
        && s.glued(i + 1)
        && s.glued(i + 2)
        && s.w(i + 2).len() == 2
        && s.is(i + 3, "-")
        && s.glued(i + 3)
        && s.glued(i + 4)
    {
        let y: i32 = w.parse().ok()?;
        let m: u8 = s.w(i + 2).parse().ok()?;
        let d: u8 = s.w(i + 4).get(..2)?.parse().ok()?;
        let ymd = Ymd::new(y, m, d)?;
        return with_clock(s, i + 5, Hit::date(i + 5, Point::day(ymd), Basis::Absolute));
    }
    if w.contains('.') || w.contains('/') {
        return numeric_date(s, i, w);
    }
    if w.contains(':') {
        return clock_at(s, i, ctx);
    }
    let (digits, suffix) = split_suffix(w);
    // "10 a.m.", "10am"
    if matches!(suffix, "am" | "pm") || (suffix.is_empty() && ampm(s, i + 1).is_some()) {
        let h: u8 = digits.parse().ok()?;
        let (pm, end) = if suffix.is_empty() {
            ampm(s, i + 1)?
        } else {
            (suffix == "pm", i + 1)
        };
        return time_hit(s, ctx, hour24(h, pm)?, 0, end);
    }
    // "$12 December 27": an amount, not a day.
    let amount = i > 0 && matches!(s.w(i - 1), "$" | "€" | "£" | "¥");
    if let Some(day) = day_number(s, i).filter(|_| !amount) {
        // "18 and 19 June", "12 to 16 September": the first day of a pair
        // takes the month after the second.
        if joins_pair(s.w(i + 1)) && day_number(s, i + 2).is_some() {
            if let Some(m) = month_of(s.w(i + 3)).filter(|_| s.w(i + 3).len() >= 3) {
                if let Some(h) = day_month_at(s, i + 2, day, m, ctx) {
                    return Some(Hit { end: i + 1, ..h });
                }
            }
        }
        let j = if s.is(i + 1, "of") { i + 2 } else { i + 1 };
        if let Some(m) = month_of(s.w(j))
            .filter(|_| s.toks.get(j).is_some_and(|t| t.capital) || s.w(j).len() >= 3)
        {
            if let Some(h) = day_month_at(s, i, day, m, ctx) {
                return Some(Hit {
                    end: h.end.max(j + 1),
                    ..h
                });
            }
        }
    }
    // "the 1990s"
    if suffix == "s" && digits.len() == 4 && digits.ends_with('0') {
        return Some(
            Hit::new(
                i + 1,
                TimeType::Date,
                digits[..3].to_string(),
                Basis::Absolute,
            )
            .the(),
        );
    }
    if suffix.is_empty() {
        if let Some(y) = year_at(s, i) {
            // "the 1988 third quarter"
            if let Some(q) = crate::numbers::ordinal_word(s.w(i + 1))
                .filter(|q| (1..=4).contains(q) && s.is(i + 2, "quarter"))
            {
                return Some(Hit::date(i + 3, Point::quarter(y, q as u8), Basis::Absolute).the());
            }
            // "2025" (ranges such as "2026-2030" give two DATEs, one per end).
            return Some(Hit::date(i + 1, Point::year(y), Basis::Absolute));
        }
    }
    century_at(s, i)
}

fn century_at(s: &Scan, i: usize) -> Option<Hit> {
    let m = number_at(s, i)?;
    if !m.ordinal || !matches!(s.w(m.end), "century" | "centuries") {
        return None;
    }
    let c = m.value as i32 - 1;
    Some(
        Hit::new(
            m.end + 1,
            TimeType::Date,
            format!("{c:02}"),
            Basis::Absolute,
        )
        .the(),
    )
}

fn decade_word_at(s: &Scan, i: usize) -> Option<Hit> {
    let d = match s.w(i) {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    };
    if i == 0 || !matches!(s.w(i - 1), "the" | "early" | "late" | "mid") {
        return None;
    }
    Some(Hit::new(i + 1, TimeType::Date, format!("19{d}"), Basis::Absolute).the())
}

/// `13.12.2023` (day.month.year), `12/05/1998` (month/day/year unless the first part exceeds 12).
fn numeric_date(s: &Scan, i: usize, w: &str) -> Option<Hit> {
    let sep = if w.contains('.') { '.' } else { '/' };
    let parts: Vec<&str> = w.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let a: u8 = parts[0].parse().ok()?;
    let b: u8 = parts[1].parse().ok()?;
    let y: i32 = parts[2].parse().ok()?;
    let y = match parts[2].len() {
        4 => y,
        2 if y >= 50 => 1900 + y,
        2 => 2000 + y,
        _ => return None,
    };
    let (m, d) = if sep == '.' || a > 12 { (b, a) } else { (a, b) };
    let ymd = Ymd::new(y, m, d)?;
    with_clock(s, i + 1, Hit::date(i + 1, Point::day(ymd), Basis::Absolute))
}

/// A word joining the two ends of a range or pair of dates ("12 to 16
/// September", "18 and 19 June", "from April to November 2024").
fn joins_pair(w: &str) -> bool {
    matches!(
        w,
        "and" | "or" | "to" | "through" | "till" | "until" | "-" | "–"
    )
}
