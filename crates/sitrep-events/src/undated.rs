//! Dates of undated documents. The time layer resolves "last week" or "in
//! March" against the publication date; where a document has none (web
//! pages and archives without metadata) it resolves nothing, yet the text
//! still says which week or month the event fell in. The gold writes such
//! dates with unknown positions ("XXXX-WXX", "XXXX-03"), and so does this.

use sitrep_core::Span;

use crate::detect::Candidate;
use crate::view::SentenceView;

/// The TIMEX3 value and span of a bare week or month phrase hung on the
/// event's verb or noun ("held talks last week", "signed in August",
/// "will take place this weekend"), where no time expression covers it.
pub(crate) fn week_or_month(view: &SentenceView, c: &Candidate) -> Option<(String, Span)> {
    view.tokens().find_map(|t| {
        let value = value_of(view, t)?;
        if covered_by_time(view, t) || !hangs_on(view, t, c) {
            return None;
        }
        Some((value, view.span_of(&phrase(view, t))))
    })
}

fn value_of(view: &SentenceView, t: usize) -> Option<String> {
    let lemma = view.lemma(t);
    if let Some(month) = month_number(lemma) {
        // "in March", "during April"; not "until March" or "since August".
        let case = view.case_of(t)?;
        return matches!(case.as_str(), "in" | "during" | "on" | "at")
            .then(|| format!("XXXX-{month:02}"));
    }
    // "this week", "last week", "next week", "later this week".
    let deictic = view
        .kids(t)
        .iter()
        .any(|&k| matches!(view.lemma(k), "this" | "last" | "next" | "past" | "coming"));
    match lemma {
        "week" if deictic => Some("XXXX-WXX".to_string()),
        "weekend" if deictic => Some("XXXX-WXX-WE".to_string()),
        _ => None,
    }
}

fn month_number(lemma: &str) -> Option<u32> {
    let months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    months
        .iter()
        .position(|m| *m == lemma)
        .and_then(|p| u32::try_from(p + 1).ok())
}

fn covered_by_time(view: &SentenceView, t: usize) -> bool {
    let span = view.tok(t).span;
    view.doc.layers.times.iter().any(|x| x.span.overlaps(span))
}

/// Whether the phrase at `t` is a dependent of the event's verb or noun,
/// directly or through its own noun phrase, not through another clause.
fn hangs_on(view: &SentenceView, t: usize, c: &Candidate) -> bool {
    let Some(head) = view.head(t) else {
        return false;
    };
    let on_event = |h: usize| h == c.anchor || h == c.trigger || c.nouns.contains(&h);
    // One noun phrase between ("a meeting in Washington during April"),
    // unless that phrase is itself a period ("since its approach in
    // December" dates the approach).
    let between_is_period = view.case_of(head).is_some_and(|case| {
        matches!(
            case.as_str(),
            "since" | "until" | "till" | "from" | "before" | "after" | "for" | "of"
        )
    });
    on_event(head)
        || (view.rel(t) == "nmod" && !between_is_period && view.head(head).is_some_and(on_event))
}

/// The time phrase's own words (determiners and modifiers), for its span.
fn phrase(view: &SentenceView, t: usize) -> Vec<usize> {
    let mut tokens: Vec<usize> = view
        .kids(t)
        .iter()
        .copied()
        .filter(|k| matches!(view.rel(*k), "det" | "amod" | "advmod" | "compound"))
        .collect();
    tokens.push(t);
    tokens
}
