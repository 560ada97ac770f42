//! Durations (`for three years` → P3Y, `two weeks` → P2W, `five-year`,
//! `several years` → PXY), offsets (`two days ago`, `a year later`) and sets
//! (`annually` → P1Y, `every year`, `biennially` → P2Y, `twice a year`).

use sitrep_core::TimeType;

use super::{Basis, Ctx, Hit};
use crate::lex::{month_of, part_of_day, weekday_of, Scan, Unit};
use crate::numbers::{number_at, NumMatch};

pub(super) fn at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    // "quarterly dividend": an adjective describing a payment, not a recurrence of the event.
    if let Some(value) = set_adverb(w).filter(|_| {
        !(matches!(w, "quarterly" | "everyday") && s.kind(i + 1) == Some(crate::lex::Kind::Word))
    }) {
        return Some(Hit::new(
            i + 1,
            TimeType::Set,
            value.to_string(),
            Basis::Absolute,
        ));
    }
    if matches!(w, "every" | "each") {
        return every(s, i);
    }
    // Hyphenated rates: "semi-annually" (every half year), "bi-monthly" (every two months).
    if matches!(w, "semi" | "bi") && s.is(i + 1, "-") && s.glued(i + 1) && s.glued(i + 2) {
        let value = match (w, s.w(i + 2)) {
            ("semi", "annually" | "annual" | "yearly") => "P6M",
            ("semi", "monthly") => "P0.5M",
            ("bi", "monthly") => "P2M",
            ("bi", "weekly") => "P2W",
            ("bi", "annually") => "P6M",
            _ => return None,
        };
        return Some(Hit::new(
            i + 3,
            TimeType::Set,
            value.to_string(),
            Basis::Absolute,
        ));
    }
    // "on Tuesdays", "Thursdays at 17.30": a plural weekday recurs weekly.
    if let Some(d) = w
        .strip_suffix('s')
        .filter(|stem| stem.len() > 5)
        .and_then(weekday_of)
    {
        return Some(Hit::new(
            i + 1,
            TimeType::Set,
            format!("XXXX-WXX-{d}"),
            Basis::Absolute,
        ));
    }
    if matches!(w, "a" | "per")
        && i > 0
        && matches!(s.w(i - 1), "once" | "twice" | "thrice" | "times")
    {
        if let Some((unit, false)) = Unit::parse(s.w(i + 1)) {
            return Some(Hit::new(
                i + 2,
                TimeType::Set,
                unit.duration(Some(1.0)),
                Basis::Absolute,
            ));
        }
    }
    if let Some(mut h) = counted(s, i, ctx) {
        // "5 percent a year", "$300 a month": a rate, so a SET.
        let rate = matches!(w, "a" | "per")
            && i > 0
            && (s.kind(i - 1) == Some(crate::lex::Kind::Num)
                || matches!(
                    s.w(i - 1),
                    "%" | "percent" | "million" | "billion" | "dollars" | "cents"
                ));
        if rate && h.kind == TimeType::Duration {
            h.kind = TimeType::Set;
        }
        return Some(h);
    }
    // "for years", "over decades", "in months".
    if let Some((unit, true)) = Unit::parse(w) {
        if i > 0
            && matches!(
                s.w(i - 1),
                "for" | "over" | "within" | "took" | "take" | "lasting"
            )
            && !matches!(unit, Unit::Second | Unit::Weekend)
        {
            return Some(Hit::new(
                i + 1,
                TimeType::Duration,
                unit.duration(None),
                Basis::Absolute,
            ));
        }
    }
    None
}

fn set_adverb(w: &str) -> Option<&'static str> {
    Some(match w {
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "fortnightly" | "biweekly" => "P2W",
        "monthly" => "P1M",
        "quarterly" => "P3M",
        "annually" | "yearly" | "annual" if w != "annual" => "P1Y",
        "biannually" | "semiannually" | "semiannual" => "P6M",
        // "everyday" as the adverb "every day" (not the adjective: "everyday life").
        "everyday" => "P1D",
        "biennially" => "P2Y",
        "hourly" => "PT1H",
        _ => return None,
    })
}

