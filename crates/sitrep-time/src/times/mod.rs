//! TIMEX3 recognition and normalization.
//!
//! A single left-to-right pass over the word tokens. At each token every
//! pattern family is tried (absolute dates and times, relative and anaphoric
//! expressions, durations, sets); the longest match wins and the scan jumps
//! past it. Each match is normalized on the spot against the document date
//! (the DCT) or, for anaphoric expressions ("a year later", "the following
//! day"), against the reference time: the last absolute date mentioned so
//! far in narrative order, as HeidelTime does for narratives. Definite
//! periods ("the end of the year", "the month") mean the document's period
//! unless the latest date the text mentioned is an explicit one
//! ([`Ctx::discussed_point`]).

mod absolute;
mod clock;
mod clock_words;
mod duration;
mod mixed;
mod modifiers;
mod numeric;
mod periods;
mod relative;
mod seasons;
mod spoken_date;
mod start;
mod tense;
mod weeks;

use sitrep_core::{Span, TimeExpr, TimeType};

use crate::anchor::Anchor;
use crate::date::{fmt_week, fmt_year, Ymd};
use crate::lex::{Scan, Unit};
pub(crate) use tense::{tense_near, Tense};

/// How fine a resolved point in time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gran {
    Year,
    Quarter,
    Month,
    Week,
    Day,
}

/// A resolved calendar point; `ymd` holds the first day of the period for
/// coarser granularities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Point {
    pub ymd: Ymd,
    pub gran: Gran,
}

impl Point {
    pub fn year(year: i32) -> Point {
        Point {
            ymd: Ymd {
                year,
                month: 1,
                day: 1,
            },
            gran: Gran::Year,
        }
    }

    pub fn month(year: i32, month: u8) -> Point {
        Point {
            ymd: Ymd {
                year,
                month,
                day: 1,
            },
            gran: Gran::Month,
        }
    }

    pub fn quarter(year: i32, q: u8) -> Point {
        Point {
            ymd: Ymd {
                year,
                month: (q.clamp(1, 4) - 1) * 3 + 1,
                day: 1,
            },
            gran: Gran::Quarter,
        }
    }

    pub fn day(ymd: Ymd) -> Point {
        Point {
            ymd,
            gran: Gran::Day,
        }
    }

    /// The TIMEX3 value at this point's granularity.
    pub fn value(self) -> String {
        let y = fmt_year(self.ymd.year);
        match self.gran {
            Gran::Year => y,
            Gran::Quarter => format!("{y}-Q{}", self.ymd.quarter()),
            Gran::Month => format!("{y}-{:02}", self.ymd.month),
            Gran::Week => fmt_week(self.ymd),
            Gran::Day => self.ymd.iso(),
        }
    }

    /// Shifts by `n` units. The result keeps the coarser of the point's and
    /// the unit's granularity ("a year later" after "October 2022" is 2023;
    /// "a year earlier" after "the third quarter" keeps the quarter).
    pub fn shift(self, unit: Unit, n: i32) -> Option<Point> {
        let gran = match unit {
            Unit::Day => Gran::Day,
            Unit::Week | Unit::Weekend => Gran::Week,
            Unit::Month => Gran::Month,
            Unit::Quarter => Gran::Quarter,
            Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => Gran::Year,
            Unit::Hour | Unit::Minute | Unit::Second => return None,
        };
        if self.gran < gran && !(self.gran == Gran::Quarter && gran == Gran::Month) {
            // Finer shift than the point knows: "two days later" after "2022".
            if gran == Gran::Day || gran == Gran::Week {
                return None;
            }
        }
        let ymd = match unit {
            Unit::Day => self.ymd.add_days(i64::from(n)),
            Unit::Week | Unit::Weekend => self.ymd.add_days(7 * i64::from(n)),
            Unit::Month => self.ymd.add_months(n),
            Unit::Quarter => self.ymd.add_months(3 * n),
            Unit::Year => self.ymd.add_months(12 * n),
            Unit::Decade => self.ymd.add_months(120 * n),
            Unit::Century => self.ymd.add_months(1200 * n),
            Unit::Millennium => self.ymd.add_months(12000 * n),
            _ => return None,
        };
        let keep = match (self.gran, gran) {
            (Gran::Quarter, Gran::Year) => Gran::Quarter,
            (Gran::Quarter, Gran::Month) => Gran::Month,
            (p, u) => p.min(u),
        };
        Some(Point { ymd, gran: keep })
    }
}

/// What a value was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Basis {
    Absolute,
    Published,
    Reference(usize),
    Unresolved,
}

/// One recognized expression, in tokens.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub end: usize,
    pub kind: TimeType,
    pub value: String,
    pub basis: Basis,
    /// An absolute point this expression establishes as the new reference time.
    pub point: Option<Point>,
    /// Whether a preceding "the" belongs to the expression ("the third quarter").
    pub the_ok: bool,
}

