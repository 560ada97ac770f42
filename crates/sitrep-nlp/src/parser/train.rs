//! Training the parser: online perceptron with a dynamic oracle and
//! exploration (Goldberg & Nivre 2013). From the second epoch on, when the
//! model's choice is wrong it is still followed with probability
//! [`EXPLORE`], so the model learns to recover from its own mistakes.

use std::collections::{BTreeSet, HashMap};

use sitrep_model::{ModelFile, SplitMix64, Trainer};

use super::features::parser_features;
use super::state::{encode_class, projectivize, Move, State};
use super::{best_valid, sentence_keys, Parser, PARSER_KIND, PARSER_VERSION};
use crate::corpus::TreeSentence;
use crate::tagger::words::WordScratch;

const EXPLORE: f64 = 0.9;
const PRUNE_BELOW: f32 = 1.0;

#[derive(Debug, Clone, Default)]
pub struct ParserReport {
    /// `(epoch, dev UAS, dev LAS)` with gold tags, after each epoch.
    pub epochs: Vec<(usize, f64, f64)>,
    pub best_epoch: usize,
    pub dev_uas: f64,
    pub dev_las: f64,
    pub n_labels: usize,
    pub n_features: usize,
    pub lifted_arcs: usize,
    pub model_bytes: usize,
}

struct Prepared {
    forms: Vec<String>,
    xpos: Vec<String>,
    heads: Vec<u32>,
    labels: Vec<u16>,
}

/// Trains a parser on gold tags; returns the best-on-dev model bytes and a
/// report. Deterministic for a given `seed`.
pub fn train_parser(
    train: &[TreeSentence],
    dev: &[TreeSentence],
    seed: u64,
    epochs: usize,
) -> (Vec<u8>, ParserReport) {
    let deprels: Vec<String> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let label_of: HashMap<&str, u16> = deprels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u16))
        .collect();
    let n_labels = deprels.len();
    let mut report = ParserReport {
        n_labels,
        ..ParserReport::default()
    };
    let mut prepared: Vec<Prepared> = train
        .iter()
        .filter(|s| !s.words.is_empty())
        .map(|s| {
            let n = s.words.len() as u32;
            let mut heads: Vec<u32> = s
                .words
                .iter()
                .map(|w| {
                    if w.head == 0 || w.head > n {
                        n
                    } else {
                        w.head - 1
                    }
                })
                .collect();
            report.lifted_arcs += projectivize(&mut heads);
            Prepared {
                forms: s.words.iter().map(|w| w.form.clone()).collect(),
                xpos: s.words.iter().map(|w| w.xpos.clone()).collect(),
                heads,
                labels: s
                    .words
                    .iter()
                    .map(|w| label_of.get(w.deprel.as_str()).copied().unwrap_or(0))
                    .collect(),
            }
        })
        .collect();

    let n_classes = 1 + 2 * n_labels;
    let mut trainer = Trainer::new(n_classes);
    let mut rng = SplitMix64::new(seed);
    let mut scratch = WordScratch::default();
    let mut feats = Vec::with_capacity(80);
    let mut scores = vec![0.0f32; n_classes];
    let mut best: Option<(f64, Vec<u8>)> = None;
    for epoch in 1..=epochs.max(1) {
        rng.shuffle(&mut prepared);
        for sentence in &prepared {
            let forms: Vec<&str> = sentence.forms.iter().map(String::as_str).collect();
            let xpos: Vec<&str> = sentence.xpos.iter().map(String::as_str).collect();
            let keys = sentence_keys(&forms, &xpos, &mut scratch);
            let gold = &sentence.heads;
            let mut state = State::new(forms.len());
            while !state.is_terminal() {
                parser_features(&state, &keys, &mut feats);
                trainer.scores(&feats, &mut scores);
                let costs = state.costs(gold);
                let min_cost = costs.iter().copied().min().unwrap_or(0);
                let is_gold = |kind: Move, label: u16| -> bool {
                    let (cost, head) = match kind {
                        Move::Shift => return costs[0] == min_cost,
                        Move::Left => (costs[1], state.b),
                        Move::Right => (costs[2], state.s(1)),
                    };
                    let dep = state.s(0) as usize;
                    cost == min_cost && (gold[dep] != head || sentence.labels[dep] == label)
                };
                let (Some(predicted), Some(best_gold)) = (
                    best_valid(&state, &scores, n_labels, |_, _| true),
                    best_valid(&state, &scores, n_labels, is_gold),
                ) else {
                    break;
                };
                let predicted_ok = is_gold(predicted.0, predicted.1);
                if !predicted_ok {
                    trainer.update(
                        &feats,
                        encode_class(best_gold.0, best_gold.1, n_labels),
                        encode_class(predicted.0, predicted.1, n_labels),
                    );
                }
                trainer.tick();
                let next = if predicted_ok || (epoch > 1 && rng.unit() < EXPLORE) {
                    predicted
                } else {
                    best_gold
                };
                state.apply(next.0, next.1);
            }
        }
        let model = ModelFile {
            kind: PARSER_KIND.into(),
            version: PARSER_VERSION,
            labels: deprels.clone(),
            weights: trainer.clone().finish(PRUNE_BELOW),
            extra: Vec::new(),
        };
        let n_features = model.weights.n_features();
        let bytes = model.to_bytes();
        let Ok(parser) = Parser::from_model(model) else {
            continue;
        };
        let (uas, las) = attachment_scores(&parser, dev, None);
        report.epochs.push((epoch, uas, las));
        if best.as_ref().map_or(true, |(score, _)| las > *score) {
            report.best_epoch = epoch;
            report.dev_uas = uas;
            report.dev_las = las;
            report.n_features = n_features;
            report.model_bytes = bytes.len();
            best = Some((las, bytes));
        }
    }
    (best.map(|(_, b)| b).unwrap_or_default(), report)
}

/// UAS and LAS (percent, universal relation = part before `:`, punctuation
/// included as in CoNLL 2018) on gold tokens; `xpos` gives predicted tags
/// per sentence, `None` uses the gold tags.
pub fn attachment_scores(
    parser: &Parser,
    gold: &[TreeSentence],
    xpos: Option<&[Vec<String>]>,
) -> (f64, f64) {
    let (mut total, mut uas, mut las) = (0usize, 0usize, 0usize);
    for (i, sentence) in gold.iter().enumerate() {
        let forms = sentence.forms();
        let tags: Vec<&str> = match xpos.and_then(|x| x.get(i)) {
            Some(predicted) => predicted.iter().map(String::as_str).collect(),
            None => sentence.words.iter().map(|w| w.xpos.as_str()).collect(),
        };
        let arcs = parser.parse(&forms, &[], &tags);
        for (word, arc) in sentence.words.iter().zip(&arcs) {
            total += 1;
            let head = arc.head.map_or(0, |h| h + 1);
            if head == word.head {
                uas += 1;
                let universal = |r: &str| r.split(':').next().unwrap_or("").to_string();
                if universal(arc.deprel) == universal(&word.deprel) {
                    las += 1;
                }
            }
        }
    }
    let pct = |n: usize| {
        if total == 0 {
            0.0
        } else {
            100.0 * n as f64 / total as f64
        }
    };
    (pct(uas), pct(las))
}
