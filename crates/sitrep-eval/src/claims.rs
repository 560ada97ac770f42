//! The claims gold format (`gold/claims/*.jsonl`) and its scorer.
//!
//! One JSON object per document: `source` (path relative to the shared
//! data folder), `member` (file inside an archive, or null), `split`,
//! `sentences` (how many sentences the annotator reviewed) and `claims`,
//! each with the sentence's code-point span in the cleaned text, its
//! `attribution` (`source`, `hedged`, `unattributed`) and the cue's
//! code-point span and words (`null` when the sentence has none).
//! Sentences that are not listed carry no claim.
//!
//! Matching: a system claim matches the gold claim whose sentence it
//! overlaps by more than half of the shorter of the two; each matches at
//! most once. Detection counts any match; a labelled match also agrees on
//! the attribution. The cue is scored on labelled matches whose gold cue
//! is not null: right when the two cue spans overlap.

use serde::Deserialize;
use sitrep_core::{Attribution, CharMap, Doc};

use crate::gold_lines::{read_lines, GoldLineError};
use crate::prf;

/// One annotated claim; spans are code-point offsets into `Doc.text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldClaim {
    pub sentence: (usize, usize),
    pub attribution: Attribution,
    pub cue: Option<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldClaimsDoc {
    pub source: String,
    pub member: Option<String>,
    pub split: String,
    pub claims: Vec<GoldClaim>,
}

#[derive(Deserialize)]
struct RawDoc {
    source: String,
    member: Option<String>,
    split: String,
    claims: Vec<RawClaim>,
}

#[derive(Deserialize)]
struct RawClaim {
    sentence_start: usize,
    sentence_end: usize,
    attribution: String,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
}

/// Parses a JSONL gold file; errors name the line and what is wrong.
pub fn read_gold(text: &str) -> Result<Vec<GoldClaimsDoc>, GoldLineError> {
    read_lines(text, validate)
}

