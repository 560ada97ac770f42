//! Word-order fallbacks for cues the parse gives no usable content or
//! source: the rest of the clause, the subject nearby, and the inverted
//! "X happened, the ministry told Yle" order with its long-apposition
//! variant.

use crate::lexicon::{self, CueKind};
use crate::tree::SentenceTree;

use super::features::Context;

/// Word-order content for a verb cue the parse gave no complement (a
/// misparse such as "said he also may campaign"): the rest of the sentence
/// after the cue, or when the cue ends the sentence ("…, he said.") the
/// part before the comma that precedes the cue's subject.
pub(super) fn rest_of_clause(ctx: &Context, anchor: usize) -> Option<(usize, usize, usize)> {
    let tree = ctx.tree;
    if tree.upos(anchor) != "VERB" {
        return None;
    }
    let mut lo = anchor + 1;
    while lo < tree.end && (ctx.word(lo) == "that" || tree.upos(lo) == "PUNCT") {
        lo += 1;
    }
    if lo < tree.end {
        let (lo, hi) = tree.trim_punct(lo, tree.end - 1)?;
        let has_verb = (lo..=hi).any(|k| matches!(tree.upos(k), "VERB" | "AUX"));
        return (has_verb && has_content_word(tree, lo, hi)).then_some((lo, hi, lo));
    }
    let from = tree.start.max(anchor.saturating_sub(8));
    let comma = (from..anchor).rev().find(|&k| ctx.word(k) == ",")?;
    if comma <= tree.start {
        return None;
    }
    let (lo, hi) = tree.trim_punct(tree.start, comma - 1)?;
    has_content_word(tree, lo, hi).then_some((lo, hi, lo))
}

/// Word-order source when the model takes none: the subject of a word the
/// cue hangs on (up to three levels: "Trump went on to say"), else the
/// noun phrase right before the cue, over auxiliaries and adverbs ("Bush
/// has repeatedly promised"). Never inside the content `lo..=hi`.
/// Returns `(lo, hi, head)`.
pub(super) fn subject_nearby(
    ctx: &Context,
    anchor: usize,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize, usize)> {
    let tree = ctx.tree;
    // A passive cue's subject is what was said or asked about ("he was
    // asked", "is expected to"), not who said it.
    let passive = tree
        .children(anchor)
        .iter()
        .any(|&c| matches!(tree.deprel(c), "aux:pass" | "nsubj:pass"))
        || tree.xpos(anchor) == "VBN"
            && tree.children(anchor).iter().any(|&c| tree.lemma(c) == "be");
    if passive {
        return None;
    }
    let outside = |k: usize| !(lo..=hi).contains(&k) && k != anchor && ctx.word(k) != "it";
    let clip = |(slo, shi): (usize, usize), h: usize| -> Option<(usize, usize, usize)> {
        let (slo, shi) = if h < anchor {
            (slo, shi.min(anchor - 1))
        } else {
            (slo.max(anchor + 1), shi)
        };
        let (slo, shi) = if h < lo {
            (slo, shi.min(lo.saturating_sub(1)))
        } else if h > hi {
            (slo.max(hi + 1), shi)
        } else {
            (slo, shi)
        };
        (slo <= shi).then_some((slo, shi, h))
    };
    let mut at = anchor;
    for _ in 0..3 {
        let Some(h) = tree.head(at) else { break };
        if !matches!(
            tree.base_rel(at),
            "xcomp" | "conj" | "advcl" | "ccomp" | "parataxis" | "csubj" | "acl"
        ) {
            break;
        }
        let subject = tree
            .children(h)
            .iter()
            .copied()
            .find(|&c| c != at && tree.base_rel(c) == "nsubj" && outside(c));
        if let Some(c) = subject {
            return clip(tree.subtree_range(c, &[anchor, h]), c);
        }
        at = h;
    }
    // Word order: skip auxiliaries, adverbs and particles leftwards.
    let mut k = anchor;
    while k > tree.start && matches!(tree.upos(k - 1), "AUX" | "ADV" | "PART") {
        k -= 1;
    }
    let k = k.checked_sub(1).filter(|&k| k >= tree.start)?;
    if !matches!(tree.upos(k), "PROPN" | "NOUN" | "PRON") || !outside(k) {
        return None;
    }
    // The noun phrase: contiguous nominal words ending at `k`.
    let mut start = k;
    while start > tree.start
        && matches!(
            tree.upos(start - 1),
            "PROPN" | "NOUN" | "DET" | "ADJ" | "NUM"
        )
        && outside(start - 1)
    {
        start -= 1;
    }
    if tree.upos(k) == "PRON" && ctx.word(k) != "who" && start == k {
        return Some((k, k, k));
    }
    clip((start, k), k)
}

