//! Sequence decoding: first-order Viterbi over BILOU labels.
//!
//! Emission scores come from the hashed features of each token; transition
//! scores are the weights of the "previous label" feature, so a single
//! perceptron learns both. Transitions that would produce an ill-formed
//! BILOU sequence are forbidden, so every output decodes to clean spans.

use super::cache::{next_model_id, with_cache, IntScores};
use super::data::{transition_allowed, NUM_LABELS, OUTSIDE};
use super::features::{
    context_word_features, contextual_features, emission_features, is_headline,
    previous_label_feature, token_info, DocEvidence, SentenceContext, TokenInfo, CONTEXT_OFFSETS,
    OUTSIDE_INFO,
};
use super::gazetteer::{Gazetteer, GazetteerHits};
use sitrep_model::Weights;

/// Per-label scores of one token.
pub type LabelScores = [f32; NUM_LABELS];

/// Transition scores, with forbidden moves at negative infinity.
#[derive(Debug, Clone)]
pub struct Transitions {
    /// From the sentence start into each label.
    pub start: LabelScores,
    /// `step[prev][next]`.
    pub step: [LabelScores; NUM_LABELS],
    /// Whether a label may end a sentence.
    pub end_allowed: [bool; NUM_LABELS],
}

impl Transitions {
    /// Builds the table from a scoring function over feature lists.
    pub fn build(mut score: impl FnMut(&[u64], &mut [f32])) -> Transitions {
        let mut start = [0.0; NUM_LABELS];
        score(&[previous_label_feature(None)], &mut start);
        let mut step = [[0.0; NUM_LABELS]; NUM_LABELS];
        for (prev, row) in step.iter_mut().enumerate() {
            score(&[previous_label_feature(Some(prev as u8))], row);
        }
        for next in 0..NUM_LABELS {
            if !transition_allowed(None, Some(next as u8)) {
                start[next] = f32::NEG_INFINITY;
            }
            for (prev, row) in step.iter_mut().enumerate() {
                if !transition_allowed(Some(prev as u8), Some(next as u8)) {
                    row[next] = f32::NEG_INFINITY;
                }
            }
        }
        let mut end_allowed = [false; NUM_LABELS];
        for (l, ok) in end_allowed.iter_mut().enumerate() {
            *ok = transition_allowed(Some(l as u8), None);
        }
        Transitions {
            start,
            step,
            end_allowed,
        }
    }
}

/// Best label sequence for the emission scores; `back` and `out` are scratch
/// buffers reused across sentences.
pub fn viterbi(
    emissions: &[LabelScores],
    trans: &Transitions,
    back: &mut Vec<[u8; NUM_LABELS]>,
    out: &mut Vec<u8>,
) {
    out.clear();
    back.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    let mut current = [0.0f32; NUM_LABELS];
    for l in 0..NUM_LABELS {
        current[l] = trans.start[l] + emissions[0][l];
    }
    back.push([0; NUM_LABELS]);
    for emission in &emissions[1..] {
        // `from` in the outer loop keeps the inner one over `to` branch-free
        // and vectorizable; a strict `>` keeps the lowest `from` on ties.
        let mut best = [f32::NEG_INFINITY; NUM_LABELS];
        let mut best_from = [u32::from(OUTSIDE); NUM_LABELS];
        for (from, (&score, step)) in current.iter().zip(&trans.step).enumerate() {
            for to in 0..NUM_LABELS {
                let s = score + step[to];
                let better = s > best[to];
                best[to] = if better { s } else { best[to] };
                best_from[to] = if better { from as u32 } else { best_from[to] };
            }
        }
        let mut pointers = [0u8; NUM_LABELS];
        for to in 0..NUM_LABELS {
            current[to] = best[to] + emission[to];
            pointers[to] = best_from[to] as u8;
        }
        back.push(pointers);
    }
    let mut last = OUTSIDE;
    let mut best = f32::NEG_INFINITY;
    for (l, &s) in current.iter().enumerate() {
        if trans.end_allowed[l] && s > best {
            best = s;
            last = l as u8;
        }
    }
    out.resize(n, OUTSIDE);
    out[n - 1] = last;
    for t in (1..n).rev() {
        out[t - 1] = back[t][out[t] as usize];
    }
}

