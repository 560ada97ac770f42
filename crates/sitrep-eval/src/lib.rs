//! Scorers for the public gold sets: CoNLL 2018 UD, conlleval, TempEval-3, brat attribution, snippet/token overlap, hand-built claims and quotes gold.

pub mod brat;
pub mod claims;
pub mod conll;
pub mod conllu;
pub mod gold_lines;
pub mod html;
pub mod speakers;
pub mod timeml;
pub mod ud;

/// `(precision, recall, F1)` of `correct` out of `system` and `gold`.
pub fn prf(correct: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(correct, system), ratio(correct, gold));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}
