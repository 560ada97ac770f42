//! Approximation qualifiers around a number.
//!
//! Conventions (documented in `gold/quantities/README.md`): "nearly" and
//! "almost" are `less_than`, as TimeML's `mod="LESS_THAN"` reads them (the
//! amount was not reached); "about", "around", "some", "roughly",
//! "approximately", "an estimated" are `about`; "up to", "as many as", "no
//! more than" are `at_most`; "over", "more than", "above" are `more_than`.

use sitrep_core::Approx;

use crate::lex::Scan;

const BEFORE: &[(&[&str], Approx)] = &[
    (&["no", "more", "than"], Approx::AtMost),
    (&["not", "more", "than"], Approx::AtMost),
    (&["no", "fewer", "than"], Approx::AtLeast),
    (&["no", "less", "than"], Approx::AtLeast),
    (&["not", "less", "than"], Approx::AtLeast),
    (&["a", "minimum", "of"], Approx::AtLeast),
    (&["a", "maximum", "of"], Approx::AtMost),
    (&["as", "many", "as"], Approx::AtMost),
    (&["as", "much", "as"], Approx::AtMost),
    (&["in", "excess", "of"], Approx::MoreThan),
    (&["upwards", "of"], Approx::MoreThan),
    (&["more", "than"], Approx::MoreThan),
    (&["greater", "than"], Approx::MoreThan),
    (&["less", "than"], Approx::LessThan),
    (&["fewer", "than"], Approx::LessThan),
    (&["at", "least"], Approx::AtLeast),
    (&["at", "most"], Approx::AtMost),
    (&["up", "to"], Approx::AtMost),
    (&["close", "to"], Approx::About),
    (&["an", "estimated"], Approx::About),
    (&["just", "over"], Approx::MoreThan),
    (&["well", "over"], Approx::MoreThan),
    (&["just", "under"], Approx::LessThan),
    (&["over"], Approx::MoreThan),
    (&["above"], Approx::MoreThan),
    (&["exceeding"], Approx::MoreThan),
    (&["under"], Approx::LessThan),
    (&["below"], Approx::LessThan),
    (&["nearly"], Approx::LessThan),
    (&["almost"], Approx::LessThan),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["some"], Approx::About),
    (&["approximately"], Approx::About),
    (&["approx"], Approx::About),
    (&["roughly"], Approx::About),
    (&["estimated"], Approx::About),
    (&["circa"], Approx::About),
    (&["near"], Approx::About),
    (&["between"], Approx::Range),
    (&["from"], Approx::Range),
];

/// The qualifier ending just before token `i`, the token it starts at, and
/// whether it is a range opener ("between", "from") that only counts when a
/// range follows.
pub(super) fn before(s: &Scan, i: usize) -> (Approx, Option<usize>, bool) {
    for (words, approx) in BEFORE {
        let n = words.len();
        if i < n {
            continue;
        }
        let start = i - n;
        if words.iter().enumerate().all(|(k, w)| s.is(start + k, w)) {
            // "from" and "between" only count when a range follows; the caller decides.
            return match approx {
                Approx::Range => (Approx::Exact, Some(start), true),
                a => (*a, Some(start), false),
            };
        }
    }
    (Approx::Exact, None, false)
}

/// A qualifier after the number ("or more", "-plus", "or so"): the approximation
/// and the first token after it.
pub(super) fn after(s: &Scan, end: usize) -> (Option<Approx>, usize) {
    match (s.w(end), s.w(end + 1)) {
        ("or", "more") => (Some(Approx::AtLeast), end + 2),
        ("or", "so") => (Some(Approx::About), end + 2),
        ("or", "fewer" | "less") => (Some(Approx::AtMost), end + 2),
        ("-", "plus") if s.glued(end) => (Some(Approx::MoreThan), end + 2),
        ("+", _) if s.glued(end) => (Some(Approx::MoreThan), end + 1),
        ("plus", _) => (Some(Approx::MoreThan), end + 1),
        _ => (None, end),
    }
}
