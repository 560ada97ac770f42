//! Unit tests of the plain-text cleaner on invented pages.

use super::*;
use sitrep_core::PublishedBasis;

fn reason_of<'a>(cleaned: &'a CleanedText, line: &str) -> Option<&'a str> {
    cleaned
        .removed
        .iter()
        .find(|r| r.text == line)
        .map(|r| r.reason.as_str())
}

fn kept(cleaned: &CleanedText, line: &str) -> bool {
    cleaned.text.lines().any(|l| l == line)
}

const PARAGRAPH_A: &str =
    "The regional governor said on Monday that the new bridge would open to traffic before the winter, two months later than planned.";
const PARAGRAPH_B: &str =
    "Engineers blamed the delay on supply problems, adding that the steel girders had arrived from the mill only in August.";

/// A page: headline, the given furniture lines around two paragraphs.
fn page(before: &[&str], between: &[&str], after: &[&str]) -> String {
    let mut lines = vec!["Bridge Opening Delayed Until Winter"];
    lines.extend_from_slice(before);
    lines.push(PARAGRAPH_A);
    lines.extend_from_slice(between);
    lines.push(PARAGRAPH_B);
    lines.extend_from_slice(after);
    lines.join("\n")
}

#[test]
fn title_and_dateline_leave_the_text() {
    let c = clean_text(&page(&["09:15, 3 March 2024"], &[], &[]));
    assert_eq!(
        c.title.as_deref(),
        Some("Bridge Opening Delayed Until Winter")
    );
    assert_eq!(reason_of(&c, "09:15, 3 March 2024"), Some("dateline"));
    assert_eq!(c.text, format!("{PARAGRAPH_A}\n{PARAGRAPH_B}"));
    let published = c.published().unwrap();
    assert_eq!(published.value, "2024-03-03T09:15:00");
    assert_eq!(published.basis, PublishedBasis::Dateline);
}

#[test]
fn share_widgets_and_credits() {
    let c = clean_text(&page(
        &[
            "Image: regional transport office",
            "• Share on Telegram",
            "Share via Email",
        ],
        &["© Example Photo Agency / Jane Roe"],
        &[],
    ));
    assert_eq!(
        reason_of(&c, "Image: regional transport office"),
        Some("photo-credit")
    );
    assert_eq!(reason_of(&c, "• Share on Telegram"), Some("share-widget"));
    assert_eq!(reason_of(&c, "Share via Email"), Some("share-widget"));
    assert_eq!(
        reason_of(&c, "© Example Photo Agency / Jane Roe"),
        Some("photo-credit")
    );
    assert!(kept(&c, PARAGRAPH_A) && kept(&c, PARAGRAPH_B));
}

#[test]
fn captions_with_outlet_suffix_and_dates() {
    let caption = "Workers on the bridge deck, May 2023 - Example Daily, 1280, 04.05.2023";
    let c = clean_text(&page(&[], &[caption], &[]));
    assert_eq!(reason_of(&c, caption), Some("caption"));
    // Caption dates are weak evidence: used only with nothing better.
    let published = c.published().unwrap();
    assert_eq!(published.value, "2023-05-04");
    assert!(published.evidence.unwrap().contains("caption"));
}

#[test]
fn teasers_after_markers_and_section_labels() {
    let c = clean_text(&page(
        &[],
        &["Infrastructure", "Ten Bridges That Changed Their Cities"],
        &["Read more", "City Council Approves New Tram Line"],
    ));
    assert_eq!(
        reason_of(&c, "Infrastructure"),
        None,
        "not a known section label: kept"
    );
    let c2 = clean_text(&page(
        &[],
        &["Multimedia", "Ten Bridges That Changed Their Cities"],
        &["Read more", "City Council Approves New Tram Line"],
    ));
    assert_eq!(reason_of(&c2, "Multimedia"), Some("navigation"));
    assert_eq!(
        reason_of(&c2, "Ten Bridges That Changed Their Cities"),
        Some("teaser")
    );
    assert_eq!(reason_of(&c2, "Read more"), Some("teaser"));
    assert_eq!(
        reason_of(&c2, "City Council Approves New Tram Line"),
        Some("teaser")
    );
    assert!(kept(&c2, PARAGRAPH_A) && kept(&c2, PARAGRAPH_B));
}

