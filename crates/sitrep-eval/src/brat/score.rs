//! Scoring predicted attributions against brat gold.
//!
//! Matching is one-to-one within a document. **Exact**: a predicted span
//! matches a gold span of the same role with the same fragments after
//! trimming whitespace and punctuation at both ends (done by the caller's
//! text-aware normalisation; here fragments are compared as given).
//! **Overlap** (PARC/PolNeAR "partial" matching): a predicted span matches a
//! gold span of the same role when they share at least one character; pairs
//! are taken greedily by decreasing shared length so each span is used at
//! most once. **Attribution level**: a predicted attribution matches a gold
//! one when their cues overlap, their contents overlap, and their sources
//! overlap or are both absent; again one-to-one, greedy by shared length.

use super::{AnnDoc, Attribution, Fragments, Role};

/// Precision/recall/F1 counts: matched pairs over predicted and gold totals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    pub matched: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn add(&mut self, other: Prf) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Exact and overlap counts for one role.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoleCounts {
    pub exact: Prf,
    pub overlap: Prf,
}

/// All counts for one or more documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttributionCounts {
    pub source: RoleCounts,
    pub cue: RoleCounts,
    pub content: RoleCounts,
    pub attribution: Prf,
}

impl AttributionCounts {
    pub fn add(&mut self, other: &AttributionCounts) {
        for role in Role::ALL {
            let (mine, theirs) = (self.role_mut(role), other.role(role));
            mine.exact.add(theirs.exact);
            mine.overlap.add(theirs.overlap);
        }
        self.attribution.add(other.attribution);
    }

    pub fn role(&self, role: Role) -> RoleCounts {
        match role {
            Role::Source => self.source,
            Role::Cue => self.cue,
            Role::Content => self.content,
        }
    }

    fn role_mut(&mut self, role: Role) -> &mut RoleCounts {
        match role {
            Role::Source => &mut self.source,
            Role::Cue => &mut self.cue,
            Role::Content => &mut self.content,
        }
    }
}

/// Characters shared by two fragment lists.
fn shared(a: &Fragments, b: &Fragments) -> usize {
    let mut total = 0;
    for &(s1, e1) in a {
        for &(s2, e2) in b {
            total += e1.min(e2).saturating_sub(s1.max(s2));
        }
    }
    total
}

fn normalized(f: &Fragments) -> Fragments {
    let mut v: Vec<(usize, usize)> = f.iter().copied().filter(|(s, e)| e > s).collect();
    v.sort_unstable();
    v
}

/// Greedy one-to-one matching by decreasing weight; returns the pair count.
fn match_pairs(mut candidates: Vec<(usize, usize, usize)>) -> usize {
    candidates.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut used_pred = std::collections::HashSet::new();
    let mut used_gold = std::collections::HashSet::new();
    let mut matched = 0;
    for (p, g, _) in candidates {
        if used_pred.contains(&p) || used_gold.contains(&g) {
            continue;
        }
        used_pred.insert(p);
        used_gold.insert(g);
        matched += 1;
    }
    matched
}

fn role_counts(pred: &[&Fragments], gold: &[&Fragments]) -> RoleCounts {
    let mut exact = Vec::new();
    let mut overlap = Vec::new();
    for (pi, p) in pred.iter().enumerate() {
        for (gi, g) in gold.iter().enumerate() {
            let n = shared(p, g);
            if n > 0 {
                overlap.push((pi, gi, n));
            }
            if normalized(p) == normalized(g) {
                exact.push((pi, gi, 1));
            }
        }
    }
    let totals = Prf {
        matched: 0,
        predicted: pred.len(),
        gold: gold.len(),
    };
    RoleCounts {
        exact: Prf {
            matched: match_pairs(exact),
            ..totals
        },
        overlap: Prf {
            matched: match_pairs(overlap),
            ..totals
        },
    }
}