/// The head word of a source phrase for speaker resolution: the parse
/// sometimes heads a title-and-name chain by its first word ("EU" in "EU
/// Trade Commissioner Peter Mandelson" with `flat` children); English
/// heads it by the last noun before any preposition, comma or verb.
pub(super) fn name_head(tree: &SentenceTree, lo: usize, hi: usize, head: usize) -> usize {
    let prefix_end = (lo..=hi)
        .find(|&k| matches!(tree.upos(k), "ADP" | "PUNCT" | "VERB" | "AUX" | "CCONJ"))
        .unwrap_or(hi + 1);
    if !(lo..prefix_end).contains(&head)
        || !tree
            .children(head)
            .iter()
            .any(|&c| matches!(tree.deprel(c), "flat" | "flat:name"))
    {
        return head;
    }
    (head..prefix_end)
        .rev()
        .find(|&k| matches!(tree.upos(k), "NOUN" | "PROPN"))
        .unwrap_or(head)
}

/// Whether tokens `lo..=hi` hold a word that can carry content.
pub(super) fn has_content_word(tree: &SentenceTree, lo: usize, hi: usize) -> bool {
    (lo..=hi).any(|k| {
        matches!(
            tree.upos(k),
            "NOUN" | "PROPN" | "VERB" | "PRON" | "NUM" | "ADJ" | "AUX"
        )
    })
}

/// "The drill went well, the press service of the ministry told Yle": a
/// speech verb after a comma and a noun phrase takes the clause before the
/// comma as content and the noun phrase as source, whatever the parse says.
/// Returns `((content lo, hi), (source lo, hi))`.
pub(super) fn comma_clause_before(
    ctx: &Context,
    anchor: usize,
) -> Option<((usize, usize), (usize, usize))> {
    let tree = ctx.tree;
    if lexicon::cue_kind(&tree.lemma(anchor).to_lowercase()) != Some(CueKind::Speech) {
        return None;
    }
    let from = tree.start.max(anchor.saturating_sub(12));
    let comma = (from..anchor).rev().find(|&k| ctx.word(k) == ",")?;
    if comma + 1 == anchor {
        return apposed_speaker_before(ctx, anchor);
    }
    // "…, an official who asked not to be named said": a relative clause
    // closing the noun phrase says who the source is, whatever its words.
    let relative = (comma + 1..anchor).find(|&k| matches!(tree.xpos(k), "WP" | "WDT"));
    let np = comma + 1..relative.unwrap_or(anchor);
    let np_like = !np.is_empty()
        && np.clone().all(|k| {
            matches!(
                tree.upos(k),
                "DET" | "ADJ" | "NOUN" | "PROPN" | "ADP" | "PRON" | "NUM" | "CCONJ"
            ) || matches!(ctx.word(k), "," | "-")
        })
        && (np
            .clone()
            .any(|k| matches!(tree.upos(k), "NOUN" | "PROPN" | "PRON"))
            // "an official who …": the word before a relative pronoun is
            // the head noun, even when tagged as an adjective.
            || relative.is_some() && tree.upos(np.end - 1) == "ADJ");
    if !np_like || comma <= tree.start {
        return None;
    }
    let (clo, chi) = tree.trim_punct(tree.start, comma - 1)?;
    has_content_word(tree, clo, chi).then_some(((clo, chi), (comma + 1, anchor - 1)))
}

/// "X happened, Major General Valery Revenko, Assistant to the Minister -
/// Head of the Department, said": a speaker with a long apposition closed
/// by a comma before the cue. The speaker runs from the first comma of the
/// verbless stretch before the cue, and must name a person.
fn apposed_speaker_before(
    ctx: &Context,
    anchor: usize,
) -> Option<((usize, usize), (usize, usize))> {
    let tree = ctx.tree;
    let closing = anchor.checked_sub(1)?;
    let floor = tree.start.max(anchor.saturating_sub(40));
    let mut first_comma = None;
    let mut k = closing;
    while k > floor {
        k -= 1;
        match (ctx.word(k), tree.upos(k)) {
            (",", _) => first_comma = Some(k),
            (_, "VERB" | "AUX" | "PRON" | "SCONJ") => break,
            _ => {}
        }
    }
    let comma = first_comma?;
    let (slo, shi) = (comma + 1, closing.checked_sub(1)?);
    let person = (slo..=shi).any(|t| ctx.entity.get(t - tree.start) == Some(&"PER"));
    if slo > shi || !person || comma <= tree.start {
        return None;
    }
    let (clo, chi) = tree.trim_punct(tree.start, comma - 1)?;
    has_content_word(tree, clo, chi).then_some(((clo, chi), (slo, shi)))
}
