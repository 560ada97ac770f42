//! Training the parser: online perceptron with a dynamic oracle and
//! exploration (Goldberg & Nivre 2013). From the second epoch on, when the
//! model's choice is wrong it is still followed with probability
//! [`EXPLORE`], so the model learns to recover from its own mistakes.
//!
//! Two perceptrons learn side by side: the transition classifier (SHIFT,
//! LEFT, RIGHT; unlabelled dynamic-oracle costs) and the arc labeller,
//! updated on every arc the parser makes whose head is correct.

use std::collections::{BTreeSet, HashMap};

use sitrep_model::{ModelFile, SplitMix64, Trainer};

use super::beam_train::{train_sentence, BeamScratch};
use super::features::{label_features, parser_features, SentenceKeys};
use super::jackknife::jackknife_tags;
use super::relabel::{relabel_features, Children};
use super::state::{projectivize, Move, State};
use super::{
    best_move, file_version, sentence_keys, Parser, BEAM_SECTION, LABELER_KIND, LABELER_SECTION,
    MAX_BEAM, MOVES, PARSER_KIND, RELABELER_SECTION,
};
use crate::clusters::WordClusters;
use crate::corpus::TreeSentence;
use crate::tagger::words::WordScratch;

const EXPLORE: f64 = 0.9;
/// Averaged transition weights below this magnitude are dropped.
const PRUNE_TRANSITIONS_BELOW: f32 = 2.0;
/// Averaged label weights below this magnitude are dropped.
const PRUNE_LABELS_BELOW: f32 = 1.0;
/// Folds and tagger epochs for the jackknifed training tags.
const JACKKNIFE_FOLDS: usize = 5;
const JACKKNIFE_TAGGER_EPOCHS: usize = 10;

#[derive(Debug, Clone, Default)]
pub struct ParserReport {
    /// `(epoch, dev UAS, dev LAS)` with the training-time dev tags, after each epoch.
    pub epochs: Vec<(usize, f64, f64)>,
    /// Dev LAS of the first-pass labels alone, after each epoch.
    pub first_pass_las: Vec<f64>,
    pub best_epoch: usize,
    pub dev_uas: f64,
    pub dev_las: f64,
    pub n_labels: usize,
    /// Features of the transition classifier.
    pub n_features: usize,
    /// Features of the arc labeller.
    pub n_label_features: usize,
    /// Features of the second-pass labeller (last epoch).
    pub n_relabel_features: usize,
    pub lifted_arcs: usize,
    pub model_bytes: usize,
    /// Whether training and dev used jackknifed predicted tags.
    pub predicted_tags: bool,
    /// Beam width of training and decoding (1: greedy, local training).
    pub beam: usize,
}

struct Prepared {
    forms: Vec<String>,
    xpos: Vec<String>,
    /// Gold tags, kept when training mixes predicted and gold tags.
    gold_xpos: Option<Vec<String>>,
    heads: Vec<u32>,
    labels: Vec<u16>,
}

/// Trains a parser on the gold tags of `train`; returns the best-on-dev
/// (gold dev tags) model bytes, or the last epoch's when `dev` is empty,
/// and a report. Deterministic for a `seed`.
///
/// Gold tags, not jackknifed ones: with this tagger, training on 5-fold
/// jackknifed tags ([`train_parser_jackknifed`]) scored 0.2-0.8 LAS lower
/// from raw text on EWT dev and test (see `docs/models/tagger-parser.md`).
pub fn train_parser(
    train: &[TreeSentence],
    dev: &[TreeSentence],
    seed: u64,
    epochs: usize,
    clusters: &WordClusters,
) -> (Vec<u8>, ParserReport) {
    train_parser_on_tags(train, None, dev, None, seed, epochs, clusters)
}

/// Like [`train_parser`], but the transition classifier is trained
/// globally for beam decoding with `beam` hypotheses (see
/// `beam_train.rs`); the width is stored in the model file. `beam` 1 is
/// exactly [`train_parser`].
pub fn train_parser_beam(
    train: &[TreeSentence],
    dev: &[TreeSentence],
    seed: u64,
    epochs: usize,
    clusters: &WordClusters,
    beam: usize,
) -> (Vec<u8>, ParserReport) {
    train_mixing_tags(train, None, 1.0, dev, None, seed, epochs, clusters, beam)
}