/// Scores one document's predicted attributions against its gold.
pub fn score_doc(predicted: &[Attribution], gold: &AnnDoc) -> AttributionCounts {
    let mut counts = AttributionCounts::default();
    for role in Role::ALL {
        // Distinct predicted spans of this role (a shared source counts once).
        let mut pred: Vec<&Fragments> = Vec::new();
        for a in predicted {
            if let Some(f) = a.role(role) {
                if !pred.iter().any(|p| normalized(p) == normalized(f)) {
                    pred.push(f);
                }
            }
        }
        let gold_spans: Vec<&Fragments> = gold
            .spans
            .iter()
            .filter(|(r, _)| *r == role)
            .map(|(_, f)| f)
            .collect();
        *counts.role_mut(role) = role_counts(&pred, &gold_spans);
    }
    let mut pairs = Vec::new();
    for (pi, p) in predicted.iter().enumerate() {
        for (gi, g) in gold.attributions.iter().enumerate() {
            let overlap = |a: Option<&Fragments>, b: Option<&Fragments>| {
                a.zip(b).map_or(0, |(a, b)| shared(a, b))
            };
            let cue = overlap(p.cue.as_ref(), g.cue.as_ref());
            let content = overlap(p.content.as_ref(), g.content.as_ref());
            let source_ok = match (&p.source, &g.source) {
                (None, None) => true,
                (Some(a), Some(b)) => shared(a, b) > 0,
                _ => false,
            };
            if cue > 0 && content > 0 && source_ok {
                pairs.push((pi, gi, cue + content));
            }
        }
    }
    counts.attribution = Prf {
        matched: match_pairs(pairs),
        predicted: predicted.len(),
        gold: gold.attributions.len(),
    };
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(
        source: Option<(usize, usize)>,
        cue: (usize, usize),
        content: (usize, usize),
    ) -> Attribution {
        Attribution {
            source: source.map(|s| vec![s]),
            cue: Some(vec![cue]),
            content: Some(vec![content]),
        }
    }

    fn gold(attrs: Vec<Attribution>) -> AnnDoc {
        let mut spans = Vec::new();
        for a in &attrs {
            for role in Role::ALL {
                if let Some(f) = a.role(role) {
                    spans.push((role, f.clone()));
                }
            }
        }
        AnnDoc {
            attributions: attrs,
            spans,
            dangling: 0,
        }
    }

    #[test]
    fn exact_overlap_and_attribution_matching() {
        let g = gold(vec![
            attr(Some((0, 10)), (11, 15), (16, 40)),
            attr(None, (50, 55), (56, 70)),
        ]);
        let p = vec![
            attr(Some((4, 10)), (11, 15), (16, 40)),
            attr(Some((45, 49)), (50, 55), (60, 62)),
        ];
        let c = score_doc(&p, &g);
        assert_eq!(
            c.source.overlap,
            Prf {
                matched: 1,
                predicted: 2,
                gold: 1
            }
        );
        assert_eq!(c.source.exact.matched, 0);
        assert_eq!(c.cue.exact.matched, 2);
        assert_eq!(c.content.exact.matched, 1);
        assert_eq!(c.content.overlap.matched, 2);
        // The second prediction has a source where gold has none.
        assert_eq!(c.attribution.matched, 1);
        assert!((c.attribution.f1() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn overlap_is_one_to_one() {
        let g = gold(vec![attr(None, (0, 2), (3, 30))]);
        let p = vec![attr(None, (0, 2), (3, 10)), attr(None, (0, 2), (12, 30))];
        let c = score_doc(&p, &g);
        assert_eq!(
            c.content.overlap,
            Prf {
                matched: 1,
                predicted: 2,
                gold: 1
            }
        );
        // The shared cue counts once on the predicted side.
        assert_eq!(
            c.cue.overlap,
            Prf {
                matched: 1,
                predicted: 1,
                gold: 1
            }
        );
        assert_eq!(c.attribution.matched, 1);
    }
}