/// A document's token summaries, gazetteer hits and document evidence.
pub struct PreparedDoc {
    pub infos: Vec<Vec<TokenInfo>>,
    pub hits: Vec<Vec<GazetteerHits>>,
    pub headline: Vec<bool>,
    pub evidence: DocEvidence,
}

/// Computes everything feature extraction needs about a document.
pub fn prepare_doc<S: AsRef<[W]>, W: AsRef<str>>(
    sentences: &[S],
    gazetteer: &Gazetteer,
) -> PreparedDoc {
    let mut scratch = String::new();
    let infos: Vec<Vec<TokenInfo>> = sentences
        .iter()
        .map(|s| {
            s.as_ref()
                .iter()
                .enumerate()
                .map(|(i, w)| token_info(w.as_ref(), i == 0, &mut scratch))
                .collect()
        })
        .collect();
    let headline: Vec<bool> = infos.iter().map(|s| is_headline(s)).collect();
    let hits = infos
        .iter()
        .map(|s| {
            let mut h = Vec::new();
            gazetteer.annotate(s, &mut h);
            h
        })
        .collect();
    let evidence = DocEvidence::collect(&infos, &headline);
    PreparedDoc {
        infos,
        hits,
        headline,
        evidence,
    }
}

/// Flat feature lists of one sentence: token `t` owns `feats[offsets[t]..offsets[t + 1]]`.
#[derive(Debug, Default, Clone)]
pub struct SentenceFeatures {
    pub feats: Vec<u64>,
    pub offsets: Vec<u32>,
}

impl SentenceFeatures {
    pub fn token(&self, t: usize) -> &[u64] {
        &self.feats[self.offsets[t] as usize..self.offsets[t + 1] as usize]
    }

    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Fills `out` with the emission features of sentence `s` of a prepared document.
pub fn sentence_features(
    doc: &PreparedDoc,
    s: usize,
    words: &[&str],
    history: Option<&[u8]>,
    scratch: &mut String,
    out: &mut SentenceFeatures,
) {
    out.feats.clear();
    out.offsets.clear();
    out.offsets.push(0);
    let ctx = SentenceContext {
        words,
        infos: &doc.infos[s],
        gazetteer: &doc.hits[s],
        headline: doc.headline[s],
        evidence: &doc.evidence,
        history,
    };
    for i in 0..words.len() {
        emission_features(&ctx, i, scratch, &mut out.feats);
        out.offsets.push(out.feats.len() as u32);
    }
}

/// Trained weights with their transition table, ready to decode.
#[derive(Debug, Clone)]
pub struct SequenceModel {
    pub weights: Weights,
    pub transitions: Transitions,
    /// Identifies this model's per-thread word score cache.
    cache_id: u64,
    /// Context-word contributions of the positions outside a sentence.
    outside: [IntScores; 4],
}

/// Reusable buffers for decoding one sentence after another.
#[derive(Default)]
pub struct DecodeScratch {
    pub features: SentenceFeatures,
    pub emissions: Vec<LabelScores>,
    pub back: Vec<[u8; NUM_LABELS]>,
    pub word: String,
}

impl SequenceModel {
    pub fn new(weights: Weights) -> SequenceModel {
        let transitions = Transitions::build(|feats, out| weights.scores(feats, out));
        let mut outside = [[0; NUM_LABELS]; 4];
        let mut feats = Vec::new();
        for (slot, row) in outside.iter_mut().enumerate() {
            feats.clear();
            context_word_features(slot, &OUTSIDE_INFO, &mut feats);
            weights.accumulate(&feats, row);
        }
        SequenceModel {
            weights,
            transitions,
            cache_id: next_model_id(),
            outside,
        }
    }