/// Trains a parser on jackknifed predicted tags (5 folds, see
/// [`jackknife_tags`]); dev is scored with the fold-0 tagger's tags.
pub fn train_parser_jackknifed(
    train: &[TreeSentence],
    dev: &[TreeSentence],
    seed: u64,
    epochs: usize,
    clusters: &WordClusters,
) -> (Vec<u8>, ParserReport) {
    let (train_tags, dev_tags) = jackknife_tags(
        train,
        dev,
        JACKKNIFE_FOLDS,
        seed,
        JACKKNIFE_TAGGER_EPOCHS,
        clusters,
    );
    let (bytes, mut report) = train_parser_on_tags(
        train,
        Some(&train_tags),
        dev,
        Some(&dev_tags),
        seed,
        epochs,
        clusters,
    );
    report.predicted_tags = true;
    (bytes, report)
}

/// Trains a parser on a mix of gold and 5-fold jackknifed predicted tags
/// (see [`train_parser_mixed_tags`]); the fold taggers use
/// `tagger_clusters`, the parser's features `clusters`. Dev is scored with
/// gold tags, as for [`train_parser`].
pub fn train_parser_jackknifed_mixed(
    train: &[TreeSentence],
    dev: &[TreeSentence],
    seed: u64,
    epochs: usize,
    clusters: &WordClusters,
    tagger_clusters: &WordClusters,
    predicted_share: f64,
) -> (Vec<u8>, ParserReport) {
    // Dev picks each fold tagger's best epoch; its tags are not used.
    let (train_tags, _) = jackknife_tags(
        train,
        dev,
        JACKKNIFE_FOLDS,
        seed,
        JACKKNIFE_TAGGER_EPOCHS,
        tagger_clusters,
    );
    let (bytes, mut report) = train_parser_mixed_tags(
        train,
        &train_tags,
        predicted_share,
        dev,
        seed,
        epochs,
        clusters,
    );
    report.predicted_tags = true;
    (bytes, report)
}

/// Trains a parser with the given XPOS tags per sentence (`None`: gold tags)
/// for the training and dev sentences.
pub fn train_parser_on_tags(
    train: &[TreeSentence],
    train_xpos: Option<&[Vec<String>]>,
    dev: &[TreeSentence],
    dev_xpos: Option<&[Vec<String>]>,
    seed: u64,
    epochs: usize,
    clusters: &WordClusters,
) -> (Vec<u8>, ParserReport) {
    train_mixing_tags(
        train, train_xpos, 1.0, dev, dev_xpos, seed, epochs, clusters, 1,
    )
}

/// Trains a parser that sees, each time it meets a training sentence, the
/// predicted tags `train_xpos` with probability `predicted_share` and the
/// gold tags otherwise; dev is scored with gold tags.
///
/// Why mix: gold tags alone teach the parser to trust tags it will not get
/// at run time; predicted tags alone hide the clean tag evidence.
pub fn train_parser_mixed_tags(
    train: &[TreeSentence],
    train_xpos: &[Vec<String>],
    predicted_share: f64,
    dev: &[TreeSentence],
    seed: u64,
    epochs: usize,
    clusters: &WordClusters,
) -> (Vec<u8>, ParserReport) {
    train_mixing_tags(
        train,
        Some(train_xpos),
        predicted_share,
        dev,
        None,
        seed,
        epochs,
        clusters,
        1,
    )
}