/// `every year`, `every two weeks`, `every other year`, `every Monday`, `each month`.
fn every(s: &Scan, i: usize) -> Option<Hit> {
    let mut j = i + 1;
    let mut n = 1.0;
    if s.is(j, "other") {
        n = 2.0;
        j += 1;
    } else if let Some(m) = number_at(s, j).filter(|m| !m.ordinal && m.value >= 1.0) {
        n = m.value;
        j = m.end;
    }
    let w = s.w(j);
    if let Some(d) = weekday_of(w).filter(|_| w.len() > 3) {
        return Some(Hit::new(
            j + 1,
            TimeType::Set,
            format!("XXXX-WXX-{d}"),
            Basis::Absolute,
        ));
    }
    if let Some(m) = month_of(w).filter(|_| w.len() > 3) {
        return Some(Hit::new(
            j + 1,
            TimeType::Set,
            format!("XXXX-{m:02}"),
            Basis::Absolute,
        ));
    }
    if let Some(pod) = part_of_day(w) {
        return Some(Hit::new(
            j + 1,
            TimeType::Set,
            format!("XXXX-XX-XXT{pod}"),
            Basis::Absolute,
        ));
    }
    let (unit, _) = Unit::parse(w)?;
    // "every weekend": the weekly weekend, as "every Monday" is XXXX-WXX-1.
    if unit == Unit::Weekend && n == 1.0 {
        return Some(Hit::new(
            j + 1,
            TimeType::Set,
            "XXXX-WXX-WE".into(),
            Basis::Absolute,
        ));
    }
    Some(Hit::new(
        j + 1,
        TimeType::Set,
        unit.duration(Some(n)),
        Basis::Absolute,
    ))
}