    /// Best labels for the features in `scratch.features`.
    pub fn decode(&self, scratch: &mut DecodeScratch) -> Vec<u8> {
        scratch.emissions.clear();
        for t in 0..scratch.features.len() {
            let mut scores: LabelScores = [0.0; NUM_LABELS];
            self.weights.scores(scratch.features.token(t), &mut scores);
            scratch.emissions.push(scores);
        }
        let mut labels = Vec::with_capacity(scratch.features.len());
        viterbi(
            &scratch.emissions,
            &self.transitions,
            &mut scratch.back,
            &mut labels,
        );
        labels
    }

    /// Labels every sentence of a prepared document, with optional history
    /// votes. Same result as [`sentence_features`] + [`SequenceModel::decode`],
    /// but word-only feature scores come from the per-word-type cache.
    pub fn tag_doc(
        &self,
        doc: &PreparedDoc,
        words: &[Vec<&str>],
        history: Option<&[Vec<u8>]>,
        scratch: &mut DecodeScratch,
    ) -> Vec<Vec<u8>> {
        with_cache(self.cache_id, |cache| {
            let mut out = Vec::with_capacity(words.len());
            let mut ids: Vec<u32> = Vec::new();
            let scale = self.weights.scale();
            for (s, sentence) in words.iter().enumerate() {
                let infos = &doc.infos[s];
                let n = sentence.len().min(infos.len());
                cache.reserve(n);
                ids.clear();
                ids.extend((0..n).map(|i| cache.id(&self.weights, sentence[i], &infos[i])));
                let ctx = SentenceContext {
                    words: sentence,
                    infos,
                    gazetteer: &doc.hits[s],
                    headline: doc.headline[s],
                    evidence: &doc.evidence,
                    history: history.map(|h| h[s].as_slice()),
                };
                scratch.emissions.clear();
                for i in 0..n {
                    let mut sums = cache.rows(ids[i]).own;
                    for (slot, &k) in CONTEXT_OFFSETS.iter().enumerate() {
                        let j = i as isize + k;
                        let row = if j < 0 || j as usize >= n {
                            &self.outside[slot]
                        } else {
                            &cache.rows(ids[j as usize]).context[slot]
                        };
                        for (s, &r) in sums.iter_mut().zip(row) {
                            *s += r;
                        }
                    }
                    scratch.features.feats.clear();
                    contextual_features(&ctx, i, &mut scratch.features.feats);
                    self.weights.accumulate(&scratch.features.feats, &mut sums);
                    scratch.emissions.push(sums.map(|v| v as f32 * scale));
                }
                let mut labels = Vec::with_capacity(n);
                viterbi(
                    &scratch.emissions,
                    &self.transitions,
                    &mut scratch.back,
                    &mut labels,
                );
                out.push(labels);
            }
            out
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::data::{bilou_to_spans, label_index, Bilou};

    #[test]
    fn viterbi_respects_constraints() {
        let trans = Transitions::build(|_, out| out.iter_mut().for_each(|s| *s = 0.0));
        // Emissions prefer an ill-formed B-PER followed by O.
        let mut e1 = [0.0; NUM_LABELS];
        e1[label_index(Bilou::Begin, 0) as usize] = 5.0;
        e1[label_index(Bilou::Unit, 0) as usize] = 4.0;
        let e2 = [0.0; NUM_LABELS];
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(&[e1, e2], &trans, &mut back, &mut out);
        assert_eq!(out.len(), 2);
        assert!(transition_allowed(None, Some(out[0])));
        assert!(transition_allowed(Some(out[0]), Some(out[1])));
        assert!(transition_allowed(Some(out[1]), None));
        assert_eq!(bilou_to_spans(&out).len(), 1);
    }
}
