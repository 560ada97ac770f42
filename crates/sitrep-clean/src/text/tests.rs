//! Unit tests of the plain-text cleaner on invented pages.

use super::*;

fn reasons(cleaned: &CleanedText) -> Vec<(&str, &str)> {
    cleaned.removed.iter().map(|r| (r.text.as_str(), r.reason.as_str())).collect()
}

#[test]
fn placeholder_compiles() {
    let c = clean_text("Title Here\nThe army said it was ready.");
    assert_eq!(c.title.as_deref(), Some("Title Here"));
    assert!(reasons(&c).contains(&("Title Here", "title")));
}
