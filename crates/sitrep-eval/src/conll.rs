//! The conlleval chunk scorer (CoNLL-2000/2003 shared tasks).
//!
//! This is an independent implementation of what the `conlleval` Perl script
//! computes: chunks are read from IOB-style tags with the script's own
//! start/end rules (which tolerate IOB1, IOB2 and the `E`, `[` and `]`
//! markers), a predicted chunk is correct only when its type and both
//! boundaries match a gold chunk, and precision, recall and F1 are
//! micro-averaged over chunks, overall and per type. Figures are percentages,
//! as conlleval prints them.
//!
//! Sentence boundaries are chunk boundaries: each inner `Vec` is one sentence
//! and is scored as if followed by conlleval's boundary line.

use std::collections::BTreeMap;

/// Chunk counts and the precision, recall and F1 derived from them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Chunks in the gold annotation.
    pub gold: usize,
    /// Chunks in the prediction.
    pub predicted: usize,
    /// Predicted chunks matching a gold chunk exactly (type and both ends).
    pub correct: usize,
    /// `100 * correct / predicted`, 0 when nothing was predicted.
    pub precision: f64,
    /// `100 * correct / gold`, 0 when there is no gold chunk.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0 when both are 0.
    pub f1: f64,
}

impl Prf {
    /// Derives precision, recall and F1 from chunk counts.
    pub fn from_counts(gold: usize, predicted: usize, correct: usize) -> Prf {
        let precision = if predicted == 0 {
            0.0
        } else {
            100.0 * correct as f64 / predicted as f64
        };
        let recall = if gold == 0 {
            0.0
        } else {
            100.0 * correct as f64 / gold as f64
        };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            gold,
            predicted,
            correct,
            precision,
            recall,
            f1,
        }
    }
}

/// What conlleval reports for one comparison.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConllScores {
    /// Per chunk type (`PER`, `ORG` ...), for every type seen in gold or prediction.
    pub per_type: BTreeMap<String, Prf>,
    /// Micro-averaged over all chunk types.
    pub overall: Prf,
    /// Percentage of tokens whose full tag (prefix and type) matches.
    pub token_accuracy: f64,
    /// Number of tokens compared.
    pub tokens: usize,
}

impl ConllScores {
    /// A conlleval-style multi-line summary.
    pub fn report(&self) -> String {
        let o = &self.overall;
        let mut out = format!(
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.\n\
             accuracy: {:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}\n",
            self.tokens,
            o.gold,
            o.predicted,
            o.correct,
            self.token_accuracy,
            o.precision,
            o.recall,
            o.f1
        );
        for (label, s) in &self.per_type {
            out.push_str(&format!(
                "{label:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}\n",
                s.precision, s.recall, s.f1, s.predicted
            ));
        }
        out
    }
}

/// Splits a tag into conlleval's (prefix, type): `B-PER` -> (`B`, `PER`),
/// `O` -> (`O`, ``). Like the script, only the first `-` separates.
fn split_tag(tag: &str) -> (&str, &str) {
    match tag.split_once('-') {
        Some((prefix, kind)) => (prefix, kind),
        None => (tag, ""),
    }
}

/// conlleval's `endOfChunk`: did a chunk end between the previous and this token?
fn end_of_chunk(prev_tag: &str, tag: &str, prev_type: &str, kind: &str) -> bool {
    let pair_ends = matches!(
        (prev_tag, tag),
        ("B", "B") | ("B", "O") | ("I", "B") | ("I", "O") | ("E", "E") | ("E", "I") | ("E", "O")
    );
    let type_change = prev_tag != "O" && prev_tag != "." && prev_type != kind;
    // Bracket markers are one-token chunks.
    pair_ends || type_change || prev_tag == "]" || prev_tag == "["
}

/// conlleval's `startOfChunk`: did a chunk start at this token?
fn start_of_chunk(prev_tag: &str, tag: &str, prev_type: &str, kind: &str) -> bool {
    let pair_starts = matches!(
        (prev_tag, tag),
        ("B", "B") | ("I", "B") | ("O", "B") | ("O", "I") | ("E", "E") | ("E", "I") | ("O", "E")
    );
    let type_change = tag != "O" && tag != "." && prev_type != kind;
    pair_starts || type_change || tag == "[" || tag == "]"
}

#[derive(Default)]
struct Counts {
    gold: usize,
    predicted: usize,
    correct: usize,
}

