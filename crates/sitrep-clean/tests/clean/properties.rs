//! `clean` never panics and keeps its text invariants, whatever the bytes.

use proptest::prelude::*;
use sitrep_clean::{clean, CleanOptions};
use sitrep_core::ContentKind;

use crate::shared::raw;

/// Lines mixing furniture-like and prose-like pieces with odd characters.
fn page_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Share on VK".to_string()),
        Just("17:34, 15 October".to_string()),
        Just("© Agency / Name".to_string()),
        Just("0".to_string()),
        Just("Заголовок".to_string()),
        Just("\u{200b}\u{a0}\r".to_string()),
        "[A-Za-z ,.:?!-]{0,60}",
        "\\PC{0,40}",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.join("\n"))
}

fn check_invariants(doc: &sitrep_core::Doc) {
    assert!(!doc.text.trim().is_empty());
    assert!(!doc.text.contains('\r'));
    assert!(!doc.text.contains("\n\n\n"));
    assert!(doc.text.lines().all(|l| l == l.trim_end()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400), kind in 0u8..3) {
        let kind = [ContentKind::Text, ContentKind::Html, ContentKind::Unknown][kind as usize];
        if let Ok(doc) = clean(raw(bytes, kind), &CleanOptions::default()) {
            check_invariants(&doc);
        }
    }

    #[test]
    fn never_panics_on_page_like_text(text in page_like(), keep in any::<bool>()) {
        let opts = CleanOptions { keep_boilerplate: keep };
        if let Ok(doc) = clean(raw(text.into_bytes(), ContentKind::Text), &opts) {
            check_invariants(&doc);
        }
    }
}
