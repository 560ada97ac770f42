//! Training the lemmatizer from treebank sentences (gold tags).

use std::collections::{BTreeMap, HashMap};

use sitrep_model::{encode_strings, ModelFile, SplitMix64, Trainer};

use super::{lemma_features, EditScript, Lemmatizer, LEMMA_KIND, LEMMA_VERSION};
use crate::corpus::TreeSentence;
use crate::tagger::words::WordScratch;

/// Edit scripts seen fewer times than this are not classes (the lexicon
/// covers those words).
const MIN_SCRIPT_COUNT: u32 = 2;
const PRUNE_BELOW: f32 = 0.05;

#[derive(Debug, Clone, Default)]
pub struct LemmaReport {
    pub epochs: usize,
    pub n_scripts: usize,
    pub lexicon_size: usize,
    pub n_features: usize,
    /// Dev lemma accuracy (percent) with gold tags.
    pub dev_accuracy: f64,
    pub model_bytes: usize,
}

/// Trains a lemmatizer; deterministic for a given `seed`.
pub fn train_lemmatizer(
    train: &[TreeSentence],
    dev: &[TreeSentence],
    seed: u64,
    epochs: usize,
) -> (Vec<u8>, LemmaReport) {
    // Distinct (form, upos, xpos, lemma) types with counts: the classifier
    // trains on types so frequent function words do not dominate.
    let mut types: BTreeMap<(String, String, String, String), u32> = BTreeMap::new();
    for w in train.iter().flat_map(|s| &s.words) {
        *types
            .entry((
                w.form.clone(),
                w.upos.clone(),
                w.xpos.clone(),
                w.lemma.clone(),
            ))
            .or_default() += 1;
    }
    let mut script_counts: BTreeMap<EditScript, u32> = BTreeMap::new();
    for (form, _, _, lemma) in types.keys() {
        *script_counts
            .entry(EditScript::between(form, lemma))
            .or_default() += 1;
    }
    let scripts: Vec<EditScript> = script_counts
        .into_iter()
        .filter(|&(_, n)| n >= MIN_SCRIPT_COUNT)
        .map(|(s, _)| s)
        .collect();
    let class_of: HashMap<&EditScript, usize> =
        scripts.iter().enumerate().map(|(i, s)| (s, i)).collect();

    let mut scratch = WordScratch::default();
    let mut instances: Vec<(Vec<u64>, Option<usize>)> = types
        .keys()
        .map(|(form, upos, xpos, lemma)| {
            let mut feats = Vec::new();
            lemma_features(form, upos, xpos, &mut scratch, &mut feats);
            (
                feats,
                class_of.get(&EditScript::between(form, lemma)).copied(),
            )
        })
        .collect();
    let mut trainer = Trainer::new(scripts.len().max(1));
    let mut rng = SplitMix64::new(seed);
    let mut scores = vec![0.0f32; scripts.len().max(1)];
    for _ in 0..epochs.max(1) {
        rng.shuffle(&mut instances);
        for (feats, truth) in &instances {
            let Some(truth) = *truth else { continue };
            trainer.scores(feats, &mut scores);
            let guess = sitrep_model::argmax(&scores);
            trainer.update(feats, truth, guess);
            trainer.tick();
        }
    }
    let weights = trainer.finish(PRUNE_BELOW);
    let labels: Vec<String> = scripts.iter().map(EditScript::encode).collect();
    let classifier_only = Lemmatizer::from_model(ModelFile {
        kind: LEMMA_KIND.into(),
        version: LEMMA_VERSION,
        labels: labels.clone(),
        weights: weights.clone(),
        extra: vec![("lexicon".into(), encode_strings::<&str>(&[]))],
    });
    // The lexicon keeps, per (form, xpos), the most frequent lemma whenever
    // the classifier alone would get it wrong.
    let mut best_lemma: BTreeMap<(&str, &str), (&str, u32)> = BTreeMap::new();
    for ((form, _, xpos, lemma), &n) in &types {
        let entry = best_lemma.entry((form, xpos)).or_insert((lemma, 0));
        if n > entry.1 {
            *entry = (lemma, n);
        }
    }
    let mut lexicon: Vec<&str> = Vec::new();
    if let Ok(classifier) = &classifier_only {
        // The lexicon is keyed by (form, xpos) but the classifier also reads
        // the UPOS: the entry is needed when any UPOS seen with the pair
        // leads the classifier astray ("of" IN as ADP, not only as SCONJ).
        let mut upos_of: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
        for (f, u, x, _) in types.keys() {
            upos_of
                .entry((f.as_str(), x.as_str()))
                .or_default()
                .push(u.as_str());
        }
        let mut out = String::new();
        for (&(form, xpos), &(lemma, _)) in &best_lemma {
            let upos_list = upos_of.get(&(form, xpos)).map_or(&[][..], Vec::as_slice);
            let wrong = upos_list.iter().any(|upos| {
                classifier.lemmatize_into(form, upos, xpos, &mut out);
                out != lemma
            });
            if wrong {
                lexicon.extend([form, xpos, lemma]);
            }
        }
    }
    let model = ModelFile {
        kind: LEMMA_KIND.into(),
        version: LEMMA_VERSION,
        labels,
        weights,
        extra: vec![("lexicon".into(), encode_strings(&lexicon))],
    };
    let n_features = model.weights.n_features();
    let bytes = model.to_bytes();
    let dev_accuracy = Lemmatizer::from_model(model).map_or(0.0, |l| lemma_accuracy(&l, dev));
    let report = LemmaReport {
        epochs,
        n_scripts: scripts.len(),
        lexicon_size: lexicon.len() / 3,
        n_features,
        dev_accuracy,
        model_bytes: bytes.len(),
    };
    (bytes, report)
}

/// Lemma accuracy (percent) with gold tags on `gold`.
pub fn lemma_accuracy(lemmatizer: &Lemmatizer, gold: &[TreeSentence]) -> f64 {
    let (mut total, mut ok) = (0usize, 0usize);
    let mut out = String::new();
    for w in gold.iter().flat_map(|s| &s.words) {
        lemmatizer.lemmatize_into(&w.form, &w.upos, &w.xpos, &mut out);
        total += 1;
        ok += usize::from(out == w.lemma);
    }
    if total == 0 {
        0.0
    } else {
        100.0 * ok as f64 / total as f64
    }
}
