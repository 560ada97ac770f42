//! Beam search over the arc-hybrid transitions (Zhang & Nivre 2011).
//!
//! Why a beam: the greedy parser commits to every transition; a beam keeps
//! the `width` best partial analyses (scored by the sum of their transition
//! scores), so an early attachment that looked best locally can still lose
//! to an alternative once later words are seen. Every analysis of an
//! `n`-word sentence takes exactly `2n` transitions in this system, so all
//! hypotheses finish at the same step and their sums compare fairly.
//!
//! The relation of an arc is still chosen greedily, by the first labeller
//! when the arc is made (once per kept hypothesis), and the second-pass
//! labeller relabels the winning tree as in greedy decoding.

use std::cmp::Ordering;

use super::features::{parser_features, SentenceKeys};
use super::state::State;
use super::{Parser, MOVES};

/// An expansion of hypothesis `from` by transition class `class` (index in
/// [`MOVES`]) with the total score of the extended sequence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate<S> {
    pub(super) from: usize,
    pub(super) class: usize,
    pub(super) score: S,
}

/// Keeps the `width` best candidates, best first. The sort is stable and
/// candidates are pushed hypothesis by hypothesis in class order, so ties
/// go to the earlier hypothesis, then the lower class: with width 1 this
/// picks exactly the move greedy decoding picks.
pub(super) fn keep_best<S: PartialOrd + Copy>(candidates: &mut Vec<Candidate<S>>, width: usize) {
    candidates.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(Ordering::Equal));
    candidates.truncate(width.max(1));
}

/// A decoding hypothesis: a configuration and its summed integer score.
struct Hyp {
    state: State,
    score: i64,
}

impl Parser {
    /// Beam decoding of one sentence with `width` hypotheses; returns the
    /// best complete configuration (first-pass labels).
    pub(super) fn run_beam(&self, keys: &SentenceKeys, n: usize, width: usize) -> State {
        let width = width.max(1);
        let mut beam = vec![Hyp {
            state: State::new(n),
            score: 0,
        }];
        let mut next: Vec<Hyp> = Vec::with_capacity(width);
        // Configurations of dropped hypotheses, reused to avoid allocating
        // `width` states per transition.
        let mut spare: Vec<State> = Vec::with_capacity(width);
        let mut candidates = Vec::with_capacity(width * MOVES.len());
        // Kept candidates still to come per hypothesis: the last one takes
        // the hypothesis's configuration instead of copying it, so a beam
        // whose hypotheses each keep one successor copies nothing.
        let mut uses: Vec<u8> = Vec::with_capacity(width);
        let mut feats = Vec::with_capacity(80);
        let mut label_feats = Vec::with_capacity(64);
        let mut label_scores = vec![0i32; self.deprels.len()];
        while beam.first().is_some_and(|h| !h.state.is_terminal()) {
            candidates.clear();
            for (from, hyp) in beam.iter().enumerate() {
                parser_features(&hyp.state, keys, &mut feats);
                let mut scores = [0i32; 3];
                self.transitions.accumulate(&feats, &mut scores);
                for (class, &score) in scores.iter().enumerate() {
                    if hyp.state.can(MOVES[class]) {
                        candidates.push(Candidate {
                            from,
                            class,
                            score: hyp.score + i64::from(score),
                        });
                    }
                }
            }
            if candidates.is_empty() {
                break;
            }
            keep_best(&mut candidates, width);
            uses.clear();
            uses.resize(beam.len(), 0);
            for c in &candidates {
                uses[c.from] += 1;
            }
            for c in &candidates {
                uses[c.from] -= 1;
                let parent = &mut beam[c.from];
                let mut state = if uses[c.from] == 0 {
                    std::mem::replace(&mut parent.state, State::placeholder())
                } else {
                    let mut copy = spare.pop().unwrap_or_else(|| State::new(n));
                    copy.copy_from(&parent.state);
                    copy
                };
                let kind = MOVES[c.class];
                let label = self.label(&state, kind, keys, &mut label_feats, &mut label_scores);
                state.apply(kind, label);
                next.push(Hyp {
                    state,
                    score: c.score,
                });
            }
            spare.extend(
                beam.drain(..)
                    .map(|h| h.state)
                    .filter(|s| s.heads.capacity() > 0),
            );
            std::mem::swap(&mut beam, &mut next);
        }
        beam.into_iter()
            .next()
            .map_or_else(|| State::new(n), |h| h.state)
    }
}
