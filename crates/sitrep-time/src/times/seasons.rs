//! Quarters and seasons, resolved against the document date or the
//! reference time: `the third quarter`, `Q3 2025`, `the 1988 quarter`,
//! `last year's quarter`, `a year earlier`, `summer 2025`, `this past spring`.

use sitrep_core::TimeType;

use super::absolute::year_at;
use super::{tense_near, Basis, Ctx, Gran, Hit, Point, Tense};
use crate::lex::{season_of, Kind, Scan, Unit};
use crate::numbers::{number_at, ordinal_word};

/// A quarter or reporting period qualified by its year: "the 1988 quarter",
/// "the 1988 third quarter", "last year's quarter", "next year's first
/// quarter", "the year-ago third quarter", "the year-earlier period". Without
/// an ordinal the quarter is the one under discussion (the reference quarter,
/// else the quarter before the document's), as financial reports compare
/// like with like.
pub(super) fn year_quarter(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let (year, j) = if let Some(y) = year_at(s, i) {
        (y, i + 1)
    } else if matches!(s.w(i), "this" | "last" | "next") && s.is(i + 1, "year") {
        let k = possessive_end(s, i + 2)?;
        let y = ctx.year()?
            + match s.w(i) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
        (y, k)
    } else if s.is(i, "year")
        && s.is(i + 1, "-")
        && s.glued(i + 1)
        && matches!(s.w(i + 2), "ago" | "earlier")
    {
        let y = reference_quarter(ctx)?.ymd.year - 1;
        (y, i + 3)
    } else {
        return None;
    };
    let (q, end) = quarter_noun(s, j)?;
    let q = match q {
        Some(q) => q,
        None => reference_quarter(ctx)?.ymd.quarter(),
    };
    let p = Point::quarter(year, q);
    let mut h = Hit::date(end, p, Basis::Published).the();
    // This year's quarter becomes the reference for a later "a year earlier";
    // an earlier year's is the base of a comparison and leaves it alone.
    if ctx.year().is_none_or(|y| year < y) {
        h.point = None;
    }
    Some(h)
}

/// The end of a possessive "'s" at `k` ("year's" is "year" + "'s" or "'" + "s").
fn possessive_end(s: &Scan, k: usize) -> Option<usize> {
    if s.is(k, "'s") || s.is(k, "\u{2019}s") {
        Some(k + 1)
    } else if (s.is(k, "'") || s.is(k, "\u{2019}")) && s.is(k + 1, "s") {
        Some(k + 2)
    } else {
        None
    }
}

/// "quarter", "period", "third quarter", "third-quarter" at `j`: the ordinal
/// when given, and the end.
fn quarter_noun(s: &Scan, j: usize) -> Option<(Option<u8>, usize)> {
    if matches!(s.w(j), "quarter" | "period") {
        return Some((None, j + 1));
    }
    let q = ordinal_word(s.w(j)).filter(|q| (1..=4).contains(q))?;
    let k = if s.is(j + 1, "-") && s.glued(j + 1) {
        j + 2
    } else {
        j + 1
    };
    s.is(k, "quarter").then_some((Some(q as u8), k + 1))
}

/// The quarter under discussion: the reference time when it is a quarter,
/// else the quarter before the document date's.
fn reference_quarter(ctx: &Ctx) -> Option<Point> {
    match ctx.reference {
        Some((p, _)) if p.gran == Gran::Quarter => Some(p),
        _ => {
            let dct = ctx.dct_point().filter(|d| d.gran >= Gran::Month)?;
            Point::quarter(dct.ymd.year, dct.ymd.quarter()).shift(Unit::Quarter, -1)
        }
    }
}

/// `year-earlier`, `year-ago`: the reference time one year back.
pub(super) fn year_earlier(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let (p, basis) = ctx.ref_point()?;
    // A year-ago figure is compared with the current period, never with a
    // past year the text mentioned on the way ("in the 1988 period").
    let (p, basis) = match ctx.year() {
        Some(y) if p.ymd.year < y => (reference_quarter(ctx)?, Basis::Published),
        _ => (p, basis),
    };
    let p = p.shift(Unit::Year, -1)?;
    let mut end = i + 3;
    if matches!(s.w(end), "quarter" | "period") {
        end += 1;
    }
    let mut h = Hit::date(end, p, basis).the();
    h.point = None;
    Some(h)
}

