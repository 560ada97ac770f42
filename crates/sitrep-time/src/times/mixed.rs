//! Durations and offsets made of more than one part: mixed units ("1
//! hour and 30 minutes", "2 years 1 month 21 days later"), fractions
//! ("one and a half hours", "a minute and a half") and a counted shift of
//! a named day ("3 days from Tuesday", "2 weeks before Christmas").

use sitrep_core::TimeType;

use super::{Basis, Ctx, Hit};
use crate::lex::{Scan, Unit};
use crate::numbers::number_at;

/// The day named after `from|after|before` at `end`, shifted by `v` units.
pub(super) fn shifted_day(s: &Scan, end: usize, ctx: &Ctx, unit: Unit, v: i32) -> Option<Hit> {
    let day = super::core_at(s, end + 1, ctx).filter(|h| h.kind == TimeType::Date)?;
    let base = super::weeks::iso_day(&day.value)?;
    let v = if s.is(end, "before") { -v } else { v };
    let d = match unit {
        Unit::Day => base.add_days(i64::from(v)),
        Unit::Week => base.add_days(7 * i64::from(v)),
        Unit::Month => base.add_months(v),
        Unit::Year => base.add_months(12 * v),
        _ => return None,
    };
    Some(Hit::new(day.end, TimeType::Date, d.iso(), day.basis))
}

/// "half", "a half", "a quarter" at `i`: the fraction and the token after it.
pub(super) fn fraction_at(s: &Scan, i: usize) -> Option<(f64, usize)> {
    let k = if matches!(s.w(i), "a" | "an") {
        i + 1
    } else {
        i
    };
    match s.w(k) {
        "half" => Some((0.5, k + 1)),
        "quarter" if k > i => Some((0.25, k + 1)),
        _ => None,
    }
}

/// "one and a half hour(s)": the unit at `k` counted `value` times.
pub(super) fn counted_fraction(s: &Scan, value: f64, k: usize) -> Option<Hit> {
    let (unit, _) = Unit::parse(s.w(k))?;
    Some(Hit::new(
        k + 1,
        TimeType::Duration,
        unit.duration(Some(value)),
        Basis::Absolute,
    ))
}

/// Seconds in one unit for clock units, `None` for calendar units.
fn unit_seconds(u: Unit) -> Option<f64> {
    match u {
        Unit::Hour => Some(3600.0),
        Unit::Minute => Some(60.0),
        Unit::Second => Some(1.0),
        _ => None,
    }
}

