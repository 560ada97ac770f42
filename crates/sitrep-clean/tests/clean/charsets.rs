//! Charset handling through `clean`.

use sitrep_clean::{clean, CleanOptions};
use sitrep_core::ContentKind;

use crate::shared::raw;

const RU_PARAGRAPH: &str =
    "Министр обороны провёл встречу с делегацией в Москве и обсудил совместные учения.";

#[test]
fn windows_1251_html_with_meta_charset() {
    let html = format!(
        "<html><head><meta charset=\"windows-1251\"><title>Встреча министров</title></head>\
         <body><article><h1>Встреча министров</h1><p>{RU_PARAGRAPH}</p><p>{RU_PARAGRAPH}</p></article></body></html>"
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&html);
    let doc = clean(
        raw(bytes.into_owned(), ContentKind::Html),
        &CleanOptions::default(),
    )
    .unwrap();
    assert!(doc.text.contains("Министр обороны"), "{}", doc.text);
    assert_eq!(doc.meta.language.as_deref(), Some("ru"));
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.message.contains("windows-1251")));
}

#[test]
fn utf16_text_with_bom() {
    let text = format!("Учения завершены\n\n{RU_PARAGRAPH}");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let doc = clean(raw(bytes, ContentKind::Text), &CleanOptions::default()).unwrap();
    assert_eq!(doc.meta.title.as_deref(), Some("Учения завершены"));
    assert_eq!(doc.text, RU_PARAGRAPH);
}

#[test]
fn latin1_text_with_declared_charset() {
    let text = "Café talks in Zürich\n\nThe delegations met at a café near the lake and agreed on a timetable.";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let mut doc_raw = raw(bytes.into_owned(), ContentKind::Text);
    doc_raw.meta.charset = Some("ISO-8859-1".to_string());
    let doc = clean(doc_raw, &CleanOptions::default()).unwrap();
    assert_eq!(doc.meta.title.as_deref(), Some("Café talks in Zürich"));
    assert!(doc.text.contains("at a café near"));
}

#[test]
fn invalid_utf8_text_without_charset_is_an_error() {
    let err = clean(
        raw(
            b"Caf\xe9 talks\n\nThe delegations met.".to_vec(),
            ContentKind::Text,
        ),
        &CleanOptions::default(),
    )
    .unwrap_err();
    assert!(
        err.reason.contains("invalid UTF-8") && err.reason.contains("no charset"),
        "{}",
        err.reason
    );
}

#[test]
fn binary_and_empty_inputs_are_errors() {
    let err = clean(
        raw(
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0".to_vec(),
            ContentKind::Unknown,
        ),
        &CleanOptions::default(),
    )
    .unwrap_err();
    assert!(
        err.reason.contains("binary") || err.reason.contains("UTF-8"),
        "{}",
        err.reason
    );
    let err = clean(
        raw(b"\n- Share on Facebook\n\n".to_vec(), ContentKind::Text),
        &CleanOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.reason, "no text left after cleaning");
}

#[test]
fn unknown_kind_is_sniffed() {
    let html = b"<!DOCTYPE html><html><body><p>The first paragraph of the report is long enough to keep.</p></body></html>";
    let doc = clean(
        raw(html.to_vec(), ContentKind::Unknown),
        &CleanOptions::default(),
    )
    .unwrap();
    assert!(!doc.text.contains("<p>"), "{}", doc.text);
    assert_eq!(
        sitrep_clean::sniff_kind(b"Just a line of text."),
        ContentKind::Text
    );
}