#[test]
fn prompts_notices_and_widgets() {
    let furniture = [
        ("Sign in to leave a comment", "login-prompt"),
        ("Subscribe to our newsletter", "subscribe"),
        (
            "This site uses cookies to improve your browsing experience. Accept all",
            "cookie-notice",
        ),
        ("Listen to this article", "widget"),
        ("Advertisement", "widget"),
        (
            "Stay informed: get the latest transport news and much more...",
            "promo",
        ),
        ("12", "number"),
        ("By Anna Example", "byline"),
    ];
    let lines: Vec<&str> = furniture.iter().map(|(l, _)| *l).collect();
    let c = clean_text(&page(&[], &lines, &[]));
    for (line, reason) in furniture {
        assert_eq!(reason_of(&c, line), Some(reason), "{line}");
    }
    assert_eq!(c.authors, vec!["Anna Example".to_string()]);
    assert!(kept(&c, PARAGRAPH_A) && kept(&c, PARAGRAPH_B));
}

#[test]
fn footer_cluster_and_foreign_script() {
    let c = clean_text(&page(
        &[],
        &[],
        &[
            "Newsfeed",
            "0",
            "Log in or register",
            "Transport Desk",
            "Новости региона",
        ],
    ));
    assert_eq!(reason_of(&c, "Newsfeed"), Some("navigation"));
    assert_eq!(reason_of(&c, "0"), Some("number"));
    assert_eq!(reason_of(&c, "Log in or register"), Some("login-prompt"));
    assert_eq!(
        reason_of(&c, "Transport Desk"),
        Some("navigation"),
        "short fragment inside the footer cluster"
    );
    assert_eq!(reason_of(&c, "Новости региона"), Some("foreign-script"));
}

#[test]
fn short_real_paragraphs_survive() {
    let shorts = [
        "Nobody was hurt.",
        "The vote passed.",
        "Why now?",
        "He denied it.",
        "Prices rose again on Friday.",
    ];
    let mut lines = vec!["Council Votes On Budget", PARAGRAPH_A];
    lines.extend_from_slice(&shorts);
    lines.push(PARAGRAPH_B);
    let c = clean_text(&lines.join("\n\n"));
    for s in shorts {
        assert!(kept(&c, s), "{s} was removed: {:?}", c.removed);
    }
    assert_eq!(c.removed.len(), 1, "only the title: {:?}", c.removed);
}

#[test]
fn inline_agency_dateline_is_read_but_kept() {
    let first = "MINSK, 3 March (Example Agency) - The governor said the new bridge would open before the winter.";
    let c = clean_text(&format!(
        "{first}\n{PARAGRAPH_B}\nIn 2023 the contract was signed."
    ));
    assert!(kept(&c, first));
    let published = c.published().unwrap();
    assert_eq!(published.value, "2023-03-03");
    assert_eq!(published.basis, PublishedBasis::Inferred);
}

#[test]
fn keep_boilerplate_keeps_every_line() {
    let text = page(
        &["09:15, 3 March 2024", "- Share on Facebook"],
        &[],
        &["Subscribe"],
    );
    let opts = TextOptions {
        keep_boilerplate: true,
        ..TextOptions::default()
    };
    let c = clean_normalized(&normalize(&text), &opts);
    assert_eq!(c.text, normalize(&text));
    assert!(c.removed.is_empty());
    assert!(c.dateline.is_some());
}

#[test]
fn extracted_text_only_loses_unambiguous_widgets() {
    let text = format!(
        "Bridge Opening Delayed\nMultimedia\n{PARAGRAPH_A}\nShare on Facebook\n{PARAGRAPH_B}"
    );
    let opts = TextOptions {
        extracted: true,
        known_title: Some("Bridge opening delayed".into()),
        ..Default::default()
    };
    let c = clean_normalized(&text, &opts);
    assert_eq!(reason_of(&c, "Bridge Opening Delayed"), Some("title"));
    assert_eq!(reason_of(&c, "Share on Facebook"), Some("share-widget"));
    assert!(
        kept(&c, "Multimedia"),
        "layout guesses are the HTML extractor's job"
    );
}

#[test]
fn menus_without_blank_lines_are_navigation() {
    let text = format!(
        "Home\nWorld\nEurope\nBusiness\nBridge Opening Delayed\n\n{PARAGRAPH_A}\n\n{PARAGRAPH_B}"
    );
    let c = clean_text(&text);
    for item in ["Home", "World", "Europe", "Business"] {
        assert_eq!(reason_of(&c, item), Some("navigation"), "{item}");
    }
    assert_eq!(c.title.as_deref(), Some("Bridge Opening Delayed"));
}