/// A duration continued by smaller parts: "1 hour and 30 minutes", "one
/// hour and a half", "one year and a quarter", "2 weeks and 2 days ago",
/// "2 years 1 month 21 days later". `n` units end before `end`.
pub(super) fn mixed(
    s: &Scan,
    ctx: &Ctx,
    n: f64,
    unit: Unit,
    end: usize,
    more_parts: bool,
) -> Option<Hit> {
    let mut parts = vec![(n, unit)];
    let mut k = end;
    loop {
        let j = if matches!(s.w(k), "and" | ",") {
            k + 1
        } else {
            k
        };
        if let Some((f, e)) = fraction_at(s, j).filter(|_| j > k && parts.len() == 1) {
            // "and a half" after the first part only.
            if Unit::parse(s.w(e)).is_none() {
                parts[0].0 += f;
                k = e;
                break;
            }
        }
        if !more_parts {
            break;
        }
        let Some(m) = number_at(s, j).filter(|m| {
            !m.ordinal && !m.vague && !m.fraction && m.value > 0.0 && m.value.fract() == 0.0
        }) else {
            break;
        };
        let Some((u, _)) = Unit::parse(s.w(m.end)) else {
            break;
        };
        let prev = parts.last().map(|p| p.1)?;
        if rank(u) >= rank(prev) {
            break;
        }
        parts.push((m.value, u));
        k = m.end + 1;
    }
    if k == end {
        return None;
    }
    if parts.len() == 1 {
        let (v, u) = parts[0];
        // "a minute and a half" is PT1M30S; "a year and a quarter" P15M.
        let value = mixed_value(&parts).unwrap_or_else(|| u.duration(Some(v)));
        return Some(Hit::new(k, TimeType::Duration, value, Basis::Absolute));
    }
    let whole = parts.iter().all(|(v, _)| v.fract() == 0.0);
    let (sign, anaphoric, stop) = match s.w(k) {
        "ago" => (-1, false, k + 1),
        "later" => (1, true, k + 1),
        "earlier" => (-1, true, k + 1),
        _ => (0, false, k),
    };
    if sign != 0 && whole {
        let (p, basis) = if anaphoric {
            ctx.ref_point()?
        } else {
            ctx.dct_point().map(|p| (p, Basis::Published))?
        };
        // Shift day by day so that "2 weeks and 2 days" lands on a day.
        let mut d = p.ymd;
        for (v, u) in &parts {
            let v = sign * *v as i32;
            d = match u {
                Unit::Year => d.add_months(12 * v),
                Unit::Quarter => d.add_months(3 * v),
                Unit::Month => d.add_months(v),
                Unit::Week => d.add_days(7 * i64::from(v)),
                Unit::Day => d.add_days(i64::from(v)),
                _ => return None,
            };
        }
        let finest = parts.last().map(|p| p.1)?;
        let q = match finest {
            Unit::Day | Unit::Week if p.gran == super::Gran::Day => super::Point::day(d),
            Unit::Month | Unit::Quarter if p.gran >= super::Gran::Month => {
                super::Point::month(d.year, d.month)
            }
            Unit::Year => super::Point::year(d.year),
            _ => return None,
        };
        let mut h = Hit::date(stop, q, basis);
        h.point = None;
        return Some(h);
    }
    Some(Hit::new(
        k,
        TimeType::Duration,
        mixed_value(&parts)?,
        Basis::Absolute,
    ))
}

/// Coarse-to-fine order of units, for "2 years 1 month 21 days".
fn rank(u: Unit) -> u8 {
    match u {
        Unit::Millennium => 11,
        Unit::Century => 10,
        Unit::Decade => 9,
        Unit::Year => 8,
        Unit::Quarter => 7,
        Unit::Month => 6,
        Unit::Week | Unit::Weekend => 5,
        Unit::Day => 4,
        Unit::Hour => 3,
        Unit::Minute => 2,
        Unit::Second => 1,
    }
}

/// The TIMEX3 value of a sum of parts: `P2Y1M21D`, `PT1H30M`, `P16D`.
fn mixed_value(parts: &[(f64, Unit)]) -> Option<String> {
    let mut secs = 0.0;
    let (mut years, mut months, mut days) = (0.0, 0.0, 0.0);
    for (v, u) in parts {
        match (u, unit_seconds(*u)) {
            (_, Some(x)) => secs += v * x,
            (Unit::Year, _) => years += v,
            (Unit::Quarter, _) => months += 3.0 * v,
            (Unit::Month, _) => months += v,
            (Unit::Week, _) => days += 7.0 * v,
            (Unit::Day, _) => days += v,
            _ => return None,
        }
    }
    if [years, months, days, secs].iter().any(|x| x.fract() != 0.0) {
        return None;
    }
    let mut out = String::from("P");
    for (x, l) in [(years, 'Y'), (months, 'M'), (days, 'D')] {
        if x > 0.0 {
            out.push_str(&format!("{}{l}", x as i64));
        }
    }
    if secs > 0.0 {
        out.push('T');
        let s = secs as i64;
        for (x, l) in [(s / 3600, 'H'), (s % 3600 / 60, 'M'), (s % 60, 'S')] {
            if x > 0 {
                out.push_str(&format!("{x}{l}"));
            }
        }
    }
    Some(out)
}
