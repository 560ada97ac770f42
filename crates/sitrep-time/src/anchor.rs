//! The document date that relative expressions resolve against, and the
//! inference of a missing year from the document's content.

use crate::date::Ymd;
use crate::lex::{month_of, Kind, Scan};
use crate::numbers::{number_at, ordinal_word};

/// The document creation time, possibly partial.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Anchor {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// Hour and minute, when the document date has a time.
    pub time: Option<(u8, u8)>,
    /// The year was not given with the date but inferred from the content.
    pub year_inferred: bool,
    /// The text the year was inferred from (`Zapad 2025`), for audit.
    pub evidence: Option<String>,
}

impl Anchor {
    /// Parses an ISO 8601 date or date-time (`2025-10-15`, `2025-10-15T17:34:00`,
    /// `2025-10`, `2025`, `XXXX-10-15`); `None` when nothing usable is there.
    pub fn parse(iso: &str) -> Option<Anchor> {
        let iso = iso.trim();
        let (date, time) = match iso.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (iso, None),
        };
        let mut parts = date.split('-');
        let year = parts
            .next()
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| (1..=9999).contains(y));
        let month = parts
            .next()
            .and_then(|m| m.parse::<u8>().ok())
            .filter(|m| (1..=12).contains(m));
        let day = parts
            .next()
            .and_then(|d| d.get(..2).unwrap_or(d).parse::<u8>().ok())
            .filter(|d| (1..=31).contains(d));
        let time = time.and_then(|t| {
            let mut hm = t.split(':');
            let h = hm.next()?.parse::<u8>().ok().filter(|h| *h < 24)?;
            let m = hm
                .next()?
                .get(..2)?
                .parse::<u8>()
                .ok()
                .filter(|m| *m < 60)?;
            Some((h, m))
        });
        if year.is_none() && month.is_none() {
            return None;
        }
        Some(Anchor {
            year,
            month,
            day,
            time,
            year_inferred: false,
            evidence: None,
        })
    }

    /// The full date, when year, month and day are known and valid.
    pub fn ymd(&self) -> Option<Ymd> {
        Ymd::new(self.year?, self.month?, self.day?)
    }

    /// Fills a missing year from the text; marks it inferred.
    pub fn with_inferred_year(mut self, text: &str) -> Anchor {
        if self.year.is_none() {
            if let Some((year, evidence)) = infer_document_year(text) {
                self.year = Some(year);
                self.year_inferred = true;
                self.evidence = Some(evidence);
            }
        }
        self
    }
}

/// Infers the year a document was written in from its content.
///
/// Evidence, strongest first: a year in the same sentence as "this year";
/// event names with a year ("Zapad 2025", "Expo 2020"); anniversaries
/// ("80th anniversary of Victory" counts from 1945); then any year mentioned
/// in the past or present. Years that name targets or range ends ("by 2030",
/// "2026-2030") are not evidence of when the text was written. Among strong
/// evidence the best-supported year wins; otherwise the latest year mentioned.
/// Returns the year and the text it was read from.
pub fn infer_document_year(text: &str) -> Option<(i32, String)> {
    let s = Scan::new(text);
    let mut strong: Vec<(i32, u32, usize, usize)> = Vec::new();
    let mut weak: Option<(i32, usize, usize)> = None;
    let mut sentence_start = 0usize;
    let mut this_year_in_sentence = false;
    for i in 0..s.len() {
        if s.sentence_end(i) || s.is(i, "\n") {
            sentence_start = i + 1;
            this_year_in_sentence = false;
            continue;
        }
        if s.is(i, "this") && s.is(i + 1, "year") {
            this_year_in_sentence = true;
            // A year earlier in the same sentence is the one meant.
            for j in sentence_start..i {
                if let Some(y) = plain_year(&s, j) {
                    strong.push((y, 4, s.toks[j].start, s.toks[j].end));
                }
            }
        }
        if let Some(anniv) = anniversary_year(&s, i) {
            strong.push(anniv);
            continue;
        }
        let Some(year) = plain_year(&s, i) else {
            continue;
        };
        let t = s.toks[i];
        let prev = if i > 0 { s.w(i - 1) } else { "" };
        let next_is_range = s.is(i + 1, "-") && plain_year(&s, i + 2).is_some();
        let after_range = prev == "-" && i >= 2 && plain_year(&s, i - 2).is_some();
        let target = matches!(
            prev,
            "by" | "until" | "till" | "through" | "to" | "before" | "beyond"
        );
        if next_is_range || after_range || target {
            continue;
        }
        if this_year_in_sentence {
            strong.push((year, 4, t.start, t.end));
        }
        // "Zapad 2025": a capitalized name (not a month, not sentence-initial) glued by a space.
        let named = i > sentence_start
            && s.kind(i - 1) == Some(Kind::Word)
            && s.toks[i - 1].capital
            && month_of(prev).is_none()
            && !matches!(prev, "in" | "since" | "of" | "from" | "during" | "on");
        if named {
            strong.push((year, 3, s.toks[i - 1].start, t.end));
        }
        if weak.is_none_or(|(y, _, _)| year > y) {
            weak = Some((year, t.start, t.end));
        }
    }
    if !strong.is_empty() {
        let mut best: Option<(u32, i32, usize, usize)> = None;
        for &(y, _, _, _) in &strong {
            let score: u32 = strong.iter().filter(|c| c.0 == y).map(|c| c.1).sum();
            let first = strong
                .iter()
                .find(|c| c.0 == y)
                .map(|c| (c.2, c.3))
                .unwrap_or((0, 0));
            if best.is_none_or(|(bs, by, _, _)| score > bs || (score == bs && y > by)) {
                best = Some((score, y, first.0, first.1));
            }
        }
        let (_, y, a, b) = best?;
        return Some((y, text.get(a..b).unwrap_or("").to_string()));
    }
    let (y, a, b) = weak?;
    Some((y, text.get(a..b).unwrap_or("").to_string()))
}