/// A counted period at token `i`: `three years`, `a year`, `five-year`,
/// `half an hour`, `several days`, and with `ago`/`later`/`earlier` the point
/// it leads to.
pub(super) fn counted(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    let (n, k): (Option<f64>, usize) = match w {
        "a" | "an" | "one"
            if Unit::parse(s.w(i + 1)).is_some_and(|(_, pl)| !pl) || s.is(i + 1, "fortnight") =>
        {
            (Some(1.0), i + 1)
        }
        "a" if s.is(i + 1, "few") || s.is(i + 1, "couple") => {
            let k = if s.is(i + 2, "of") { i + 3 } else { i + 2 };
            (
                if s.is(i + 1, "couple") {
                    Some(2.0)
                } else {
                    None
                },
                k,
            )
        }
        "few" | "several" | "many" | "some"
            if Unit::parse(s.w(i + 1)).is_some_and(|(_, pl)| pl) =>
        {
            (None, i + 1)
        }
        "half" if matches!(s.w(i + 1), "a" | "an") => (Some(0.5), i + 2),
        // "stay for another day": one more unit, a duration.
        "another"
            if i > 0
                && s.is(i - 1, "for")
                && Unit::parse(s.w(i + 1)).is_some_and(|(_, pl)| !pl) =>
        {
            (Some(1.0), i + 1)
        }
        // "a ½ hour call", "¾ hour": vulgar fraction characters.
        "½" | "¼" | "¾" if Unit::parse(s.w(i + 1)).is_some_and(|(_, pl)| !pl) => {
            let part = match w {
                "½" => 0.5,
                "¼" => 0.25,
                _ => 0.75,
            };
            (Some(part), i + 1)
        }
        // "all day", "all week": the whole of one unit.
        "all"
            if matches!(
                Unit::parse(s.w(i + 1)),
                Some((Unit::Day | Unit::Week | Unit::Month | Unit::Year, false))
            ) =>
        {
            (Some(1.0), i + 1)
        }
        _ if s.kind(i) == Some(crate::lex::Kind::Num) && compact(s, i).is_some() => {
            let (v, unit) = compact(s, i)?;
            return Some(Hit::new(
                i + 1,
                TimeType::Duration,
                unit.duration(Some(v)),
                Basis::Absolute,
            ));
        }
        _ => {
            // "one and a half hours" reads as one number, 1.5.
            if let Some(m) = number_at(s, i).filter(|m| {
                m.fraction && m.value.fract() != 0.0 && s.is(i + 1, "and") && m.end > i + 2
            }) {
                if Unit::parse(s.w(m.end)).is_some() {
                    return super::mixed::counted_fraction(s, m.value, m.end);
                }
            }
            let m = number_at(s, i).filter(|m| !m.ordinal && !m.vague)?;
            let m = if m.fraction {
                quarters_counted(s, i, m)?
            } else {
                m
            };
            if !(m.value > 0.0 && m.value < 10_000.0) {
                return None;
            }
            // "2 nights", "two nights" (of a stay): days.
            // Lowercase only: "One Night" is a title.
            if s.text
                .get(s.toks[m.end.min(s.len() - 1)].start..)
                .is_some_and(|t| t.starts_with('n'))
                && matches!(s.w(m.end), "night" | "nights")
                && m.value.fract() == 0.0
            {
                return Some(Hit::new(
                    m.end + 1,
                    TimeType::Duration,
                    Unit::Day.duration(Some(m.value)),
                    Basis::Absolute,
                ));
            }
            let k = if s.is(m.end, "-") && s.glued(m.end) {
                m.end + 1
            } else {
                m.end
            };
            // "one and a half hours", "one and half hour", "one and a quarter year".
            if s.is(k, "and") && m.value.fract() == 0.0 {
                if let Some((part, e)) = super::mixed::fraction_at(s, k + 1) {
                    if Unit::parse(s.w(e)).is_some() {
                        return super::mixed::counted_fraction(s, m.value + part, e);
                    }
                }
            }
            // "two more weeks", "20 additional years".
            let k = if matches!(s.w(k), "more" | "additional" | "further")
                && Unit::parse(s.w(k + 1)).is_some()
            {
                k + 1
            } else {
                k
            };
            (Some(m.value), k)
        }
    };
    // "in a fortnight", "two fortnights": counted in weeks, two to each.
    let (n, (unit, plural)) = match s.w(k) {
        "fortnight" | "fortnights" => (n.map(|v| v * 2.0), (Unit::Week, true)),
        w => (n, Unit::parse(w)?),
    };
    // "a year-earlier period" is read at "year".
    if s.is(k + 1, "-")
        && s.glued(k + 1)
        && matches!(s.w(k + 2), "earlier" | "ago" | "end" | "long" | "old")
    {
        return None;
    }
    let hyphenated = k > i && s.is(k - 1, "-");
    if hyphenated && s.is(k + 1, "-") && s.is(k + 2, "old") {
        return None;
    }
    let abbreviation = matches!(s.w(k), "min" | "sec" | "hr" | "yr");
    // "a six year term", "a 15 minute call": a count with a singular unit
    // modifies the noun that follows, as the hyphenated form does.
    let noun_follows = s.kind(k + 1) == Some(crate::lex::Kind::Word)
        && !s.toks.get(k + 1).is_some_and(|t| t.capital)
        && !matches!(
            s.w(k + 1),
            "old"
                | "olds"
                | "ago"
                | "later"
                | "earlier"
                | "and"
                | "or"
                | "of"
                | "to"
                | "from"
                | "in"
        );
    // "the three month (June-August) period": the noun comes after a
    // bracketed aside.
    let bracket_follows = s.is(k + 1, "(")
        && s.kind(k) == Some(crate::lex::Kind::Word)
        && !s.toks[k].capital
        && k > i
        && s.kind(k - 1) != Some(crate::lex::Kind::Punct)
        && matches!(
            unit,
            Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year
        );
    let modifier = noun_follows || bracket_follows;
    if n.is_some_and(|v| v > 1.0)
        && !plural
        && !hyphenated
        && unit != Unit::Century
        && !abbreviation
        && !modifier
    {
        return None;
    }
    if n.is_none() && !plural {
        return None;
    }
    let end = k + 1;
    // "for the last 3 months and 2 days ago": a span, then a separate point.
    let after_span_word = i > 0 && matches!(s.w(i - 1), "last" | "past" | "next" | "for" | "over");
    if let Some(h) = n.and_then(|v| super::mixed::mixed(s, ctx, v, unit, end, !after_span_word)) {
        return Some(h);
    }
    if let Some(h) = clock_offset(s, i, ctx, unit, n, end) {
        return Some(h);
    }
    let whole = n.filter(|v| v.fract() == 0.0).map(|v| v as i32);
    match (s.w(end), whole) {
        ("ago", Some(v)) => return Some(offset(ctx, unit, -v, end + 1, false)),
        ("earlier", Some(v)) => return Some(offset(ctx, unit, -v, end + 1, true)),
        ("later", Some(v)) => return Some(offset(ctx, unit, v, end + 1, true)),
        ("from", Some(v)) if s.is(end + 1, "now") => {
            return Some(offset(ctx, unit, v, end + 2, false))
        }
        // "three weeks from tomorrow", "two days after today", "two days before yesterday".
        ("from" | "after" | "before", Some(v))
            if matches!(s.w(end + 1), "today" | "tomorrow" | "yesterday")
                && matches!(unit, Unit::Day | Unit::Week) =>
        {
            let base = match s.w(end + 1) {
                "tomorrow" => 1,
                "yesterday" => -1,
                _ => 0,
            };
            let sign = if s.is(end, "before") { -1 } else { 1 };
            if let (Some(dct), Unit::Day | Unit::Week) = (ctx.dct, unit) {
                let days =
                    i64::from(base) + i64::from(sign * v) * if unit == Unit::Week { 7 } else { 1 };
                return Some(Hit::new(
                    end + 2,
                    TimeType::Date,
                    dct.add_days(days).iso(),
                    Basis::Published,
                ));
            }
        }
        // "3 days from Tuesday", "2 weeks before May 13 1999", "4 months after Christmas":
        // a counted shift of a named day.
        ("from" | "after" | "before", Some(v))
            if !matches!(s.w(end + 1), "now" | "the" | "." | "," | "that" | ";") =>
        {
            if let Some(h) = super::mixed::shifted_day(s, end, ctx, unit, v) {
                return Some(h);
            }
        }
        ("before" | "after", Some(v)) if matches!(s.w(end + 1), "." | "," | "that" | ";") => {
            let sign = if s.is(end, "before") { -1 } else { 1 };
            return Some(offset(ctx, unit, sign * v, end + 1, true));
        }
        _ => {}
    }
    // "in two weeks" said of the future is the date two weeks on.
    if let (Some(v), true) = (
        whole,
        i > 0 && s.w(i - 1) == "in" && super::tense_near(s, i) == super::Tense::Future,
    ) {
        // Days and weeks ahead land on a day: "in two weeks" from 2018-03-23 is 2018-04-06.
        if let (Some(dct), Unit::Day | Unit::Week) = (ctx.dct, unit) {
            let days = i64::from(v) * if unit == Unit::Week { 7 } else { 1 };
            return Some(Hit::new(
                end,
                TimeType::Date,
                dct.add_days(days).iso(),
                Basis::Published,
            ));
        }
        if matches!(unit, Unit::Month | Unit::Year) {
            return Some(offset(ctx, unit, v, end, false));
        }
    }
    Some(Hit::new(
        end,
        TimeType::Duration,
        unit.duration(n),
        Basis::Absolute,
    ))
}