fn validate(raw: RawDoc) -> Result<GoldClaimsDoc, String> {
    let claims = raw
        .claims
        .into_iter()
        .map(|c| {
            let attribution = parse_attribution(&c.attribution)?;
            if c.sentence_start >= c.sentence_end {
                return Err(format!(
                    "empty sentence span {}..{}",
                    c.sentence_start, c.sentence_end
                ));
            }
            let cue = match (c.cue_start, c.cue_end) {
                (Some(s), Some(e)) if s < e => Some((s, e)),
                (None, None) => None,
                (s, e) => return Err(format!("bad cue span {s:?}..{e:?}")),
            };
            Ok(GoldClaim {
                sentence: (c.sentence_start, c.sentence_end),
                attribution,
                cue,
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(GoldClaimsDoc {
        source: raw.source,
        member: raw.member,
        split: raw.split,
        claims,
    })
}

fn parse_attribution(name: &str) -> Result<Attribution, String> {
    match name {
        "source" => Ok(Attribution::Source),
        "hedged" => Ok(Attribution::Hedged),
        "unattributed" => Ok(Attribution::Unattributed),
        other => Err(format!(
            "attribution `{other}`: use source, hedged or unattributed"
        )),
    }
}

pub const ATTRIBUTIONS: [Attribution; 3] = [
    Attribution::Source,
    Attribution::Hedged,
    Attribution::Unattributed,
];

fn class(a: Attribution) -> usize {
    match a {
        Attribution::Source => 0,
        Attribution::Hedged => 1,
        Attribution::Unattributed => 2,
    }
}

/// A system claim in code points: sentence span, attribution, cue span.
type SystemClaim = ((usize, usize), Attribution, Option<(usize, usize)>);

/// Counts over documents; precision, recall and F1 come from them.
#[derive(Debug, Clone, Default)]
pub struct ClaimScores {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    /// Matched by sentence, whatever the attribution.
    pub matched: usize,
    /// Matched with the same attribution.
    pub labelled: usize,
    pub gold_by_class: [usize; 3],
    pub system_by_class: [usize; 3],
    pub labelled_by_class: [usize; 3],
    /// `[gold][system]` attribution counts over sentence matches.
    pub confusion: [[usize; 3]; 3],
    pub cues_scored: usize,
    pub cues_right: usize,
    /// `(document, code-point sentence start, what went wrong)`.
    pub errors: Vec<(String, usize, String)>,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

impl ClaimScores {
    pub fn detection(&self) -> (f64, f64, f64) {
        prf(self.matched, self.system, self.gold)
    }

    pub fn labelled_prf(&self) -> (f64, f64, f64) {
        prf(self.labelled, self.system, self.gold)
    }

    pub fn class_prf(&self, a: Attribution) -> (f64, f64, f64) {
        let c = class(a);
        prf(
            self.labelled_by_class[c],
            self.system_by_class[c],
            self.gold_by_class[c],
        )
    }

    /// Scores one document's system claims against its gold.
    pub fn add(&mut self, name: &str, doc: &Doc, gold: &GoldClaimsDoc) {
        let chars = CharMap::new(&doc.text);
        let to_chars = |byte: usize| chars.char_offset(byte);
        let system: Vec<SystemClaim> = doc
            .layers
            .claims
            .iter()
            .map(|c| {
                let span = (to_chars(c.span.start), to_chars(c.span.end));
                let cue = c.cue.map(|q| (to_chars(q.start), to_chars(q.end)));
                (span, c.attribution, cue)
            })
            .collect();
        self.documents += 1;
        self.gold += gold.claims.len();
        self.system += system.len();
        for g in &gold.claims {
            self.gold_by_class[class(g.attribution)] += 1;
        }
        for s in &system {
            self.system_by_class[class(s.1)] += 1;
        }
        let words = |span: (usize, usize)| {
            let (a, b) = (chars.byte_offset(span.0), chars.byte_offset(span.1));
            doc.text.get(a..b).unwrap_or("").to_string()
        };
        let mut used = vec![false; system.len()];
        for g in &gold.claims {
            let found = system.iter().enumerate().find(|(k, s)| {
                let shorter = (g.sentence.1 - g.sentence.0).min(s.0 .1.saturating_sub(s.0 .0));
                !used[*k] && 2 * overlap(g.sentence, s.0) > shorter
            });
            let Some((k, s)) = found else {
                self.errors.push((
                    name.to_string(),
                    g.sentence.0,
                    format!("missed {:?}", g.attribution),
                ));
                continue;
            };
            used[k] = true;
            self.matched += 1;
            self.confusion[class(g.attribution)][class(s.1)] += 1;
            if s.1 != g.attribution {
                let cue = s.2.map(&words).unwrap_or_default();
                self.errors.push((
                    name.to_string(),
                    g.sentence.0,
                    format!("gold {:?}, system {:?} (cue {cue:?})", g.attribution, s.1),
                ));
                continue;
            }
            self.labelled += 1;
            self.labelled_by_class[class(g.attribution)] += 1;
            if let Some(gold_cue) = g.cue {
                self.cues_scored += 1;
                if s.2.is_some_and(|c| overlap(c, gold_cue) > 0) {
                    self.cues_right += 1;
                } else {
                    self.errors.push((
                        name.to_string(),
                        g.sentence.0,
                        format!(
                            "{:?} cue: gold {:?}, system {:?}",
                            g.attribution,
                            words(gold_cue),
                            s.2.map(words)
                        ),
                    ));
                }
            }
        }
        for (k, s) in system.iter().enumerate() {
            if !used[k] {
                let cue = s.2.map(&words).unwrap_or_default();
                self.errors.push((
                    name.to_string(),
                    s.0 .0,
                    format!("spurious {:?} (cue {cue:?})", s.1),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_core::{Claim, Source, SourceFormat, Span};

    fn doc_with(text: &str, claims: Vec<Claim>) -> Doc {
        let source = Source {
            path: "t".into(),
            url: None,
            format: SourceFormat::Text,
            record: 0,
        };
        let mut doc = Doc::new("t".into(), source, String::new(), text.into());
        doc.layers.claims = claims;
        doc
    }

    fn gold(claims: Vec<GoldClaim>) -> GoldClaimsDoc {
        GoldClaimsDoc {
            source: "t".into(),
            member: None,
            split: "dev".into(),
            claims,
        }
    }

    #[test]
    fn a_claim_matches_by_sentence_then_by_attribution_and_cue() {
        // Two sentences; the second starts at code point 13 but byte 14.
        let text = "Prices fell. “Analysts say rates will rise.";
        let second = text.find('“').unwrap_or(0);
        let doc = doc_with(
            text,
            vec![
                Claim {
                    span: Span::new(0, 12),
                    attribution: Attribution::Source,
                    cue: None,
                },
                Claim {
                    span: Span::new(second, text.len()),
                    attribution: Attribution::Hedged,
                    cue: Some(Span::new(second + 3, second + 15)),
                },
            ],
        );
        let g = gold(vec![GoldClaim {
            sentence: (13, 43),
            attribution: Attribution::Hedged,
            cue: Some((14, 26)),
        }]);
        let mut scores = ClaimScores::default();
        scores.add("t", &doc, &g);
        assert_eq!((scores.gold, scores.system, scores.matched), (1, 2, 1));
        assert_eq!(scores.labelled, 1);
        assert_eq!((scores.cues_scored, scores.cues_right), (1, 1));
        let (p, r, _) = scores.labelled_prf();
        assert_eq!((p, r), (0.5, 1.0));
        assert_eq!(scores.class_prf(Attribution::Source), (0.0, 0.0, 0.0));
        assert!(scores
            .errors
            .iter()
            .any(|e| e.2.starts_with("spurious Source")));
    }

    #[test]
    fn a_wrong_attribution_is_a_detection_but_not_a_labelled_match() {
        let doc = doc_with(
            "The deal will collapse.",
            vec![Claim {
                span: Span::new(0, 23),
                attribution: Attribution::Hedged,
                cue: None,
            }],
        );
        let g = gold(vec![GoldClaim {
            sentence: (0, 23),
            attribution: Attribution::Unattributed,
            cue: Some((9, 13)),
        }]);
        let mut scores = ClaimScores::default();
        scores.add("t", &doc, &g);
        assert_eq!(
            (scores.matched, scores.labelled, scores.cues_scored),
            (1, 0, 0)
        );
        assert_eq!(scores.confusion[2][1], 1);
    }

    #[test]
    fn gold_lines_reject_unknown_labels_and_half_cues() {
        let line = |attribution: &str, cue_end: &str| {
            format!(
                r#"{{"source": "corpus/x.txt", "member": null, "split": "dev", "sentences": 3,
                "claims": [{{"sentence": 0, "sentence_start": 0, "sentence_end": 10,
                "attribution": "{attribution}", "cue": "x", "cue_start": 2, "cue_end": {cue_end}}}]}}"#
            )
            .replace('\n', " ")
        };
        let ok = read_gold(&line("source", "4")).unwrap();
        assert_eq!(ok[0].claims[0].cue, Some((2, 4)));
        let text = format!("{}\n\n{}", line("source", "4"), line("rumour", "4"));
        let err = read_gold(&text).unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
        assert!(read_gold(&line("hedged", "null")).is_err());
    }
}
