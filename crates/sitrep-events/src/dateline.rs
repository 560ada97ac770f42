//! Wire datelines ("MINSK, 27 November (BelTA) -"): they give the filing
//! place, date and agency of a report, never the facts of its events.

use sitrep_core::dateline::dateline_dash;

use crate::view::SentenceView;

/// Where a wire dateline ("MINSK, 27 November (BelTA) -") ends in the
/// sentence (the byte offset of its dash), as `sitrep_core::dateline`
/// recognises one.
pub(crate) fn dateline_end(view: &SentenceView) -> Option<usize> {
    let words: Vec<&str> = view.tokens().take(16).map(|t| view.form(t)).collect();
    let dash = dateline_dash(&words)?;
    view.tokens().nth(dash).map(|t| view.tok(t).span.start)
}