/// "the past two quarters": the number reader takes "two quarters" for the
/// fraction 2/4; after a word that opens a period it is a count of quarters.
fn quarters_counted(s: &Scan, i: usize, m: NumMatch) -> Option<NumMatch> {
    let opens_period = i > 0
        && matches!(
            s.w(i - 1),
            "past"
                | "last"
                | "next"
                | "first"
                | "previous"
                | "coming"
                | "following"
                | "for"
                | "over"
                | "consecutive"
                | "straight"
        );
    (opens_period
        && m.end == i + 2
        && matches!(s.w(i + 1), "quarter" | "quarters")
        && !s.is(m.end, "of"))
    .then_some(NumMatch {
        value: (m.value * 4.0).round(),
        end: i + 1,
        fraction: false,
        ..m
    })
}

/// A compact duration in one token: "3.5years", "10hrs", and after a
/// duration verb or preposition also single letters ("for 3h", "lasted 2W",
/// "for 10D"), which elsewhere are too ambiguous ("3D printing").
fn compact(s: &Scan, i: usize) -> Option<(f64, Unit)> {
    let (digits, suffix) = crate::numbers::split_suffix(s.w(i));
    if suffix.is_empty() || digits.contains([',', ':', '/']) {
        return None;
    }
    let value = crate::numbers::parse_digits(digits).filter(|v| *v > 0.0)?;
    if let Some((unit, _)) = Unit::parse(suffix).filter(|_| suffix.len() > 1) {
        return Some((value, unit));
    }
    let after_duration_word = i > 0
        && matches!(
            s.w(i - 1),
            "for" | "lasted" | "lasting" | "took" | "within" | "over"
        );
    let unit = match suffix {
        "h" => Unit::Hour,
        "d" => Unit::Day,
        "w" => Unit::Week,
        "y" => Unit::Year,
        _ => return None,
    };
    // "for 3D audio": a single letter followed by a noun is a label, not a unit.
    let ends_phrase = s.kind(i + 1) != Some(crate::lex::Kind::Word)
        || matches!(
            s.w(i + 1),
            "at" | "in" | "on" | "and" | "to" | "of" | "before" | "after" | "ago" | "from" | "the"
        );
    (after_duration_word && ends_phrase).then_some((value, unit))
}

