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
use crate::tree::SentenceTree;

/// At most this many tokens name a question's asker.
const MAX_ASKER_TOKENS: usize = 8;

/// Question paragraphs, then the answers to them. Runs after the other
/// linkers, so that no attribution takes a question for a quotation the
/// next paragraph continues.
pub(crate) fn questions_and_answers(doc: &Doc, regions: &[QuoteRegion], found: &mut Vec<Found>) {
    for (si, s) in doc.layers.sentences.iter().enumerate() {
        let tree = SentenceTree::new(doc, s.tokens.0 as usize, s.tokens.1 as usize);
        question(doc, &tree, si, found);
    }
    answers(doc, regions, found);
}

/// A question paragraph opening at the sentence `tree`: the asker before
/// the colon (a person, or an outlet when no person is named) and the
/// question after it.
fn question(doc: &Doc, tree: &SentenceTree, sentence: usize, out: &mut Vec<Found>) {
    let start = tree.start;
    let first = tree.tokens[start].span.start;
    if sentence == 0 || !opens_paragraph(&doc.text, first) {
        return;
    }
    let paragraph_end = doc.text[first..]
        .find('\n')
        .map_or(doc.text.len(), |at| first + at);
    if !doc.text[first..paragraph_end].trim_end().ends_with('?') {
        return;
    }
    let word = |k: usize| {
        tree.text
            .get(tree.tokens[k].span.start..tree.tokens[k].span.end)
    };
    let last = tree.end.min(start + MAX_ASKER_TOKENS + 1);
    let Some(colon) = (start + 1..last).find(|&k| word(k) == Some(":")) else {
        return;
    };
    let capitalised = (start..colon)
        .all(|k| word(k).is_some_and(|w| w == "," || w.starts_with(|c: char| c.is_uppercase())));
    if !capitalised
        || out
            .iter()
            .any(|f| f.content.overlaps(tree.tokens[colon].span))
    {
        return;
    }
    let label = Span::new(first, tree.tokens[colon - 1].span.end);
    let in_label = |label_kind: EntityLabel| {
        doc.layers
            .entities
            .iter()
            .find(|e| e.label == label_kind && label.contains(e.span))
    };
    let Some(asker) = in_label(EntityLabel::Per).or_else(|| in_label(EntityLabel::Org)) else {
        return;
    };
    let Some(head) = (start..colon).rfind(|&k| asker.span.contains(tree.tokens[k].span)) else {
        return;
    };
    let content = Span::new(
        tree.tokens[colon + 1..tree.end]
            .first()
            .map_or(paragraph_end, |t| t.span.start),
        paragraph_end,
    );
    out.push(Found {
        sentence,
        cue_token: None,
        cue: None,
        source_head: Some(head),
        source: Some(asker.span),
        content,
        direct: true,
        kind: CueKind::Speech,
        outlet_token: None,
        continues: None,
    });
}

/// Dash paragraphs no attribution claimed, in a write-up that has
/// questions or lead-ins ending with a colon, become the interviewee's
/// answers.
fn answers(doc: &Doc, regions: &[QuoteRegion], found: &mut Vec<Found>) {
    let open: Vec<&QuoteRegion> = regions
        .iter()
        .filter(|r| is_dash_paragraph(&doc.text, r) && !r.closed)
        .filter(|r| !found.iter().any(|f| f.content.overlaps(r.span)))
        .collect();
    let is_interview = open.iter().any(|r| {
        let before = paragraph_before(&doc.text, r.span.start);
        before.ends_with('?') || before.ends_with(':')
    });
    if !is_interview {
        return;
    }
    let interviewee = most_mentioned_person(doc);
    let mut last_answer: Option<usize> = None;
    for r in open {
        let Some(sentence) = doc.sentence_of(r.inner.start) else {
            continue;
        };
        let before = paragraph_before(&doc.text, r.span.start);
        let lead_in_start = r.span.start.saturating_sub(before.len() + 2);
        // "Asked whether …, Lavrinovich replied:" names the speaker.
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

/// A region opening a paragraph with an em or en dash.
fn is_dash_paragraph(text: &str, r: &QuoteRegion) -> bool {
    opens_paragraph(text, r.span.start)
        && text[r.span.start..].starts_with(['\u{2014}', '\u{2013}'])
}

/// The last non-empty line before `at`, trimmed.
fn paragraph_before(text: &str, at: usize) -> &str {
    text[..at]
        .trim_end()
        .rsplit('\n')
        .next()
        .unwrap_or("")
        .trim()
}

/// The first mention (token and span) of the person the document names
/// most often; ties go to the one named first.
fn most_mentioned_person(doc: &Doc) -> Option<(usize, Span)> {
    let people: Vec<_> = doc
        .layers
        .entities
        .iter()
        .filter(|e| e.label == EntityLabel::Per)
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