#[allow(clippy::too_many_arguments)]
fn train_mixing_tags(
    train: &[TreeSentence],
    train_xpos: Option<&[Vec<String>]>,
    predicted_share: f64,
    dev: &[TreeSentence],
    dev_xpos: Option<&[Vec<String>]>,
    seed: u64,
    epochs: usize,
    clusters: &WordClusters,
    beam: usize,
) -> (Vec<u8>, ParserReport) {
    let beam = beam.clamp(1, MAX_BEAM);
    let version = file_version(beam);
    let mixing = train_xpos.is_some() && predicted_share < 1.0;
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
    let n_labels = deprels.len().max(1);
    let mut report = ParserReport {
        n_labels,
        beam,
        ..ParserReport::default()
    };
    let mut prepared: Vec<Prepared> = train
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.words.is_empty())
        .map(|(i, s)| {
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
            let xpos = match train_xpos.and_then(|t| t.get(i)) {
                Some(tags) if tags.len() == s.words.len() => tags.clone(),
                _ => s.words.iter().map(|w| w.xpos.clone()).collect(),
            };
            Prepared {
                forms: s.words.iter().map(|w| w.form.clone()).collect(),
                xpos,
                gold_xpos: mixing.then(|| s.words.iter().map(|w| w.xpos.clone()).collect()),
                heads,
                labels: s
                    .words
                    .iter()
                    .map(|w| label_of.get(w.deprel.as_str()).copied().unwrap_or(0))
                    .collect(),
            }
        })
        .collect();

    let mut trainer = Trainer::new(MOVES.len());
    let mut labeler = Trainer::new(n_labels);
    let mut relabeler = Trainer::new(n_labels);
    let mut rng = SplitMix64::new(seed);
    let mut scratch = WordScratch::default();
    let mut feats = Vec::with_capacity(80);
    let mut label_feats = Vec::with_capacity(32);
    let mut scores = [0.0f32; 3];
    let mut label_scores = vec![0.0f32; n_labels];
    let mut best: Option<(f64, Vec<u8>)> = None;
    let mut beam_scratch = BeamScratch::default();
    let mut extra_sections = Vec::new();
    if beam > 1 {
        let width = u32::try_from(beam).unwrap_or(1).to_le_bytes().to_vec();
        extra_sections.push((BEAM_SECTION.to_string(), width));
    }
    if !clusters.is_empty() {
        let (forms, paths) = clusters.sections();
        extra_sections.push(("clusters.forms".to_string(), forms));
        extra_sections.push(("clusters.paths".to_string(), paths));
    }
    for epoch in 1..=epochs.max(1) {
        rng.shuffle(&mut prepared);
        for sentence in &prepared {
            let forms: Vec<&str> = sentence.forms.iter().map(String::as_str).collect();
            let tags = match &sentence.gold_xpos {
                Some(gold) if rng.unit() >= predicted_share => gold,
                _ => &sentence.xpos,
            };
            let xpos: Vec<&str> = tags.iter().map(String::as_str).collect();
            let keys = sentence_keys(&forms, &xpos, &mut scratch, clusters);
            let gold = &sentence.heads;
            let state = if beam > 1 {
                train_sentence(
                    &mut trainer,
                    &mut labeler,
                    &keys,
                    gold,
                    &sentence.labels,
                    beam,
                    &mut beam_scratch,
                )
            } else {
                let mut state = State::new(forms.len());
                while !state.is_terminal() {
                    parser_features(&state, &keys, &mut feats);
                    trainer.scores(&feats, &mut scores);
                    let costs = state.costs(gold);
                    let min_cost = costs.iter().copied().min().unwrap_or(0);
                    let Some(predicted) = best_move(&state, &scores) else {
                        break;
                    };
                    let mut gold_scores = scores;
                    for (class, cost) in costs.iter().enumerate() {
                        if *cost != min_cost {
                            gold_scores[class] = f32::NEG_INFINITY;
                        }
                    }
                    let Some(best_gold) = best_move(&state, &gold_scores) else {
                        break;
                    };
                    let class_of = |m: Move| MOVES.iter().position(|&x| x == m).unwrap_or(0);
                    let predicted_ok = costs[class_of(predicted)] == min_cost;
                    if !predicted_ok {
                        trainer.update(&feats, class_of(best_gold), class_of(predicted));
                    }
                    trainer.tick();
                    let next = if predicted_ok || (epoch > 1 && rng.unit() < EXPLORE) {
                        predicted
                    } else {
                        best_gold
                    };
                    let mut label = 0u16;
                    let root_arc = next == Move::Left && state.b == state.n;
                    if next != Move::Shift && !root_arc {
                        label_features(&state, next, &keys, &mut label_feats);
                        labeler.scores(&label_feats, &mut label_scores);
                        label = sitrep_model::argmax(&label_scores) as u16;
                        let dep = state.s(0) as usize;
                        let head = if next == Move::Left {
                            state.b
                        } else {
                            state.s(1)
                        };
                        if gold[dep] == head {
                            let truth = sentence.labels[dep];
                            labeler.update(&label_feats, usize::from(truth), usize::from(label));
                            labeler.tick();
                        }
                    }
                    state.apply(next, label);
                }
                state
            };
            train_relabeler(
                &mut relabeler,
                &state,
                &keys,
                gold,
                &sentence.labels,
                &mut label_feats,
                &mut label_scores,
            );
        }
        let labels_model = ModelFile {
            kind: LABELER_KIND.into(),
            version,
            labels: deprels.clone(),
            weights: labeler.clone().finish(PRUNE_LABELS_BELOW),
            extra: Vec::new(),
        };
        let relabels_model = ModelFile {
            kind: LABELER_KIND.into(),
            version,
            labels: deprels.clone(),
            weights: relabeler.clone().finish(PRUNE_LABELS_BELOW),
            extra: Vec::new(),
        };
        let n_label_features = labels_model.weights.n_features();
        report.n_relabel_features = relabels_model.weights.n_features();
        let model = ModelFile {
            kind: PARSER_KIND.into(),
            version,
            labels: deprels.clone(),
            weights: trainer.clone().finish(PRUNE_TRANSITIONS_BELOW),
            extra: [
                (LABELER_SECTION.to_string(), labels_model.to_bytes()),
                (RELABELER_SECTION.to_string(), relabels_model.to_bytes()),
            ]
            .into_iter()
            .chain(extra_sections.iter().cloned())
            .collect(),
        };
        let n_features = model.weights.n_features();
        let bytes = model.to_bytes();
        let Ok(parser) = Parser::from_model(model) else {
            continue;
        };
        let (uas, las) = attachment_scores(&parser, dev, dev_xpos);
        report.epochs.push((epoch, uas, las));
        let first_pass = Parser {
            relabeler: None,
            ..parser
        };
        report
            .first_pass_las
            .push(attachment_scores(&first_pass, dev, dev_xpos).1);
        // Without dev sentences (final training on train+dev with an epoch
        // count chosen on dev) the last epoch is kept.
        if dev.is_empty() || best.as_ref().is_none_or(|(score, _)| las > *score) {
            report.best_epoch = epoch;
            report.dev_uas = uas;
            report.dev_las = las;
            report.n_features = n_features;
            report.n_label_features = n_label_features;
            report.model_bytes = bytes.len();
            best = Some((las, bytes));
        }
    }
    (best.map(|(_, b)| b).unwrap_or_default(), report)
}

/// The second-pass labeller learns on the tree the parser just built (with
/// its exploration or search errors and first-pass labels), from every arc
/// whose head is right.
fn train_relabeler(
    relabeler: &mut Trainer,
    state: &State,
    keys: &SentenceKeys,
    gold: &[u32],
    labels: &[u16],
    feats: &mut Vec<u64>,
    scores: &mut [f32],
) {
    let n = gold.len();
    let children = Children::new(&state.heads, n);
    for (dep, (&head, &gold_head)) in state.heads[..n].iter().zip(gold).enumerate() {
        if head as usize >= n || head != gold_head {
            continue;
        }
        relabel_features(
            &state.heads,
            &state.labels,
            &children,
            keys,
            dep as u32,
            feats,
        );
        relabeler.scores(feats, scores);
        let guess = sitrep_model::argmax(scores);
        relabeler.update(feats, usize::from(labels[dep]), guess);
        relabeler.tick();
    }
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
