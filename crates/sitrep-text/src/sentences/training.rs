//! Training the boundary classifier: a binary averaged perceptron over the
//! candidate gaps of texts whose sentence ends are known (UD treebanks
//! rebuilt as raw text). Deterministic: the seed fixes the shuffling order.

use sitrep_core::Token;

use super::features::{Features, Walker};
use super::model::BoundaryModel;
use super::rules::gap_after;
use super::{verdict, Verdict};
use crate::tokenize::tokenize;

/// A raw text and the byte offsets where its gold sentences end.
#[derive(Debug, Clone, Copy)]
pub struct TrainingText<'a> {
    /// The raw text.
    pub text: &'a str,
    /// End offsets (exclusive, in bytes) of the gold sentences, ascending.
    pub sentence_ends: &'a [usize],
}

/// Settings of one training run.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the training candidates.
    pub epochs: usize,
    /// Seed of the shuffling order.
    pub seed: u64,
    /// The weight table has `2^table_bits` slots.
    pub table_bits: u32,
    /// Independent training runs (seeds `seed`, `seed + 1`, ...) whose
    /// averaged weights are averaged again: less dependence on one
    /// shuffling order, so retraining moves fewer decisions at random.
    pub runs: u32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 8,
            seed: 1,
            table_bits: 18,
            runs: 1,
        }
    }
}

/// Counts from one training run.
#[derive(Debug, Clone, Copy, Default)]
pub struct TrainSummary {
    /// Candidate gaps the classifier was trained on.
    pub candidates: usize,
    /// Of those, gaps where a gold sentence ends.
    pub boundaries: usize,
    /// Gold sentence ends the rules decide without the classifier, or that
    /// fall inside a token or at a gap that is not a candidate.
    pub outside_candidates: usize,
}

/// One training example: feature slots and whether a sentence ends.
struct Sample {
    slots: Vec<u32>,
    boundary: bool,
}

/// Collects the classifier's candidates of `text` with their gold labels.
fn collect_samples(
    model: &BoundaryModel,
    text: &TrainingText<'_>,
    samples: &mut Vec<Sample>,
    summary: &mut TrainSummary,
) {
    let tokens: Vec<Token> = tokenize(text.text);
    let mut walker = Walker::new(text.text, &tokens);
    let mut features = Features::new();
    let mut gold = text.sentence_ends.iter().peekable();
    for i in 0..tokens.len().saturating_sub(1) {
        let end = tokens[i].span.end;
        while gold.next_if(|&&e| e < end).is_some() {
            summary.outside_candidates += 1; // inside a token
        }
        let boundary = gold.next_if(|&&e| e == end).is_some();
        let gap = gap_after(text.text, &tokens, i);
        match verdict(text.text, &tokens, i, gap) {
            Verdict::Fixed(_) => summary.outside_candidates += usize::from(boundary),
            Verdict::Learned { rule } => {
                walker.features(i, gap, rule, &mut features);
                let slots = features
                    .keys()
                    .iter()
                    .map(|&k| model.slot(k) as u32)
                    .collect();
                samples.push(Sample { slots, boundary });
                summary.candidates += 1;
                summary.boundaries += usize::from(boundary);
            }
        }
        walker.finish_token(i, gap);
    }
}

/// SplitMix64, for a seeded shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Trains the boundary classifier on `texts` (threshold 0; tune it with
/// [`BoundaryModel::with_threshold`]).
pub fn train_boundary_model(
    texts: &[TrainingText<'_>],
    options: &TrainOptions,
) -> (BoundaryModel, TrainSummary) {
    let mut model = BoundaryModel::zeros(options.table_bits);
    let mut samples = Vec::new();
    let mut summary = TrainSummary::default();
    for text in texts {
        collect_samples(&model, text, &mut samples, &mut summary);
    }
    let size = 1usize << options.table_bits;
    let runs = options.runs.max(1);
    let mut sum = vec![0.0f64; size];
    for run in 0..runs {
        let seed = options.seed.wrapping_add(u64::from(run));
        for (total, w) in
            sum.iter_mut()
                .zip(averaged_perceptron(&samples, size, options.epochs, seed))
        {
            *total += w;
        }
    }
    for (out, total) in model.weights_mut().iter_mut().zip(&sum) {
        let averaged = total / f64::from(runs);
        // Rounded to 1/1000: tiny averaged weights are noise, and zero
        // slots are not stored.
        *out = ((averaged * 1000.0).round() / 1000.0) as f32;
    }
    (model, summary)
}

/// One averaged perceptron run over `samples`, shuffled with `seed`.
fn averaged_perceptron(samples: &[Sample], size: usize, epochs: usize, seed: u64) -> Vec<f64> {
    // Lazy averaging: `timed` accumulates each update times the step it
    // happened at.
    let mut weights = vec![0.0f64; size];
    let mut timed = vec![0.0f64; size];
    let mut step = 1.0f64;
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut rng = Rng(seed);
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &index in &order {
            let sample = &samples[index];
            let score: f64 = sample.slots.iter().map(|&s| weights[s as usize]).sum();
            let target = if sample.boundary { 1.0 } else { -1.0 };
            if score * target <= 0.0 {
                for &slot in &sample.slots {
                    weights[slot as usize] += target;
                    timed[slot as usize] += target * step;
                }
            }
            step += 1.0;
        }
    }
    weights
        .iter()
        .zip(&timed)
        .map(|(w, t)| w - t / step)
        .collect()
}
