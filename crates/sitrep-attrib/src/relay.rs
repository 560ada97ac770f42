//! The speaker read from the cue's own grammar where the learned source
//! can miss it in wire copy:
//!
//! - "…, BelTA learned from the press service of the Defence Ministry":
//!   the press service spoke, BelTA relayed (source and outlet);
//! - "As the press service reported, the sides discussed …": the subject
//!   of the "as" clause, not of the clause it comments on, however the
//!   parser attached it.

use sitrep_core::{Doc, EntityLabel};

use crate::find::Found;
use crate::tree::SentenceTree;

/// Corrects the sources of the attributions `found[first..]` of one sentence.
pub(crate) fn speaker_by_cue(doc: &Doc, tree: &SentenceTree, found: &mut [Found], first: usize) {
    let opening = as_reported(tree);
    for f in found[first..].iter_mut() {
        let Some(cue) = f.cue_token.filter(|&c| tree.contains(c)) else {
            continue;
        };
        // "As the press service reported, the sides discussed …" parsed
        // with the reporter as an oblique of the whole sentence.
        if let Some((reporter, _, _)) = opening.filter(|&(_, _, comma)| cue > comma) {
            set_source(tree, f, reporter);
            continue;
        }
        let lemma = tree.lemma(cue).to_lowercase();
        if matches!(lemma.as_str(), "learn" | "hear") {
            // Whoever learned it, the "from" phrase told it; an agency
            // that learned it relayed it.
            if let Some(from) = from_phrase(tree, cue) {
                f.outlet_token = tree
                    .children_with(cue, &["nsubj"])
                    .into_iter()
                    .find(|&s| is_outlet(doc, tree, s));
                set_source(tree, f, from);
            }
            continue;
        }
        let as_clause = tree
            .children_with(cue, &["mark"])
            .into_iter()
            .any(|m| tree.lemma(m).eq_ignore_ascii_case("as"));
        if as_clause {
            if let Some(subject) = tree.children_with(cue, &["nsubj"]).into_iter().next() {
                if f.source_head != Some(subject) {
                    set_source(tree, f, subject);
                }
            }
        }
    }
}

/// "As the press service reported, the delegations examined …" where the
/// model found no attribution: the opening's verb is the cue, its subject
/// the source and the clause after the comma the content.
pub(crate) fn as_reported_opening(
    tree: &SentenceTree,
    sentence: usize,
    found: &mut Vec<Found>,
    first: usize,
) {
    let Some((reporter, verb, comma)) = as_reported(tree) else {
        return;
    };
    if found[first..]
        .iter()
        .any(|f| f.cue_token.is_some_and(|c| c > comma))
    {
        return;
    }
    let Some(kind) = crate::lexicon::cue_kind(&tree.lemma(verb).to_lowercase()) else {
        return;
    };
    let Some((lo, hi)) = tree.trim_punct(comma + 1, tree.end - 1) else {
        return;
    };
    let Some(content) = tree.span_of(lo, hi) else {
        return;
    };
    let mut f = Found {
        sentence,
        cue_token: Some(verb),
        cue: Some(tree.tokens[verb].span),
        source_head: None,
        source: None,
        content,
        direct: false,
        kind,
        outlet_token: None,
        continues: None,
    };
    set_source(tree, &mut f, reporter);
    found.push(f);
}

/// A sentence opening "As NP reported," (or said, noted …): the head of
/// the NP, the verb and the comma after it.
fn as_reported(tree: &SentenceTree) -> Option<(usize, usize, usize)> {
    let first = tree.start;
    if !tree.lemma(first).eq_ignore_ascii_case("as") {
        return None;
    }
    let comma = (first + 1..tree.end).find(|&t| tree.lemma(t) == ",")?;
    let verb = (first + 2..comma).rev().take(3).find(|&t| {
        tree.xpos(t).starts_with("VB")
            && crate::lexicon::cue_kind(&tree.lemma(t).to_lowercase()).is_some()
    })?;
    let inside = |t: usize| (first + 1..verb).contains(&t);
    let head = (first + 1..verb).find(|&t| !tree.head(t).is_some_and(inside))?;
    matches!(tree.upos(head), "NOUN" | "PROPN" | "PRON").then_some((head, verb, comma))
}

/// The head of the cue's "from" phrase ("learned from the press service").
fn from_phrase(tree: &SentenceTree, cue: usize) -> Option<usize> {
    tree.children_with(cue, &["obl"]).into_iter().find(|&o| {
        tree.children_with(o, &["case"])
            .into_iter()
            .any(|c| tree.lemma(c).eq_ignore_ascii_case("from"))
    })
}

/// A news agency or outlet as `find::outlet_of` knows them, or a one-word
/// "person" (the recognizer may take an unknown agency for one).
fn is_outlet(doc: &Doc, tree: &SentenceTree, t: usize) -> bool {
    let span = tree.tokens[t].span;
    crate::find::names_outlet(doc, span) == Some(true)
        || doc.layers.entities.iter().any(|e| {
            e.span.overlaps(span) && e.label == EntityLabel::Per && !doc.slice(e.span).contains(' ')
        })
}

fn set_source(tree: &SentenceTree, f: &mut Found, head: usize) {
    // The phrase without its preposition: "the press service of the
    // Belarusian Defence Ministry".
    let case: Vec<usize> = tree.children_with(head, &["case"]);
    let (lo, hi) = tree.subtree_range(head, &case);
    if let Some(span) = tree.span_of(lo, hi) {
        f.source_head = Some(head);
        f.source = Some(span);
    }
}
