//! Training the tagger from treebank sentences.

use std::collections::{BTreeSet, HashMap};

use sitrep_model::{encode_strings, ModelFile, SplitMix64, Trainer};

use super::augment::glue_hyphenated_codes;
use super::features::{right_tag_features, tagger_features, TagContext};
use super::words::{sentence_keys, WordKeys, WordScratch};
use super::{
    assign_clusters, TagOut, Tagger, SECOND_PASS_KIND, SECOND_PASS_SECTION, TAGGER_KIND,
    TAGGER_VERSION,
};
use crate::clusters::WordClusters;
use crate::corpus::TreeSentence;

/// A word goes into the tag dictionary when seen this often...
const TAG_DICT_MIN_COUNT: u32 = 20;
/// ...with its most frequent tag at least this share of the time.
const TAG_DICT_MIN_SHARE: f64 = 0.97;
/// Averaged weights below this magnitude are dropped from the model file.
const PRUNE_BELOW: f32 = 0.3;

/// What a training run reached.
#[derive(Debug, Clone, Default)]
pub struct TaggerReport {
    /// `(epoch, dev UPOS accuracy, dev XPOS accuracy)` after each epoch.
    pub epochs: Vec<(usize, f64, f64)>,
    pub best_epoch: usize,
    pub dev_upos: f64,
    pub dev_xpos: f64,
    pub n_tags: usize,
    pub n_features: usize,
    pub tag_dict_size: usize,
    pub model_bytes: usize,
    /// Training sentences added with hyphenated codes glued (`augment`).
    pub n_glued_code_sentences: usize,
}

struct Prepared {
    keys: Vec<WordKeys>,
    gold: Vec<u16>,
}

/// Trains a tagger; returns the best-on-dev model file bytes (the last
/// epoch's when `dev` is empty) and a report.
/// Deterministic for a given `seed`.
pub fn train_tagger(
    train: &[TreeSentence],
    dev: &[TreeSentence],
    seed: u64,
    epochs: usize,
    clusters: &WordClusters,
) -> (Vec<u8>, TaggerReport) {
    let labels: Vec<String> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| format!("{}\t{}", w.upos, w.xpos)))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let class_of: HashMap<&str, u16> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u16))
        .collect();
    let (dict_forms, dict_classes) = build_tag_dict(train, &class_of);
    let mut scratch = WordScratch::default();
    let glued: Vec<TreeSentence> = train.iter().filter_map(glue_hyphenated_codes).collect();
    let mut prepared: Vec<Prepared> = train
        .iter()
        .chain(&glued)
        .map(|s| {
            let forms = s.forms();
            let mut keys = Vec::new();
            sentence_keys(&forms, &mut scratch, &mut keys);
            assign_clusters(clusters, &mut keys);
            let gold = s
                .words
                .iter()
                .map(|w| {
                    class_of
                        .get(format!("{}\t{}", w.upos, w.xpos).as_str())
                        .copied()
                        .unwrap_or(0)
                })
                .collect();
            Prepared { keys, gold }
        })
        .collect();
    let dict: HashMap<u64, u16> = dict_forms
        .iter()
        .zip(&dict_classes)
        .map(|(form, &class)| (scratch.keys(form, false).exact, class))
        .collect();

    let mut trainer = Trainer::new(labels.len());
    let mut second = Trainer::new(labels.len());
    let mut rng = SplitMix64::new(seed);
    let mut report = TaggerReport {
        n_tags: labels.len(),
        n_glued_code_sentences: glued.len(),
        tag_dict_size: dict.len(),
        ..TaggerReport::default()
    };
    let mut best: Option<(f64, Vec<u8>)> = None;
    let mut cluster_sections = Vec::new();
    if !clusters.is_empty() {
        let (forms, paths) = clusters.sections();
        cluster_sections.push(("clusters.forms".to_string(), forms));
        cluster_sections.push(("clusters.paths".to_string(), paths));
    }
    let mut feats = Vec::with_capacity(32);
    let mut scores = vec![0.0f32; labels.len()];
    let mut first_pass = Vec::new();
    let mut second_pass = Vec::new();
    for epoch in 1..=epochs.max(1) {
        rng.shuffle(&mut prepared);
        for sentence in &prepared {
            // Both passes learn from their own online predictions, so the
            // second pass sees first-pass tags with realistic errors.
            let mut pass = |trainer: &mut Trainer, right: &[TagOut], out: &mut Vec<TagOut>| {
                out.clear();
                for i in 0..sentence.keys.len() {
                    if let Some(&class) = dict.get(&sentence.keys[i].exact) {
                        out.push(TagOut { class });
                        continue;
                    }
                    let context = TagContext::new(&sentence.keys, i, out);
                    tagger_features(&context, &mut feats);
                    if !right.is_empty() {
                        right_tag_features(&context.with_first_pass(right), &mut feats);
                    }
                    trainer.scores(&feats, &mut scores);
                    let guess = sitrep_model::argmax(&scores);
                    trainer.update(&feats, usize::from(sentence.gold[i]), guess);
                    trainer.tick();
                    out.push(TagOut {
                        class: guess as u16,
                    });
                }
            };
            pass(&mut trainer, &[], &mut first_pass);
            pass(&mut second, &first_pass, &mut second_pass);
        }
        let second_section = {
            let nested = ModelFile {
                kind: SECOND_PASS_KIND.into(),
                version: TAGGER_VERSION,
                labels: Vec::new(),
                weights: second.clone().finish(PRUNE_BELOW),
                extra: Vec::new(),
            };
            (SECOND_PASS_SECTION.to_string(), nested.to_bytes())
        };
        let model = ModelFile {
            kind: TAGGER_KIND.into(),
            version: TAGGER_VERSION,
            labels: labels.clone(),
            weights: trainer.clone().finish(PRUNE_BELOW),
            extra: vec![
                ("tagdict.forms".into(), encode_strings(&dict_forms)),
                (
                    "tagdict.classes".into(),
                    dict_classes.iter().flat_map(|c| c.to_le_bytes()).collect(),
                ),
            ]
            .into_iter()
            .chain(cluster_sections.iter().cloned())
            .chain([second_section])
            .collect(),
        };
        let n_features = model.weights.n_features();
        let bytes = model.to_bytes();
        let Ok(tagger) = Tagger::from_model(model) else {
            continue;
        };
        let (upos, xpos) = tag_accuracy(&tagger, dev);
        report.epochs.push((epoch, upos, xpos));
        // Without dev sentences the last epoch is kept (the epoch count was
        // chosen on dev by an earlier run).
        if dev.is_empty() || best.as_ref().is_none_or(|(score, _)| upos + xpos > *score) {
            report.best_epoch = epoch;
            report.dev_upos = upos;
            report.dev_xpos = xpos;
            report.n_features = n_features;
            report.model_bytes = bytes.len();
            best = Some((upos + xpos, bytes));
        }
    }
    (best.map(|(_, b)| b).unwrap_or_default(), report)
}

