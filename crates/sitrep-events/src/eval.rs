//! The events gold format (`gold/events/*.jsonl`) and its scorer.
//!
//! One JSON object per document: `source` (path relative to the shared
//! data folder), `member` (file inside a `.tar.xz` archive, or null),
//! `split` (`dev` or `test`) and `events`. Offsets are Unicode code-point
//! offsets into the text as sitrep cleans the document (`Doc.text`); the
//! trigger word is kept so a gold event can be re-anchored to the nearest
//! occurrence of its word if the cleaner's output shifts.
//!
//! Matching: a system event matches a gold event when both lie in the same
//! sentence and their triggers overlap; remaining events then match within
//! a sentence when their kinds agree. Each event matches at most once.

use serde::{Deserialize, Serialize};
use sitrep_core::{Doc, Event};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum EvalError {
    #[error("gold line {line}: {source}")]
    Json {
        line: usize,
        #[source]
        source: serde_json::Error,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldActor {
    pub name: String,
    pub country: Option<String>,
    pub role: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldEvent {
    pub sentence: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub trigger: String,
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub plover: String,
    pub status: String,
    pub stage: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
    pub actors: Vec<GoldActor>,
    pub attributed_to: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldDoc {
    pub source: String,
    pub member: Option<String>,
    pub split: String,
    pub events: Vec<GoldEvent>,
}

/// Parse a JSONL gold file.
pub fn read_gold(text: &str) -> Result<Vec<GoldDoc>, EvalError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|source| EvalError::Json {
                line: i + 1,
                source,
            })
        })
        .collect()
}

/// Correct / total for one field.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ratio {
    pub correct: usize,
    pub total: usize,
}

/// "0.907 (612/675)": the share, then correct over total.
impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.3} ({}/{})", self.value(), self.correct, self.total)
    }
}

impl Ratio {
    pub(crate) fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += usize::from(ok);
    }
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

/// Accumulated scores over documents.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    pub matched: usize,
    pub kind_correct: usize,
    pub plover: Ratio,
    pub actors: Ratio,
    pub actor_gold: usize,
    pub actor_system: usize,
    pub actor_found: usize,
    pub roles: Ratio,
    pub date: Ratio,
    pub place: Ratio,
    pub status: Ratio,
    pub stage: Ratio,
    pub attribution: Ratio,
    /// Gold, system and right-kind matched events per kind name.
    pub by_kind: std::collections::BTreeMap<String, KindCounts>,
    /// Mismatches for error analysis: (source, field, gold, system).
    pub errors: Vec<(String, String, String, String)>,
}

/// Events of one kind: how many the gold has, how many the system gave,
/// and how many of those matched with this kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct KindCounts {
    pub gold: usize,
    pub system: usize,
    pub correct: usize,
}

impl KindCounts {
    /// Precision, recall, F1 of this kind.
    pub fn prf(&self) -> (f64, f64, f64) {
        prf(self.correct, self.system, self.gold)
    }
}

