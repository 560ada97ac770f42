//! Builders for test inputs: WARC records, HTTP responses, gzip members.
#![allow(dead_code, clippy::unwrap_used)]

use std::io::Write;

use sitrep_ingest::{read_bytes, IngestError, Inputs, Limits, RawDocument};

/// A WARC/1.1 record with the given type, extra header lines and block.
pub fn warc_record(record_type: &str, headers: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    write!(out, "WARC/1.1\r\nWARC-Type: {record_type}\r\n").unwrap();
    write!(
        out,
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
    )
    .unwrap();
    write!(out, "WARC-Date: 2025-03-04T10:00:00Z\r\n").unwrap();
    for (name, value) in headers {
        write!(out, "{name}: {value}\r\n").unwrap();
    }
    write!(out, "Content-Length: {}\r\n\r\n", block.len()).unwrap();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP/1.1 response message.
pub fn http_response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    write!(out, "HTTP/1.1 {status}\r\n").unwrap();
    for (name, value) in headers {
        write!(out, "{name}: {value}\r\n").unwrap();
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    out
}

/// A `response` record for `url` carrying an HTTP response.
pub fn response_record(url: &str, http: &[u8]) -> Vec<u8> {
    warc_record(
        "response",
        &[
            ("WARC-Target-URI", url),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        http,
    )
}

/// An HTML page response record with a small made-up article.
pub fn html_page_record(url: &str, headline: &str) -> Vec<u8> {
    let body = format!(
        "<!DOCTYPE html><html><head><title>{headline}</title></head><body><p>{headline}. \
         Officials met on Tuesday to discuss the plan.</p></body></html>"
    );
    let http = http_response(
        "200 OK",
        &[("Content-Type", "text/html; charset=UTF-8")],
        body.as_bytes(),
    );
    response_record(url, &http)
}

/// One gzip member of `bytes`.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Everything `read_bytes` yields for `bytes`, with default limits.
pub fn read_all(name: &str, bytes: &[u8]) -> Vec<Result<RawDocument, IngestError>> {
    read_bytes(name, bytes, Limits::default()).collect()
}

pub fn read_with(
    name: &str,
    bytes: &[u8],
    limits: Limits,
) -> (Vec<Result<RawDocument, IngestError>>, Inputs) {
    let mut inputs = read_bytes(name, bytes, limits);
    let results = inputs.by_ref().collect();
    (results, inputs)
}

pub fn docs(results: Vec<Result<RawDocument, IngestError>>) -> Vec<RawDocument> {
    results
        .into_iter()
        .map(|result| result.unwrap_or_else(|err| panic!("unexpected error: {err}")))
        .collect()
}

pub fn text_of(doc: &RawDocument) -> &str {
    std::str::from_utf8(&doc.bytes).unwrap()
}

/// The one error in `results`, asserting there is exactly one.
pub fn single_error(results: &[Result<RawDocument, IngestError>]) -> &IngestError {
    let errors: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errors.len(), 1, "expected one error, got {errors:?}");
    errors[0]
}
