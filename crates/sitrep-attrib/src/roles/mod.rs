//! Learned attribution finding: a cue classifier over tokens, then content
//! and source chosen among the cue's syntactic neighbours (see
//! [`features`] for the three decisions). Trained on PolNeAR train with
//! `examples/train_attrib.rs`; the model is embedded in the binary.
//!
//! Word lists alone find speech ("said", "told"); PolNeAR-style
//! attribution also covers stance and cognition ("criticized", "wants",
//! "endorsed"), nouns ("his claim that") and headline colons, whose cues
//! depend on context — a perceptron over lemma, relations and neighbours
//! separates "he called for a ban" from "he called the office".

pub(crate) mod features;
pub mod train;

use std::collections::HashSet;
use std::sync::OnceLock;

use sitrep_core::{Doc, EntityLabel, Span};
use sitrep_model::{decode_strings, ModelFile, Weights};

use crate::find::{self, Found};
use crate::lexicon::{self, CueKind};
use crate::quotes::QuoteRegion;
use crate::tree::SentenceTree;
use features::{Candidate, Context, Link};

/// The model kind written in the model file header.
pub const MODEL_KIND: &str = "attrib-roles";
/// Version of the feature set; bump when `features` changes.
pub const MODEL_VERSION: u32 = 1;

static EMBEDDED_MODEL: &[u8] = include_bytes!("../../../../models/attrib-cue.bin");

/// Minimum cue score margin (class "cue" over "not a cue"). Below zero:
/// on held-out PolNeAR train, -10 trades 5 points of cue precision for
/// 6 of recall (content overlap F1 0.769 -> 0.788).
const CUE_MARGIN: f32 = -10.0;

/// The three trained decisions.
pub(crate) struct RoleModel {
    /// Lemmas that headed cues in training; other words are never cues.
    cue_lemmas: HashSet<String>,
    cue: Weights,
    content: Weights,
    source: Weights,
}

impl RoleModel {
    /// Reads a model written by [`train::RoleTrainer::finish`].
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<RoleModel> {
        let outer = ModelFile::from_bytes_of_kind(bytes, MODEL_KIND).ok()?;
        if outer.version != MODEL_VERSION {
            return None;
        }
        let inner = |name: &str| {
            ModelFile::from_bytes(outer.extra(name)?)
                .ok()
                .map(|m| m.weights)
        };
        let cue_lemmas = decode_strings(outer.extra("lemmas")?)
            .ok()?
            .into_iter()
            .collect();
        Some(RoleModel {
            cue_lemmas,
            content: inner("content")?,
            source: inner("source")?,
            cue: outer.weights,
        })
    }

    /// The embedded model; `None` when the binary was built without one.
    pub(crate) fn embedded() -> Option<&'static RoleModel> {
        static MODEL: OnceLock<Option<RoleModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| RoleModel::from_bytes(EMBEDDED_MODEL))
            .as_ref()
    }
}

/// Binary margin: score of class 1 minus class 0.
fn margin(weights: &Weights, feats: &[u64]) -> f32 {
    let mut scores = [0.0f32; 2];
    weights.scores(feats, &mut scores);
    scores[1] - scores[0]
}

/// The per-sentence context the features read.
pub(crate) fn context<'a>(
    doc: &Doc,
    tree: &'a SentenceTree<'a>,
    sentence: usize,
    regions: &[QuoteRegion],
) -> Context<'a> {
    let range = tree.start..tree.end;
    let in_quote = range
        .clone()
        .map(|i| {
            let span = tree.tokens[i].span;
            regions.iter().any(|r| r.inner.contains(span))
        })
        .collect();
    let entity = range
        .clone()
        .map(|i| {
            let span = tree.tokens[i].span;
            doc.layers
                .entities
                .iter()
                .find(|e| e.span.overlaps(span))
                .map_or("", |e| match e.label {
                    EntityLabel::Per => "PER",
                    EntityLabel::Org => "ORG",
                    EntityLabel::Loc => "LOC",
                    EntityLabel::Misc => "MISC",
                })
        })
        .collect();
    let lower = range
        .clone()
        .map(|i| doc.slice(tree.tokens[i].span).to_lowercase())
        .collect();
    let lemmas = range.map(|i| tree.lemma(i).to_lowercase()).collect();
    Context {
        tree,
        in_quote,
        entity,
        headline: sentence == 0,
        lower,
        lemmas,
    }
}