fn prf(tp: usize, sys: usize, gold: usize) -> (f64, f64, f64) {
    let p = if sys == 0 {
        0.0
    } else {
        tp as f64 / sys as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Scores {
    /// Detection precision, recall, F1 (any kind).
    pub fn detection(&self) -> (f64, f64, f64) {
        prf(self.matched, self.system, self.gold)
    }
    /// Detection with the right kind.
    pub fn kind(&self) -> (f64, f64, f64) {
        prf(self.kind_correct, self.system, self.gold)
    }
    /// Actor mentions over matched events.
    pub fn actor_prf(&self) -> (f64, f64, f64) {
        prf(self.actor_found, self.actor_system, self.actor_gold)
    }

    /// Score one annotated document against its gold.
    pub fn add(&mut self, doc: &Doc, gold: &GoldDoc) {
        self.documents += 1;
        self.gold += gold.events.len();
        self.system += doc.layers.events.len();
        for g in &gold.events {
            self.by_kind.entry(g.kind.clone()).or_default().gold += 1;
        }
        for e in &doc.layers.events {
            let kind = crate::kind_name(e.kind).to_string();
            self.by_kind.entry(kind).or_default().system += 1;
        }
        let anchored: Vec<Option<(usize, usize)>> =
            gold.events.iter().map(|g| anchor(doc, g)).collect();
        // A gold event's trigger in the text and its sentence (none when
        // the trigger word cannot be found: reported as an anchor error).
        let located: Vec<Option<(usize, usize, usize)>> = anchored
            .iter()
            .map(|a| a.and_then(|(start, end)| Some((start, end, doc.sentence_of(start)?))))
            .collect();
        let pairs = pair_events(
            &gold.events,
            &doc.layers.events,
            |gi, _, e| {
                located[gi].is_some_and(|(start, end, sentence)| {
                    sentence == e.sentence as usize
                        && e.trigger.start < end
                        && start < e.trigger.end
                })
            },
            |gi, g, e| {
                located[gi].is_some_and(|(_, _, sentence)| sentence == e.sentence as usize)
                    && crate::kind_name(e.kind) == g.kind
            },
        );
        let name = gold.member.clone().unwrap_or_else(|| gold.source.clone());
        for &(gi, si) in &pairs {
            self.score_pair(&name, doc, &gold.events[gi], &doc.layers.events[si]);
        }
        for (gi, g) in gold.events.iter().enumerate() {
            if anchored[gi].is_none() {
                self.errors.push((
                    name.clone(),
                    "anchor".into(),
                    g.trigger.clone(),
                    String::new(),
                ));
            } else if !pairs.iter().any(|(a, _)| *a == gi) {
                self.errors.push((
                    name.clone(),
                    "missed".into(),
                    format!("s{} {} {}", g.sentence, g.trigger, g.kind),
                    String::new(),
                ));
            }
        }
        for (si, e) in doc.layers.events.iter().enumerate() {
            if !pairs.iter().any(|(_, paired)| *paired == si) {
                self.errors.push((
                    name.clone(),
                    "spurious".into(),
                    String::new(),
                    format!("s{} {} {:?}", e.sentence, doc.slice(e.trigger), e.kind),
                ));
            }
        }
    }

    fn score_pair(&mut self, name: &str, doc: &Doc, g: &GoldEvent, e: &Event) {
        self.matched += 1;
        let note = |field: &str, ok: bool, gold: String, sys: String, errors: &mut Vec<_>| {
            if !ok {
                errors.push((
                    name.to_string(),
                    format!("{field} s{} {}", e.sentence, doc.slice(e.trigger)),
                    gold,
                    sys,
                ));
            }
            ok
        };
        let kind_ok = crate::kind_name(e.kind) == g.kind;
        self.kind_correct += usize::from(kind_ok);
        if kind_ok {
            self.by_kind.entry(g.kind.clone()).or_default().correct += 1;
        }
        note(
            "kind",
            kind_ok,
            g.kind.clone(),
            crate::kind_name(e.kind).into(),
            &mut self.errors,
        );
        let ok = e.plover == g.plover;
        self.plover.add(note(
            "plover",
            ok,
            g.plover.clone(),
            e.plover.clone(),
            &mut self.errors,
        ));
        // Actors: every gold actor found (by country code when both give
        // one, else by a shared name word).
        let mut all_found = true;
        for ga in &g.actors {
            let hit = e.actors.iter().find(|a| actor_matches(ga, a));
            all_found &= hit.is_some();
            self.actor_found += usize::from(hit.is_some());
            if let Some(a) = hit {
                let role = format!("{:?}", a.role).to_lowercase();
                self.roles.add(role == ga.role);
            }
        }
        self.actor_gold += g.actors.len();
        self.actor_system += e.actors.len();
        let sys_actors = e
            .actors
            .iter()
            .map(|a| format!("{}:{}", a.name, a.country.as_deref().unwrap_or("-")))
            .collect::<Vec<_>>()
            .join(", ");
        let gold_actors = g
            .actors
            .iter()
            .map(|a| format!("{}:{}", a.name, a.country.as_deref().unwrap_or("-")))
            .collect::<Vec<_>>()
            .join(", ");
        self.actors.add(note(
            "actors",
            all_found,
            gold_actors,
            sys_actors,
            &mut self.errors,
        ));
        let ok = dates_agree(g.date.as_deref(), e.date.as_deref());
        self.date.add(note(
            "date",
            ok,
            format!("{:?}", g.date),
            format!("{:?}", e.date),
            &mut self.errors,
        ));
        let ok = names_agree(g.place.as_deref(), e.place.as_deref());
        self.place.add(note(
            "place",
            ok,
            format!("{:?}", g.place),
            format!("{:?}", e.place),
            &mut self.errors,
        ));
        let status = format!("{:?}", e.status).to_lowercase();
        self.status.add(note(
            "status",
            status == g.status,
            g.status.clone(),
            status,
            &mut self.errors,
        ));
        if g.kind == "agreement" {
            let stage = e.stage.map(|s| format!("{s:?}").to_lowercase());
            let ok = stage == g.stage;
            self.stage.add(note(
                "stage",
                ok,
                format!("{:?}", g.stage),
                format!("{stage:?}"),
                &mut self.errors,
            ));
        }
        let ok = names_agree(g.attributed_to.as_deref(), e.attributed_to.as_deref());
        self.attribution.add(note(
            "attributed_to",
            ok,
            format!("{:?}", g.attributed_to),
            format!("{:?}", e.attributed_to),
            &mut self.errors,
        ));
    }
}

/// Pairs the events of a reference annotation with those of another one to
/// one, as the scorer and the agreement measure both do: first those whose
/// triggers overlap, then those of the same kind (both tests include "in
/// the same sentence"). In reference order, each takes the earliest free
/// event of `other`. `overlap` and `same_kind` get the reference event's
/// index and the event itself.
pub(crate) fn pair_events<R, O>(
    reference: &[R],
    other: &[O],
    overlap: impl Fn(usize, &R, &O) -> bool,
    same_kind: impl Fn(usize, &R, &O) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; other.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for pass in 0..2 {
        for (ri, r) in reference.iter().enumerate() {
            if pairs.iter().any(|(paired, _)| *paired == ri) {
                continue;
            }
            let found = other.iter().enumerate().find(|(oi, o)| {
                !used[*oi]
                    && if pass == 0 {
                        overlap(ri, r, o)
                    } else {
                        same_kind(ri, r, o)
                    }
            });
            if let Some((oi, _)) = found {
                used[oi] = true;
                pairs.push((ri, oi));
            }
        }
    }
    pairs
}

/// Byte range of a gold trigger in `doc.text`: at its code-point offsets
/// when the word is there, else the nearest occurrence of the word.
pub fn anchor(doc: &Doc, g: &GoldEvent) -> Option<(usize, usize)> {
    let byte_at = |chars: usize| doc.text.char_indices().nth(chars).map(|(b, _)| b);
    let start = byte_at(g.start)?;
    let end = start + g.trigger.len();
    if doc.text.get(start..end) == Some(g.trigger.as_str()) {
        return Some((start, end));
    }
    doc.text
        .match_indices(g.trigger.as_str())
        .map(|(b, _)| b)
        .min_by_key(|b| b.abs_diff(start))
        .map(|b| (b, b + g.trigger.len()))
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2 && !matches!(*w, "the" | "The" | "and" | "of" | "Mr" | "Mrs"))
        .map(|w| w.to_lowercase())
        .collect()
}

/// Both absent, or sharing a content word ("Moscow" / "Moscow";
/// "press service" / "press service of the Defense Ministry").
pub fn names_agree(gold: Option<&str>, system: Option<&str>) -> bool {
    match (gold, system) {
        (None, None) => true,
        (Some(g), Some(s)) => {
            let sw = words(s);
            words(g).iter().any(|w| sw.contains(w)) || is_acronym_of(g, s) || is_acronym_of(s, g)
        }
        _ => false,
    }
}

/// "WTO" / "World Trade Organization": the capitals are the initials of
/// the other name's content words.
fn is_acronym_of(short: &str, long: &str) -> bool {
    let short = short.trim();
    if short.len() < 2 || !short.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let initials: String = long
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    initials == short
}

fn actor_matches(gold: &GoldActor, system: &sitrep_core::Actor) -> bool {
    if let (Some(gc), Some(sc)) = (&gold.country, &system.country) {
        if gc == sc {
            return true;
        }
    }
    names_agree(Some(&gold.name), Some(&system.name))
}

/// Equal TIMEX3 values, or equal where the gold leaves positions
/// unspecified (`XXXX-10` against `2004-10`); both absent agrees.
pub fn dates_agree(gold: Option<&str>, system: Option<&str>) -> bool {
    match (gold, system) {
        (None, None) => true,
        (Some(g), Some(s)) => {
            g == s
                || (g.len() == s.len()
                    && g.chars()
                        .zip(s.chars())
                        .all(|(a, b)| a == b || a == 'X' || b == 'X'))
                || weekday_agrees(g, s)
                || day_in_week(g, s)
        }
        _ => false,
    }
}

/// A range annotated by its ISO week ("2027-W06" for "from 8 to 12
/// February", as the gold README allows beside the start day) agrees with
/// a system day inside that week.
fn day_in_week(gold: &str, system: &str) -> bool {
    let Some((year, week)) = gold.split_once("-W") else {
        return false;
    };
    let (Ok(year), Ok(week)) = (year.parse::<i32>(), week.parse::<u8>()) else {
        return false;
    };
    system_day(system).is_some_and(|day| day.iso_week() == (year, week))
}

/// The calendar day of a system date ("2023-11-08", or the date part of
/// "2023-11-08T14:00"); none for a month, a week or a year.
fn system_day(system: &str) -> Option<sitrep_core::calendar::Ymd> {
    let date = system.get(..10).unwrap_or(system);
    let mut parts = date.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    sitrep_core::calendar::Ymd::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A gold weekday of an unknown week ("XXXX-WXX-3", Wednesday, when the
/// text gives no date) agrees with a system date on that weekday, which
/// the system could resolve from the publication date.
fn weekday_agrees(gold: &str, system: &str) -> bool {
    let Some(day) = gold
        .strip_prefix("XXXX-WXX-")
        .and_then(|d| d.parse::<u8>().ok())
    else {
        return false;
    };
    system_day(system).is_some_and(|date| date.weekday() == day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_and_name_agreement() {
        assert!(dates_agree(Some("XXXX-10"), Some("2004-10")));
        assert!(!dates_agree(Some("2009"), Some("2025")));
        assert!(dates_agree(None, None));
        assert!(!dates_agree(Some("2009"), None));
        // 2023-11-08 was a Wednesday.
        assert!(dates_agree(Some("XXXX-WXX-3"), Some("2023-11-08")));
        assert!(dates_agree(Some("XXXX-WXX-3"), Some("2023-11-08T14:00")));
        assert!(!dates_agree(Some("XXXX-WXX-4"), Some("2023-11-08")));
        // A range annotated by its week: 8 February 2027 is a Monday of W06.
        assert!(dates_agree(Some("2027-W06"), Some("2027-02-08")));
        assert!(dates_agree(Some("2027-W06"), Some("2027-02-14")));
        assert!(!dates_agree(Some("2027-W06"), Some("2027-02-15")));
        assert!(!dates_agree(Some("2027-W06"), Some("2027-02")));
        assert!(names_agree(
            Some("press service"),
            Some("press service of the Ministry")
        ));
        assert!(!names_agree(Some("Moscow"), Some("Belarus")));
        assert!(names_agree(Some("WTO"), Some("World Trade Organization")));
        assert!(!names_agree(Some("WTO"), Some("World Bank")));
    }
}
