//! Datelines: the publication date and time a page prints near its top.
//!
//! Three shapes are recognized:
//!
//! * a **dateline line** made only of a date, an optional time, weekday and
//!   labels (`17:34, 15 October`, `Published: Oct. 15, 2025 | 09:12 GMT`,
//!   `Wednesday, 15 October 2025`); the cleaner removes it from the text;
//! * an **inline dateline** opening the first paragraph
//!   (`MINSK, Oct 15 (BelTA) - ...`); the paragraph stays, the date is read;
//! * a **caption date**, the trailing `dd.mm.yyyy` of an image caption
//!   (`..., 1920, 13.12.2023`). It dates the picture or a linked story, not
//!   necessarily this one, so it is weak evidence: a lower bound for an
//!   inferred year, and a last resort for `published`.
//!
//! A dateline without a year (common on agency sites) gets its year from
//! the content, see [`year`].

pub mod year;

use sitrep_core::{Published, PublishedBasis};

use crate::dates::{self, is_weekday, read_date, read_time, tokenize, DateParts, Tok};

/// A date found in the text, with the text it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub parts: DateParts,
    /// The dateline as written (the whole line, or the inline prefix).
    pub evidence: String,
    /// A weekday named beside the date (0 = Monday), which constrains the year.
    pub weekday: Option<u32>,
}

/// Words a dateline line may carry besides the date and time.
fn is_dateline_label(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "published"
            | "updated"
            | "posted"
            | "modified"
            | "last"
            | "on"
            | "at"
            | "date"
            | "time"
            | "local"
            | "created"
            | "first"
            | "t"
            | "опубликовано"
            | "обновлено"
            | "дата"
            | "публикации"
            | "в"
            | "г"
            | "года"
    )
}

fn weekday_index(word: &str) -> Option<u32> {
    if !is_weekday(word) {
        return None;
    }
    let w = word.to_lowercase();
    const EN: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
    const RU: [&str; 7] = ["пон", "вто", "сре", "чет", "пят", "суб", "вос"];
    EN.iter()
        .position(|p| w.starts_with(p))
        .or_else(|| RU.iter().position(|p| w.starts_with(p)))
        .map(|i| i as u32)
}

/// Reads a line that consists of nothing but a date (plus optional time,
/// weekday, zone and labels such as "Published:" or "Updated").
///
/// ```
/// let d = sitrep_clean::dateline::parse_dateline_line("17:34, 15 October").unwrap();
/// assert_eq!((d.parts.year, d.parts.month, d.parts.day, d.parts.time), (None, 10, 15, Some((17, 34, 0))));
/// assert!(sitrep_clean::dateline::parse_dateline_line("15 October was a busy day").is_none());
/// ```
pub fn parse_dateline_line(line: &str) -> Option<Dateline> {
    if line.chars().count() > 80 {
        return None;
    }
    let tokens = tokenize(line);
    let mut date: Option<DateParts> = None;
    let mut time = None;
    let mut offset = None;
    let mut weekday = None;
    let mut i = 0;
    while i < tokens.len() {
        if date.is_none() {
            if let Some((parts, after)) = read_date(&tokens, i) {
                date = Some(parts);
                i = after;
                continue;
            }
        }
        if time.is_none() {
            if let Some((t, zone, after)) = read_time(&tokens, i) {
                time = Some(t);
                offset = zone;
                i = after;
                continue;
            }
        }
        match tokens[i].tok {
            Tok::Word(w) if weekday.is_none() && weekday_index(w).is_some() => {
                weekday = weekday_index(w)
            }
            Tok::Word(w) if is_dateline_label(w) => {}
            Tok::Punct(c) if ",|-–—/:.()•·".contains(c) => {}
            _ => return None,
        }
        i += 1;
    }
    let mut parts = date?;
    parts.time = time;
    parts.offset = offset;
    Some(Dateline {
        parts,
        evidence: line.to_string(),
        weekday,
    })
}

/// Reads an agency dateline opening a paragraph: `MINSK, Oct 15 (BelTA) -`,
/// `WASHINGTON, October 15, 2025 —`, `Moscow, 15 October. `.
///
/// ```
/// let d = sitrep_clean::dateline::parse_inline_dateline("MINSK, Oct 15 (BelTA) - The talks began.").unwrap();
/// assert_eq!((d.parts.month, d.parts.day), (10, 15));
/// assert_eq!(d.evidence, "MINSK, Oct 15 (BelTA) -");
/// ```
pub fn parse_inline_dateline(line: &str) -> Option<Dateline> {
    let mut cut = line.len().min(120);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let tokens = tokenize(&line[..cut]);
    // Place name: one to three words, all capitals or capitalized.
    let mut i = 0;
    let mut all_caps = true;
    while let Some(Tok::Word(w)) = tokens.get(i).map(|t| t.tok) {
        if !w.chars().next().is_some_and(char::is_uppercase) || i >= 3 {
            return None;
        }
        all_caps &= w.chars().all(|c| !c.is_lowercase());
        i += 1;
        if matches!(tokens.get(i).map(|t| t.tok), Some(Tok::Punct('-'))) {
            i += 1;
        }
    }
    if i == 0 || tokens.get(i).map(|t| t.tok) != Some(Tok::Punct(',')) {
        return None;
    }
    let (parts, mut j) = read_date(&tokens, i + 1)?;
    // Optional "(Agency)".
    if tokens.get(j).map(|t| t.tok) == Some(Tok::Punct('(')) {
        let close = tokens[j..].iter().position(|t| t.tok == Tok::Punct(')'))?;
        j += close + 1;
    }
    let end_token = tokens.get(j)?;
    let ends_ok = match end_token.tok {
        Tok::Punct('-' | '–' | '—' | ':') => true,
        // A full stop only after an all-capitals place name: "Moscow, 15 May." is a sentence.
        Tok::Punct('.') => all_caps,
        _ => false,
    };
    ends_ok.then(|| Dateline {
        parts,
        evidence: line[..end_token.end].to_string(),
        weekday: None,
    })
}

