//! WARC and WET reading: record types, HTTP parsing, gzip layouts, errors.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use sitrep_core::SourceFormat;
use sitrep_ingest::{ContentKind, Limits};

fn sample_warc() -> Vec<u8> {
    let mut warc = warc_record(
        "warcinfo",
        &[("Content-Type", "application/warc-fields")],
        b"software: test-writer\r\nformat: WARC File Format 1.1\r\n",
    );
    warc.extend(warc_record(
        "request",
        &[
            ("WARC-Target-URI", "https://news.example/defence-talks"),
            ("Content-Type", "application/http; msgtype=request"),
        ],
        b"GET /defence-talks HTTP/1.1\r\nHost: news.example\r\n\r\n",
    ));
    warc.extend(html_page_record(
        "https://news.example/defence-talks",
        "Defence ministers meet in Tallinn",
    ));
    let png = http_response(
        "200 OK",
        &[("Content-Type", "image/png")],
        b"\x89PNG\r\n\x1a\nnot really an image",
    );
    warc.extend(response_record("https://news.example/map.png", &png));
    warc.extend(warc_record(
        "metadata",
        &[("WARC-Target-URI", "https://news.example/defence-talks")],
        b"fetchTimeMs: 120\r\n",
    ));
    let redirect = http_response("301 Moved Permanently", &[("Location", "/new")], b"");
    warc.extend(response_record("https://news.example/old", &redirect));
    warc.extend(html_page_record(
        "https://news.example/budget",
        "Parliament approves the 2026 defence budget",
    ));
    warc
}

#[test]
fn response_records_become_documents_and_the_rest_is_skipped() {
    let (results, inputs) = read_with("crawl.warc", &sample_warc(), Limits::default());
    let docs = docs(results);
    assert_eq!(docs.len(), 2);
    let first = &docs[0];
    assert_eq!(first.source.format, SourceFormat::Warc);
    assert_eq!(first.source.path, "crawl.warc");
    assert_eq!(first.source.record, 0);
    assert_eq!(
        first.source.url.as_deref(),
        Some("https://news.example/defence-talks")
    );
    assert_eq!(
        first.meta.url.as_deref(),
        Some("https://news.example/defence-talks")
    );
    assert_eq!(first.kind, ContentKind::Html);
    assert_eq!(first.meta.charset.as_deref(), Some("utf-8"));
    // WARC-Date is when the page was crawled, not when it was published.
    assert_eq!(first.meta.published, None);
    assert!(text_of(first).starts_with("<!DOCTYPE html>"));
    assert!(text_of(first).contains("Defence ministers meet in Tallinn"));
    assert_eq!(docs[1].source.record, 1);
    assert!(text_of(&docs[1]).contains("2026 defence budget"));
    // The image and the redirect were read and left out; warcinfo, request
    // and metadata records are not documents at all.
    assert_eq!(inputs.stats().skipped_records, 2);
    assert_eq!(inputs.stats().documents, 2);
    assert_eq!(inputs.stats().errors, 0);
}

#[test]
fn gzip_per_record_and_whole_file_read_the_same() {
    let plain = sample_warc();
    let whole = gzip(&plain);
    let mut per_record = Vec::new();
    for record in [
        html_page_record("https://news.example/a", "First report"),
        html_page_record("https://news.example/b", "Second report"),
    ] {
        per_record.extend(gzip(&record));
    }
    assert_eq!(docs(read_all("crawl.warc.gz", &whole)).len(), 2);
    let per_record_docs = docs(read_all("crawl.warc.gz", &per_record));
    assert_eq!(per_record_docs.len(), 2);
    assert_eq!(
        per_record_docs[1].source.url.as_deref(),
        Some("https://news.example/b")
    );
    assert!(text_of(&per_record_docs[1]).contains("Second report"));
}

