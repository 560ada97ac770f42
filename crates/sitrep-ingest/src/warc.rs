//! WARC 1.0/1.1 records, including Common Crawl WET files, one at a time.

use std::io::{self, Read};

use sitrep_core::{ContentKind, RawDocument, RawMetadata, Source, SourceFormat};

use crate::error::IngestError;
use crate::http::{self, Payload};
use crate::lines::{read_capped_line, Line};
use crate::open::{DynBufRead, RecordReader};
use crate::Limits;

/// Longest WARC header line kept; real ones are a few hundred bytes.
const MAX_HEADER_LINE: usize = 64 * 1024;
/// Most header lines in one record.
const MAX_HEADER_LINES: usize = 1024;

/// The WARC header fields ingest uses.
#[derive(Debug, Default)]
struct RecordHeader {
    version: String,
    record_type: String,
    content_length: Option<u64>,
    content_type: Option<String>,
    target_uri: Option<String>,
}

/// Reads WARC records and yields the documents in them. `Source.record`
/// counts the documents yielded from this file (skipped records do not
/// count); an error carries the number the next document would get.
pub(crate) struct WarcReader {
    name: String,
    input: DynBufRead,
    limits: Limits,
    /// Documents yielded so far.
    yielded: u64,
    /// WARC records read so far (of any type), for error messages.
    records_seen: u64,
    skipped: u64,
    done: bool,
    line: Vec<u8>,
}

impl WarcReader {
    pub(crate) fn new(name: String, input: DynBufRead, limits: Limits) -> WarcReader {
        WarcReader {
            name,
            input,
            limits,
            yielded: 0,
            records_seen: 0,
            skipped: 0,
            done: false,
            line: Vec::new(),
        }
    }

    fn fail(&mut self, reason: String) -> Option<Result<RawDocument, IngestError>> {
        self.done = true;
        Some(Err(self.error(reason)))
    }

    fn error(&self, reason: String) -> IngestError {
        IngestError::record(self.name.clone(), self.yielded, reason)
    }