/// The date at the end of an image caption (`..., 1920, 13.12.2023`), with
/// its year. Only numeric dates count: a caption ending in a written date
/// ("..., February 2022") describes the picture.
pub fn caption_date(line: &str) -> Option<DateParts> {
    let tokens = tokenize(line);
    let n = tokens.len();
    if n < 6 {
        return None;
    }
    let start = n - 5;
    if tokens[start - 1].tok != Tok::Punct(',') {
        return None;
    }
    let (parts, after) = read_date(&tokens, start)?;
    (after == n && parts.year.is_some()).then_some(parts)
}

/// Turns a dateline into a `Published`, inferring a missing year from
/// `body` (see [`year::infer_year`]); `lower_bound` is the latest year of
/// weak evidence such as caption dates.
pub fn resolve(dateline: &Dateline, body: &str, lower_bound: Option<i32>) -> Option<Published> {
    if let Some(y) = dateline.parts.year {
        let value = dateline.parts.to_iso(y)?;
        return Some(Published {
            value,
            basis: PublishedBasis::Dateline,
            evidence: Some(format!("dateline \"{}\"", dateline.evidence)),
        });
    }
    let guess = year::infer_year(body, &dateline.parts, dateline.weekday, lower_bound)?;
    let value = dateline.parts.to_iso(guess.year)?;
    Some(Published {
        value,
        basis: PublishedBasis::Inferred,
        evidence: Some(format!(
            "dateline \"{}\" without a year; {}",
            dateline.evidence, guess.explanation
        )),
    })
}

/// `Published` from the latest caption date: weak evidence, used only when
/// nothing better exists.
pub fn from_caption_dates(captions: &[(DateParts, String)]) -> Option<Published> {
    let (parts, text) = captions
        .iter()
        .max_by_key(|(p, _)| (p.year, p.month, p.day))?;
    let value = parts.to_iso(parts.year?)?;
    Some(Published {
        value,
        basis: PublishedBasis::Dateline,
        evidence: Some(format!(
            "latest image-caption date (weak evidence) in \"{text}\""
        )),
    })
}

/// Re-exported for callers that only need the generic date reader.
pub use dates::normalize_date;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn dateline_lines() {
        let d = parse_dateline_line("Published: Oct. 15, 2025 | 09:12 GMT").unwrap();
        assert_eq!(
            d.parts.to_iso(2025).as_deref(),
            Some("2025-10-15T09:12:00Z")
        );
        let d = parse_dateline_line("Wednesday, 15 October").unwrap();
        assert_eq!(d.weekday, Some(2));
        assert!(parse_dateline_line("15.10.2025 17:34").is_some());
        assert!(parse_dateline_line("Updated 2025-10-15").is_some());
        assert!(parse_dateline_line("October").is_none());
        assert!(parse_dateline_line("In October the army moved").is_none());
        assert!(parse_dateline_line("17:34").is_none());
    }

    #[test]
    fn inline_datelines() {
        let d = parse_inline_dateline("NEW YORK, October 15, 2025 — Markets fell.").unwrap();
        assert_eq!(d.parts.year, Some(2025));
        assert!(parse_inline_dateline("Moscow, 15 May. The talks").is_none());
        assert!(parse_inline_dateline("The minister, 15 October - said").is_none());
        assert!(parse_inline_dateline("He arrived, then left.").is_none());
    }

    #[test]
    fn caption_dates() {
        let p = caption_date("Tanks at a range - Some News, 1920, 13.12.2023").unwrap();
        assert_eq!((p.year, p.month, p.day), (Some(2023), 12, 13));
        assert!(caption_date("Joint drills, February 2022").is_none());
        assert!(caption_date("13.12.2023").is_none());
    }

    #[test]
    fn resolve_with_explicit_year() {
        let d = parse_dateline_line("15 October 2025, 17:34").unwrap();
        let p = resolve(&d, "", None).unwrap();
        assert_eq!(p.value, "2025-10-15T17:34:00");
        assert_eq!(p.basis, PublishedBasis::Dateline);
    }
}