/// "in 5 minutes", "3 minutes from now", "30 min later", "in half an hour":
/// a clock time, when the document date has one.
fn clock_offset(
    s: &Scan,
    i: usize,
    ctx: &Ctx,
    unit: Unit,
    n: Option<f64>,
    end: usize,
) -> Option<Hit> {
    let per = match unit {
        Unit::Hour => 60.0,
        Unit::Minute => 1.0,
        _ => return None,
    };
    let (dct, (hh, mm)) = (ctx.dct?, ctx.anchor.time?);
    let minutes = n? * per;
    let (sign, stop) = match s.w(end) {
        "later" | "after" => (1.0, end + 1),
        "ago" | "earlier" | "before" => (-1.0, end + 1),
        "from" if s.is(end + 1, "now") => (1.0, end + 2),
        _ if i > 0 && s.w(i - 1) == "in" => (1.0, end),
        _ => return None,
    };
    let total = i64::from(hh) * 60 + i64::from(mm) + (sign * minutes).round() as i64;
    let day = dct.add_days(total.div_euclid(1440));
    let t = total.rem_euclid(1440);
    Some(Hit::new(
        stop,
        TimeType::Time,
        format!("{}T{:02}:{:02}", day.iso(), t / 60, t % 60),
        Basis::Published,
    ))
}

/// The point `n` units from the document date (or the reference time).
fn offset(ctx: &Ctx, unit: Unit, n: i32, end: usize, anaphoric: bool) -> Hit {
    // In results reporting, "a year ago" is the quarter under discussion a year back.
    let quarter_ref = ctx
        .reference
        .filter(|(p, _)| p.gran == super::Gran::Quarter && unit == Unit::Year);
    let resolved = if anaphoric || quarter_ref.is_some() {
        ctx.ref_point()
    } else {
        ctx.dct_point().map(|p| (p, Basis::Published))
    };
    let Some((p, basis)) = resolved else {
        return Hit::new(end, TimeType::Date, "XXXX".into(), Basis::Unresolved);
    };
    match unit {
        Unit::Hour | Unit::Minute | Unit::Second => {
            // Clock offsets without a clock time on the anchor: the day is what we know.
            Hit::new(end, TimeType::Date, p.value(), basis)
        }
        Unit::Decade => Hit::new(
            end,
            TimeType::Date,
            format!("{}", (p.ymd.year + 10 * n).div_euclid(10)),
            basis,
        ),
        Unit::Century => Hit::new(
            end,
            TimeType::Date,
            format!("{:02}", (p.ymd.year + 100 * n).div_euclid(100)),
            basis,
        ),
        _ => match p.shift(unit, n) {
            Some(q) => {
                let mut h = Hit::date(end, q, basis);
                h.point = None;
                h
            }
            None => Hit::new(end, TimeType::Date, "XXXX".into(), Basis::Unresolved),
        },
    }
}
