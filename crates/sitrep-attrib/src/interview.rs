//! Interviews and press conferences written up as questions and answers:
//!
//! ```text
//! Interfax: How many servicemen are now in Belarus?
//!
//! — I will not name figures. …
//! ```
//!
//! A question paragraph opens with its asker ("Interfax:", "Dmitry
//! Korzun, Sputnik Belarus:") and ends with a question mark; an answer is
//! a paragraph opening with a dash and no attribution of its own. Both are
//! direct quotations. An answer is the words of whoever the lead-in before
//! it names ("Lavrinovich replied:"), else of the one who answered last,
//! else of the person the write-up mentions most: the interviewee.

use sitrep_core::{Doc, EntityLabel, Span};

use crate::find::Found;
use crate::lexicon::CueKind;
use crate::quotes::QuoteRegion;

/// At most this many tokens name a question's asker.
const MAX_ASKER_TOKENS: usize = 8;

/// A question paragraph opening with the sentence `si` (tokens
/// `start..end`): the asker before the colon (a person, or an outlet when
/// no person is named) and the question after it.
pub(crate) fn question(
    doc: &Doc,
    si: usize,
    (start, end): (usize, usize),
    found: &[Found],
) -> Option<Found> {
    let tokens = doc.layers.tokens.get(start..end)?;
    let first = tokens.first()?.span.start;
    if si == 0 || !opens_paragraph(&doc.text, first) {
        return None;
    }
    let paragraph_end = doc.text[first..]
        .find('\n')
        .map_or(doc.text.len(), |at| first + at);
    if !doc.text[first..paragraph_end].trim_end().ends_with('?') {
        return None;
    }
    let word = |k: usize| doc.slice(tokens[k].span);
    let colon = (1..tokens.len().min(MAX_ASKER_TOKENS + 1)).find(|&k| word(k) == ":")?;
    let capitalised =
        (0..colon).all(|k| word(k) == "," || word(k).starts_with(|c: char| c.is_uppercase()));
    let content = Span::new(
        tokens
            .get(colon + 1)
            .map_or(paragraph_end, |t| t.span.start),
        paragraph_end,
    );
    // A transcript line ("MATTHEWS: …?") already took the colon, or
    // another direct quotation the question.
    let taken = found
        .iter()
        .any(|f| f.cue == Some(tokens[colon].span) || f.direct && f.content.overlaps(content));
    if !capitalised || taken {
        return None;
    }
    let label = Span::new(first, tokens[colon - 1].span.end);
    let in_label = |kind: EntityLabel| {
        doc.layers
            .entities
            .iter()
            .find(|e| e.label == kind && label.contains(e.span))
    };
    let asker = in_label(EntityLabel::Per).or_else(|| in_label(EntityLabel::Org))?;
    let head = (0..colon).rfind(|&k| asker.span.contains(tokens[k].span))?;
    Some(Found {
        sentence: si,
        cue_token: None,
        cue: None,
        source_head: Some(start + head),
        source: Some(asker.span),
        content,
        direct: true,
        kind: CueKind::Speech,
        outlet_token: None,
        continues: None,
    })
}