    /// Reads the next record header; `Ok(None)` at a clean end of input.
    fn read_header(&mut self) -> Result<Option<RecordHeader>, String> {
        // Records are separated by two CRLFs; tolerate any number of blank
        // lines so that slightly wrong writers still read.
        let first = loop {
            match read_capped_line(&mut self.input, MAX_HEADER_LINE, &mut self.line) {
                Ok(Line::Eof) => return Ok(None),
                Ok(Line::Complete) if self.line.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(Line::Complete) => break String::from_utf8_lossy(&self.line).into_owned(),
                Ok(Line::TooLong { len }) => {
                    return Err(format!(
                        "malformed WARC record: {len}-byte line where a header was expected"
                    ))
                }
                Err(err) => return Err(err.to_string()),
            }
        };
        if !first.starts_with("WARC/") {
            let shown: String = first.chars().take(60).collect();
            return Err(format!(
                "malformed WARC record: expected a WARC/1.x line, found {shown:?}"
            ));
        }
        let mut header = RecordHeader {
            version: first.trim().to_string(),
            ..RecordHeader::default()
        };
        let mut last_name = String::new();
        for _ in 0..MAX_HEADER_LINES {
            match read_capped_line(&mut self.input, MAX_HEADER_LINE, &mut self.line) {
                Ok(Line::Complete) if self.line.is_empty() => return Ok(Some(header)),
                Ok(Line::Complete) => {}
                Ok(Line::Eof) => return Err("truncated WARC record header".to_string()),
                Ok(Line::TooLong { len }) => {
                    return Err(format!("malformed WARC record: {len}-byte header line"))
                }
                Err(err) => return Err(err.to_string()),
            }
            let line = String::from_utf8_lossy(&self.line);
            if line.starts_with([' ', '\t']) {
                // A folded continuation of the previous field.
                if last_name == "warc-target-uri" {
                    if let Some(uri) = &mut header.target_uri {
                        uri.push_str(line.trim());
                    }
                }
                continue;
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            last_name = name.trim().to_ascii_lowercase();
            match last_name.as_str() {
                "warc-type" => header.record_type = value.to_ascii_lowercase(),
                "content-length" => match value.parse::<u64>() {
                    Ok(length) => header.content_length = Some(length),
                    Err(_) => return Err(format!("malformed WARC Content-Length {value:?}")),
                },
                "content-type" => header.content_type = Some(value.to_string()),
                // WARC 1.0 examples wrap the URI in angle brackets.
                "warc-target-uri" => {
                    header.target_uri = Some(
                        value
                            .trim_start_matches('<')
                            .trim_end_matches('>')
                            .to_string(),
                    )
                }
                _ => {}
            }
        }
        Err(format!(
            "malformed WARC record: more than {MAX_HEADER_LINES} header lines"
        ))
    }

    /// Reads exactly `length` body bytes, or reports how the input ended.
    fn read_body(&mut self, length: u64) -> Result<Vec<u8>, String> {
        let mut body = Vec::new();
        match (&mut self.input).take(length).read_to_end(&mut body) {
            Ok(_) if body.len() as u64 == length => Ok(body),
            Ok(_) => Err(truncated(length, body.len() as u64)),
            Err(err) => Err(err.to_string()),
        }
    }

    /// Reads and drops `length` body bytes without storing them.
    fn skip_body(&mut self, length: u64) -> Result<(), String> {
        match io::copy(&mut (&mut self.input).take(length), &mut io::sink()) {
            Ok(copied) if copied == length => Ok(()),
            Ok(copied) => Err(truncated(length, copied)),
            Err(err) => Err(err.to_string()),
        }
    }

    /// Turns a record's block into a document, or `None` to skip it.
    fn payload_of(&self, header: &RecordHeader, block: Vec<u8>) -> Payload {
        let max = self.limits.max_document_bytes;
        match header.record_type.as_str() {
            "response" => {
                let is_http = match header.content_type.as_deref() {
                    Some(declared) => declared
                        .to_ascii_lowercase()
                        .starts_with("application/http"),
                    None => block.starts_with(b"HTTP/"),
                };
                if is_http {
                    http::parse_response(block, max)
                } else {
                    // dns:, ftp: and other non-HTTP responses.
                    Payload::Skip
                }
            }
            "resource" | "conversion" => {
                let declared = header.content_type.as_deref();
                let Some(mut kind) = http::kind_of_media_type(declared) else {
                    return Payload::Skip;
                };
                let mut charset = declared.and_then(http::charset_of);
                if header.record_type == "conversion" {
                    // WET text is UTF-8 plain text by definition.
                    kind = ContentKind::Text;
                    charset.get_or_insert_with(|| "utf-8".to_string());
                }
                if block.iter().all(u8::is_ascii_whitespace) {
                    return Payload::Skip;
                }
                Payload::Document {
                    kind,
                    bytes: block,
                    charset,
                }
            }
            _ => Payload::Skip,
        }
    }
}

fn truncated(expected: u64, got: u64) -> String {
    format!(
        "truncated WARC record: Content-Length is {expected} but the input ends after {got} bytes"
    )
}

/// Record types that can hold a document; the rest (`warcinfo`, `request`,
/// `metadata`, `revisit`, ...) are passed over silently.
fn may_hold_document(record_type: &str) -> bool {
    matches!(record_type, "response" | "resource" | "conversion")
}

impl RecordReader for WarcReader {
    fn next_record(&mut self) -> Option<Result<RawDocument, IngestError>> {
        loop {
            if self.done {
                return None;
            }
            let header = match self.read_header() {
                Ok(Some(header)) => header,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(reason) => return self.fail(reason),
            };
            self.records_seen += 1;
            let Some(length) = header.content_length else {
                return self.fail(format!(
                    "malformed WARC record {} ({}): no Content-Length",
                    self.records_seen, header.version
                ));
            };
            if !may_hold_document(&header.record_type) {
                if let Err(reason) = self.skip_body(length) {
                    return self.fail(reason);
                }
                continue;
            }
            if length > self.limits.max_document_bytes as u64 {
                if let Err(reason) = self.skip_body(length) {
                    return self.fail(reason);
                }
                return Some(Err(self.error(format!(
                    "WARC record {} is larger than the limit of {} bytes ({length} bytes)",
                    self.records_seen, self.limits.max_document_bytes
                ))));
            }
            let block = match self.read_body(length) {
                Ok(block) => block,
                Err(reason) => return self.fail(reason),
            };
            match self.payload_of(&header, block) {
                Payload::Skip => self.skipped += 1,
                Payload::Broken(reason) => {
                    return Some(Err(
                        self.error(format!("WARC record {}: {reason}", self.records_seen))
                    ))
                }
                Payload::Document {
                    kind,
                    bytes,
                    charset,
                } => {
                    let record = self.yielded;
                    self.yielded += 1;
                    return Some(Ok(RawDocument {
                        source: Source {
                            path: self.name.clone(),
                            url: header.target_uri.clone(),
                            format: SourceFormat::Warc,
                            record,
                        },
                        kind,
                        bytes,
                        meta: RawMetadata {
                            url: header.target_uri,
                            charset,
                            ..RawMetadata::default()
                        },
                    }));
                }
            }
        }
    }

    fn skipped(&self) -> u64 {
        self.skipped
    }
}
