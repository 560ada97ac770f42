//! Vocabulary families and structural patterns of page furniture.
//!
//! Each family scores how much a line looks like one kind of furniture. The
//! lists are families of words that such widgets use across sites (social
//! network names, "subscribe"/"newsletter", "log in"/"register", section
//! names), not strings of particular pages. Scores are on one scale:
//! about 3.5 means "a short line made of this vocabulary", and the caller
//! weighs them against the line's prose evidence. A `hard` verdict is a
//! structural certainty (a line starting with `©`, a caption ending in
//! `- Outlet, 1920`) that prose evidence does not override.

use super::features::{Ending, LineFeatures};
use super::lexicon::*;
use crate::dates;

/// One family's verdict on a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FamilyScore {
    pub reason: &'static str,
    pub score: f32,
    pub hard: bool,
}

/// Lines longer than this are running prose for every family except the
/// cookie notice; skipping the phrase scans keeps long paragraphs cheap.
const LONG_LINE_WORDS: usize = 60;

/// Scores every family and returns the strongest, if any scored.
pub fn best_family(f: &LineFeatures) -> Option<FamilyScore> {
    if f.n_words() > LONG_LINE_WORDS {
        return cookie_notice(f)
            .or_else(|| photo_credit(f))
            .or_else(|| caption(f));
    }
    let candidates = [
        share_widget(f),
        photo_credit(f),
        caption(f),
        subscribe(f),
        login_prompt(f),
        cookie_notice(f),
        widget(f),
        promo(f),
        teaser_marker(f),
        navigation(f),
        byline(f),
        number_or_separator(f),
        copyright(f),
    ];
    candidates.into_iter().flatten().max_by(|a, b| {
        (a.hard, a.score)
            .partial_cmp(&(b.hard, b.score))
            .unwrap_or(std::cmp::Ordering::Equal)
    })
}

fn soft(reason: &'static str, score: f32) -> Option<FamilyScore> {
    Some(FamilyScore {
        reason,
        score,
        hard: false,
    })
}

fn hard(reason: &'static str) -> Option<FamilyScore> {
    Some(FamilyScore {
        reason,
        score: 10.0,
        hard: true,
    })
}

/// "Share on VK", "- Share on Facebook", "Tweet", "Facebook Twitter Email".
fn share_widget(f: &LineFeatures) -> Option<FamilyScore> {
    let n = f.n_words();
    if n == 0 || n > 8 || f.ending == Ending::Sentence {
        return None;
    }
    let verbs = f
        .lower_words
        .iter()
        .filter(|w| SHARE_VERBS.contains(&w.as_str()))
        .count();
    let networks = f
        .lower_words
        .iter()
        .filter(|w| NETWORKS.contains(&w.as_str()) && w.as_str() != "x")
        .count();
    let covered = f
        .lower_words
        .iter()
        .filter(|w| {
            SHARE_VERBS.contains(&w.as_str())
                || NETWORKS.contains(&w.as_str())
                || SHARE_GLUE.contains(&w.as_str())
        })
        .count();
    // Every word must be share vocabulary: "The future in your pocket" is a headline.
    if covered == n && (verbs > 0 || networks > 0) {
        soft(
            "share-widget",
            if verbs > 0 && networks > 0 { 4.5 } else { 3.5 },
        )
    } else {
        None
    }
}

/// "Photo: ...", "© Agency / Name", "Image credit: ...", "Reuters / John Smith".
fn photo_credit(f: &LineFeatures) -> Option<FamilyScore> {
    let t = f.text.trim_start_matches(['-', '•', '*', ' ']);
    if t.starts_with('©') || f.lower.starts_with("(c) ") {
        return if f.has_phrase("all rights reserved") {
            hard("copyright")
        } else {
            hard("photo-credit")
        };
    }
    for p in PHOTO_PREFIXES {
        if let Some(rest) = f.lower.strip_prefix(p) {
            let rest = rest.trim_start();
            if rest.starts_with(':')
                || rest.starts_with('|')
                || rest.starts_with("by ")
                || rest.starts_with("courtesy")
            {
                return hard("photo-credit");
            }
        }
    }
    let n = f.n_words();
    if n <= 12 && f.ending != Ending::Sentence && PHOTO_AGENCIES.iter().any(|a| f.lower.contains(a))
    {
        return soft("photo-credit", 3.5);
    }
    // "Agency / First Last": a short slash-separated line of capitalized names.
    if n <= 8
        && f.ending == Ending::Open
        && f.text.contains(" / ")
        && f.title_ratio >= 0.9
        && !f.has_verb
    {
        return soft("photo-credit", 3.0);
    }
    None
}

