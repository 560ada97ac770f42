//! Scorers for HTML main-text extraction.
//!
//! - Snippet scoring as in trafilatura's evaluation (`eval_common.count_item`):
//!   whitespace-normalise the extracted text and every snippet; each
//!   "with" snippet found as a substring is a true positive (else a false
//!   negative), each "without" snippet found is a false positive (else a
//!   true negative); counts are summed over the corpus before computing
//!   precision, recall, accuracy and F1. A missing output counts every
//!   "with" snippet as a false negative and every "without" as a true
//!   negative.
//! - Token overlap as in article-extraction-benchmark: `\w+` tokens, bag
//!   (multiset) overlap between extracted and gold text, per document.
//! - Metadata: exact title match, author-set F1, same calendar date.

/// Summed confusion counts of the snippet evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SnippetCounts {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub true_negatives: usize,
}

impl SnippetCounts {
    /// Adds another document's counts.
    pub fn add(&mut self, other: SnippetCounts) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
        self.true_negatives += other.true_negatives;
    }

    /// TP / (TP + FP), 0 when undefined.
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// TP / (TP + FN), 0 when undefined.
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// (TP + TN) / all, 0 when undefined.
    pub fn accuracy(&self) -> f64 {
        let total =
            self.true_positives + self.false_positives + self.false_negatives + self.true_negatives;
        ratio(self.true_positives + self.true_negatives, total)
    }

    /// 2TP / (2TP + FP + FN), 0 when undefined.
    pub fn f1(&self) -> f64 {
        ratio(
            2 * self.true_positives,
            2 * self.true_positives + self.false_positives + self.false_negatives,
        )
    }
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// Replaces every whitespace run with one space and trims (Python's
/// `re.sub(r"\s+", " ", text).strip()`).
pub fn normalize_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores one document's extracted text against its snippets. `None`
/// stands for a failed extraction.
pub fn count_snippets(
    with: &[String],
    without: &[String],
    extracted: Option<&str>,
) -> SnippetCounts {
    let (found_with, found_without) = match extracted {
        Some(text) => {
            let text = normalize_whitespace(text);
            let found = |snippets: &[String]| {
                snippets
                    .iter()
                    .filter(|s| text.contains(&normalize_whitespace(s)))
                    .count()
            };
            (found(with), found(without))
        }
        None => (0, 0),
    };
    SnippetCounts {
        true_positives: found_with,
        false_positives: found_without,
        false_negatives: with.len() - found_with,
        true_negatives: without.len() - found_without,
    }
}

/// `\w+` tokens: maximal runs of alphanumeric characters and `_`.
pub fn word_tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Precision, recall and F1 of one comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    /// From overlap and the two sizes; both empty counts as a perfect match.
    pub fn from_counts(overlap: usize, predicted: usize, gold: usize) -> Prf {
        if predicted == 0 && gold == 0 {
            return Prf {
                precision: 1.0,
                recall: 1.0,
                f1: 1.0,
            };
        }
        let precision = ratio(overlap, predicted);
        let recall = ratio(overlap, gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }

    /// Component-wise mean (0 for an empty list).
    pub fn mean(items: &[Prf]) -> Prf {
        if items.is_empty() {
            return Prf::default();
        }
        let n = items.len() as f64;
        Prf {
            precision: items.iter().map(|p| p.precision).sum::<f64>() / n,
            recall: items.iter().map(|p| p.recall).sum::<f64>() / n,
            f1: items.iter().map(|p| p.f1).sum::<f64>() / n,
        }
    }
}

/// Bag-of-tokens P/R/F1 of extracted text against gold text.
pub fn token_prf(extracted: &str, gold: &str) -> Prf {
    let mut gold_counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let gold_tokens = word_tokens(gold);
    for token in &gold_tokens {
        *gold_counts.entry(token).or_default() += 1;
    }
    let predicted_tokens = word_tokens(extracted);
    let mut overlap = 0;
    for token in &predicted_tokens {
        if let Some(count) = gold_counts.get_mut(token) {
            if *count > 0 {
                *count -= 1;
                overlap += 1;
            }
        }
    }
    Prf::from_counts(overlap, predicted_tokens.len(), gold_tokens.len())
}

