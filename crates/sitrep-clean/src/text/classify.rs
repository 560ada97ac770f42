//! Line verdicts: per-line scoring, then rules that look at neighbours.
//!
//! **Per line.** A line is furniture when its strongest vocabulary family
//! ([`super::vocab`]) outscores its prose evidence by [`MARGIN`], or when the
//! family is a structural certainty (`hard`). Prose evidence
//! ([`prose_score`]) grows with length, a sentence ending, a verb, a normal
//! share of function words and commas; a short one-sentence paragraph with a
//! verb scores about 3.3, more than any soft family minus the margin, so it
//! survives. A line in another script than the document (a Russian line in
//! an English page) is removed as `foreign-script`.
//!
//! **Neighbours.** Furniture comes in clusters, so after the per-line pass:
//! * a headline-like line right after a teaser marker ("Next Article"), a
//!   section label or another teaser is a related-article `teaser`;
//! * short lines before the title are page header (`navigation`);
//! * after the last real paragraph, short non-sentences next to removed
//!   lines are footer (`navigation`);
//! * text far from the article's main block of paragraphs (behind a gap of
//!   [`REGION_GAP`] or more non-paragraph lines) and much lighter than it is
//!   a sidebar or footer (`sidebar`), see [`off_main_regions`];
//! * runs of three or more one- or two-word lines without blank lines
//!   between them (five mid-article) are menus ([`menu_runs`]).

use super::features::{Ending, LineFeatures};
use super::vocab::{self, FamilyScore};
use sitrep_text::lang::Script;

/// How much a family must outscore a line's prose evidence.
pub const MARGIN: f32 = 0.5;

/// Prose evidence of a line; see the module documentation.
pub fn prose_score(f: &LineFeatures) -> f32 {
    let n = f.n_words();
    let mut score = (n.min(20) as f32) / 8.0;
    score += match f.ending {
        Ending::Sentence => 1.2,
        Ending::Ellipsis => 0.4,
        Ending::Colon | Ending::Open => 0.0,
    };
    if f.has_verb {
        score += 0.8;
    }
    if f.stop_ratio >= 0.2 && n >= 4 {
        score += 0.6;
    }
    if n >= 8 && f.text.contains(',') {
        score += 0.5;
    }
    if f.ending == Ending::Open && n >= 3 && f.title_ratio >= 0.6 {
        score -= 0.6;
    }
    score
}

/// One non-blank input line and what the classifier thinks of it.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    pub features: LineFeatures<'a>,
    /// A blank line preceded this one in the input.
    pub blank_before: bool,
    pub prose: f32,
    pub family: Option<FamilyScore>,
    /// `Some(reason)` when the line is removed.
    pub verdict: Option<&'static str>,
}

impl<'a> Line<'a> {
    pub fn new(text: &'a str, blank_before: bool) -> Line<'a> {
        let features = LineFeatures::new(text);
        let prose = prose_score(&features);
        let family = vocab::best_family(&features);
        Line {
            features,
            blank_before,
            prose,
            family,
            verdict: None,
        }
    }

    pub fn text(&self) -> &'a str {
        self.features.text
    }

    /// A kept line that reads as a real paragraph.
    fn is_paragraph(&self) -> bool {
        self.verdict.is_none()
            && self.features.ending == Ending::Sentence
            && self.features.n_words() >= 8
    }

    fn is_short_fragment(&self, max_words: usize) -> bool {
        self.verdict.is_none()
            && self.features.n_words() <= max_words
            && !matches!(self.features.ending, Ending::Sentence)
    }
}

/// Families trusted on text that an HTML extractor already cleaned: only
/// unambiguous widgets, never the layout guesses (labels, teasers).
const EXTRACTED_FAMILIES: &[&str] = &[
    "share-widget",
    "subscribe",
    "login-prompt",
    "cookie-notice",
    "widget",
    "photo-credit",
    "caption",
    "number",
    "separator",
    "copyright",
    "promo",
];

/// The per-line pass.
pub fn score_lines(lines: &mut [Line], doc_script: Option<(Script, f64)>, extracted: bool) {
    for line in lines.iter_mut() {
        if line.verdict.is_some() {
            continue;
        }
        if let Some(family) = line.family {
            let allowed = !extracted || EXTRACTED_FAMILIES.contains(&family.reason);
            if allowed && (family.hard || family.score - line.prose >= MARGIN) {
                line.verdict = Some(family.reason);
                continue;
            }
        }
    }
    let foreign: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            lines[i].verdict.is_none() && is_foreign_script(&lines[i].features, doc_script)
        })
        .collect();
    if foreign.len() <= MAX_STRAY_FOREIGN_LINES {
        for i in foreign {
            lines[i].verdict = Some("foreign-script");
        }
    }
}