/// Frequent words whose tag is (nearly) always the same.
fn build_tag_dict(
    train: &[TreeSentence],
    class_of: &HashMap<&str, u16>,
) -> (Vec<String>, Vec<u16>) {
    let mut counts: HashMap<&str, HashMap<u16, u32>> = HashMap::new();
    for word in train.iter().flat_map(|s| &s.words) {
        let label = format!("{}\t{}", word.upos, word.xpos);
        if let Some(&class) = class_of.get(label.as_str()) {
            *counts
                .entry(word.form.as_str())
                .or_default()
                .entry(class)
                .or_default() += 1;
        }
    }
    let mut entries: Vec<(String, u16)> = counts
        .into_iter()
        .filter_map(|(form, by_class)| {
            let total: u32 = by_class.values().sum();
            let (&class, &top) = by_class
                .iter()
                .max_by_key(|&(c, n)| (*n, std::cmp::Reverse(*c)))?;
            (total >= TAG_DICT_MIN_COUNT && f64::from(top) / f64::from(total) >= TAG_DICT_MIN_SHARE)
                .then(|| (form.to_string(), class))
        })
        .collect();
    entries.sort();
    entries.into_iter().unzip()
}

/// UPOS and XPOS accuracy (percent) of `tagger` on gold-tokenized sentences.
pub fn tag_accuracy(tagger: &Tagger, gold: &[TreeSentence]) -> (f64, f64) {
    let (mut total, mut upos_ok, mut xpos_ok) = (0usize, 0usize, 0usize);
    let mut out = Vec::new();
    for sentence in gold {
        tagger.tag(&sentence.forms(), &mut out);
        for (word, &tag) in sentence.words.iter().zip(&out) {
            total += 1;
            upos_ok += usize::from(tagger.upos(tag) == word.upos);
            xpos_ok += usize::from(tagger.xpos(tag) == word.xpos);
        }
    }
    let pct = |n: usize| {
        if total == 0 {
            0.0
        } else {
            100.0 * n as f64 / total as f64
        }
    };
    (pct(upos_ok), pct(xpos_ok))
}
