//! Modifiers that belong to the time expression after them ("the end of",
//! "early", "the first half of"), and what they do to its value.

use sitrep_core::TimeType;

use super::{core_at, Ctx, Hit};
use crate::lex::Scan;

/// Modifiers that belong to the expression that follows them.
const PREFIXES: &[&[&str]] = &[
    &["the", "end", "of"],
    &["the", "beginning", "of"],
    &["the", "start", "of"],
    &["the", "middle", "of"],
    &["the", "first", "half", "of"],
    &["the", "second", "half", "of"],
    &["end", "of"],
    &["beginning", "of"],
    &["early"],
    &["late"],
    &["mid", "-"],
    &["mid"],
    &["earlier"],
    &["later"],
];

/// "the first half of 2026": TIMEX3's half-year, `2026-H1`; other
/// expressions keep the value of what follows the modifier.
fn half_of_year(prefix: &[&str], h: Hit) -> Hit {
    let half = match prefix {
        ["the", "first", "half", "of"] => 1,
        ["the", "second", "half", "of"] => 2,
        _ => return h,
    };
    let year = h.value.len() == 4 && h.value.bytes().all(|b| b.is_ascii_digit());
    if !(h.kind == TimeType::Date && year) {
        return h;
    }
    Hit {
        value: format!("{}-H{half}", h.value),
        point: None,
        ..h
    }
}

/// "the end of today", "end of this Sunday": the last minute of that day
/// (as "end of the day" is read), not the whole day.
fn end_of_day(prefix: &[&str], h: Hit) -> Hit {
    let day = h.kind == TimeType::Date && h.value.len() == 10 && !h.value.starts_with('X');
    if !(day && prefix.contains(&"end")) {
        return h;
    }
    Hit {
        kind: TimeType::Time,
        value: format!("{}T23:59", h.value),
        ..h
    }
}

/// The expression after a modifier starting at token `i`, spanning both.
pub(super) fn modified_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    for p in PREFIXES {
        if p.iter().enumerate().all(|(k, x)| s.is(i + k, x)) {
            let j = i + p.len();
            if let Some(h) = core_at(s, j, ctx) {
                let ok = match p[0] {
                    "earlier" | "later" => {
                        matches!(s.w(j), "this" | "that" | "last" | "next")
                            || h.kind == TimeType::Date && h.the_ok
                    }
                    _ => h.kind == TimeType::Date || h.kind == TimeType::Time,
                };
                if ok {
                    return Some(half_of_year(p, end_of_day(p, h)));
                }
            }
        }
    }
    None
}