/// Dash paragraphs no attribution claimed, in a write-up that has
/// questions or lead-ins ending with a colon, become the interviewee's
/// answers. Runs after the other linkers, which leave a dash paragraph
/// after a question unclaimed (`link::link_regions`, through [`answers`]).
pub(crate) fn link_answers(doc: &Doc, regions: &[QuoteRegion], found: &mut Vec<Found>) {
    let open: Vec<&QuoteRegion> = regions
        .iter()
        .filter(|r| is_dash_paragraph(&doc.text, r) && !r.closed)
        .filter(|r| !found.iter().any(|f| f.content.overlaps(r.span)))
        .collect();
    let is_interview = open.iter().any(|r| {
        let (_, before) = paragraph_before(&doc.text, r.span.start);
        before.ends_with('?') || before.ends_with(':')
    });
    if !is_interview {
        return;
    }
    // The askers of questions are not the one who answers.
    let askers: Vec<Span> = found
        .iter()
        .filter(|f| is_question(doc, f))
        .filter_map(|f| f.source)
        .collect();
    let interviewee = most_mentioned_person(doc, &askers);
    let mut last_answer: Option<usize> = None;
    for r in open {
        let Some(sentence) = doc.sentence_of(r.inner.start) else {
            continue;
        };
        // "Asked whether …, Lavrinovich replied:" names the speaker.
        let (lead_in_start, before) = paragraph_before(&doc.text, r.span.start);
        let introduced = before
            .ends_with(':')
            .then(|| {
                found.iter().position(|f| {
                    f.source.is_some()
                        && f.cue
                            .is_some_and(|c| c.start >= lead_in_start && c.end <= r.span.start)
                })
            })
            .flatten();
        let (source_head, source, continues) = match introduced.or(last_answer) {
            Some(k) => (
                found[k].source_head,
                found[k].source,
                Some(found[k].continues.unwrap_or(k)),
            ),
            None => match interviewee {
                Some((head, span)) => (Some(head), Some(span), None),
                None => continue,
            },
        };
        found.push(Found {
            sentence,
            cue_token: None,
            cue: None,
            source_head,
            source,
            content: r.inner,
            direct: true,
            kind: CueKind::Speech,
            outlet_token: None,
            continues,
        });
        last_answer = Some(found.len() - 1);
    }
}

/// Whether `at` starts a line (after optional indentation).
fn opens_paragraph(text: &str, at: usize) -> bool {
    text[..at]
        .rsplit('\n')
        .next()
        .is_some_and(|line| line.trim().is_empty())
}

/// Whether the dash paragraph `region` answers the quotation `earlier`,
/// a question, rather than continuing it.
pub(crate) fn answers(doc: &Doc, region: &QuoteRegion, earlier: &Found) -> bool {
    is_question(doc, earlier) && is_dash_paragraph(&doc.text, region)
}

/// A quotation whose paragraph ends with a question mark (its content may
/// stop before the mark).
fn is_question(doc: &Doc, f: &Found) -> bool {
    let rest = &doc.text[f.content.end..];
    let line_end = rest
        .find('\n')
        .map_or(doc.text.len(), |at| f.content.end + at);
    doc.text[f.content.start..line_end]
        .trim_end()
        .ends_with('?')
}

/// A region opening a paragraph with an em or en dash.
fn is_dash_paragraph(text: &str, r: &QuoteRegion) -> bool {
    opens_paragraph(text, r.span.start)
        && text[r.span.start..].starts_with(['\u{2014}', '\u{2013}'])
}

/// The last non-empty line before `at`, trimmed, and where it starts.
fn paragraph_before(text: &str, at: usize) -> (usize, &str) {
    let before = text[..at].trim_end();
    let line_start = before.rfind('\n').map_or(0, |nl| nl + 1);
    let line = &before[line_start..];
    let indent = line.len() - line.trim_start().len();
    (line_start + indent, line.trim_start())
}

/// The first mention (token and span) of the person the document names
/// most often, other than the askers; ties go to the one named first.
fn most_mentioned_person(doc: &Doc, askers: &[Span]) -> Option<(usize, Span)> {
    let asked: Vec<&str> = doc
        .layers
        .entities
        .iter()
        .filter(|e| askers.iter().any(|a| a.contains(e.span)))
        .map(|e| e.canonical.as_str())
        .collect();
    let people: Vec<_> = doc
        .layers
        .entities
        .iter()
        .filter(|e| e.label == EntityLabel::Per && !asked.contains(&e.canonical.as_str()))
        .collect();
    let count = |name: &str| people.iter().filter(|e| e.canonical == name).count();
    let best = people
        .iter()
        .enumerate()
        .max_by_key(|(at, e)| (count(&e.canonical), std::cmp::Reverse(*at)))?
        .1;
    let head = doc
        .layers
        .tokens
        .iter()
        .rposition(|t| best.span.contains(t.span))?;
    Some((head, best.span))
}