/// A line of four or more letters written mostly in a script that is not
/// the document's (which must itself be clearly dominant). A full sentence
/// in another script is a quotation and stays.
fn is_foreign_script(f: &LineFeatures, doc_script: Option<(Script, f64)>) -> bool {
    let (Some((doc, doc_share)), Some((line_script, line_share))) = (doc_script, f.script) else {
        return false;
    };
    let quotation = f.ending == Ending::Sentence && f.n_words() >= 5;
    doc_share >= 0.7 && f.letters >= 4 && line_script != doc && line_share >= 0.8 && !quotation
}

/// Most foreign-script lines a text may have for them to count as strays;
/// more are a bilingual text (lyrics with a transliteration, a parallel
/// translation) where both scripts are content.
const MAX_STRAY_FOREIGN_LINES: usize = 3;

/// Index of the title line: the first kept line when headline-like (or
/// equal to the known title), looking past stray one-word labels.
pub fn find_title(lines: &[Line], known_title: Option<&str>, extracted: bool) -> Option<usize> {
    for (i, line) in lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.verdict.is_none())
        .take(6)
    {
        if known_title.is_some_and(|t| loose_eq(t, line.text())) {
            return Some(i);
        }
        if extracted && known_title.is_some() {
            return None;
        }
        if line.features.title_like() {
            return Some(i);
        }
        // A stray one-word label may precede the headline; anything longer
        // means the text opens without one.
        if line.features.n_words() > 1 || line.features.ending != Ending::Open {
            return None;
        }
    }
    None
}

/// Equality ignoring case, punctuation and spacing.
pub fn loose_eq(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let (ka, kb) = (key(a), key(b));
    !ka.is_empty() && ka == kb
}

/// The neighbour rules; `title` is excluded from all of them.
pub fn context_rules(lines: &mut [Line], title: Option<usize>) {
    let is_title = |i: usize| title == Some(i);

    // Teasers: headline-like lines right after a marker, label or teaser.
    for i in 1..lines.len() {
        if lines[i].verdict.is_some() || is_title(i) || !lines[i].features.headline_like() {
            continue;
        }
        if matches!(lines[i - 1].verdict, Some("teaser" | "navigation")) {
            lines[i].verdict = Some("teaser");
        }
    }

    // Longer numbers ("1,204") are furniture only beside other furniture.
    for i in 0..lines.len() {
        let is_number = lines[i].family.is_some_and(|f| f.reason == "number");
        let removed_neighbour = (i > 0 && lines[i - 1].verdict.is_some())
            || lines.get(i + 1).is_some_and(|l| l.verdict.is_some());
        if is_number && lines[i].verdict.is_none() && removed_neighbour && !is_title(i) {
            lines[i].verdict = Some("number");
        }
    }

    // Sandwiches: a short non-sentence between two removed lines is part
    // of the same furniture cluster (a teaser's headline between a caption
    // and a share bar, a label between two widgets).
    for i in 1..lines.len().saturating_sub(1) {
        let (before, after) = (lines[i - 1].verdict, lines[i + 1].verdict);
        let furniture = |v: Option<&str>| v.is_some_and(|r| !matches!(r, "title" | "dateline"));
        if furniture(before) && furniture(after) && lines[i].is_short_fragment(12) && !is_title(i) {
            let teaser = before == Some("teaser") || after == Some("teaser");
            lines[i].verdict = Some(if teaser { "teaser" } else { "navigation" });
        }
    }

    // Header: short fragments before the title.
    if let Some(t) = title {
        for line in lines[..t].iter_mut() {
            if line.is_short_fragment(6) {
                line.verdict = Some("navigation");
            }
        }
    }

    // Footer: after the last real paragraph, short non-sentences next to
    // removed lines, so that a cluster is eaten from its edges.
    let last_paragraph = lines.iter().rposition(Line::is_paragraph);
    if let Some(last) = last_paragraph {
        // A forward pass eats fragments after a removed line, a backward
        // pass those before one; together they reach the fixpoint.
        let eat = |i: usize, lines: &mut [Line]| {
            let removed_neighbour = lines[i - 1].verdict.is_some()
                || lines.get(i + 1).is_some_and(|l| l.verdict.is_some());
            if lines[i].is_short_fragment(12) && removed_neighbour && !is_title(i) {
                lines[i].verdict = Some("navigation");
            }
        };
        for i in last + 1..lines.len() {
            eat(i, lines);
        }
        for i in (last + 1..lines.len()).rev() {
            eat(i, lines);
        }
    }
}