/// Image captions: "... - Outlet Name, 1920, 13.12.2023" (a width and a
/// date that an image-export left behind), "Image caption ...", or a line
/// ending in a caption date with no sentence ending.
fn caption(f: &LineFeatures) -> Option<FamilyScore> {
    if [
        "image caption",
        "photo caption",
        "caption:",
        "pictured:",
        "above:",
        "media caption",
    ]
    .iter()
    .any(|p| f.lower.starts_with(p))
    {
        return hard("caption");
    }
    if outlet_suffix(f.text) {
        return hard("caption");
    }
    let ends_in_digit = f.text.as_bytes().last().is_some_and(u8::is_ascii_digit);
    if ends_in_digit && f.n_words() >= 2 && crate::dateline::caption_date(f.text).is_some() {
        return soft("caption", 3.0);
    }
    None
}

/// Whether the line ends in ` - Capitalized Words, 1234[, dd.mm.yyyy]`.
fn outlet_suffix(text: &str) -> bool {
    let Some(pos) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|p| p + sep.len()))
        .max()
    else {
        return false;
    };
    let tail = &text[pos..];
    let mut parts = tail.split(',').map(str::trim);
    let Some(outlet) = parts.next() else {
        return false;
    };
    let outlet_words: Vec<&str> = outlet.split_whitespace().collect();
    if outlet_words.is_empty()
        || outlet_words.len() > 5
        || !outlet_words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
    {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() || rest.len() > 2 {
        return false;
    }
    let is_width = |s: &str| (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let is_date =
        |s: &str| dates::read_date(&dates::tokenize(s), 0).is_some_and(|(p, _)| p.year.is_some());
    is_width(rest[0]) && rest.get(1).is_none_or(|s| is_date(s))
}

fn subscribe(f: &LineFeatures) -> Option<FamilyScore> {
    if f.n_words() > 14 {
        return None;
    }
    let hits = f.count_phrases(SUBSCRIBE);
    if hits == 0 {
        return None;
    }
    match f.n_words() {
        0..=6 => soft("subscribe", 4.0),
        7..=14 if f.ending != Ending::Sentence => soft("subscribe", 3.0),
        _ => soft("subscribe", 1.0 + hits as f32 * 0.5),
    }
}

fn login_prompt(f: &LineFeatures) -> Option<FamilyScore> {
    if f.n_words() > 10 || f.ending == Ending::Sentence {
        return None;
    }
    (f.count_phrases(LOGIN) > 0).then_some(FamilyScore {
        reason: "login-prompt",
        score: 3.8,
        hard: false,
    })
}

fn cookie_notice(f: &LineFeatures) -> Option<FamilyScore> {
    if !(f.has_phrase("cookie")
        || f.has_phrase("cookies")
        || f.lower.contains("куки")
        || f.lower.contains("cookie-файл"))
    {
        return None;
    }
    (f.count_phrases(COOKIE_CONTEXT) > 0).then_some(FamilyScore {
        reason: "cookie-notice",
        score: 10.0,
        hard: true,
    })
}

fn widget(f: &LineFeatures) -> Option<FamilyScore> {
    let n = f.n_words();
    if n > 6
        || (n > 3 && f.ending == Ending::Sentence && f.has_verb && !f.has_phrase("no time to read"))
    {
        return None;
    }
    let label = f.lower_words.join(" ");
    (WIDGET_LABELS.contains(&label.as_str()) || f.count_phrases(WIDGET_PHRASES) > 0).then_some(
        FamilyScore {
            reason: "widget",
            score: 3.8,
            hard: false,
        },
    )
}

/// "Get the latest defense news ...: breaking stories, ... and much more...".
fn promo(f: &LineFeatures) -> Option<FamilyScore> {
    if f.n_words() > 30 {
        return None;
    }
    let hits = f.count_phrases(PROMO);
    if hits == 0 {
        return None;
    }
    let imperative = f
        .lower_words
        .first()
        .is_some_and(|w| IMPERATIVES.contains(&w.as_str()));
    let score = (hits as f32 * 2.0 + if imperative { 1.5 } else { 0.0 }).min(7.0);
    soft("promo", score)
}

/// Markers that introduce links to other articles.
pub fn teaser_marker(f: &LineFeatures) -> Option<FamilyScore> {
    // "Read more: <another story's headline>" at any length up to a headline's.
    if let Some((label, rest)) = f.lower.split_once(':') {
        let label = label
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim();
        if f.n_words() <= 25 && !rest.trim().is_empty() && TEASER_LABELS.contains(&label) {
            return soft("teaser", 5.0);
        }
    }
    if f.n_words() > 6 || f.ending == Ending::Sentence {
        return None;
    }
    (f.count_phrases(TEASER) > 0 || matches!(f.lower.as_str(), "previous" | "next")).then_some(
        FamilyScore {
            reason: "teaser",
            score: 3.8,
            hard: false,
        },
    )
}

/// Section labels and menus: "Military", "World | Europe", "Home > News".
pub fn navigation(f: &LineFeatures) -> Option<FamilyScore> {
    let separators = f.text.matches(['|', '›', '»', '>', '/']).count();
    if separators >= 2 && f.ending != Ending::Sentence && !f.has_verb {
        let segments: Vec<&str> = f.text.split(['|', '›', '»', '>', '/']).collect();
        if segments.iter().all(|s| s.split_whitespace().count() <= 3) {
            return soft("navigation", 4.0);
        }
    }
    let n = f.n_words();
    if n == 0 || n > 4 || f.ending != Ending::Open || f.digits > 0 {
        return None;
    }
    let all_sections = f.lower_words.iter().all(|w| SECTIONS.contains(&w.as_str()))
        && f.lower_words
            .iter()
            .any(|w| !matches!(w.as_str(), "and" | "&" | "in" | "us" | "all" | "more"));
    all_sections.then_some(FamilyScore {
        reason: "navigation",
        score: 3.6,
        hard: false,
    })
}

/// "By Jane Smith", "By Jane Smith and John Doe": the author, not the text.
fn byline(f: &LineFeatures) -> Option<FamilyScore> {
    let rest = f
        .text
        .strip_prefix("By ")
        .or_else(|| f.text.strip_prefix("by "))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let names_only = !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| {
            matches!(*w, "and" | "&" | "," | "in" | "|")
                || w.trim_end_matches(',')
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        });
    (names_only && f.ending != Ending::Sentence).then_some(FamilyScore {
        reason: "byline",
        score: 3.6,
        hard: false,
    })
}

