//! The quotes-and-speakers gold format (`gold/domain/quotes/*.jsonl`) and
//! its scorer: is each quotation found, and is it given to the right
//! speaker?
//!
//! One JSON object per document: `source` (path relative to the folder the
//! gold points into), `member` (file inside an archive, or null), `split`
//! and `quotes`, each with the code-point span of its content in the
//! cleaned text (`content_start`, `content_end`: the words inside the
//! quotation marks, or the reported clause), `direct`, the `speaker` as the
//! document names them at their fullest, and optionally the `cue` word.
//!
//! Matching: each gold quote takes the unused system quote whose content
//! overlaps its own the most (any overlap counts: a quotation the system
//! splits at a sentence end is still found); further system quotes inside
//! a gold quote are parts of it and count neither way; a gold quote inside
//! another (a quoted fragment of a reported clause) is scored with the
//! outer one. Speakers agree when the name
//! words (capitalised words, "Defense" read as "Defence") of one are all
//! among those of the other ("Khrenin" / "Viktor Khrenin"; "Belarusian
//! Defence Ministry" / "press service of the Belarusian Defense Ministry"),
//! or, for descriptions with no name words, when they share a content word.

use serde::Deserialize;
use sitrep_core::{CharMap, Doc};

use crate::gold_lines::{read_lines, GoldLineError};
use crate::prf;