impl Hit {
    pub fn new(end: usize, kind: TimeType, value: String, basis: Basis) -> Hit {
        Hit {
            end,
            kind,
            value,
            basis,
            point: None,
            the_ok: false,
        }
    }

    pub fn date(end: usize, p: Point, basis: Basis) -> Hit {
        Hit {
            end,
            kind: TimeType::Date,
            value: p.value(),
            basis,
            point: Some(p),
            the_ok: false,
        }
    }

    pub fn the(mut self) -> Hit {
        self.the_ok = true;
        self
    }
}

/// The state a normalization needs.
pub(crate) struct Ctx {
    pub anchor: Anchor,
    pub dct: Option<Ymd>,
    pub reference: Option<(Point, usize)>,
    /// Whether the reference time was stated by the text itself (an
    /// absolute date, or one counted from such a date) rather than read
    /// from the document date ("next year", "on Tuesday").
    pub reference_explicit: bool,
}

impl Ctx {
    pub fn year(&self) -> Option<i32> {
        self.anchor.year
    }

    /// The document date at its own granularity.
    pub fn dct_point(&self) -> Option<Point> {
        if let Some(d) = self.dct {
            return Some(Point::day(d));
        }
        let y = self.anchor.year?;
        Some(match self.anchor.month {
            Some(m) => Point::month(y, m),
            None => Point::year(y),
        })
    }

    /// The period "under discussion" for definite descriptions ("the end of
    /// the year", "the month", "the year"): the document date, unless the
    /// text re-anchored the narrative on an explicit date ("In 2019 ... by
    /// the end of the year"). A deictic expression such as "next year" points
    /// away from the document date without moving what "the year" means;
    /// strictly anaphoric expressions ("that year", "a day later") still
    /// follow it through [`Ctx::ref_point`].
    pub fn discussed_point(&self) -> Option<(Point, Basis)> {
        match self.reference {
            Some((p, at)) if self.reference_explicit => Some((p, Basis::Reference(at))),
            _ => self.dct_point().map(|p| (p, Basis::Published)),
        }
    }

    /// The reference time for anaphoric expressions, falling back on the DCT.
    pub fn ref_point(&self) -> Option<(Point, Basis)> {
        match self.reference {
            Some((p, at)) => Some((p, Basis::Reference(at))),
            None => self.dct_point().map(|p| (p, Basis::Published)),
        }
    }
}

/// Finds and normalizes the time expressions of `text`.
///
/// `anchor` is the document date; when it lacks a year, the year is inferred
/// from the text (see [`crate::infer_document_year`]) and the values
/// resolved against it are marked `text` instead of `published`.
pub fn find_times(text: &str, anchor: Option<&Anchor>) -> Vec<TimeExpr> {
    let scan = Scan::new(text);
    find_times_in(&scan, anchor)
}

pub(crate) fn find_times_in(s: &Scan, anchor: Option<&Anchor>) -> Vec<TimeExpr> {
    let anchor = match anchor {
        Some(a) if a.year.is_some() => a.clone(),
        Some(a) => a.clone().with_inferred_year(s.text),
        None => Anchor::default().with_inferred_year(s.text),
    };
    let dct = anchor.ymd();
    let mut ctx = Ctx {
        anchor,
        dct,
        reference: None,
        reference_explicit: false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let Some((start, hit)) = best_at(s, i, &ctx) else {
            i += 1;
            continue;
        };
        let (Some(first), Some(last)) = (s.toks.get(start), s.toks.get(hit.end.saturating_sub(1)))
        else {
            i += 1;
            continue;
        };
        if not_a_time(s, start, &hit) {
            i = hit.end.max(i + 1);
            continue;
        }
        let span = Span::new(first.start, last.end);
        // Absolute dates and named quarters become the reference time for
        // the anaphoric expressions that follow.
        // Only a date the text states (or counts from one) re-anchors the
        // period under discussion; a later deictic date ("next year",
        // "Tuesday") brings the discussion back to the document's frame.
        if let Some(p) = hit.point {
            ctx.reference = Some((p, span.start));
            ctx.reference_explicit = matches!(hit.basis, Basis::Absolute | Basis::Reference(_))
                || !deictic(s, start, hit.end);
        } else if matches!(hit.kind, TimeType::Date | TimeType::Time)
            && hit.basis == Basis::Published
        {
            ctx.reference_explicit = false;
        }
        let basis = match hit.basis {
            Basis::Absolute => "absolute".to_string(),
            Basis::Published if ctx.anchor.year_inferred => "text".to_string(),
            Basis::Published => "published".to_string(),
            Basis::Reference(at) => format!("anchor:{at}"),
            Basis::Unresolved => "none".to_string(),
        };
        out.push(TimeExpr {
            span,
            kind: hit.kind,
            value: hit.value,
            anchor: basis,
        });
        i = hit.end.max(i + 1);
    }
    out
}

