//! The averaged perceptron learner.
//!
//! Weights are stored sparsely per feature (a feature usually fires with a
//! handful of classes), so memory grows with what was actually updated, not
//! with `features x classes`. Averaging uses the lazy timestamp trick: each
//! weight remembers when it last changed and the running total is brought up
//! to date only when the weight changes again (and once in [`Trainer::finish`]).

use std::collections::HashMap;

use crate::hash::BuildKeyHasher;
use crate::weights::Weights;

#[derive(Debug, Clone, Copy)]
struct Entry {
    class: u16,
    weight: f32,
    /// Sum of `weight` over all instances up to `stamp`.
    total: f64,
    stamp: u32,
}

/// Trains a multiclass averaged perceptron over hashed features.
///
/// Protocol: for every training instance call [`Trainer::scores`] or
/// [`Trainer::predict`], then [`Trainer::update`] (or `update_with`), then
/// [`Trainer::tick`] once. The average is taken over ticks.
#[derive(Debug, Clone)]
pub struct Trainer {
    n_classes: usize,
    index: HashMap<u64, u32, BuildKeyHasher>,
    rows: Vec<Vec<Entry>>,
    now: u32,
}

impl Trainer {
    /// A learner for `n_classes` classes (at most 65,535).
    pub fn new(n_classes: usize) -> Self {
        assert!(
            n_classes > 0 && n_classes <= usize::from(u16::MAX),
            "n_classes out of range"
        );
        Trainer {
            n_classes,
            index: HashMap::default(),
            rows: Vec::new(),
            now: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of distinct features updated so far.
    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    /// Instances seen (ticks).
    pub fn instances(&self) -> u32 {
        self.now
    }

    /// Current (not averaged) scores of every class; overwrites `out`,
    /// which must hold `n_classes` values.
    pub fn scores(&self, feats: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|s| *s = 0.0);
        for feat in feats {
            if let Some(&row) = self.index.get(feat) {
                for entry in &self.rows[row as usize] {
                    out[usize::from(entry.class)] += entry.weight;
                }
            }
        }
    }

    /// Highest-scoring class with the current weights (ties: lowest index).
    pub fn predict(&self, feats: &[u64]) -> usize {
        let mut scores = vec![0.0; self.n_classes];
        self.scores(feats, &mut scores);
        argmax(&scores)
    }

    /// The standard perceptron step: reward `truth`, penalise `guess`.
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        self.update_with(feats, truth, 1.0);
        self.update_with(feats, guess, -1.0);
    }

    /// Adds `delta` to the weight of `class` for every feature in `feats`.
    pub fn update_with(&mut self, feats: &[u64], class: usize, delta: f32) {
        debug_assert!(class < self.n_classes);
        let now = self.now;
        for &feat in feats {
            let next_row = self.rows.len() as u32;
            let row = *self.index.entry(feat).or_insert(next_row);
            if row == next_row {
                self.rows.push(Vec::with_capacity(2));
            }
            let entries = &mut self.rows[row as usize];
            let class = class as u16;
            let entry = match entries.iter_mut().position(|e| e.class == class) {
                Some(i) => &mut entries[i],
                None => {
                    entries.push(Entry {
                        class,
                        weight: 0.0,
                        total: 0.0,
                        stamp: now,
                    });
                    let last = entries.len() - 1;
                    &mut entries[last]
                }
            };
            entry.total += f64::from(now - entry.stamp) * f64::from(entry.weight);
            entry.stamp = now;
            entry.weight += delta;
        }
    }

    /// Trains on `count` independent instances for `epochs` passes, each
    /// pass in a fresh order drawn from `seed`: predict, update on a
    /// mistake, tick. `instance(k)` gives the features and true class of
    /// instance `k`.
    pub fn fit<'a>(
        n_classes: usize,
        count: usize,
        instance: impl Fn(usize) -> (&'a [u64], usize),
        epochs: usize,
        seed: u64,
    ) -> Self {
        let mut trainer = Trainer::new(n_classes);
        let mut order: Vec<usize> = (0..count).collect();
        let mut rng = crate::SplitMix64::new(seed);
        for _ in 0..epochs {
            rng.shuffle(&mut order);
            for &k in &order {
                let (feats, truth) = instance(k);
                let guess = trainer.predict(feats);
                trainer.update(feats, truth, guess);
                trainer.tick();
            }
        }
        trainer
    }

    /// Marks the end of one training instance (for averaging).
    pub fn tick(&mut self) {
        self.now = self.now.saturating_add(1);
    }

    /// Averages the weights, drops those with `|w| < min_abs_weight`, and
    /// quantizes the rest into a compact [`Weights`] table.
    pub fn finish(self, min_abs_weight: f32) -> Weights {
        let now = self.now.max(1);
        let mut keyed: Vec<(u64, u32)> = self.index.into_iter().collect();
        keyed.sort_unstable_by_key(|&(key, _)| key);
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(keyed.len());
        for (key, row) in keyed {
            let mut kept: Vec<(u16, f32)> = self.rows[row as usize]
                .iter()
                .map(|e| {
                    let total = e.total + f64::from(now - e.stamp.min(now)) * f64::from(e.weight);
                    (e.class, (total / f64::from(now)) as f32)
                })
                .filter(|&(_, w)| w != 0.0 && w.abs() >= min_abs_weight)
                .collect();
            if !kept.is_empty() {
                kept.sort_unstable_by_key(|&(class, _)| class);
                rows.push((key, kept));
            }
        }
        Weights::from_rows(self.n_classes, &rows)
    }
}

/// Index of the largest score (ties: lowest index; empty: 0).
pub fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}