/// Token range of a candidate's phrase: its subtree, or for the cue's head
/// the head's subtree on the far side of the cue's own subtree.
fn phrase_range(tree: &SentenceTree, anchor: usize, cand: Candidate) -> Option<(usize, usize)> {
    match cand.link {
        Link::Child | Link::Sibling => Some(tree.subtree_range(cand.token, &[anchor])),
        Link::Head => {
            let (lo, hi) = tree.subtree_range(cand.token, &[anchor]);
            let (alo, ahi) = tree.subtree_range(anchor, &[]);
            if cand.token < alo {
                (alo > lo).then(|| (lo, (alo - 1).min(hi)))
            } else if cand.token > ahi {
                (hi > ahi).then(|| ((ahi + 1).max(lo), hi))
            } else {
                None
            }
        }
    }
}

/// Attributions found by the model in one sentence; cue heads already in
/// `taken` are skipped.
pub(crate) fn find(
    doc: &Doc,
    model: &RoleModel,
    ctx: &Context,
    sentence: usize,
    taken: &[usize],
    out: &mut Vec<Found>,
) {
    let tree = ctx.tree;
    let mut feats = Vec::with_capacity(64);
    for anchor in tree.start..tree.end {
        if taken.contains(&anchor)
            || !features::cue_candidate(ctx, anchor)
            || !model.cue_lemmas.contains(ctx.lemma(anchor))
        {
            continue;
        }
        if lexicon::is_action_verb(ctx.lemma(anchor))
            && tree.children_with(anchor, &["ccomp"]).is_empty()
        {
            continue;
        }
        features::cue_features(ctx, anchor, &mut feats);
        if margin(&model.cue, &feats) <= CUE_MARGIN {
            continue;
        }
        if let Some(f) = roles_of(doc, model, ctx, sentence, anchor, &mut feats) {
            out.push(f);
        }
    }
}

/// Content and source of the cue headed by `anchor`.
fn roles_of(
    doc: &Doc,
    model: &RoleModel,
    ctx: &Context,
    sentence: usize,
    anchor: usize,
    feats: &mut Vec<u64>,
) -> Option<Found> {
    let tree = ctx.tree;
    let lemma = ctx.lemma(anchor).to_string();
    let kind = lexicon::cue_kind(&lemma).unwrap_or(CueKind::Cognition);
    let candidates = features::content_candidates(tree, anchor);
    // (score, lo, hi, root) of every candidate the model takes as content.
    let mut picked: Vec<(f32, usize, usize, usize)> = Vec::new();
    for &cand in &candidates {
        features::role_features(ctx, anchor, cand, &candidates, feats);
        let score = margin(&model.content, feats);
        if score > 0.0 {
            if let Some((lo, hi)) = phrase_range(tree, anchor, cand) {
                picked.push((score, lo, hi, cand.token));
            }
        }
    }
    let content = if picked.is_empty() {
        None
    } else {
        // One side of the cue only: the side of the best candidate.
        let best = picked.iter().copied().max_by(|a, b| a.0.total_cmp(&b.0))?;
        let after = best.3 > anchor;
        let side: Vec<_> = picked.iter().filter(|p| (p.3 > anchor) == after).collect();
        let lo = side.iter().map(|p| p.1).min()?;
        let hi = side.iter().map(|p| p.2).max()?;
        let (lo, hi) = if lo <= anchor && anchor <= hi {
            if after {
                (anchor + 1, hi)
            } else {
                (lo, anchor.checked_sub(1)?)
            }
        } else {
            (lo, hi)
        };
        Some((lo, hi, best.3))
    };
    // A content with no content word is a misparse ("the"); word order
    // then decides: "X happened, the ministry told Yle" before the rules.
    let content = content.filter(|&(lo, hi, _)| has_content_word(tree, lo, hi));
    let fallback = match content {
        Some(_) => None,
        None => comma_clause_before(ctx, anchor),
    };
    let content = content
        .or(fallback.map(|(c, _)| (c.0, c.1, c.1)))
        .or_else(|| {
            find::complement(tree, anchor, &lemma, kind, &[])
                .filter(|&(lo, hi, _)| has_content_word(tree, lo, hi))
        });
    let (mut lo, hi, _) = content?;
    // A preposition opening the content belongs to the cue ("called for").
    let mut cue = find::cue_span(tree, anchor);
    if ctx.word(anchor) == "according" && anchor + 1 < tree.end && ctx.word(anchor + 1) == "to" {
        cue = cue.cover(tree.tokens[anchor + 1].span);
    }
    while lo < hi && lo > anchor && tree.deprel(lo) == "case" {
        if lo == anchor + 1 {
            cue = cue.cover(tree.tokens[lo].span);
        }
        lo += 1;
    }
    let content_span = tree.span_of(lo, hi)?;
    let source_cands = features::source_candidates(tree, anchor);
    let mut best_source: Option<(f32, usize, usize, usize)> = None;
    // Every candidate the model takes as (part of) the source.
    let mut source_parts: Vec<(usize, usize)> = Vec::new();
    for &cand in &source_cands {
        if (lo..=hi).contains(&cand.token) {
            continue;
        }
        features::role_features(ctx, anchor, cand, &source_cands, feats);
        let score = margin(&model.source, feats);
        if score <= 0.0 {
            continue;
        }
        if let Some((slo, shi)) = phrase_range(tree, anchor, cand) {
            // The source never runs into the content or over the cue.
            let (slo, shi) = if cand.token < lo {
                (slo, shi.min(lo.saturating_sub(1)))
            } else {
                (slo.max(hi + 1), shi)
            };
            let (slo, shi) = if slo <= anchor && anchor <= shi {
                if cand.token < anchor {
                    (slo, anchor.saturating_sub(1))
                } else {
                    (anchor + 1, shi)
                }
            } else {
                (slo, shi)
            };
            // A name the parse cut short ("Russian | Defense Minister
            // Andrei Belousov stated"): run on over the proper nouns up to the cue.
            let mut shi = shi;
            while shi + 1 < anchor
                && shi + 1 < lo.max(anchor)
                && matches!(tree.upos(shi + 1), "PROPN")
                && slo <= shi
            {
                shi += 1;
            }
            if slo <= shi {
                source_parts.push((slo, shi));
            }
            if slo <= shi && best_source.is_none_or(|b| b.0 < score) {
                best_source = Some((score, slo, shi, cand.token));
            }
        }
    }
    // Parts of one noun phrase split by the parse ("Russian" amod +
    // "Andrei Belousov" nsubj) join when they touch.
    if let Some(best) = best_source.as_mut() {
        let mut grown = true;
        while grown {
            grown = false;
            for &(plo, phi) in &source_parts {
                if phi + 1 == best.1 || plo == best.2 + 1 {
                    best.1 = best.1.min(plo);
                    best.2 = best.2.max(phi);
                    grown = true;
                }
            }
        }
    }
    if let Some((_, (slo, shi))) = fallback {
        // The head noun: the last noun before any preposition ("the press
        // service of the ministry" -> "service").
        let head = (slo..=shi)
            .take_while(|&k| tree.upos(k) != "ADP")
            .filter(|&k| matches!(tree.upos(k), "NOUN" | "PROPN" | "PRON"))
            .last();
        best_source = head.map(|h| (f32::MAX, slo, shi, h));
    }
    let (source_head, source) = match best_source {
        Some((_, slo, shi, head)) => (Some(head), tree.span_of(slo, shi)),
        None => (None, None),
    };
    let source_head = source.and(source_head);
    let outlet_token = find::outlet_of(doc, tree, anchor);
    Some(Found {
        sentence,
        cue_token: Some(anchor),
        cue: Some(cue),
        source_head,
        source,
        content: content_span,
        direct: false,
        kind,
        outlet_token,
        continues: None,
    })
}

