//! Training the trigger classifier from the events gold.
//!
//! Each content word of a gold document is one instance: its label is the
//! kind of the gold event whose trigger it heads (the word of the trigger
//! span whose parse head lies outside the span), otherwise "none".

use std::collections::BTreeMap;

use sitrep_core::Doc;
use sitrep_model::{encode_strings, frequent_strings, ModelFile, Trainer};

use super::{features, LABELS, MODEL_KIND, MODEL_VERSION};
use crate::eval::{anchor, GoldDoc};
use crate::view::SentenceView;

/// Lemmas must head a gold trigger this often to pass the run-time gate.
const MIN_LEMMA_COUNT: usize = 2;

/// The instances of one document.
#[derive(Debug, Default, Clone)]
pub struct DocExamples {
    /// Features and class index of every content word.
    pub instances: Vec<(Vec<u64>, usize)>,
    /// Lemmas of the words that head gold triggers.
    pub trigger_lemmas: Vec<String>,
    /// Gold events whose trigger could not be placed on a token.
    pub unplaced: usize,
}

/// The instances of `doc` labelled from its gold events.
pub fn examples(doc: &Doc, gold: &GoldDoc) -> DocExamples {
    let mut heads: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = DocExamples::default();
    for g in &gold.events {
        let Some(class) = LABELS.iter().position(|(name, _)| *name == g.kind) else {
            continue;
        };
        match anchor(doc, g).and_then(|(start, end)| trigger_head(doc, start, end)) {
            Some(t) => {
                heads.insert(t, class);
            }
            None => out.unplaced += 1,
        }
    }
    let mut feats = Vec::new();
    for index in 0..doc.layers.sentences.len() {
        let Some(view) = SentenceView::new(doc, index) else {
            continue;
        };
        let dates = features::date_tokens(&view);
        for i in view.tokens() {
            if !features::is_candidate(&view, i) {
                continue;
            }
            features::features(&view, i, &dates, &mut feats);
            let class = heads.get(&i).copied().unwrap_or(0);
            if class != 0 {
                out.trigger_lemmas.push(view.lemma(i).to_string());
            }
            out.instances.push((feats.clone(), class));
        }
    }
    out
}

/// The token of the byte span `[start, end)` whose head lies outside it.
fn trigger_head(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    let inside: Vec<usize> = doc
        .layers
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.start < end && t.span.end > start)
        .map(|(i, _)| i)
        .collect();
    inside
        .iter()
        .copied()
        .find(|&i| {
            doc.layers.tokens[i]
                .head
                .is_none_or(|h| !inside.contains(&(h as usize)))
        })
        .or(inside.first().copied())
}

/// Trains the classifier on `docs` and returns the model file bytes, with
/// `margin` stored as the run-time threshold.
pub fn train(docs: &[&DocExamples], epochs: usize, seed: u64, margin: f32) -> Vec<u8> {
    let data: Vec<&(Vec<u64>, usize)> = docs.iter().flat_map(|d| &d.instances).collect();
    let instance = |k: usize| (data[k].0.as_slice(), data[k].1);
    let trainer = Trainer::fit(LABELS.len(), data.len(), instance, epochs, seed);
    let lemmas = frequent_strings(
        docs.iter()
            .flat_map(|d| &d.trigger_lemmas)
            .map(String::as_str),
        MIN_LEMMA_COUNT,
    );
    ModelFile {
        kind: MODEL_KIND.to_string(),
        version: MODEL_VERSION,
        labels: LABELS.iter().map(|(name, _)| name.to_string()).collect(),
        weights: trainer.finish(1e-3),
        extra: vec![
            ("lemmas".into(), encode_strings(&lemmas)),
            ("margin".into(), margin.to_string().into_bytes()),
        ],
    }
    .to_bytes()
}