/// Whether tokens `start..end` point from the moment of writing ("next
/// year", "this week", "Tuesday", "a month ago") rather than name a
/// calendar date ("December", "25 December", "Christmas"), whose year the
/// document date merely completes.
fn deictic(s: &Scan, start: usize, end: usize) -> bool {
    (start..end).any(|k| {
        let w = s.w(k);
        crate::lex::weekday_of(w).is_some()
            || matches!(
                w,
                "last"
                    | "next"
                    | "this"
                    | "today"
                    | "yesterday"
                    | "tomorrow"
                    | "tonight"
                    | "ago"
                    | "coming"
                    | "past"
                    | "previous"
                    | "current"
                    | "now"
                    | "recent"
                    | "upcoming"
                    | "weekend"
            )
    })
}

/// Durations that name something else: an age ("52 years old": a property
/// of a person, not a time), an ordinal ("a second group"), a fraction
/// ("a quarter of the market").
fn not_a_time(s: &Scan, start: usize, hit: &Hit) -> bool {
    if hit.kind != TimeType::Duration {
        return false;
    }
    let next = s.w(hit.end);
    let article = matches!(s.w(start), "a" | "an");
    // "60 Minutes", "Two Days in Paris": a count with a title-case unit
    // inside a sentence names a programme or a work.
    let last = hit.end.saturating_sub(1);
    if s.kind(start) == Some(crate::lex::Kind::Num)
        && s.toks.get(last).is_some_and(|t| t.capital)
        && start > 0
        && !s.sentence_end(start - 1)
        && !s.is(start - 1, "\n")
    {
        return true;
    }
    (next == "old" && !s.glued(hit.end))
        || (article
            && hit.value == "PT1S"
            && s.kind(hit.end) == Some(crate::lex::Kind::Word)
            && !matches!(
                next,
                "later" | "ago" | "earlier" | "before" | "after" | "or" | "and" | "of" | "to"
            ))
        || (article
            && matches!(hit.value.as_str(), "P1Q" | "P3M")
            && next == "of"
            && matches!(
                s.w(hit.end + 1),
                "the" | "its" | "their" | "all" | "his" | "her"
            ))
}

/// The longest expression starting at token `i` (possibly after a modifier).
fn best_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<(usize, Hit)> {
    let w = s.w(i);
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    // Cheap filter: most tokens cannot start an expression.
    if !(first.is_ascii_alphanumeric() || matches!(w, "½" | "¼" | "¾")) {
        return None;
    }
    if let Some(h) = core_at(s, i, ctx) {
        return Some((i, h));
    }
    if let Some(h) = modifiers::modified_at(s, i, ctx) {
        return Some((i, h));
    }
    if w == "the" {
        if let Some(h) = core_at(s, i + 1, ctx).filter(|h| h.the_ok) {
            return Some((i, h));
        }
    }
    None
}

pub(super) fn core_at(s: &Scan, i: usize, ctx: &Ctx) -> Option<Hit> {
    if !start::may_start(s, i) {
        return None;
    }
    let a = absolute::at(s, i, ctx);
    let r = relative::at(s, i, ctx);
    let c = clock_words::strong_at(s, i, ctx).or_else(|| clock_words::part_then_clock(s, i, ctx));
    let d = spoken_date::at(s, i, ctx);
    let p = periods::at(s, i, ctx);
    let n = numeric::at(s, i, ctx);
    let best = [a, r, c, d, p, n]
        .into_iter()
        .flatten()
        .reduce(|x, y| if y.end > x.end { y } else { x });
    // "the weekend of Halloween", "weekend of thanksgiving 2023".
    if s.is(i, "weekend") && s.is(i + 1, "of") {
        if let Some(day) = core_at(s, i + 2, ctx) {
            if let Some(value) = weeks::weekend_of_day(&day) {
                return Some(Hit::new(day.end, TimeType::Date, value, day.basis).the());
            }
        }
    }
    // "the week of March 6" (TimeBank: 2000-W10), "the week of the 18th":
    // the ISO week holding that day.
    if s.is(i, "week") && s.is(i + 1, "of") {
        if let Some((_, day)) = best_at(s, i + 2, ctx).filter(|(_, d)| d.kind == TimeType::Date) {
            if let Some(d) = weeks::iso_day(&day.value) {
                return Some(Hit::new(day.end, TimeType::Date, fmt_week(d), day.basis).the());
            }
        }
    }
    let best = weeks::day_then_weekend(s, best?);
    Some(clock_words::day_then_clock(s, best))
}
