//! Plain-text boilerplate removal: line-level classification of page text
//! exports (WET records, "save as text", copy-paste).
//!
//! Such text is one block per line, the article mixed with page furniture:
//! share buttons, photo credits and captions, section labels, teasers for
//! other stories, login prompts, cookie notices, widgets. Each non-blank line
//! is classified on its own features and its neighbours
//! ([`classify`]); removed lines are reported with a reason.
//!
//! Decisions that shape the output:
//! * **Title.** The first surviving line, when headline-like, is the title.
//!   It goes to `title` and out of the text (reason `title`): the body then
//!   starts with the first paragraph, and the title is not counted twice.
//! * **Dateline.** A line that is only a date (`17:34, 15 October`) is
//!   metadata: it goes to `dateline` and out of the text (reason
//!   `dateline`). An inline agency dateline (`MINSK, Oct 15 (BelTA) -`)
//!   stays in its paragraph and is only read.
//! * **Layout.** Kept lines are joined with `\n`; where the input had blank
//!   lines between two kept lines, one blank line is kept.

pub mod classify;
pub mod features;
pub mod lexicon;
pub mod vocab;

use sitrep_core::Removed;
use sitrep_text::lang::script_profile;

use crate::dateline::{self, caption_date, parse_dateline_line, parse_inline_dateline, Dateline};
use crate::dates::DateParts;
use crate::normalize::normalize;
use classify::Line;

/// Lines looked at for a dateline line: it sits near the top.
const DATELINE_WINDOW: usize = 8;

/// How [`clean_normalized`] treats its input.
#[derive(Debug, Clone, Default)]
pub struct TextOptions {
    /// Report what would be removed but keep every line in the text.
    pub keep_boilerplate: bool,
    /// The text comes from an HTML extractor that already removed layout:
    /// apply only unambiguous widget rules, and remove the first line as
    /// title only when it repeats `known_title`.
    pub extracted: bool,
    /// A title known from metadata (feed item, HTML meta).
    pub known_title: Option<String>,
}

/// The result of cleaning a plain text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanedText {
    /// The kept lines, normalized (see [`crate::normalize`]).
    pub text: String,
    /// Every removed line with its reason, in input order.
    pub removed: Vec<Removed>,
    /// The headline line, when the text opens with one.
    pub title: Option<String>,
    /// The first dateline (line or inline), unresolved.
    pub dateline: Option<Dateline>,
    /// Dates ending image captions, with the caption text: weak evidence.
    pub caption_dates: Vec<(DateParts, String)>,
    /// Authors named in byline lines ("By Jane Roe").
    pub authors: Vec<String>,
}

impl CleanedText {
    /// The latest caption year, a lower bound for an inferred year.
    pub fn caption_year_bound(&self) -> Option<i32> {
        self.caption_dates.iter().filter_map(|(p, _)| p.year).max()
    }

    /// Publication date from the dateline (inferring a missing year from the
    /// kept text), else from the latest caption date.
    pub fn published(&self) -> Option<sitrep_core::Published> {
        self.dateline
            .as_ref()
            .and_then(|d| dateline::resolve(d, &self.text, self.caption_year_bound()))
            .or_else(|| dateline::from_caption_dates(&self.caption_dates))
    }
}

/// Normalizes and cleans a plain text with default options.
///
/// ```
/// let text = "Troops Return Home\n17:34, 15 October\n- Share on Facebook\nThe last units returned to their bases on Tuesday, the ministry said.";
/// let cleaned = sitrep_clean::text::clean_text(text);
/// assert_eq!(cleaned.title.as_deref(), Some("Troops Return Home"));
/// assert_eq!(cleaned.text, "The last units returned to their bases on Tuesday, the ministry said.");
/// assert_eq!(cleaned.removed.len(), 3);
/// ```
pub fn clean_text(text: &str) -> CleanedText {
    clean_normalized(&normalize(text), &TextOptions::default())
}

/// Cleans text that has already been through [`normalize`].
pub fn clean_normalized(text: &str, opts: &TextOptions) -> CleanedText {
    let mut lines: Vec<Line> = Vec::new();
    let mut blank_before = false;
    for raw in text.split('\n') {
        if raw.trim().is_empty() {
            blank_before = true;
            continue;
        }
        lines.push(Line::new(raw, blank_before));
        blank_before = false;
    }

    let mut out = CleanedText::default();

    // Datelines first: a date-only line near the top, before the first
    // paragraph, is metadata whatever else it is. Further down, a date line
    // belongs to the content (the date in a sports report's match facts).
    let first_paragraph = lines
        .iter()
        .position(|l| l.features.ending == features::Ending::Sentence && l.features.n_words() >= 8)
        .unwrap_or(lines.len());
    // Only furniture (or the headline, line 0) may come before a dateline:
    // a date after a venue line is a fixture's date, not the report's.
    for i in 0..lines.len().min(DATELINE_WINDOW).min(first_paragraph) {
        let Some(d) = parse_dateline_line(lines[i].text()) else {
            continue;
        };
        // A publication dateline carries a time or a year; a bare
        // "Saturday 20 November" under a headline is an event's date.
        if d.parts.time.is_none() && d.parts.year.is_none() {
            continue;
        }
        let only_furniture_before = lines[1.min(i)..i].iter().all(|l| {
            l.verdict.is_some()
                || l.family
                    .is_some_and(|f| f.hard || f.score - l.prose >= classify::MARGIN)
        });
        if only_furniture_before {
            lines[i].verdict = Some("dateline");
            if out.dateline.is_none() {
                out.dateline = Some(d);
            }
        }
    }

    let profile = script_profile(text);
    let doc_script = profile.dominant().map(|s| (s, profile.share(s)));
    classify::score_lines(&mut lines, doc_script, opts.extracted);
    if !opts.extracted {
        classify::menu_runs(&mut lines);
    }
    let title = classify::find_title(&lines, opts.known_title.as_deref(), opts.extracted);
    if !opts.extracted {
        classify::context_rules(&mut lines, title);
        classify::off_main_regions(&mut lines, title);
    }
    if let Some(t) = title {
        lines[t].verdict = Some("title");
        out.title = Some(lines[t].text().to_string());
    }

    for line in &lines {
        if line.verdict.is_some() {
            if let Some(parts) = caption_date(line.text()) {
                out.caption_dates.push((parts, line.text().to_string()));
            }
        }
        if line.verdict == Some("byline") {
            out.authors.extend(vocab::byline_authors(line.text()));
        }
    }
    if out.dateline.is_none() {
        out.dateline = lines
            .iter()
            .filter(|l| l.verdict.is_none())
            .take(3)
            .find_map(|l| parse_inline_dateline(l.text()));
    }

    let mut pending_blank = false;
    for line in &lines {
        pending_blank |= line.blank_before;
        let removed = line.verdict.filter(|_| !opts.keep_boilerplate);
        if let Some(reason) = line.verdict {
            out.removed.push(Removed {
                text: line.text().to_string(),
                reason: reason.to_string(),
            });
        }
        if removed.is_some() {
            continue;
        }
        if !out.text.is_empty() {
            out.text.push('\n');
            if pending_blank {
                out.text.push('\n');
            }
        }
        out.text.push_str(line.text());
        pending_blank = false;
    }
    if opts.keep_boilerplate {
        // Nothing left the text, so nothing is reported as removed.
        out.removed.clear();
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
