//! Training: a structured averaged perceptron (Collins 2002) over the
//! BILOU Viterbi decoder, with jackknifed name lists.
//!
//! Name lists collected from the training data would fire on every training
//! entity and teach the model to trust them blindly. So, as in Ratinov &
//! Roth (2009), each training document sees lists built from the *other*
//! folds only; the shipped model carries lists from all of the training data.

use std::time::Instant;

use sitrep_model::{ModelFile, SplitMix64, Trainer, Weights};

use super::data::{iob_to_spans, spans_to_bilou, ConllDocument, NUM_LABELS};
use super::features::{history_votes, previous_label_feature};
use super::gazetteer::Gazetteer;
use super::tagger::{
    prepare_doc, sentence_features, viterbi, DecodeScratch, LabelScores, SentenceFeatures,
    SequenceModel, Transitions,
};
use super::{
    label_names, Ner, NerError, FIRST_PASS_KIND, GAZETTEER_KEYS_SECTION, MODEL_KIND, MODEL_VERSION,
};

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

    // First-pass features for every training sentence, documents kept whole.
    let mut prepared_docs = Vec::with_capacity(train.len());
    let mut first_examples = Vec::new();
    let mut doc_ranges = Vec::with_capacity(train.len());
    let mut scratch = String::new();
    let mut train_tokens = 0usize;
    for (d, doc) in train.iter().enumerate() {
        let words = doc.word_slices();
        let prepared = prepare_doc(&words, &fold_lists[fold_of(d)]);
        let begin = first_examples.len();
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let spans = iob_to_spans(&sentence.tags)?;
            let mut features = SentenceFeatures::default();
            sentence_features(&prepared, s, &words[s], None, &mut scratch, &mut features);
            train_tokens += sentence.words.len();
            first_examples.push(Example {
                features,
                gold: spans_to_bilou(sentence.words.len(), &spans),
            });
        }
        doc_ranges.push(begin..first_examples.len());
        prepared_docs.push(prepared);
    }
    drop(fold_lists);

    // Jackknifed first-pass predictions give the second pass realistic
    // (imperfect) history votes on the training data.
    let mut second_examples: Vec<Example> = Vec::with_capacity(first_examples.len());
    let mut histories: Vec<Vec<Vec<u8>>> = vec![Vec::new(); train.len()];
    for fold in 0..FOLDS {
        let held_in: Vec<usize> = (0..train.len())
            .filter(|&d| fold_of(d) != fold)
            .flat_map(|d| doc_ranges[d].clone())
            .collect();
        let model = SequenceModel::new(fit(
            &first_examples,
            &held_in,
            epochs,
            seed.wrapping_add(fold as u64 + 1),
        ));
        let mut decode = DecodeScratch::default();
        for d in (0..train.len()).filter(|&d| fold_of(d) == fold) {
            let labels: Vec<Vec<u8>> = doc_ranges[d]
                .clone()
                .map(|e| {
                    decode.features = first_examples[e].features.clone();
                    model.decode(&mut decode)
                })
                .collect();
            histories[d] = history_votes(&prepared_docs[d].infos, &labels);
        }
    }
    for (d, doc) in train.iter().enumerate() {
        let words = doc.word_slices();
        for (s, e) in doc_ranges[d].clone().enumerate() {
            let mut features = SentenceFeatures::default();
            sentence_features(
                &prepared_docs[d],
                s,
                &words[s],
                Some(&histories[d][s]),
                &mut scratch,
                &mut features,
            );
            second_examples.push(Example {
                features,
                gold: first_examples[e].gold.clone(),
            });
        }
    }
    let all: Vec<usize> = (0..first_examples.len()).collect();
    let first_weights = fit(&first_examples, &all, epochs, seed);
    let second_weights = fit(&second_examples, &all, epochs, seed);

    let mut lists = places.clone();
    lists.add_training_names(train)?;
    let gazetteer_entries = lists.len();
    let (features, n_weights) = (
        first_weights.n_features() + second_weights.n_features(),
        first_weights.n_weights() + second_weights.n_weights(),
    );
    let first_file = ModelFile {
        kind: FIRST_PASS_KIND.to_string(),
        version: MODEL_VERSION,
        labels: label_names(),
        weights: first_weights,
        extra: Vec::new(),
    };
    let file = ModelFile {
        kind: MODEL_KIND.to_string(),
        version: MODEL_VERSION,
        labels: label_names(),
        weights: second_weights,
        extra: vec![
            (GAZETTEER_KEYS_SECTION.to_string(), lists.to_key_bytes()),
            ("first_pass".to_string(), first_file.to_bytes()),
        ],
    };
    let bytes = file.to_bytes();
    let ner = Ner::from_bytes(&bytes)?;
    let dev_scores = evaluate_ner(&ner, dev);
    let report = TrainReport {
        seed,
        epochs,
        train_sentences: first_examples.len(),
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

/// Structured perceptron over the examples at `indices`, shuffled each epoch.
fn fit(examples: &[Example], indices: &[usize], epochs: usize, seed: u64) -> Weights {
    let mut trainer = Trainer::new(NUM_LABELS);
    let mut rng = SplitMix64::new(seed);
    let mut order = indices.to_vec();
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
    trainer.finish(MIN_ABS_WEIGHT)
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