/// The author names of a byline line (for `Metadata::authors`).
pub fn byline_authors(line: &str) -> Vec<String> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))
        .unwrap_or(line);
    rest.split([',', '&', '|'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A line with digits and no letters ("0", "12 | 345") or only symbols.
fn number_or_separator(f: &LineFeatures) -> Option<FamilyScore> {
    if f.letters > 0 || f.text.chars().count() > 16 {
        return None;
    }
    if f.digits > 0 {
        // "0", "12", "145": counters of comments, views, shares. Longer
        // numbers may be table data (an attendance figure) and are left to
        // the neighbour rules.
        if f.text.chars().count() <= 3 {
            hard("number")
        } else {
            soft("number", 0.0)
        }
    } else {
        hard("separator")
    }
}

fn copyright(f: &LineFeatures) -> Option<FamilyScore> {
    if COPYRIGHT.iter().any(|p| f.has_phrase(p)) {
        return soft("copyright", 5.0);
    }
    None
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn reason(line: &str) -> Option<&'static str> {
        best_family(&LineFeatures::new(line)).map(|s| s.reason)
    }

    #[test]
    fn share_widgets() {
        assert_eq!(reason("- Share on Telegram"), Some("share-widget"));
        assert_eq!(reason("Share this article"), Some("share-widget"));
        assert_eq!(
            reason("Facebook Twitter WhatsApp Email"),
            Some("share-widget")
        );
        assert_eq!(reason("Share prices rose sharply on Monday."), None);
    }

    #[test]
    fn credits_and_captions() {
        assert_eq!(
            reason("Photo: the regional press office"),
            Some("photo-credit")
        );
        assert_eq!(reason("© Some Agency / Jane Roe"), Some("photo-credit"));
        assert_eq!(
            reason("Tanks on parade in the capital - Example News, 1280"),
            Some("caption")
        );
        assert_eq!(
            reason("Tanks on parade - Example News, 1280, 01.05.2024"),
            Some("caption")
        );
        assert_eq!(
            reason("Image caption Soldiers at the range"),
            Some("caption")
        );
        assert!(outlet_suffix("A plane - Big Outlet, 1920, 13.12.2023"));
        assert!(!outlet_suffix("He said - Reuters reported, adding more"));
    }

    #[test]
    fn prompts_and_widgets() {
        assert_eq!(reason("Subscribe to our newsletter"), Some("subscribe"));
        assert_eq!(reason("Log in to comment"), Some("login-prompt"));
        assert_eq!(
            reason("We use cookies to improve your experience on our website."),
            Some("cookie-notice")
        );
        assert_eq!(reason("Loading..."), Some("widget"));
        assert_eq!(reason("Advertisement"), Some("widget"));
        assert_eq!(reason("Related articles"), Some("teaser"));
        assert_eq!(reason("Home | World | Europe"), Some("navigation"));
        assert_eq!(reason("Politics"), Some("navigation"));
        assert_eq!(reason("42"), Some("number"));
        assert_eq!(reason("By Jane Roe and John Doe"), Some("byline"));
        assert_eq!(
            byline_authors("By Jane Roe and John Doe"),
            vec!["Jane Roe", "John Doe"]
        );
    }

    #[test]
    fn prose_lines_score_no_family() {
        assert_eq!(reason("He declined to comment."), None);
        assert_eq!(
            reason("The ministry said the exercise would last five days."),
            None
        );
    }
}