/// Whitespace-normalised exact title equality.
pub fn title_matches(predicted: Option<&str>, gold: Option<&str>) -> bool {
    match (predicted, gold) {
        (Some(p), Some(g)) => normalize_whitespace(p) == normalize_whitespace(g),
        (None, None) => true,
        _ => false,
    }
}

/// Set F1 of author names (case-insensitive, whitespace-normalised).
pub fn author_prf(predicted: &[String], gold: &[String]) -> Prf {
    let key = |name: &String| normalize_whitespace(name).to_lowercase();
    let mut predicted_set: Vec<String> = predicted.iter().map(key).collect();
    predicted_set.sort();
    predicted_set.dedup();
    let mut gold_set: Vec<String> = gold.iter().map(key).collect();
    gold_set.sort();
    gold_set.dedup();
    let overlap = predicted_set
        .iter()
        .filter(|p| gold_set.contains(p))
        .count();
    Prf::from_counts(overlap, predicted_set.len(), gold_set.len())
}

/// Whether two ISO-8601-prefixed dates fall on the same calendar date
/// (`2023-11-06T00:00:00` equals `2023-11-06`). Time zones are not
/// converted: pages state their local publication day.
pub fn same_date(predicted: Option<&str>, gold: Option<&str>) -> bool {
    let day = |d: &str| d.trim().get(..10).map(str::to_string);
    match (predicted, gold) {
        (Some(p), Some(g)) => day(p).is_some() && day(p) == day(g),
        (None, None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn snippet_counting_matches_the_reference_definition() {
        let with = strings(&["first  part", "missing"]);
        let without = strings(&["Impressum", "Share"]);
        let counts = count_snippets(
            &with,
            &without,
            Some("the first\n part of the text. Impressum"),
        );
        assert_eq!(
            counts,
            SnippetCounts {
                true_positives: 1,
                false_positives: 1,
                false_negatives: 1,
                true_negatives: 1
            }
        );
        let failed = count_snippets(&with, &without, None);
        assert_eq!(
            failed,
            SnippetCounts {
                true_positives: 0,
                false_positives: 0,
                false_negatives: 2,
                true_negatives: 2
            }
        );
        let mut total = counts;
        total.add(failed);
        assert!((total.precision() - 0.5).abs() < 1e-9);
        assert!((total.recall() - 0.25).abs() < 1e-9);
        assert!((total.accuracy() - 0.5).abs() < 1e-9);
        assert!((total.f1() - 2.0 / 6.0).abs() < 1e-9);
        assert_eq!(SnippetCounts::default().f1(), 0.0);
    }

    #[test]
    fn token_overlap_is_a_multiset() {
        let prf = token_prf("a a b c", "a b b");
        assert!((prf.precision - 0.5).abs() < 1e-9);
        assert!((prf.recall - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            word_tokens("Hello, wörld_1 — 東京!"),
            vec!["Hello", "wörld_1", "東京"]
        );
        assert_eq!(token_prf("", "").f1, 1.0);
        assert_eq!(token_prf("x", "").f1, 0.0);
    }

    #[test]
    fn metadata_comparisons() {
        assert!(title_matches(Some(" A  title"), Some("A title")));
        assert!(!title_matches(Some("A title"), None));
        let prf = author_prf(&strings(&["Jane Doe", "x"]), &strings(&["jane doe"]));
        assert!((prf.precision - 0.5).abs() < 1e-9 && (prf.recall - 1.0).abs() < 1e-9);
        assert!(same_date(
            Some("2023-11-06T00:00:00"),
            Some("2023-11-06 12:00")
        ));
        assert!(!same_date(Some("2023-11-07"), Some("2023-11-06")));
        assert!(!same_date(None, Some("2023-11-06")));
    }
}
