//! Merging container, page and text metadata.

use sitrep_clean::{clean, CleanOptions};
use sitrep_core::{ContentKind, PublishedBasis};

use crate::shared::raw;

const BODY: &str = "Troops Return To Base\n17:34, 15 October\n\nThe last units returned to their bases on Tuesday after the Vostok 2018 drills ended this year, the ministry said.";

#[test]
fn container_metadata_wins() {
    let mut doc_raw = raw(BODY.as_bytes().to_vec(), ContentKind::Text);
    doc_raw.meta.title = Some("Feed title".to_string());
    doc_raw.meta.published = Some("Tue, 16 Oct 2018 09:00:00 +0300".to_string());
    doc_raw.meta.url = Some("https://example.org/a".to_string());
    doc_raw.meta.author = Some("Jane Roe".to_string());
    let doc = clean(doc_raw, &CleanOptions::default()).unwrap();
    assert_eq!(doc.meta.title.as_deref(), Some("Feed title"));
    let published = doc.meta.published.unwrap();
    assert_eq!(published.value, "2018-10-16T09:00:00+03:00");
    assert_eq!(published.basis, PublishedBasis::Metadata);
    assert_eq!(doc.meta.authors, vec!["Jane Roe".to_string()]);
    assert_eq!(doc.source.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(
        doc.id,
        sitrep_core::doc_id(Some("https://example.org/a"), &doc.content_hash)
    );
    // The in-text headline still leaves the body.
    assert!(doc.text.starts_with("The last units"), "{}", doc.text);
}

#[test]
fn dateline_year_is_inferred_without_metadata() {
    let doc = clean(
        raw(BODY.as_bytes().to_vec(), ContentKind::Text),
        &CleanOptions::default(),
    )
    .unwrap();
    assert_eq!(doc.meta.title.as_deref(), Some("Troops Return To Base"));
    let published = doc.meta.published.unwrap();
    assert_eq!(published.value, "2018-10-15T17:34:00");
    assert_eq!(published.basis, PublishedBasis::Inferred);
    assert!(published.evidence.unwrap().contains("Vostok 2018"));
    assert!(doc
        .removed
        .iter()
        .any(|r| r.reason == "dateline" && r.text == "17:34, 15 October"));
}

#[test]
fn unreadable_container_date_falls_back_with_a_warning() {
    let mut doc_raw = raw(BODY.as_bytes().to_vec(), ContentKind::Text);
    doc_raw.meta.published = Some("sometime last week".to_string());
    let doc = clean(doc_raw, &CleanOptions::default()).unwrap();
    assert_eq!(doc.meta.published.unwrap().basis, PublishedBasis::Inferred);
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.message.contains("sometime last week")));
}

#[test]
fn yearless_dateline_without_evidence_is_reported() {
    let text = "Troops Return To Base\n17:34, 15 October\n\nThe last units returned to their bases on Tuesday, the ministry said.";
    let doc = clean(
        raw(text.as_bytes().to_vec(), ContentKind::Text),
        &CleanOptions::default(),
    )
    .unwrap();
    assert!(doc.meta.published.is_none());
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.message.contains("no year")));
}

#[test]
fn html_page_metadata_and_title_line() {
    let html = "<html lang=\"en\"><head><title>Bridge opens | Example News</title>\
        <meta property=\"og:title\" content=\"Bridge opens\">\
        <meta property=\"article:published_time\" content=\"2024-03-03T09:15:00Z\"></head>\
        <body><article><h1>Bridge opens</h1>\
        <p>The regional governor said on Monday that the new bridge would open to traffic before the winter.</p>\
        <p>Engineers blamed the delay on supply problems, adding that the steel had arrived only in August.</p>\
        <p>Share on Facebook</p></article></body></html>";
    let doc = clean(
        raw(html.as_bytes().to_vec(), ContentKind::Html),
        &CleanOptions::default(),
    )
    .unwrap();
    assert_eq!(doc.meta.title.as_deref(), Some("Bridge opens"));
    let published = doc.meta.published.unwrap();
    assert_eq!(published.basis, PublishedBasis::Metadata);
    assert!(published.value.starts_with("2024-03-03"));
    assert!(!doc.text.contains("Bridge opens\n"), "{}", doc.text);
    assert!(!doc.text.contains("Share on Facebook"), "{}", doc.text);
    assert_eq!(doc.meta.language.as_deref(), Some("en"));
}
