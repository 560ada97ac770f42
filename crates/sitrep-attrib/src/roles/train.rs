//! Training the learned roles from annotated documents (PolNeAR train).
//!
//! [`examples`] turns one parsed document and its gold attributions into
//! labelled feature vectors for the three decisions; [`train`] runs the
//! averaged perceptron over all of them in a seeded order and returns the
//! model file bytes (`models/attrib-cue.bin`). The gold cue's head is the
//! token of the cue span whose parse head lies outside the span (a verb
//! when there are several); contents and sources are labelled by whether a
//! candidate's root token lies inside the gold span, so the labels follow
//! the same parse the model sees at run time.

use sitrep_core::{Doc, Span};

use sitrep_model::{encode_strings, frequent_strings, ModelFile, Trainer};

use super::features::{self, Context};
use super::{context, tokens_in, MODEL_KIND, MODEL_VERSION};
use crate::quotes;
use crate::tree::SentenceTree;

/// One gold attribution, as byte spans of the document text (a role may
/// have several fragments, or none).
#[derive(Debug, Clone, Default)]
pub struct GoldRoles {
    pub cue: Vec<Span>,
    pub content: Vec<Span>,
    pub source: Vec<Span>,
}

/// Labelled feature vectors of one document.
#[derive(Debug, Clone, Default)]
pub struct DocExamples {
    /// Every cue candidate token: features, is a gold cue head.
    pub cue: Vec<(Vec<u64>, bool)>,
    /// Every content candidate of every gold cue head.
    pub content: Vec<(Vec<u64>, bool)>,
    /// Every source candidate of every gold cue head.
    pub source: Vec<(Vec<u64>, bool)>,
    /// Lower-cased lemma of every gold cue head.
    pub cue_lemmas: Vec<String>,
}

/// How often a lemma must head a gold cue to pass the run-time gate.
const MIN_LEMMA_COUNT: usize = 2;

/// The head token of a gold cue: the span's token whose head lies outside
/// it, a verb first.
fn gold_anchor(doc: &Doc, cue: &[Span]) -> Option<usize> {
    let set = tokens_in(doc, cue);
    let tokens = &doc.layers.tokens;
    let roots: Vec<usize> = set
        .iter()
        .copied()
        .filter(|&i| {
            tokens[i].head.is_none_or(|h| !set.contains(&(h as usize)))
                && (tokens[i].upos != "PUNCT" || doc.slice(tokens[i].span) == ":")
        })
        .collect();
    roots
        .iter()
        .copied()
        .find(|&i| tokens[i].upos == "VERB")
        .or(roots.first().copied())
        .or(set.first().copied())
}

/// Labelled examples of one parsed document with its gold attributions.
pub fn examples(doc: &Doc, gold: &[GoldRoles]) -> DocExamples {
    let mut out = DocExamples::default();
    if doc.layers.tokens.is_empty() {
        return out;
    }
    // (anchor, content tokens, source tokens) of each gold attribution.
    let anchors: Vec<(usize, Vec<usize>, Vec<usize>)> = gold
        .iter()
        .filter_map(|g| {
            Some((
                gold_anchor(doc, &g.cue)?,
                tokens_in(doc, &g.content),
                tokens_in(doc, &g.source),
            ))
        })
        .collect();
    let regions = quotes::find_regions(&doc.text);
    let mut feats = Vec::new();
    for (si, s) in doc.layers.sentences.iter().enumerate() {
        let tree = SentenceTree::new(doc, s.tokens.0 as usize, s.tokens.1 as usize);
        let ctx: Context = context(doc, &tree, si, &regions);
        for i in tree.start..tree.end {
            if !features::cue_candidate(&ctx, i) {
                continue;
            }
            features::cue_features(&ctx, i, &mut feats);
            let gold_here: Vec<&(usize, Vec<usize>, Vec<usize>)> =
                anchors.iter().filter(|a| a.0 == i).collect();
            out.cue.push((feats.clone(), !gold_here.is_empty()));
            if gold_here.is_empty() {
                continue;
            }
            out.cue_lemmas.push(ctx.lemma(i).to_string());
            let candidates = features::content_candidates(&tree, i);
            for &cand in &candidates {
                features::role_features(&ctx, i, cand, &candidates, &mut feats);
                let label = gold_here.iter().any(|g| g.1.contains(&cand.token));
                out.content.push((feats.clone(), label));
            }
            let candidates = features::source_candidates(&tree, i);
            for &cand in &candidates {
                features::role_features(&ctx, i, cand, &candidates, &mut feats);
                let label = gold_here.iter().any(|g| g.2.contains(&cand.token));
                out.source.push((feats.clone(), label));
            }
        }
    }
    out
}

/// Averaged perceptron over `data` for `epochs` passes in seeded order.
fn train_binary(data: &[&(Vec<u64>, bool)], epochs: usize, seed: u64) -> sitrep_model::Weights {
    let instance = |k: usize| (data[k].0.as_slice(), usize::from(data[k].1));
    let trainer = Trainer::fit(2, data.len(), instance, epochs, seed);
    trainer.finish(1e-3)
}

/// Trains the three decisions and returns the model file bytes.
pub fn train(docs: &[DocExamples], epochs: usize, seed: u64) -> Vec<u8> {
    let cue: Vec<_> = docs.iter().flat_map(|d| &d.cue).collect();
    let content: Vec<_> = docs.iter().flat_map(|d| &d.content).collect();
    let source: Vec<_> = docs.iter().flat_map(|d| &d.source).collect();
    let inner = |weights, kind: &str| {
        ModelFile {
            kind: kind.to_string(),
            version: MODEL_VERSION,
            labels: vec!["no".into(), "yes".into()],
            weights,
            extra: Vec::new(),
        }
        .to_bytes()
    };
    // Lemmas seen as cue heads at least twice: the run-time gate that keeps
    // the classifier off words that never head a cue.
    let lemmas = frequent_strings(
        docs.iter().flat_map(|d| &d.cue_lemmas).map(String::as_str),
        MIN_LEMMA_COUNT,
    );
    let content_bytes = inner(train_binary(&content, epochs, seed ^ 1), "attrib-content");
    let source_bytes = inner(train_binary(&source, epochs, seed ^ 2), "attrib-source");
    ModelFile {
        kind: MODEL_KIND.to_string(),
        version: MODEL_VERSION,
        labels: vec!["other".into(), "cue".into()],
        weights: train_binary(&cue, epochs, seed),
        extra: vec![
            ("content".into(), content_bytes),
            ("source".into(), source_bytes),
            ("lemmas".into(), encode_strings(&lemmas)),
        ],
    }
    .to_bytes()
}

/// Example counts `(cue, content, source)` and positives of each, for logs.
pub fn counts(docs: &[DocExamples]) -> [(usize, usize); 3] {
    let count = |pick: fn(&DocExamples) -> &Vec<(Vec<u64>, bool)>| {
        let all: Vec<_> = docs.iter().flat_map(pick).collect();
        (all.len(), all.iter().filter(|e| e.1).count())
    };
    [
        count(|d| &d.cue),
        count(|d| &d.content),
        count(|d| &d.source),
    ]
}
