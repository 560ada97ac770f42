//! Arbitrary bytes through charset decoding, HTML extraction and plain-text
//! cleaning. The first byte picks the declared kind and charset, so every
//! decoding path is reached. Whatever `clean` returns must be a valid
//! document: non-empty text and reasons for everything removed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let kind = match selector % 3 {
        0 => ContentKind::Html,
        1 => ContentKind::Text,
        _ => ContentKind::Unknown,
    };
    let charset = match (selector >> 2) % 4 {
        0 => None,
        1 => Some("windows-1251".to_string()),
        2 => Some("utf-16le".to_string()),
        _ => Some("no-such-charset".to_string()),
    };
    let raw = RawDocument {
        source: Source { path: "fuzz".into(), url: None, format: SourceFormat::Text, record: 0 },
        kind,
        bytes: bytes.to_vec(),
        meta: RawMetadata { charset, ..RawMetadata::default() },
    };
    if let Ok(doc) = sitrep_clean::clean(raw, &sitrep_clean::CleanOptions::default()) {
        assert!(!doc.text.trim().is_empty());
        assert!(doc.removed.iter().all(|r| !r.reason.is_empty()));
        assert_eq!(doc.id.len(), 16);
    }
});
