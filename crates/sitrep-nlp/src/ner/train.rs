//! Training: a structured averaged perceptron (Collins 2002) over the
//! BILOU Viterbi decoder, with jackknifed name lists.
//!
//! Name lists collected from the training data would fire on every training
//! entity and teach the model to trust them blindly. So, as in Ratinov &
//! Roth (2009), each training document sees lists built from the *other*
//! folds only; the shipped model carries lists from all of the training data.

use std::time::Instant;

use sitrep_model::{ModelFile, SplitMix64, Trainer};

use super::data::{iob_to_spans, spans_to_bilou, ConllDocument, NUM_LABELS};
use super::features::previous_label_feature;
use super::gazetteer::Gazetteer;
use super::tagger::{
    prepare_doc, sentence_features, viterbi, LabelScores, SentenceFeatures, Transitions,
};
use super::{label_names, Ner, NerError, MODEL_KIND, MODEL_VERSION};

/// Number of jackknife folds for training-data name lists.
const FOLDS: usize = 5;
/// Averaged weights smaller than this are dropped from the shipped model.
const MIN_ABS_WEIGHT: f32 = 0.01;

/// What a training run did and how well the result scores on dev.
#[derive(Debug, Clone)]
pub struct TrainReport {
    pub seed: u64,
    pub epochs: usize,
    pub train_sentences: usize,
    pub train_tokens: usize,
    pub gazetteer_entries: usize,
    pub features: usize,
    pub weights: usize,
    pub model_bytes: usize,
    pub seconds: f64,
    /// conlleval scores on the dev set (empty when no dev set was given).
    pub dev: sitrep_eval::conll::ConllScores,
}

impl TrainReport {
    /// A human-readable summary.
    pub fn summary(&self) -> String {
        format!(
            "seed {} | epochs {} | {} sentences, {} tokens | gazetteer {} entries | {} features, {} weights | \
             model {} bytes | {:.1}s\ndev:\n{}",
            self.seed,
            self.epochs,
            self.train_sentences,
            self.train_tokens,
            self.gazetteer_entries,
            self.features,
            self.weights,
            self.model_bytes,
            self.seconds,
            self.dev.report()
        )
    }
}

struct Example {
    features: SentenceFeatures,
    gold: Vec<u8>,
}

/// Trains the recognizer on CoNLL documents. `places` is the GeoNames
/// gazetteer (see [`Gazetteer::from_geonames`]); training-data names are
/// added here. Returns the model file bytes and a report with dev scores.
pub fn train_ner(
    train: &[ConllDocument],
    dev: &[ConllDocument],
    seed: u64,
    epochs: usize,
    places: &Gazetteer,
) -> Result<(Vec<u8>, TrainReport), NerError> {
    let started = Instant::now();
    let fold_of = |d: usize| d % FOLDS;
    let mut fold_lists = Vec::with_capacity(FOLDS);
    for fold in 0..FOLDS {
        let mut g = places.clone();
        g.add_training_names(
            train
                .iter()
                .enumerate()
                .filter(|(d, _)| fold_of(*d) != fold)
                .map(|(_, doc)| doc),
        )?;
        fold_lists.push(g);
    }

    let mut examples = Vec::new();
    let mut scratch = String::new();
    let mut train_tokens = 0usize;
    for (d, doc) in train.iter().enumerate() {
        let words = doc.word_slices();
        let prepared = prepare_doc(&words, &fold_lists[fold_of(d)]);
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let spans = iob_to_spans(&sentence.tags)?;
            let mut features = SentenceFeatures::default();
            sentence_features(&prepared, s, &words[s], None, &mut scratch, &mut features);
            train_tokens += sentence.words.len();
            examples.push(Example {
                features,
                gold: spans_to_bilou(sentence.words.len(), &spans),
            });
        }
    }
    drop(fold_lists);

    let mut trainer = Trainer::new(NUM_LABELS);
    let mut rng = SplitMix64::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let (mut emissions, mut back, mut predicted, mut buffer) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &e in &order {
            let example = &examples[e];
            let trans = Transitions::build(|feats, out| trainer.scores(feats, out));
            emissions.clear();
            for t in 0..example.features.len() {
                let mut scores: LabelScores = [0.0; NUM_LABELS];
                trainer.scores(example.features.token(t), &mut scores);
                emissions.push(scores);
            }
            viterbi(&emissions, &trans, &mut back, &mut predicted);
            for t in 0..example.gold.len() {
                let (gold, guess) = (example.gold[t], predicted[t]);
                let gold_prev = t.checked_sub(1).map(|p| example.gold[p]);
                let guess_prev = t.checked_sub(1).map(|p| predicted[p]);
                if gold == guess && gold_prev == guess_prev {
                    continue;
                }
                buffer.clear();
                buffer.extend_from_slice(example.features.token(t));
                buffer.push(previous_label_feature(gold_prev));
                trainer.update_with(&buffer, usize::from(gold), 1.0);
                let last = buffer.len() - 1;
                buffer[last] = previous_label_feature(guess_prev);
                trainer.update_with(&buffer, usize::from(guess), -1.0);
            }
            trainer.tick();
        }
    }

    let mut lists = places.clone();
    lists.add_training_names(train)?;
    let gazetteer_entries = lists.len();
    let weights = trainer.finish(MIN_ABS_WEIGHT);
    let (features, n_weights) = (weights.n_features(), weights.n_weights());
    let file = ModelFile {
        kind: MODEL_KIND.to_string(),
        version: MODEL_VERSION,
        labels: label_names(),
        weights,
        extra: vec![("gazetteer".to_string(), lists.to_text().into_bytes())],
    };
    let bytes = file.to_bytes();
    let ner = Ner::from_bytes(&bytes)?;
    let dev_scores = evaluate_ner(&ner, dev);
    let report = TrainReport {
        seed,
        epochs,
        train_sentences: examples.len(),
        train_tokens,
        gazetteer_entries,
        features,
        weights: n_weights,
        model_bytes: bytes.len(),
        seconds: started.elapsed().as_secs_f64(),
        dev: dev_scores,
    };
    Ok((bytes, report))
}

/// Tags gold documents with the statistical model alone (no news rules, as
/// the CoNLL guidelines differ from them) and scores with conlleval.
pub fn evaluate_ner(ner: &Ner, gold: &[ConllDocument]) -> sitrep_eval::conll::ConllScores {
    let mut gold_tags = Vec::new();
    let mut predicted = Vec::new();
    for doc in gold {
        predicted.extend(ner.tag_iob2(doc));
        gold_tags.extend(doc.sentences.iter().map(|s| s.tags.clone()));
    }
    sitrep_eval::conll::score(&gold_tags, &predicted)
}