#[test]
fn chunked_transfer_and_gzip_content_encoding_are_decoded() {
    let page = b"<html><body><p>The ministry confirmed the exercise.</p></body></html>";
    let mut chunked = Vec::new();
    for piece in page.chunks(20) {
        chunked.extend(format!("{:x}\r\n", piece.len()).into_bytes());
        chunked.extend_from_slice(piece);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let chunked_http = http_response(
        "200 OK",
        &[
            ("Content-Type", "text/html; charset=windows-1251"),
            ("Transfer-Encoding", "chunked"),
        ],
        &chunked,
    );
    let gzip_http = http_response(
        "200 OK",
        &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        &gzip(page),
    );
    let both_http = http_response(
        "200 OK",
        &[
            ("Content-Type", "text/plain; charset=\"ISO-8859-1\""),
            ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked"),
        ],
        &{
            let zipped = gzip(b"Plain text report.");
            let mut body = format!("{:x}\r\n", zipped.len()).into_bytes();
            body.extend(zipped);
            body.extend_from_slice(b"\r\n0\r\n\r\n");
            body
        },
    );
    let mut warc = response_record("https://a.example/", &chunked_http);
    warc.extend(response_record("https://b.example/", &gzip_http));
    warc.extend(response_record("https://c.example/", &both_http));
    let docs = docs(read_all("decode.warc", &warc));
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0].bytes, page);
    assert_eq!(docs[0].meta.charset.as_deref(), Some("windows-1251"));
    assert_eq!(docs[1].bytes, page);
    assert_eq!(docs[1].meta.charset, None);
    assert_eq!(docs[2].bytes, b"Plain text report.");
    assert_eq!(docs[2].kind, ContentKind::Text);
    assert_eq!(docs[2].meta.charset.as_deref(), Some("iso-8859-1"));
}

#[test]
fn body_stored_dechunked_under_a_chunked_header_is_kept_as_is() {
    let page = b"<html><body>Already de-chunked by the crawler.</body></html>";
    let http = http_response(
        "200 OK",
        &[
            ("Content-Type", "text/html"),
            ("Transfer-Encoding", "chunked"),
        ],
        page,
    );
    let docs = docs(read_all(
        "x.warc",
        &response_record("https://x.example/", &http),
    ));
    assert_eq!(docs[0].bytes, page);
}

#[test]
fn wet_conversion_and_resource_records_are_read() {
    let mut wet = warc_record(
        "warcinfo",
        &[("Content-Type", "application/warc-fields")],
        b"isPartOf: CC-MAIN-2025-10\r\n",
    );
    wet.extend(warc_record(
        "conversion",
        &[
            ("WARC-Target-URI", "https://news.example/wet-1"),
            ("Content-Type", "text/plain"),
            (
                "WARC-Refers-To",
                "<urn:uuid:11111111-1111-1111-1111-111111111111>",
            ),
        ],
        "Ministry of Defence statement\nThe minister met NATO envoys on Monday.".as_bytes(),
    ));
    wet.extend(warc_record(
        "resource",
        &[
            ("WARC-Target-URI", "file:///reports/brief.html"),
            ("Content-Type", "text/html; charset=utf-8"),
        ],
        b"<html><body>Resource page</body></html>",
    ));
    wet.extend(warc_record(
        "resource",
        &[
            ("WARC-Target-URI", "file:///reports/logo.gif"),
            ("Content-Type", "image/gif"),
        ],
        b"GIF89a....",
    ));
    let (results, inputs) = read_with("crawl.warc.wet.gz", &gzip(&wet), Limits::default());
    let docs = docs(results);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].kind, ContentKind::Text);
    assert_eq!(docs[0].meta.charset.as_deref(), Some("utf-8"));
    assert_eq!(
        docs[0].source.url.as_deref(),
        Some("https://news.example/wet-1")
    );
    assert!(text_of(&docs[0]).contains("NATO envoys"));
    assert_eq!(docs[1].kind, ContentKind::Html);
    assert_eq!(docs[1].source.record, 1);
    assert_eq!(inputs.stats().skipped_records, 1);
}

