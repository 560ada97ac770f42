//! TempEval-3 task A scoring of TIMEX3 annotations on TimeML files.
//!
//! An independent implementation of what the TempEval-3 scorer reports for
//! time expressions: extraction precision, recall and F1 with strict (exact
//! extent) and relaxed (any overlap) matching, and for the `type` and
//! `value` attributes the accuracy over relaxed matches and the attribute F1
//! defined by the task as `relaxed F1 × attribute accuracy`. The document
//! creation time (`functionInDocument="CREATION_TIME"`) is the anchor, not a
//! scored expression.

mod reader;

use crate::prf;

pub use reader::{read_timeml, TimemlDoc, TimemlError, Timex};

/// Counts for one or more documents; add them up with [`TimeCounts::add`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeCounts {
    pub gold: usize,
    pub predicted: usize,
    /// Predicted expressions with exactly the extent of a gold one.
    pub strict: usize,
    /// One-to-one pairs of overlapping predicted and gold expressions.
    pub relaxed: usize,
    /// Relaxed pairs whose `type` agrees.
    pub type_correct: usize,
    /// Relaxed pairs whose `value` agrees.
    pub value_correct: usize,
}

impl TimeCounts {
    pub fn add(&mut self, other: TimeCounts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.type_correct += other.type_correct;
        self.value_correct += other.value_correct;
    }

    /// The figures TempEval-3 reports (fractions in 0..=1).
    pub fn scores(&self) -> TimeScores {
        let (sp, sr, sf) = prf(self.strict, self.predicted, self.gold);
        let (rp, rr, rf) = prf(self.relaxed, self.predicted, self.gold);
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let type_accuracy = ratio(self.type_correct, self.relaxed);
        let value_accuracy = ratio(self.value_correct, self.relaxed);
        TimeScores {
            strict_precision: sp,
            strict_recall: sr,
            strict_f1: sf,
            relaxed_precision: rp,
            relaxed_recall: rr,
            relaxed_f1: rf,
            type_accuracy,
            value_accuracy,
            type_f1: rf * type_accuracy,
            value_f1: rf * value_accuracy,
        }
    }
}

/// TempEval-3 task A figures.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TimeScores {
    pub strict_precision: f64,
    pub strict_recall: f64,
    pub strict_f1: f64,
    pub relaxed_precision: f64,
    pub relaxed_recall: f64,
    pub relaxed_f1: f64,
    pub type_accuracy: f64,
    pub value_accuracy: f64,
    pub type_f1: f64,
    pub value_f1: f64,
}

/// A relaxed match: which predicted expression (by index) was paired with which gold one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub gold: usize,
    pub predicted: usize,
}

/// Scores one document's predictions against its gold expressions. Both
/// lists hold byte extents into the same text. Pairs are formed one-to-one,
/// preferring exact extents, then the largest overlap.
pub fn score_timexes(gold: &[Timex], predicted: &[Timex]) -> (TimeCounts, Vec<Pair>) {
    let mut counts = TimeCounts {
        gold: gold.len(),
        predicted: predicted.len(),
        ..TimeCounts::default()
    };
    counts.strict = predicted
        .iter()
        .filter(|p| gold.iter().any(|g| g.start == p.start && g.end == p.end))
        .count();
    let mut candidates: Vec<(usize, usize, usize, bool)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in predicted.iter().enumerate() {
            let overlap = g.end.min(p.end).saturating_sub(g.start.max(p.start));
            if overlap > 0 {
                candidates.push((gi, pi, overlap, g.start == p.start && g.end == p.end));
            }
        }
    }
    candidates.sort_by(|a, b| b.3.cmp(&a.3).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; predicted.len()];
    let mut pairs = Vec::new();
    for (gi, pi, _, _) in candidates {
        if gold_used[gi] || pred_used[pi] {
            continue;
        }
        gold_used[gi] = true;
        pred_used[pi] = true;
        pairs.push(Pair {
            gold: gi,
            predicted: pi,
        });
        counts.relaxed += 1;
        if gold[gi].kind == predicted[pi].kind {
            counts.type_correct += 1;
        }
        if normalize_value(&gold[gi].value) == normalize_value(&predicted[pi].value) {
            counts.value_correct += 1;
        }
    }
    pairs.sort_by_key(|p| p.gold);
    (counts, pairs)
}

/// Values compare after trimming and upper-casing, as the TempEval-3 scorer does.
fn normalize_value(v: &str) -> String {
    v.trim().to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(start: usize, end: usize, kind: &str, value: &str) -> Timex {
        Timex {
            start,
            end,
            kind: kind.into(),
            value: value.into(),
            creation_time: false,
        }
    }

    #[test]
    fn strict_relaxed_and_attribute_f1() {
        let gold = vec![
            t(0, 10, "DATE", "1998-01-08"),
            t(20, 30, "DURATION", "P1W"),
            t(40, 45, "DATE", "1998"),
        ];
        let pred = vec![
            t(0, 10, "DATE", "1998-01-08"),
            t(22, 30, "DURATION", "P2W"),
            t(50, 55, "DATE", "1999"),
        ];
        let (c, pairs) = score_timexes(&gold, &pred);
        assert_eq!(
            (c.strict, c.relaxed, c.type_correct, c.value_correct),
            (1, 2, 2, 1)
        );
        assert_eq!(pairs.len(), 2);
        let s = c.scores();
        assert!((s.relaxed_f1 - 2.0 / 3.0).abs() < 1e-9);
        assert!((s.value_f1 - (2.0 / 3.0) * 0.5).abs() < 1e-9);
        assert!((s.strict_f1 - 1.0 / 3.0).abs() < 1e-9);
    }
}