/// Menus: runs of three or more one- or two-word lines with no blank line
/// between them (five inside the article body). Runs before the title is
/// chosen, so that a menu item is never mistaken for the headline.
pub fn menu_runs(lines: &mut [Line]) {
    let first_paragraph = lines.iter().position(Line::is_paragraph);
    let last_paragraph = lines.iter().rposition(Line::is_paragraph);
    let is_item = |l: &Line| {
        l.features.n_words() <= 2
            && l.features.ending == Ending::Open
            && !l.features.bullet
            && !matches!(l.verdict, Some("dateline"))
    };
    let mut i = 0;
    while i < lines.len() {
        let run_len = lines[i..]
            .iter()
            .enumerate()
            .take_while(|(k, l)| is_item(l) && (*k == 0 || !l.blank_before))
            .count();
        let outside_body =
            first_paragraph.is_none_or(|f| i < f) || last_paragraph.is_none_or(|l| i > l);
        let needed = if outside_body { 3 } else { 5 };
        if run_len >= needed {
            for line in &mut lines[i..i + run_len] {
                if line.verdict.is_none() {
                    line.verdict = Some("navigation");
                }
            }
        }
        i += run_len.max(1);
    }
}

/// Non-paragraph lines in a row that separate two regions of a page.
pub const REGION_GAP: usize = 6;

/// A region lighter than this share of the main region's paragraph text is
/// not part of the article.
const MINOR_REGION_SHARE: usize = 20;

/// Removes kept lines outside the main region of the text.
///
/// Paragraphs (kept lines ending a sentence, 8+ words) are grouped into
/// regions; a run of [`REGION_GAP`] non-paragraph lines ends a region. The
/// region with the most paragraph text is the article. Regions holding less
/// than 20% of its text, and the loose lines after it beyond a gap, are the page's
/// other furniture: comment policies, author boxes, newsletter pitches,
/// "about us" blurbs, which read like prose and carry no widget vocabulary.
/// Articles interleaved with a caption or a share bar (gaps of 2–4 lines)
/// stay one region.
pub fn off_main_regions(lines: &mut [Line], title: Option<usize>) {
    // (first line, last line, paragraph bytes) of each region.
    let mut regions: Vec<(usize, usize, usize)> = Vec::new();
    let mut gap = usize::MAX;
    for (i, line) in lines.iter().enumerate() {
        if line.is_paragraph() {
            match regions.last_mut() {
                Some(region) if gap < REGION_GAP => {
                    region.1 = i;
                    region.2 += line.text().len();
                }
                _ => regions.push((i, i, line.text().len())),
            }
            gap = 0;
        } else {
            gap = gap.saturating_add(1);
        }
    }
    let Some(&(main_start, main_end, main_weight)) = regions.iter().max_by_key(|r| r.2) else {
        return;
    };
    // Only text that furniture separates from the article is cut off: a
    // plain list after the last paragraph (fixtures, a bulleted summary)
    // has no removed line between it and the article.
    // furniture_before[i]: furniture lines among lines[..i] (prefix sums,
    // so that each test below is O(1)).
    let mut furniture_before = Vec::with_capacity(lines.len() + 1);
    furniture_before.push(0usize);
    for line in lines.iter() {
        let furniture = line
            .verdict
            .is_some_and(|r| !matches!(r, "title" | "dateline"));
        furniture_before
            .push(furniture_before.last().copied().unwrap_or(0) + usize::from(furniture));
    }
    let furniture_between = |i: usize| {
        let (from, to) = if i < main_start {
            (i, main_start)
        } else {
            (main_end, i)
        };
        furniture_before[to] > furniture_before[from]
    };
    // region_of[i]: index of the region containing line i.
    let mut region_of = vec![None; lines.len()];
    for (r, &(start, end, _)) in regions.iter().enumerate() {
        for slot in &mut region_of[start..=end] {
            *slot = Some(r);
        }
    }
    let minor = |r: usize| {
        regions[r].0 != main_start && regions[r].2 * 100 < main_weight * MINOR_REGION_SHARE
    };
    let cut: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            let off_main = match region_of[i] {
                Some(r) => minor(r),
                // Loose lines after the article beyond a gap.
                None => i > main_end && i - main_end > REGION_GAP,
            };
            lines[i].verdict.is_none() && title != Some(i) && off_main && furniture_between(i)
        })
        .collect();
    for i in cut {
        lines[i].verdict = Some("sidebar");
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn short_paragraphs_outscore_soft_families() {
        for text in [
            "The talks will resume on Friday.",
            "He declined to comment.",
            "No agreement was reached.",
        ] {
            let mut lines = vec![Line::new(text, false)];
            score_lines(&mut lines, Some((Script::Latin, 1.0)), false);
            assert_eq!(lines[0].verdict, None, "{text}");
        }
    }

    #[test]
    fn foreign_script_lines() {
        let f = LineFeatures::new("Заголовок статьи");
        assert!(is_foreign_script(&f, Some((Script::Latin, 0.95))));
        assert!(!is_foreign_script(&f, Some((Script::Cyrillic, 0.95))));
        assert!(!is_foreign_script(
            &LineFeatures::new("Да"),
            Some((Script::Latin, 0.95))
        ));
    }

    #[test]
    fn loose_title_equality() {
        assert!(loose_eq(
            "Talks Resume: What Next?",
            "talks resume — what next"
        ));
        assert!(!loose_eq("", ""));
    }
}