/// A bare four-digit year 1900-2100 at token `i` (not money, not a count).
fn plain_year(s: &Scan, i: usize) -> Option<i32> {
    let w = s.w(i);
    if s.kind(i) != Some(Kind::Num) || w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    if i > 0 && matches!(s.w(i - 1), "$" | "€" | "£" | "#" | "no" | "number") {
        return None;
    }
    if matches!(
        s.w(i + 1),
        "%" | "percent" | "people" | "troops" | "soldiers"
    ) {
        return None;
    }
    Some(y)
}

/// Known anniversaries: the base year of the event a round anniversary counts from.
fn anniversary_base(s: &Scan, from: usize) -> Option<(i32, usize)> {
    // Skip "of (the) (Great)".
    let mut j = from;
    if !s.is(j, "of") {
        return None;
    }
    j += 1;
    if s.is(j, "the") {
        j += 1;
    }
    if s.is(j, "great") {
        j += 1;
    }
    let base = match s.w(j) {
        "victory" => 1945,
        "liberation" if s.is(j + 1, "of") && s.is(j + 2, "belarus") => return Some((1944, j + 3)),
        "union" if s.is(j + 1, "state") => 1999,
        _ => {
            // "of the end of World War II", "of ... in 1945": a year within the next few tokens.
            for k in j..(j + 6).min(s.len()) {
                if let Some(y) = plain_year(s, k) {
                    return Some((y, k + 1));
                }
            }
            return None;
        }
    };
    Some((base, j + 1))
}

fn anniversary_year(s: &Scan, i: usize) -> Option<(i32, u32, usize, usize)> {
    if !s.is(i + 1, "anniversary") {
        return None;
    }
    let n = match number_at(s, i) {
        Some(m) if m.ordinal && m.end == i + 1 => m.value as i32,
        _ => ordinal_word(s.w(i)).map(|v| v as i32)?,
    };
    let (base, end) = anniversary_base(s, i + 2)?;
    let year = base + n;
    let end_byte = s.toks.get(end - 1).map_or(s.toks[i].end, |t| t.end);
    Some((year, 3, s.toks[i].start, end_byte))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn infers_from_event_names_and_anniversaries() {
        let t = "This year the drills Zapad 2025 took place. The 2026-2030 programme was signed.";
        assert_eq!(infer_document_year(t).map(|x| x.0), Some(2025));
        let t = "Celebrations of the 80th anniversary of Victory were held.";
        assert_eq!(infer_document_year(t).map(|x| x.0), Some(2025));
        let t = "In 2019 and 2021 they met; by 2030 they will have more.";
        assert_eq!(infer_document_year(t).map(|x| x.0), Some(2021));
        assert_eq!(infer_document_year("no years here"), None);
        assert_eq!(
            Anchor::parse("2025-10-15T17:34:00").and_then(|a| a.time),
            Some((17, 34))
        );
    }
}