/// Whether tokens `lo..=hi` hold a word that can carry content.
fn has_content_word(tree: &SentenceTree, lo: usize, hi: usize) -> bool {
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
fn comma_clause_before(ctx: &Context, anchor: usize) -> Option<((usize, usize), (usize, usize))> {
    let tree = ctx.tree;
    if lexicon::cue_kind(&tree.lemma(anchor).to_lowercase()) != Some(CueKind::Speech) {
        return None;
    }
    let from = tree.start.max(anchor.saturating_sub(12));
    let comma = (from..anchor).rev().find(|&k| ctx.word(k) == ",")?;
    let np = comma + 1..anchor;
    let np_like = !np.is_empty()
        && np.clone().all(|k| {
            matches!(
                tree.upos(k),
                "DET" | "ADJ" | "NOUN" | "PROPN" | "ADP" | "PRON" | "NUM" | "CCONJ"
            ) || ctx.word(k) == ","
        })
        && np
            .clone()
            .any(|k| matches!(tree.upos(k), "NOUN" | "PROPN" | "PRON"));
    if !np_like || comma <= tree.start {
        return None;
    }
    let (clo, chi) = tree.trim_punct(tree.start, comma - 1)?;
    has_content_word(tree, clo, chi).then_some(((clo, chi), (comma + 1, anchor - 1)))
}

/// Token indices of the document covered by any of `spans`.
pub(crate) fn tokens_in(doc: &Doc, spans: &[Span]) -> Vec<usize> {
    let tokens = &doc.layers.tokens;
    let mut out = Vec::new();
    for s in spans {
        let first = tokens.partition_point(|t| t.span.end <= s.start);
        out.extend((first..tokens.len()).take_while(|&i| tokens[i].span.start < s.end));
    }
    out.sort_unstable();
    out.dedup();
    out
}
