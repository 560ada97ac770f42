//! Wire datelines ("MINSK, 27 November (BelTA) -"): they give the filing
//! place, date and agency of a report, never the facts of its events.

use crate::view::SentenceView;

/// Where a wire dateline ("MINSK, 27 November (BelTA) -") ends in the
/// sentence: an upper-case place name, a comma, and a dash within the first
/// tokens.
pub(crate) fn dateline_end(view: &SentenceView) -> Option<usize> {
    let first = view.tokens().next()?;
    let place = view.form(first);
    let upper_place =
        place.chars().count() >= 3 && place.chars().all(|ch| ch.is_uppercase() || ch == '-');
    // "MINSK, 27 November -" or a bare "MINSK -".
    let second = view.tokens().nth(1).map(|t| view.form(t));
    if !upper_place || !matches!(second, Some("," | "-" | "–" | "—" | "--")) {
        return None;
    }
    view.tokens()
        .take(12)
        .find(|t| matches!(view.form(*t), "-" | "–" | "—" | "--"))
        .map(|t| view.tok(t).span.start)
}