#[test]
fn truncated_record_yields_earlier_records_then_one_error() {
    let mut warc = html_page_record("https://news.example/one", "Complete record");
    let second = html_page_record("https://news.example/two", "Cut short");
    warc.extend_from_slice(&second[..second.len() - 40]);
    let results = read_all("cut.warc", &warc);
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    let err = single_error(&results);
    assert_eq!(err.path, "cut.warc");
    assert_eq!(err.record, Some(1));
    assert!(err.reason.contains("truncated WARC record"), "{err}");
    assert!(err
        .to_string()
        .starts_with("cut.warc (record 1): truncated WARC record"));
}

#[test]
fn truncated_gzip_yields_earlier_records_then_one_error() {
    let mut warc = Vec::new();
    // Varied text, so that each record takes its share of compressed bytes.
    let mut state: u64 = 7;
    for n in 0..5 {
        let words: Vec<String> = (0..400)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                format!("w{:x}", state >> 44)
            })
            .collect();
        warc.extend(html_page_record(
            &format!("https://news.example/{n}"),
            &format!("Report number {n}: {}", words.join(" ")),
        ));
    }
    let zipped = gzip(&warc);
    let cut = &zipped[..zipped.len() * 3 / 4];
    let results = read_all("cut.warc.gz", cut);
    let good = results.iter().filter(|r| r.is_ok()).count();
    assert!((1..5).contains(&good), "read {good} records");
    let err = single_error(&results);
    assert!(results.last().unwrap().is_err(), "the error comes last");
    assert_eq!(err.reason, "truncated gzip stream");

    // Cut inside the very first member's header area: nothing but the error.
    let results = read_all("tiny.warc.gz", &zipped[..30]);
    assert_eq!(results.len(), 1);
    assert_eq!(single_error(&results).reason, "truncated gzip stream");
}

#[test]
fn oversized_record_is_an_error_and_the_next_record_is_read() {
    let big_body = format!("<html><body>{}</body></html>", "x".repeat(5000));
    let http = http_response(
        "200 OK",
        &[("Content-Type", "text/html")],
        big_body.as_bytes(),
    );
    let mut warc = response_record("https://news.example/big", &http);
    warc.extend(html_page_record("https://news.example/small", "Small page"));
    let limits = Limits {
        max_document_bytes: 1000,
        ..Limits::default()
    };
    let (results, _) = read_with("big.warc", &warc, limits);
    assert_eq!(results.len(), 2);
    let err = single_error(&results);
    assert!(
        err.reason.contains("larger than the limit of 1000 bytes"),
        "{err}"
    );
    let doc = results[1].as_ref().unwrap();
    assert_eq!(
        doc.source.url.as_deref(),
        Some("https://news.example/small")
    );
}

#[test]
fn gzip_bomb_in_content_encoding_is_capped() {
    let zipped = gzip(&vec![b'a'; 2_000_000]);
    let http = http_response(
        "200 OK",
        &[("Content-Type", "text/plain"), ("Content-Encoding", "gzip")],
        &zipped,
    );
    let limits = Limits {
        max_document_bytes: 100_000,
        ..Limits::default()
    };
    let (results, _) = read_with(
        "bomb.warc",
        &response_record("https://x.example/", &http),
        limits,
    );
    let err = single_error(&results);
    assert!(err.reason.contains("larger than the limit"), "{err}");
}

#[test]
fn malformed_header_is_one_error() {
    let mut warc = html_page_record("https://news.example/ok", "Fine");
    warc.extend_from_slice(b"this is not a WARC header\r\n\r\n");
    let results = read_all("bad.warc", &warc);
    assert_eq!(results.len(), 2);
    assert!(single_error(&results)
        .reason
        .contains("expected a WARC/1.x line"));
}