/// `the third quarter`, `third-quarter`, `Q3 2025`, `the fourth quarter of 2024`, `the quarter`.
pub(super) fn quarter_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let w = s.w(i);
    let (q, mut j) = if w.len() == 2 && w.starts_with('q') && s.kind(i) == Some(Kind::Word) {
        let q = w[1..].parse::<u8>().ok().filter(|q| (1..=4).contains(q))?;
        (Some(q), i + 1)
    } else if let Some(q) = ordinal_word(w)
        .or_else(|| {
            number_at(s, i)
                .filter(|m| m.ordinal && m.digits)
                .map(|m| m.value as u32)
        })
        .filter(|q| (1..=4).contains(q))
    {
        let k = if s.is(i + 1, "-") && s.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if !matches!(s.w(k), "quarter" | "quarters") {
            return None;
        }
        (Some(q as u8), k + 1)
    } else if matches!(w, "quarter") && i > 0 && s.w(i - 1) == "the" {
        (None, i + 1)
    } else if matches!(w, "latest" | "recent" | "current" | "same")
        && matches!(s.w(i + 1), "quarter" | "period")
    {
        (None, i + 2)
    } else if w == "year" && i > 0 && s.w(i - 1) == "the" && !s.is(i + 1, "-") {
        // "the year": a span of a year after "for"/"over", else the year under discussion.
        let prev = if i > 1 { s.w(i - 2) } else { "" };
        // "the year 2000", "the year two thousand".
        if let Some(m) = number_at(s, i + 1).filter(|m| {
            !m.ordinal && (1000.0..=2199.0).contains(&m.value) && m.value.fract() == 0.0
        }) {
            return Some(Hit::date(m.end, Point::year(m.value as i32), Basis::Absolute).the());
        }
        if matches!(prev, "for" | "over" | "throughout") {
            return Some(Hit::new(i + 1, TimeType::Duration, "P1Y".into(), Basis::Absolute).the());
        }
        // "the year before": counted from the time the narrative is at.
        let (p, basis) = if matches!(s.w(i + 1), "before" | "after" | "earlier" | "later") {
            ctx.ref_point()?
        } else {
            ctx.discussed_point()?
        };
        return Some(
            Hit::new(
                i + 1,
                TimeType::Date,
                super::Point::year(p.ymd.year).value(),
                basis,
            )
            .the(),
        );
    } else {
        return None;
    };
    // Explicit year: "Q3 2025", "third quarter of 2024", "the 1989 third quarter" is not handled.
    let k = if s.is(j, "of") || s.is(j, ",") {
        j + 1
    } else {
        j
    };
    let k = if s.is(k, "fiscal") { k + 1 } else { k };
    if let (Some(q), Some(y)) = (q, year_at(s, k)) {
        return Some(Hit::date(k + 1, Point::quarter(y, q), Basis::Absolute).the());
    }
    if s.is(j, "of") && matches!(s.w(j + 1), "this" | "last" | "next") && s.is(j + 2, "year") {
        let y = ctx.year()?
            + match s.w(j + 1) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
        j += 3;
        return Some(
            Hit::new(
                j,
                TimeType::Date,
                Point::quarter(y, q?).value(),
                Basis::Published,
            )
            .the(),
        );
    }
    let dct = ctx.dct_point()?;
    let dq = dct.ymd.quarter();
    let p = match q {
        Some(q) => {
            // Reports early in a year talk about last year's later quarters.
            let year = if dct.gran >= Gran::Month && dq == 1 && q > 1 {
                dct.ymd.year - 1
            } else {
                dct.ymd.year
            };
            Point::quarter(year, q)
        }
        // "the latest quarter" is the last one reported before the document,
        // whatever quarter the text spoke of before.
        None => match ctx.reference {
            Some((p, _)) if p.gran == Gran::Quarter && w != "latest" => p,
            _ if dct.gran >= Gran::Month => {
                Point::quarter(dct.ymd.year, dq).shift(Unit::Quarter, -1)?
            }
            _ => return None,
        },
    };
    let mut h = Hit::date(j, p, Basis::Published).the();
    // A quarter named in the text becomes the reference for "a year earlier".
    h.point = Some(p);
    h.basis = Basis::Published;
    Some(h)
}

/// `summer 2025`, `last summer` (see [`deictic`]), `in the spring`.
pub(super) fn season_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    let code = season_of(s.w(i))?;
    // "summer 2025", "the winter of 1994", "the winter of nineteen ninety-four".
    let k = if s.is(i + 1, "of") { i + 2 } else { i + 1 };
    if let Some((y, end)) = year_at(s, k)
        .map(|y| (y, k + 1))
        .or_else(|| super::spoken_date::year_at(s, k).filter(|(_, e)| *e > k + 1 || k == i + 2))
    {
        return Some(
            Hit::new(
                end,
                TimeType::Date,
                format!("{y:04}-{code}"),
                Basis::Absolute,
            )
            .the(),
        );
    }
    let prev = if i > 0 { s.w(i - 1) } else { "" };
    let temporal = matches!(
        prev,
        "the" | "this" | "in" | "during" | "early" | "late" | "mid" | "until" | "by" | "since"
    );
    if !temporal
        || (matches!(s.w(i), "fall" | "spring")
            && prev != "the"
            && !s.toks[i].capital
            && prev != "this")
    {
        return None;
    }
    let y = ctx.year()?;
    let year = match tense_near(s, i) {
        Tense::Future => {
            let m = ctx.anchor.month.unwrap_or(1);
            if m > season_start(code) + 2 {
                y + 1
            } else {
                y
            }
        }
        _ => y,
    };
    Some(
        Hit::new(
            i + 1,
            TimeType::Date,
            format!("{year:04}-{code}"),
            Basis::Published,
        )
        .the(),
    )
}

/// Whether token `i` opens a sentence or the text.
pub(super) fn sentence_start(s: &Scan, i: usize) -> bool {
    i == 0 || s.sentence_end(i - 1) || s.is(i - 1, "\n")
}

/// The first month of a season code.
pub(super) fn season_start(code: &str) -> u8 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// Whether token `i` comes after "mid" or "mid-".
pub(super) fn follows_mid(s: &Scan, i: usize) -> bool {
    (i > 0 && s.is(i - 1, "mid")) || (i > 1 && s.is(i - 1, "-") && s.is(i - 2, "mid"))
}