/// Scores predicted tag sequences against gold ones, sentence by sentence.
///
/// Sentences are paired by index, tokens by position; a sentence whose two
/// sequences differ in length is compared over the shorter one and the
/// missing tail is read as `O` (conlleval itself would abort; an evaluation
/// harness should check lengths before calling).
pub fn score<G: AsRef<str>, P: AsRef<str>>(
    gold_tags: &[Vec<G>],
    pred_tags: &[Vec<P>],
) -> ConllScores {
    let mut by_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    let mut correct_tags = 0usize;
    let mut tokens = 0usize;

    let sentences = gold_tags.len().max(pred_tags.len());
    for s in 0..sentences {
        let gold = gold_tags.get(s).map(Vec::as_slice).unwrap_or(&[]);
        let pred = pred_tags.get(s).map(Vec::as_slice).unwrap_or(&[]);
        let len = gold.len().max(pred.len());
        let (mut last_gold, mut last_gold_type) = ("O", "");
        let (mut last_pred, mut last_pred_type) = ("O", "");
        // Type of the chunk both sides opened at the same token, while they agree.
        let mut in_correct = false;
        // One step past the end: conlleval's boundary line, tagged `O`.
        for i in 0..=len {
            let at_boundary = i == len;
            let (g, g_type) = if at_boundary {
                ("O", "")
            } else {
                split_tag(gold.get(i).map_or("O", |t| t.as_ref()))
            };
            let (p, p_type) = if at_boundary {
                ("O", "")
            } else {
                split_tag(pred.get(i).map_or("O", |t| t.as_ref()))
            };

            if in_correct {
                let gold_end = end_of_chunk(last_gold, g, last_gold_type, g_type);
                let pred_end = end_of_chunk(last_pred, p, last_pred_type, p_type);
                if gold_end && pred_end && last_pred_type == last_gold_type {
                    in_correct = false;
                    total.correct += 1;
                    by_type
                        .entry(last_gold_type.to_string())
                        .or_default()
                        .correct += 1;
                } else if gold_end != pred_end || p_type != g_type {
                    in_correct = false;
                }
            }
            let gold_start = start_of_chunk(last_gold, g, last_gold_type, g_type);
            let pred_start = start_of_chunk(last_pred, p, last_pred_type, p_type);
            if gold_start && pred_start && p_type == g_type {
                in_correct = true;
            }
            if gold_start {
                total.gold += 1;
                by_type.entry(g_type.to_string()).or_default().gold += 1;
            }
            if pred_start {
                total.predicted += 1;
                by_type.entry(p_type.to_string()).or_default().predicted += 1;
            }
            if !at_boundary {
                tokens += 1;
                if g == p && g_type == p_type {
                    correct_tags += 1;
                }
            }
            (last_gold, last_gold_type, last_pred, last_pred_type) = (g, g_type, p, p_type);
        }
    }

    ConllScores {
        per_type: by_type
            .into_iter()
            .map(|(kind, c)| (kind, Prf::from_counts(c.gold, c.predicted, c.correct)))
            .collect(),
        overall: Prf::from_counts(total.gold, total.predicted, total.correct),
        token_accuracy: if tokens == 0 {
            0.0
        } else {
            100.0 * correct_tags as f64 / tokens as f64
        },
        tokens,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn perfect_prediction_scores_100() {
        let gold = vec![tags("B-PER I-PER O B-LOC"), tags("O B-ORG I-ORG")];
        let s = score(&gold, &gold);
        assert_eq!(s.overall.gold, 3);
        assert_eq!(s.overall.correct, 3);
        assert!((s.overall.f1 - 100.0).abs() < 1e-9);
        assert_eq!(s.per_type["PER"].correct, 1);
        assert!((s.token_accuracy - 100.0).abs() < 1e-9);
    }

    #[test]
    fn boundary_and_type_errors_count_as_wrong() {
        let gold = vec![tags("B-PER I-PER O B-LOC O B-ORG")];
        // PER too short, LOC right, ORG mislabelled as MISC.
        let pred = vec![tags("B-PER O O B-LOC O B-MISC")];
        let s = score(&gold, &pred);
        assert_eq!(
            (s.overall.gold, s.overall.predicted, s.overall.correct),
            (3, 3, 1)
        );
        assert!((s.overall.precision - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.per_type["MISC"].predicted, 1);
        assert_eq!(s.per_type["MISC"].gold, 0);
        assert_eq!(s.per_type["MISC"].f1, 0.0);
        assert!((s.per_type["LOC"].f1 - 100.0).abs() < 1e-9);
    }

    #[test]
    fn prediction_running_past_gold_end_is_wrong() {
        let gold = vec![tags("B-ORG I-ORG O")];
        let pred = vec![tags("B-ORG I-ORG I-ORG")];
        let s = score(&gold, &pred);
        assert_eq!(s.overall.correct, 0);
        assert_eq!(s.overall.predicted, 1);
    }

    #[test]
    fn iob1_and_iob2_read_the_same_chunks() {
        // IOB1: a chunk may start with I-; B- only separates adjacent same-type chunks.
        let iob1 = vec![tags("I-PER I-PER B-PER O I-LOC")];
        let iob2 = vec![tags("B-PER I-PER B-PER O B-LOC")];
        let s = score(&iob2, &iob1);
        assert_eq!(
            (s.overall.gold, s.overall.predicted, s.overall.correct),
            (3, 3, 3)
        );
    }

    #[test]
    fn type_change_inside_i_run_splits_chunks() {
        // conlleval reads I-ORG after I-PER as a new ORG chunk.
        let gold = vec![tags("B-PER B-ORG")];
        let pred = vec![tags("I-PER I-ORG")];
        let s = score(&gold, &pred);
        assert_eq!(s.overall.correct, 2);
    }

    #[test]
    fn sentence_end_closes_chunks() {
        let gold = vec![tags("O B-LOC"), tags("I-LOC O")];
        let s = score(&gold, &gold);
        // The I-LOC opening the second sentence starts a new chunk.
        assert_eq!(s.overall.gold, 2);
        assert_eq!(s.overall.correct, 2);
    }

    #[test]
    fn empty_input_gives_zeros() {
        let none: Vec<Vec<String>> = Vec::new();
        let s = score(&none, &none);
        assert_eq!(s.overall, Prf::from_counts(0, 0, 0));
        assert_eq!(s.tokens, 0);
        assert!(s.report().contains("processed 0 tokens"));
    }
}