/// One annotated quotation; the span is in code points of `Doc.text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldQuote {
    pub content: (usize, usize),
    pub direct: bool,
    pub speaker: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldQuotesDoc {
    pub source: String,
    pub member: Option<String>,
    pub split: String,
    pub quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct RawDoc {
    source: String,
    #[serde(default)]
    member: Option<String>,
    split: String,
    quotes: Vec<RawQuote>,
}

#[derive(Deserialize)]
struct RawQuote {
    content_start: usize,
    content_end: usize,
    direct: bool,
    speaker: String,
}

/// Parses a JSONL gold file; errors name the line and what is wrong.
pub fn read_gold(text: &str) -> Result<Vec<GoldQuotesDoc>, GoldLineError> {
    read_lines(text, |raw: RawDoc| {
        let quotes = raw
            .quotes
            .into_iter()
            .map(|q| {
                if q.content_start >= q.content_end {
                    return Err(format!(
                        "empty content span {}..{}",
                        q.content_start, q.content_end
                    ));
                }
                Ok(GoldQuote {
                    content: (q.content_start, q.content_end),
                    direct: q.direct,
                    speaker: q.speaker,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(GoldQuotesDoc {
            source: raw.source,
            member: raw.member,
            split: raw.split,
            quotes,
        })
    })
}

/// Counts over documents.
#[derive(Debug, Clone, Default)]
pub struct SpeakerScores {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    pub matched: usize,
    /// Matched with a speaker that agrees.
    pub speaker_right: usize,
    /// Matched and both direct or both indirect.
    pub direct_right: usize,
    pub gold_direct: usize,
    /// Gold direct quotes found and given to the right speaker.
    pub direct_with_speaker: usize,
    /// System quotes that are further parts of a gold quote already matched.
    pub parts: usize,
    /// `(document, code-point content start, what went wrong)`.
    pub errors: Vec<(String, usize, String)>,
}

impl SpeakerScores {
    /// Precision, recall and F1 of finding the quotations.
    pub fn detection(&self) -> (f64, f64, f64) {
        prf(self.matched, self.system, self.gold)
    }

    /// Precision, recall and F1 of quotations found with the right speaker.
    pub fn attributed(&self) -> (f64, f64, f64) {
        prf(self.speaker_right, self.system, self.gold)
    }

    /// Scores one document's quotes against its gold.
    pub fn add(&mut self, name: &str, doc: &Doc, gold: &GoldQuotesDoc) {
        let chars = CharMap::new(&doc.text);
        let system: Vec<((usize, usize), bool, Option<&str>)> = doc
            .layers
            .quotes
            .iter()
            .map(|q| {
                let span = (
                    chars.char_offset(q.content.start),
                    chars.char_offset(q.content.end),
                );
                (span, q.direct, q.speaker.as_deref())
            })
            .collect();
        // A quoted fragment inside a reported clause ("said the drills were
        // “purely defensive”") is scored with the clause around it.
        let outer: Vec<&GoldQuote> = gold
            .quotes
            .iter()
            .filter(|g| {
                !gold.quotes.iter().any(|o| {
                    o.content != g.content
                        && o.content.0 <= g.content.0
                        && g.content.1 <= o.content.1
                })
            })
            .collect();
        self.documents += 1;
        self.gold += outer.len();
        self.system += system.len();
        let mut used = vec![false; system.len()];
        for g in outer {
            self.gold_direct += usize::from(g.direct);
            let best = system
                .iter()
                .enumerate()
                .filter(|(k, s)| !used[*k] && overlap(g.content, s.0) > 0)
                .max_by_key(|(_, s)| overlap(g.content, s.0));
            let Some((k, &(_, direct, speaker))) = best else {
                self.errors.push((
                    name.to_string(),
                    g.content.0,
                    format!("missed{} (speaker {:?})", direct_mark(g.direct), g.speaker),
                ));
                continue;
            };
            used[k] = true;
            self.matched += 1;
            self.direct_right += usize::from(direct == g.direct);
            if speakers_agree(&g.speaker, speaker) {
                self.speaker_right += 1;
                self.direct_with_speaker += usize::from(g.direct);
            } else {
                self.errors.push((
                    name.to_string(),
                    g.content.0,
                    format!(
                        "speaker{}: gold {:?}, system {:?}",
                        direct_mark(g.direct),
                        g.speaker,
                        speaker
                    ),
                ));
            }
        }
        for (k, s) in system.iter().enumerate() {
            // A part of a quotation that the gold keeps whole (the system
            // reports each paragraph of a long quote on its own) is
            // neither credited nor counted against the system.
            let part_of_found = !used[k] && gold.quotes.iter().any(|g| overlap(g.content, s.0) > 0);
            if part_of_found {
                self.system -= 1;
                self.parts += 1;
            } else if !used[k] {
                self.errors.push((
                    name.to_string(),
                    s.0 .0,
                    format!("spurious (speaker {:?})", s.2),
                ));
            }
        }
    }
}

/// Marks errors on direct quotes, the ones the issue asks to get all right.
fn direct_mark(direct: bool) -> &'static str {
    if direct {
        " [direct]"
    } else {
        ""
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Whether a system speaker names the gold one (see the module notes).
pub fn speakers_agree(gold: &str, system: Option<&str>) -> bool {
    let Some(system) = system else {
        return false;
    };
    let (g, s) = (name_words(gold), name_words(system));
    if !g.is_empty() && !s.is_empty() {
        return g.iter().all(|w| s.contains(w)) || s.iter().all(|w| g.contains(w));
    }
    let content = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .map(str::to_lowercase)
            .collect()
    };
    let sw = content(system);
    content(gold).iter().any(|w| sw.contains(w))
}

fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| !matches!(*w, "The" | "A" | "An" | "Mr" | "Mrs" | "Ms" | "Dr"))
        .map(|w| match w {
            "Defense" => "Defence".to_string(),
            other => other.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_and_full_name_agree() {
        assert!(speakers_agree("Viktor Khrenin", Some("Khrenin")));
        assert!(speakers_agree(
            "press service of the Belarusian Defence Ministry",
            Some("press service of the Belarusian Defense Ministry")
        ));
    }

    #[test]
    fn different_bodies_and_people_disagree() {
        assert!(!speakers_agree(
            "Belarusian Defence Ministry",
            Some("Russian Defence Ministry")
        ));
        assert!(!speakers_agree("Dmitry Peskov", Some("the Kremlin")));
        assert!(!speakers_agree("Viktor Khrenin", None));
    }

    #[test]
    fn descriptions_share_a_content_word() {
        assert!(speakers_agree("analysts", Some("Western analysts")));
        assert!(!speakers_agree("analysts", Some("the ministry")));
    }

    #[test]
    fn gold_lines_are_checked() {
        let ok = r#"{"source": "a.txt", "split": "dev", "quotes": [{"content_start": 3, "content_end": 9, "direct": true, "speaker": "X"}]}"#;
        assert_eq!(read_gold(ok).map(|d| d[0].quotes.len()).ok(), Some(1));
        let empty = r#"{"source": "a.txt", "split": "dev", "quotes": [{"content_start": 9, "content_end": 9, "direct": true, "speaker": "X"}]}"#;
        assert!(read_gold(empty).is_err());
    }
}
